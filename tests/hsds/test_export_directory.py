"""export-hsds writes the whole directory: services, locations, addresses, services at a location,
phones and schedules, every column of the specification's tables, and a package that Frictionless
validates against the specification's own datapackage.json."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest
from frictionless import Package
from support import CLINIC, HARBOR, SERVICE, SHELTER, SPEC, pack_with, validate_package

from guide.cli import main
from guide.content.records import Address, PhoneRecord, Schedule
from guide.hsds.export import export_package
from guide.store import Pack

SOURCE = "https://example.org/harbor"
# The shared organization with what the exporter must treat apart: a hotline (HSDS says "voice"), a
# day open until 24:00 (a time has no 24), a closed holiday, phone and location languages, a postal
# address without a country and an address without the city and postal code HSDS requires.
LEGAL = replace(
    SERVICE, languages=("es", "vi"),
    phones=(PhoneRecord("713-555-0101", "hotline", "Mon-Fri", False, "", SOURCE, extension="429", languages=("es",)),),
    schedules=(Schedule(5, "22:00", "02:00", text="10pm-2am"), Schedule(6, "00:00", "24:00", notes="all day"),
               Schedule(0, "", "", closed=True, valid_from="2026-12-25", valid_to="2026-12-25", notes="Christmas")),
    locations=(replace(SERVICE.locations[0], phones=(PhoneRecord("713-555-0102", "tty", "", False, "", SOURCE),)),
               *SERVICE.locations[1:]))
SHELTER_HERE = replace(SHELTER, languages=("es",), addresses=(
    SHELTER.addresses[0], replace(SHELTER.addresses[1], country="")),
    phones=tuple(replace(p, source=SOURCE) for p in SHELTER.phones))
CLINIC_HERE = replace(CLINIC, addresses=(Address("physical", "5 Elm St", state="TX"),))
HARBOR_HERE = replace(HARBOR, phones=(replace(HARBOR.phones[0], hours="9-5", source=SOURCE),), services=(LEGAL,),
                      locations=(SHELTER_HERE, CLINIC_HERE))


@pytest.fixture(scope="module")
def directory_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pack_with((HARBOR_HERE,), tmp_path_factory.mktemp("directory") / "directory.pack")


@pytest.fixture(scope="module")
def exported(directory_pack: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "hsds"
    with Pack.open(directory_pack) as pack:
        result = export_package(pack, folder)
    assert result.incomplete_addresses == 1
    return folder


def _rows(folder: Path, file: str) -> list[dict[str, str]]:
    with (folder / file).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _frictionless_errors(folder: Path) -> list[str]:
    """Frictionless's verdict on the export against the specification's descriptor: its schemas,
    constraints and foreign keys, with each resource read from the file the export wrote for it."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    written = {r["name"]: r["path"] for r in json.loads((folder / "datapackage.json").read_text())["resources"]}
    for resource in spec["resources"]:
        resource["path"] = written[resource["name"]]  # the spec's "addresss.csv" (sic) is addresses.csv
    report = Package(spec, basepath=str(folder)).validate()
    return [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors] + \
        [error.message for error in report.errors]


def test_frictionless_validates_the_export_against_the_specification(exported: Path) -> None:
    assert _frictionless_errors(exported) == []
    assert validate_package(exported) == []
    descriptor = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    assert [r["name"] for r in descriptor["resources"]] == [r["name"] for r in spec["resources"]]
    for resource, theirs in zip(descriptor["resources"], spec["resources"], strict=True):
        header = next(csv.reader((exported / resource["path"]).open(encoding="utf-8")))
        assert header == [f["name"] for f in theirs["schema"]["fields"]], resource["name"]


def test_frictionless_catches_what_the_specification_forbids(exported: Path, tmp_path: Path) -> None:
    """The check can fail: a schedule at 25 o'clock and a phone of a service that is not there."""
    broken = tmp_path / "broken"
    broken.mkdir()
    for path in exported.iterdir():
        (broken / path.name).write_bytes(path.read_bytes())
    schedules = _rows(broken, "schedules.csv")
    schedules[0]["opens_at"] = "25:00:00"
    phones = _rows(broken, "phones.csv")
    phones[0]["service_id"] = "no-such-service"
    for file, rows in (("schedules.csv", schedules), ("phones.csv", phones)):
        with (broken / file).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    errors = _frictionless_errors(broken)
    assert any(e.startswith("schedule:") and "25:00:00" in e for e in errors), errors
    assert any(e.startswith("phone:") and "no-such-service" in e for e in errors), errors


