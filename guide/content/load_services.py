"""The parts of an organization file shaped after HSDS 3.0: phones, opening hours, services and
locations (with addresses and coordinates). Every problem is reported at its file and line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from guide.content.crosscheck import check_duplicates
from guide.content.fields import Fields
from guide.content.problems import ProblemLog
from guide.content.records import Address, Location, PhoneRecord, Schedule, Service, ServiceAtLocation
from guide.content.validate import check_email, check_identifier, check_phone, check_url
from guide.content.vocabulary import AREA_CODES, LANGUAGE_NAMES, PHONE_KINDS, US_STATES
from guide.content.yamlsource import LinedDict
from guide.packformat.directory_values import ADDRESS_KINDS, WEEKDAYS

SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_KEYS = {
    "phone": "number kind extension hours always_open description languages source",
    "hours": "day days opens closes closed valid_from valid_to text notes",
    "address": "kind street street_2 city region state postal_code country attention",
    "location": "id name alternate_name description transportation accessibility latitude longitude address "
                "addresses phones hours languages",
    "service": "id name alternate_name description url email status eligibility minimum_age maximum_age fees "
               "application_process required_documents wait_time interpretation languages areas area_note "
               "categories phones hours locations verified updated",
    "at": "location description phones hours",
}
KNOWN_KEYS = {what: frozenset(keys.split()) for what, keys in _KEYS.items()}


class Part(Fields):
    """The fields of one nested mapping (a phone, a service, ...), whose keys are checked too."""

    def __init__(self, data: Any, path: Path, log: ProblemLog, what: str) -> None:
        super().__init__(data, path, log)
        for key in data:
            if str(key) not in KNOWN_KEYS[what]:
                self.problem(str(key), f"unknown field '{key}' in a {what} ({', '.join(sorted(KNOWN_KEYS[what]))})")

    def time(self, key: str) -> str | None:
        """The time at ``key`` as "HH:MM" ("" when absent); None, reported, when it is not one."""
        value = self.data.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 1440:
            value = f"{value // 60:02d}:{value % 60:02d}"  # YAML 1.1 reads an unquoted 09:00 as 540 (base 60)
            self.data[key] = value
        text = self.text(key, required=False)
        if text and not _TIME.match(text):
            self.problem(key, f"'{key}' must be a 24-hour time such as \"09:00\" or \"17:30\", not {text!r}")
            return None
        return text

    def number(self, key: str, low: float, high: float, integer: bool = False) -> Any:
        value = self.data.get(key)
        if value is None:
            return None
        kinds = (int,) if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
            self.problem(key, f"'{key}' must be a {'whole ' if integer else ''}number from {low:g} to {high:g}")
            return None
        return value


def _mappings(fields: Fields, key: str, what: str) -> list[Part]:
    parts = []
    for line, item in fields.items(key, required=False):
        if not isinstance(item, LinedDict):
            fields.log.add(fields.path, line, f"each of '{key}' must be a mapping ({what})")
            continue
        parts.append(Part(item, fields.path, fields.log, what))
    return parts


def load_phones(fields: Fields) -> tuple[PhoneRecord, ...]:
    """``phones:``: each with a number, a kind and the source it was checked against."""
    phones = []
    for p in _mappings(fields, "phones", "phone"):
        number = p.text("number")
        if number and (error := check_phone(number)):
            p.problem("number", error)
        kind = p.text("kind")
        if kind and kind not in PHONE_KINDS:
            p.problem("kind", f"unknown phone kind {kind!r} ({', '.join(sorted(PHONE_KINDS))})")
        extension = p.text("extension", required=False)
        if extension and not extension.isdigit():
            p.problem("extension", f"an extension is digits only, not {extension!r}")
        source = p.text("source")
        if source and (error := check_url(source, ("http", "https"))):
            p.problem("source", error)
        phones.append(PhoneRecord(number, kind, p.text("hours", False), p.flag("always_open"),
                                  p.text("description", False), source, extension,
                                  p.words("languages", set(LANGUAGE_NAMES), "language code", required=False)))
    return tuple(phones)


def load_hours(fields: Fields) -> tuple[Schedule, ...]:
    """``hours:``: weekly hours (``day: MO`` or ``days: [MO, TU]`` with ``opens``/``closes``), or dated
    exceptions (``valid_from``/``valid_to``, often ``closed: true``)."""
    schedules = []
    for h in _mappings(fields, "hours", "hours"):
        days = list(h.words("days", set(WEEKDAYS), "weekday (MO, TU, WE, TH, FR, SA, SU)", required=False))
        day = h.text("day", required=False)
        if day and day not in WEEKDAYS:
            h.problem("day", f"unknown weekday {day!r} (MO, TU, WE, TH, FR, SA, SU)")
        elif day:
            days.append(day)
        opens, closes, closed = h.time("opens"), h.time("closes"), h.flag("closed")
        if opens is None or closes is None:  # reported; a second problem about the pair would say the same
            continue
        valid_from, valid_to = h.date("valid_from", required=False), h.date("valid_to", required=False)
        text, notes = h.text("text", False), h.text("notes", False)
        if closed and (opens or closes):
            h.problem("closed", "hours that are closed have no opens or closes")
        elif not closed and bool(opens) != bool(closes):
            h.problem("opens" if not opens else "closes", "give both opens and closes (or closed: true)")
        if valid_to and valid_from and valid_to < valid_from:
            h.problem("valid_to", "valid_to is before valid_from")
        if not (days or day or "days" in h.data or valid_from or text):
            h.problem(None, "hours need a day or days, valid_from dates, or the text of the hours")
        for weekday in [WEEKDAYS.index(d) + 1 for d in days] or [0]:
            schedules.append(Schedule(weekday, opens, closes, closed, valid_from, valid_to, text, notes))
    return tuple(schedules)


def _address(a: Part) -> Address:
    kind = a.text("kind", required=False) or "physical"
    if kind not in ADDRESS_KINDS:
        a.problem("kind", f"unknown address kind {kind!r} ({', '.join(sorted(ADDRESS_KINDS))})")
    state = a.text("state", required=False)
    if state and state not in US_STATES:
        a.problem("state", f"unknown state {state!r} (a two-letter code such as TX, DC or PR)")
    country = a.text("country", required=False)
    if country and not _COUNTRY.match(country):
        a.problem("country", f"country must be a two-letter code such as US, not {country!r}")
    street = a.text("street", required=kind != "virtual")
    return Address(kind, street, a.text("street_2", False), a.text("city", False), a.text("region", False), state,
                   a.text("postal_code", False), country, a.text("attention", False))


def _key(part: Fields, keys: list[tuple[Path, int, str]]) -> str:
    key = part.text("id")
    if key and (error := check_identifier(key)):
        part.problem("id", error)
    keys.append((part.path, part.data.line_of("id"), key))
    return key


def load_locations(fields: Fields) -> tuple[Location, ...]:
    locations: list[Location] = []
    keys: list[tuple[Path, int, str]] = []
    for loc in _mappings(fields, "locations", "location"):
        key = _key(loc, keys)
        addresses = [_address(Part(loc.data["address"], loc.path, loc.log, "address"))] \
            if isinstance(loc.data.get("address"), LinedDict) else []
        if "address" in loc.data and not addresses:
            loc.problem("address", "'address' must be a mapping (street, city, state, postal_code, country)")
        addresses += [_address(a) for a in _mappings(loc, "addresses", "address")]
        latitude, longitude = loc.number("latitude", -90, 90), loc.number("longitude", -180, 180)
        if (latitude is None) != (longitude is None):
            loc.problem("longitude" if latitude is None else "latitude", "give both latitude and longitude")
            latitude = longitude = None
        locations.append(Location(
            key, loc.text("name"), loc.text("alternate_name", False), loc.text("description", False),
            loc.text("transportation", False), loc.text("accessibility", False),
            None if latitude is None else float(latitude), None if longitude is None else float(longitude),
            tuple(addresses), load_phones(loc), load_hours(loc),
            loc.words("languages", set(LANGUAGE_NAMES), "language code", required=False)))
    check_duplicates(keys, "location id", fields.log)
    return tuple(locations)


def _places(service: Part, location_keys: set[str]) -> tuple[ServiceAtLocation, ...]:
    places = []
    for at in _mappings(service, "locations", "at"):
        location = at.text("location")
        if location and location not in location_keys:
            at.problem("location", f"no location with id {location!r} in this organization's locations")
            continue
        places.append(ServiceAtLocation(location, at.text("description", False), load_phones(at), load_hours(at)))
    return tuple(places)


def load_services(fields: Fields, categories: set[str], location_keys: set[str]) -> tuple[Service, ...]:
    services: list[Service] = []
    keys: list[tuple[Path, int, str]] = []
    for s in _mappings(fields, "services", "service"):
        key = _key(s, keys)
        status = s.text("status", required=False) or "active"
        if status not in SERVICE_STATUSES:
            s.problem("status", f"unknown status {status!r} ({', '.join(SERVICE_STATUSES)})")
        email = s.text("email", required=False)
        if email and (error := check_email(email)):
            s.problem("email", error)
        minimum, maximum = s.number("minimum_age", 0, 130, integer=True), s.number("maximum_age", 0, 130, integer=True)
        if minimum is not None and maximum is not None and maximum < minimum:
            s.problem("maximum_age", "maximum_age is below minimum_age")
        services.append(Service(
            key, s.text("name"), s.text("alternate_name", False), s.text("description", False),
            s.url("url", required=False, schemes=("http", "https")), email, status, s.text("eligibility", False),
            minimum, maximum, s.text("fees", False), s.text("application_process", False),
            s.text("required_documents", False), s.text("wait_time", False), s.text("interpretation", False),
            s.words("languages", set(LANGUAGE_NAMES), "language code", required=False),
            s.words("areas", AREA_CODES, "state or area code", required=False), s.text("area_note", False),
            s.words("categories", categories, "category", required=False), load_phones(s), load_hours(s),
            _places(s, location_keys), s.date("verified", required=False), s.date("updated", required=False)))
    check_duplicates(keys, "service id", fields.log)
    return tuple(services)
