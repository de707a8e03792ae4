"""export-hsds: a valid HSDS 3.0.0 data package, and a round trip that keeps the organizations."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from support import validate_package

from guide.cli import main
from guide.hsds.export import export_pack
from guide.store import Pack


@pytest.fixture
def exported(mini_pack: Path, tmp_path: Path) -> Path:
    with Pack.open(mini_pack) as pack:
        export_pack(pack, tmp_path / "export")
    return tmp_path / "export"


def _organizations(pack_path: Path) -> dict[str, tuple]:
    """What must survive a round trip, by organization name."""
    with Pack.open(pack_path) as pack:
        return {
            o.name: (
                o.alternate_name, o.description, o.website, o.email, o.verified, o.language_note,
                frozenset(c.id for c in o.categories), frozenset(o.areas), frozenset(o.languages),
                tuple((p.number, p.kind, p.hours, p.always_open, p.description, p.source) for p in o.phones),
            )
            for o in pack.organizations(pack.organization_ids())
        }


def test_export_validates_against_the_specification(exported: Path) -> None:
    assert validate_package(exported) == []
    with (exported / "organizations.csv").open(encoding="utf-8") as handle:
        names = {row["name"] for row in csv.DictReader(handle)}
    assert names == {"Test Hotline", "Texas Crisis Line", "California Legal Aid", "New York Child Safety Project"}


def test_the_validator_catches_a_broken_package(exported: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(exported, broken)
    phones = (broken / "phones.csv").read_text(encoding="utf-8").splitlines()
    first = phones[1].split(",")
    first[2] = "no-such-service"  # service_id
    first[6] = ""  # number, required
    (broken / "phones.csv").write_text("\n".join([phones[0], ",".join(first), *phones[2:]]) + "\n", encoding="utf-8")
    errors = validate_package(broken)
    assert any("number is required" in e for e in errors)
    assert any("service_id 'no-such-service' is not a service id" in e for e in errors)


def test_export_is_reproducible(mini_pack: Path, exported: Path, tmp_path: Path) -> None:
    with Pack.open(mini_pack) as pack:
        export_pack(pack, tmp_path / "again")
    for path in exported.iterdir():
        assert path.read_bytes() == (tmp_path / "again" / path.name).read_bytes(), path.name


def test_round_trip_keeps_organizations_phones_areas_and_categories(mini_pack: Path, tmp_path: Path) -> None:
    assert main(["export-hsds", "--pack", str(mini_pack), "--out", str(tmp_path / "hsds")]) == 0
    assert main(["import-hsds", str(tmp_path / "hsds"), "--pack", str(mini_pack),
                 "--out", str(tmp_path / "again.pack")]) == 0
    assert _organizations(tmp_path / "again.pack") == _organizations(mini_pack)
    with Pack.open(tmp_path / "again.pack") as again, Pack.open(mini_pack) as original:
        # The banner points at the imported copy of the hotline, not at a second one.
        assert again.hotline().phone == original.hotline().phone
        hotline = again.organization(again.organization_id(again.hotline().organization))
        assert hotline is not None and hotline.name == "Test Hotline"