def test_services_locations_and_their_links_are_rows_of_their_own(exported: Path) -> None:
    orgs = {r["name"]: r["id"] for r in _rows(exported, "organizations.csv")}
    services = {r["name"]: r for r in _rows(exported, "services.csv")}
    legal = services["Immigration legal clinic"]
    assert legal["organization_id"] == orgs["Harbor Network"]
    assert (legal["eligibility_description"], legal["fees_description"], legal["minimum_age"], legal["maximum_age"],
            legal["application_process"], legal["interpretation_services"], legal["assured_date"]) == (
        "Survivors of trafficking", "Free", "18", "", "Walk in", "Phone interpreters", "2026-10-01")
    locations = {r["name"]: r for r in _rows(exported, "locations.csv")}
    shelter = locations["Harbor House"]
    assert (shelter["latitude"], shelter["longitude"], shelter["transportation"], shelter["location_type"]) == (
        "29.7604", "-95.3698", "Bus 7 stops at the door.", "physical")
    addresses = [(a["address_type"], a["address_1"], a["address_2"], a["city"], a["region"], a["state_province"],
                  a["postal_code"], a["country"]) for a in _rows(exported, "addresses.csv")
                 if a["location_id"] == shelter["id"]]
    # The postal address had no country: its state is a U.S. state's code, so the country is the US.
    assert addresses == [("physical", "100 Main St", "Suite 2", "Houston", "Harris County", "TX", "77002", "US"),
                         ("postal", "PO Box 12", "", "Houston", "", "TX", "77001", "US")]
    assert [r["description"] for r in _rows(exported, "accessibility.csv")] == ["Step-free entrance."]
    at = {(r["service_id"], r["location_id"]): r["description"] for r in _rows(exported, "service_at_location.csv")}
    assert at == {(legal["id"], shelter["id"]): "At the shelter on Mondays",
                  (legal["id"], locations["Eastside Clinic"]["id"]): ""}
    assert [r["document"] for r in _rows(exported, "required_documents.csv")] == ["Any ID"]
    areas = [r["name"] for r in _rows(exported, "service_areas.csv") if r["service_id"] == legal["id"]]
    assert areas == ["Texas", "Harris County"]
    languages = {(r["service_id"] or r["location_id"] or r["phone_id"], r["code"], r["name"])
                 for r in _rows(exported, "languages.csv")}
    assert {(legal["id"], "es", "Spanish"), (legal["id"], "vi", "Vietnamese"),
            (shelter["id"], "es", "Spanish")} <= languages


def test_phones_keep_their_owner_extension_type_and_languages(exported: Path) -> None:
    phones = {r["number"]: r for r in _rows(exported, "phones.csv")}
    services = {r["name"]: r["id"] for r in _rows(exported, "services.csv")}
    owners = {number: tuple(column for column in ("organization_id", "service_id", "location_id",
                                                  "service_at_location_id") if phones[number][column])
              for number in ("713-555-0199", "713-555-0101", "713-555-0100", "713-555-0102")}
    assert owners == {"713-555-0199": ("organization_id",), "713-555-0101": ("service_id",),
                      "713-555-0100": ("location_id",), "713-555-0102": ("service_at_location_id",)}
    hotline = phones["713-555-0101"]
    assert (hotline["service_id"], hotline["extension"], hotline["type"]) == (
        services["Immigration legal clinic"], "429", "voice")
    assert (phones["713-555-0100"]["type"], phones["713-555-0102"]["type"]) == ("fax", "textphone")
    terms = {r["id"]: r["code"] for r in _rows(exported, "taxonomy_terms.csv")}
    details = {(terms[r["taxonomy_term_id"]], r["value"]) for r in _rows(exported, "attributes.csv")
               if r["link_id"] == hotline["id"]}
    # HSDS's type says "voice"; the guide's kind, hours and source travel as attributes.
    assert details == {("phone-kind", "hotline"), ("phone-hours", "Mon-Fri"), ("phone-always-open", "false"),
                       ("phone-source", SOURCE)}
    spoken = [r["code"] for r in _rows(exported, "languages.csv") if r["phone_id"] == hotline["id"]]
    assert spoken == ["es"]


def test_schedules_are_weekly_rules_with_the_sources_text(exported: Path) -> None:
    services = {r["name"]: r["id"] for r in _rows(exported, "services.csv")}
    legal = services["Immigration legal clinic"]
    rows = [r for r in _rows(exported, "schedules.csv") if r["service_id"] == legal]
    assert [(r["freq"], r["byday"], r["opens_at"], r["closes_at"], r["valid_from"], r["valid_to"], r["description"],
             r["notes"]) for r in rows] == [
        ("WEEKLY", "FR", "22:00:00", "02:00:00", "", "", "10pm-2am", ""),
        ("WEEKLY", "SA", "00:00:00", "23:59:59", "", "", "", "all day"),  # a time has no 24:00
        ("", "", "", "", "2026-12-25", "2026-12-25", "", "Christmas"),
    ]
    terms = {r["id"]: r["code"] for r in _rows(exported, "taxonomy_terms.csv")}
    closed = [r["link_id"] for r in _rows(exported, "attributes.csv")
              if terms[r["taxonomy_term_id"]] == "schedule-closed"]
    assert closed == [rows[2]["id"]]
    by_owner = {(r["location_id"] != "", r["service_at_location_id"] != "")
                for r in _rows(exported, "schedules.csv")}
    assert by_owner == {(False, False), (True, False), (False, True)}


