"""A pack crafted by hand (not by our builder) with hostile HTML, shown in the real article view:
nothing remote or local is loaded, scripts are not run, a javascript: link is refused, and the
window stays alive."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_ui_window import link_point
from ui_support import open_window, visible_dialog

from guide.ui.article_page import InertDocument
from guide.ui.external import ExternalLinkDialog
from guide.ui.location import Location

HUGE_WORDS = 400_000  # about 2.4 MB of text in one article
HOSTILE_HTML = f"""
<p>Before <img src="http://tracker.example/pixel.png"> and <img src="https://tracker.example/b.gif"></p>
<img src="file:///etc/passwd"><img src="/etc/hostname"><img src="data:image/png;base64,iVBORw0KGgo=">
<style>@import url("http://tracker.example/imported.css"); p {{ background: url(http://tracker.example/bg.png) }}</style>
<table background="http://tracker.example/table.png"><tr><td background="http://tracker.example/td.png">cell</td></tr></table>
<script>document.write("SCRIPT RAN")</script>
<iframe src="http://tracker.example/frame.html">frame</iframe>
<p onclick="alert(1)">Click <a href="javascript:alert('pwned')">the javascript link</a>,
<a href="file:///etc/passwd">a file link</a>, <a href="data:text/html,hi">a data link</a>.</p>
<p>NUL \x00 here; right-to-left \u202eevil\u202c override; {"x" * 20_000}</p>
<ul>{"<li><ul>" * 300}deep{"</ul></li>" * 300}</ul>
<p>{" ".join(["huge"] * HUGE_WORDS)}</p>
<p id="end">The end.</p>
<link rel="stylesheet" href="http://tracker.example/style.css"><p>(Qt hides what follows an unclosed link)</p>
"""


@pytest.fixture(scope="module")
def hostile_pack(mini_pack: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(shutil.copyfile(mini_pack, tmp_path_factory.mktemp("hostile") / "hostile.pack"))
    with sqlite3.connect(path) as connection:
        changed = connection.execute("UPDATE article SET html = ? WHERE slug = 'signs'", (HOSTILE_HTML,)).rowcount
    connection.close()
    assert changed >= 1
    return path


@pytest.fixture
def resources_asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Record what the article's document asks for (images, style sheets) and what it is given."""
    asked: list[tuple[str, object]] = []
    load = InertDocument.loadResource

    def recording(self: InertDocument, kind: int, name: QUrl) -> object:
        given = load(self, kind, name)
        asked.append((name.toString(), given))
        return given

    monkeypatch.setattr(InertDocument, "loadResource", recording)
    return asked


def test_hostile_html_is_shown_inert(qtbot: QtBot, hostile_pack: Path, data_dir: Path,
                                     resources_asked: list[tuple[str, object]]) -> None:
    with open_window(qtbot, hostile_pack, data_dir) as window:
        assert window.go(Location("article", "signs"))
        browser = window.article_page.browser
        qtbot.wait(50)  # let the view lay out and paint (images and backgrounds are asked for then)
        text = browser.toPlainText()
        assert "The end." in text and text.count("huge") == HUGE_WORDS
        assert "SCRIPT RAN" not in text

        asked = {name for name, _ in resources_asked}
        assert {"http://tracker.example/pixel.png", "file:///etc/passwd"} <= asked  # asked, and
        assert all(given is None for _, given in resources_asked)  # given nothing
        document = browser.document()
        for name in asked:  # nothing read from disk either (QTextDocument would read file: by itself)
            assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)) is None

        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                         pos=link_point(window, "javascript:alert('pwned')"))
        refusal = visible_dialog(QMessageBox)
        assert refusal is not None and "not opened" in refusal.text()  # type: ignore[attr-defined]
        assert visible_dialog(ExternalLinkDialog) is None
        refusal.close()
        for href in ("file:///etc/passwd", "data:text/html,hi"):
            qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(window, href))
            box = visible_dialog(QMessageBox)
            assert box is not None and visible_dialog(ExternalLinkDialog) is None
            box.close()

        assert window.isVisible() and window.go(Location("article", "intro"))
        assert window.article_page.browser.toPlainText().startswith("Introduction")
