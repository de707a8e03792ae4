"""List and tree views where Enter opens the current item (the links page, search results).

Apart from widgets.py, whose labels and copy buttons are on the first screen: defining these
classes makes PySide6 build the Python types and enums of QListView and its bases.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QTreeView


def _enter_activates(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Enter opens the current item on every platform (Qt's own mapping of Enter to activated varies)."""
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and view.currentIndex().isValid():
        view.activated.emit(view.currentIndex())
        return True
    return False


class ActivatingListView(QListView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _enter_activates(self, event):
            super().keyPressEvent(event)


class ActivatingTreeView(QTreeView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _enter_activates(self, event):
            super().keyPressEvent(event)
