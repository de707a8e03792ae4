"""The dialog shown when a guide pack cannot be opened, and the file dialog to choose another."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from guide.store import PackError


class PackProblemDialog(QMessageBox):
    """Explains why a pack cannot be used and offers to choose another pack file."""

    def __init__(self, error: PackError | str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.NoButton, parent)
        self.setWindowTitle(self.tr("Cannot open the guide pack"))
        self.setText(self.tr("The guide could not be opened."))
        explanation = self.tr("The guide pack is the file that holds all of the guide's content. You can choose "
                              "another pack file, or close.")
        self.setInformativeText(f"{error}\n\n{explanation}")
        self.choose_button = self.addButton(self.tr("Choose another pack…"), QMessageBox.ButtonRole.AcceptRole)
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.choose_button.setAccessibleName(self.tr("Choose another pack file"))
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        self.setDefaultButton(self.choose_button)

    def wants_another(self) -> bool:
        return self.clickedButton() is self.choose_button


def ask_for_pack_file(parent: QWidget | None, start: Path) -> Path | None:
    title = QCoreApplication.translate("PackProblemDialog", "Choose a guide pack")
    kinds = QCoreApplication.translate("PackProblemDialog", "Guide packs (*.pack);;All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), kinds)
    return Path(name) if name else None
