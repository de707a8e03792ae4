"""The public samples in ../shared/hsds-samples (skipped when absent): what each keeps, table by
table, and why the rest is left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import ROOT

from guide.content.records import CategoryRecord
from guide.hsds.importer import read_directory

SAMPLES = ROOT.parent / "shared" / "hsds-samples"
CATEGORIES = (CategoryRecord("legal", "Legal help"),)


def _sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.is_dir():
        pytest.skip(f"{path} is not here")
    return path


def test_ohana_keeps_its_services_through_their_locations() -> None:
    result = read_directory(_sample("ohana-san-mateo"), CATEGORIES)
    counts = result.counts
    assert (counts["organizations"], counts["services"], counts["locations"]) == (8, 21, 22)
    assert (counts["addresses"], counts["phones"], counts["schedules"]) == (42, 54, 15)
    assert dict(result.tally.of("services.csv").dropped) == {"defunct service": 1, "inactive service": 1}
    kinds = {p.kind for o in result.organizations for loc in o.locations for p in loc.phones}
    assert {"voice", "fax"} <= kinds  # number_type kept


def test_the_1x_sample_keeps_every_table() -> None:
    result = read_directory(_sample("openreferral-sample-all"), CATEGORIES)
    tally = result.tally
    for file in ("physical_addresses.csv", "postal_addresses.csv", "accessibility_for_disabilities.csv",
                 "holiday_schedules.csv", "regular_schedules.csv", "eligibility.csv", "required_documents.csv",
                 "languages.csv", "service_areas.csv", "phones.csv"):
        assert tally.of(file).read == tally.of(file).kept > 0, file
    [sanctuary] = [o for o in result.organizations if o.name == "Sanctuary Example City"]
    [helpline] = [s for s in sanctuary.services if s.name == "Never Homeless Helpline"]
    assert helpline.eligibility == "adult" and helpline.required_documents == "Sample required document"
    assert [a.kind for loc in sanctuary.locations for a in loc.addresses] == ["physical", "postal"]


def test_the_transformer_sample_keeps_rows_without_ids() -> None:
    result = read_directory(_sample("hsds-transformer-tmp"), CATEGORIES)
    tally = result.tally
    # No phone, schedule or service_at_location row has an id; none is dropped for that.
    for file in ("phones.csv", "schedules.csv", "service_at_location.csv"):
        assert "no id" not in tally.of(file).dropped and tally.of(file).kept > 0
    assert any(s.opens == "09:00" for o in result.organizations for loc in o.locations for s in loc.schedules)
