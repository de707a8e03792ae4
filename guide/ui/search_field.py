"""The search field above the tree: Down goes to the results, Enter opens the first, Esc clears."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from guide.ui.accessible import name_clear_button


class SearchField(QLineEdit):
    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search the guide (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search the guide"))
        name_clear_button(self, self.tr("Clear the search"))
        self.setAccessibleDescription(self.tr("Results appear as you type. Down arrow moves to the results; "
                                              "Enter opens the first; Escape clears."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QtCore.Qt, not Qt imported with the module: see guide.ui.qt_start.
        if event.key() == QtCore.Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if event.key() == QtCore.Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
