"""Real directories' quirks, each in a small package written here: what a careful person would keep,
normalise or refuse, and that every row left out is counted and listed."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hsds_packages import CATEGORIES, messages, one, package, write_csv

from guide.hsds import HsdsError
from guide.hsds.importer import read_directory

ORG = [["id", "name", "description", "website"], ["o1", "Legal Aid", "Helps.", "www.example.org"]]
SERVICE = [["id", "organization_id", "name", "description"], ["s1", "o1", "Clinic", "Free clinic."]]


def test_descriptor_paths_are_found_by_name_when_the_files_sit_in_data(tmp_path: Path) -> None:
    archive = tmp_path / "county-211.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("export/datapackage.json", '{"name": "county-211", "resources": ['
                    '{"name": "organizations", "path": "organizations.csv"},'
                    '{"name": "services", "path": "services.csv"}]}')
        zf.writestr("export/data/organizations.csv", "id,name,description\no1,Legal Aid,Helps.\n")
        zf.writestr("export/data/services.csv", "id,organization_id,name\ns1,o1,Clinic\n")
    result = read_directory(archive, CATEGORIES)
    assert [s.name for s in one(result).services] == ["Clinic"]
    assert result.title == "county-211"


def test_leaf_rows_without_ids_or_with_repeated_ids_are_kept_with_one_line_per_file(tmp_path: Path) -> None:
    folder = package(tmp_path / "d", organizations=ORG, services=SERVICE,
                     phones=[["id", "service_id", "number"]] + [["", "s1", f"212-555-01{i:02d}"] for i in range(40)],
                     languages=[["id", "service_id", "name"], ["l1", "s1", "Spanish"], ["l1", "s1", "Creole"],
                                ["l1", "s1", "Haitian Creole"]],
                     schedules=[["service_id", "weekday", "opens_at", "closes_at"], ["s1", "1", "9:00am", "5:30 PM"],
                                ["s1", "2", "9am", "17:00"]])
    result = read_directory(folder, CATEGORIES)
    [service] = one(result).services
    assert len(service.phones) == 40
    assert service.languages == ("es", "ht")  # "Creole" and "Haitian Creole" are both ht
    assert [(s.weekday, s.opens, s.closes) for s in service.schedules] == [(1, "09:00", "17:30"), (2, "09:00", "17:00")]
    assert [s.text for s in service.schedules] == ["9:00am - 5:30 PM", "9am - 17:00"]  # the source's words kept
    about_phones = [m for m in messages(result) if m.startswith("phones.csv")]
    assert about_phones == ["phones.csv: phone rows: 40 without an id (lines 2, 3, 4, 5, 6 and 35 more); kept, each "
                            "with a made-up id from its file and line"]
    assert result.tally.of("phones.csv").kept == 40 and result.tally.of("languages.csv").kept == 3


def test_websites_extensions_types_and_text_are_normalised(tmp_path: Path) -> None:
    folder = package(tmp_path / "d", organizations=[
        ["id", "name", "description", "website"],
        ["o1", "Legal Aid", "Open:\\n\\n###MON### 9-5\\tdaily", "www.example.org"],
        ["o2", "Other", "Plain.", "not a website"]],
        phones=[["id", "organization_id", "number", "type"], ["p1", "o1", "305-555-0100 x429", "voice"],
                ["p2", "o1", "305-555-0101 ext. 5", "fax"], ["p3", "o1", "305-555-0102 #12", "textphone"],
                ["p4", "o1", "305-555-0103", "TTY/TDD line"], ["p5", "o1", "1-800-FLOWERS", "text"]])
    result = read_directory(folder, CATEGORIES)
    orgs = {o.name: o for o in result.organizations}
    aid = orgs["Legal Aid"]
    assert aid.website == "https://www.example.org"
    assert aid.description == "Open:\n\n9-5 daily"
    assert [(p.number, p.extension, p.kind) for p in aid.phones] == [
        ("305-555-0100", "429", "voice"), ("305-555-0101", "5", "fax"), ("305-555-0102", "12", "tty"),
        ("305-555-0103", "", "tty"), ("1-800-3569377", "", "sms")]
    assert orgs["Other"].website == ""
    assert "organizations.csv:3: invalid URL 'not a website': scheme none is not one of http, https; " \
           "website left out" in messages(result)
    assert result.tally.of("organizations.csv").normalised == 2


def test_a_service_reached_only_through_its_location_and_an_address_only_through_its_organization(
        tmp_path: Path) -> None:
    folder = package(tmp_path / "d", organizations=ORG,
                     services=[["id", "name"], ["s1", "Clinic"]],
                     locations=[["id", "organization_id", "name"], ["l1", "o1", "Office"]],
                     service_at_location=[["id", "service_id", "location_id"], ["", "s1", "l1"]],
                     addresses=[["id", "organization_id", "address_1", "city", "state_province", "country"],
                                ["a1", "o1", "1 Main St", "Miami", "Florida", "USA"]])
    org = one(read_directory(folder, CATEGORIES))
    assert [s.name for s in org.services] == ["Clinic"]
    assert [at.location for at in org.services[0].locations] == ["l1"]
    assert [(a.street, a.state, a.country) for loc in org.locations for a in loc.addresses] == [
        ("1 Main St", "FL", "US")]


def test_ohana_services_hang_off_locations(tmp_path: Path) -> None:
    folder = package(tmp_path / "d", organizations=[["id", "name"], ["1", "Family Service"]],
                     locations=[["id", "organization_id", "name", "languages", "accessibility"],
                                ["1", "1", "Center", "Spanish, Chinese (Mandarin)", "disabled_parking, ramp"]],
                     services=[["id", "location_id", "name", "languages", "service_areas", "status"],
                               ["1", "1", "Meals", "Tagalog", "San Mateo County", "active"]],
                     mail_addresses=[["id", "location_id", "address_1", "city", "state_province"],
                                     ["1", "1", "PO Box 1", "Redwood City", "CA"]],
                     phones=[["id", "location_id", "number", "number_type"], ["1", "1", "650 780-7525", "fax"]])
    org = one(read_directory(folder, CATEGORIES))
    [meals] = org.services
    [center] = org.locations
    assert (meals.languages, meals.area_note) == (("tl",), "San Mateo County")
    assert [at.location for at in meals.locations] == ["1"]
    assert (center.languages, center.accessibility) == (("es", "zh"), "disabled parking, ramp")
    assert [(a.kind, a.state) for a in center.addresses] == [("postal", "CA")]
    assert [p.kind for p in center.phones] == ["fax"]


def test_several_services_in_one_service_at_location_cell(tmp_path: Path) -> None:
    folder = package(tmp_path / "d", organizations=ORG,
                     services=[["id", "organization_id", "name"], ["s1", "o1", "A"], ["s2", "o1", "B"]],
                     locations=[["id", "organization_id", "name"], ["l1", "o1", "Office"]],
                     service_at_location=[["id", "service_id", "location_id"], ["", "s1,s2", "l1"],
                                          ["", "", "l1"]])
    result = read_directory(folder, CATEGORIES)
    assert [[at.location for at in s.locations] for s in one(result).services] == [["l1"], ["l1"]]
    assert "service_at_location.csv:3: service at a location without a service_id; left out" in messages(result)


def test_a_nul_byte_and_an_unclosed_quote_are_reported_with_their_rows(tmp_path: Path) -> None:
    folder = package(tmp_path / "d", organizations=ORG, services=SERVICE)
    (folder / "phones.csv").write_bytes(b"id,service_id,number\np1,s1,212-555-0100\np2,s1,212-555\x000101\n"
                                        b'p3,s1,"212-555-0102\np4,s1,212-555-0103\np5,s1,212-555-0104\n')
    result = read_directory(folder, CATEGORIES)
    assert "phones.csv:3: a NUL byte in the row (a damaged file?); row left out" in messages(result)
    assert "phones.csv:4: a quote opened in this row is never closed: it would swallow the rest of the file " \
           "(2 more lines) into one field; the row is left out and the lines after it are read again" \
           in messages(result)
    assert [p.number for p in one(result).services[0].phones] == ["212-555-0100", "212-555-0103", "212-555-0104"]
    tally = result.tally.of("phones.csv")
    assert (tally.read, tally.kept, dict(tally.dropped)) == (5, 3, {"NUL byte": 1, "unclosed quote": 1})


def _deflated_zeros(path: Path, size: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("organizations.csv", "w") as member:
        member.write(b"id,name\n")
        zeros = bytes(1 << 20)
        for _ in range(size >> 20):
            member.write(zeros)


def test_a_zip_bomb_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    _deflated_zeros(bomb, 40 << 20)  # 40 MB of zeros in about 40 KB
    assert bomb.stat().st_size < 2 << 20
    with pytest.raises(HsdsError, match=r"bomb.zip: refused: entry 'organizations.csv' unpacks \d+ times its packed "
                                        r"size .* a zip bomb"):
        read_directory(bomb, CATEGORIES)


def test_a_zip_whose_headers_lie_stops_at_what_they_said(tmp_path: Path) -> None:
    bomb = tmp_path / "liar.zip"
    _deflated_zeros(bomb, 16 << 20)
    data = bytearray(bomb.read_bytes())
    real = (16 << 20) + len(b"id,name\n")
    claimed = (100_000).to_bytes(4, "little")
    # The uncompressed size in the central directory (offset 24) and the data descriptor says 100 KB.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = claimed
    for at in range(len(data) - 16):
        if data[at:at + 4] == b"PK\x07\x08" and int.from_bytes(data[at + 12:at + 16], "little") == real:
            data[at + 12:at + 16] = claimed
    bomb.write_bytes(bytes(data))
    with pytest.raises(HsdsError) as raised:
        read_directory(bomb, CATEGORIES)
    assert "damaged zip: organizations.csv cannot be read to its end" in str(raised.value)


def test_a_truncated_zip_is_damaged_not_unknown(tmp_path: Path) -> None:
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("organizations.csv", "id,name\n" + "o1,Legal Aid\n" * 5000)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:-200])
    with pytest.raises(HsdsError, match="cut.zip: damaged zip, it cannot be opened"):
        read_directory(cut, CATEGORIES)


def test_a_descriptor_path_outside_the_folder_is_refused(tmp_path: Path) -> None:
    folder = package(tmp_path / "d", organizations=ORG)
    write_csv(tmp_path, "secret.csv", [["id", "name"], ["x", "Secret"]])
    (folder / "datapackage.json").write_text('{"resources": [{"name": "organizations", "path": "../secret.csv"},'
                                             '{"path": "organizations.csv"}]}', encoding="utf-8")
    result = read_directory(folder, CATEGORIES)
    assert "datapackage.json: refused: resource path '../secret.csv' points outside the package's folder" \
        in messages(result)
    assert [o.name for o in result.organizations] == ["Legal Aid"]


def test_title_from_the_package_and_date_from_the_data_or_the_files(tmp_path: Path) -> None:
    dated = package(tmp_path / "dated" / "data", organizations=ORG,
                    services=[["id", "organization_id", "name", "last_modified"], ["s1", "o1", "A", "2024-05-06T10:00Z"]])
    result = read_directory(dated, CATEGORIES)
    assert (result.title, result.content_date) == ("dated", "2024-05-06")  # "data" is where it sits, not its name
    undated = package(tmp_path / "undated", organizations=ORG)
    os.utime(undated / "organizations.csv", (1_600_000_000, 1_600_000_000))  # 2020-09-13
    (undated / "datapackage.json").write_text('{"title": "County 211", "resources": []}', encoding="utf-8")
    result = read_directory(undated, CATEGORIES)
    assert (result.title, result.content_date) == ("County 211", "2020-09-13")


def test_every_dropped_row_is_counted_and_listed(tmp_path: Path) -> None:
    folder = package(tmp_path / "d", organizations=ORG,
                     services=[["id", "organization_id", "name", "status"], ["s1", "o1", "A", "active"],
                               ["s2", "o1", "B", "inactive"], ["s3", "nobody", "C", ""]],
                     phones=[["id", "service_id", "number"], ["p1", "s2", "212-555-0100"], ["p2", "s3", "1"],
                             ["p3", "", "212-555-0101"], ["p4", "s1", "call us"]])
    result = read_directory(folder, CATEGORIES)
    dropped = {file: sum(t.dropped.values()) for file, t in result.tally.files.items()}
    assert dropped == {"organizations.csv": 0, "services.csv": 2, "phones.csv": 4}
    listed = [m for m in messages(result) if m.endswith("left out")]
    assert len([m for m in listed if m.startswith(("services.csv:", "phones.csv:"))]) == 6
    assert dict(result.tally.of("phones.csv").dropped) == {
        "left-out service": 2, "not linked": 1, "unreadable number": 1}


def test_a_bom_utf16_file_and_windows_1252_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "organizations.csv").write_bytes("id,name\r\no1,Café\r\n".encode("utf-16"))
    (folder / "services.csv").write_bytes("id,organization_id,name\r\ns1,o1,Niños\r\n".encode("cp1252"))
    result = read_directory(folder, CATEGORIES)
    assert one(result).name == "Café" and one(result).services[0].name == "Niños"
    assert "services.csv:2: not UTF-8 (byte 33); read as Windows-1252, check the accents" in messages(result)


def test_progress_prints_a_line_per_stage_when_not_a_terminal() -> None:
    from guide.cli.progress import ProgressBar

    stream = io.StringIO()
    bar = ProgressBar(stream)
    for stage, done, total in [("reading", 0, 10), ("reading", 5, 10), ("services", 0, 3), ("writing", 2, 0)]:
        bar(stage, done, total)
    assert stream.getvalue() == "reading...\nservices...\nwriting...\n"
