"""Plain, immutable values the store hands out (no ORM objects leave the store): those of the first
screen, with guide.packformat.values' Hotline and Source (the writer takes those in too). The others
are in guide.store.catalogue, guide.store.directory and guide.store.search (see guide.store)."""

from __future__ import annotations

from dataclasses import dataclass

from guide.packformat.values import Source


@dataclass(frozen=True)
class MenuNode:
    """One entry of the guide's menu (the navigation tree), with its children."""

    id: int
    title: str
    kind: str  # article | organizations | links | folder
    target: str
    children: tuple[MenuNode, ...] = ()


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
