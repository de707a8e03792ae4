"""The Guides window: every guide on this computer (the bundled one, those opened and imported) with
its publisher, content date, size, origin and signature; open (switch to) one, remove one, trust the
publisher of one signed by a key this computer does not know, and see the trusted publishers."""

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
from guide.ui.confirm import ask_yes
from guide.ui.trust_publisher import may_offer, offer_trust, trust_changes

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
        self.trust_button = QPushButton(self.tr("&Trust this publisher…"))
        self.publishers_button = QPushButton(self.tr("&Publishers…"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.ask_remove)
        self.trust_button.clicked.connect(self.trust_selected)
        self.publishers_button.clicked.connect(self.show_publishers)
        if open_file is not None:
            self.file_button.clicked.connect(open_file)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.remove_button, self.file_button, self.trust_button,
                       self.publishers_button):
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
        self.trust_dialog: QDialog | None = None
        self.publishers: QDialog | None = None
        self.resize(900, 360)
        trust_changes().changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        was = self.selected()
        self.list.clear()
        current = None
        for entry in self.library.entries():
            item = QTreeWidgetItem(self._row(entry))
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            self.list.addTopLevelItem(item)
            if was is not None and entry.path == was.path:
                current = item  # the same guide stays selected (after trusting its publisher, say)
        for column in range(COLUMNS):
            self.list.resizeColumnToContents(column)
        self.problems.setText("\n".join(self.library.problems))
        self.problems.setVisible(bool(self.library.problems))
        current = current or self.list.topLevelItem(0)
        if current is not None:
            self.list.setCurrentItem(current)
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
            signature = {"valid": self.tr("verified"), "unknown key": self.tr("not verified (unknown key)"),
                         "invalid": self.tr("refused: changed since it was signed")}.get(
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
        self.trust_button.setEnabled(entry is not None and may_offer(entry.path, entry.record.signature))

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.open_requested.emit(entry)

    def trust_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.trust_dialog = offer_trust(self, entry.path, self.library.data_dir)

    def show_publishers(self) -> QDialog:
        if self.publishers is None:
            from guide.ui.trusted_publishers import TrustedPublishersWindow

            self.publishers = TrustedPublishersWindow(self.library.data_dir, self)
        self.publishers.show()
        self.publishers.raise_()
        return self.publishers

    def ask_remove(self) -> None:
        entry = self.selected()
        if entry is None or not entry.removable:
            return
        self.message = ask_yes(self, self.tr("Remove guide"),
                               self.tr("Remove “{title}” from this computer? The file it came from is not "
                                       "touched.").format(title=entry.title), lambda: self.remove(entry))

    def remove(self, entry: GuideEntry) -> None:
        try:
            self.library.remove(entry)
        except LibraryError as exc:
            self.problems.setText(str(exc))
            self.problems.setVisible(True)
            return
        self.refresh()
