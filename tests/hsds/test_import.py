"""Importing HSDS directories: the specification's own examples, a 1.x package, JSON, and broken data."""

from __future__ import annotations

import json
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from support import HSDS

from guide.content.records import CategoryRecord, OrganizationRecord
from guide.hsds import HsdsError
from guide.hsds.importer import ImportResult, read_directory

CATEGORIES = (CategoryRecord("hotline", "Hotlines"), CategoryRecord("legal", "Legal help"),
              CategoryRecord("shelter", "Shelter and housing"))


def _read(path: Path) -> ImportResult:
    return read_directory(path, CATEGORIES)


def _by_name(result: ImportResult) -> dict[str, OrganizationRecord]:
    return {o.name: o for o in result.organizations}


def _messages(result: ImportResult) -> list[str]:
    return [str(p) for p in result.problems]


def test_spec_example_package() -> None:
    result = _read(HSDS / "spec-example")
    orgs = _by_name(result)
    assert set(orgs) == {"Example Organization Inc.", "Example Legal Aid of Texas"}

    example = orgs["Example Organization Inc."]
    assert example.alternate_name == "Example Org"
    assert example.description.startswith("Example Org is a non-profit")  # services are not folded in any more
    assert (example.website, example.email) == ("http://example.com", "email@example.com")
    [counselling] = example.services
    assert (counselling.name, counselling.alternate_name) == ("Community Counselling", "MyCity Counselling Services")
    assert (counselling.minimum_age, counselling.maximum_age) == (12, 100)
    assert counselling.fees == "fees_description"  # the example's fees_description is empty, its `fees` says this
    assert counselling.eligibility.startswith("This service is intended for all people aged 12")
    assert counselling.languages == ("ur",)
    assert counselling.area_note.startswith("The service is available to all residents of the MyCity area")
    assert (counselling.assured_date, counselling.last_modified) == ("2005-01-01", "2023-03-15")
    [at] = counselling.locations
    [location] = example.locations
    assert at.location == location.key and location.name == "MyCity Civic Center"
    # The spec's phone names a service at a location: it hangs there, with its extension and language.
    [phone] = at.phones
    assert (phone.number, phone.extension, phone.kind, phone.languages) == ("+44 1234 234567", "100", "voice", ("ur",))
    assert phone.hours.startswith("The service is available from 10 am to 6pm weekdays")
    assert phone.source == "https://example.org/directory"  # the package's homepage
    assert {(s.weekday, s.opens, s.closes) for s in at.schedules} == {(4, "10:00", "18:00"), (5, "10:00", "18:00")}
    [address] = location.addresses
    assert (address.kind, address.city, address.state, address.region) == ("postal", "MyCity", "", "MyRegion, MyState")
    assert location.latitude is None  # the spec's 100, 101 are no place on Earth
    assert example.language_note == "Interpretation services are available in Urdu, Polish, and Slovak"
    assert example.categories == ("other",)  # its only term ("name") is none of the guide's categories
    assert example.verified == "2023-03-15"  # last_modified is newer than assured_date

    legal = orgs["Example Legal Aid of Texas"]
    [immigration] = legal.services
    assert immigration.categories == ("legal",)  # "Immigration law" -> its parent term "Legal Help"
    assert immigration.areas == ("TX", "OK")  # the service area "Texas, Oklahoma"
    assert [a.state for loc in legal.locations for a in loc.addresses] == ["TX"]
    assert [(p.number, p.kind, p.hours, p.always_open) for p in immigration.phones] == [
        ("512-555-0142", "voice", "24 hours, 7 days a week", True),
        ("55512", "sms", "24 hours, 7 days a week", True)]
    assert [(s.weekday, s.opens, s.closes) for s in immigration.schedules] == [(d, "00:00", "23:59") for d in range(1, 8)]
    assert immigration.languages == ("es",) and legal.language_note == "Also: Slovak"
    assert legal.verified == "2025-03-01"
    assert "Closed clinic" not in [s.name for o in orgs.values() for s in o.services]
    assert "services.csv:4: service 'Closed clinic' is defunct; left out" in _messages(result)
    assert result.tally.of("services.csv").dropped == {"defunct service": 1}
    assert [c.id for c in result.categories] == ["hotline", "legal", "shelter", "other"]


