"""Search as you type: debounced queries run off the GUI thread; stale answers are dropped.

Results are shown grouped by kind (Organizations, Articles, Links) with highlighted snippets.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from guide.location import Location
from guide.store import Pack, PackError, SearchHit, SearchQuery, snippet_html
from guide.ui.activating_views import ActivatingTreeView
from guide.ui.pages.page import Printable
from guide.ui.qt_start import ItemRole
from guide.ui.richtext_delegate import HTML_ROLE, RichTextDelegate

DEBOUNCE_MS = 120
PER_KIND = 25
GROUPS = (("organization", QT_TRANSLATE_NOOP("SearchResultsPage", "Organizations")),
          ("article", QT_TRANSLATE_NOOP("SearchResultsPage", "Articles")),
          ("link", QT_TRANSLATE_NOOP("SearchResultsPage", "Links")))
HIT_ROLE = ItemRole.HIT


class _Answer(QObject):
    # generation, text, hits (list[SearchHit]) or an error message (str)
    ready = Signal(int, str, object)


class _SearchTask(QRunnable):
    def __init__(self, pack: Pack, text: str, language: str, generation: int, answer: _Answer) -> None:
        super().__init__()
        self.pack, self.text, self.generation, self.answer = pack, text, generation, answer
        self.language = language

    def run(self) -> None:
        try:
            hits: object = [hit for kind, _ in GROUPS
                            for hit in self.pack.search(SearchQuery(self.text, kinds=(kind,), limit=PER_KIND,
                                                                    content_language=self.language))]
        except PackError as exc:
            hits = str(exc)
        self.answer.ready.emit(self.generation, self.text, hits)


class SearchController(QObject):
    """Turns keystrokes into searches. Each new text bumps a generation; older answers are ignored."""

    results = Signal(str, list)  # text, hits
    failed = Signal(str)

    def __init__(self, pack: Pack, parent: QObject | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.pack = pack
        self.language = language  # articles in this language, English where one has no translation
        self.generation = 0
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._answer = _Answer(self)
        self._answer.ready.connect(self._finished)

    def set_text(self, text: str) -> None:
        self.generation += 1
        self._text = text
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.results.emit("", [])

    def clear(self) -> None:
        self.generation += 1
        self._text = ""
        self._timer.stop()

    def search_now(self) -> None:
        """Skip the rest of the debounce (e.g. Enter pressed while typing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()

    def _start(self) -> None:
        self._pool.start(_SearchTask(self.pack, self._text, self.language, self.generation, self._answer))

    def _finished(self, generation: int, text: str, hits: object) -> None:
        if generation != self.generation:
            return  # the user typed on; this answer is for an older text
        if isinstance(hits, str):
            self.failed.emit(hits)
            return
        self.results.emit(text, hits)  # type: ignore[arg-type]

    def wait(self) -> None:
        self._pool.waitForDone()


class ResultsView(ActivatingTreeView):
    """Enter (as well as double-click) opens a result; row heights follow the width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class SearchResultsPage(QWidget):
    open_hit = Signal(SearchHit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.model = QStandardItemModel(self)
        self.view = ResultsView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(RichTextDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Per item, not per pixel: per pixel the view measures every result's rich text to size its
        # scroll bar, which doubled the time to show an answer while typing; per item it measures
        # only the rows on screen.
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self._label()

    def retranslate(self, language: str) -> None:
        self._label()

    def _label(self) -> None:
        self.summary.setAccessibleName(self.tr("Search summary"))
        self.view.setAccessibleName(self.tr("Search results"))

    def show_results(self, text: str, hits: list[SearchHit]) -> None:
        self.model.clear()
        total = len(hits)
        found = self.tr("1 result for “{text}”") if total == 1 else self.tr("{count} results for “{text}”")
        self.summary.setText(found.format(count=total, text=text) if text else "")
        bold = QFont()
        bold.setBold(True)
        for kind, label in GROUPS:
            group_hits = [hit for hit in hits if hit.kind == kind]
            if not group_hits:
                continue
            group = QStandardItem(f"{self.tr(label)} ({len(group_hits)})")
            group.setFont(bold)
            group.setSelectable(False)
            for hit in group_hits:
                item = QStandardItem(hit.title)
                item.setData(f"<b>{html.escape(hit.title)}</b><br>{snippet_html(hit.snippet)}", HTML_ROLE)
                item.setData(hit, HIT_ROLE)
                item.setData(f"{hit.title}: {hit.snippet}".replace("\x02", "").replace("\x03", ""),
                             Qt.ItemDataRole.AccessibleTextRole)
                group.appendRow(item)
            self.model.appendRow(group)
        self.view.expandAll()
        first = self.first_hit_index()
        if first.isValid():
            self.view.setCurrentIndex(first)

    def first_hit_index(self) -> QModelIndex:
        group = self.model.index(0, 0)
        return self.model.index(0, 0, group) if group.isValid() else QModelIndex()

    def hits(self) -> list[SearchHit]:
        found = []
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            found.extend(group.child(r).data(HIT_ROLE) for r in range(group.rowCount()))
        return found

    def clear(self) -> None:
        self.model.clear()
        self.summary.clear()

    def show_location(self, location: Location) -> bool:
        return False  # results come from the search controller, never from a location

    def title_for(self, location: Location) -> str:
        return location.target

    def focus(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def printable(self) -> Printable | None:
        return None

    def tab_chain(self) -> list[QWidget]:
        return [self.view]

    def open_current(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid():
            index = self.first_hit_index()
        return self._activated(index)

    def _activated(self, index: QModelIndex) -> bool:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if isinstance(hit, SearchHit):
            self.open_hit.emit(hit)
            return True
        return False
