"""A second process reading the next tables ahead (a large directory) gives the import it would
have had without it: the same records, problems in the same order, the same counts; it follows the
mapping's own order; and when it cannot read, the importer reads the tables itself."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hsds_packages import CATEGORIES, package
from support import HSDS

from guide.content import Source
from guide.hsds.importer import ImportResult, read_directory, read_tables
from guide.hsds.mapping import TAKE_ORDER, map_tables
from guide.hsds.read_ahead import SecondProcessReadAhead

ORG = [["id", "name"], ["o1", "Legal Aid"], ["o2", "Shelter House"]]


def _quirky(folder: Path) -> Path:
    """Rows that are read, normalised and dropped, in tables before and after their neighbours."""
    package(folder, organizations=ORG,
            services=[["id", "organization_id", "name", "status"], ["s1", "o1", "Clinic", "active"],
                      ["s2", "o2", "Beds", "inactive"], ["s3", "nobody", "Lost", ""]],
            locations=[["id", "organization_id", "name"], ["l1", "o1", "Office"]],
            languages=[["id", "service_id", "name"], ["x", "s1", "Spanish"], ["x", "s1", "Creole"]],
            schedules=[["service_id", "weekday", "opens_at", "closes_at"], ["s1", "1", "9:00am", "5:30 PM"]])
    (folder / "phones.csv").write_bytes(b"id,service_id,number\np1,s1,212-555-0100\np2,s1,212-555\x000101\n"
                                        b'p3,s1,"212-555-0102\np4,s1,212-555-0103 x12\n')
    (folder / "addresses.csv").write_bytes("id,location_id,address_1,city\r\na1,l1,Calle Niños 5,Miami\r\n"
                                           .encode("cp1252"))
    return folder


def _same(first: ImportResult, second: ImportResult) -> None:
    assert second.organizations == first.organizations
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems]
    assert second.tally.table() == first.tally.table()
    assert (second.counts, second.content_date, second.title) == (first.counts, first.content_date, first.title)


@pytest.mark.parametrize("name", ["quirky", "spec-example", "v1-package"])
def test_reading_ahead_gives_the_same_import(name: str, tmp_path: Path) -> None:
    folder = _quirky(tmp_path / "quirky") if name == "quirky" else HSDS / name

    here = read_directory(folder, CATEGORIES, read_ahead=False)
    ahead = read_directory(folder, CATEGORIES, read_ahead=True)

    assert here.organizations and here.problems
    _same(here, ahead)


def test_the_mapping_takes_its_tables_in_the_order_read_ahead_expects_and_it_reads_all_but_the_first() -> None:
    tables = read_tables(HSDS / "v1-package", read_ahead=True)
    try:
        files = {table: [path for path, _, _ in planned] for table, planned in tables.planned.items()}
        map_tables(tables, CATEGORIES, Source("Test", "Test", None, ""), "hsds:test")
    finally:
        tables.close()
    assert len(files) > 8
    assert tables.taken == [table for table in TAKE_ORDER if table in tables.taken]
    assert set(files) <= set(tables.taken)
    in_order = [path for table in tables.taken for path in files.get(table, [])]
    assert isinstance(tables.ahead, SecondProcessReadAhead)
    assert tables.ahead.delivered == in_order[1:]  # the first while the process started


def test_when_the_process_cannot_read_the_importer_reads_itself(tmp_path: Path) -> None:
    archive = tmp_path / "directory.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in _quirky(tmp_path / "quirky").iterdir():
            zf.write(path, path.name)
    expected = read_directory(archive, CATEGORIES, read_ahead=False)

    tables = read_tables(archive, read_ahead=True)
    archive.unlink()  # the importer's archive is open already; the second process finds nothing
    try:
        mapped = map_tables(tables, CATEGORIES, Source("Test", "Test", None, ""), "hsds:test")
    finally:
        tables.close()
    assert mapped.organizations and [str(p) for p in mapped.problems] == [str(p) for p in expected.problems]
