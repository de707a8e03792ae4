"""Plain, immutable values the store hands out (no ORM objects leave the store)."""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True)
class Category:
    """An organization category: its id and its label."""

    id: str
    label: str


@dataclass(frozen=True)
class Phone:
    """One phone number of an organization."""

    number: str
    kind: str
    hours: str
    always_open: bool
    description: str
    source: str


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


@dataclass(frozen=True)
class SearchHit:
    """One search result, with its snippet (matched words between HIGHLIGHT_START and HIGHLIGHT_END)."""

    kind: str  # article | organization | link
    ref: str  # slug, organization id, or link id
    title: str
    snippet: str  # highlighted parts are wrapped in HIGHLIGHT_START / HIGHLIGHT_END
    score: float = 0.0
    extra: dict[str, str] = field(default_factory=dict, compare=False)
