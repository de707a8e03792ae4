"""Which page shows which location, and the back/forward history; no Qt (pages show through callbacks)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Generic, TypeVar

from guide.location import Location

if TYPE_CHECKING:
    from guide.ui.pages.page import Page

PageT = TypeVar("PageT", bound="Page")


class History:
    """Back/forward stacks, kept in memory only. Visiting the current page again does not add an entry."""

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


class Router(Generic[PageT]):
    """Builds each page the first time a location of its kinds is asked for, and shows it.

    ``display(page)`` puts a page on screen; ``shown(location)`` follows a location shown;
    ``refused(location, error)`` is told when no page shows it (``error``: one of ``errors`` a page
    raised, or None when the kind is unknown or the page has nothing there); ``built(page)`` is told of
    each new page.
    """

    def __init__(self, display: Callable[[PageT], None], shown: Callable[[Location], None],
                 refused: Callable[[Location, Exception | None], None], built: Callable[[PageT], None],
                 errors: tuple[type[Exception], ...] = ()) -> None:
        self.history = History()
        self.current: PageT | None = None  # None while no page of ours shows (a message does)
        self._display, self._shown, self._refused, self._built_hook = display, shown, refused, built
        self._errors = errors
        self._builders: dict[str, Callable[[], PageT]] = {}
        self._pages: dict[Callable[[], PageT], PageT] = {}  # by builder: kinds sharing one share the page
        self._order: list[Callable[[], PageT]] = []

    def register(self, kinds: Iterable[str], build: Callable[[], PageT]) -> None:
        self._order.append(build)
        for kind in kinds:
            self._builders[kind] = build

    def page(self, kind: str) -> PageT:
        """The page of ``kind``, built the first time (KeyError for a kind nobody registered)."""
        build = self._builders[kind]
        page = self._pages.get(build)
        if page is None:
            page = self._pages[build] = build()
            self._built_hook(page)
        return page

    def built(self, kind: str) -> PageT | None:
        build = self._builders.get(kind)
        return self._pages.get(build) if build is not None else None

    def pages(self) -> list[PageT]:
        """The pages built so far, in the order they were registered."""
        return [self._pages[build] for build in self._order if build in self._pages]

    def showing(self, kind: str) -> bool:
        page = self.built(kind)
        return page is not None and page is self.current

    def display(self, kind: str) -> PageT:
        """Put the page of ``kind`` on screen as it is (no location, no history)."""
        page = self.page(kind)
        self.current = page
        self._display(page)
        return page

    def show(self, location: Location) -> bool:
        """Show ``location`` without recording it."""
        if location.kind not in self._builders:
            return self._refuse(location, None)
        try:
            page = self.page(location.kind)
            if not page.show_location(location):
                return self._refuse(location, None)
        except self._errors as exc:
            return self._refuse(location, exc)
        self.current = page
        self._display(page)
        self._shown(location)
        return True

    def _refuse(self, location: Location, error: Exception | None) -> bool:
        self.current = None
        self._refused(location, error)
        return False

    def go(self, location: Location) -> bool:
        """Show ``location`` and record it in the history."""
        if not self.show(location):
            return False
        self.history.visit(location)
        return True

    def back(self) -> None:
        location = self.history.back()
        if location is not None:
            self.show(location)

    def forward(self) -> None:
        location = self.history.forward()
        if location is not None:
            self.show(location)

    def title(self, location: Location) -> str:
        build = self._builders.get(location.kind)
        return self.page(location.kind).title_for(location) if build is not None else location.target

    def retranslate(self, language: str) -> None:
        for page in self.pages():
            page.retranslate(language)

    def clear(self) -> None:
        """Forget the history and what every page shows (quick exit)."""
        self.history.clear()
        for page in self.pages():
            page.clear()
