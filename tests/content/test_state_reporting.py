"""The guide's phone numbers against the checked reference (shared/reference/*.csv).

Plain pytest + PyYAML + csv: the checks read the authored files in ``resources/`` and the reference
tables, never the app's code. Each check returns a list of problems, runs on the real content, and
runs again on a deliberately broken copy to show it can fail.

The reference is read from ``../shared/reference`` next to the checkout when it is there, and from
the copy in ``tests/content/reference`` otherwise; a test keeps the copy identical to the original.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
import yaml
from support import RESOURCES, ROOT

SNAPSHOT = Path(__file__).resolve().parent / "reference"
SHARED = ROOT.parent / "shared" / "reference"
TABLES = ("state-reporting.csv", "national-additions.csv", "organizations.csv")
REFERENCE = SHARED if all((SHARED / name).is_file() for name in TABLES) else SNAPSHOT

# A number as the reference and the guide write it: 1-800-478-4444, (800) 552-7096, 202-671-7233,
# 1 (800) 742-4453, 475-2653 (seven digits, Guam), or a short code such as 711, 988 or 233733.
NUMBER = re.compile(r"(?<![\w-])(?:1[ -])?(?:\(\d{3}\) ?|\d{3}[-.])?\d{3}[-.]\d{4}(?![\w-])")
SHORT_CODE = re.compile(r"(?<![\w-])\d{3,6}(?![\w-])")
URL = re.compile(r"https?://\S+")
# Anything in a text file that could be a phone number: digits with separators, at least seven.
PHONE_LIKE = re.compile(r"\(?\d[\d ().-]{5,}\d")
# Columns that hold numbers a person may dial; `notes` also cites wrong or outdated numbers.
NUMBER_COLUMNS = {
    "state-reporting.csv": ("hotline", "other_numbers", "trafficking_line"),
    "national-additions.csv": ("phone", "sms"),
    "organizations.csv": ("phone", "sms"),
}


def _national(number: str) -> str:
    digits = re.sub(r"\D", "", str(number))
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def _rows(reference: Path, name: str) -> list[dict[str, str]]:
    with (reference / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# The reference spells some numbers with letters: "1-866-820-KIDS (5437)" is 1-866-820-5437.
KEYPAD = {letter: str(digit) for digit, letters in
          {2: "ABC", 3: "DEF", 4: "GHI", 5: "JKL", 6: "MNO", 7: "PQRS", 8: "TUV", 9: "WXYZ"}.items()
          for letter in letters}
VANITY = re.compile(r"(?<=\d{3}-)[A-Z]{4}\b")


def _numbers_in(text: str) -> set[str]:
    text = VANITY.sub(lambda match: "".join(KEYPAD[c] for c in match.group(0)), text)
    return {_national(match.group(0)) for match in NUMBER.finditer(text)}


def _short_codes_in(text: str) -> set[str]:
    return {match.group(0) for match in SHORT_CODE.finditer(text)}


def _load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _organizations(root: Path) -> dict[str, dict]:
    return {path.stem: _load(path) for path in sorted((root / "organizations").glob("*.yaml"))}


def _state_records(root: Path) -> dict[str, list[dict]]:
    """Each state's reporting record, ``child-protection-<code>``, by the state it serves: a
    child-protection record whose only service area is that state."""
    by_state: dict[str, list[dict]] = {}
    for key, record in _organizations(root).items():
        areas = [str(area) for area in record.get("areas") or []]
        if (key.startswith("child-protection-") and len(areas) == 1 and key == f"child-protection-{areas[0].lower()}"
                and "child-protection" in (record.get("categories") or [])):
            by_state.setdefault(areas[0], []).append(record)
    return by_state


def _text_files(root: Path):
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".md", ".yaml", ".yml", ".ts"):
            yield path


def allowed_numbers(reference: Path) -> tuple[set[str], set[str]]:
    """(numbers, short codes) that the reference gives as dialable outside its `low` rows."""
    numbers: set[str] = set()
    codes: set[str] = set()
    for name, columns in NUMBER_COLUMNS.items():
        for row in _rows(reference, name):
            if row.get("confidence") == "low":
                continue
            for column in columns:
                numbers |= _numbers_in(row.get(column, ""))
                codes |= _short_codes_in(row.get(column, ""))
    return numbers, codes


def low_numbers(reference: Path) -> dict[str, str]:
    """Every number written anywhere in a `low` row (digits -> the state), except numbers that a
    row the guide may show also gives (a national line the row merely mentions, say)."""
    allowed, _ = allowed_numbers(reference)
    banned = {}
    for row in _rows(reference, "state-reporting.csv"):
        if row["confidence"] == "low":
            for value in row.values():
                for number in _numbers_in(value or "") - allowed:
                    banned[number] = row["code"]
    return banned


# --- checks: each returns a list of human-readable problems --------------------------------------


def _table_row(text: str, code: str) -> str | None:
    """The row of the state reporting page that links to ``child-protection-<code>``."""
    pattern = rf"^\| \[[^\]]+ \({code}\)\]\(guide:org/child-protection-{code.lower()}\) \|.*$"
    match = re.search(pattern, text, re.MULTILINE)
    return match.group(0) if match else None


def missing_state_problems(root: Path, reference: Path) -> list[str]:
    """Every jurisdiction in the reference has its record ``child-protection-<code>`` and a row
    ("| [Name (CODE)](guide:org/child-protection-code) | ...") in the English and the Spanish
    "Report child abuse in your state" page, whose numbers are that record's numbers."""
    records = _state_records(root)
    problems = []
    pages = {
        "en": root / "articles" / "report-child-abuse-in-your-state.md",
        "es": root / "articles" / "es" / "report-child-abuse-in-your-state.md",
    }
    texts = {lang: path.read_text(encoding="utf-8") if path.is_file() else "" for lang, path in pages.items()}
    for row in _rows(reference, "state-reporting.csv"):
        code = row["code"]
        if code not in records:
            problems.append(f"{code} ({row['jurisdiction']}): no organization child-protection-{code.lower()} "
                            f"(category child-protection, areas [{code}])")
        recorded = {_national(p.get("number", "")) for r in records.get(code, []) for p in r.get("phones") or []}
        for lang, text in texts.items():
            line = _table_row(text, code)
            if line is None:
                problems.append(f"{code}: no row for {row['jurisdiction']} ({code}) in the {lang} state reporting page")
            elif extra := _numbers_in(line) - recorded:
                problems.append(f"{code}: the {lang} state reporting page shows {sorted(extra)}, "
                                f"not a number of child-protection-{code.lower()}")
    return problems


