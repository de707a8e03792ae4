"""What the tests share: the project's folders, the real window on a real pack, the Spanish
fixture, reading PDFs back, and an independent check of HSDS data packages. Fixtures are in
conftest.py; test modules import helpers from here, never from each other."""

from __future__ import annotations

import csv
import sqlite3
import html
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import PySide6
import segno
from pypdf import PdfReader
from PySide6.QtCore import QDeadlineTimer, QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guide.content import build_pack, check_resources, write_pack
from guide.content.records import (
    Address,
    Location,
    OrganizationRecord,
    PhoneRecord,
    Schedule,
    Service,
    ServiceAtLocation,
    Source,
)
from guide.i18n import catalogue_folder
from guide.signing.minisign import SecretKey, sign_file
from guide.signing.pack_signature import key_path, signature_path
from guide.store import Pack
from guide.ui.app import application
from guide.ui.window import MainWindow
from guide.userdata.settings import Settings

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
GUIDE = ROOT / "guide"
RESOURCES = ROOT / "resources"
FIXTURES = TESTS / "fixtures"
MINI_SOURCES = FIXTURES / "mini"
HSDS = FIXTURES / "hsds"


def qt_tool(name: str) -> Path:
    """One of Qt's tools (lrelease, lupdate) as the installed PySide6 ships it: found whether or not
    the venv's bin folder is on PATH, and always the one matching the Qt the app runs on."""
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"PySide6 in {folder} has no {name}")

# -- Opening the real main window on a real pack, and answering its dialogs --------------------------

@contextmanager
def open_window(qtbot: QtBot, pack_path: Path, data_dir: Path) -> Iterator[MainWindow]:
    application()
    pack = Pack.open(pack_path)
    window = MainWindow(pack, Settings(data_dir))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()  # window shortcuts (Ctrl+K, Alt+Left, ...) need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        yield window
    finally:
        window.close()
        window.wait_for_search()  # a search still on its thread reads the pack
        pack.close()


def select_node(window: MainWindow, title: str) -> None:
    model = window.menu_model
    matches = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, title, 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert matches, title
    window.tree.setCurrentIndex(matches[0])


def click_link(qtbot: QtBot, window: MainWindow, href: str) -> None:
    """Click, with the mouse, the first piece of article text that links to ``href``."""
    browser = window.router.page("article").browser
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(window, href))


def link_point(window: MainWindow, href: str) -> QPoint:
    """Scroll the link to ``href`` into view (only as far as needed) and return a point on it."""
    browser = window.router.page("article").browser
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                point = browser.cursorRect(cursor).center()
                point.setX(point.x() - 2)
                return point
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def visible_dialog(kind: type[QWidget]) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def answer_modals(seen: list[object], *steps: tuple[type[QWidget], Callable[[QWidget], object]],
                  give_up_ms: int = 10_000) -> None:
    """Answer the next modal dialogs in order: for each ``(kind, act)``, wait until a visible modal
    dialog of ``kind`` is up, then append ``act(dialog)`` to ``seen``. Call it before the code that
    opens the dialogs (they block in their own event loop); polling stops after ``give_up_ms``."""
    remaining = list(steps)
    deadline = QDeadlineTimer(give_up_ms)
    previous: list[QWidget | None] = [None]

    def poll() -> None:
        if not remaining or deadline.hasExpired():
            return
        kind, act = remaining[0]
        dialog = QApplication.activeModalWidget()
        # Act on a dialog seen by the previous poll too: a dialog can be visible before its exec()
        # loop runs (show() may process events), and one closed before that loop starts never returns.
        if isinstance(dialog, kind) and dialog.isVisible() and dialog is previous[0]:
            remaining.pop(0)
            seen.append(act(dialog))
            dialog = None
        previous[0] = dialog
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)

