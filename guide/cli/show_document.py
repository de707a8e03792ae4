"""One organization as plain data for ``show --json``: every field, its services with their phones,
schedules and places, and its locations with their addresses and coordinates."""

from __future__ import annotations

from dataclasses import asdict

from guide.packformat.directory_values import WEEKDAYS, Address, Location, Phone, Schedule, Service
from guide.store.directory import Organization

Document = dict[str, object]


def phone_document(p: Phone) -> Document:
    return {"number": p.number, "extension": p.extension, "type": p.kind, "hours": p.hours,
            "always_open": p.always_open, "description": p.description, "languages": list(p.languages),
            "source": p.source}


def schedule_document(s: Schedule) -> Document:
    return {"weekday": WEEKDAYS[s.weekday - 1] if 1 <= s.weekday <= 7 else None, "opens": s.opens,
            "closes": s.closes, "closed": s.closed, "valid_from": s.valid_from, "valid_to": s.valid_to,
            "text": s.text, "notes": s.notes}


def main_address(loc: Location) -> Address | None:
    """Where to go: the first physical address, else the first of any kind."""
    return next((a for a in loc.addresses if a.kind == "physical"), loc.addresses[0] if loc.addresses else None)


def location_document(loc: Location) -> Document:
    address = main_address(loc)
    return {"key": loc.key, "name": loc.name, "alternate_name": loc.alternate_name, "description": loc.description,
            "address": asdict(address) if address else None,
            "addresses": [asdict(a) for a in loc.addresses],
            "latitude": loc.latitude, "longitude": loc.longitude, "transportation": loc.transportation,
            "accessibility": loc.accessibility, "languages": list(loc.languages),
            "phones": [phone_document(p) for p in loc.phones],
            "schedules": [schedule_document(s) for s in loc.schedules]}


def service_document(s: Service, locations: dict[str, Location]) -> Document:
    return {
        "key": s.key, "name": s.name, "alternate_name": s.alternate_name, "description": s.description,
        "status": s.status, "url": s.url, "email": s.email, "eligibility": s.eligibility,
        "minimum_age": s.minimum_age, "maximum_age": s.maximum_age, "fees": s.fees,
        "application_process": s.application_process, "required_documents": s.required_documents,
        "wait_time": s.wait_time, "interpretation": s.interpretation, "languages": list(s.languages),
        "areas": list(s.areas), "area_note": s.area_note, "categories": list(s.categories),
        "phones": [phone_document(p) for p in s.phones], "schedules": [schedule_document(x) for x in s.schedules],
        "locations": [{"location": at.location, "name": locations[at.location].name if at.location in locations
                       else "", "description": at.description, "phones": [phone_document(p) for p in at.phones],
                       "schedules": [schedule_document(x) for x in at.schedules]} for at in s.locations],
        "verified": s.assured_date, "updated": s.last_modified,
    }


def organization_document(org: Organization) -> Document:
    locations = {loc.key: loc for loc in org.locations}
    return {
        "ref": str(org.id), "key": org.key, "name": org.name, "alternate_name": org.alternate_name,
        "description": org.description, "website": org.website, "email": org.email,
        "categories": [{"id": c.id, "label": c.label} for c in org.categories], "areas": list(org.areas),
        "languages": list(org.languages), "language_note": org.language_note, "verified": org.verified,
        "phones": [phone_document(p) for p in org.phones],
        "services": [service_document(s, locations) for s in org.services],
        "locations": [location_document(loc) for loc in org.locations],
        "sources": [asdict(s) for s in org.sources],
    }
