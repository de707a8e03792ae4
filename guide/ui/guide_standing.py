"""What the status bar says about the guide a window shows: where it came from and whether its
publisher's signature holds ("verified: PUBLISHER", "not verified", "made on this computer from
FILE"), and, for content more than 12 months old, that phone numbers may have changed. A guide
signed by a key this computer does not know gets a "Trust this publisher…" button beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMainWindow

from guide.library.catalogue import IMPORTS, Library
from guide.library.entries import read_record
from guide.operations import guide_library
from guide.signing.pack_signature import SignatureState
from guide.store import Pack
from guide.ui.chrome import StatusLabels, comes_with_the_app
from guide.ui.trust_publisher import may_offer, offer_trust, trust_changes

translate = QCoreApplication.translate
STALE_STYLE = "QLabel { color: #8a4b00; font-weight: bold; }"


def standing_of(pack_path: Path, library: Library) -> tuple[str, str]:
    """The status bar's text for the guide at ``pack_path``, and its signature state ("" when it is
    the bundled guide or made here)."""
    if pack_path.resolve() == library.bundled.resolve():  # listing the library is not needed for it
        return comes_with_the_app(), ""
    # The pack's own record, not the whole list: the window's start opens no other pack.
    record = read_record(pack_path) if library.holds(pack_path) else None
    if library.holds(pack_path) and pack_path.parent.name == IMPORTS:
        source = Path(record.source).name if record and record.source else pack_path.name
        return translate("GuideStanding", "Made on this computer from {file}").format(file=source), ""
    if record is not None:
        signature, publisher = record.signature, record.publisher
    else:  # opened with --pack (or its record is lost): checked now
        standing = guide_library.signature_standing(pack_path, library.data_dir)
        signature, publisher = standing.signature, standing.publisher
    if signature == SignatureState.VALID:
        return translate("GuideStanding", "Verified: {publisher}").format(publisher=publisher), signature
    return translate("GuideStanding", "Not verified"), signature


def stale_text() -> str:
    return translate("GuideStanding", "Phone numbers may have changed; check for a newer edition")


class GuideStanding(QObject):
    """In ``window``'s status bar (``places``): the notice for old content, the guide's standing and,
    when it applies, the button to trust its publisher."""

    def __init__(self, window: QMainWindow, pack: Pack, library: Library, places: StatusLabels) -> None:
        super().__init__(window)
        self.window, self.pack, self.library = window, pack, library
        self.standing = places.standing
        self.standing.setObjectName("guideStanding")
        self.trust_button = places.trust_button
        self.trust_button.setObjectName("trustPublisher")
        self.trust_button.setFlat(True)
        self.trust_button.clicked.connect(self.offer_trust)
        self.trust_dialog: QDialog | None = None
        self.stale = places.stale
        self.stale.setObjectName("staleNotice")
        self.stale.setStyleSheet(STALE_STYLE)
        trust_changes().changed.connect(self.relabel)
        self.relabel()

    def relabel(self) -> None:
        text, signature = standing_of(self.pack.path, self.library)
        self.standing.setText(text)
        self.standing.setAccessibleName(text)
        self.trust_button.setText(translate("GuideStanding", "Trust this publisher…"))
        self.trust_button.setVisible(may_offer(self.pack.path, signature))
        old = guide_library.is_stale(self.pack.content_date)
        self.stale.setVisible(old)
        self.stale.setText(stale_text() if old else "")
        self.stale.setAccessibleName(self.stale.text())

    def offer_trust(self) -> None:
        self.trust_dialog = offer_trust(self.window, self.pack.path, self.library.data_dir)
