"""One organization as text for a terminal (``show``): its fields, then each service with its hours,
phones and places, then each location with its addresses; empty fields are left out."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from guide.cli.show_document import main_address
from guide.languages import area_name, language_name
from guide.packformat.directory_values import Address, Location, Phone, Schedule, Service
from guide.store.directory import Organization

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LABEL = 16  # the width of a field's label


def _field(indent: str, label: str, value: str) -> Iterator[str]:
    if value:
        yield f"{indent}{label + ':':<{_LABEL}}{value}"


def _names(codes: Iterable[str], name: Callable[[str], str]) -> str:
    return ", ".join(name(code) for code in codes)


def phone_line(p: Phone) -> str:
    number = f"{p.number} ext. {p.extension}" if p.extension else p.number
    details = [p.hours, "24/7" if p.always_open and "24" not in p.hours else "", p.description,
               _names(p.languages, language_name)]
    return f"{p.kind:<8} {number}" + "".join(f"  {d}" for d in details if d)


def schedule_line(s: Schedule) -> str:
    when = DAY_NAMES[s.weekday - 1] if 1 <= s.weekday <= 7 else ""
    if s.valid_from:
        dates = s.valid_from if s.valid_to in ("", s.valid_from) else f"{s.valid_from} to {s.valid_to}"
        when = f"{when} {dates}".strip() if when else dates
    hours = "closed" if s.closed else (f"{s.opens}-{s.closes}" if s.opens or s.closes else "")
    parts = [when, hours, f"({s.text})" if s.text and (hours or when) else s.text, s.notes]
    return " ".join(part for part in parts if part)


def address_line(a: Address) -> str:
    place = " ".join(part for part in (a.state, a.postal_code) if part)
    parts = [a.attention, a.street, a.street_2, a.city, a.region, place, a.country]
    return ", ".join(part for part in parts if part) + f" ({a.kind})"


def _phones_and_hours(indent: str, phones: Iterable[Phone], schedules: Iterable[Schedule]) -> Iterator[str]:
    phones, schedules = list(phones), list(schedules)
    if phones:
        yield f"{indent}Phones:"
        yield from (f"{indent}  {phone_line(p)}" for p in phones)
    if schedules:
        yield f"{indent}Hours:"
        yield from (f"{indent}  {schedule_line(s)}" for s in schedules)


def _ages(s: Service) -> str:
    if s.minimum_age is not None and s.maximum_age is not None:
        return f"{s.minimum_age} to {s.maximum_age}"
    if s.minimum_age is not None:
        return f"{s.minimum_age} and over"
    return f"up to {s.maximum_age}" if s.maximum_age is not None else ""


def service_lines(s: Service, locations: dict[str, Location]) -> Iterator[str]:
    yield f"  {s.name}" + (f" ({s.alternate_name})" if s.alternate_name else "") + \
        ("" if s.status == "active" else f"  [{s.status}]")
    if s.description:
        yield from (f"    {line}" for line in s.description.splitlines() if line.strip())
    areas = _names(s.areas, area_name)
    for label, value in (("Eligibility", s.eligibility), ("Ages", _ages(s)), ("Fees", s.fees),
                         ("How to apply", s.application_process), ("Documents", s.required_documents),
                         ("Wait time", s.wait_time), ("Languages", _names(s.languages, language_name)),
                         ("Interpretation", s.interpretation),
                         ("Areas", f"{areas} ({s.area_note})" if areas and s.area_note else areas or s.area_note),
                         ("Website", s.url), ("Email", s.email), ("Verified", s.assured_date),
                         ("Updated", s.last_modified)):
        yield from _field("    ", label, value)
    yield from _phones_and_hours("    ", s.phones, s.schedules)
    if s.locations:
        yield "    Offered at:"
    for at in s.locations:
        place = locations.get(at.location)
        name = place.name or at.location if place else at.location
        address = main_address(place) if place else None
        yield f"      {name}" + (f", {address.street}, {address.city}".rstrip(", ") if address else "") + \
            (f": {at.description}" if at.description else "")
        yield from _phones_and_hours("        ", at.phones, at.schedules)


def location_lines(loc: Location) -> Iterator[str]:
    yield f"  {loc.name or loc.key}" + (f" ({loc.alternate_name})" if loc.alternate_name else "")
    if loc.description:
        yield f"    {loc.description}"
    yield from (f"    {address_line(a)}" for a in loc.addresses)
    coordinates = f"{loc.latitude}, {loc.longitude}" if loc.latitude is not None and loc.longitude is not None else ""
    for label, value in (("Coordinates", coordinates), ("Transit", loc.transportation),
                         ("Accessibility", loc.accessibility), ("Languages", _names(loc.languages, language_name))):
        yield from _field("    ", label, value)
    yield from _phones_and_hours("    ", loc.phones, loc.schedules)


def organization_lines(org: Organization) -> Iterator[str]:
    yield org.name + (f" ({org.alternate_name})" if org.alternate_name else "") + f"  [ref {org.id}, id {org.key}]"
    if org.description:
        yield from (f"  {line}" for line in org.description.splitlines() if line.strip())
    yield ""
    for label, value in (("Website", org.website), ("Email", org.email),
                         ("Categories", ", ".join(c.label for c in org.categories)),
                         ("Areas", _names(org.areas, area_name)), ("Languages", _names(org.languages, language_name)),
                         ("Language note", org.language_note), ("Verified", org.verified)):
        yield from _field("", label, value)
    yield from _phones_and_hours("", org.phones, ())
    locations = {loc.key: loc for loc in org.locations}
    if org.services:
        yield ""
        yield f"Services ({len(org.services)}):"
    for service in org.services:
        yield from service_lines(service, locations)
    if org.locations:
        yield ""
        yield f"Locations ({len(org.locations)}):"
    for loc in org.locations:
        yield from location_lines(loc)
    if org.sources:
        yield ""
        yield "Sources:"
        yield from (f"  {s.publisher}: {s.title}" + (f" ({s.year})" if s.year else "") + f", {s.url}"
                    for s in org.sources)
