"""Help > Keyboard shortcuts (F1 or Ctrl+/): every key the window answers to, read from its actions,
and the keys of its parts that have no menu entry (quick exit, the contents, the fields)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide.ui.actions import WindowActions

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


def shortcut_rows(actions: WindowActions) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, then the keys without a menu entry."""
    rows = []
    for action in actions.all():
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    rows += [
        (translate("Shortcuts", "Quick exit"), translate("Shortcuts", "Shift three times")),
        (translate("Shortcuts", "Move between the window's parts"), translate("Shortcuts", "Tab, Shift+Tab")),
        (translate("Shortcuts", "Contents: open the page chosen"), translate("Shortcuts", "Enter")),
        (translate("Shortcuts", "Contents: jump to a title"), translate("Shortcuts", "type its first letters")),
        (translate("Shortcuts", "Search field: go to the results"), translate("Shortcuts", "Down")),
        (translate("Shortcuts", "Search field: clear"), translate("Shortcuts", "Escape")),
        (translate("Shortcuts", "Find in page: next, previous match"), translate("Shortcuts", "Enter, Shift+Enter")),
        (translate("Shortcuts", "Find in page: close"), translate("Shortcuts", "Escape")),
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: WindowActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("Shortcuts", "Keyboard shortcuts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([translate("Shortcuts", "Command"), translate("Shortcuts", "Keys")])
        for row, (what, keys) in enumerate(rows):
            for column, text in enumerate((what, keys)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)


def show_shortcuts(parent: QWidget, actions: WindowActions) -> ShortcutsDialog:
    dialog = ShortcutsDialog(actions, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
