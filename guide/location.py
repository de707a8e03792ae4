"""Where the window is: a page address, and the back/forward history of them (kept in memory only)."""

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


class History:
    """Back/forward stacks. Visiting the current page again does not add an entry."""

    def __init__(self) -> None:
        self._back: list[Location] = []
        self._forward: list[Location] = []
        self.current: Location | None = None

    def visit(self, location: Location) -> None:
        if location == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
        self._forward.clear()
        self.current = location

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> Location | None:
        return self._step(self._back, self._forward)

    def forward(self) -> Location | None:
        return self._step(self._forward, self._back)

    def _step(self, source: list[Location], target: list[Location]) -> Location | None:
        """Move one place along ``source``, keeping the page left behind on ``target``."""
        if not source:
            return None
        if self.current is not None:
            target.append(self.current)
        self.current = source.pop()
        return self.current

    def clear(self) -> None:
        self._back.clear()
        self._forward.clear()
        self.current = None
