"""The linked drafts as the guide's frozen records: organizations with their services, locations,
addresses, phones and schedules. Field values are normalised here (text, websites, emails, dates,
ages, coordinates); a field that cannot be kept is reported and left out, never the whole row."""

from __future__ import annotations

from collections.abc import Iterable

from guide.content import OrganizationRecord, Source, check_email, check_url
from guide.hsds.csvstream import Row
from guide.hsds.drafts import LocationDraft, OrgDraft, PhoneDraft, SalDraft, ServiceDraft
from guide.hsds.guide_terms import (
    GUIDE_KEY,
    ORGANIZATION_ITSELF,
    PHONE_ALWAYS_OPEN,
    PHONE_HOURS,
    PHONE_KIND,
    PHONE_SOURCE,
    SERVICE_LAST_MODIFIED,
    SERVICE_WAIT_TIME,
)
from guide.hsds.map_guide_terms import GuideDetails
from guide.hsds.normalise import coordinate, integer, plain_text, text_changed, website
from guide.hsds.run import Run
from guide.hsds.schedules import always_open, hours_text
from guide.hsds.vocab import FALLBACK_CATEGORY, iso_date, slug
from guide.packformat.directory_values import PHONE_KINDS, Location, Phone, Schedule, Service, ServiceAtLocation


class Assembler:
    def __init__(self, run: Run, source: Source, phone_source: str, details: GuideDetails,
                 taken_keys: Iterable[str]) -> None:
        self.run = run
        self.source = source
        self.phone_source = phone_source
        self.details = details
        self.taken = set(taken_keys)
        self.locations: dict[int, Location] = {}  # by id() of the draft: one value for every organization

    def text(self, row: Row, column: str) -> str:
        raw = row.get(column)
        if not raw:  # most columns of most rows are empty: nothing to clean, nothing changed
            return ""
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

    def date(self, row: Row, column: str, given: str | None = None) -> str:
        """The ISO date in ``row``'s ``column``, or in ``given`` (what an attribute says of the row)."""
        raw = row.get(column) if given is None else given
        value = iso_date(raw)
        if raw and not value:
            self.run.problem(row, f"{column} {raw!r} is not a date; left out")
        elif value and value != raw:
            self.run.changed(row)
        return value

    def unique_key(self, name: str, wanted: str = "") -> str:
        """``wanted`` (the guide's own key, from its export) when no other organization has it, else
        one made from the name."""
        base = slug(wanted) or slug(name) or "organization"
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
            details = self.details.of("phone", draft.row.get("id"))
            if PHONE_HOURS in details:
                hours, open_always = details[PHONE_HOURS], details.get(PHONE_ALWAYS_OPEN) == "true"
            else:
                hours, open_always = hours_text(schedules), always_open(schedules)
            source = details.get(PHONE_SOURCE, "")
            if not source or check_url(source, ("http", "https")):
                source = self.phone_source
            kind = details.get(PHONE_KIND, "") or draft.kind  # "hotline", which HSDS's type calls "voice"
            if kind not in PHONE_KINDS:
                self.run.problem(draft.row, f"phone kind {kind!r} is not one the guide knows; kept as {draft.kind}")
                kind = draft.kind
            result.append(Phone(draft.number, kind, hours, open_always, draft.description, source, draft.extension,
                                tuple(draft.languages)))
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
        details = self.details.of("service", row.get("id"))
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
            required_documents="\n".join(d for d in documents if d),
            wait_time=self.text(row, "wait_time") or plain_text(details.get(SERVICE_WAIT_TIME, "")),
            interpretation=self.text(row, "interpretation_services"), languages=tuple(draft.languages),
            areas=tuple(draft.areas), area_note="; ".join(draft.area_notes), categories=tuple(draft.categories),
            phones=self.phones(draft.phones, draft.schedules), schedules=tuple(draft.schedules),
            locations=tuple(self.at_location(at) for at in draft.at),
            assured_date=self.date(row, "assured_date"),
            last_modified=self.date(row, "last_modified") or self.date(row, "last_modified",
                                                                        details.get(SERVICE_LAST_MODIFIED, "")))

    def itself(self, org: OrgDraft) -> ServiceDraft | None:
        """The service the guide's own export marks as standing for the organization (HSDS hangs areas,
        languages, interpretation and an assured date on services only). A directory's service of its
        organization's name is a service: nothing says it is more."""
        return next((s for s in org.services
                     if self.details.of("service", s.row.get("id")).get(ORGANIZATION_ITSELF) == "true"), None)

    def settle_keys(self, org: OrgDraft) -> None:
        """The guide's own keys of the services and locations where its export gives them and they are
        unique within the organization; the HSDS ids otherwise."""
        for table, drafts in (("location", org.locations), ("service", org.services)):
            ids = {d.key for d in drafts}
            used: set[str] = set()
            for draft in drafts:
                wanted = self.details.of(table, draft.row.get("id")).get(GUIDE_KEY, "").strip()
                settled = table == "location" and id(draft) in self.locations  # shared, keyed already
                if wanted and not settled and wanted not in used and (wanted == draft.key or wanted not in ids):
                    draft.key = wanted
                used.add(draft.key)

    def organization(self, org: OrgDraft) -> OrganizationRecord:
        row = org.row
        own = self.itself(org)
        if own is not None:  # folded into the organization: its phones, areas, languages, categories
            self.run.changed(own.row)
            org.services.remove(own)
            org.phones.extend(own.phones)
            for category in own.categories:
                org.categories.setdefault(category)
        self.settle_keys(org)
        services = tuple(self.service(s) for s in org.services)
        own_value = self.service(own) if own is not None else None
        email = self.email(row) or next((s.email for s in services if s.email), "")
        if own_value is not None:  # the guide's own export: the organization's note and date are its own
            notes = [own_value.interpretation] if own_value.interpretation else []
            dates = [own_value.assured_date]
        else:  # the organization speaks for all its services, and is as new as the newest of them
            notes = [s.interpretation for s in services if s.interpretation]
            dates = [self.date(row, "assured_date"), self.date(row, "last_modified"),
                     *(d for s in services for d in (s.assured_date, s.last_modified))]
        if org.other_languages:
            notes.append("Also: " + ", ".join(org.other_languages))
        categories = tuple(org.categories)
        if not categories and not any(s.categories for s in services):
            categories = (FALLBACK_CATEGORY.id,)
        wanted_key = self.details.of("organization", row.get("id")).get(GUIDE_KEY, "")
        return OrganizationRecord(
            key=self.unique_key(org.name, wanted_key), name=org.name, alternate_name=self.text(row, "alternate_name"),
            description=self.text(row, "description"), categories=categories,
            website=self.website(row, "website", "url"), email=email,
            phones=self.phones(org.phones, own.schedules if own else []),
            areas=own_value.areas if own_value else (), languages=own_value.languages if own_value else (),
            language_note="; ".join(dict.fromkeys(notes)), sources=(self.source,),
            verified=max((d for d in dates if d), default=""), services=services,
            locations=tuple(self.location(loc) for loc in org.locations))