class UrlHandoffs(QObject):
    """Stands in for the system's browser, mail, phone apps and file manager: Qt hands it what the
    user chose to open (QDesktopServices.setUrlHandler), and nothing opens on the machine."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:  # noqa: A003 (the slot name Qt is told about)
        self.urls.append(url.toString())


@contextmanager
def handed_off(*schemes: str) -> Iterator[UrlHandoffs]:
    handler = UrlHandoffs()
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    try:
        yield handler
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)

# -- The Spanish edition: the mini fixture with Spanish added, and the catalogue's words -------------

SPANISH_OVERLAY = FIXTURES / "mini-es"  # a Spanish intro (none for signs/glossary), translations: keys
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: a word, not a number or a mark


def spanish_sources(folder: Path) -> Path:
    """tests/fixtures/mini with tests/fixtures/mini-es copied over it."""
    shutil.copytree(FIXTURES / "mini", folder)
    shutil.copytree(SPANISH_OVERLAY, folder, dirs_exist_ok=True)
    (folder / "README.md").unlink()
    return folder


def build_spanish_pack(folder: Path) -> Path:
    return build_pack(spanish_sources(folder / "resources"), folder / "es.pack").path


def plain(text: str) -> str:
    """What a person reads: no tags, no entities, no mnemonic ampersands."""
    return " ".join(html.unescape(_TAG.sub(" ", text)).replace("&", "").split())


def catalogue_translations(language: str = "es") -> list[str]:
    """Every translation in resources/i18n/guide_<language>.ts, as plain text."""
    root = ET.parse(catalogue_folder() / f"guide_{language}.ts").getroot()
    texts = [plain(t.text) for t in root.iter("translation") if t.text]
    return texts + [t.rstrip("….") for t in texts]  # as buttons name their actions: "Imprimir"


def _whole(piece: str) -> str:
    """A pattern for ``piece`` that never takes part of a word: no letter may touch a letter at its ends."""
    start = r"(?<![^\W\d_])" if piece[0].isalpha() else ""
    end = r"(?![^\W\d_])" if piece[-1].isalpha() else ""
    return start + re.escape(piece) + end


def leftovers(texts: list[str], content: list[str], translations: list[str]) -> list[str]:
    """The texts in which a word remains once content (from the pack) and the catalogue's
    translations are taken out: those words came from neither, i.e. untranslated interface text.

    Translations may hold placeholders ({name}); the fixed parts between them are taken out as
    whole words, so "3 de 4 organizaciones" is clean and "Clear filters" is not. Content is plain
    text as the pack gives it (texts are compared without tags).
    """
    fragments = {f.strip() for t in translations for f in _PLACEHOLDER.split(t)}
    # Longest first, content and catalogue together: "Acerca de esta guía" goes whole, before the
    # menu title "Acerca de" could leave "esta guía" behind.
    pieces = sorted((fragments | {" ".join(c.split()) for c in content}) - {""}, key=len, reverse=True)
    patterns = [re.compile(_whole(p), re.IGNORECASE) for p in pieces]
    found = []
    for original in texts:
        rest = plain(original)
        for pattern in patterns:
            rest = pattern.sub(" ", rest)
        if _WORD.search(rest):
            found.append(f"{original!r} (left: {' '.join(rest.split())!r})")
    return found

# -- Reading fact-sheet PDFs back: text, page sizes and the QR codes' module grids -------------------

Matrix = tuple[tuple[bool, ...], ...]
_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Text without any white space: line wrapping in the PDF can split words and URLs anywhere."""
    return _SPACE.sub("", text)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def page_sizes_pt(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages]


def segno_matrix(data: str) -> Matrix:
    """The module grid of the QR code for ``data``, made here independently of the app's code."""
    return tuple(tuple(bool(cell) for cell in row) for row in segno.make_qr(data).matrix)


