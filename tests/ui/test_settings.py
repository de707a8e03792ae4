"""Zoom, presentation mode and bookmarks survive a restart; nothing else is written."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import open_window

from guide.location import Location
from guide.ui.router import History
from guide.userdata.settings import FILE_NAME, Settings


def test_zoom_and_bookmarks_survive_a_restart(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, mini_pack, data_dir) as window:
        normal = window.router.page("article").browser.font().pointSizeF()
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert window.settings.zoom == 125
        assert window.router.page("article").browser.font().pointSizeF() > normal
        window.go(Location("article", "signs"))
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert window.commands.bookmark.isChecked()
        window.go(Location("organization", "texas-line"))
        window.commands.bookmark.trigger()

    with open_window(qtbot, mini_pack, data_dir) as window:
        assert window.settings.zoom == 125
        assert window.router.page("article").browser.font().pointSizeF() == normal * 1.25
        assert window.router.page("article").slug == "intro"  # the last page is not remembered
        window.bookmarks.menu.aboutToShow.emit()
        entries = [a.text() for a in window.bookmarks.menu.actions() if not a.isSeparator()]
        assert entries[1:] == ["&Manage bookmarks…", "Signs", "Texas Crisis Line"]
        next(a for a in window.bookmarks.menu.actions() if a.text() == "Texas Crisis Line").trigger()
        assert window.router.page("organizations").detail.organization.key == "texas-line"  # type: ignore[union-attr]
        assert window.commands.bookmark.isChecked()
        window.commands.bookmark.trigger()  # remove it again
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)

    saved = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["zoom"] == 110
    assert [b["title"] for b in saved["bookmarks"]] == ["Signs"]
    assert set(saved) == {"zoom", "presentation", "bookmarks"}  # no history, no searches, no last page


def test_searches_and_pages_are_never_written(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, mini_pack, data_dir) as window:
        qtbot.keyClicks(window.search_field, "secretword")
        qtbot.waitUntil(lambda: window.router.page("search").summary.text().endswith("“secretword”"))
        window.go(Location("article", "glossary"))
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    written = "".join(p.read_text(encoding="utf-8") for p in data_dir.iterdir())
    assert "secretword" not in written and "glossary" not in written


def test_presentation_mode_is_remembered(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, mini_pack, data_dir) as window:
        window.view_scale.toggle_presentation()
    with open_window(qtbot, mini_pack, data_dir) as window:
        assert window.settings.presentation
        window.view_scale.show_as_saved()
        assert window.isFullScreen() and window.commands.presentation.isChecked()


def test_a_corrupt_settings_file_is_moved_aside_with_a_message(qtbot: QtBot, mini_pack: Path,
                                                               data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / FILE_NAME).write_text('{"zoom": 150, "bookm', encoding="utf-8")
    with open_window(qtbot, mini_pack, data_dir) as window:
        assert window.settings.zoom == 100
        assert "moved aside" in window.statusBar().currentMessage()
    assert (data_dir / (FILE_NAME + ".corrupt")).read_text(encoding="utf-8") == '{"zoom": 150, "bookm'


def test_saving_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.set_zoom(150)
    settings.add_bookmark("Intro", Location("article", "intro"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]
    reloaded = Settings(tmp_path)
    assert reloaded.zoom == 150 and reloaded.is_bookmarked(Location("article", "intro"))
    assert not reloaded.problem


def test_unknown_zoom_snaps_to_a_step_and_odd_bookmarks_are_dropped(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text(json.dumps({"zoom": 133, "bookmarks": [
        {"title": "x", "location": {"kind": "folder", "target": "3"}},
        {"title": "y", "location": {"kind": "links", "target": "all"}}]}), encoding="utf-8")
    settings = Settings(tmp_path)
    assert settings.zoom == 125
    assert [b.title for b in settings.bookmarks] == ["y"]


def test_history_back_and_forward() -> None:
    history = History()
    a, b, c = (Location("article", slug) for slug in "abc")
    for location in (a, b, b, c):
        history.visit(location)
    assert history.back() == b and history.back() == a and history.back() is None
    assert history.forward() == b
    history.visit(a)
    assert not history.can_go_forward() and history.back() == b
