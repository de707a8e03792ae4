"""What the status bar says about the guide a window shows: where it came from and whether its
publisher's signature holds ("verified: PUBLISHER", "not verified", "made on this computer from
FILE"), and, for content more than 12 months old, that phone numbers may have changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from guide.library.catalogue import IMPORTS, Library
from guide.library.entries import read_record
from guide.operations import guide_library
from guide.signing.pack_signature import SignatureState
from guide.store import Pack

translate = QCoreApplication.translate
STALE_STYLE = "QLabel { color: #8a4b00; font-weight: bold; }"


def standing_text(pack_path: Path, library: Library) -> str:
    if pack_path.resolve() == library.bundled.resolve():  # listing the library is not needed for it
        return translate("GuideStanding", "Comes with the app")
    # The pack's own record, not the whole list: the window's start opens no other pack.
    record = read_record(pack_path) if library.holds(pack_path) else None
    if library.holds(pack_path) and pack_path.parent.name == IMPORTS:
        source = Path(record.source).name if record and record.source else pack_path.name
        return translate("GuideStanding", "Made on this computer from {file}").format(file=source)
    if record is not None:
        signature, publisher = record.signature, record.publisher
    else:  # opened with --pack (or its record is lost): checked now
        standing = guide_library.signature_standing(pack_path, library.data_dir)
        signature, publisher = standing.signature, standing.publisher
    if signature == SignatureState.VALID:
        return translate("GuideStanding", "Verified: {publisher}").format(publisher=publisher)
    return translate("GuideStanding", "Not verified")


def stale_text() -> str:
    return translate("GuideStanding", "Phone numbers may have changed; check for a newer edition")


class GuideStanding:
    """Two permanent labels in ``window``'s status bar: the guide's standing, and the notice for old content."""

    def __init__(self, window: QMainWindow, pack: Pack, library: Library) -> None:
        self.pack, self.library = pack, library
        self.standing = QLabel()
        self.standing.setObjectName("guideStanding")
        self.stale = QLabel()
        self.stale.setObjectName("staleNotice")
        self.stale.setStyleSheet(STALE_STYLE)
        window.statusBar().addPermanentWidget(self.stale)
        window.statusBar().addPermanentWidget(self.standing)
        self.relabel()

    def relabel(self) -> None:
        text = standing_text(self.pack.path, self.library)
        self.standing.setText(text)
        self.standing.setAccessibleName(text)
        old = guide_library.is_stale(self.pack.content_date)
        self.stale.setVisible(old)
        self.stale.setText(stale_text() if old else "")
        self.stale.setAccessibleName(self.stale.text())
