"""Small widgets used on several pages."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from guide.ui.qt_start import rich_text, selectable

_FEEDBACK_MS = 1500


class CopyButton(QPushButton):
    """"Copy" next to a number: puts ``text`` on the clipboard and says so on the button for a moment."""

    def __init__(self, text: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_to_copy = text
        self.setAutoDefault(False)
        self.clicked.connect(self.copy)
        self.retranslate(what)

    def retranslate(self, what: str) -> None:
        """Label the button in the current language; ``what`` names the number, already translated."""
        self.setText(self.tr("Copy"))
        self.setAccessibleName(self.tr("Copy {what} {number}").format(what=what, number=self.text_to_copy))
        self.setToolTip(self.tr("Copy {number} to the clipboard").format(number=self.text_to_copy))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text_to_copy)
        self.setText(self.tr("Copied"))
        QTimer.singleShot(_FEEDBACK_MS, self, self._reset)

    def _reset(self) -> None:
        self.setText(self.tr("Copy"))


def selectable_label(text: str, name: str, parent: QWidget | None = None) -> QLabel:
    """A label the user can select text from with mouse or keyboard (phone numbers, addresses)."""
    label = QLabel(text, parent)
    selectable(label)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


def heading_label(text: str, level: int = 2, parent: QWidget | None = None) -> QLabel:
    """A heading sized relative to the widget font (rich text), so it follows zoom and presentation mode."""
    label = QLabel(f"<h{level}>{html.escape(text)}</h{level}>", parent)
    rich_text(label)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
