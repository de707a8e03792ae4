"""Write the organizations directory into a pack: organizations, their services, locations,
addresses, phones and schedules, and one search row per organization (guide.content.search_rows).

Bulk inserts (an executemany per table for each batch of organizations, in a second process for a
large directory: guide.content.row_inserts), not ORM objects: a 100 000-organization directory would otherwise
spend most of its build in the unit of work. The rows are written and let go a batch at a time, so
the writer's memory does not grow with the directory.
"""

from __future__ import annotations

from collections.abc import Iterable

from guide.content.location_points import location_point, location_time_zone
from guide.content.records import Content, OrganizationRecord, Translations
from guide.content.row_inserts import Inserts, insert_statement
from guide.content.search_rows import SEARCH_INSERT, every_phone, organization_search_row
from guide.content.vocabulary import LANGUAGE_NAMES
from guide.packformat import models as m
from guide.packformat import schema
from guide.packformat.directory_values import Phone, Schedule


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


# Organizations whose rows are gathered before they are written: large enough that a statement
# costs little per row, small enough that the rows of a batch take ten megabytes or so.
BATCH = 250
# Each table's columns, in the order of its rows' tuples; parents before children, for the foreign keys.
_COLUMNS: dict[type[m.Base], tuple[str, ...]] = {
    m.Organization: ("id", "key", "name", "sort_name", "alternate_name", "description", "website", "email",
                     "language_note", "verified", "categories", "areas", "languages", "main_phone", "always_open",
                     "has_text", "has_place"),
    m.OrganizationCategory: ("organization_id", "category_id"),
    m.ServiceArea: ("organization_id", "area"),
    m.OrganizationLanguage: ("organization_id", "language"),
    m.Location: ("id", "organization_id", "position", "key", "name", "alternate_name", "description",
                 "transportation", "accessibility", "latitude", "longitude", "languages", "time_zone", "approximate"),
    m.Address: ("id", "location_id", "position", "kind", "street", "street_2", "city", "region", "state",
                "postal_code", "country", "attention"),
    m.Service: ("id", "organization_id", "position", "key", "name", "alternate_name", "description", "url", "email",
                "status", "eligibility", "minimum_age", "maximum_age", "fees", "application_process",
                "required_documents", "wait_time", "interpretation", "languages", "areas", "area_note", "categories",
                "assured_date", "last_modified"),
    m.ServiceAtLocation: ("id", "service_id", "location_id", "position", "description"),
    m.Phone: ("id", "organization_id", "service_id", "location_id", "service_at_location_id", "position", "number",
              "extension", "kind", "hours", "always_open", "description", "source", "languages"),
    m.Schedule: ("id", "organization_id", "service_id", "location_id", "service_at_location_id", "position",
                 "weekday", "opens", "closes", "closed", "valid_from", "valid_to", "text", "notes"),
    m.OrganizationSource: ("id", "organization_id", "position", "publisher", "title", "year", "url"),
}
# location_point, an R*Tree (not a model): a point is a box of no size.
_POINT_INSERT = insert_statement("location_point", ("id", "min_lat", "max_lat", "min_lon", "max_lon",
                                                    "organization_id", "approximate", "time_zone"),
                                 (0, 1, 1, 2, 2, 3, 4, 5))


def _insert_statement(model: type[m.Base]) -> str:
    """Every column of the table is given: a column's default would be filled in only by SQLAlchemy's
    insert(), which these rows do not go through (its per-row work was a fifth of a large build)."""
    table = m.Base.metadata.tables[model.__tablename__]
    given = _COLUMNS[model]
    if set(given) != set(table.columns.keys()) or len(given) != len(table.columns):
        raise ValueError(f"{table.name}: rows give {given}, the table has {tuple(table.columns.keys())}")
    return insert_statement(table.name, given)


_INSERTS = {model: _insert_statement(model) for model in _COLUMNS}


class _Tables:
    """The rows of each table for one batch of organizations; ids counted per table across batches."""

    def __init__(self) -> None:
        self.rows: dict[type[m.Base], list[tuple[object, ...]]] = {model: [] for model in _COLUMNS}
        self.last_id = dict.fromkeys(_COLUMNS, 0)
        self.points: list[tuple[object, ...]] = []
        self.search: list[tuple[object, ...]] = []

    def new_id(self, model: type[m.Base]) -> int:
        self.last_id[model] += 1
        return self.last_id[model]

    def flush(self, inserts: Inserts) -> None:
        """Hand the batch's rows to the inserts and let them go; the search rows after the rows they find."""
        inserts.insert([*((_INSERTS[model], rows) for model, rows in self.rows.items()),
                        (_POINT_INSERT, self.points), (SEARCH_INSERT, self.search)])
        self.rows = {model: [] for model in _COLUMNS}
        self.points, self.search = [], []


def _phones(tables: _Tables, phones: Iterable[Phone], org_id: int, service_id: int | None = None,
            location_id: int | None = None, at_id: int | None = None) -> None:
    rows = tables.rows[m.Phone]
    for i, p in enumerate(phones):
        rows.append((tables.new_id(m.Phone), org_id, service_id, location_id, at_id, i, p.number, p.extension, p.kind,
                     p.hours, int(p.always_open), p.description, p.source, padded(p.languages)))


