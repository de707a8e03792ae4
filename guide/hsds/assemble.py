"""The linked drafts as the guide's frozen records: organizations with their services, locations,
addresses, phones and schedules. Field values are normalised here (text, websites, emails, dates,
ages, coordinates); a field that cannot be kept is reported and left out, never the whole row."""

from __future__ import annotations

from collections.abc import Iterable

from guide.content import OrganizationRecord, Source, check_email, check_url
from guide.hsds.csvstream import Row
from guide.hsds.drafts import LocationDraft, OrgDraft, PhoneDraft, SalDraft, ServiceDraft
from guide.hsds.map_details import PHONE_ALWAYS_OPEN, PHONE_HOURS, PHONE_SOURCE
from guide.hsds.normalise import coordinate, integer, plain_text, text_changed, website
from guide.hsds.run import Run
from guide.hsds.schedules import always_open, hours_text
from guide.hsds.vocab import FALLBACK_CATEGORY, iso_date, slug
from guide.packformat.directory_values import Location, Phone, Schedule, Service, ServiceAtLocation


class Assembler:
    def __init__(self, run: Run, source: Source, phone_source: str, phone_details: dict[str, dict[str, str]],
                 taken_keys: Iterable[str]) -> None:
        self.run = run
        self.source = source
        self.phone_source = phone_source
        self.phone_details = phone_details
        self.taken = set(taken_keys)
        self.locations: dict[int, Location] = {}  # by id() of the draft: one value for every organization

    def text(self, row: Row, column: str) -> str:
        raw = row.get(column)
        clean = plain_text(raw)
        if text_changed(raw, clean):
            self.run.changed(row)
        return clean

    def website(self, row: Row, *columns: str) -> str:
        raw = next((row.get(c) for c in columns if row.get(c)), "")
        url, changed, error = website(raw)
        if error:
            self.run.problem(row, f"{error}; website left out")
            self.run.changed(row)
        elif changed:
            self.run.changed(row)
        return url

    def email(self, row: Row) -> str:
        value = row.get("email").strip()
        if value and (error := check_email(value)):
            self.run.problem(row, f"{error}; email left out")
            self.run.changed(row)
            return ""
        return value

    def date(self, row: Row, column: str) -> str:
        value = iso_date(row.get(column))
        if row.get(column) and not value:
            self.run.problem(row, f"{column} {row.get(column)!r} is not a date; left out")
        elif value and value != row.get(column):
            self.run.changed(row)
        return value

    def unique_key(self, name: str) -> str:
        base = slug(name) or "organization"
        key, n = base, 1
        while key in self.taken:
            n += 1
            key = f"{base}-{n}"
        self.taken.add(key)
        return key

    # -- phones and schedules ---------------------------------------------------------------------

    def phones(self, drafts: list[PhoneDraft], schedules: list[Schedule]) -> tuple[Phone, ...]:
        result = []
        for draft in drafts:
            details = self.phone_details.get(draft.row.get("id"))
            if details is not None and PHONE_HOURS in details:
                hours, open_always = details[PHONE_HOURS], details.get(PHONE_ALWAYS_OPEN) == "true"
            else:
                hours, open_always = hours_text(schedules), always_open(schedules)
            source = (details or {}).get(PHONE_SOURCE, "")
            if not source or check_url(source, ("http", "https")):
                source = self.phone_source
            result.append(Phone(draft.number, draft.kind, hours, open_always, draft.description, source,
                                draft.extension, tuple(draft.languages)))
        return tuple(result)

    # -- locations, services, organizations --------------------------------------------------------

    def location(self, draft: LocationDraft) -> Location:
        if id(draft) in self.locations:
            return self.locations[id(draft)]
        row = draft.row
        name = self.text(row, "name") or next((a.street or a.city for a in draft.addresses if a.street or a.city),
                                              "") or draft.orgs[0].name
        latitude, longitude = coordinate(row.get("latitude"), 90), coordinate(row.get("longitude"), 180)
        if (row.get("latitude") and latitude is None) or (row.get("longitude") and longitude is None):
            self.run.problem(row, f"coordinates {row.get('latitude')!r}, {row.get('longitude')!r} are not a "
                                  "place on Earth; left out")
            self.run.changed(row)
            latitude = longitude = None
        value = Location(
            key=draft.key, name=name, alternate_name=self.text(row, "alternate_name"),
            description=self.text(row, "description"), transportation=self.text(row, "transportation"),
            accessibility="; ".join(dict.fromkeys(draft.accessibility)), latitude=latitude, longitude=longitude,
            addresses=tuple(draft.addresses), phones=self.phones(draft.phones, draft.schedules),
            schedules=tuple(draft.schedules), languages=tuple(draft.languages))
        self.locations[id(draft)] = value
        return value

    def at_location(self, sal: SalDraft) -> ServiceAtLocation:
        own_row = sal.row is not sal.service.row  # Ohana's are made from the service's row
        schedules = sal.schedules or sal.service.schedules or sal.location.schedules
        return ServiceAtLocation(location=sal.location.key,
                                 description=self.text(sal.row, "description") if own_row else "",
                                 phones=self.phones(sal.phones, schedules), schedules=tuple(sal.schedules))

    def service(self, draft: ServiceDraft) -> Service:
        row = draft.row
        name = self.text(row, "name") or self.text(row, "alternate_name")
        if not name:
            self.run.problem(row, "service without a name; imported under its organization's name")
            name = draft.org.name if draft.org else ""
        eligibility = [self.text(row, "eligibility_description") or self.text(row, "eligibility"), *draft.eligibility]
        documents = [self.text(row, "required_documents"), *draft.documents]
        ages = {}
        for column in ("minimum_age", "maximum_age"):
            ages[column] = integer(row.get(column)) if row.get(column) else None
            if row.get(column) and ages[column] is None:
                self.run.problem(row, f"{column} {row.get(column)!r} is not a number; left out")
        return Service(
            key=draft.key, name=name, alternate_name=self.text(row, "alternate_name"),
            description=self.text(row, "description"), url=self.website(row, "url", "website"),
            email=self.email(row), status=row.get("status").strip().lower() or "active",
            eligibility="\n".join(e for e in eligibility if e), minimum_age=ages["minimum_age"],
            maximum_age=ages["maximum_age"], fees=self.text(row, "fees_description") or self.text(row, "fees"),
            application_process=self.text(row, "application_process"),
            required_documents="\n".join(d for d in documents if d), wait_time=self.text(row, "wait_time"),
            interpretation=self.text(row, "interpretation_services"), languages=tuple(draft.languages),
            areas=tuple(draft.areas), area_note="; ".join(draft.area_notes), categories=tuple(draft.categories),
            phones=self.phones(draft.phones, draft.schedules), schedules=tuple(draft.schedules),
            locations=tuple(self.at_location(at) for at in draft.at),
            assured_date=self.date(row, "assured_date"), last_modified=self.date(row, "last_modified"))

    def own_service(self, org: OrgDraft) -> ServiceDraft | None:
        """The service that is only the organization itself again (same name, no other description,
        no location: what HSDS 1.x exports, and the guide's own, write to hang phones on a service)."""
        for draft in org.services:
            description = plain_text(draft.row.get("description"))
            if plain_text(draft.row.get("name")) == org.name and not draft.at and \
                    description in ("", plain_text(org.row.get("description"))):
                return draft
        return None

    def organization(self, org: OrgDraft) -> OrganizationRecord:
        row = org.row
        own = self.own_service(org)
        if own is not None:  # folded into the organization: its phones, areas, languages, categories
            self.run.changed(own.row)
            org.services.remove(own)
            org.phones.extend(own.phones)
            for category in own.categories:
                org.categories.setdefault(category)
        services = tuple(self.service(s) for s in org.services)
        own_value = self.service(own) if own is not None else None
        email = self.email(row) or next((s.email for s in services if s.email), "")
        every = [*services, own_value] if own_value else list(services)
        notes = [s.interpretation for s in every if s.interpretation]
        if org.other_languages:
            notes.append("Also: " + ", ".join(org.other_languages))
        dates = [self.date(row, "assured_date"), self.date(row, "last_modified"),
                 *(d for s in every for d in (s.assured_date, s.last_modified))]
        categories = tuple(org.categories)
        if not categories and not any(s.categories for s in services):
            categories = (FALLBACK_CATEGORY.id,)
        return OrganizationRecord(
            key=self.unique_key(org.name), name=org.name, alternate_name=self.text(row, "alternate_name"),
            description=self.text(row, "description"), categories=categories,
            website=self.website(row, "website", "url"), email=email,
            phones=self.phones(org.phones, own.schedules if own else []),
            areas=own_value.areas if own_value else (), languages=own_value.languages if own_value else (),
            language_note="; ".join(dict.fromkeys(notes)), sources=(self.source,),
            verified=max((d for d in dates if d), default=""), services=services,
            locations=tuple(self.location(loc) for loc in org.locations))
