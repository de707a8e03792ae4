"""A pack that cannot be opened gives a dialog that explains it and offers another file, not a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guide.ui.app import application, open_pack_interactively
from guide.ui.pack_problem import PackProblemDialog


def answer_dialog(choose: bool, seen: list[str]) -> None:
    """When the problem dialog is up, record what it says and press one of its buttons."""
    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PackProblemDialog):
            QTimer.singleShot(20, press)
            return
        seen.append(dialog.informativeText())
        (dialog.choose_button if choose else dialog.close_button).click()

    QTimer.singleShot(0, press)


@pytest.fixture
def empty_pack(tmp_path: Path) -> Path:
    path = tmp_path / "empty.pack"
    path.write_bytes(b"")
    return path


def test_an_empty_pack_explains_and_another_pack_can_be_chosen(qtbot: QtBot, empty_pack: Path,
                                                               mini_pack: Path) -> None:
    application()
    seen: list[str] = []
    offered: list[Path] = []

    def choose_file(_parent: QWidget | None, start: Path) -> Path:
        offered.append(start)
        return mini_pack

    answer_dialog(choose=True, seen=seen)
    pack = open_pack_interactively(empty_pack, choose_file=choose_file)
    assert pack is not None
    try:
        assert pack.title == "Test Guide"
    finally:
        pack.close()
    assert "empty (0 bytes)" in seen[0]
    assert offered == [empty_pack.parent]


@pytest.mark.parametrize("content", [b"this is not a database", b"SQLite format 3\x00" + b"\x00" * 200])
def test_closing_the_dialog_gives_up_cleanly(qtbot: QtBot, tmp_path: Path, content: bytes) -> None:
    application()
    bad = tmp_path / "bad.pack"
    bad.write_bytes(content)
    seen: list[str] = []
    answer_dialog(choose=False, seen=seen)
    assert open_pack_interactively(bad, choose_file=lambda *_: pytest.fail("no file dialog expected")) is None
    assert seen and "Traceback" not in seen[0] and str(bad) in seen[0]


def test_a_missing_pack_that_the_user_does_not_replace(qtbot: QtBot, tmp_path: Path) -> None:
    application()
    seen: list[str] = []
    answer_dialog(choose=True, seen=seen)
    assert open_pack_interactively(tmp_path / "nowhere.pack", choose_file=lambda *_: None) is None
    assert "not found" in seen[0]


def test_following_the_colour_scheme_keeps_a_light_system_light() -> None:
    """After the first frame the app asks the system for its colour scheme (offscreen: none, so light),
    and changes the palette only if it must."""
    from PySide6.QtGui import QPalette

    from guide.ui.theme import follow_colour_scheme

    app = application()
    before = app.palette()
    follow_colour_scheme(app)
    assert app.palette() == before == app.style().standardPalette()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() >= 128


def test_the_dark_palette_is_taken_back_when_the_system_is_not_dark() -> None:
    """The guide sets its dark palette only while the system says dark (offscreen never does): a
    palette left from a dark spell gives way to the platform's own."""
    from PySide6.QtGui import QPalette

    from guide.ui.theme import apply_system_palette, dark_palette

    app = application()
    light = app.palette()
    app.setPalette(dark_palette())
    try:
        apply_system_palette(app)
        assert app.palette() == light
        assert app.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    finally:
        app.setPalette(QPalette())
