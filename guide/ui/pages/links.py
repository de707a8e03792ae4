"""The links page: external reports, videos, maps and web sites, each opened only on request."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide.location import Location
from guide.store import Pack
from guide.store.directory import Link
from guide.ui.activating_views import ActivatingListView
from guide.ui.external import ask_to_open
from guide.ui.pages.page import Printable
from guide.ui.richtext_delegate import HTML_ROLE, RichTextDelegate

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)

KIND_LABELS = {"report": QT_TRANSLATE_NOOP("LinksPage", "Report"), "video": QT_TRANSLATE_NOOP("LinksPage", "Video"),
               "map": QT_TRANSLATE_NOOP("LinksPage", "Map"), "website": QT_TRANSLATE_NOOP("LinksPage", "Web site")}
_ModelIndex = QModelIndex | QPersistentModelIndex


def _translated(text: str) -> str:
    return translate("LinksPage", text)


def kind_label(kind: str) -> str:
    return _translated(str(KIND_LABELS[kind])) if kind in KIND_LABELS else kind.capitalize()


def link_html(link: Link) -> str:
    facts = [html.escape(kind_label(link.kind)), html.escape(link.publisher)]
    if link.year:
        facts.append(str(link.year))
    if link.url:
        where = translate("LinksPage", "needs internet — {address}").format(address=html.escape(link.url))
    else:
        reason = link.url_note or translate("LinksPage", "the address is not known")
        where = "<i>" + translate("LinksPage", "No address: {reason}").format(reason=html.escape(reason)) + "</i>"
    description = f"<br>{html.escape(link.description)}" if link.description else ""
    return f"<b>{html.escape(link.title)}</b><br>{' · '.join(facts)}{description}<br><small>{where}</small>"


class LinksModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links: tuple[Link, ...] = ()

    def set_links(self, links: tuple[Link, ...]) -> None:
        self.beginResetModel()
        self.links = links
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 (the Qt signature)
        return 0 if parent.isValid() else len(self.links)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.links):
            return None
        link = self.links[index.row()]
        if role == HTML_ROLE:
            return link_html(link)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            where = link.url or translate("LinksPage", "no address")
            return translate("LinksPage", "{title}, {kind} by {publisher}: {address}").format(
                title=link.title, kind=kind_label(link.kind), publisher=link.publisher, address=where)
        if role == Qt.ItemDataRole.DisplayRole:
            return link.title
        return None


class LinksPage(QWidget):
    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        self.model = LinksModel(self)
        self.view = ActivatingListView()  # Enter asks to open (never opens without the dialog)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RichTextDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setAlternatingRowColors(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.open_button = QPushButton()
        self.copy_button = QPushButton()
        for button in (self.open_button, self.copy_button):
            button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_current)
        self.copy_button.clicked.connect(self.copy_current)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self._label()

    def retranslate(self, language: str) -> None:
        self._label()

    def _label(self) -> None:
        # No 🌐 before it: many systems' fonts lack the emoji and draw a box.
        self.notice.setText(self.tr("These links lead to web sites outside the guide and <b>need an "
                                    "internet connection</b>. The guide shows each address and asks "
                                    "before opening anything."))
        self.notice.setAccessibleName(self.tr("These links need an internet connection"))
        self.view.setAccessibleName(self.tr("Links"))
        self.open_button.setText(self.tr("Open in browser…"))
        self.open_button.setAccessibleName(self.tr("Open the selected link in the browser"))
        self.copy_button.setText(self.tr("Copy link"))
        self.copy_button.setAccessibleName(self.tr("Copy the selected link"))
        if self.model.links:  # kind labels and notes in the new language; the selection stays
            self.model.dataChanged.emit(self.model.index(0), self.model.index(len(self.model.links) - 1))

    def show_location(self, location: Location) -> bool:
        self.show_links(self.pack.links(location.target))
        return True

    def title_for(self, location: Location) -> str:
        return location.target

    def focus(self) -> None:
        self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def clear(self) -> None:
        self.show_links(())

    def printable(self) -> Printable | None:
        return None

    def tab_chain(self) -> list[QWidget]:
        return [self.view, self.open_button, self.copy_button]

    def show_links(self, links: tuple[Link, ...]) -> None:
        self.model.set_links(links)
        if links:
            self.view.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def select_link(self, link_id: str) -> bool:
        for row, link in enumerate(self.model.links):
            if link.id == link_id:
                index = self.model.index(row)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def current_link(self) -> Link | None:
        index = self.view.currentIndex()
        return self.model.links[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        link = self.current_link()
        has_url = bool(link and link.url)
        self.open_button.setEnabled(has_url)
        self.copy_button.setEnabled(has_url)

    def open_current(self) -> None:
        link = self.current_link()
        if link and link.url:
            ask_to_open(self, link.url)

    def copy_current(self) -> None:
        link = self.current_link()
        if link and link.url:
            QGuiApplication.clipboard().setText(link.url)
