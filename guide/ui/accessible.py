"""Names for what Qt adds to our widgets by itself, which screen readers would otherwise announce
as a bare "button"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolButton

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


def name_clear_button(field: QLineEdit, name: str | None = None) -> None:
    """Name the clear button Qt draws inside a line edit (setClearButtonEnabled, a tool button child):
    ``name``, else "Clear <the field's name>". The field's owner calls this wherever it labels the
    field, in each language; the field's own children are looked at, not the window's (see
    guide.ui.qt_start)."""
    if name is None:
        what = field.accessibleName() or field.placeholderText()
        name = translate("Accessible", "Clear “{field}”").format(field=what) if what else translate("Accessible",
                                                                                                    "Clear")
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)
