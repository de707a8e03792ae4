"""HSDS tables -> the guide's organization records, each with its services, locations, addresses,
phones and schedules, as HSDS 3.0 has them.

The tables are read in dependency order, one at a time (each is let go after use): the entities
first and linked however the directory links them, then the rows that hang off them. Every row is
kept, normalised or dropped for a cause, and counted (guide.hsds.run).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from guide.content import CategoryRecord, OrganizationRecord, Source
from guide.hsds.assemble import Assembler
from guide.hsds.drafts import Links, OrgDraft
from guide.hsds.map_details import (
    inline_details,
    map_categories,
    map_languages,
    map_service_areas,
    map_service_texts,
)
from guide.hsds.map_entities import map_locations, map_organizations, map_services, map_services_at_locations, resolve
from guide.hsds.map_phones import map_contacts, map_phones, map_schedules
from guide.hsds.map_places import map_accessibility, map_addresses
from guide.hsds.problems import HsdsProblem
from guide.hsds.run import Progress, Run
from guide.hsds.source import Tables
from guide.hsds.vocab import FALLBACK_CATEGORY, CategoryMatcher

__all__ = ["COLUMNS", "Mapped", "Progress", "map_tables"]

_OWNERS = "service_id location_id organization_id service_at_location_id"
# The columns the mapping reads; every other column is dropped while reading.
COLUMNS: dict[str, frozenset[str]] = {table: frozenset(names.split()) for table, names in {
    "organization": "id name alternate_name description email website url assured_date last_modified",
    "service": "id organization_id location_id name alternate_name description url website email status "
               "interpretation_services application_process fees fees_description wait_time eligibility "
               "eligibility_description minimum_age maximum_age required_documents languages service_areas "
               "taxonomy_ids assured_date last_modified",
    "location": "id organization_id name alternate_name description transportation latitude longitude "
                "accessibility languages",
    "address": "id location_id organization_id attention address_1 address_2 address_3 address_4 city region "
               "state_province postal_code country address_type",
    "phone": f"id {_OWNERS} contact_id number extension type number_type language description department",
    "schedule": f"id {_OWNERS} freq byday weekday opens_at closes_at description valid_from valid_to dtstart "
                "until notes start_date end_date closed holiday",
    "service_area": "id service_id service_at_location_id name service_area description",
    "language": "id service_id location_id phone_id name code language note",
    "taxonomy_term": "id taxonomy_id code name term parent_id",
    "attribute": "id link_id link_entity taxonomy_term_id taxonomy_id service_id organization_id value",
    "service_at_location": "id service_id location_id description",
    "accessibility": "id location_id accessibility description details url",
    "eligibility": "id service_id eligibility",
    "required_document": "id service_id document",
    "contact": f"id {_OWNERS} name title",
}.items()}


@dataclass(frozen=True)
class Mapped:
    organizations: tuple[OrganizationRecord, ...]
    categories: tuple[CategoryRecord, ...]
    problems: tuple[HsdsProblem, ...]
    counts: dict[str, int]


def _counts(records: list[OrganizationRecord], problems: int) -> dict[str, int]:
    services = [s for r in records for s in r.services]
    locations = [loc for r in records for loc in r.locations]
    phones = (sum(len(r.phones) for r in records) + sum(len(s.phones) + sum(len(a.phones) for a in s.locations)
                                                        for s in services) + sum(len(loc.phones) for loc in locations))
    schedules = (sum(len(s.schedules) + sum(len(a.schedules) for a in s.locations) for s in services)
                 + sum(len(loc.schedules) for loc in locations))
    return {"organizations": len(records), "services": len(services), "locations": len(locations),
            "addresses": sum(len(loc.addresses) for loc in locations), "phones": phones, "schedules": schedules,
            "problems": problems}


def _let_go(links: Links) -> Iterator[OrgDraft]:
    """The organizations' drafts in order, each let go (with its rows) once it has been assembled, so
    that the drafts and the records made of them are not both held whole. The other indexes of drafts
    are not needed any more: the assembler follows the drafts' own links."""
    for index in (links.services, links.locations, links.sals, links.phones, links.contacts):
        index.clear()
    drafts = list(links.orgs.values())
    links.orgs.clear()
    drafts.reverse()  # popped from the end: the first organization first
    while drafts:
        org = drafts.pop()
        yield org
        # The drafts link both ways (a service and its organization): a cycle is freed only by a full
        # garbage collection, which may not come before the end of the import.
        for service in org.services:
            service.org = None
            service.at.clear()
        for location in org.locations:
            location.orgs.clear()  # a location shared with an organization still to come is assembled once
        org.services.clear()
        org.locations.clear()


# The tables in the order map_tables takes them, for reading the next one ahead (guide.hsds.read_ahead).
TAKE_ORDER = ("organization", "location", "service", "service_at_location", "address", "accessibility", "contact",
              "phone", "taxonomy_term", "attribute", "schedule", "service_area", "language", "eligibility",
              "required_document")


def map_tables(tables: Tables, categories: tuple[CategoryRecord, ...], source: Source, phone_source: str,
               taken_keys: Iterable[str] = (), progress: Progress | None = None) -> Mapped:
    run = Run(tables, progress)
    links = Links()
    map_organizations(run, links)
    map_locations(run, links)
    map_services(run, links)
    map_services_at_locations(run, links)
    resolve(run, links)
    map_addresses(run, links)
    map_accessibility(run, links)
    map_contacts(run, links)
    map_phones(run, links)
    # Before the schedules: the guide's own exports say in an attribute which of them are closed.
    details = map_categories(run, links, CategoryMatcher(categories))
    map_schedules(run, links, details)
    map_service_areas(run, links)
    map_languages(run, links)
    map_service_texts(run, links)
    inline_details(run, links)
    assembler = Assembler(run, source, phone_source, details, taken_keys)
    records = []
    total = len(links.orgs)
    for done, org in enumerate(_let_go(links)):
        if done % 2000 == 0:
            run.progress("organizations", done, total)
        records.append(assembler.organization(org))
    used = {c for r in records for c in r.categories}
    known = tuple(categories) + ((FALLBACK_CATEGORY,) if FALLBACK_CATEGORY.id in used and
                                 FALLBACK_CATEGORY.id not in {c.id for c in categories} else ())
    return Mapped(tuple(records), known, tuple(tables.problems), _counts(records, len(tables.problems)))
