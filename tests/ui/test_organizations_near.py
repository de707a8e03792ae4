"""Near me in the window: a ZIP code in the organizations page's filter bar lists places nearest
first with their distance and hours, "Open now" keeps only open ones, the detail says how far each
location is, and the ZIP code is never written anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from guide.location import Location
from guide.ui.pages.organizations import OrganizationsPage
from guide.ui.pages.organizations_model import COLUMNS
from guide.ui.window import MainWindow
from support import open_window, write_near_pack


@pytest.fixture(scope="module")
def near_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_near_pack(tmp_path_factory.mktemp("near-ui") / "near.pack")


def organizations_page(window: MainWindow) -> OrganizationsPage:
    assert window.go(Location("organizations", "all"))
    page = window.router.built("organizations")
    assert isinstance(page, OrganizationsPage)
    return page


def listed(page: OrganizationsPage) -> list[tuple[str, str]]:
    model = page.model
    return [(str(model.index(row, 0).data()), str(model.index(row, len(COLUMNS)).data()))
            for row in range(model.rowCount())]


def type_zip(qtbot: QtBot, page: OrganizationsPage, text: str) -> None:
    page.zip_code.setFocus()
    qtbot.keyClicks(page.zip_code, text)
    qtbot.waitUntil(lambda: page.model.near is not None and page.model.near.point.zip_code == text[:5])


def test_a_zip_code_lists_places_nearest_first_with_distance_and_hours(
        qtbot: QtBot, near_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, near_pack, data_dir) as window:
        page = organizations_page(window)
        assert not page.open_now.isEnabled()  # open now needs a place to be near
        type_zip(qtbot, page, "96813")
        rows = listed(page)
        names = [name for name, _ in rows]
        assert names[:2] == ["Honolulu Outreach", "Kailua Youth House"]
        assert "Manhattan Drop-in" not in names and "Ohio Statewide Line" not in names
        assert "Hawaii Statewide Legal Line" in names
        near = dict(rows)
        assert near["Honolulu Outreach"].startswith("0.") and " mi · " in near["Honolulu Outreach"]
        assert near["Kailua Youth House"].startswith("about ") and near["Kailua Youth House"].endswith(
            "Hours unknown")
        assert near["Hawaii Statewide Legal Line"].startswith("serves this area")
        assert "96813 (Honolulu)" in page.count.text()
        assert page.model.headerData(len(COLUMNS), Qt.Orientation.Horizontal) == "Near, hours"


def test_open_now_keeps_only_places_open_and_never_those_of_unknown_hours(
        qtbot: QtBot, near_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, near_pack, data_dir) as window:
        page = organizations_page(window)
        type_zip(qtbot, page, "96813")
        page.open_now.setChecked(True)
        qtbot.waitUntil(lambda: page.model.near is not None and all(
            hit.state.open for hit in (*page.model.near.places, *page.model.near.serving)))
        names = [name for name, _ in listed(page)]
        assert "Kailua Youth House" not in names
        assert all(" · Open" in near for _, near in listed(page))


def test_the_detail_says_how_far_each_location_is(qtbot: QtBot, near_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, near_pack, data_dir) as window:
        page = organizations_page(window)
        type_zip(qtbot, page, "96813")
        names = [name for name, _ in listed(page)]
        page.table.selectRow(names.index("Kailua Youth House"))
        qtbot.waitUntil(lambda: page.detail.organization is not None
                        and page.detail.organization.name == "Kailua Youth House")
        content = page.detail.widget()
        texts = [label.text() for label in content.findChildren(type(page.count))]
        assert any("kailua office (about " in text and " mi)" in text for text in texts), texts


def test_a_bad_zip_says_so_and_the_zip_is_never_saved(qtbot: QtBot, near_pack: Path, data_dir: Path) -> None:
    messages: list[str] = []
    with open_window(qtbot, near_pack, data_dir) as window:
        page = organizations_page(window)
        page.status_message.connect(messages.append)
        page.zip_code.setFocus()
        qtbot.keyClicks(page.zip_code, "00000")
        qtbot.waitUntil(lambda: any("not a known U.S. ZIP code" in m for m in messages))
        assert page.model.near is None
        page.zip_code.clear()
        type_zip(qtbot, page, "96734")
        window.close()
    written = [path for path in data_dir.rglob("*") if path.is_file()]
    assert all(b"96734" not in path.read_bytes() and b"00000" not in path.read_bytes() for path in written)


def test_ctrl_c_on_a_row_copies_its_phone_number(qtbot: QtBot, near_pack: Path, data_dir: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    with open_window(qtbot, near_pack, data_dir) as window:
        page = organizations_page(window)
        names = [name for name, _ in listed(page)]
        page.table.selectRow(names.index("Honolulu Outreach"))
        page.table.setFocus()
        QGuiApplication.clipboard().clear()
        qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QGuiApplication.clipboard().text() == "808-555-0100"


def test_the_filters_wrap_instead_of_crushing_the_text_field(qtbot: QtBot, near_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, near_pack, data_dir) as window:
        window.resize(800, 600)
        page = organizations_page(window)
        qtbot.waitUntil(lambda: page.width() < 800)
        qtbot.waitUntil(lambda: page.text.width() >= page.text.minimumWidth() > 100)
        assert page.clear_button.geometry().right() <= page.width()


def test_export_pdf_near_a_zip_code_writes_the_handout(qtbot: QtBot, near_pack: Path, data_dir: Path,
                                                       tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from support import answer_modals, page_texts, squeeze

    out = tmp_path / "near.pdf"

    def save(dialog: QWidget) -> str:
        assert isinstance(dialog, QFileDialog)
        assert "help-near-96813" in dialog.selectedFiles()[0]  # the name it suggests
        dialog.selectFile(str(out))
        dialog.accept()
        return "saved"

    with open_window(qtbot, near_pack, data_dir) as window:
        page = organizations_page(window)
        type_zip(qtbot, page, "96813")
        seen: list[object] = []
        answer_modals(seen, (QFileDialog, save))
        window.commands.export.trigger()
        assert seen == ["saved"]
        message = window.statusBar().currentMessage()
        assert message.startswith("Saved ") and message.endswith("(1 page)")
        saved = Path(message.removeprefix("Saved ").rsplit(" (", 1)[0])
        assert saved.parent == tmp_path
        printed = squeeze(" ".join(page_texts(saved)))
        assert squeeze("Help near 96813 (Honolulu, HI)") in printed and "HonoluluOutreach" in printed
        for box in window.findChildren(QMessageBox):
            box.close()


def test_the_near_search_runs_off_the_gui_thread_and_only_the_latest_text_shows(
        qtbot: QtBot, near_pack: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from guide.ui.pages import organizations

    threads: list[threading.Thread] = []
    real = organizations.find_nearby

    def recording(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(organizations, "find_nearby", recording)
    with open_window(qtbot, near_pack, data_dir) as window:
        page = organizations_page(window)
        type_zip(qtbot, page, "96813")
        page.text.setFocus()
        qtbot.keyClicks(page.text, "legal")
        page.apply_filter()  # no debounce: one search per state of the text, the last one shown
        qtbot.waitUntil(lambda: not page.near_pending)
        assert page.model.filter.text == "legal"
        assert [name for name, _ in listed(page)] == ["Hawaii Statewide Legal Line"]
        assert threads and threading.main_thread() not in threads
        page.zip_code.clear()  # back to the plain list at once: no near-me answer may replace it later
        page.apply_filter()
        assert page.model.near is None and not page.near_pending
