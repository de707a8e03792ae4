"""HSDS tables -> the guide's organization records.

One guide organization per HSDS organization. Its services are folded in: their names and
descriptions join the organization's description, and their phones, areas, languages, schedules
and taxonomy terms become the organization's. A row that cannot be used safely is reported with
its place and left out; everything else is still imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from guide.content import (
    CategoryRecord,
    OrganizationRecord,
    PhoneRecord,
    Source,
    check_email,
    check_phone,
    check_url,
    digits_of,
)
from guide.hsds.problems import HsdsProblem
from guide.hsds.schedules import always_open, hours_text
from guide.hsds.source import Row, Tables
from guide.hsds.vocab import (
    FALLBACK_CATEGORY,
    PHONE_TYPES,
    CategoryMatcher,
    iso_date,
    language_code,
    normalise_phone,
    plain_text,
    slug,
    state_code,
)

# The columns the mapping reads; every other column is dropped while reading.
COLUMNS: dict[str, frozenset[str]] = {table: frozenset(names.split()) for table, names in {
    "organization": "id name alternate_name description email website url assured_date last_modified",
    "service": "id organization_id name alternate_name description url email status interpretation_services "
               "assured_date last_modified",
    "location": "id organization_id",
    "address": "id location_id state_province country",
    "phone": "id location_id service_id organization_id service_at_location_id number extension type description",
    "schedule": "id service_id location_id service_at_location_id freq byday weekday opens_at closes_at description",
    "service_area": "id service_id service_at_location_id name service_area",
    "language": "id service_id location_id phone_id name code language note",
    "taxonomy_term": "id code name term parent_id",
    "attribute": "id link_id link_entity taxonomy_term_id taxonomy_id service_id organization_id value",
    "service_at_location": "id service_id location_id",
}.items()}

# Terms of the guide's own taxonomy that carry what HSDS has no column for (see export.py).
PHONE_HOURS, PHONE_ALWAYS_OPEN, PHONE_SOURCE = "phone-hours", "phone-always-open", "phone-source"
PHONE_DETAILS = (PHONE_HOURS, PHONE_ALWAYS_OPEN, PHONE_SOURCE)
INACTIVE = {"inactive", "defunct"}

Progress = Callable[[str, int, int], None]


@dataclass(eq=False)  # identity: the same organization is reached from many rows
class _Org:
    row: Row
    services: list[Row] = field(default_factory=list)
    phones: list[tuple[Row, str]] = field(default_factory=list)  # phone row, id of its service ("" if none)
    areas: dict[str, None] = field(default_factory=dict)  # ordered sets
    languages: dict[str, None] = field(default_factory=dict)
    other_languages: dict[str, None] = field(default_factory=dict)
    categories: dict[str, None] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mapped:
    organizations: tuple[OrganizationRecord, ...]
    categories: tuple[CategoryRecord, ...]
    problems: tuple[HsdsProblem, ...]
    counts: dict[str, int]


class _Mapper:
    def __init__(self, tables: Tables, categories: tuple[CategoryRecord, ...], source: Source,
                 phone_source: str, taken_keys: Iterable[str], progress: Progress | None) -> None:
        self.t = tables
        self.categories = categories
        self.matcher = CategoryMatcher(categories)
        self.source = source
        self.phone_source = phone_source
        self.taken = set(taken_keys)
        self.progress = progress or (lambda stage, done, total: None)
        self.orgs: dict[str, _Org] = {}
        self.service_org: dict[str, _Org] = {}
        self.location_orgs: dict[str, list[_Org]] = {}
        self.sal_service: dict[str, str] = {}
        self.left_out_services: set[str] = set()  # inactive ones: rows that point at them are dropped quietly
        self.phones: dict[str, tuple[Row, list[_Org]]] = {}
        self.schedules: dict[str, tuple[str, bool]] = {}  # service or location id -> (hours, 24/7)
        self.phone_details: dict[str, dict[str, str]] = {}

    def problem(self, row: Row | str, message: str) -> None:
        self.t.problem(row.where if isinstance(row, Row) else row, message)

    def unique(self, table: str) -> dict[str, Row]:
        """Rows by id; a row without an id or with an id seen before is reported and skipped."""
        result: dict[str, Row] = {}
        for row in self.t.take(table):
            row_id = row.get("id")
            if not row_id:
                self.problem(row, f"{table} without an id; left out")
            elif row_id in result:
                self.problem(row, f"duplicate {table} id {row_id!r} (first at {result[row_id].where}); left out")
            else:
                result[row_id] = row
        return result

    def missing(self, row: Row, column: str, table: str) -> None:
        self.problem(row, f"{column} {row.get(column)!r} refers to a missing {table}; left out")

    # -- the tables, in dependency order ------------------------------------------------------

    def run(self) -> Mapped:
        for org_id, row in self.unique("organization").items():
            if not row.get("name"):
                self.problem(row, "organization without a name; left out")
                continue
            self.orgs[org_id] = _Org(row)
            if not row.get("description"):
                self.problem(row, "organization without a description (required by HSDS 3.0); imported")
        self.map_services()
        self.map_locations()
        self.map_phones()
        self.map_schedules()
        self.map_attributes()
        self.map_areas()
        self.map_languages()
        records = self.records()
        used = {c for r in records for c in r.categories}
        categories = tuple(self.categories) + ((FALLBACK_CATEGORY,) if FALLBACK_CATEGORY.id in used and
                                               FALLBACK_CATEGORY.id not in {c.id for c in self.categories} else ())
        counts = {"organizations": len(records), "services": len(self.service_org),
                  "phones": sum(len(r.phones) for r in records), "problems": len(self.t.problems)}
        return Mapped(tuple(records), categories, tuple(self.t.problems), counts)

    def map_services(self) -> None:
        services = self.unique("service")
        for done, (service_id, row) in enumerate(services.items()):
            if done % 5000 == 0:
                self.progress("services", done, len(services))
            org = self.orgs.get(row.get("organization_id"))
            if org is None:
                if row.get("organization_id"):
                    self.missing(row, "organization_id", "organization")
                else:
                    self.problem(row, "service without an organization_id; left out")
                continue
            if row.get("status").lower() in INACTIVE:
                self.left_out_services.add(service_id)
                self.problem(row, f"service {row.get('name')!r} is {row.get('status').lower()}; left out")
                continue
            if not row.get("name"):
                self.problem(row, "service without a name; imported without it")
            self.service_org[service_id] = org
            org.services.append(row)
            org.dates += [row.get("assured_date"), row.get("last_modified")]

    def map_locations(self) -> None:
        for location_id, row in self.unique("location").items():
            org = self.orgs.get(row.get("organization_id"))
            if row.get("organization_id") and org is None:
                self.problem(row, f"organization_id {row.get('organization_id')!r} refers to a missing organization")
            self.location_orgs[location_id] = [org] if org else []
        for sal_id, row in self.unique("service_at_location").items():
            service_id, location_id = row.get("service_id"), row.get("location_id")
            if service_id in self.left_out_services:
                continue
            if service_id not in self.service_org:
                self.missing(row, "service_id", "service")
            elif location_id not in self.location_orgs:
                self.missing(row, "location_id", "location")
            else:
                self.sal_service[sal_id] = service_id
                org = self.service_org[service_id]
                if org not in self.location_orgs[location_id]:
                    self.location_orgs[location_id].append(org)
        for row in self.t.take("address"):
            location_id = row.get("location_id")
            if location_id not in self.location_orgs:
                self.missing(row, "location_id", "location")
                continue
            country = row.get("country").upper()
            code = state_code(row.get("state_province")) if country in ("", "US", "USA") else None
            if code and code != "US":
                for org in self.location_orgs[location_id]:
                    org.areas.setdefault(code)

    def owners(self, row: Row) -> list[_Org] | None:
        """The organizations a phone, schedule, area or language row belongs to; None when a link is broken."""
        found: list[_Org] = []
        if row.get("service_id") in self.left_out_services:
            return None
        lookups: tuple[tuple[str, dict[str, _Org]], ...] = (("organization_id", self.orgs),
                                                            ("service_id", self.service_org))
        for column, lookup in lookups:
            if value := row.get(column):
                if value not in lookup:
                    self.missing(row, column, column[:-3])
                    return None
                found.append(lookup[value])
        if value := row.get("service_at_location_id"):
            if value not in self.sal_service:
                self.missing(row, "service_at_location_id", "service_at_location")
                return None
            found.append(self.service_org[self.sal_service[value]])
        if value := row.get("location_id"):
            if value not in self.location_orgs:
                self.missing(row, "location_id", "location")
                return None
            found += self.location_orgs[value]
        return list(dict.fromkeys(found))

    def map_phones(self) -> None:
        for phone_id, row in self.unique("phone").items():
            owners = self.owners(row)
            if owners is None:
                continue
            if not owners:
                if not row.get("contact_id"):  # a contact person's phone is not shown; anything else is an error
                    self.problem(row, "phone not linked to an organization, service or location; left out")
                continue
            number = normalise_phone(row.get("number"))
            if not number:
                self.problem(row, "phone without a number; left out")
                continue
            if error := check_phone(number):
                self.problem(row, f"{error}; left out")
                continue
            kind = PHONE_TYPES.get(row.get("type").lower())
            if kind is None:
                self.problem(row, f"phone type {row.get('type')!r} is not one the guide shows; left out")
                continue
            self.phones[phone_id] = (row, owners)
            service_id = row.get("service_id") or self.sal_service.get(row.get("service_at_location_id"), "")
            for org in owners:
                org.phones.append((row, service_id))

    def map_schedules(self) -> None:
        rows: dict[str, list[Row]] = {}
        for row in self.unique("schedule").values():
            for column in ("service_id", "service_at_location_id", "location_id"):
                target = row.get(column)
                if not target:
                    continue
                if target in self.left_out_services:
                    break
                lookups: dict[str, Mapping[str, object]] = {
                    "service_id": self.service_org, "service_at_location_id": self.sal_service,
                    "location_id": self.location_orgs}
                known = lookups[column]
                if target not in known:
                    self.missing(row, column, column[:-3])
                else:
                    key = self.sal_service[target] if column == "service_at_location_id" else target
                    rows.setdefault(key, []).append(row)
                break
        # Kept as text, not rows: a large directory has a schedule row per service and day.
        self.schedules = {key: (hours_text(group), always_open(group)) for key, group in rows.items()}

    def term_category(self, term_id: str, terms: dict[str, Row]) -> str | None:
        for _ in range(8):  # walk up a hierarchical taxonomy; the limit stops a parent loop
            term = terms.get(term_id)
            if term is None:
                return None
            if found := self.matcher.match(term.get("code"), term.get("name"), term.get("term")):
                return found
            term_id = term.get("parent_id")
        return None

    def map_attributes(self) -> None:
        terms = self.unique("taxonomy_term")
        for row in self.unique("attribute").values():
            term_id = row.get("taxonomy_term_id") or row.get("taxonomy_id")
            link_id = row.get("link_id") or row.get("service_id") or row.get("organization_id")
            term = terms.get(term_id)
            if link_id in self.left_out_services:
                continue
            if term is None:
                self.missing(row, "taxonomy_term_id" if row.get("taxonomy_term_id") else "taxonomy_id", "taxonomy term")
                continue
            code = term.get("code")
            if code in PHONE_DETAILS and link_id in self.phones:
                self.phone_details.setdefault(link_id, {})[code] = row.get("value")
                continue
            if link_id in self.service_org:
                org = self.service_org[link_id]
            elif link_id in self.orgs:
                org = self.orgs[link_id]
            elif row.get("link_entity") in ("service", "organization", "") or not row.get("link_entity"):
                self.problem(row, f"link_id {link_id!r} refers to a missing service or organization; left out")
                continue
            else:
                continue  # terms on locations, phones, ... describe them, not the organization's category
            category = self.term_category(term_id, terms)
            if category:
                org.categories.setdefault(category)

    def map_areas(self) -> None:
        for row in self.unique("service_area").values():
            owners = self.owners(row)
            if not owners:
                continue
            name = row.get("name") or row.get("service_area")
            codes = [state_code(name)] if state_code(name) else [
                state_code(part) for part in name.replace(";", ",").split(",")]
            if codes and all(codes):
                for org in owners:
                    for code in codes:
                        org.areas.setdefault(code)  # type: ignore[arg-type]

    def map_languages(self) -> None:
        for row in self.unique("language").values():
            if row.get("phone_id"):
                owners = self.phones[row.get("phone_id")][1] if row.get("phone_id") in self.phones else None
                if owners is None:
                    self.missing(row, "phone_id", "phone")
                    continue
            else:
                owners = self.owners(row)
            if not owners:
                continue
            name = row.get("name") or row.get("language")
            code = language_code(row.get("code") or row.get("language"), name)
            for org in owners:
                if code:
                    org.languages.setdefault(code)
                elif name:
                    org.other_languages.setdefault(name)

    # -- records ------------------------------------------------------------------------------

    def records(self) -> list[OrganizationRecord]:
        records = []
        for done, org in enumerate(self.orgs.values()):
            if done % 5000 == 0:
                self.progress("organizations", done, len(self.orgs))
            records.append(self.record(org))
        return records

    def unique_key(self, name: str) -> str:
        base = slug(name) or "organization"
        key, n = base, 1
        while key in self.taken:
            n += 1
            key = f"{base}-{n}"
        self.taken.add(key)
        return key

    def record(self, org: _Org) -> OrganizationRecord:
        row = org.row
        name = plain_text(row.get("name"))
        description = plain_text(row.get("description"))
        parts = [description] if description else []
        for service in org.services:
            service_name = plain_text(service.get("name"))
            text = plain_text(service.get("description"))
            if service_name == name and text in ("", description):
                continue  # the organization's own service says nothing new (the guide's exports look so)
            alternate = plain_text(service.get("alternate_name"))
            title = f"{service_name} ({alternate})" if alternate else service_name
            parts.append(f"{title}: {text}" if text else title)
        website = row.get("website") or row.get("url")
        if website and (error := check_url(website, ("http", "https"))):
            self.problem(row, f"{error}; website left out")
            website = ""
        email = row.get("email") or next((s.get("email") for s in org.services if s.get("email")), "")
        if email and (error := check_email(email)):
            self.problem(row, f"{error}; email left out")
            email = ""
        notes = [plain_text(s.get("interpretation_services")) for s in org.services if s.get("interpretation_services")]
        if org.other_languages:
            notes.append("Also: " + ", ".join(org.other_languages))
        dates = [d for d in (iso_date(v) for v in [row.get("assured_date"), row.get("last_modified"), *org.dates] if v)
                 if d]
        return OrganizationRecord(
            key=self.unique_key(name),
            name=name,
            alternate_name=plain_text(row.get("alternate_name")),
            description="\n\n".join(parts),
            categories=tuple(org.categories) or (FALLBACK_CATEGORY.id,),
            website=website,
            email=email,
            phones=self.phone_records(org),
            areas=tuple(org.areas),
            languages=tuple(org.languages),
            language_note="; ".join(dict.fromkeys(notes)),
            sources=(self.source,),
            verified=max(dates, default=""),
        )

    def phone_records(self, org: _Org) -> tuple[PhoneRecord, ...]:
        result: list[PhoneRecord] = []
        seen: set[tuple[str, str]] = set()
        for row, service_id in org.phones:
            number = normalise_phone(row.get("number"))
            kind = PHONE_TYPES[row.get("type").lower()]
            if (digits_of(number), kind) in seen:
                continue
            seen.add((digits_of(number), kind))
            details = self.phone_details.get(row.get("id"))
            if details is not None and PHONE_HOURS in details:
                hours, open_always = details[PHONE_HOURS], details.get(PHONE_ALWAYS_OPEN) == "true"
            else:
                hours, open_always = (self.schedules.get(service_id)
                                      or self.schedules.get(row.get("location_id"), ("", False)))
            source = (details or {}).get(PHONE_SOURCE, "")
            if not source or check_url(source, ("http", "https")):
                source = self.phone_source
            description = plain_text(row.get("description"))
            if row.get("extension"):
                description = f"Extension {row.get('extension')}. {description}".strip()
            result.append(PhoneRecord(number, kind, hours, open_always, description, source))
        return tuple(result)


def map_tables(tables: Tables, categories: tuple[CategoryRecord, ...], source: Source, phone_source: str,
               taken_keys: Iterable[str] = (), progress: Progress | None = None) -> Mapped:
    return _Mapper(tables, categories, source, phone_source, taken_keys, progress).run()
