"""Where the window is: a page address (the router keeps the history of them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class Location:
    """A page. Targets are the pack's stable keys so a bookmark survives a rebuilt pack.

    kind: article (slug) | organizations (category id or "all") | organization (organization key)
    | links (link kind or "all") | folder (menu node id).
    """

    kind: str
    target: str

    BOOKMARKABLE: ClassVar[frozenset[str]] = frozenset({"article", "organizations", "organization", "links"})

    @property
    def bookmarkable(self) -> bool:
        return self.kind in self.BOOKMARKABLE
