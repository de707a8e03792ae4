"""Privacy: use the app (search, pages, a bookmark), quick-exit, then look at every file the app or
Qt could have written (the data folder, HOME, the XDG folders, Qt's settings paths): no search
text and no page other than the bookmarked one is there, and Qt's settings hold nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support import ROOT, open_window

from guide.location import Location

SEARCHED = ("zqxprivateword", "coached")  # the second one finds the signs article
VISITED_NOT_BOOKMARKED = ("glossary", "Glossary", "kids-ny", "New York Child Safety", "links")


@pytest.fixture
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME, the XDG folders and Qt's settings paths all inside one folder the test can read back."""
    home = tmp_path / "home"
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    monkeypatch.setenv("GUIDE_DATA_DIR", str(home / ".local/share/trafficking-guide"))
    return home


def every_file(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_quick_exit_leaves_no_search_and_no_page_behind(qtbot: QtBot, mini_pack: Path, private_home: Path) -> None:
    data = private_home / ".local/share/trafficking-guide"
    with open_window(qtbot, mini_pack, data) as window:
        for word in SEARCHED:
            window.focus_search()
            qtbot.keyClicks(window.search_field, word)
            qtbot.waitUntil(lambda word=word: window.router.page("search").summary.text().endswith(f"“{word}”"))
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # opens "Recognizing the signs"
        assert window.router.page("article").slug == "signs"
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # the one page kept
        for location in (Location("article", "glossary"), Location("organization", "kids-ny"), Location("links", "all")):
            assert window.go(location)
        window.toolbar.quick_exit_button.click()

        assert not window.isVisible()
        assert window.router.history.current is None and not window.router.history.can_go_back()
        assert window.search_field.text() == "" and window.router.page("search").hits() == []
        assert window.router.page("article").slug == "" and window.router.page("article").browser.toPlainText() == ""
        assert window.router.page("organizations").detail.organization is None

    files = every_file(private_home)
    assert list(files) == [data / "settings.json"]  # nothing else was written anywhere
    for path, content in files.items():
        text = content.decode("utf-8", errors="replace")
        for secret in SEARCHED + VISITED_NOT_BOOKMARKED:
            assert secret not in text and secret not in str(path), (path, secret)
    assert "signs" in files[data / "settings.json"].decode("utf-8")  # the bookmark is kept, as asked

    assert QSettings().allKeys() == []  # Qt's own settings for the app hold nothing
    assert QSettings(QApplication.organizationName(), QApplication.applicationName()).allKeys() == []


def test_qt_file_dialog_history_is_kept_off_disk(qtbot: QtBot, private_home: Path) -> None:
    """Qt's own file dialog remembers recent folders in QtProject.conf; the app sends that to a
    folder that is deleted at exit, so where a fact sheet was saved leaves no trace in HOME."""
    from PySide6.QtWidgets import QFileDialog

    from guide.ui.app import application, keep_qt_state_off_disk

    application()  # the fixture pointed Qt's settings at HOME; the app must take them away again
    scratch = keep_qt_state_off_disk()
    secret = private_home / "my-secret-folder"
    secret.mkdir()
    dialog = QFileDialog(None, "Export", str(secret))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reject()
    del dialog  # its destructor writes Qt's file-dialog state
    QApplication.processEvents()
    in_home = [p for p, data in every_file(private_home).items() if b"my-secret-folder" in data]
    assert in_home == []
    assert any(b"my-secret-folder" in data for data in every_file(scratch).values())  # it went here instead


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("stop, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_signal_quits_cleanly_and_leaves_no_temporary_folder(mini_pack: Path, tmp_path: Path,
                                                                      stop: signal.Signals, status: int) -> None:
    """Log-out sends SIGTERM, Ctrl+C in a terminal SIGINT: the window closes as by its own Quit, and
    the folder kept for Qt's settings is removed (killed outright, it stayed, telling that the guide ran)."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temporary), GUIDE_DATA_DIR=str(tmp_path / "data"),
               QT_LOGGING_RULES="qt.widgets.painting.debug=true")
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--pack", str(mini_pack)], cwd=ROOT, env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    shown = threading.Event()

    def read_log() -> None:  # read all of it, so that a full pipe never blocks the app
        assert app.stderr is not None
        for line in app.stderr:
            if "Flushing" in line:  # the first frame is on screen
                shown.set()

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()
    try:
        assert shown.wait(timeout=60)
        assert [p.name for p in temporary.iterdir()][0].startswith("guide-qt-")
        app.send_signal(stop)
        assert app.wait(timeout=30) == status
    finally:
        if app.poll() is None:
            app.kill()
        app.wait()
        reader.join(timeout=10)
    assert list(temporary.iterdir()) == []
