"""One guide organization as HSDS 3.0 rows: the organization, its services, locations, addresses,
services at a location, phones, schedules, languages, service areas and attributes.

Each record's id is made from its place in the organization (``org/KEY/service/KEY/phone/0``), so an
export is reproducible. What HSDS has no column for goes into attributes (guide.hsds.guide_terms).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from guide.hsds.guide_terms import (
    GUIDE_KEY,
    HSDS_PHONE_TYPES,
    INCOMPLETE_ADDRESS,
    KINDS_BY_TERM,
    ORGANIZATION_ITSELF,
    PHONE_ALWAYS_OPEN,
    PHONE_HOURS,
    PHONE_KIND,
    PHONE_SOURCE,
    SCHEDULE_CLOSED,
    SERVICE_LAST_MODIFIED,
    SERVICE_WAIT_TIME,
)
from guide.hsds.package_rows import PackageRows, stable_id
from guide.hsds.schedules import END_OF_DAY
from guide.languages import STATE_NAMES, area_name, language_name
from guide.packformat.directory_values import WEEKDAYS, Address, Location, Phone, Schedule, Service
from guide.store.directory import Organization

_STATUSES = ("active", "inactive", "defunct", "temporarily closed")


def _time(value: str) -> str:
    """'09:00' as HSDS's time ('09:00:00'); the end of the day, '24:00', as '23:59:59' (a time has no 24)."""
    if not value:
        return ""
    return END_OF_DAY if value == "24:00" else f"{value}:00"


def _number(value: float | int | None) -> str:
    return "" if value is None else str(value)


def _address_columns(a: Address, country: str) -> dict[str, str]:
    return dict(attention=a.attention, address_1=a.street, address_2=a.street_2, city=a.city, region=a.region,
                state_province=a.state, postal_code=a.postal_code, country=country, address_type=a.kind)


