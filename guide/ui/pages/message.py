"""The page that says why a location cannot be shown: a plain label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from guide.ui.qt_start import align_center


def message_page() -> QLabel:
    label = QLabel()
    align_center(label)
    label.setWordWrap(True)
    label_message(label)
    return label


def label_message(label: QLabel) -> None:
    label.setAccessibleName(QCoreApplication.translate("MainWindow", "Message"))  # the window's word
