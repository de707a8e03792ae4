"""`show REF`: one organization whole, as text for a terminal or as JSON, found by the ref that
search gives or by its id in resources/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import HARBOR, pack_with

from guide.cli import main
from guide.launch import main as launch_main
from guide.launch import plain_gui_start


@pytest.fixture(scope="module")
def harbor_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pack_with((HARBOR,), tmp_path_factory.mktemp("show") / "harbor.pack")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _search_ref(capsys: pytest.CaptureFixture[str], pack: Path, words: str) -> str:
    code, out, _ = _run(capsys, "search", words, "--kind", "organization", "--json", "--pack", str(pack))
    assert code == 0
    hits = json.loads(out)
    assert [h["title"] for h in hits] == ["Harbor Network"]
    return str(hits[0]["ref"])


def test_the_ref_search_gives_shows_the_organization_as_json(harbor_pack: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    ref = _search_ref(capsys, harbor_pack, "immigration clinic")
    code, out, err = _run(capsys, "show", ref, "--pack", str(harbor_pack), "--json")
    assert (code, err) == (0, "")
    org = json.loads(out)
    assert (org["ref"], org["name"], org["website"]) == (ref, "Harbor Network", "https://example.org")
    assert org["phones"] == [{"number": "713-555-0199", "extension": "", "type": "voice", "hours": "",
                              "always_open": False, "description": "main line", "languages": [],
                              "source": "hsds:test"}]
    [service] = org["services"]
    assert (service["name"], service["description"], service["languages"], service["eligibility"],
            service["fees"], service["minimum_age"]) == (
        "Immigration legal clinic", "T visa applications and Continued Presence.", ["es"],
        "Survivors of trafficking", "Free", 18)
    assert [(p["number"], p["extension"], p["type"], p["languages"]) for p in service["phones"]] == [
        ("713-555-0101", "429", "voice", ["es"])]
    assert service["schedules"] == [
        {"weekday": "FR", "opens": "22:00", "closes": "02:00", "closed": False, "valid_from": "", "valid_to": "",
         "text": "10pm-2am", "notes": ""},
        {"weekday": None, "opens": "", "closes": "", "closed": True, "valid_from": "2026-12-25",
         "valid_to": "2026-12-25", "text": "", "notes": "Christmas"}]
    shelter_at, clinic_at = service["locations"]
    assert (shelter_at["location"], shelter_at["name"], shelter_at["description"]) == (
        "shelter", "Harbor House", "At the shelter on Mondays")
    assert [p["type"] for p in shelter_at["phones"]] == ["tty"]
    assert [(s["weekday"], s["opens"], s["closes"]) for s in shelter_at["schedules"]] == [("MO", "10:00", "12:00")]
    assert (clinic_at["name"], clinic_at["phones"], clinic_at["schedules"]) == ("Eastside Clinic", [], [])
    shelter, clinic = org["locations"]
    assert shelter["name"] == "Harbor House"
    assert {k: shelter["address"][k] for k in ("street", "city", "state", "postal_code")} == {
        "street": "100 Main St", "city": "Houston", "state": "TX", "postal_code": "77002"}
    assert [a["kind"] for a in shelter["addresses"]] == ["physical", "postal"]
    assert (shelter["latitude"], shelter["longitude"]) == (29.7604, -95.3698)
    assert (clinic["latitude"], clinic["longitude"], clinic["address"]["city"]) == (None, None, "Austin")


def test_the_text_reads_as_a_directory_entry(harbor_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", "harbor", "--pack", str(harbor_pack))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Harbor Network  [ref ")
    expected_in_order = [
        "Website:        https://example.org",
        "  voice    713-555-0199  main line",
        "Services (1):",
        "  Immigration legal clinic",
        "    Eligibility:    Survivors of trafficking",
        "    Ages:           18 and over",
        "    Fees:           Free",
        "    Languages:      Spanish",
        "    Areas:          Texas (Harris County)",
        "      voice    713-555-0101 ext. 429  Spanish",
        "      Fri 22:00-02:00 (10pm-2am)",
        "      2026-12-25 closed Christmas",
        "    Offered at:",
        "      Harbor House, 100 Main St, Houston: At the shelter on Mondays",
        "          tty      713-555-0102",
        "          Mon 10:00-12:00",
        "Locations (2):",
        "  Harbor House",
        "    100 Main St, Suite 2, Houston, Harris County, TX 77002, US (physical)",
        "    PO Box 12, Houston, TX 77001, US (postal)",
        "    Coordinates:    29.7604, -95.3698",
        "    Transit:        Bus 7 stops at the door.",
        "    Accessibility:  Step-free entrance.",
        "      fax      713-555-0100  intake fax",
        "      Mon 09:00-17:00 (9am-5pm)",
        "  Eastside Clinic",
        "    5 Elm St, Austin, TX 78701 (physical)",
    ]
    positions = [lines.index(line) for line in expected_in_order]
    assert positions == sorted(positions)
    assert max(len(line) for line in lines) <= 100  # a terminal's width, not one long line per service


def test_an_organization_without_services_shows_its_own_fields(harbor_pack: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", "hotline-one", "--pack", str(harbor_pack))
    assert code == 0
    assert "Test Hotline (THL)" in out.splitlines()[0]
    assert "  sms      233733  24/7" in out.splitlines()
    assert "Services" not in out and "Locations" not in out
    code, out, _ = _run(capsys, "show", "hotline-one", "--pack", str(harbor_pack), "--json")
    assert (json.loads(out)["services"], json.loads(out)["locations"]) == ([], [])


@pytest.mark.parametrize("ref", ["no-such-organization", "999999", "99999999999999999999999", ""])
def test_an_unknown_ref_is_one_line_and_exit_1(harbor_pack: Path, capsys: pytest.CaptureFixture[str],
                                               ref: str) -> None:
    code, out, err = _run(capsys, "show", ref, "--pack", str(harbor_pack))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith(f"error: no organization {ref!r}")


def test_show_goes_past_the_windows_fast_path(harbor_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert plain_gui_start(["show", "harbor"]) == (False, None)
    assert plain_gui_start(["--pack", str(harbor_pack), "show", "harbor"]) == (False, None)
    assert launch_main(["--pack", str(harbor_pack), "show", "harbor", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "Harbor Network"


def test_show_without_a_ref_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["show"])
    assert exit_info.value.code == 2
    assert "REF" in capsys.readouterr().err
