"""Write the organizations directory into a pack: organizations, their services, locations,
addresses, phones and schedules, and one search row per organization (guide.content.search_rows).

Bulk inserts (an executemany per table for each batch of organizations), not ORM objects: a
100 000-organization directory would otherwise spend most of its build in the unit of work. The rows
are written and let go a batch at a time, so the writer's memory does not grow with the directory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from guide.content.location_points import location_point, location_time_zone
from guide.content.records import Content, OrganizationRecord, Translations
from guide.content.search_rows import every_phone, organization_search_row
from guide.content.vocabulary import LANGUAGE_NAMES
from guide.packformat import models as m
from guide.packformat import schema
from guide.packformat.directory_values import Phone, Schedule

Row = dict[str, object]


def padded(words: Iterable[str]) -> str:
    """Words in one space-padded column (" en es "), so that a filter is one LIKE on an indexed table."""
    listed = list(words)
    return f" {' '.join(listed)} " if listed else ""


def _ordered(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for group in groups for word in group))


def organization_areas(o: OrganizationRecord) -> tuple[str, ...]:
    """Where an organization serves: its own areas, its services' and its addresses' states."""
    return _ordered(o.areas, (a for s in o.services for a in s.areas),
                    (a.state for loc in o.locations for a in loc.addresses if a.state))


def organization_languages(o: OrganizationRecord) -> tuple[str, ...]:
    return _ordered(o.languages, (lang for s in o.services for lang in s.languages),
                    (lang for loc in o.locations for lang in loc.languages))


def organization_categories(o: OrganizationRecord) -> tuple[str, ...]:
    return _ordered(o.categories, (c for s in o.services for c in s.categories))


# Organizations whose rows are gathered before they are written: large enough that an executemany
# costs little per row, small enough that the rows of a batch take ten megabytes or so.
BATCH = 250
# Parents before children, for the foreign keys.
_TABLE_ORDER = (m.Organization, m.OrganizationCategory, m.ServiceArea, m.OrganizationLanguage, m.Location, m.Address,
                m.Service, m.ServiceAtLocation, m.Phone, m.Schedule, m.OrganizationSource)
_POINT_INSERT = text("INSERT INTO location_point(id, min_lat, max_lat, min_lon, max_lon, organization_id, approximate, "
                     "time_zone) VALUES (:id, :lat, :lat, :lon, :lon, :org, :approximate, :zone)")


def _insert_sql(model: type[m.Base], row: Row) -> str:
    """The INSERT of a table's rows, each with the same columns as ``row``: straight to sqlite3's
    executemany, as SQLAlchemy's insert() would, without its per-row work (a fifth of a large build).
    Every column with a default must be given: only insert() would fill it in."""
    table = m.Base.metadata.tables[model.__tablename__]
    missing = [c.name for c in table.columns if c.default is not None and c.name not in row]
    if missing:
        raise ValueError(f"{table.name} rows without {', '.join(missing)}")
    names = list(row)
    return f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"


@dataclass
class _Tables:
    """The rows of each table for one batch of organizations, before an executemany each; ids
    counted per table across batches."""

    rows: dict[type[m.Base], list[Row]] = field(default_factory=dict)
    next_id: dict[type[m.Base], int] = field(default_factory=dict)
    points: list[Row] = field(default_factory=list)  # location_point, an R*Tree (not a model)

    def add(self, model: type[m.Base], row: Row) -> int:
        row_id = self.next_id.get(model, 1)
        self.next_id[model] = row_id + 1
        self.rows.setdefault(model, []).append({"id": row_id, **row})
        return row_id

    def extend(self, model: type[m.Base], rows: Iterable[Row]) -> None:
        self.rows.setdefault(model, []).extend(rows)

    def flush(self, session: Session) -> None:
        """Write the batch's rows and let them go."""
        connection = session.connection()
        for model in _TABLE_ORDER:
            if rows := self.rows.get(model):
                connection.exec_driver_sql(_insert_sql(model, rows[0]), rows)
        if self.points:
            session.execute(_POINT_INSERT, self.points)
        self.rows.clear()
        self.points = []


def _phones(tables: _Tables, phones: Iterable[Phone], owner: Row) -> None:
    for i, p in enumerate(phones):
        tables.add(m.Phone, {**owner, "position": i, "number": p.number, "extension": p.extension, "kind": p.kind,
                             "hours": p.hours, "always_open": int(p.always_open), "description": p.description,
                             "source": p.source, "languages": padded(p.languages)})


def _schedules(tables: _Tables, schedules: Iterable[Schedule], owner: Row) -> None:
    for i, s in enumerate(schedules):
        tables.add(m.Schedule, {**owner, "position": i, "weekday": s.weekday, "opens": s.opens, "closes": s.closes,
                                "closed": int(s.closed), "valid_from": s.valid_from, "valid_to": s.valid_to,
                                "text": s.text, "notes": s.notes})


_NO_OWNER: Row = {"service_id": None, "location_id": None, "service_at_location_id": None}


