"""Plain, immutable values the store hands out (no ORM objects leave the store): those of the first
screen. The directory's are in guide.store.directory, search hits in guide.store.search."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PackInfo:
    """What the pack says about itself: title, content date and hash, schema version, row counts."""

    path: str
    schema_version: int
    title: str
    subtitle: str
    language: str
    content_date: str
    content_sha256: str
    counts: dict[str, int]

    def as_json(self) -> dict[str, object]:
        return {
            "schema_version": self.schema_version,
            "content_date": self.content_date,
            "content_sha256": self.content_sha256,
            "counts": dict(self.counts),
        }


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
class ArticleSummary:
    """An article as lists show it: title and summary, without its body."""

    slug: str
    title: str
    summary: str
    updated: str


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
