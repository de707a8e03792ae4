"""The search results page: the answers of guide.ui.search, grouped by kind, with highlighted snippets;
an organization's main phone with a Copy button; "did you mean", the other edition's pages and
"clear filters" as links; and, when nothing is found, the hotline."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guide.location import Location
from guide.store import Hotline
from guide.store.search import SearchHit, snippet_html
from guide.store.search_answer import SearchAnswer
from guide.ui.activating_views import ActivatingTreeView
from guide.ui.hotline import HotlineBanner
from guide.ui.pages.page import Printable
from guide.ui.qt_start import ItemRole, rich_text
from guide.ui.richtext_delegate import HTML_ROLE, RichTextDelegate
from guide.ui.search import GROUPS
from guide.ui.widgets import CopyButton

EDITION_NAMES = {"en": QT_TRANSLATE_NOOP("SearchResultsPage", "English"),
                 "es": QT_TRANSLATE_NOOP("SearchResultsPage", "Spanish")}

HIT_ROLE = ItemRole.HIT


class ResultsView(ActivatingTreeView):
    """Enter (as well as double-click) opens a result; row heights follow the width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class SearchResultsPage(QWidget):
    open_hit = Signal(SearchHit)
    search_for = Signal(str)  # "did you mean" chosen: search for this text
    switch_edition = Signal(str)  # the other edition's pages chosen: switch to this language
    clear_filters = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.help = QLabel()  # did you mean, the other edition, clear filters: links
        self.help.setWordWrap(True)
        rich_text(self.help)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.help.linkActivated.connect(self._help_link)
        self.help.hide()
        self.hotline_box: HotlineBanner | None = None  # made the first time nothing is found
        self.phone = QLabel()  # the selected organization's main phone
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_phone = CopyButton("", "")
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone)
        phone_row.addWidget(self.copy_phone)
        phone_row.addStretch(1)
        self.answer: SearchAnswer | None = None
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
        # A scroll bar that appears once the rows are measured narrows the view, and every row on
        # screen is then measured and laid out again at the new width (a third of an answer's cost).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.help)
        self._layout = layout
        layout.addWidget(self.view, 1)
        layout.addLayout(phone_row)
        self.view.selectionModel().currentChanged.connect(lambda current, _: self._show_phone(current))
        self._show_phone(QModelIndex())
        self._label()

    def retranslate(self, language: str) -> None:
        self._label()

    def _label(self) -> None:
        self.summary.setAccessibleName(self.tr("Search summary"))
        self.view.setAccessibleName(self.tr("Search results"))

    def show_answer(self, answer: SearchAnswer, hotline: Hotline) -> None:
        """The hits, or when there are none those of "did you mean"; the help links; the hotline when
        nothing at all is found."""
        self.answer = answer
        hits = answer.hits or answer.suggested_hits
        self.show_results(answer.text, hits)
        self._show_help(answer)
        if answer.empty:
            if self.hotline_box is None:
                self.hotline_box = HotlineBanner(hotline)
                self._layout.insertWidget(2, self.hotline_box)
            else:
                self.hotline_box.retranslate(hotline)
            self.hotline_box.show()
        elif self.hotline_box is not None:
            self.hotline_box.hide()

    def _show_help(self, answer: SearchAnswer) -> None:
        parts = []
        if answer.suggestion:
            link = f'<a href="search:{html.escape(answer.suggestion)}">{html.escape(answer.suggestion)}</a>'
            parts.append(self.tr("Did you mean {suggestion}?").format(suggestion=link))
            if not answer.hits and answer.suggested_hits:
                parts.append(self.tr("Showing results for “{text}”.").format(text=html.escape(answer.suggestion)))
        if answer.other_edition_count:
            edition = self.tr(str(EDITION_NAMES.get(answer.other_edition, answer.other_edition)))
            found = (self.tr("1 page in the {edition} edition matches.") if answer.other_edition_count == 1
                     else self.tr("{count} pages in the {edition} edition match."))
            switch = self.tr("Show the {edition} edition").format(edition=edition)
            parts.append(found.format(count=answer.other_edition_count, edition=edition)
                         + f' <a href="edition:{html.escape(answer.other_edition)}">{switch}</a>')
        if answer.unfiltered_count:
            parts.append(self.tr("The filters hide {count} results.").format(count=answer.unfiltered_count)
                         + f' <a href="clear:">{self.tr("Clear filters")}</a>')
        self.help.setText(" ".join(parts))
        self.help.setVisible(bool(parts))

    def _help_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "search":
            self.search_for.emit(value)
        elif kind == "edition":
            self.switch_edition.emit(value)
        elif kind == "clear":
            self.clear_filters.emit()

    def _show_phone(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        number = hit.extra.get("phone", "") if isinstance(hit, SearchHit) else ""
        self.phone.setText(self.tr("Phone: {number}").format(number=number) if number else "")
        self.copy_phone.text_to_copy = number
        self.copy_phone.retranslate(self.tr("phone number"))
        self.phone.setVisible(bool(number))
        self.copy_phone.setVisible(bool(number))

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
                phone = hit.extra.get("phone", "")
                heading = f"<b>{html.escape(hit.title)}</b>" + (f" · {html.escape(phone)}" if phone else "")
                item.setData(f"{heading}<br>{snippet_html(hit.snippet)}", HTML_ROLE)
                item.setData(hit, HIT_ROLE)
                spoken = f"{hit.title}{', ' + phone if phone else ''}: {hit.snippet}"
                item.setData(spoken.replace("\x02", "").replace("\x03", ""), Qt.ItemDataRole.AccessibleTextRole)
                group.appendRow(item)
            self.model.appendRow(group)
        self.view.expandAll()
        first = self.first_hit_index()
        if first.isValid():
            self.view.setCurrentIndex(first)
        else:
            self._show_phone(QModelIndex())

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
        self.help.clear()
        self.help.hide()
        self.answer = None
        self._show_phone(QModelIndex())
        if self.hotline_box is not None:
            self.hotline_box.hide()

    def show_location(self, location: Location) -> bool:
        return False  # results come from the search controller, never from a location

    def title_for(self, location: Location) -> str:
        return location.target

    def focus(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def printable(self) -> Printable | None:
        return None

    def tab_chain(self) -> list[QWidget]:
        return [self.help, self.view, self.copy_phone]

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