def _dark_pixels(image) -> list[list[bool]]:  # type: ignore[no-untyped-def]
    width, height = int(image["/Width"]), int(image["/Height"])
    data = image.get_data()
    space = image.get("/ColorSpace")
    if image.get("/ImageMask") or int(image.get("/BitsPerComponent", 8)) == 1:
        stride = (width + 7) // 8
        bits = [[bool(data[y * stride + x // 8] >> (7 - x % 8) & 1) for x in range(width)] for y in range(height)]
        # For an image mask, 1 paints nothing by default; for a 1-bit gray image, 1 is white.
        return [[not b for b in row] for row in bits]
    channels = 3 if space == "/DeviceRGB" else 1
    return [[data[(y * width + x) * channels] < 128 for x in range(width)] for y in range(height)]


def _modules(dark: list[list[bool]]) -> Matrix | None:
    """Sample a QR symbol's modules; the module size comes from the 7-module finder pattern."""
    rows = [y for y, row in enumerate(dark) if any(row)]
    columns = [x for x in range(len(dark[0])) if any(row[x] for row in dark)]
    if not rows:
        return None
    top, left, right = rows[0], columns[0], columns[-1]
    run = 0
    while left + run <= right and dark[top][left + run]:
        run += 1
    module = run / 7
    size = round((right - left + 1) / module)
    return tuple(
        tuple(dark[int(top + (r + 0.5) * module)][int(left + (c + 0.5) * module)] for c in range(size))
        for r in range(size)
    )


def page_qr_matrices(path: Path) -> list[list[Matrix]]:
    """The module grid of every image in the PDF, per page."""
    pages = []
    for page in PdfReader(path).pages:
        found = []
        objects = page.get("/Resources", {}).get("/XObject", {})
        for name in objects:
            image = objects[name].get_object()
            if image.get("/Subtype") == "/Image":
                matrix = _modules(_dark_pixels(image))
                if matrix:
                    found.append(matrix)
        pages.append(found)
    return pages


def qr_matrices(path: Path) -> list[Matrix]:
    return [matrix for page in page_qr_matrices(path) for matrix in page]

# -- A Frictionless-style check of a data package against the HSDS 3.0 descriptor --------------------

SPEC = FIXTURES / "hsds" / "spec" / "datapackage-3.0.0.json"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")


def _type_error(kind: str, fmt: str, value: str) -> str | None:
    try:
        if kind == "number":
            float(value)
        elif kind == "date":
            date.fromisoformat(value)
        elif kind == "datetime":
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif kind == "time" and not _TIME.match(value):
            return "not a time"
    except ValueError:
        return f"not a {kind}"
    if fmt == "email" and not _EMAIL.match(value):
        return "not an email address"
    if fmt == "uri" and not (urlsplit(value).scheme and urlsplit(value).netloc):
        return "not a URI"
    return None


def validate_package(folder: Path, spec_path: Path = SPEC) -> list[str]:
    spec = {r["name"]: r for r in json.loads(spec_path.read_text(encoding="utf-8"))["resources"]}
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    ours = {r["name"]: r for r in descriptor.get("resources", [])}
    errors = [f"missing table {name}" for name in spec if name not in ours]
    errors += [f"table {name} is not in HSDS 3.0.0" for name in ours if name not in spec]
    tables: dict[str, list[dict[str, str]]] = {}
    for name, resource in ours.items():
        if name not in spec:
            continue
        schema = spec[name]["schema"]
        if resource.get("schema") != schema:
            errors.append(f"{name}: schema differs from the specification's")
        fields = schema["fields"]
        with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header = rows[0] if rows else []
        if header != [f["name"] for f in fields]:
            errors.append(f"{resource['path']}: header {header} differs from the schema's fields")
            continue
        records = [dict(zip(header, row, strict=False)) for row in rows[1:]]
        tables[name] = records
        for field in fields:
            constraints = field.get("constraints", {})
            seen: set[str] = set()
            for line, record in enumerate(records, start=2):
                value = record.get(field["name"], "")
                where = f"{resource['path']}:{line}: {field['name']}"
                if not value:
                    if constraints.get("required"):
                        errors.append(f"{where} is required")
                    continue
                if "enum" in constraints and value not in constraints["enum"]:
                    errors.append(f"{where} {value!r} is not one of {constraints['enum']}")
                if error := _type_error(field.get("type", "string"), field.get("format", ""), value):
                    errors.append(f"{where} {value!r} is {error}")
                if (constraints.get("unique") or field["name"] == schema.get("primaryKey")) and value in seen:
                    errors.append(f"{where} {value!r} is not unique")
                seen.add(value)
    for name, resource in ours.items():
        for key in spec.get(name, {}).get("schema", {}).get("foreignKeys", []):
            target = key["reference"]["resource"]
            known = {r[key["reference"]["fields"]] for r in tables.get(target, [])}
            for line, record in enumerate(tables.get(name, []), start=2):
                value = record.get(key["fields"], "")
                if value and value not in known:
                    errors.append(f"{resource['path']}:{line}: {key['fields']} {value!r} is not a {target} id")
    return errors

# -- A directory organization with every part: services, locations, addresses, phones, schedules ----

SHELTER = Location(
    key="shelter", name="Harbor House", description="Intake by appointment.",
    transportation="Bus 7 stops at the door.", accessibility="Step-free entrance.",
    latitude=29.7604, longitude=-95.3698,
    addresses=(Address("physical", "100 Main St", "Suite 2", "Houston", "Harris County", "TX", "77002", "US"),
               Address("postal", "PO Box 12", city="Houston", state="TX", postal_code="77001", country="US")),
    phones=(PhoneRecord("713-555-0100", "fax", "", False, "intake fax", "hsds:test"),),
    schedules=(Schedule(1, "09:00", "17:00", text="9am-5pm"),),
)
CLINIC = Location(key="clinic", name="Eastside Clinic", addresses=(Address("physical", "5 Elm St", city="Austin",
                                                                         state="TX", postal_code="78701"),))
SERVICE = Service(
    key="legal", name="Immigration legal clinic", description="T visa applications and Continued Presence.",
    eligibility="Survivors of trafficking", minimum_age=18, fees="Free", application_process="Walk in",
    required_documents="Any ID", wait_time="Two weeks", interpretation="Phone interpreters", languages=("es",),
    areas=("TX",), area_note="Harris County", categories=("legal",), status="active", url="https://example.org/legal",
    phones=(PhoneRecord("713-555-0101", "voice", "", False, "", "hsds:test", extension="429", languages=("es",)),),
    schedules=(Schedule(5, "22:00", "02:00", text="10pm-2am"), Schedule(0, "", "", closed=True,
                                                                       valid_from="2026-12-25", valid_to="2026-12-25",
                                                                       notes="Christmas")),
    locations=(ServiceAtLocation("shelter", "At the shelter on Mondays",
                                 phones=(PhoneRecord("713-555-0102", "tty", "", False, "", "hsds:test"),),
                                 schedules=(Schedule(1, "10:00", "12:00"),)),
               ServiceAtLocation("clinic")),
    assured_date="2026-10-01", last_modified="2026-11-15",
)
HARBOR = OrganizationRecord(
    key="harbor", name="Harbor Network", alternate_name="", description="A network of shelters.",
    categories=("survivor-services",), website="https://example.org", email="", areas=(), languages=("en",),
    phones=(PhoneRecord("713-555-0199", "voice", "", False, "main line", "hsds:test"),), language_note="",
    sources=(Source("Test", "Test directory", None, "https://example.org"),), verified="2026-09-01",
    services=(SERVICE,), locations=(SHELTER, CLINIC),
)


def pack_with(organizations: tuple[OrganizationRecord, ...], path: Path) -> Path:
    """A pack of the mini guide with ``organizations`` added to its directory."""
    from dataclasses import replace

    content = check_resources(MINI_SOURCES)
    return write_pack(replace(content, organizations=(*content.organizations, *organizations)), path).path


# -- Near me: organizations at real ZIP codes (Honolulu, Kailua, Manhattan) and two statewide lines -----

NEAR_WEEKDAYS_9_TO_5 = tuple(Schedule(day, "09:00", "17:00") for day in range(1, 6))


def _near_organization(key: str, name: str, locations: tuple[Location, ...] = (), areas: tuple[str, ...] = (),
                       schedules: tuple[Schedule, ...] = ()) -> OrganizationRecord:
    service = Service(key=f"{key}-help", name="Help", schedules=schedules)
    return OrganizationRecord(
        key=key, name=name, alternate_name="", description="Test organization.", categories=(), website="", email="",
        phones=(PhoneRecord("808-555-0100", "voice", "", False, "", "hsds:test"),), areas=areas, languages=("en",),
        language_note="", sources=(Source("Test", "Test", None, "https://example.org"),), verified="2026-01-01",
        services=(service,), locations=locations)


def _place(key: str, zip_code: str, latitude: float | None = None, longitude: float | None = None) -> Location:
    return Location(key=key, name=f"{key} office", latitude=latitude, longitude=longitude,
                    addresses=(Address("physical", "1 Main St", postal_code=zip_code),))


NEAR_ORGANIZATIONS = (
    _near_organization("honolulu", "Honolulu Outreach", (_place("downtown", "96813", 21.3069, -157.8583),),
                       schedules=NEAR_WEEKDAYS_9_TO_5),
    _near_organization("kailua", "Kailua Youth House", (_place("kailua", "96734"),)),  # its ZIP's centroid
    _near_organization("manhattan", "Manhattan Drop-in", (_place("chelsea", "10001", 40.7506, -73.9972),),
                       schedules=NEAR_WEEKDAYS_9_TO_5),
    _near_organization("statewide", "Hawaii Statewide Legal Line", areas=("HI",)),
    _near_organization("elsewhere", "Ohio Statewide Line", areas=("OH",)),
    replace(_near_organization("county", "Honolulu County Youth Line"),
            services=(Service(key="line", name="Youth line", area_note="Serves Honolulu County only"),)),
)


def write_near_pack(out: Path) -> Path:
    """The mini pack with NEAR_ORGANIZATIONS added."""
    return pack_with(NEAR_ORGANIZATIONS, out)

def minisign_tool() -> str:
    """Debian's ``minisign``, the reference the signing tests check ours against; .ci/run installs it."""
    import shutil

    import pytest

    found = shutil.which("minisign")
    if found is None:
        pytest.skip("minisign is not installed (apt-get install minisign; .ci/run installs it)")
    return found


# -- Guide library: another edition of a pack --------------------------------------------------------

def edition(folder: Path, base: Path, content_date: str, title: str, key_text: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{title.replace(' ', '-')}-{content_date}.pack"
    path.write_bytes(base.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'content_date'", (content_date,))
        connection.execute("UPDATE meta SET value = ? WHERE key = 'content_sha256'", (content_date + title,))
        connection.execute("UPDATE meta SET value = ? WHERE key = 'title'", (title,))
    connection.close()
    return path


def publish(pack: Path, key: SecretKey, publisher: str = "", with_key: bool = True) -> Path:
    """Sign ``pack`` as a publisher would (``minisign -S -t "…<tab>publisher:NAME"``) and, unless told
    not to, put its public key beside it as PACK.pub. The secret key lives only in memory."""
    comment = f"timestamp:1760000000\tfile:{pack.name}\thashed" + (f"\tpublisher:{publisher}" if publisher else "")
    signature_path(pack).write_text(sign_file(pack, key, comment).file_text(), encoding="utf-8")
    if with_key:
        key_path(pack).write_text(key.public.file_text(), encoding="utf-8")
    return pack


def table_contents(pack: Path) -> dict[str, list[tuple]]:
    """Every table's rows, in an order that does not depend on how they were written."""
    connection = sqlite3.connect(f"file:{pack}?mode=ro", uri=True)
    try:
        names = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        # FTS5 shadow tables are WITHOUT ROWID: sort in Python instead of by rowid.
        return {name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        connection.close()
