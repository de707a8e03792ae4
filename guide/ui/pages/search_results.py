"""The search results page: the answers of guide.ui.search, grouped by kind, with highlighted snippets."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from guide.location import Location
from guide.store.search import SearchHit, snippet_html
from guide.ui.activating_views import ActivatingTreeView
from guide.ui.pages.page import Printable
from guide.ui.qt_start import ItemRole
from guide.ui.richtext_delegate import HTML_ROLE, RichTextDelegate
from guide.ui.search import GROUPS

HIT_ROLE = ItemRole.HIT


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
            group = QStandardItem(f"{self.tr(str(label))} ({len(group_hits)})")
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
        found: list[SearchHit] = []
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
