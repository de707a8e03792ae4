"""The organizations page: filters agree with the store, copy buttons, sorting, lazy rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot
from support import open_window, visible_dialog

from guide.content import build_pack
from guide.store import Pack
from guide.store.directory import OrganizationFilter
from guide.ui.external import ExternalLinkDialog
from guide.ui.pages.organizations import OrganizationsPage
from guide.ui.pages.organizations_model import PAGE_SIZE, PAGES_KEPT
from guide.ui.window import MainWindow


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """conftest's window, on the organizations page."""
    window.tree.setCurrentIndex(window.menu_model.index(1, 0))  # "Organizations"
    assert window.pages.currentWidget() is window.router.page("organizations")
    return window


def names(page: OrganizationsPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


@pytest.mark.parametrize("combo_name, field", [("state", "state"), ("category", "category"),
                                               ("language", "language")])
def test_combo_filters_give_the_stores_counts(window: MainWindow, mini_pack: Path, combo_name: str,
                                              field: str) -> None:
    page = window.router.page("organizations")
    combo = getattr(page, combo_name)
    assert combo.count() > 2
    with Pack.open(mini_pack) as pack:
        total = pack.organization_count()
        for index in range(1, combo.count()):
            combo.setCurrentIndex(index)
            flt = OrganizationFilter(**{field: combo.itemData(index)})
            expected = pack.organization_ids(flt)
            assert [page.model.organization_id(row) for row in range(page.model.rowCount())] == expected
            assert page.count.text() == f"{len(expected)} of {total} organizations"


def test_state_filter_includes_nationwide_organizations(window: MainWindow) -> None:
    page = window.router.page("organizations")
    page.state.setCurrentIndex(page.state.findData("CA"))
    assert names(page) == ["California Legal Aid", "Test Hotline"]
    assert page.count.text() == "2 of 4 organizations"
    page.open_24_7.setChecked(True)
    assert names(page) == ["Test Hotline"]
    page.clear_button.click()
    assert page.model.rowCount() == 4 and not page.open_24_7.isChecked()


def test_text_filter_is_debounced_and_checkboxes_combine(qtbot: QtBot, window: MainWindow) -> None:
    page = window.router.page("organizations")
    qtbot.keyClicks(page.text, "texas")
    assert page.model.rowCount() == 4  # not yet: the filter waits for a pause in typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert names(page) == ["Texas Crisis Line"]
    page.text.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.has_text.setChecked(True)
    assert names(page) == ["Test Hotline", "Texas Crisis Line"]


def test_sorting_by_column_requeries_the_store(qtbot: QtBot, window: MainWindow) -> None:
    page = window.router.page("organizations")
    header = page.table.horizontalHeader()
    assert names(page)[0] == "California Legal Aid"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_point(header, 0))  # "Name"
    assert page.model.descending
    assert names(page)[0] == "Texas Crisis Line"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_point(header, 2))  # "Serves"
    assert page.model.sort_key == "areas"
    assert names(page)[0] == "California Legal Aid"  # CA < NY < TX < US


def section_point(header: QHeaderView, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_phone_copy_button_puts_the_number_on_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    page = window.router.page("organizations")
    row = names(page).index("Texas Crisis Line")
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(row, 0)).center())
    detail = page.detail
    assert detail.organization is not None and detail.organization.name == "Texas Crisis Line"
    numbers = [phone.number for phone in detail.organization.phones]
    assert numbers == ["1-800-555-0199", "555012"]
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(detail.phone_copy_buttons[1], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "555012"
    qtbot.mouseClick(detail.phone_copy_buttons[0], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "1-800-555-0199"
    assert detail.phone_copy_buttons[0].text() == "Copied"


def test_detail_pane_shows_hours_areas_languages_sources_and_verified(window: MainWindow) -> None:
    page = window.router.page("organizations")
    page.table.selectRow(names(page).index("California Legal Aid"))
    labels = " | ".join(label.text() for label in page.detail.widget().findChildren(type(page.count)))
    for expected in ("(555) 555-0101", "Weekdays 9-5", "California", "English, Spanish, Vietnamese",
                     "2025-06-01", "Legal help", "https://example.org/legal"):
        assert expected in labels


def test_website_button_asks_before_opening(qtbot: QtBot, window: MainWindow) -> None:
    page = window.router.page("organizations")
    page.table.selectRow(names(page).index("Test Hotline"))
    buttons = {b.accessibleName(): b for b in page.detail.widget().findChildren(type(page.clear_button))}
    qtbot.mouseClick(buttons["Website https://example.org/hotline"], Qt.MouseButton.LeftButton)
    dialog = visible_dialog(ExternalLinkDialog)
    assert dialog is not None and dialog.address.text() == "https://example.org/hotline"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Email help@example.org"], Qt.MouseButton.LeftButton)
    dialog = visible_dialog(ExternalLinkDialog)
    assert dialog is not None and dialog.url.toString() == "mailto:help@example.org"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "help@example.org"


# -- laziness -----------------------------------------------------------------------------------

ORGANIZATION_YAML = """\
id: org-{n:05d}
name: Organization {n:05d}
description: Synthetic organization number {n} for the lazy table test.
categories: [{category}]
phones:
  - number: 1-800-555-{phone:04d}
    kind: voice
    source: https://example.org/{n}
areas: [{area}]
languages: [en]
sources:
  - publisher: Example
    title: Record {n}
    year: 2024
    url: https://example.org/{n}
verified: 2025-01-01
"""
MANY = 2000


@pytest.fixture(scope="module")
def many_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import MINI_SOURCES

    root = tmp_path_factory.mktemp("many")
    sources = root / "resources"
    shutil.copytree(MINI_SOURCES, sources)
    folder = sources / "organizations"
    for n in range(MANY):
        (folder / f"org-{n:05d}.yaml").write_text(ORGANIZATION_YAML.format(
            n=n, category=("legal", "hotline")[n % 2], phone=n % 10_000, area=("CA", "NY", "TX")[n % 3]),
            encoding="utf-8")
    return build_pack(sources, root / "many.pack").path


def test_table_fetches_only_the_rows_it_shows(qtbot: QtBot, many_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, many_pack, data_dir) as window:
        window.tree.setCurrentIndex(window.menu_model.index(1, 0))
        page = window.router.page("organizations")
        qtbot.waitUntil(lambda: page.model.rows_fetched > 0)  # the table painted its first screen
        total = MANY + 4
        assert page.model.rowCount() == total
        assert page.count.text() == f"{total} of {total} organizations"
        assert 0 < page.model.rows_fetched <= PAGE_SIZE
        fetched = page.model.rows_fetched
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda: page.model.rows_fetched > fetched)  # the last screen painted
        assert page.model.index(total - 1, 0).data() == "Texas Crisis Line"
        assert page.model.rows_fetched <= 3 * PAGE_SIZE
        for row in range(0, total, PAGE_SIZE):  # walk every page: memory stays bounded
            page.model.index(row, 0).data()
        assert len(page.model._pages) <= PAGES_KEPT
        page.state.setCurrentIndex(page.state.findData("NY"))
        with Pack.open(many_pack) as pack:
            assert page.model.rowCount() == pack.organization_count(OrganizationFilter(state="NY"))
