"""The values of the organizations directory and of the links page: plain and immutable, like
guide.store.views. They load when a list is first read, not at start-up (see guide.store)."""

from __future__ import annotations

from dataclasses import dataclass

from guide.packformat.directory_values import Address, Location, Phone, Schedule, Service, ServiceAtLocation
from guide.packformat.values import Source

__all__ = ["Address", "Category", "Link", "Location", "Organization", "OrganizationFilter", "OrganizationRow", "Phone",
           "Schedule", "Service", "ServiceAtLocation"]


@dataclass(frozen=True)
class Category:
    """An organization category: its id and its label."""

    id: str
    label: str


@dataclass(frozen=True)
class OrganizationRow:
    """What one line of the organizations table shows."""

    id: int
    key: str
    name: str
    categories: tuple[str, ...]  # category ids
    areas: tuple[str, ...]
    languages: tuple[str, ...]
    main_phone: str
    always_open: bool
    has_text: bool


@dataclass(frozen=True)
class Organization:
    """One organization, as its detail view shows it."""

    id: int
    key: str
    name: str
    alternate_name: str
    description: str
    categories: tuple[Category, ...]
    website: str
    email: str
    phones: tuple[Phone, ...]
    areas: tuple[str, ...]
    languages: tuple[str, ...]
    language_note: str
    sources: tuple[Source, ...]
    verified: str
    services: tuple[Service, ...] = ()
    locations: tuple[Location, ...] = ()


@dataclass(frozen=True)
class Link:
    """A web resource of the links page."""

    id: str
    title: str
    url: str
    url_note: str
    kind: str
    publisher: str
    year: int | None
    description: str


@dataclass(frozen=True)
class OrganizationFilter:
    """The organizations page's filter bar. Empty fields do not filter."""

    text: str = ""
    category: str = ""
    state: str = ""  # a state code matches organizations serving it, nationwide ones included
    language: str = ""
    open_24_7: bool = False
    has_text: bool = False
