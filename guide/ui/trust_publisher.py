"""Trust this publisher…: for a guide whose signature holds under the key that came with it but that
this computer does not trust yet. The dialog shows the key's fingerprint to compare with the one the
organization gave, what the file claims its publisher is (marked as a claim), and a plain warning;
on confirmation the key is trusted under a name the user can edit.

Every window that shows a guide listens to ``trust_changes()``: trusting or no longer trusting a key
changes what they say about their guide.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from guide.operations import guide_library
from guide.operations.errors import RequestError
from guide.signing.pack_signature import SignatureState, TrustOffer, key_path, trust_offer
from guide.signing.trust import fingerprint

if TYPE_CHECKING:
    from guide.signing.minisign import PublicKey

translate = QCoreApplication.translate
WARNING_STYLE = "QLabel { font-weight: bold; }"


class TrustChanges(QObject):
    changed = Signal()  # a key was trusted or no longer trusted


_CHANGES: list[TrustChanges] = []


def trust_changes() -> TrustChanges:
    """The one notifier of the process (made with the first window that asks)."""
    if not _CHANGES:
        _CHANGES.append(TrustChanges())
    return _CHANGES[0]


def spoken(groups: str) -> str:
    """The fingerprint as a screen reader should say it: character by character, a pause a group."""
    return ", ".join(" ".join(group) for group in groups.split())


def fingerprint_label(key: PublicKey) -> QLabel:
    """The fingerprint in two lines of eight groups, in a fixed-width font, selectable."""
    from PySide6.QtCore import Qt  # naming Qt builds its enums (guide.ui.qt_start): not in the first frame

    groups = fingerprint(key).split()
    label = QLabel(" ".join(groups[:8]) + "\n" + " ".join(groups[8:]))
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(translate("TrustPublisher", "Fingerprint"))
    label.setAccessibleDescription(spoken(fingerprint(key)))
    return label


class TrustPublisherDialog(QDialog):
    """Window-modal, opened (not exec()'d): the window behind it keeps painting."""

    def __init__(self, offer: TrustOffer, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer, self.data_dir = offer, data_dir
        self.problem: QMessageBox | None = None
        self.setWindowTitle(self.tr("Trust this publisher"))
        intro = QLabel(self.tr("This guide is signed, and the signature matches the key that came with it. "
                               "This computer does not know that key yet."))
        intro.setWordWrap(True)
        claimed = QLabel(offer.claimed_publisher or self.tr("(the file names no publisher)"))
        claimed.setWordWrap(True)
        claimed.setAccessibleName(self.tr("Publisher the file claims (not verified)"))
        self.warning = QLabel(self.tr("Only trust this if the organization gave you this fingerprint in person or "
                                      "on paper: anyone can make a key and call it anything."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.name = QLineEdit(offer.claimed_publisher)
        self.name.setPlaceholderText(f"key {offer.key.id_text}")
        self.name.setAccessibleName(self.tr("Name to show for this publisher"))
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint:"), fingerprint_label(offer.key))
        form.addRow(self.tr("The file says it is from (not verified):"), claimed)
        form.addRow(self.tr("Show this publisher as:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = buttons.addButton(self.tr("Trust this publisher"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button.setAutoDefault(False)  # Enter must not trust by accident: Cancel is the default
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.accepted.connect(self.trust)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        cancel.setFocus()

    def trust(self) -> None:
        try:
            guide_library.trust_publisher(self.data_dir, self.offer.key, self.name.text())
        except RequestError as exc:
            self.problem = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(),
                                       self.tr("The publisher could not be trusted."), QMessageBox.StandardButton.Ok,
                                       self)
            self.problem.setInformativeText(str(exc))
            self.problem.open()
            return
        self.accept()
        trust_changes().changed.emit()


def offer_trust(parent: QWidget, pack: Path, data_dir: Path) -> QDialog:
    """Open the dialog for ``pack``, or a message saying why its publisher cannot be trusted from here."""
    offer = trust_offer(pack)
    if offer is None:
        message = QMessageBox(QMessageBox.Icon.Information, translate("TrustPublisher", "Trust this publisher"),
                              translate("TrustPublisher", "This guide did not come with a publisher's key that "
                                        "matches its signature, so its publisher cannot be trusted from here. Ask "
                                        "the organization for its key file or for a copy of the guide with it."),
                              QMessageBox.StandardButton.Ok, parent)
        message.open()
        return message
    dialog = TrustPublisherDialog(offer, data_dir, parent)
    dialog.open()
    return dialog


def may_offer(pack: Path, signature: str) -> bool:
    """Whether "Trust this publisher…" applies: signed by an unknown key, with a key file beside it
    (whether the signature holds under that key is checked when the user asks)."""
    return signature == SignatureState.UNKNOWN_KEY and key_path(pack).is_file()