def unreferenced_phone_problems(root: Path, reference: Path) -> list[str]:
    """Every phone of an organization record, every number of the hotline banner, and every number
    written anywhere else in resources/ (articles, links, menus; web addresses left out) is a number
    the reference gives (outside its `low` rows)."""
    numbers, codes = allowed_numbers(reference)
    problems = []
    for key, record in _organizations(root).items():
        for phone in record.get("phones") or []:
            value = str((phone or {}).get("number", ""))
            digits = _national(value)
            if digits not in numbers and digits not in codes:
                problems.append(f"organizations/{key}.yaml: phone {value!r} is not in the reference")
    banner = (_load(root / "guide.yaml").get("hotline") or {}) if (root / "guide.yaml").is_file() else {}
    for key in ("phone", "text", "tty", "emergency"):
        value = str(banner.get(key) or "")
        if value and _national(value) not in numbers | codes:
            problems.append(f"guide.yaml: hotline {key} {value!r} is not in the reference")
    for path in _text_files(root):
        text = URL.sub(lambda match: " " * len(match.group(0)), path.read_text(encoding="utf-8", errors="replace"))
        for match in NUMBER.finditer(text):
            if _national(match.group(0)) not in numbers:
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(root)}:{line}: {match.group(0)} is not in the reference")
    return problems


def low_number_problems(root: Path, reference: Path) -> list[str]:
    """No number from a `low` row appears in any text file under resources/, however it is written."""
    banned = low_numbers(reference)
    problems = []
    for path in _text_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in PHONE_LIKE.finditer(text):
            digits = re.sub(r"\D", "", match.group(0))
            for number, state in banned.items():
                if number in digits:
                    line = text.count("\n", 0, match.start()) + 1
                    problems.append(f"{path.relative_to(root)}:{line}: {match.group(0).strip()} is a low-confidence "
                                    f"number from the {state} reference row")
    return problems


def state_number_problems(root: Path, reference: Path) -> list[str]:
    """What each state's record shows follows its reference row: the row's hotline where there is
    one and the row is not `low`; no phone at all for `low` rows and states without a statewide line;
    "Last confirmed" on every phone of a `medium` row; and 911 in every state record."""
    records = _state_records(root)
    problems = []
    for row in _rows(reference, "state-reporting.csv"):
        code = row["code"]
        for record in records.get(code, []):
            phones = [p or {} for p in record.get("phones") or []]
            shown = {_national(p.get("number", "")) for p in phones}
            hotline = _numbers_in(row["hotline"])
            row_numbers = _numbers_in(" ".join(row.get(c, "") for c in NUMBER_COLUMNS["state-reporting.csv"]))
            if row["confidence"] == "low" or not hotline:
                if phones:
                    problems.append(f"{code}: {record['id']} shows a number, but the reference row is "
                                    f"{row['confidence']!r} with hotline {row['hotline']!r}")
            else:
                if not hotline & shown:
                    problems.append(f"{code}: {record['id']} does not show the reference hotline {row['hotline']!r}")
                if shown - row_numbers:
                    problems.append(f"{code}: {record['id']} shows {sorted(shown - row_numbers)}, "
                                    "which the state's reference row does not give")
            if row["confidence"] == "medium":
                for phone in phones:
                    if not re.search(r"Last confirmed \d{4}: check before relying on it", phone.get("description", "")):
                        problems.append(f"{code}: {record['id']} phone {phone.get('number')!r} is from a medium "
                                        "row but does not say 'Last confirmed YEAR: check before relying on it'")
            texts = [record.get("description", "")] + [t.get("description", "") for t in
                                                        (record.get("translations") or {}).values()]
            if not all("911" in text for text in texts):
                problems.append(f"{code}: {record['id']} does not tell people to call 911 in every language")
    return problems


