"""Bookmarks > Manage bookmarks…: the list of bookmarks, to open one or remove some.

Made when first asked for (the first window needs none of it). Open shows the page and closes the
manager; Remove (or Delete) forgets the selected bookmarks at once, as the toolbar toggle does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide.location import Location
from guide.userdata.settings import Settings

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)
LOCATION_ROLE = Qt.ItemDataRole.UserRole


class BookmarkList(QListWidget):
    """The list; Delete (or Backspace, as on a Mac) asks to remove the selected bookmarks."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class BookmarksManager(QDialog):
    """``open_location(location)`` shows a page; ``changed()`` is called after bookmarks were removed."""

    def __init__(self, parent: QWidget, settings: Settings, open_location: Callable[[Location], None],
                 changed: Callable[[], None]) -> None:
        super().__init__(parent)
        self.settings, self._open_location, self._changed = settings, open_location, changed
        self.setWindowTitle(translate("BookmarksManager", "Bookmarks"))
        self.setAccessibleName(translate("BookmarksManager", "Bookmarks"))
        self.resize(480, 360)
        self.empty = QLabel(translate("BookmarksManager", "No bookmarks yet. Ctrl+D bookmarks the page shown."))
        self.empty.setWordWrap(True)
        self.list = BookmarkList()
        self.list.setAccessibleName(translate("BookmarksManager", "Bookmarks"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._enable)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(translate("BookmarksManager", "Open"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.remove_button = buttons.addButton(translate("BookmarksManager", "Remove"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.open_button, self.remove_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button.clicked.connect(self.reject)
        self.list.remove_requested.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for bookmark in self.settings.bookmarks:
            item = QListWidgetItem(bookmark.title)
            item.setData(LOCATION_ROLE, (bookmark.location.kind, bookmark.location.target))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not self.list.count())
        self.list.setVisible(bool(self.list.count()))
        self._enable()

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _selected(self) -> list[Location]:
        return [Location(*item.data(LOCATION_ROLE)) for item in self.list.selectedItems()]

    def _enable(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.open_button.setEnabled(len(self.list.selectedItems()) == 1)
        self.remove_button.setEnabled(chosen)

    def open_selected(self) -> None:
        selected = self._selected()
        if len(selected) == 1:
            self.accept()
            self._open_location(selected[0])

    def remove_selected(self) -> None:
        selected = self._selected()
        if not selected:
            return
        row = self.list.currentRow()
        for location in selected:
            self.settings.remove_bookmark(location)
        self.fill()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._changed()
