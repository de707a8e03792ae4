"""Small widgets used on several pages."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

_FEEDBACK_MS = 1500


def set_qt_enum(qt_object: QObject, name: str, keys: str) -> None:
    """Set the Qt property ``name`` (of an enum or flags type of the ``Qt`` namespace) by the names of
    its ``keys`` ("RichText", "TextSelectableByMouse|TextSelectableByKeyboard"), through Qt's
    meta-object system, as a Designer form does.

    The first time any code names PySide6's ``Qt`` namespace, PySide6 builds a Python class for each
    of its 93 enums: some 15 ms. The widgets of the first frame set their few such properties this way,
    so that this happens after the window is on screen, when a key is pressed or a page is first built.
    """
    if not qt_object.setProperty(name, keys):
        raise ValueError(f"{type(qt_object).__name__} has no property {name!r} that takes {keys!r}")


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
    set_qt_enum(label, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


def heading_label(text: str, level: int = 2, parent: QWidget | None = None) -> QLabel:
    """A heading sized relative to the widget font (rich text), so it follows zoom and presentation mode."""
    label = QLabel(f"<h{level}>{html.escape(text)}</h{level}>", parent)
    set_qt_enum(label, "textFormat", "RichText")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
