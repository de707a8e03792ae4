"""Reading one organization's services, locations, addresses, phones and schedules.

Six queries whatever the organization's size, each on an index by organization (addresses and
services at a location through their location's and service's organization), put together in
Python: an organization with 50 services and 100 locations reads in a few milliseconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from guide.packformat.directory_values import Address, Location, Phone, Schedule, Service, ServiceAtLocation
from guide.packformat.values import Source
from guide.store.directory import Category, Organization

Fetch = Callable[[str, Sequence[object]], list[tuple]]
Owner = tuple[int | None, int | None, int | None]  # service, location, service at location


def _words(padded: str) -> tuple[str, ...]:
    return tuple(padded.split())


def _by_owner(fetch: Fetch, org_id: int) -> tuple[dict[Owner, list[Phone]], dict[Owner, list[Schedule]]]:
    phones: dict[Owner, list[Phone]] = defaultdict(list)
    for (service, location, at, number, extension, kind, hours, always_open, description, source,
         languages) in fetch("SELECT service_id, location_id, service_at_location_id, number, extension, kind, hours, "
                             "always_open, description, source, languages FROM phone WHERE organization_id = ? "
                             "ORDER BY id", (org_id,)):
        phones[(service, location, at)].append(Phone(number, kind, hours, bool(always_open), description, source,
                                                     extension, _words(languages)))
    schedules: dict[Owner, list[Schedule]] = defaultdict(list)
    for (service, location, at, weekday, opens, closes, closed, valid_from, valid_to, text,
         notes) in fetch("SELECT service_id, location_id, service_at_location_id, weekday, opens, closes, closed, "
                         "valid_from, valid_to, text, notes FROM schedule WHERE organization_id = ? ORDER BY id",
                         (org_id,)):
        schedules[(service, location, at)].append(Schedule(weekday, opens, closes, bool(closed), valid_from,
                                                           valid_to, text, notes))
    return phones, schedules


def organization_parts(fetch: Fetch, org_id: int) -> tuple[tuple[Phone, ...], tuple[Service, ...],
                                                             tuple[Location, ...]]:
    """(the organization's own phones, its services, its locations)."""
    phones, schedules = _by_owner(fetch, org_id)
    addresses: dict[int, list[Address]] = defaultdict(list)
    for location_id, *fields in fetch(
            "SELECT a.location_id, a.kind, a.street, a.street_2, a.city, a.region, a.state, a.postal_code, a.country, "
            "a.attention FROM address a JOIN location l ON l.id = a.location_id WHERE l.organization_id = ? "
            "ORDER BY a.location_id, a.position", (org_id,)):
        addresses[location_id].append(Address(*fields))
    locations: list[Location] = []
    location_keys: dict[int, str] = {}
    for (location_id, key, name, alternate_name, description, transportation, accessibility, latitude, longitude,
         languages) in fetch("SELECT id, key, name, alternate_name, description, transportation, accessibility, "
                             "latitude, longitude, languages FROM location WHERE organization_id = ? ORDER BY position",
                             (org_id,)):
        location_keys[location_id] = key
        own = (None, location_id, None)
        locations.append(Location(key, name, alternate_name, description, transportation, accessibility, latitude,
                                  longitude, tuple(addresses[location_id]), tuple(phones[own]),
                                  tuple(schedules[own]), _words(languages)))
    at_locations: dict[int, list[ServiceAtLocation]] = defaultdict(list)
    for at_id, service_id, location_id, description in fetch(
            "SELECT a.id, a.service_id, a.location_id, a.description FROM service_at_location a "
            "JOIN service s ON s.id = a.service_id WHERE s.organization_id = ? ORDER BY a.service_id, a.position",
            (org_id,)):
        owner = (service_id, None, at_id)  # as the writer sets them: the service's, and which place
        at_locations[service_id].append(ServiceAtLocation(location_keys[location_id], description,
                                                          tuple(phones[owner]), tuple(schedules[owner])))
    services = []
    for (service_id, key, name, alternate_name, description, url, email, status, eligibility, minimum_age,
         maximum_age, fees, application_process, required_documents, wait_time, interpretation, languages, areas,
         area_note, categories, assured_date, last_modified) in fetch(
            "SELECT id, key, name, alternate_name, description, url, email, status, eligibility, minimum_age, "
            "maximum_age, fees, application_process, required_documents, wait_time, interpretation, languages, "
            "areas, area_note, categories, assured_date, last_modified FROM service WHERE organization_id = ? "
            "ORDER BY position", (org_id,)):
        own = (service_id, None, None)
        services.append(Service(
            key, name, alternate_name, description, url, email, status, eligibility, minimum_age, maximum_age, fees,
            application_process, required_documents, wait_time, interpretation, _words(languages), _words(areas),
            area_note, _words(categories), tuple(phones[own]), tuple(schedules[own]),
            tuple(at_locations[service_id]), assured_date, last_modified))
    return tuple(phones[(None, None, None)]), tuple(services), tuple(locations)


def read_organization(fetch: Fetch, org_id: int, translated: dict[tuple[str, str], str],
                      category_label: Callable[[str], str]) -> Organization | None:
    """One organization whole; ``translated`` holds its description and language note in the
    language asked for, by (key, field)."""
    rows = fetch("SELECT id, key, name, alternate_name, description, categories, website, email, areas, languages, "
                 "language_note, verified FROM organization WHERE id = ?", (org_id,))
    if not rows:
        return None
    (org_id, key, name, alternate_name, description, categories, website, email, areas, languages,
     language_note, verified) = rows[0]
    phones, services, locations = organization_parts(fetch, org_id)
    sources = fetch("SELECT publisher, title, year, url FROM organization_source WHERE organization_id = ? "
                    "ORDER BY position", (org_id,))
    return Organization(
        id=org_id, key=key, name=name, alternate_name=alternate_name,
        description=translated.get((key, "description"), description),
        categories=tuple(Category(c, category_label(c)) for c in _words(categories)),
        website=website, email=email, phones=phones, areas=_words(areas), languages=_words(languages),
        language_note=translated.get((key, "language_note"), language_note),
        sources=tuple(Source(*s) for s in sources), verified=verified, services=services, locations=locations,
    )
