"""Plain, immutable values the store hands out (no ORM objects leave the store): those of the first
screen. The others load when first used (see guide.store): the pack's catalogue in
guide.store.catalogue, the directory's values in guide.store.directory, search hits in guide.store.search."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hotline:
    """The national hotline shown in the banner on every page."""

    organization: str
    name: str
    operator: str
    phone: str
    text: str
    text_hint: str
    tty: str
    emergency: str
    verified: str
    source: str
    spanish_service: str = ""  # in the Spanish edition: that calls and texts are answered in Spanish


@dataclass(frozen=True)
class MenuNode:
    """One entry of the guide's menu (the navigation tree), with its children."""

    id: int
    title: str
    kind: str  # article | organizations | links | folder
    target: str
    children: tuple[MenuNode, ...] = ()


@dataclass(frozen=True)
class Source:
    """Where a fact in an article comes from."""

    publisher: str
    title: str
    year: int | None
    url: str


@dataclass(frozen=True)
class Article:
    """An article with its body as HTML, in the language asked for or (``fallback``) the guide's own."""

    slug: str
    title: str
    summary: str
    updated: str
    audience: tuple[str, ...]
    language: str
    html: str
    plain_text: str
    sources: tuple[Source, ...]
    fallback: bool = False  # asked for in another language that it has no translation in; shown in ``language``