class OrganizationRows:
    """Writes one organization into ``rows``; ``terms`` are the taxonomy term ids by code."""

    def __init__(self, rows: PackageRows, terms: dict[str, str]) -> None:
        self.rows = rows
        self.terms = terms
        self.incomplete_addresses = 0

    def attribute(self, path: str, code: str, link_id: str, entity: str, value: str = "",
                  link_type: str = "detail") -> None:
        self.rows.add("attribute", id=stable_id(path, "attribute", code), link_id=link_id,
                      taxonomy_term_id=self.terms[code], link_type=link_type, link_entity=entity, value=value)

    def languages(self, path: str, codes: Iterable[str], **owner: str) -> None:
        for code in codes:
            self.rows.add("language", id=stable_id(path, "language", code), name=language_name(code), code=code,
                          **owner)

    def phones(self, path: str, phones: Iterable[Phone], **owner: str) -> None:
        for position, phone in enumerate(phones):
            phone_path = f"{path}/phone/{position}"
            description = phone.description
            extension = phone.extension
            if extension and not extension.isdigit():  # HSDS's extension is a number
                description = f"Extension {extension}. {description}".strip()
                extension = ""
            phone_id = self.rows.add("phone", id=stable_id(phone_path), number=phone.number, extension=extension,
                                     type=HSDS_PHONE_TYPES.get(phone.kind, "voice"), description=description,
                                     **owner)
            # All three, even empty: an importer then takes the phone's hours as given, not from a schedule.
            for code, value in ((PHONE_HOURS, phone.hours), (PHONE_ALWAYS_OPEN, str(phone.always_open).lower()),
                                (PHONE_SOURCE, phone.source)):
                self.attribute(phone_path, code, phone_id, "phone", value, link_type="phone_detail")
            if phone.kind in KINDS_BY_TERM:
                self.attribute(phone_path, PHONE_KIND, phone_id, "phone", phone.kind)
            self.languages(phone_path, phone.languages, phone_id=phone_id)

    def schedules(self, path: str, schedules: Iterable[Schedule], **owner: str) -> None:
        for position, s in enumerate(schedules):
            schedule_path = f"{path}/schedule/{position}"
            weekly = 1 <= s.weekday <= 7
            schedule_id = self.rows.add(
                "schedule", id=stable_id(schedule_path), freq="WEEKLY" if weekly else "",
                byday=WEEKDAYS[s.weekday - 1] if weekly else "", opens_at=_time(s.opens), closes_at=_time(s.closes),
                valid_from=s.valid_from, valid_to=s.valid_to, description=s.text, notes=s.notes, **owner)
            if s.closed:
                self.attribute(schedule_path, SCHEDULE_CLOSED, schedule_id, "schedule", "true")

    def address(self, path: str, location_id: str, position: int, a: Address) -> None:
        country = a.country or ("US" if a.state in STATE_NAMES else "")
        if not all((a.street, a.city, a.state, a.postal_code, country)):
            self.incomplete_addresses += 1
            # The address table's columns, as given (no country filled in): an importer reads it as a row.
            columns = _address_columns(a, a.country)
            value = json.dumps({k: v for k, v in columns.items() if v}, ensure_ascii=False, sort_keys=True)
            self.attribute(f"{path}/address/{position}", INCOMPLETE_ADDRESS, location_id, "location", value)
            return
        self.rows.add("address", id=stable_id(path, "address", str(position)), location_id=location_id,
                      **_address_columns(a, country))

    def location(self, org_path: str, org_id: str, loc: Location) -> str:
        path = f"{org_path}/location/{loc.key}"
        kinds = {a.kind for a in loc.addresses}
        location_type = next((k for k in ("physical", "postal", "virtual") if k in kinds), "physical")
        location_id = self.rows.add(
            "location", id=stable_id(path), location_type=location_type, organization_id=org_id, name=loc.name,
            alternate_name=loc.alternate_name, description=loc.description, transportation=loc.transportation,
            latitude=_number(loc.latitude), longitude=_number(loc.longitude))
        self.attribute(path, GUIDE_KEY, location_id, "location", loc.key)
        for position, a in enumerate(loc.addresses):
            self.address(path, location_id, position, a)
        if loc.accessibility:
            self.rows.add("accessibility", id=stable_id(path, "accessibility"), location_id=location_id,
                          description=loc.accessibility)
        self.phones(path, loc.phones, location_id=location_id)
        self.schedules(path, loc.schedules, location_id=location_id)
        self.languages(path, loc.languages, location_id=location_id)
        return location_id

    def areas(self, path: str, service_id: str, codes: Iterable[str], note: str = "") -> None:
        for code in codes:
            self.rows.add("service_area", id=stable_id(path, "area", code), service_id=service_id,
                          name=area_name(code))
        if note:  # a row of its own: the source's words ("Harris County") name an area too
            self.rows.add("service_area", id=stable_id(path, "area-note"), service_id=service_id, name=note)

    def categories(self, path: str, link_id: str, entity: str, categories: Iterable[str]) -> None:
        for category in categories:
            if category in self.terms:
                self.attribute(path, category, link_id, entity, link_type="category")

    def service(self, org_path: str, org_id: str, s: Service, location_ids: dict[str, str]) -> None:
        path = f"{org_path}/service/{s.key}"
        service_id = self.rows.add(
            "service", id=stable_id(path), organization_id=org_id, name=s.name, alternate_name=s.alternate_name,
            description=s.description, url=s.url, email=s.email,
            status=s.status if s.status in _STATUSES else "active", interpretation_services=s.interpretation,
            application_process=s.application_process, fees_description=s.fees,
            eligibility_description=s.eligibility, minimum_age=_number(s.minimum_age),
            maximum_age=_number(s.maximum_age), assured_date=s.assured_date)
        self.attribute(path, GUIDE_KEY, service_id, "service", s.key)
        if s.wait_time:
            self.attribute(path, SERVICE_WAIT_TIME, service_id, "service", s.wait_time)
        if s.last_modified:
            self.attribute(path, SERVICE_LAST_MODIFIED, service_id, "service", s.last_modified)
        if s.required_documents:
            self.rows.add("required_document", id=stable_id(path, "document"), service_id=service_id,
                          document=s.required_documents)
        self.categories(path, service_id, "service", s.categories)
        self.areas(path, service_id, s.areas, s.area_note)
        self.languages(path, s.languages, service_id=service_id)
        self.phones(path, s.phones, service_id=service_id)
        self.schedules(path, s.schedules, service_id=service_id)
        for position, at in enumerate(s.locations):
            at_path = f"{path}/at/{position}"
            at_id = self.rows.add("service_at_location", id=stable_id(at_path), service_id=service_id,
                                  location_id=location_ids[at.location], description=at.description)
            self.phones(at_path, at.phones, service_at_location_id=at_id)
            self.schedules(at_path, at.schedules, service_at_location_id=at_id)

    def organization(self, org: Organization) -> None:
        path = f"org/{org.key}"
        org_id = self.rows.add("organization", id=stable_id("organization", org.key), name=org.name,
                               alternate_name=org.alternate_name, description=org.description, email=org.email,
                               website=org.website)
        self.attribute(path, GUIDE_KEY, org_id, "organization", org.key)
        self.phones(path, org.phones, organization_id=org_id)
        location_ids = {loc.key: self.location(path, org_id, loc) for loc in org.locations}
        for service in org.services:
            self.service(path, org_id, service, location_ids)
        # The pack's organization lists its services' and addresses' areas, languages and categories
        # with its own: only what none of them gives is the organization's own.
        given_areas = {a for s in org.services for a in s.areas}
        given_areas |= {a.state for loc in org.locations for a in loc.addresses}
        own_areas = [a for a in org.areas if a not in given_areas]
        given_languages = {lang for s in org.services for lang in s.languages}
        given_languages |= {lang for loc in org.locations for lang in loc.languages}
        own_languages = [lang for lang in org.languages if lang not in given_languages]
        given_categories = {c for s in org.services for c in s.categories}
        self.categories(path, org_id, "organization", (c.id for c in org.categories if c.id not in given_categories))
        # Without this service an importer takes the organization's verified date and interpretation
        # note from its services: the newest of their dates, their notes together.
        newest = max((d for s in org.services for d in (s.assured_date, s.last_modified) if d), default="")
        notes = "; ".join(dict.fromkeys(s.interpretation for s in org.services if s.interpretation))
        if not org.services or own_areas or own_languages or org.language_note != notes or org.verified != newest:
            self.organization_itself(path, org, org_id, own_areas, own_languages)

    def organization_itself(self, path: str, org: Organization, org_id: str, areas: list[str],
                            languages: list[str]) -> None:
        service_path = f"{path}/itself"
        service_id = self.rows.add(
            "service", id=stable_id("service", org.key), organization_id=org_id, name=org.name,
            description=org.description, url=org.website, email=org.email, status="active",
            interpretation_services=org.language_note, assured_date=org.verified)
        self.attribute(service_path, ORGANIZATION_ITSELF, service_id, "service", "true")
        self.areas(service_path, service_id, areas)
        self.languages(service_path, languages, service_id=service_id)
