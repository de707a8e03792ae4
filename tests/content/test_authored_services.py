"""Authored organizations can say what HSDS says: services (phones, hours, eligibility, fees,
languages, areas, where they are offered) and locations (addresses, coordinates, transit,
accessibility), each checked with its problem at its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import MINI_SOURCES, RESOURCES

from guide.content import ContentError, Problem, build_pack, check_resources
from guide.store import Pack
from guide.store.directory import Address, Location, Phone, Schedule, ServiceAtLocation

HARBOR_YAML = """\
id: harbor
name: Harbor Network
description: A network of shelters.
categories: [legal]
areas: [TX]
phones:
  - number: 713-555-0199
    kind: voice
    extension: "12"
    languages: [es]
    source: https://example.org/harbor
locations:
  - id: shelter
    name: Harbor House
    transportation: Bus 7 stops at the door.
    accessibility: Step-free entrance.
    latitude: 29.7604
    longitude: -95.3698
    address: {street: 100 Main St, city: Houston, state: TX, postal_code: "77002", country: US}
    addresses:
      - {kind: postal, street: PO Box 12, city: Houston, state: TX, postal_code: "77001"}
    hours:
      - {days: [MO, TU], opens: 09:00, closes: "17:30", text: 9am-5:30pm}
services:
  - id: legal
    name: Immigration legal clinic
    description: T visa applications.
    eligibility: Survivors of trafficking
    minimum_age: 18
    fees: Free
    languages: [es]
    areas: [TX]
    area_note: Harris County
    phones:
      - {number: 713-555-0101, kind: hotline, source: https://example.org/harbor}
    hours:
      - {day: FR, opens: "22:00", closes: "02:00"}
      - {valid_from: 2026-12-25, closed: true, notes: Christmas}
    locations:
      - location: shelter
        description: Mondays only
        hours:
          - {day: MO, opens: "10:00", closes: "12:00"}
    verified: 2026-10-01
    updated: 2026-11-15
sources:
  - {publisher: Harbor, title: About, year: 2025, url: "https://example.org/harbor"}
verified: 2026-09-01
"""


def _resources(tmp_path: Path, harbor: str = HARBOR_YAML) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(MINI_SOURCES, root)
    (root / "organizations" / "harbor.yaml").write_text(harbor, encoding="utf-8")
    return root


def _problems(root: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        check_resources(root)
    return caught.value.problems


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_services_and_locations_reach_the_pack_whole(tmp_path: Path) -> None:
    pack_path = build_pack(_resources(tmp_path), tmp_path / "harbor.pack").path
    with Pack.open(pack_path) as pack:
        org_id = pack.organization_id("harbor")
        assert org_id is not None
        org = pack.organization(org_id)
        counts = pack.info().counts
    assert org is not None
    assert org.phones == (Phone("713-555-0199", "voice", "", False, "", "https://example.org/harbor", "12", ("es",)),)
    assert org.locations == (Location(
        "shelter", "Harbor House", transportation="Bus 7 stops at the door.", accessibility="Step-free entrance.",
        latitude=29.7604, longitude=-95.3698,
        addresses=(Address("physical", "100 Main St", city="Houston", state="TX", postal_code="77002", country="US"),
                   Address("postal", "PO Box 12", city="Houston", state="TX", postal_code="77001")),
        # An unquoted 09:00 is a base-60 number to YAML 1.1: it is still nine o'clock.
        schedules=(Schedule(1, "09:00", "17:30", text="9am-5:30pm"), Schedule(2, "09:00", "17:30", text="9am-5:30pm"))),)
    [service] = org.services
    assert (service.key, service.name, service.eligibility, service.minimum_age, service.maximum_age, service.fees,
            service.languages, service.areas, service.area_note, service.assured_date, service.last_modified) == (
        "legal", "Immigration legal clinic", "Survivors of trafficking", 18, None, "Free", ("es",), ("TX",),
        "Harris County", "2026-10-01", "2026-11-15")
    assert [p.kind for p in service.phones] == ["hotline"]
    assert service.schedules == (Schedule(5, "22:00", "02:00"),
                                 Schedule(0, "", "", closed=True, valid_from="2026-12-25", notes="Christmas"))
    assert service.locations == (ServiceAtLocation("shelter", "Mondays only",
                                                   schedules=(Schedule(1, "10:00", "12:00"),)),)
    assert (counts["services"], counts["locations"]) == (1, 1)


@pytest.mark.parametrize(("old", "new", "needle", "words"), [
    ("opens: 09:00", "opens: 9am", "opens: 9am", ("24-hour time", "9am")),
    ("- location: shelter", "- location: clinic", "- location: clinic", ("no location with id 'clinic'",)),
    ("    latitude: 29.7604\n", "", "longitude: -95.3698", ("give both latitude and longitude",)),
    ("state: TX, postal_code: \"77002\"", "state: Texas, postal_code: \"77002\"", "state: Texas",
     ("unknown state 'Texas'",)),
    ("    transportation: Bus", "    transport: Bus", "transport: Bus", ("unknown field 'transport'",)),
    ("{number: 713-555-0101, kind: hotline, source: https://example.org/harbor}",
     "{number: 713-555-0101, kind: hotline}", "713-555-0101, kind: hotline", ("missing required field 'source'",)),
    ("      - {day: FR,", "      - {day: FRI,", "day: FRI", ("unknown weekday 'FRI'",)),
    ("    minimum_age: 18", "    minimum_age: eighteen", "minimum_age: eighteen", ("'minimum_age' must be",)),
    ("    extension: \"12\"", "    extension: x12", "extension: x12", ("extension is digits only",)),
    ("{valid_from: 2026-12-25, closed: true", "{valid_from: 2026-12-25, opens: \"09:00\", closed: true",
     "opens: \"09:00\", closed", ("closed have no opens or closes",)),
])
def test_each_mistake_is_one_problem_at_its_line(tmp_path: Path, old: str, new: str, needle: str,
                                                 words: tuple[str, ...]) -> None:
    assert old in HARBOR_YAML
    text = HARBOR_YAML.replace(old, new, 1)
    problems = _problems(_resources(tmp_path, text))
    assert len(problems) == 1, "\n".join(map(str, problems))
    problem = problems[0]
    assert problem.path.endswith("organizations/harbor.yaml")
    assert problem.line == _line(text, needle), str(problem)
    for word in words:
        assert word in problem.message


def test_a_repeated_service_id_is_reported_at_the_repeat(tmp_path: Path) -> None:
    text = HARBOR_YAML.replace("sources:\n", "  - id: legal\n    name: Again\nsources:\n", 1)
    [problem] = _problems(_resources(tmp_path, text))
    assert "duplicate service id 'legal'" in problem.message
    assert problem.line == _line(text, "name: Again") - 1


def test_the_organizations_of_the_guide_still_load_unchanged() -> None:
    content = check_resources(RESOURCES)
    assert len(content.organizations) == len(list((RESOURCES / "organizations").glob("*.yaml")))
    assert all(not o.services and not o.locations for o in content.organizations)
