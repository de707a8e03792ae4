"""Validated content, ready to be written into a pack."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from guide.packformat.directory_values import Address, Location, Phone, Schedule, Service, ServiceAtLocation
from guide.packformat.values import Hotline, Source

__all__ = ["Address", "ArticleRecord", "BuildResult", "CategoryRecord", "Content", "GuideRecord", "Hotline",
           "LinkRecord", "Location", "MenuRecord", "OrganizationRecord", "PhoneRecord", "Schedule", "Service",
           "ServiceAtLocation", "Source", "Translations"]

# Another language's text for some fields of a record: {"es": {"label": "Líneas de ayuda"}}.
Translations = dict[str, dict[str, str]]


@dataclass(frozen=True)
class CategoryRecord:
    id: str
    label: str
    translations: Translations = field(default_factory=dict)  # label


@dataclass
class MenuRecord:
    title: str
    kind: str  # article | organizations | links | folder
    target: str
    line: int
    children: list[MenuRecord] = field(default_factory=list)
    translations: Translations = field(default_factory=dict)  # title


@dataclass(frozen=True)
class GuideRecord:
    title: str
    subtitle: str
    language: str
    hotline: Hotline
    categories: tuple[CategoryRecord, ...]
    menu: tuple[MenuRecord, ...]
    translations: Translations = field(default_factory=dict)  # title, subtitle
    hotline_translations: Translations = field(default_factory=dict)  # name, text_hint, spanish_service


@dataclass(frozen=True)
class ArticleRecord:
    slug: str
    title: str
    summary: str
    updated: str
    audience: tuple[str, ...]
    language: str
    sources: tuple[Source, ...]
    body: str
    html: str
    plain_text: str


PhoneRecord = Phone  # the writer's name for it, beside the other records


@dataclass(frozen=True)
class OrganizationRecord:
    key: str
    name: str
    alternate_name: str
    description: str
    categories: tuple[str, ...]
    website: str
    email: str
    phones: tuple[PhoneRecord, ...]
    areas: tuple[str, ...]
    languages: tuple[str, ...]
    language_note: str
    sources: tuple[Source, ...]
    verified: str
    translations: Translations = field(default_factory=dict)  # description, language_note
    services: tuple[Service, ...] = ()
    locations: tuple[Location, ...] = ()


@dataclass(frozen=True)
class LinkRecord:
    id: str
    title: str
    url: str
    url_note: str
    kind: str
    publisher: str
    year: int | None
    description: str


@dataclass(frozen=True)
class Content:
    guide: GuideRecord
    articles: tuple[ArticleRecord, ...]
    organizations: tuple[OrganizationRecord, ...]
    links: tuple[LinkRecord, ...]
    # Articles in other languages (articles/<language>/<slug>.md), each translating an article above.
    article_translations: tuple[ArticleRecord, ...] = ()
    # The content's own date when it is not the newest date in it (an imported directory's date,
    # which the hotline carried over from the base pack must not move).
    dated: str = ""

    @property
    def content_date(self) -> str:
        """The newest date in the sources: the pack's date, never the wall clock."""
        if self.dated:
            return self.dated
        dates = [a.updated for a in (*self.articles, *self.article_translations)]
        dates += [o.verified for o in self.organizations]
        dates += [d for o in self.organizations for s in o.services for d in (s.assured_date, s.last_modified)]
        dates.append(self.guide.hotline.verified)
        return max((d for d in dates if d), default="")


@dataclass(frozen=True)
class BuildResult:
    """A pack just written: where, the hash and date of its content, and its row counts."""

    path: Path
    content_sha256: str
    content_date: str
    counts: dict[str, int]
