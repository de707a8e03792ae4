"""External links: the one place where the app lets the user leave it.

A link never opens by itself: the user sees the address and chooses "Open in browser" (handed to
the system with QDesktopServices; the app itself connects to nothing) or "Copy link".
Only http, https, mailto and tel are allowed; anything else is refused with a message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)

ALLOWED_SCHEMES = ("http", "https", "mailto", "tel")
_NEEDS_INTERNET = ("http", "https")


def is_allowed(url: QUrl) -> bool:
    """http/https with a host, or mailto/tel with an address; everything else (javascript:, file:, ...) is not."""
    if not url.isValid():
        return False
    scheme = url.scheme().lower()
    if scheme in _NEEDS_INTERNET:
        return bool(url.host())
    return scheme in ALLOWED_SCHEMES and bool(url.path().strip())



def describe(url: QUrl) -> str:
    scheme = url.scheme().lower()
    if scheme == "mailto":
        return translate("ExternalLink", "This opens your email program to write to:")
    if scheme == "tel":
        return translate("ExternalLink", "This asks your system to call:")
    return translate("ExternalLink", "This opens a web page in your browser. It needs an internet connection.")


def history_note() -> str:
    """Said before a web page opens: this app keeps nothing, but the browser is another program."""
    return translate("ExternalLink", "Your browser will keep this visit in its history, as it does every page "
                                     "you open, until you delete it there (or use a private window).")


class ExternalLinkDialog(QDialog):
    """Shows where a link goes and lets the user open it, copy it, or cancel."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(self.tr("Open an external link?"))
        self.setAccessibleName(self.tr("Open an external link?"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(describe(url))
        intro.setWordWrap(True)
        self.address = QLabel(url.toDisplayString())
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.address.setAccessibleName(self.tr("Address"))
        font = self.address.font()
        font.setBold(True)
        self.address.setFont(font)
        self.history = QLabel(history_note())
        self.history.setWordWrap(True)
        self.history.setVisible(url.scheme().lower() in _NEEDS_INTERNET)

        buttons = QDialogButtonBox()
        open_label = self.tr("Open in browser") if url.scheme().lower() in _NEEDS_INTERNET else self.tr("Open")
        self.open_button = buttons.addButton(open_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button = buttons.addButton(self.tr("Copy link"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button, name in ((self.open_button, open_label), (self.copy_button, self.tr("Copy link")),
                             (self.cancel_button, self.cancel_button.text().replace("&", ""))):
            button.setAccessibleName(name)
        for button in (self.open_button, self.copy_button):
            button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        self.copy_button.clicked.connect(self._copy)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.address)
        layout.addWidget(self.history)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Enter on a link the user did not mean to follow does nothing (the button box would pick Open).
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

    def _open(self) -> None:
        QDesktopServices.openUrl(self.url)
        self.accept()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address_text())
        self.accept()

    def address_text(self) -> str:
        scheme = self.url.scheme().lower()
        if scheme in ("mailto", "tel"):
            return self.url.path()
        return self.url.toString()


def refusal_box(url: QUrl, parent: QWidget | None) -> QMessageBox:
    shown = url.toDisplayString()[:200]
    refused = translate("ExternalLink", "This link was not opened: only web (http, https), email and phone "
                                        "links are allowed.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ExternalLink", "Link not opened"), refused,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(translate("ExternalLink", "Address: {address}").format(address=shown))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def ask_to_open(parent: QWidget | None, url: QUrl | str) -> QDialog:
    """Ask before leaving the app; shown window-modal without blocking, so nothing opens by itself."""
    if isinstance(url, str):
        url = QUrl(url.strip())
    dialog: QDialog = ExternalLinkDialog(url, parent) if is_allowed(url) else refusal_box(url, parent)
    dialog.open()
    return dialog
