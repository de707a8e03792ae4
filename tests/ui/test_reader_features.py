"""What people expect of a reader (issue #17): an appearance for the whole app and its articles,
a bookmarks manager, "forget everything this app keeps", and a discreet window title. Each is
driven through the real window and checked in what it shows and in the settings file it leaves."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from support import answer_modals, open_window, select_node

from guide.location import Location
from guide.store import Pack
from guide.ui import theme
from guide.ui.bookmarks_manager import BookmarksManager
from guide.ui.window import MainWindow

Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def _system_appearance_after() -> Iterator[None]:
    """The palette is the application's: each test leaves it as the other tests expect it."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_appearance(app, theme.SYSTEM)


def choose(window: MainWindow, appearance: str) -> None:
    window.appearance.menu.aboutToShow.emit()
    action = next(a for a in window.appearance.menu.actions() if a.data() == appearance)
    action.trigger()


def article_colours(window: MainWindow) -> tuple[str, str]:
    """The text and link colours the article's default style sheet gives, read back from the document."""
    sheet = window.router.page("article").browser.document().defaultStyleSheet()
    text = sheet.split("body { color: ")[1].split(";")[0]
    link = sheet.split("a { color: ")[1].split(";")[0]
    return text, link


def test_the_appearance_menu_offers_the_four_choices_system_first(window: MainWindow) -> None:
    window.appearance.menu.aboutToShow.emit()
    names = [a.text() for a in window.appearance.menu.actions()]
    assert names == ["Same as the system", "Light", "Dark", "High contrast"]
    assert [a.isChecked() for a in window.appearance.menu.actions()] == [True, False, False, False]
    assert window.appearance.menu.menuAction() in window.menus.view.actions()


@pytest.mark.parametrize("appearance, window_colour, text, link", [
    ("dark", "#202124", "#e8eaed", "#8ab4f8"),
    ("high-contrast", "#000000", "#ffffff", "#ffff00"),
    ("light", "#efefef", "#000000", "#0000ff"),
])
def test_an_appearance_applies_to_the_whole_app_and_the_article(qtbot: QtBot, window: MainWindow, appearance: str,
                                                                window_colour: str, text: str, link: str) -> None:
    browser = window.router.page("article").browser
    choose(window, appearance)
    assert QApplication.palette().color(Role.Window).name() == window_colour
    qtbot.waitUntil(lambda: window.palette().color(Role.Window).name() == window_colour)
    assert browser.viewport().palette().color(Role.Base).name() == QApplication.palette().color(Role.Base).name()
    qtbot.waitUntil(lambda: article_colours(window) == (text, link))
    assert browser.toPlainText().startswith("Introduction to trafficking")  # shown again in its new styles
    select_node(window, "Signs")  # another article, built after the choice, has them too
    assert article_colours(window) == (text, link)


def test_the_appearance_is_remembered_for_the_next_start(qtbot: QtBot, window: MainWindow, mini_pack: Path,
                                                         data_dir: Path) -> None:
    choose(window, "dark")
    assert json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["appearance"] == "dark"
    window.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_appearance(app, theme.SYSTEM)  # as a new process starts
    assert QApplication.palette().color(Role.Window).name() != "#202124"
    with open_window(qtbot, mini_pack, data_dir) as again:
        assert QApplication.palette().color(Role.Window).name() == "#202124"
        assert article_colours(again)[0] == "#e8eaed"
        again.appearance.menu.aboutToShow.emit()
        assert [a.data() for a in again.appearance.menu.actions() if a.isChecked()] == ["dark"]
        choose(again, "system")
        assert "appearance" not in json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
        assert QApplication.palette().color(Role.Window).lightness() >= 128  # offscreen is never dark


def test_high_contrast_recolours_quick_exit_and_back(window: MainWindow) -> None:
    button = window.toolbar.quick_exit_button
    choose(window, "high-contrast")
    assert "yellow" in button.styleSheet()
    choose(window, "light")
    assert "#b3261e" in button.styleSheet() and "yellow" not in button.styleSheet()


def test_high_contrast_frames_fields_and_shows_their_focus(qtbot: QtBot, window: MainWindow) -> None:
    """Fusion draws a field's frame a shade darker than the window: on black, none at all."""
    field = window.search_field

    def grab() -> QImage:
        QApplication.processEvents()
        return field.grab().toImage()

    choose(window, "high-contrast")
    window.tree.setFocus()
    qtbot.waitUntil(lambda: not field.hasFocus())
    unfocused = grab()
    assert unfocused.pixelColor(0, unfocused.height() // 2).name() == "#ffffff"  # a white frame
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert grab().pixelColor(0, unfocused.height() // 2).name() == "#ffff00"  # yellow where the focus is
    choose(window, "dark")
    assert QApplication.instance().styleSheet() == ""  # type: ignore[union-attr]


# -- the bookmarks manager -------------------------------------------------------------------------

def open_manager(window: MainWindow) -> BookmarksManager:
    window.menus.bookmarks.aboutToShow.emit()  # the menu bar's Bookmarks menu, as a click fills it
    entry = next(a for a in window.menus.bookmarks.actions() if a.text() == "&Manage bookmarks…")
    entry.trigger()
    manager = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BookmarksManager) and w.isVisible())
    return manager


def bookmark(window: MainWindow, title: str) -> None:
    select_node(window, title)
    window.commands.bookmark.trigger()


