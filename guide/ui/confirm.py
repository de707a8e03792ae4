"""A question with Yes and Cancel (Cancel the default), opened rather than exec()'d; ``on_yes`` runs
when the user answers Yes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes(parent: QWidget, title: str, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    message = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    message.setDefaultButton(QMessageBox.StandardButton.Cancel)
    yes = message.button(QMessageBox.StandardButton.Yes)
    message.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    message.open()
    return message
