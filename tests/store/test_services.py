"""The directory's services, locations, addresses, phones and schedules: written into a real pack
and read back whole, and seen by search and by the filters."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support import MINI_SOURCES

from guide.content import check_resources, write_pack
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
from guide.store import Pack
from guide.store.directory import OrganizationFilter
from guide.store.search import SearchQuery

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


@pytest.fixture(scope="module")
def services_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = check_resources(MINI_SOURCES)
    content = replace(content, organizations=(*content.organizations, HARBOR))
    return write_pack(content, tmp_path_factory.mktemp("services") / "services.pack").path


def test_an_organization_reads_back_with_every_service_location_phone_and_schedule(services_pack: Path) -> None:
    with Pack.open(services_pack) as pack:
        org_id = pack.organization_id("harbor")
        assert org_id is not None
        org = pack.organization(org_id)
    assert org is not None
    assert org.services == (SERVICE,)
    assert org.locations == (SHELTER, CLINIC)
    assert org.phones == HARBOR.phones  # the organization's own phones; its services' stay with them


def test_info_counts_the_directory(services_pack: Path) -> None:
    with Pack.open(services_pack) as pack:
        counts = pack.info().counts
    mini = check_resources(MINI_SOURCES)
    mini_phones = sum(len(o.phones) for o in mini.organizations)
    assert counts["services"] == 1 and counts["locations"] == 2
    # the organization's, the service's, the service at the shelter's, the shelter's own fax
    assert counts["phones"] == mini_phones + 4
    assert counts["schedules"] == 4


def test_a_service_is_found_by_its_name_and_description(services_pack: Path) -> None:
    with Pack.open(services_pack) as pack:
        for words in ("immigration clinic", "continued presence"):
            hits = pack.search(SearchQuery(words, kinds=("organization",)))
            assert [h.title for h in hits] == ["Harbor Network"], words


def test_filters_see_service_areas_addresses_and_service_languages(services_pack: Path) -> None:
    with Pack.open(services_pack) as pack:
        harbor = pack.organization_id("harbor")
        texas = pack.organization_ids(OrganizationFilter(state="TX"))
        spanish = pack.organization_ids(OrganizationFilter(language="es"))
        legal = pack.organization_ids(OrganizationFilter(category="legal"))
        california = pack.organization_ids(OrganizationFilter(state="CA"))
    assert harbor in texas and harbor in spanish and harbor in legal
    assert harbor not in california


def test_the_state_of_an_address_alone_puts_an_organization_in_that_state(tmp_path: Path) -> None:
    content = check_resources(MINI_SOURCES)
    only_address = replace(HARBOR, services=(), locations=(replace(CLINIC, addresses=(
        Address("physical", "1 Bay Rd", city="Honolulu", state="HI", postal_code="96813"),)),))
    path = write_pack(replace(content, organizations=(*content.organizations, only_address)), tmp_path / "p.pack").path
    with Pack.open(path) as pack:
        assert pack.organization_id("harbor") in pack.organization_ids(OrganizationFilter(state="HI"))
        assert "HI" in pack.areas_in_use()
