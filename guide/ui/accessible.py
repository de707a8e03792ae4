"""Names for what Qt adds to our widgets by itself, which screen readers would otherwise announce
as a bare "button"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


def name_clear_button(field: QLineEdit, name: str) -> None:
    """The clear button Qt draws inside a line edit (setClearButtonEnabled) is a tool button child."""
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)


def name_clear_buttons(root: QWidget) -> None:
    """Every line edit's clear button under ``root`` that has no name yet: "Clear <the field's name>"."""
    for field in root.findChildren(QLineEdit):
        for button in field.findChildren(QToolButton):
            if not button.accessibleName() or button.property("guideNamed"):
                button.setProperty("guideNamed", True)  # ours: renamed when the language changes
                what = field.accessibleName() or field.placeholderText()
                button.setAccessibleName(translate("Accessible", "Clear “{field}”").format(field=what)
                                         if what else translate("Accessible", "Clear"))
