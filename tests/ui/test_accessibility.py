"""What a screen reader reads (issue #17), through Qt's accessibility interface (QAccessible), the
tree AT-SPI, UI Automation and VoiceOver are fed from: every control named by its purpose, no
markup in a name, the hotline number readable; focus visible on Quick exit; where focus starts;
find in page; the shortcuts list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot
from support import select_node

from guide.location import Location
from guide.store import Pack
from guide.ui import theme
from guide.ui.window import MainWindow

Role = QAccessible.Role
# Controls a user operates or reads: each must say what it is for.
CONTROLS = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
            Role.ButtonMenu, Role.ButtonDropDown, Role.Table, Role.Tree, Role.List, Role.ColumnHeader,
            Role.PageTab, Role.Slider, Role.Link}
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&[a-z]+;")


def accessible_tree(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """Every visible interface under ``interface`` (items of long tables and trees included)."""
    if not interface.isValid() or interface.state().invisible or depth > 40:
        return
    yield interface
    for index in range(min(interface.childCount(), 400)):
        child = interface.child(index)
        if child is not None:
            yield from accessible_tree(child, depth + 1)


def window_tree(window: MainWindow) -> list[QAccessibleInterface]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    return list(accessible_tree(root))


def describe(interface: QAccessibleInterface) -> str:
    widget = interface.object()
    return f"{interface.role().name} {type(widget).__name__} {interface.text(QAccessible.Text.Name)!r}"


def problems(window: MainWindow) -> set[str]:
    found = set()
    for interface in window_tree(window):
        name = interface.text(QAccessible.Text.Name)
        if interface.role() in CONTROLS and not name.strip():
            found.add(f"unnamed: {describe(interface)}")
        if MARKUP.search(name) or MARKUP.search(interface.text(QAccessible.Text.Description)):
            found.add(f"markup: {describe(interface)}")
    return found


def visit_every_page(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    yield "article"
    window.commands.find.trigger()  # the find bar's controls too
    yield "article with find bar"
    select_node(window, "Organizations")
    window.router.page("organizations").table.selectRow(1)  # with its detail pane
    yield "Organizations"
    for title in ("Links", "About"):
        select_node(window, title)
        yield title
    qtbot.keyClicks(window.search_field, "trafficking")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.router.page("search"))
    yield "search"


@pytest.fixture(autouse=True)
def _accessibility_on() -> Iterator[None]:
    QAccessible.setActive(True)  # as when a screen reader is running: the tree is then kept up to date
    yield
    QAccessible.setActive(False)


def test_every_control_of_ours_is_named_and_no_name_has_markup(qtbot: QtBot, window: MainWindow) -> None:
    found: dict[str, set[str]] = {}
    for page in visit_every_page(qtbot, window):
        found[page] = problems(window)
    assert not {page: issues for page, issues in found.items() if issues}


def test_the_hotline_number_and_the_banner_are_read_in_words(window: MainWindow, mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        hotline = pack.hotline()
    names = [interface.text(QAccessible.Text.Name) for interface in window_tree(window)]
    assert any(hotline.phone in name and hotline.name in name for name in names)
    assert any(hotline.text in name for name in names)
    assert f"In immediate danger? Call {hotline.emergency}." in names  # the words, not "<b>…</b>"
    assert not [name for name in names if "<b>" in name]


def test_the_contents_tree_has_a_real_header(window: MainWindow) -> None:
    tree = QAccessible.queryAccessibleInterface(window.tree)
    assert tree is not None
    headers = [tree.child(i).text(QAccessible.Text.Name) for i in range(tree.childCount())
               if tree.child(i).role() == Role.ColumnHeader]
    assert headers == ["Contents"]


def test_the_clear_buttons_inside_fields_say_what_they_clear(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "legal")  # the clear button shows once there is text
    field = QAccessible.queryAccessibleInterface(window.search_field)
    assert field is not None
    buttons = [interface for interface in window_tree(window) if interface.role() == Role.PushButton
               and interface.object() is not None and interface.object().parent() is window.search_field]
    assert [button.text(QAccessible.Text.Name) for button in buttons] == ["Clear the search"]


def clear_button_names(window: MainWindow, field: QLineEdit) -> list[str]:
    return [interface.text(QAccessible.Text.Name) for interface in window_tree(window)
            if interface.role() == Role.PushButton and interface.object() is not None
            and interface.object().parent() is field]


def test_the_directory_filters_clear_buttons_say_what_they_clear_in_each_language(qtbot: QtBot,
                                                                                 window: MainWindow) -> None:
    window.go(Location("organizations", "all"))
    page = window.router.page("organizations")
    qtbot.keyClicks(page.text, "legal")
    qtbot.keyClicks(page.zip_code, "9")
    assert clear_button_names(window, page.text) == ["Clear “Filter organizations by text”"]
    assert clear_button_names(window, page.zip_code) == ["Clear “Near ZIP code (not saved)”"]
    window.set_language("es")
    try:
        assert clear_button_names(window, page.text) == [f"Borrar «{page.text.accessibleName()}»"]
        assert page.text.accessibleName() != "Filter organizations by text"
    finally:
        window.set_language("en")


def _grab(window: MainWindow) -> QImage:
    QApplication.processEvents()
    return window.toolbar.quick_exit_button.grab().toImage()


@pytest.fixture
def appearance(request: pytest.FixtureRequest, window: MainWindow) -> Iterator[str]:
    """``window`` in the appearance the test is parametrized with (View > Appearance), then the system's again."""
    chosen = str(request.param)
    window.appearance.choose(chosen)
    yield chosen
    window.appearance.choose(theme.SYSTEM)