def test_the_manager_lists_opens_and_removes_bookmarks(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    for title in ("Introduction", "Signs", "Glossary"):
        bookmark(window, title)
    manager = open_manager(window)
    assert manager.titles() == ["Introduction", "Signs", "Glossary"]
    assert not manager.empty.isVisible()

    manager.list.setCurrentRow(1)
    manager.remove_button.click()
    assert manager.titles() == ["Introduction", "Glossary"]
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["bookmarks"]
    assert [b["title"] for b in saved] == ["Introduction", "Glossary"]
    assert window.commands.bookmark.isChecked()  # Glossary, shown now, is still bookmarked

    manager.list.setCurrentRow(1)  # Glossary, which is shown: the toolbar's toggle follows its removal
    qtbot.keyClick(manager.list, Qt.Key.Key_Delete)
    assert manager.titles() == ["Introduction"]
    assert not window.commands.bookmark.isChecked()

    manager.list.setCurrentRow(0)
    manager.open_button.click()
    qtbot.waitUntil(lambda: not manager.isVisible())
    assert window.router.history.current == Location("article", "intro")


def test_the_manager_says_when_there_are_no_bookmarks(window: MainWindow) -> None:
    manager = open_manager(window)
    assert manager.titles() == [] and manager.empty.isVisible() and not manager.list.isVisible()
    assert not manager.open_button.isEnabled() and not manager.remove_button.isEnabled()
    manager.close()


# -- forget everything -----------------------------------------------------------------------------

def every_file(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_forget_everything_leaves_no_file_of_ours(qtbot: QtBot, window: MainWindow, data_dir: Path,
                                                  mini_pack: Path) -> None:
    bookmark(window, "Signs")
    window.view_scale.zoom_in()
    choose(window, "dark")
    # What else the app writes there: a damaged settings file set aside, a save cut short, the
    # publishers the user trusts, and the library of guides opened from files and imported.
    (data_dir / "settings.json.corrupt").write_text("{", encoding="utf-8")
    (data_dir / ".settings-abc.tmp").write_text("{", encoding="utf-8")
    (data_dir / "trusted-keys.txt").write_text("RWQ... Someone\n", encoding="utf-8")
    (data_dir / ".trusted-keys.txt-x1y2.tmp").write_text("RWQ", encoding="utf-8")
    for folder in ("guides", "imports"):
        (data_dir / folder).mkdir()
        (data_dir / folder / "local.pack").write_bytes(mini_pack.read_bytes())
        (data_dir / folder / "local.pack.record.json").write_text("{}", encoding="utf-8")
    assert len(every_file(data_dir)) == 11

    seen: list[object] = []

    def read_and_forget(box: QMessageBox) -> str:
        text = box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        next(b for b in box.buttons() if b.text() == "Forget everything").click()
        return text

    answer_modals(seen, (QMessageBox, read_and_forget))
    with qtbot.waitSignal(window.quit_requested, timeout=5000):
        next(a for a in window.menus.file.actions() if a.text() == "&Forget everything this app keeps…").trigger()
    question = str(seen[0])
    assert "bookmarks" in question and "publishers you chose to trust" in question
    assert "opened or imported on this computer: 2" in question and "The app then closes" in question
    assert every_file(data_dir) == [] and not data_dir.exists()
    assert not window.isVisible()  # closed as Quick exit closes


def test_forget_everything_keeps_what_is_not_ours_and_cancel_keeps_all(qtbot: QtBot, window: MainWindow,
                                                                       data_dir: Path) -> None:
    bookmark(window, "Signs")
    (data_dir / "my notes.txt").write_text("not the app's", encoding="utf-8")
    forget = next(a for a in window.menus.file.actions() if a.text() == "&Forget everything this app keeps…")
    seen: list[object] = []
    answer_modals(seen, (QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click()))
    forget.trigger()
    assert every_file(data_dir) == ["my notes.txt", "settings.json"] and window.settings.bookmarks

    answer_modals(seen, (QMessageBox, lambda box: next(b for b in box.buttons()
                                                        if b.text() == "Forget everything").click()))
    with qtbot.waitSignal(window.quit_requested, timeout=5000):
        forget.trigger()
    assert every_file(data_dir) == ["my notes.txt"]
    assert window.settings.bookmarks == ()


# -- the discreet title ----------------------------------------------------------------------------

def test_a_discreet_title_names_the_guide_and_never_the_page(qtbot: QtBot, window: MainWindow, mini_pack: Path,
                                                             data_dir: Path) -> None:
    guide = window.guide_title
    select_node(window, "About")
    assert window.windowTitle() == f"About — {guide}"
    window.menus.view.aboutToShow.emit()
    assert not window.title.action.isChecked()
    window.title.action.trigger()  # View > Discreet title
    assert window.windowTitle() == guide
    select_node(window, "Links")
    assert window.windowTitle() == guide
    window.set_language("es")  # retitled in another language, still without the page
    assert window.windowTitle() == window.guide_title
    window.set_language("en")
    assert json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["discreet_title"] is True
    window.close()
    with open_window(qtbot, mini_pack, data_dir) as again:
        select_node(again, "About")
        assert again.windowTitle() == guide and again.title.action.isChecked()
        again.title.action.trigger()
        assert again.windowTitle() == f"About — {guide}"


def test_a_discreet_title_applies_to_every_window_at_once(qtbot: QtBot, window: MainWindow, mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        other = MainWindow(pack, window.settings)  # as File > Guides… opens another guide
        qtbot.addWidget(other)
        other.go(Location("article", "signs"))
        assert other.windowTitle() == f"Signs — {other.guide_title}"
        window.title.action.trigger()
        assert other.windowTitle() == other.guide_title and other.title.action.isChecked()
        other.close()