def _services_and_locations(tables: _Tables, org_id: int, o: OrganizationRecord) -> bool:
    """Write them; whether a location of the organization is on the map."""
    location_ids: dict[str, int] = {}
    placed = False
    for position, loc in enumerate(o.locations):
        location_id = tables.add(m.Location, dict(
            organization_id=org_id, position=position, key=loc.key, name=loc.name, alternate_name=loc.alternate_name,
            description=loc.description, transportation=loc.transportation, accessibility=loc.accessibility,
            latitude=loc.latitude, longitude=loc.longitude, languages=padded(loc.languages),
            time_zone=location_time_zone(loc), approximate=0))
        location_ids[loc.key] = location_id
        if point := location_point(loc):
            latitude, longitude, approximate = point
            tables.rows[m.Location][-1]["approximate"] = int(approximate)
            tables.points.append({"id": location_id, "lat": latitude, "lon": longitude, "org": org_id,
                                  "approximate": int(approximate), "zone": tables.rows[m.Location][-1]["time_zone"]})
            placed = True
        for i, a in enumerate(loc.addresses):
            tables.add(m.Address, dict(location_id=location_id, position=i, kind=a.kind, street=a.street,
                                       street_2=a.street_2, city=a.city, region=a.region, state=a.state,
                                       postal_code=a.postal_code, country=a.country, attention=a.attention))
        owner = {**_NO_OWNER, "organization_id": org_id, "location_id": location_id}
        _phones(tables, loc.phones, owner)
        _schedules(tables, loc.schedules, owner)
    for position, s in enumerate(o.services):
        service_id = tables.add(m.Service, dict(
            organization_id=org_id, position=position, key=s.key, name=s.name, alternate_name=s.alternate_name,
            description=s.description, url=s.url, email=s.email, status=s.status, eligibility=s.eligibility,
            minimum_age=s.minimum_age, maximum_age=s.maximum_age, fees=s.fees,
            application_process=s.application_process, required_documents=s.required_documents,
            wait_time=s.wait_time, interpretation=s.interpretation, languages=padded(s.languages),
            areas=padded(s.areas), area_note=s.area_note, categories=padded(s.categories),
            assured_date=s.assured_date, last_modified=s.last_modified))
        owner = {**_NO_OWNER, "organization_id": org_id, "service_id": service_id}
        _phones(tables, s.phones, owner)
        _schedules(tables, s.schedules, owner)
        for i, at in enumerate(s.locations):
            at_id = tables.add(m.ServiceAtLocation, dict(service_id=service_id, location_id=location_ids[at.location],
                                                         position=i, description=at.description))
            at_owner = {**owner, "service_at_location_id": at_id}
            _phones(tables, at.phones, at_owner)
            _schedules(tables, at.schedules, at_owner)
    return placed


def write_organizations(session: Session, content: Content, translate: dict[tuple[str, str], Translations],
                        index: Callable[[list[Row]], None]) -> None:
    """Write the directory, a batch of organizations at a time; ``index`` writes each batch's search
    rows, after its organizations. ``translate`` gathers each organization's translations by (kind,
    ref) for the caller's translation table."""
    labels = {c.id: c.label for c in content.guide.categories}
    translated_labels = {c.id: [(t["label"], lang) for lang, t in c.translations.items() if "label" in t]
                         for c in content.guide.categories}
    language = content.guide.language
    tables = _Tables()
    search_rows: list[Row] = []
    organizations = content.organizations
    # Ids follow the table's default order (name, then key): the FTS index returns rows in id order,
    # so a text filter comes back already sorted and search's candidate set is the first names.
    by_name = sorted((o.name.casefold(), o.key, at) for at, o in enumerate(organizations))
    for org_id, (_, _, at) in enumerate(by_name, start=1):
        o = organizations[at]
        areas, languages, categories = organization_areas(o), organization_languages(o), organization_categories(o)
        phones = list(every_phone(o))
        listed = [p for p in phones if p.kind in ("voice", "hotline")] or phones
        organization_row: Row = dict(
            id=org_id, key=o.key, name=o.name, sort_name=o.name.casefold(), alternate_name=o.alternate_name,
            description=o.description, website=o.website, email=o.email, language_note=o.language_note,
            verified=o.verified, categories=padded(categories), areas=padded(areas), languages=padded(languages),
            main_phone=listed[0].number if listed else "", always_open=int(any(p.always_open for p in phones)),
            has_text=int(any(p.kind == "sms" for p in phones)), has_place=0)
        tables.extend(m.Organization, [organization_row])
        tables.extend(m.OrganizationCategory, ({"organization_id": org_id, "category_id": c}
                                               for c in sorted(categories)))
        tables.extend(m.ServiceArea, ({"organization_id": org_id, "area": a} for a in sorted(areas)))
        tables.extend(m.OrganizationLanguage, ({"organization_id": org_id, "language": lang}
                                               for lang in sorted(languages)))
        _phones(tables, o.phones, {**_NO_OWNER, "organization_id": org_id})
        organization_row["has_place"] = int(_services_and_locations(tables, org_id, o))
        tables.extend(m.OrganizationSource, ({"organization_id": org_id, "position": i, "publisher": s.publisher,
                                              "title": s.title, "year": s.year, "url": s.url}
                                             for i, s in enumerate(o.sources)))
        translate[("organization", o.key)] = o.translations
        facets = " ".join([*(schema.facet_token("a", a) for a in areas),
                           *(schema.facet_token("c", c) for c in categories),
                           *(schema.facet_token("l", lang) for lang in languages)])
        keywords = [*((labels.get(c, c), language) for c in categories),
                    *(label for c in categories for label in translated_labels.get(c, ())),
                    *((a, language) for a in areas),
                    *((LANGUAGE_NAMES.get(lang, lang), language) for lang in languages)]
        search_rows.append(organization_search_row(org_id, o, language, facets, keywords))
        if org_id % BATCH == 0 or org_id == len(by_name):
            tables.flush(session)
            index(search_rows)
            search_rows = []


def directory_counts(content: Content) -> dict[str, int]:
    orgs = content.organizations
    return {
        "services": sum(len(o.services) for o in orgs),
        "locations": sum(len(o.locations) for o in orgs),
        "phones": sum(1 for o in orgs for _ in every_phone(o)),
        "schedules": sum(len(s.schedules) + sum(len(at.schedules) for at in s.locations)
                         for o in orgs for s in o.services)
        + sum(len(loc.schedules) for o in orgs for loc in o.locations),
    }
