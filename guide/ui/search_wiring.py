"""Search as you type: the search field, the search controller and the results page, tied together."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6 import QtCore

from guide.location import Location
from guide.store import Pack, PackError
from guide.ui.router import Router
from guide.ui.search_field import SearchField

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from guide.store.search import SearchHit
    from guide.store.search_answer import SearchAnswer
    from guide.ui.pages.page import Page
    from guide.ui.pages.search_results import SearchResultsPage
    from guide.ui.search import SearchController


class SearchWiring:
    """``go(location)`` opens a result; ``status(text)`` reports a search that failed."""

    def __init__(self, field: SearchField, router: Router[Page], pack: Pack, language: str, parent: QtCore.QObject,
                 go: Callable[[Location], bool], status: Callable[[str], None],
                 switch_language: Callable[[str], None] | None = None) -> None:
        self.field, self.router, self.pack, self.language = field, router, pack, language
        self._parent, self._go, self._status = parent, go, status
        self._switch_language = switch_language
        self._page_wired = False
        self._controller: SearchController | None = None
        field.textChanged.connect(self._text_changed)
        field.down_pressed.connect(self._focus_results)
        field.returnPressed.connect(self._open_first_result)

    @property
    def controller(self) -> SearchController:
        """Made by the first keystroke in the search field."""
        if self._controller is None:
            from guide.ui.search import SearchController

            self._controller = SearchController(self.pack, self._parent, self.language)
            self._controller.results.connect(self._show_results)
            self._controller.failed.connect(self._status)
        return self._controller

    def results_page(self) -> SearchResultsPage:
        page = cast("SearchResultsPage", self.router.page("search"))
        if not self._page_wired:
            self._page_wired = True
            page.search_for.connect(self.field.setText)  # "did you mean": searched as if typed
            if self._switch_language is not None:
                page.switch_edition.connect(self._switch_language)
        return page

    def set_language(self, language: str) -> None:
        self.language = language
        if self._controller is not None:
            self._controller.language = language
        if self.router.showing("search"):
            self.controller.set_text(self.field.text())  # the results in the new language

    def focus(self) -> None:
        self.field.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _text_changed(self, text: str) -> None:
        self.controller.set_text(text)
        typed = bool(text.strip())
        if typed and self.router.built("search") is None:
            QtCore.QTimer.singleShot(0, self._prepare_results_page)
        if not typed and self.router.showing("search") and self.router.history.current is not None:
            self.router.show(self.router.history.current)

    def _prepare_results_page(self) -> None:
        """Build, style and lay out the results page while the first search waits out its debounce:
        done in the answer's own event, with the answer, it held the interface for 20-25 ms."""
        page = cast("QWidget", self.results_page())
        page.ensurePolished()
        shown = page.parentWidget()
        if shown is not None:
            page.resize(shown.size())
        layout = page.layout()
        if layout is not None:
            layout.activate()

    def _show_results(self, text: str, found: SearchAnswer | None) -> None:
        if not text or found is None:
            page = self.router.built("search")
            if page is not None:
                page.clear()
            return
        try:
            hotline = self.pack.hotline(self.language)
        except PackError as exc:
            self._status(str(exc))
            return
        self.results_page().show_answer(found, hotline)
        self.router.display("search")

    def _focus_results(self) -> None:
        if self.router.showing("search"):
            self.results_page().focus()

    def _open_first_result(self) -> None:
        if self.router.showing("search"):
            self.results_page().open_current()

    def open_hit(self, hit: SearchHit) -> None:
        try:
            if hit.kind == "organization":
                org = self.pack.organization(int(hit.ref))
                location = Location("organization", org.key) if org is not None else None
            else:
                location = Location("links", "all") if hit.kind == "link" else Location("article", hit.ref)
            if location is None or not self._go(location):
                return
            if hit.kind == "link":
                from guide.ui.pages.links import LinksPage  # built by now: the page is shown

                links = self.router.page("links")
                if isinstance(links, LinksPage):
                    links.select_link(hit.ref)
            self.router.page(location.kind).focus()
        except PackError as exc:
            self._status(str(exc))

    def clear(self) -> None:
        """Forget the text and the results (quick exit)."""
        if self._controller is not None:
            self._controller.clear()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)

    def wait(self) -> None:
        """Let a search still running on its thread finish (before the pack is closed)."""
        if self._controller is not None:
            self._controller.wait()

    def close(self) -> None:
        if self._controller is not None:
            self._controller.clear()
        self.wait()
