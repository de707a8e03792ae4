"""Bad packs in the window: a dialog that explains and offers another pack, never a crash.

``run()`` is driven end to end (its real dialogs answered as a user would); a pack that breaks while
the window is open must give readable messages as the user goes on, with no exception reaching Qt
(pytest-qt fails a test on any exception raised in a slot or a Qt virtual method).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from support import answer_modals, open_window

from guide.content import build_pack
from guide.location import Location
from guide.ui import app as app_module
from guide.ui.app import application, run
from guide.ui.pack_problem import PackProblemDialog
from guide.ui.window import MainWindow


def copy_of(pack: Path, folder: Path, name: str = "guide.pack") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(pack, folder / name))


def missing(path: Path, _good: Path) -> None:
    pass


def a_folder(path: Path, _good: Path) -> None:
    path.mkdir()


def zero_bytes(path: Path, _good: Path) -> None:
    path.write_bytes(b"")


def random_bytes(path: Path, _good: Path) -> None:
    path.write_bytes(random.Random(6).randbytes(64 * 1024))


def truncated(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes()[: good.stat().st_size * 3 // 10])


def another_database(path: Path, _good: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()


def newer_schema(path: Path, good: Path) -> None:
    shutil.copyfile(good, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    connection.close()


BAD_PACKS: list[tuple[Callable[[Path, Path], None], str]] = [
    (missing, "not found"),
    (a_folder, "folder"),
    (zero_bytes, "empty (0 bytes)"),
    (random_bytes, "not"),
    (truncated, "malformed"),
    (another_database, "not a guide pack"),
    (newer_schema, "update the app"),
]


def run_and_answer(qtbot: QtBot, pack: Path, *steps: tuple[type[QWidget], Callable[[QWidget], object]]
                   ) -> tuple[int, list[object], dict[str, object]]:
    """``run(pack)`` as ``python main.py`` does; answer ``steps``; once the window is up, note it and quit."""
    application()
    seen: list[object] = []
    window_facts: dict[str, object] = {}
    answer_modals(seen, *steps)

    def quit_when_the_window_is_up() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            return
        watcher.stop()
        window = windows[0]
        window_facts.update(title=window.windowTitle(), page=window.router.page("article").slug,
                            icon=not window.windowIcon().isNull())
        window.toolbar.quick_exit_button.click()  # quits through run()'s own connection

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(quit_when_the_window_is_up)
    watcher.start()
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(QApplication.quit)  # a step that never came must not hang the suite
    give_up.start(20_000)
    try:
        code = run(pack)
    finally:
        watcher.stop()
        give_up.stop()
    return code, seen, window_facts


def read_and_choose(dialog: PackProblemDialog) -> str:
    text = dialog.informativeText()
    assert dialog.choose_button.text() == "Choose another pack…"
    dialog.choose_button.click()
    return text


def read_and_close(dialog: PackProblemDialog) -> str:
    text = dialog.informativeText()
    dialog.close_button.click()
    return text


def pick(path: Path) -> Callable[[QWidget], object]:
    def act(dialog: QWidget) -> str:
        assert isinstance(dialog, QFileDialog)
        # Typed as a user would: selectFile() leaves a focused name field as it is.
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()
        return "picked"

    return act


@pytest.mark.parametrize(("make", "says"), BAD_PACKS, ids=[make.__name__ for make, _ in BAD_PACKS])
def test_a_bad_pack_explains_and_choosing_a_good_one_opens_the_window(
        qtbot: QtBot, tmp_path: Path, mini_pack: Path, data_dir: Path,
        make: Callable[[Path, Path], None], says: str) -> None:
    bad = tmp_path / "bad" / "guide.pack"
    bad.parent.mkdir()
    make(bad, mini_pack)
    good = copy_of(mini_pack, tmp_path / "elsewhere")

    code, seen, window = run_and_answer(qtbot, bad, (PackProblemDialog, read_and_choose), (QFileDialog, pick(good)))

    message = str(seen[0])
    assert says in message and str(bad) in message
    assert "Traceback" not in message and len(message.split("\n\n")[0].splitlines()) == 1
    assert seen[1] == "picked"
    assert code == 0
    assert window == {"title": "Introduction — Test Guide", "page": "intro", "icon": True}


def test_closing_the_problem_dialog_ends_without_a_window(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    bad = tmp_path / "guide.pack"
    random_bytes(bad, bad)
    code, seen, window = run_and_answer(qtbot, bad, (PackProblemDialog, read_and_close))
    assert code == 1 and str(bad) in str(seen[0]) and window == {}


def test_a_pack_that_is_bad_again_asks_again(qtbot: QtBot, tmp_path: Path, mini_pack: Path, data_dir: Path) -> None:
    first, second = tmp_path / "a.pack", tmp_path / "b.pack"
    zero_bytes(first, mini_pack)
    truncated(second, mini_pack)
    code, seen, window = run_and_answer(
        qtbot, first, (PackProblemDialog, read_and_choose), (QFileDialog, pick(second)),
        (PackProblemDialog, read_and_choose), (QFileDialog, pick(mini_pack)))
    assert "empty" in str(seen[0]) and "malformed" in str(seen[2])
    assert code == 0 and window["page"] == "intro"


def test_a_pack_on_read_only_media_opens_and_nothing_is_written_beside_it(
        qtbot: QtBot, tmp_path: Path, mini_pack: Path, data_dir: Path) -> None:
    media = tmp_path / "cdrom"
    pack = copy_of(mini_pack, media)
    pack.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    media.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    try:
        code, seen, window = run_and_answer(qtbot, pack)
    finally:
        media.chmod(stat.S_IRWXU)
    assert code == 0 and seen == [] and window["page"] == "intro"
    assert os.listdir(media) == ["guide.pack"]


def test_the_window_has_the_application_icon(qtbot: QtBot, mini_pack: Path, data_dir: Path) -> None:
    assert app_module.app_icon().availableSizes()  # the PNGs were found
    with open_window(qtbot, mini_pack, data_dir) as window:
        assert not window.windowIcon().isNull()
        assert not QApplication.windowIcon().isNull()


# -- a pack that changes while the window is open ---------------------------------------------

def delete(path: Path) -> None:
    path.unlink()


def overwrite_with_noise(path: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(path.stat().st_size))


def replace_with_another_database(path: Path) -> None:
    path.unlink()
    another_database(path, path)


def truncate_in_place(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(4096)


def problem_shown(window: MainWindow) -> str:
    """What the user can read about a failure: the message page if it is up, and the status bar."""
    message = window.message_page
    page = message.text() if message is not None and window.pages.currentWidget() is message else ""
    return f"{page} | {window.statusBar().currentMessage()}"


def forget_messages(window: MainWindow) -> None:
    if window.message_page is not None:
        window.message_page.clear()
    window.statusBar().clearMessage()


def menu_action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def select_node(window: MainWindow, title: str) -> None:
    model = window.menu_model
    matches = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, title, 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    window.tree.setCurrentIndex(matches[0])


@pytest.mark.parametrize("change", [delete, overwrite_with_noise, replace_with_another_database, truncate_in_place],
                         ids=["deleted", "noise", "other database", "truncated"])
def test_a_pack_changed_under_the_open_window_gives_messages_not_exceptions(
        qtbot: QtBot, tmp_path: Path, mini_sources: Path, data_dir: Path, change: Callable[[Path], None]) -> None:
    # The glossary is left out of the menu, so its title can only come from the pack (Ctrl+D needs it).
    guide_yaml = mini_sources / "guide.yaml"
    guide_yaml.write_text(guide_yaml.read_text(encoding="utf-8").replace(
        "      - title: Glossary\n        article: glossary\n", "      - title: Signs again\n        article: signs\n"),
        encoding="utf-8")
    pack = build_pack(mini_sources, tmp_path / "live.pack").path
    with open_window(qtbot, pack, data_dir) as window:
        for title in ("Signs", "Organizations", "Links"):
            select_node(window, title)
        window.go(Location("article", "glossary"))
        qtbot.keyClicks(window.search_field, "hotline")
        qtbot.waitUntil(lambda: window.router.page("search").hits() != [])
        hit = window.router.page("search").hits()[0]

        change(pack)
        name = pack.name

        window.commands.bookmark.trigger()  # the title of a page outside the menu
        assert window.settings.bookmarks[0].title == "Glossary"
        for title in ("Introduction", "Signs", "Legal help", "Links"):
            forget_messages(window)
            select_node(window, title)
            assert name in problem_shown(window), title
        for step in (lambda: window.go(Location("organization", "texas-line")), window.commands.back.trigger,
                     lambda: window.searching.open_hit(hit), menu_action(window, "About this guide").trigger):
            forget_messages(window)
            step()
            assert name in problem_shown(window)

        forget_messages(window)
        for language in ("es", "en"):  # back to English: the interface language is the whole app's
            next(a for a in window.commands.languages.actions() if a.data() == language).trigger()
            assert name in problem_shown(window)

        window.search_field.clear()
        forget_messages(window)
        qtbot.keyClicks(window.search_field, "legal")
        qtbot.waitUntil(lambda: name in window.statusBar().currentMessage())

        select_node(window, "Organizations")
        seen: list[object] = []

        def read(box: QWidget) -> str:
            assert isinstance(box, QMessageBox)
            text = box.text()
            box.accept()
            return text

        answer_modals(seen, (QMessageBox, read))
        window.commands.export.trigger()
        assert name in str(seen[0]) and "could not be made" in str(seen[0])
        assert window.isVisible()
