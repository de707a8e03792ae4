"""The page that says why a location cannot be shown: a plain label, made the first time one is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from guide.ui.qt_start import align_center


class MessagePage(QLabel):
    def __init__(self) -> None:
        super().__init__()
        align_center(self)
        self.setWordWrap(True)
        self._label()

    def _label(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Message"))  # the window's word

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self._label()
        super().changeEvent(event)