def test_zip_gives_the_same_organizations_as_the_folder(tmp_path: Path) -> None:
    archive = tmp_path / "directory.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in (HSDS / "spec-example").iterdir():
            zf.write(path, f"directory/{path.name}")  # archives usually wrap the package in a folder
    assert _read(archive).organizations == _read(HSDS / "spec-example").organizations


def test_spec_service_json_matches_the_csv_form() -> None:
    from_json = _by_name(_read(HSDS / "service_full.json"))["Example Organization Inc."]
    from_csv = _by_name(_read(HSDS / "spec-example"))["Example Organization Inc."]
    same = ("name", "alternate_name", "description", "website", "email", "categories", "language_note", "verified")
    assert {k: getattr(from_json, k) for k in same} == {k: getattr(from_csv, k) for k in same}
    [json_service], [csv_service] = from_json.services, from_csv.services
    assert (json_service.name, json_service.alternate_name, json_service.minimum_age) == \
        (csv_service.name, csv_service.alternate_name, csv_service.minimum_age)
    # The JSON nests its phone in the service (the CSV names a service at a location); the provenance
    # differs too: the JSON file names no homepage.
    [phone] = json_service.phones
    assert (phone.number, phone.extension, phone.languages, phone.source) == \
        ("+44 1234 234567", "100", ("ur",), "hsds:service_full")


@pytest.mark.parametrize("shape", ["page", "list", "organization", "service_at_location"])
def test_json_orientations(tmp_path: Path, shape: str) -> None:
    service = json.loads((HSDS / "service_full.json").read_text(encoding="utf-8"))
    organization = service.pop("organization")
    second = {**service, "id": "second", "name": "Second service", "phones": [], "organization": organization}
    service["organization"] = organization
    documents = {
        "page": {"total_items": 2, "page_number": 1, "contents": [service, second]},
        "list": [service, second],
        "organization": {**organization, "services": [
            {k: v for k, v in s.items() if k != "organization"} for s in (service, second)]},
        "service_at_location": {"id": "sal-1", "service": service,
                                "location": service["service_at_locations"][0]["location"]},
    }
    path = tmp_path / f"{shape}.json"
    path.write_text(json.dumps(documents[shape]), encoding="utf-8")
    [org] = _read(path).organizations
    assert org.name == "Example Organization Inc."
    numbers = [p.number for s in org.services for p in s.phones]
    assert numbers == ["+44 1234 234567"]
    assert org.services[0].phones[0].languages == ("ur",)
    assert ("Second service" in [s.name for s in org.services]) == (shape != "service_at_location")


def test_json_problems_are_located_by_pointer(tmp_path: Path) -> None:
    service = json.loads((HSDS / "service_full.json").read_text(encoding="utf-8"))
    service["phones"].append({"id": "bad", "number": "call us", "type": "voice"})
    path = tmp_path / "page.json"
    path.write_text(json.dumps({"contents": [service]}), encoding="utf-8")
    assert "page.json#/contents/0/phones/1: malformed phone number 'call us'; left out" in _messages(_read(path))


def test_1x_package_imports_what_it_can() -> None:
    result = _read(HSDS / "v1-package")
    orgs = _by_name(result)
    sanctuary = orgs["Sanctuary Example City"]
    [shelter] = sanctuary.services
    assert shelter.categories == ("shelter",)  # taxonomy.csv + services_taxonomy.csv
    assert [a.state for loc in sanctuary.locations for a in loc.addresses] == ["NY"]  # physical_addresses.csv
    assert shelter.areas == ("NJ",)  # service_areas.service_area
    assert shelter.languages == ("en", "es")  # languages.language holds names in 1.x
    assert sanctuary.website == "http://example.com"  # `url` in 1.x
    [phone] = shelter.phones
    assert (phone.kind, phone.hours) == ("voice", "Mon, Tue, Wed 09:00-17:00")  # regular_schedules weekdays
    assert [(s.weekday, s.opens, s.closes) for s in shelter.schedules] == [
        (1, "09:00", "17:00"), (2, "09:00", "17:00"), (3, "09:00", "17:00")]
    silvers = orgs["Example City Silvers"]
    assert "<li>" not in silvers.description and "- Personal Care" in silvers.description
    assert [p.kind for p in silvers.phones] == ["voice", "fax"]  # its own service, folded into it
    assert "organizations.csv:7: organization without a description (required by HSDS 3.0); imported" \
        in _messages(result)


