"""The values that have the same shape on both sides of a pack: the writer (guide.content) takes
them in as records and the reader (guide.store) hands them out."""

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
class Source:
    """Where a fact in an article comes from."""

    publisher: str
    title: str
    year: int | None
    url: str
