"""Trusted publishers (from the Guides window): every key this computer trusts, with its fingerprint and
who added it; the user can stop trusting a key they added. Keys shipped beside the app were put there
by whoever set the computer up, and only they can take them away: the app never writes that file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from guide.operations import guide_library
from guide.operations.errors import RequestError
from guide.signing.trust import USER, TrustedKey, fingerprint
from guide.ui.confirm import ask_yes
from guide.ui.trust_publisher import trust_changes


class TrustedPublishersWindow(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Trusted publishers"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Publisher"), self.tr("Fingerprint"), self.tr("Trusted by")])
        self.list.setAccessibleName(self.tr("Publishers this computer trusts"))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Stop trusting…"))
        self.remove_button.clicked.connect(self.ask_remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.message: QMessageBox | None = None
        self.resize(820, 300)
        trust_changes().changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        keyring = guide_library.keyring(self.data_dir)
        for trusted in keyring.keys:
            who = (self.tr("you") if trusted.origin == USER
                   else self.tr("this computer's setup (cannot be removed here)"))
            item = QTreeWidgetItem([trusted.name, fingerprint(trusted.key), who])
            item.setData(0, Qt.ItemDataRole.UserRole, trusted)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.problems.setText("\n".join(keyring.problems) if keyring.keys or keyring.problems
                              else self.tr("No publisher is trusted on this computer yet."))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._enable()

    def selected(self) -> TrustedKey | None:
        item = self.list.currentItem()
        trusted = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return trusted if isinstance(trusted, TrustedKey) else None

    def _enable(self) -> None:
        trusted = self.selected()
        self.remove_button.setEnabled(trusted is not None and trusted.origin == USER)

    def ask_remove(self) -> None:
        trusted = self.selected()
        if trusted is None or trusted.origin != USER:
            return
        self.message = ask_yes(self, self.tr("Stop trusting"),
                               self.tr("Stop trusting “{name}”? Its guides stay on this computer but are no "
                                       "longer shown as verified.").format(name=trusted.name),
                               lambda: self.remove(trusted))

    def remove(self, trusted: TrustedKey) -> None:
        try:
            guide_library.stop_trusting(self.data_dir, trusted.key)
        except RequestError as exc:
            self.problems.setText(str(exc))
            return
        trust_changes().changed.emit()  # this list refreshes with the others
