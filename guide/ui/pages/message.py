"""The page that says why a location cannot be shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from guide.ui.qt_start import align_center


class MessagePage(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        align_center(self)
        self.setWordWrap(True)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Message"))  # the window's word
