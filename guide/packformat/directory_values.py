"""The service directory's values, modelled on Open Referral HSDS 3.0: an organization's services,
the locations they are offered at, addresses, phones and weekly schedules.

They have one shape on both sides of a pack: the writer (guide.content, guide.hsds) takes them in
as records and the reader (guide.store) hands them out, so an imported organization carried into
another pack, or exported again, keeps every field. Slotted: an imported directory holds hundreds of
thousands of them, and a __dict__ each would double their size.
"""

from __future__ import annotations

from dataclasses import dataclass

# Phone kinds: HSDS 3.0's phone types, with "sms" for its "text" and "tty" for its "textphone" (the
# names the guide used before it followed HSDS), and "hotline" for a crisis line.
PHONE_KINDS = frozenset({"voice", "sms", "tty", "fax", "cell", "video", "pager", "hotline"})
ADDRESS_KINDS = frozenset({"physical", "postal", "virtual"})
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # RFC 5545's names, as HSDS 3.0 uses them


@dataclass(frozen=True, slots=True)
class Phone:
    """One phone number of an organization, a service, a location or a service at a location."""

    number: str
    kind: str  # one of PHONE_KINDS
    hours: str
    always_open: bool
    description: str
    source: str  # where the number was checked (a URL), or "hsds:DIRECTORY" for an imported one
    extension: str = ""
    languages: tuple[str, ...] = ()  # ISO 639-1 codes of the languages answered on it


@dataclass(frozen=True, slots=True)
class Schedule:
    """One line of opening hours: a weekday's hours, or a dated exception (a holiday)."""

    weekday: int  # 1 Monday .. 7 Sunday; 0 for a dated exception or hours given only as text
    opens: str  # "09:00" (24-hour); "" when unknown
    closes: str  # "17:00"; earlier than ``opens`` when the hours cross midnight; "24:00" for the end of day
    closed: bool = False  # closed that day (a holiday, or a weekday marked closed)
    valid_from: str = ""  # ISO dates: the exception's dates, or when a regular schedule applies
    valid_to: str = ""
    text: str = ""  # the source's own words ("9:00am - 5:00pm"), kept beside the parsed times
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Address:
    kind: str  # one of ADDRESS_KINDS
    street: str  # address_1
    street_2: str = ""
    city: str = ""
    region: str = ""  # a county or district
    state: str = ""  # state_province: a two-letter code for a U.S. state or territory
    postal_code: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    attention: str = ""


@dataclass(frozen=True, slots=True)
class Location:
    """A place where services are offered (or a virtual one)."""

    key: str  # unique within its organization
    name: str
    alternate_name: str = ""
    description: str = ""
    transportation: str = ""  # transit and parking notes
    accessibility: str = ""
    latitude: float | None = None
    longitude: float | None = None
    addresses: tuple[Address, ...] = ()
    phones: tuple[Phone, ...] = ()
    schedules: tuple[Schedule, ...] = ()
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ServiceAtLocation:
    """A service offered at one of its organization's locations, with what differs there."""

    location: str  # the key of a Location of the same organization
    description: str = ""
    phones: tuple[Phone, ...] = ()
    schedules: tuple[Schedule, ...] = ()


@dataclass(frozen=True, slots=True)
class Service:
    key: str  # unique within its organization
    name: str
    alternate_name: str = ""
    description: str = ""
    url: str = ""
    email: str = ""
    status: str = "active"
    eligibility: str = ""
    minimum_age: int | None = None
    maximum_age: int | None = None
    fees: str = ""
    application_process: str = ""
    required_documents: str = ""
    wait_time: str = ""
    interpretation: str = ""
    languages: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()  # state codes, "US" or "international", like an organization's
    area_note: str = ""  # the source's words for its service areas ("Miami-Dade County")
    categories: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    schedules: tuple[Schedule, ...] = ()
    locations: tuple[ServiceAtLocation, ...] = ()
    assured_date: str = ""  # shown as "verified"
    last_modified: str = ""  # shown as "updated"
