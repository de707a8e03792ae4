"""The window's guide library: File > Open guide copies a pack in and switches to it, a bad signature
is refused with an explanation, the Guides window lists, switches and removes (and its list survives
a restart), and the status bar says where a guide came from and whether it is verified."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from guide import paths
from guide.library.catalogue import Library
from guide.signing.minisign import generate_key, sign_file
from guide.signing.pack_signature import signature_path
from guide.ui.guides_window import GuidesWindow
from guide.ui.window import MainWindow
from support import edition


def bundled_digest() -> str:
    bundled = paths.default_pack_path()
    return hashlib.sha256(bundled.read_bytes()).hexdigest() if bundled.exists() else ""


def standing(window: MainWindow) -> str:
    return window.guide_shelf.standing.standing.text()


def test_open_guide_copies_it_in_switches_to_it_and_says_verified(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path) -> None:
    before = bundled_digest()
    key = generate_key()
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "trusted-keys.txt").write_text(f"{key.public.text} Example Coalition\n")
    source = edition(tmp_path / "usb", mini_pack, "2026-10-01", "Coalition Guide")
    signature_path(source).write_text(sign_file(source, key).file_text())
    window.guide_shelf.take_in(source)
    qtbot.waitUntil(lambda: len(window.guide_shelf.windows) == 1)
    other = window.guide_shelf.windows[0]
    assert other.guide_title == "Coalition Guide"
    assert other.pack.path.parent == data_dir / "guides"  # a copy: the stick can go
    assert standing(other) == "Verified: Example Coalition"
    assert not other.guide_shelf.standing.stale.isVisible()
    assert bundled_digest() == before


def test_a_bad_signature_is_refused_with_an_explanation(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path) -> None:
    key = generate_key()
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "trusted-keys.txt").write_text(f"{key.public.text} Example Coalition\n")
    source = edition(tmp_path / "usb", mini_pack, "2026-10-01", "Coalition Guide")
    signature_path(source).write_text(sign_file(source, key).file_text())
    with sqlite3.connect(source) as connection:  # a swapped hotline number after signing
        connection.execute("UPDATE phone SET number = '1-900-555-0666'")
    connection.close()
    window.guide_shelf.take_in(source)
    message = window.guide_shelf.message
    assert message is not None and message.isVisible()
    assert message.icon() is QMessageBox.Icon.Critical
    assert "refused" in message.text() and "changed after" in message.informativeText()
    assert window.guide_shelf.windows == []
    assert [e.record.origin for e in Library(data_dir, paths.default_pack_path()).entries()
            if e.record.origin != "bundled"] == []
    message.close()


def test_the_guides_window_lists_switches_removes_and_survives_a_restart(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path) -> None:
    before = bundled_digest()
    for title in ("Alpha Guide", "Beta Guide"):
        window.guide_shelf.take_in(edition(tmp_path / "usb", mini_pack, "2026-10-01", title))
    qtbot.waitUntil(lambda: len(window.guide_shelf.windows) == 2)
    guides = window.guide_shelf.show_guides()
    qtbot.addWidget(guides)
    titles = [guides.list.topLevelItem(i).text(0) for i in range(guides.list.topLevelItemCount())]
    assert [t for t in titles if t.endswith("Guide") and t != "Test Guide"] == ["Alpha Guide", "Beta Guide"]

    # A restart: a new window over the same data folder lists the same guides.
    restarted = GuidesWindow(Library(data_dir, paths.default_pack_path()))
    qtbot.addWidget(restarted)
    assert [restarted.list.topLevelItem(i).text(0) for i in range(restarted.list.topLevelItemCount())] == titles

    beta = next(guides.list.topLevelItem(i) for i in range(len(titles)) if titles[i] == "Beta Guide")
    guides.list.setCurrentItem(beta)
    with qtbot.waitSignal(guides.open_requested):
        guides.open_button.click()
    assert window.guide_shelf.windows[-1].guide_title == "Beta Guide"

    guides.list.setCurrentItem(beta)
    guides.remove_button.click()
    assert guides.message is not None
    guides.message.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Beta Guide" not in [guides.list.topLevelItem(i).text(0)
                                                 for i in range(guides.list.topLevelItemCount())])
    assert not list((data_dir / "guides").glob("beta-guide*"))
    assert bundled_digest() == before
    bundled_rows = [guides.list.topLevelItem(i) for i in range(guides.list.topLevelItemCount())
                    if guides.list.topLevelItem(i).text(4) == "comes with the app"]
    for row in bundled_rows:  # the bundled guide cannot be removed
        guides.list.setCurrentItem(row)
        assert not guides.remove_button.isEnabled()


def test_an_unsigned_guide_says_not_verified_and_an_old_one_says_check_for_a_newer_edition(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path) -> None:
    window.guide_shelf.take_in(edition(tmp_path / "usb", mini_pack, "2024-05-01", "Old Guide"))
    qtbot.waitUntil(lambda: len(window.guide_shelf.windows) == 1)
    old = window.guide_shelf.windows[0]
    assert standing(old) == "Not verified"
    notice = old.guide_shelf.standing.stale
    assert notice.isVisible() and notice.text() == "Phone numbers may have changed; check for a newer edition"


def test_an_imported_guide_says_made_on_this_computer_from_its_file(
        qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    from support import open_window

    made = data_dir / "imports" / "county.pack"
    made.parent.mkdir(parents=True)
    made.write_bytes(mini_pack.read_bytes())
    Library(data_dir, paths.default_pack_path()).note_import(made, Path("/media/usb/county-directory.zip"))
    with open_window(qtbot, made, data_dir) as imported:
        assert standing(imported) == "Made on this computer from county-directory.zip"


def test_the_bundled_guide_says_so_from_the_first_frame(qtbot: QtBot, mini_pack: Path, data_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from guide.store import Pack
    from guide.userdata.settings import Settings

    monkeypatch.setattr(paths, "default_pack_path", lambda: mini_pack)
    with Pack.open(mini_pack) as pack:
        window = MainWindow(pack, Settings(data_dir))
        qtbot.addWidget(window)
        assert window.status_labels.standing.text() == "Comes with the app"  # built, not yet painted
        with qtbot.waitExposed(window):
            window.show()
        assert standing(window) == "Comes with the app"  # the library says the same once it has loaded
        window.close()