CHECKS = (missing_state_problems, unreferenced_phone_problems, low_number_problems, state_number_problems)


# --- the reference itself --------------------------------------------------------------------------


def test_reference_has_the_jurisdictions_and_low_rows():
    rows = _rows(REFERENCE, "state-reporting.csv")
    assert len({row["code"] for row in rows}) == len(rows) >= 54
    assert low_numbers(REFERENCE), "no low-row numbers found: the check of them would prove nothing"


@pytest.mark.skipif(REFERENCE == SNAPSHOT, reason="shared/reference is not next to this checkout")
@pytest.mark.parametrize("name", TABLES)
def test_snapshot_matches_the_shared_reference(name):
    assert (SNAPSHOT / name).read_bytes() == (SHARED / name).read_bytes(), (
        f"tests/content/reference/{name} differs from {SHARED / name}: copy it again")


# --- the real content passes -----------------------------------------------------------------------


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_resources_pass(check):
    assert check(RESOURCES, REFERENCE) == []


# --- each check fails on a deliberately broken copy ------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "resources"
    shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("guide.pack"))
    return target


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _a_row(confidence: str, with_hotline: bool) -> dict[str, str]:
    return next(row for row in _rows(REFERENCE, "state-reporting.csv")
                if row["confidence"] == confidence and bool(_numbers_in(row["hotline"])) == with_hotline)


def test_missing_state_record_fails(copy):
    code = _a_row("high", with_hotline=True)["code"]
    for path in (copy / "organizations").glob("*.yaml"):
        if code in (_load(path).get("areas") or []) and "child-protection" in _load(path).get("categories", []):
            path.unlink()
    assert any(p.startswith(f"{code} ") for p in missing_state_problems(copy, REFERENCE))


def test_missing_state_row_fails(copy):
    row = _a_row("high", with_hotline=True)
    path = copy / "articles" / "es" / "report-child-abuse-in-your-state.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(_table_row(text, row["code"]), ""), encoding="utf-8")
    assert any(p.startswith(row["code"]) and "es state reporting page" in p
               for p in missing_state_problems(copy, REFERENCE))


def test_state_row_with_another_states_number_fails(copy):
    path = copy / "articles" / "report-child-abuse-in-your-state.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("| 1-800-478-4444 |", "| 1-800-482-5964 |"), encoding="utf-8")
    assert any(p.startswith("AK") and "en state reporting page" in p for p in missing_state_problems(copy, REFERENCE))


@pytest.mark.parametrize("where", ["articles/for-educators.md", "organizations/rainn.yaml", "guide.yaml"])
def test_low_number_anywhere_fails(copy, where):
    number = next(iter(low_numbers(REFERENCE)))
    written = f"({number[:3]}) {number[3:6]}-{number[6:]}" if len(number) == 10 else f"{number[:3]}-{number[3:]}"
    _append(copy / where, f"\n# call {written}\n")
    assert any(where in p for p in low_number_problems(copy, REFERENCE))


def test_low_row_phone_in_its_record_fails(copy):
    row = _a_row("low", with_hotline=False)
    path = copy / "organizations" / f"child-protection-{row['code'].lower()}.yaml"
    _append(path, "phones:\n  - number: 1-800-422-4453\n    kind: voice\n    source: https://example.org/x\n")
    assert any(p.startswith(row["code"]) for p in state_number_problems(copy, REFERENCE))


def test_unreferenced_phone_fails(copy):
    path = copy / "organizations" / "child-protection-ak.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("1-800-478-4444", "1-800-478-4445"), encoding="utf-8")
    assert any("child-protection-ak.yaml" in p for p in unreferenced_phone_problems(copy, REFERENCE))
    assert any(p.startswith("AK") for p in state_number_problems(copy, REFERENCE))


def test_unreferenced_number_in_links_fails(copy):
    _append(copy / "links.yaml", "# call 1-877-555-0177\n")
    assert any("links.yaml" in p and "555-0177" in p for p in unreferenced_phone_problems(copy, REFERENCE))


def test_unreferenced_number_in_article_fails(copy):
    _append(copy / "articles" / "es" / "how-to-report.md", "\nLlame al (800) 555-0142.\n")
    assert any("555-0142" in p for p in unreferenced_phone_problems(copy, REFERENCE))


def test_medium_phone_without_caution_fails(copy):
    row = _a_row("medium", with_hotline=True)
    path = copy / "organizations" / f"child-protection-{row['code'].lower()}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\. Last confirmed \d{4}: check before relying on it\.", ".", text), encoding="utf-8")
    assert any(p.startswith(row["code"]) and "Last confirmed" in p for p in state_number_problems(copy, REFERENCE))


def test_state_record_without_911_fails(copy):
    path = copy / "organizations" / "child-protection-wy.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("911", "the police"), encoding="utf-8")
    assert any(p.startswith("WY") and "911" in p for p in state_number_problems(copy, REFERENCE))
