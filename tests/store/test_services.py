"""The directory's services, locations, addresses, phones and schedules: written into a real pack
and read back whole, and seen by search and by the filters."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support import CLINIC, HARBOR, MINI_SOURCES, SERVICE, SHELTER, pack_with

from guide.content import check_resources
from guide.content.records import Address
from guide.store import Pack
from guide.store.directory import OrganizationFilter
from guide.store.search import SearchQuery


@pytest.fixture(scope="module")
def services_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pack_with((HARBOR,), tmp_path_factory.mktemp("services") / "services.pack")


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
    only_address = replace(HARBOR, services=(), locations=(replace(CLINIC, addresses=(
        Address("physical", "1 Bay Rd", city="Honolulu", state="HI", postal_code="96813"),)),))
    path = pack_with((only_address,), tmp_path / "p.pack")
    with Pack.open(path) as pack:
        assert pack.organization_id("harbor") in pack.organization_ids(OrganizationFilter(state="HI"))
        assert "HI" in pack.areas_in_use()
