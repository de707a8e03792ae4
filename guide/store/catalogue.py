"""The pack's catalogue: what it says about itself (Pack.info) and its articles as lists show them
(Pack.articles). Plain and immutable, like guide.store.views; loaded when first used, not at start-up
(see guide.store)."""

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
class ArticleSummary:
    """An article as lists show it: title and summary, without its body."""

    slug: str
    title: str
    summary: str
    updated: str
