"""A menu folder with no page of its own: its title and the list of what is inside."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from guide.location import Location
from guide.store import MenuNode
from guide.ui.navigation import MenuModel, node_location
from guide.ui.pages.page import Printable
from guide.ui.qt_start import ItemRole
from guide.ui.widgets import heading_label

LOCATION_ROLE = ItemRole.LOCATION


class FolderPage(QWidget):
    navigate = Signal(Location)

    def __init__(self, menu: MenuModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.menu = menu
        self.title = heading_label("", 1)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self._label()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def retranslate(self, language: str) -> None:
        self._label()

    def _label(self) -> None:
        self.view.setAccessibleName(self.tr("Pages in this section"))

    def show_folder(self, node: MenuNode) -> None:
        self.title.setText(f"<h1>{html.escape(node.title)}</h1>")
        self.title.setAccessibleName(node.title)
        self.model.clear()
        for child in node.children:
            item = QStandardItem(child.title)
            item.setData(node_location(child), LOCATION_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if node.children:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def show_location(self, location: Location) -> bool:
        node = self.menu.node_by_id(int(location.target)) if location.target.isdigit() else None
        if node is None:
            return False
        self.show_folder(node)
        return True

    def title_for(self, location: Location) -> str:
        return location.target

    def focus(self) -> None:
        self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def clear(self) -> None:
        self.model.clear()

    def printable(self) -> Printable | None:
        return None

    def tab_chain(self) -> list[QWidget]:
        return [self.view]

    def _open(self, index: QModelIndex) -> None:
        location = index.data(LOCATION_ROLE)
        if isinstance(location, Location):
            self.navigate.emit(location)
