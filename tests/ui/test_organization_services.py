"""The organization page's services and locations, on a pack written in tmp_path: hours today first,
phones of every kind with Copy, addresses with Copy, imported text shown plain, long lists folded,
and the language filter finding organizations through their services' languages."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from support import MINI_SOURCES, open_window

from guide.content import check_resources, write_pack
from guide.content.records import (
    Address,
    Location,
    OrganizationRecord,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Source,
)
from guide.ui.pages.organization_widgets import Fold
from guide.ui.pages.organizations import OrganizationsPage
from guide.ui.window import MainWindow

MONDAY = date(2025, 6, 2)


def organization(key: str, name: str, languages: tuple[str, ...] = ("en",), services: tuple[Service, ...] = (),
                 locations: tuple[Location, ...] = ()) -> OrganizationRecord:
    return OrganizationRecord(key=key, name=name, alternate_name="", description="", categories=("legal",),
                              website="", email="", phones=(), areas=("FL",), languages=languages, language_note="",
                              sources=(Source("Example", "", None, ""),), verified="2025-06-01", services=services,
                              locations=locations)


def phone(number: str, kind: str, extension: str = "") -> Phone:
    return Phone(number, kind, "", False, "", "hsds:test", extension)


CENTER = Location("loc-1", "Miami drop-in center", transportation="Metrobus 3 to NE 2nd Ave",
                  accessibility="Ramp at the side door",
                  addresses=(Address("physical", "100 Main St", "Suite 2", "Miami", state="FL", postal_code="33101"),))
LEGAL = Service("svc-1", "Immigration legal help", description="Help with T visas.\\n\\n<b>Walk-ins</b> welcome",
                eligibility="Survivors of trafficking", fees="Free", application_process="Call for an intake",
                languages=("es",), assured_date="2025-05-01", last_modified="2025-06-01",
                phones=(phone("305-555-0100", "voice", "429"), phone("305-555-0199", "fax"),
                        phone("305-555-0111", "tty")),
                schedules=(*(Schedule(d, "09:00", "17:00") for d in range(1, 6)), Schedule(6, "22:00", "02:00")),
                locations=(ServiceAtLocation("loc-1"),))
SPANISH_BY_SERVICE = organization("es-by-service", "Miami Survivor Services", services=(LEGAL,), locations=(CENTER,))
ENGLISH_ONLY = organization("en-only", "English Only Center", services=(dataclasses.replace(LEGAL, languages=("en",),
                                                                                             locations=()),))
BIG = organization("big", "Big Network", services=tuple(
    Service(f"s{n}", f"Service {n}", schedules=(Schedule(1, "08:00", "12:00"),), phones=(phone(f"1-800-555-{n:04d}",
                                                                                                 "voice"),))
    for n in range(6)), locations=tuple(dataclasses.replace(CENTER, key=f"l{n}", name=f"Site {n}") for n in range(6)))


@pytest.fixture(scope="module")
def directory_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = check_resources(MINI_SOURCES)
    content = dataclasses.replace(content, organizations=(*content.organizations, SPANISH_BY_SERVICE, ENGLISH_ONLY,
                                                          BIG))
    return write_pack(content, tmp_path_factory.mktemp("directory") / "directory.pack").path


@pytest.fixture
def page(qtbot: QtBot, directory_pack: Path, data_dir: Path) -> Iterator[OrganizationsPage]:
    with open_window(qtbot, directory_pack, data_dir) as window:
        window.tree.setCurrentIndex(window.menu_model.index(1, 0))  # "Organizations"
        organizations = window.router.page("organizations")
        assert isinstance(organizations, OrganizationsPage)
        organizations.detail.today = lambda: MONDAY
        yield organizations


def shown_names(page: OrganizationsPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def open_organization(page: OrganizationsPage, name: str) -> None:
    page.table.selectRow(shown_names(page).index(name))
    assert page.detail.organization is not None and page.detail.organization.name == name


def labels(page: OrganizationsPage) -> list[QLabel]:
    return page.detail.widget().findChildren(QLabel)


def test_the_language_filter_finds_an_organization_by_its_services_language(page: OrganizationsPage) -> None:
    page.language.setCurrentIndex(page.language.findData("es"))
    names = shown_names(page)
    assert "Miami Survivor Services" in names  # Spanish only in its service
    assert "English Only Center" not in names
    assert page.count.text() == f"{len(names)} of {page.total} organizations"


def test_a_service_shows_today_first_then_the_week_and_its_facts(page: OrganizationsPage) -> None:
    open_organization(page, "Miami Survivor Services")
    texts = [label.text() for label in labels(page)]
    today = texts.index("Today (Monday): 9 am – 5 pm")
    assert texts[today + 1] == "Monday – Friday: 9 am – 5 pm\nSaturday: 10 pm – 2 am\nSunday: closed"
    for expected in ("Survivors of trafficking", "Free", "Call for an intake", "Spanish",
                     "Offered at Miami drop-in center", "Verified 2025-05-01 · Updated 2025-06-01"):
        assert expected in texts
    fees = next(label for label in labels(page) if label.text() == "Free")
    assert fees.accessibleName() == "Fees: Free"


def test_imported_text_is_plain_and_never_read_as_markup(page: OrganizationsPage) -> None:
    open_organization(page, "Miami Survivor Services")
    description = next(label for label in labels(page) if label.text().startswith("Help with T visas."))
    assert description.text() == "Help with T visas.\n\n<b>Walk-ins</b> welcome"
    assert description.textFormat() == Qt.TextFormat.PlainText


def test_phones_say_their_kind_and_extension_and_copy(qtbot: QtBot, page: OrganizationsPage) -> None:
    open_organization(page, "Miami Survivor Services")
    texts = [label.text() for label in labels(page)]
    for kind, number in (("Call:", "305-555-0100 ext. 429"), ("Fax:", "305-555-0199"), ("TTY:", "305-555-0111")):
        assert texts[texts.index(number) - 1] == kind
    buttons = page.detail.phone_copy_buttons
    assert [b.accessibleName() for b in buttons] == ["Copy call number 305-555-0100 ext. 429",
                                                     "Copy fax number 305-555-0199", "Copy tty number 305-555-0111"]
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "305-555-0199"


def test_a_location_shows_its_address_with_copy_transit_and_accessibility(qtbot: QtBot,
                                                                         page: OrganizationsPage) -> None:
    open_organization(page, "Miami Survivor Services")
    texts = [label.text() for label in labels(page)]
    assert "100 Main St\nSuite 2\nMiami, FL 33101" in texts
    assert "Metrobus 3 to NE 2nd Ave" in texts and "Ramp at the side door" in texts
    (copy,) = page.detail.address_copy_buttons
    assert copy.accessibleName() == "Copy address 100 Main St, Suite 2, Miami, FL 33101"
    copy.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(copy, Qt.Key.Key_Space)  # reachable and usable from the keyboard
    assert QGuiApplication.clipboard().text() == "100 Main St, Suite 2, Miami, FL 33101"


def test_a_long_list_is_folded_and_opens_one_entry_with_the_keyboard(qtbot: QtBot, page: OrganizationsPage) -> None:
    open_organization(page, "Big Network")
    folds = page.detail.widget().findChildren(Fold)
    assert [f.summary for f in folds[:2]] == ["Service 0 — Today (Monday): 8 am – noon",
                                             "Service 1 — Today (Monday): 8 am – noon"]
    assert folds[6].summary == "Site 0 — 100 Main St, Suite 2, Miami, FL 33101"
    assert page.detail.phone_copy_buttons == []  # nothing built until asked for
    folds[1].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(folds[1], Qt.Key.Key_Space)
    assert folds[1].is_open
    assert [b.text_to_copy for b in page.detail.phone_copy_buttons] == ["1-800-555-0001"]
    assert folds[1].nextInFocusChain() is page.detail.phone_copy_buttons[0]  # Tab goes into what opened
    qtbot.keyClick(folds[1], Qt.Key.Key_Space)
    assert not folds[1].is_open and folds[1].body is not None and folds[1].body.isHidden()


def test_hours_in_spanish(qtbot: QtBot, directory_pack: Path, data_dir: Path) -> None:
    with open_window(qtbot, directory_pack, data_dir) as window:
        window.set_language("es")
        window.tree.setCurrentIndex(window.menu_model.index(1, 0))
        page = window.router.page("organizations")
        page.detail.today = lambda: MONDAY
        open_organization(page, "Miami Survivor Services")
        texts = [label.text() for label in labels(page)]
        assert "Hoy (lunes): 9:00 – 17:00" in texts
        assert "lunes a viernes: 9:00 – 17:00\nsábado: 22:00 – 2:00\ndomingo: cerrado" in texts