def test_broken_package_reports_each_problem_and_imports_the_rest() -> None:
    result = _read(HSDS / "broken")
    messages = _messages(result)
    for expected in [
        # rows without an id or with a repeated one are kept, with one line for the file
        "organizations.csv: organization rows: 1 without an id (lines 5) and 1 with an id an earlier row has "
        "(lines 3); kept, each with a made-up id from its file and line",
        "organizations.csv:6: organization without a name; left out",
        "organizations.csv:4: invalid URL 'htp:/broken': scheme 'htp' is not one of http, https; website left out",
        "organizations.csv:4: malformed email address 'not-an-email'; email left out",
        "services.csv:3: organization_id 'org-missing' refers to a missing organization; left out",
        "services.csv:4: 6 fields but the header has 5; extra fields ignored",
        "phones.csv:3: malformed phone number 'call us maybe'; left out",
        "phones.csv:4: service_id 'svc-missing' refers to a missing service; left out",
        "phones.csv: phone rows: 1 with an id an earlier row has (lines 5); kept, each with a made-up id from its "
        "file and line",
        "phones.csv:6: phone linked to no organization, service, location or contact; left out",
        "locations.csv:2: not UTF-8 (byte 40); read as Windows-1252, check the accents",
        "schedules.csv:1: empty file; left out",
        "addresses.csv:3: location_id 'loc-missing' refers to a missing location; left out",
        "attributes.csv:2: taxonomy_term_id 'term-missing' refers to a missing taxonomy term; left out",
        "attributes.csv:3: link_id 'svc-nowhere' refers to a missing service or organization; left out",
    ]:
        assert expected in messages
    orgs = _by_name(result)
    assert set(orgs) == {"Good Org", "Bad Links Org", "Duplicate Org", "No Id Org"}
    numbers = [p.number for o in orgs.values() for p in o.phones] + [
        p.number for o in orgs.values() for s in o.services for p in s.phones]
    assert sorted(numbers) == ["555-0100", "555-0102", "555-0104", "555-0105"]  # a pager is kept now
    assert [a.state for loc in orgs["Good Org"].locations for a in loc.addresses] == ["TX"]  # Windows-1252, read anyway
    assert (orgs["Bad Links Org"].website, orgs["Bad Links Org"].email) == ("", "")
    assert [p.kind for p in orgs["Bad Links Org"].phones] == ["tty"]
    tally = result.tally
    assert tally.of("phones.csv").dropped == {"unreadable number": 1, "missing service": 1, "not linked": 1}
    assert (tally.of("phones.csv").read, tally.of("phones.csv").kept) == (7, 4)


@pytest.mark.parametrize("member", ["../evil.csv", "/etc/evil.csv", "dir/../../evil.csv"])
def test_zip_with_paths_outside_its_folder_is_refused(tmp_path: Path, member: str) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(HSDS / "spec-example" / "organizations.csv", "organizations.csv")
        zf.writestr(zipfile.ZipInfo(member), "id,name\n")
    with pytest.raises(HsdsError, match="refused: entry .* points outside the archive's folder"):
        _read(archive)


def test_zip_with_a_symlink_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "link.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(HSDS / "spec-example" / "organizations.csv", "organizations.csv")
        info = zipfile.ZipInfo("services.csv")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(HsdsError, match="symbolic link"):
        _read(archive)


def test_nothing_to_import(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "organizations.csv").write_bytes(b"")
    with pytest.raises(HsdsError, match="no organization could be imported .*organizations.csv:1: empty file"):
        _read(folder)
    with pytest.raises(HsdsError, match="not an HSDS directory"):
        _read(HSDS / "README.md")


def test_utf16_and_keys_unique_across_directories(tmp_path: Path) -> None:
    folder = tmp_path / "utf16"
    shutil.copytree(HSDS / "spec-example", folder)
    text = (folder / "organizations.csv").read_text(encoding="utf-8")
    (folder / "organizations.csv").write_bytes(text.encode("utf-16"))
    result = read_directory(folder, CATEGORIES, taken_keys={"example-organization-inc"})
    assert "organizations.csv:1: UTF-16 text, not UTF-8; read as UTF-16" in _messages(result)
    assert "example-organization-inc-2" in {o.key for o in result.organizations}
