"""The main window driven through its real widgets on the mini fixture pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from support import click_link, link_point, select_node

from guide.location import Location
from guide.store import Pack
from guide.store.directory import OrganizationFilter
from guide.ui.richtext_delegate import HTML_ROLE
from guide.ui.window import MainWindow


def test_every_top_level_node_shows_its_page(window: MainWindow, mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        menu = pack.menu()
        expected_orgs = len(pack.organization_ids(OrganizationFilter()))
        intro_title = pack.article("intro").title  # type: ignore[union-attr]
        links = pack.links()
    shown = {}
    for node in menu:
        select_node(window, node.title)
        shown[node.kind] = window.pages.currentWidget()
        if node.kind == "article":
            assert window.pages.currentWidget() is window.router.page("article")
            assert window.router.page("article").browser.toPlainText().startswith(intro_title)
        elif node.kind == "organizations":
            assert window.pages.currentWidget() is window.router.page("organizations")
            assert window.router.page("organizations").model.rowCount() == expected_orgs
            assert window.router.page("organizations").count.text() == f"{expected_orgs} of {expected_orgs} organizations"
        elif node.kind == "links":
            assert window.pages.currentWidget() is window.router.page("links")
            assert window.router.page("links").model.rowCount() == len(links)
        else:
            assert window.pages.currentWidget() is window.router.page("folder")
            assert window.router.page("folder").model.rowCount() == len(node.children)
            assert window.router.page("folder").model.item(0).text() == node.children[0].title
        assert node.title in window.windowTitle()
    assert set(shown) == {"article", "organizations", "links", "folder"}


def test_typing_hotl_shows_the_hotline_and_enter_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClicks(window.search_field, "hotl")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.router.page("search"))
    qtbot.waitUntil(lambda: any(hit.title == "Test Hotline" for hit in window.router.page("search").hits()))
    groups = [window.router.page("search").model.item(row).text() for row in range(window.router.page("search").model.rowCount())]
    assert groups[0].startswith("Organizations")
    first = window.router.page("search").view.currentIndex()
    assert "<b>hotline</b>" in first.data(HTML_ROLE).lower()  # the snippet shows the match highlighted
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.router.page("organizations")
    assert window.router.page("organizations").detail.organization.name == "Test Hotline"  # type: ignore[union-attr]


def test_clearing_the_search_returns_to_the_page(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "legal")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.router.page("search"))
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.pages.currentWidget() is window.router.page("article")


def test_internal_links_navigate_and_back_forward_return(qtbot: QtBot, window: MainWindow) -> None:
    assert window.router.page("article").slug == "intro"
    assert not window.commands.back.isEnabled()
    click_link(qtbot, window, "guide:signs")
    assert window.router.page("article").slug == "signs"
    assert window.tree.currentIndex().data() == "Signs"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.router.page("article").slug == "intro"
    assert window.tree.currentIndex().data() == "Introduction"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.router.page("article").slug == "signs"
    window.commands.back.trigger()
    click_link(qtbot, window, "guide:org/hotline-one")
    assert window.pages.currentWidget() is window.router.page("organizations")
    assert window.router.page("organizations").detail.organization.key == "hotline-one"  # type: ignore[union-attr]
    assert not window.commands.forward.isEnabled()


def test_footnote_link_scrolls_inside_the_page(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 400)
    window.view_scale.zoom_in()
    window.view_scale.zoom_in()
    browser = window.router.page("article").browser
    point = link_point(window, "#fn:1")
    before = browser.verticalScrollBar().value()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert browser.verticalScrollBar().value() > before
    assert window.router.page("article").slug == "intro"
    assert window.pages.currentWidget() is window.router.page("article")
    assert window.router.history.current == Location("article", "intro")


def test_quick_exit_by_triple_shift_hides_at_once_and_forgets(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "legal")
    qtbot.waitUntil(lambda: window.router.page("search").model.rowCount() > 0)
    window.commands.back.trigger()
    handle = window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_Shift)
    qtbot.keyClick(handle, Qt.Key.Key_Shift)
    assert window.isVisible()
    with qtbot.waitSignal(window.quit_requested, timeout=1000):
        qtbot.keyClick(handle, Qt.Key.Key_Shift)
        assert not window.isVisible()  # hidden before anything else happens
    assert window.search_field.text() == ""
    assert window.router.page("search").model.rowCount() == 0
    assert window.router.history.current is None and not window.router.history.can_go_back()


def test_triple_shift_in_a_window_opened_later_exits_too(qtbot: QtBot, window: MainWindow) -> None:
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    with qtbot.waitSignal(window.quit_requested, timeout=1000):
        for _ in range(3):
            qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_Shift)
    assert not window.isVisible() and not dialog.isVisible()


def test_shift_used_for_capitals_does_not_exit(qtbot: QtBot, window: MainWindow) -> None:
    window.search_field.setFocus()
    handle = window.windowHandle()
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_A, Qt.Key.Key_Shift, Qt.Key.Key_B, Qt.Key.Key_Shift):
        qtbot.keyClick(handle, key)
    assert window.isVisible()


def test_quick_exit_button_is_first_in_tab_order_and_exits(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.toolbar.quick_exit_button.setFocus()
    qtbot.keyClick(window.toolbar.quick_exit_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClick(window.search_field, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.toolbar.quick_exit_button
    assert "monitoring software" in window.toolbar.quick_exit_button.toolTip()
    with qtbot.waitSignal(window.quit_requested, timeout=1000):
        qtbot.mouseClick(window.toolbar.quick_exit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_keyboard_only_walk_reaches_an_organizations_phone_number(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.toolbar.quick_exit_button.setFocus()

    def press(key: Qt.Key) -> QWidget:
        qtbot.keyClick(QApplication.focusWidget(), key)
        return QApplication.focusWidget()

    assert press(Qt.Key.Key_Tab) is window.search_field
    assert press(Qt.Key.Key_Tab) is window.tree
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert window.tree.currentIndex().data() == "Organizations"
    assert press(Qt.Key.Key_Return) is window.router.page("organizations").table
    first = window.router.page("organizations").detail.organization
    assert first is not None and first.phones
    copy_button = press(Qt.Key.Key_Return)
    assert copy_button is window.router.page("organizations").detail.phone_copy_buttons[0]
    assert first.phones[0].number in copy_button.accessibleName()
    QGuiApplication.clipboard().clear()
    press(Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == first.phones[0].number
    assert press(Qt.Key.Key_Backtab) is window.router.page("organizations").table  # Shift+Tab goes back to the list
    assert press(Qt.Key.Key_Tab) is copy_button  # and Tab from the list reaches the details


def test_hotline_banner_numbers_come_from_the_pack_and_copy(qtbot: QtBot, window: MainWindow,
                                                          mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        hotline = pack.hotline()
    phone_button, text_button = window.banner.copy_buttons
    qtbot.mouseClick(text_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == hotline.text
    qtbot.mouseClick(phone_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == hotline.phone
    banner_text = " ".join(label.text() for label in window.banner.findChildren(QLabel))
    assert f"Call {hotline.emergency}" in banner_text and hotline.operator in banner_text


def test_status_bar_says_offline_content_date_and_pack_version(window: MainWindow, mini_pack: Path) -> None:
    with Pack.open(mini_pack) as pack:
        info = pack.info()
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "Offline" in texts
    assert f"Content: {info.content_date}" in texts
    assert any(text.startswith(f"Pack v{info.schema_version}") for text in texts)


def test_every_focusable_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    def unnamed() -> list[str]:
        return [f"{type(w).__name__} {w.objectName()}" for w in window.findChildren(QWidget)
                if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName()
                and not w.objectName().startswith("qt_")]

    missing = set(unnamed())
    for title in ("Organizations", "Links", "About"):
        select_node(window, title)
        if title == "Organizations":
            window.router.page("organizations").table.selectRow(2)
        missing |= set(unnamed())
    qtbot.keyClicks(window.search_field, "trafficking")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.router.page("search"))
    missing |= set(unnamed())
    assert not missing


def test_presentation_mode_is_full_screen_with_large_type(qtbot: QtBot, window: MainWindow) -> None:
    normal = window.router.page("article").browser.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    assert window.router.page("article").browser.font().pointSizeF() >= normal * 1.5
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    assert window.router.page("article").browser.font().pointSizeF() == pytest.approx(normal)


def test_print_and_export_are_offered_only_where_there_is_a_fact_sheet(qtbot: QtBot, window: MainWindow) -> None:
    commands = window.commands
    assert commands.print.isEnabled() and commands.export.isEnabled()  # an article
    select_node(window, "Links")
    assert not commands.print.isEnabled() and not commands.export.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == ""  # Ctrl+P does nothing there, not even a message
    select_node(window, "Organizations")
    assert commands.print.isEnabled() and commands.export.isEnabled()
    window.go(Location("article", "no-such-page"))
    assert not commands.print.isEnabled()


def test_article_colours_follow_a_dark_palette(window: MainWindow) -> None:
    from guide.ui.theme import dark_palette

    browser = window.router.page("article").browser
    light_text = window.palette().color(QPalette.ColorRole.Text).name()
    assert f"color: {light_text}" in browser.document().defaultStyleSheet()
    window.setPalette(dark_palette())
    dark_text = dark_palette().color(QPalette.ColorRole.Text).name()
    assert f"body {{ color: {dark_text}; }}" in browser.document().defaultStyleSheet()
    assert browser.toPlainText().startswith("Introduction to trafficking")  # the page was re-rendered


def test_every_menu_entry_has_the_icon_of_its_kind(window: MainWindow) -> None:
    model = window.menu_model
    icons: dict[str, set[int]] = {}
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]
        icon = model.data(index, Qt.ItemDataRole.DecorationRole)
        assert icon is not None and not icon.isNull()
        node = model.node(index)
        assert node is not None
        icons.setdefault(node.kind, set()).add(icon.cacheKey())
    assert set(icons) == {"article", "organizations", "links", "folder"}
    assert all(len(keys) == 1 for keys in icons.values())  # one icon per kind, made once
    assert len({next(iter(keys)) for keys in icons.values()}) == 4


def test_the_interface_icons_are_drawn_in_every_size(window: MainWindow) -> None:
    from guide.paths import ui_icon_path
    from guide.ui.icons import NAMES, SIZES, ui_icon

    for name in NAMES:
        assert all(ui_icon_path(name, size).is_file() for size in SIZES), name
        assert sorted(s.width() for s in ui_icon(name).availableSizes()) == list(SIZES)
    for action in (window.commands.back, window.commands.forward, window.commands.home):
        assert action.icon().cacheKey() in {ui_icon(name).cacheKey() for name in ("back", "forward", "home")}


def test_copy_link_location_is_offered_for_web_links_only(window: MainWindow) -> None:
    browser = window.router.page("article").browser

    def entries(href: str) -> list[str]:
        menu = browser.context_menu(link_point(window, href))
        names = [action.objectName() for action in menu.actions()]
        menu.deleteLater()
        return names

    assert "link-copy" not in entries("guide:org/hotline-one")  # it would copy "guide:org/hotline-one"
    assert "link-copy" not in entries("guide:signs")
    assert "link-copy" in entries("https://www.ilo.org/global-estimates")