def test_an_incomplete_address_travels_whole_beside_its_location(exported: Path) -> None:
    clinic = next(r for r in _rows(exported, "locations.csv") if r["name"] == "Eastside Clinic")
    assert not [a for a in _rows(exported, "addresses.csv") if a["location_id"] == clinic["id"]]
    terms = {r["id"]: r["code"] for r in _rows(exported, "taxonomy_terms.csv")}
    values = [json.loads(r["value"]) for r in _rows(exported, "attributes.csv")
              if r["link_id"] == clinic["id"] and terms[r["taxonomy_term_id"]] == "incomplete-address"]
    # The address table's columns, as given: no country is filled in for an address kept aside.
    assert values == [{"address_type": "physical", "address_1": "5 Elm St", "state_province": "TX"}]


def test_an_organization_without_services_is_carried_by_a_service_that_stands_for_it(exported: Path) -> None:
    orgs = {r["name"]: r["id"] for r in _rows(exported, "organizations.csv")}
    services = _rows(exported, "services.csv")
    terms = {r["id"]: r["code"] for r in _rows(exported, "taxonomy_terms.csv")}
    itself = {r["link_id"] for r in _rows(exported, "attributes.csv")
              if terms[r["taxonomy_term_id"]] == "organization-itself"}
    standing = {s["organization_id"] for s in services if s["id"] in itself}
    # The four organizations of the mini guide have no services; Harbor's own fields are all its
    # service's or its organization row's except its verified date, so it has one too.
    assert standing == set(orgs.values())
    hotline = next(s for s in services if s["name"] == "Test Hotline")
    assert hotline["id"] in itself and hotline["assured_date"] == "2025-12-19"
    assert {a["name"] for a in _rows(exported, "service_areas.csv") if a["service_id"] == hotline["id"]} == {
        "Nationwide"}


def test_the_command_says_what_it_wrote(directory_pack: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-hsds", "--pack", str(directory_pack), "--out", str(tmp_path / "out")]) == 0
    out, err = capsys.readouterr()
    assert "(5 organizations, 6 services, 2 locations, 2 addresses, 10 phones, 5 schedules)" in out
    assert "1 address(es) lack a part HSDS requires" in err


# -- Round trip: export, import the export, and the directory is the same ----------------------------
# The exporter's conventions the importer reads back: a service carrying 'organization-itself' is
# folded into its organization; 'guide-key', 'phone-kind', 'schedule-closed', 'service-wait-time',
# 'service-last-modified' and 'incomplete-address' attributes; closes_at 23:59:59 is the end of day.


@pytest.fixture(scope="module")
def round_trip(directory_pack: Path, exported: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    again = tmp_path_factory.mktemp("again") / "again.pack"
    assert main(["import-hsds", str(exported), "--pack", str(directory_pack), "--out", str(again)]) == 0
    return again


def _harbor(pack_path: Path):  # type: ignore[no-untyped-def]
    with Pack.open(pack_path) as pack:
        org_id = pack.organization_id("harbor")  # the guide's key comes back
        assert org_id is not None
        return pack.organization(org_id)


def test_round_trip_keeps_the_organizations_of_the_mini_guide(directory_pack: Path, round_trip: Path) -> None:
    with Pack.open(directory_pack) as before, Pack.open(round_trip) as after:
        def names(pack: Pack) -> set[str]:
            return {o.name for o in pack.organizations(pack.organization_ids())}
        assert names(after) == names(before)


def test_round_trip_keeps_services(directory_pack: Path, round_trip: Path) -> None:
    assert _harbor(round_trip).services == _harbor(directory_pack).services


def test_round_trip_keeps_locations_and_addresses(directory_pack: Path, round_trip: Path) -> None:
    before = _harbor(directory_pack).locations
    # The one change: HSDS requires a country, and an address in a U.S. state is in the US.
    shelter = replace(before[0], addresses=(before[0].addresses[0], replace(before[0].addresses[1], country="US")))
    assert before[0].addresses[1].country == ""
    assert _harbor(round_trip).locations == (shelter, *before[1:])


def test_round_trip_keeps_the_organizations_own_phones_and_fields(directory_pack: Path, round_trip: Path) -> None:
    before, after = _harbor(directory_pack), _harbor(round_trip)
    assert after.phones == before.phones
    # Its verified date is its own, not its service's newer one; its service's interpretation note
    # stays the service's.
    assert (after.key, after.description, after.areas, after.languages, after.verified, after.language_note) == (
        before.key, before.description, before.areas, before.languages, before.verified, before.language_note)


def test_round_trip_keeps_every_phone_and_schedule(directory_pack: Path, round_trip: Path) -> None:
    with Pack.open(directory_pack) as before, Pack.open(round_trip) as after:
        counts_before, counts_after = before.info().counts, after.info().counts
    assert {k: counts_after[k] for k in ("services", "locations", "phones", "schedules")} == {
        k: counts_before[k] for k in ("services", "locations", "phones", "schedules")}