def _schedules(tables: _Tables, schedules: Iterable[Schedule], org_id: int, service_id: int | None = None,
               location_id: int | None = None, at_id: int | None = None) -> None:
    rows = tables.rows[m.Schedule]
    for i, s in enumerate(schedules):
        rows.append((tables.new_id(m.Schedule), org_id, service_id, location_id, at_id, i, s.weekday, s.opens,
                     s.closes, int(s.closed), s.valid_from, s.valid_to, s.text, s.notes))


def _locations(tables: _Tables, org_id: int, o: OrganizationRecord) -> tuple[dict[str, int], bool]:
    """Write them; their ids by key, and whether one of them is on the map."""
    location_ids: dict[str, int] = {}
    placed = False
    for position, loc in enumerate(o.locations):
        location_id = location_ids[loc.key] = tables.new_id(m.Location)
        zone = location_time_zone(loc)
        point = location_point(loc)
        approximate = int(point[2]) if point else 0
        tables.rows[m.Location].append((
            location_id, org_id, position, loc.key, loc.name, loc.alternate_name, loc.description, loc.transportation,
            loc.accessibility, loc.latitude, loc.longitude, padded(loc.languages), zone, approximate))
        if point:
            tables.points.append((location_id, point[0], point[1], org_id, approximate, zone))
            placed = True
        addresses = tables.rows[m.Address]
        for i, a in enumerate(loc.addresses):
            addresses.append((tables.new_id(m.Address), location_id, i, a.kind, a.street, a.street_2, a.city, a.region,
                              a.state, a.postal_code, a.country, a.attention))
        _phones(tables, loc.phones, org_id, location_id=location_id)
        _schedules(tables, loc.schedules, org_id, location_id=location_id)
    return location_ids, placed


def _services(tables: _Tables, org_id: int, o: OrganizationRecord, location_ids: dict[str, int]) -> None:
    for position, s in enumerate(o.services):
        service_id = tables.new_id(m.Service)
        tables.rows[m.Service].append((
            service_id, org_id, position, s.key, s.name, s.alternate_name, s.description, s.url, s.email, s.status,
            s.eligibility, s.minimum_age, s.maximum_age, s.fees, s.application_process, s.required_documents,
            s.wait_time, s.interpretation, padded(s.languages), padded(s.areas), s.area_note, padded(s.categories),
            s.assured_date, s.last_modified))
        _phones(tables, s.phones, org_id, service_id)
        _schedules(tables, s.schedules, org_id, service_id)
        for i, at in enumerate(s.locations):
            at_id = tables.new_id(m.ServiceAtLocation)
            tables.rows[m.ServiceAtLocation].append((at_id, service_id, location_ids[at.location], i, at.description))
            _phones(tables, at.phones, org_id, service_id, at_id=at_id)
            _schedules(tables, at.schedules, org_id, service_id, at_id=at_id)


def write_organizations(inserts: Inserts, content: Content,
                        translate: dict[tuple[str, str], Translations]) -> None:
    """Write the directory, a batch of organizations at a time, and each batch's search rows after its
    organizations. ``translate`` gathers each organization's translations by (kind, ref) for the
    caller's translation table."""
    labels = {c.id: c.label for c in content.guide.categories}
    translated_labels = {c.id: [(t["label"], lang) for lang, t in c.translations.items() if "label" in t]
                         for c in content.guide.categories}
    language = content.guide.language
    tables = _Tables()
    organizations = content.organizations
    # Ids follow the table's default order (name, then key): the FTS index returns rows in id order,
    # so a text filter comes back already sorted and search's candidate set is the first names.
    by_name = sorted((o.name.casefold(), o.key, at) for at, o in enumerate(organizations))
    for org_id, (sort_name, _, at) in enumerate(by_name, start=1):
        o = organizations[at]
        areas, languages, categories = organization_areas(o), organization_languages(o), organization_categories(o)
        phones = list(every_phone(o))
        listed = [p for p in phones if p.kind in ("voice", "hotline")] or phones
        _phones(tables, o.phones, org_id)
        location_ids, placed = _locations(tables, org_id, o)
        _services(tables, org_id, o, location_ids)
        tables.rows[m.Organization].append((
            org_id, o.key, o.name, sort_name, o.alternate_name, o.description, o.website, o.email, o.language_note,
            o.verified, padded(categories), padded(areas), padded(languages), listed[0].number if listed else "",
            int(any(p.always_open for p in phones)), int(any(p.kind == "sms" for p in phones)), int(placed)))
        tables.rows[m.OrganizationCategory].extend((org_id, c) for c in sorted(categories))
        tables.rows[m.ServiceArea].extend((org_id, a) for a in sorted(areas))
        tables.rows[m.OrganizationLanguage].extend((org_id, lang) for lang in sorted(languages))
        tables.rows[m.OrganizationSource].extend((tables.new_id(m.OrganizationSource), org_id, i, s.publisher, s.title,
                                                  s.year, s.url) for i, s in enumerate(o.sources))
        translate[("organization", o.key)] = o.translations
        facets = " ".join([*(schema.facet_token("a", a) for a in areas),
                           *(schema.facet_token("c", c) for c in categories),
                           *(schema.facet_token("l", lang) for lang in languages)])
        keywords = [*((labels.get(c, c), language) for c in categories),
                    *(label for c in categories for label in translated_labels.get(c, ())),
                    *((a, language) for a in areas),
                    *((LANGUAGE_NAMES.get(lang, lang), language) for lang in languages)]
        tables.search.append(organization_search_row(org_id, o, language, facets, keywords))
        if org_id % BATCH == 0 or org_id == len(by_name):
            tables.flush(inserts)


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
