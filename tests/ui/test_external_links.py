"""External links never open by themselves; only http, https, mailto and tel are offered at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import visible_dialog

from guide.ui.external import ExternalLinkDialog, is_allowed
from guide.ui.pages.article import ArticleBrowser
from guide.ui.window import MainWindow


def test_an_external_article_link_asks_first_and_can_be_copied(qtbot: QtBot, window: MainWindow) -> None:
    from support import click_link

    source = "https://www.ilo.org/global-estimates"
    click_link(qtbot, window, source)
    dialog = visible_dialog(ExternalLinkDialog)
    assert dialog is not None
    assert dialog.address.text() == source
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    assert dialog.cancel_button.isDefault()  # Enter alone does not leave the app
    assert window.router.page("article").slug == "intro"  # nothing navigated
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == source
    assert visible_dialog(ExternalLinkDialog) is None


def test_cancel_leaves_everything_as_it_was(qtbot: QtBot, window: MainWindow) -> None:
    window.router.page("article").browser.anchorClicked.emit(QUrl("tel:1-888-555-0100"))
    dialog = visible_dialog(ExternalLinkDialog)
    assert dialog is not None and "call" in dialog.findChildren(type(dialog.address))[0].text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert visible_dialog(ExternalLinkDialog) is None


@pytest.mark.parametrize("address", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi",
                                     "ftp://example.org/x", "JaVaScRiPt:alert(1)", "http://"])
def test_other_schemes_are_refused_with_a_message(qtbot: QtBot, window: MainWindow, address: str) -> None:
    window.router.page("article").browser.anchorClicked.emit(QUrl(address))
    assert visible_dialog(ExternalLinkDialog) is None
    box = visible_dialog(QMessageBox)
    assert box is not None
    assert "not opened" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.router.page("article").slug == "intro"


@pytest.mark.parametrize("address, allowed", [
    ("https://example.org/a", True), ("http://example.org", True), ("mailto:help@example.org", True),
    ("tel:911", True), ("javascript:void(0)", False), ("vbscript:x", False), ("guide:intro", False),
    ("file:///tmp/x", False), ("mailto:", False), ("", False),
])
def test_allowed_schemes(address: str, allowed: bool) -> None:
    assert is_allowed(QUrl(address)) is allowed


@pytest.mark.parametrize("resource", ["https://example.org/tracker.png", "http://example.org/a.css",
                                      "file:///etc/hostname", "picture.png"])
def test_article_browser_loads_no_resource(qtbot: QtBot, resource: str) -> None:
    browser = ArticleBrowser()
    qtbot.addWidget(browser)
    assert not browser.openLinks() and not browser.openExternalLinks()
    assert browser.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(resource)) is None


def test_links_page_marks_internet_and_asks_before_opening(qtbot: QtBot, window: MainWindow) -> None:
    from guide.location import Location

    window.go(Location("links", "all"))
    page = window.router.page("links")
    first = page.model.index(0)
    assert "needs internet" in first.data(Qt.ItemDataRole.UserRole + 10)
    assert "Example Publisher" in first.data(Qt.ItemDataRole.UserRole + 10)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "https://example.org/report"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = visible_dialog(ExternalLinkDialog)
    assert dialog is not None and dialog.open_button.text() == "Open in browser"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)  # the video whose address could not be confirmed
    assert page.current_link().id == "lost-video"  # type: ignore[union-attr]
    assert not page.open_button.isEnabled() and not page.copy_button.isEnabled()
    assert "could not be confirmed" in page.model.index(1).data(Qt.ItemDataRole.UserRole + 10)


def test_a_web_link_says_the_browser_will_keep_the_visit(qtbot: QtBot, window: MainWindow) -> None:
    window.router.page("article").browser.anchorClicked.emit(QUrl("https://example.org/help"))
    dialog = visible_dialog(ExternalLinkDialog)
    assert dialog is not None and dialog.history.isVisible()
    assert "history" in dialog.history.text() and "browser" in dialog.history.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    window.router.page("article").browser.anchorClicked.emit(QUrl("mailto:help@example.org"))
    mail = visible_dialog(ExternalLinkDialog)
    assert mail is not None and not mail.history.isVisible()  # no browser is involved
    qtbot.mouseClick(mail.cancel_button, Qt.MouseButton.LeftButton)
