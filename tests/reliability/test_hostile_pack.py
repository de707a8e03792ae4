"""A pack crafted by hand (not by our builder) with hostile HTML, shown in the real article view:
nothing remote or local is loaded, scripts are not run, a javascript: link is refused, and the
window stays alive."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import link_point, open_window, visible_dialog

from guide.location import Location
from guide.ui.external import ExternalLinkDialog
from guide.ui.pages.article import InertDocument

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


def nothing_given(given: object) -> bool:
    """None, or for an image the blank pixel InertDocument hands out so Qt does not read the path itself."""
    return given is None or (isinstance(given, QImage) and given.size().width() == 1 and given.size().height() == 1)


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
        browser = window.router.page("article").browser
        browser.viewport().grab()  # lays out and paints the view now: images and backgrounds are asked for then
        text = browser.toPlainText()
        assert "The end." in text and text.count("huge") == HUGE_WORDS
        assert "SCRIPT RAN" not in text

        asked = {name for name, _ in resources_asked}
        assert {"http://tracker.example/pixel.png", "file:///etc/passwd"} <= asked  # asked, and
        assert all(nothing_given(given) for _, given in resources_asked)  # given nothing
        document = browser.document()
        for name in asked:  # nothing read from disk either (QTextDocument would read file: by itself)
            assert nothing_given(document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)))

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
        assert window.router.page("article").browser.toPlainText().startswith("Introduction")


def test_a_crafted_pack_cannot_print_a_local_picture(qapp, mini_pack: Path, tmp_path: Path) -> None:
    """The fact sheet's document loads nothing by itself: only its own QR codes end up in the PDF."""
    from pypdf import PdfReader

    from guide.cli import main
    from guide.paths import icon_path

    picture = icon_path(256).resolve()
    crafted = Path(shutil.copyfile(mini_pack, tmp_path / "crafted.pack"))
    with sqlite3.connect(crafted) as connection:
        connection.execute("UPDATE article SET html = ? WHERE slug = 'signs'",
                           (f'<p>Look: <img src="file://{picture}"> and <img src="{picture}"></p>',))
    connection.close()
    out = tmp_path / "signs.pdf"
    assert main(["export", "signs", "--pack", str(crafted), "--out", str(out)]) == 0
    widths = []  # image XObjects read without decoding them (no Pillow in the test extra)
    for page in PdfReader(out).pages:
        for xobject in page["/Resources"].get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Image":
                widths.append(int(xobject["/Width"]))
    assert sorted(widths)[-1] == 198 and set(sorted(widths)[:-1]) <= {1}  # the one QR code; blank pixels, never the picture


def test_a_crafted_pack_cannot_show_a_local_picture(qtbot: QtBot, mini_pack: Path, tmp_path: Path,
                                                    data_dir: Path) -> None:
    """Qt's image handler reads a plain path from disk when the document gives it no image."""
    from guide.paths import icon_path

    picture = icon_path(256).resolve()
    crafted = Path(shutil.copyfile(mini_pack, tmp_path / "crafted.pack"))
    with sqlite3.connect(crafted) as connection:
        connection.execute("UPDATE article SET html = ? WHERE slug = 'signs'", (f'<p><img src="{picture}"></p>',))
    connection.close()
    with open_window(qtbot, crafted, data_dir) as window:
        assert window.go(Location("article", "signs"))
        window.router.page("article").browser.viewport().grab()
        document = window.router.page("article").browser.document()
        shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(str(picture)))
        assert nothing_given(shown)  # had Qt read the file itself, the 256-pixel icon would be cached here