@pytest.mark.parametrize("appearance", theme.APPEARANCES, indirect=True)
def test_focus_on_quick_exit_is_visible(qtbot: QtBot, window: MainWindow, appearance: str) -> None:
    assert theme.chosen_appearance() == appearance
    button = window.toolbar.quick_exit_button
    window.search_field.setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus())
    unfocused = _grab(window)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    focused = _grab(window)
    assert focused.size() == unfocused.size()
    assert focused != unfocused


def test_focus_starts_in_the_search_field_and_quick_exit_is_one_shift_tab_away(qtbot: QtBot,
                                                                               window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClick(window.search_field, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.toolbar.quick_exit_button


def test_find_in_page_selects_each_match_and_escape_returns_to_the_article(qtbot: QtBot,
                                                                           window: MainWindow) -> None:
    page = window.router.page("article")
    text = page.browser.toPlainText()
    word = "trafficking"
    expected = text.lower().count(word)
    assert expected >= 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = page.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    # Made on this first Ctrl+F, its widgets still follow the article in the tab order.
    following, widget = [], page.browser.nextInFocusChain()
    while len(following) < 4:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            following.append(widget)
        widget = widget.nextInFocusChain()
    assert following == [bar.field, bar.previous_button, bar.next_button, bar.close_button]
    qtbot.keyClicks(bar.field, word)
    first = page.browser.textCursor()
    assert first.selectedText().lower() == word and bar.result.text() == f"1 of {expected}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    second = page.browser.textCursor()
    assert second.selectedText().lower() == word and second.selectionStart() > first.selectionStart()
    assert bar.result.text() == f"2 of {expected}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert page.browser.textCursor().selectionStart() == first.selectionStart()
    qtbot.keyClick(bar.field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(bar.field, "zzqx")
    assert bar.result.text() == "Not found" and not page.browser.textCursor().hasSelection()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and QApplication.focusWidget() is page.browser


def test_find_is_offered_on_articles_only_and_quick_exit_forgets_what_was_looked_for(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.router.page("article")
    window.commands.find.trigger()
    qtbot.keyClicks(page.find_bar.field, "secret words")
    select_node(window, "Links")
    assert not window.commands.find.isEnabled()
    with qtbot.waitSignal(window.quit_requested, timeout=1000):
        window.toolbar.quick_exit_button.click()
    assert page.find_bar.field.text() == "" and not page.find_bar.isVisible()


def test_the_shortcuts_list_shows_every_key_of_the_window(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(isinstance(w, QTableWidget) and w.isVisible() for w in QApplication.topLevelWidgets()
                                for w in [w, *w.findChildren(QTableWidget)]))
    table = next(t for w in QApplication.topLevelWidgets() for t in w.findChildren(QTableWidget) if t.isVisible())
    listed = " ".join(table.item(row, 1).text() for row in range(table.rowCount()))
    for action in window.actions():
        for key in action.shortcuts():
            assert key.toString() in listed, action.text()
    assert "Shift three times" in " ".join(table.item(row, 1).text() for row in range(table.rowCount()))
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["Command", "Keys"]
    table.window().close()
