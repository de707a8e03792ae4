"""The Guides window: every guide on this computer (the bundled one, those opened and imported) with
its publisher, content date, size, origin and signature; open (switch to) one, remove one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide.library.catalogue import Library
from guide.library.entries import BUNDLED, IMPORTED, GuideEntry, LibraryError

COLUMNS = 6


def size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, size // 1000)} kB"


class GuidesWindow(QDialog):
    """Not modal: it stays open beside the guide while the user compares."""

    open_requested = Signal(object)  # the GuideEntry to switch to

    def __init__(self, library: Library, parent: QWidget | None = None,
                 open_file: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Guides"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Title"), self.tr("Publisher"), self.tr("Content date"), self.tr("Size"),
                                   self.tr("Came from"), self.tr("Signature")])
        self.list.setAccessibleName(self.tr("Guides on this computer"))
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.file_button = QPushButton(self.tr("Open guide &file…"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.ask_remove)
        if open_file is not None:
            self.file_button.clicked.connect(open_file)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.remove_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.message: QMessageBox | None = None
        self.resize(900, 360)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for entry in self.library.entries():
            item = QTreeWidgetItem(self._row(entry))
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            self.list.addTopLevelItem(item)
        for column in range(COLUMNS):
            self.list.resizeColumnToContents(column)
        self.problems.setText("\n".join(self.library.problems))
        self.problems.setVisible(bool(self.library.problems))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._enable()

    def _row(self, entry: GuideEntry) -> list[str]:
        record = entry.record
        if record.origin == BUNDLED:
            came_from, signature = self.tr("comes with the app"), self.tr("comes with the app")
        elif record.origin == IMPORTED:
            came_from = self.tr("made on this computer from {file}").format(file=record.source or entry.path.name)
            signature = self.tr("not verified")
        else:
            came_from = record.source or entry.path.name
            signature = {"valid": self.tr("verified"), "unknown key": self.tr("not verified (unknown key)")}.get(
                record.signature, self.tr("not verified"))
        return [record.title, record.publisher, record.content_date, size_text(entry.size), came_from, signature]

    def selected(self) -> GuideEntry | None:
        item = self.list.currentItem()
        entry = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return entry if isinstance(entry, GuideEntry) else None

    def _enable(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None and entry.removable)

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.open_requested.emit(entry)

    def ask_remove(self) -> None:
        entry = self.selected()
        if entry is None or not entry.removable:
            return
        self.message = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove guide"),
                                   self.tr("Remove “{title}” from this computer? The file it came from is not "
                                           "touched.").format(title=entry.title),
                                   QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        self.message.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = self.message.button(QMessageBox.StandardButton.Yes)
        self.message.buttonClicked.connect(lambda button: self.remove(entry) if button is yes else None)
        self.message.open()

    def remove(self, entry: GuideEntry) -> None:
        try:
            self.library.remove(entry)
        except LibraryError as exc:
            self.problems.setText(str(exc))
            self.problems.setVisible(True)
            return
        self.refresh()
