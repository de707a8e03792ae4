"""Write a pack's organizations as an HSDS 3.0 tabular data package (``export-hsds``).

Each guide organization becomes an HSDS organization with one service of the same name: HSDS hangs
phones, areas, languages and taxonomy terms on services. What HSDS has no column for -- a phone's
hours, whether it is answered 24/7 and where the number was checked -- travels as attributes with
terms of the guide's own taxonomy, so that importing the package again gives the same phones.
Ids are name-based UUIDs: the same pack always exports the same bytes.
"""

from __future__ import annotations

import csv
import json
import os
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TextIO

from guide.hsds.mapping import PHONE_ALWAYS_OPEN, PHONE_DETAILS, PHONE_HOURS, PHONE_SOURCE
from guide.hsds.schedules import ALWAYS_OPEN_TEXT, DAYS
from guide.hsds.spec import BY_NAME, TABLES, VERSION
from guide.hsds.vocab import GUIDE_PHONE_TYPES, slug
from guide.languages import area_name, language_name
from guide.store import Pack
from guide.store.directory import Organization

_NAMESPACE = uuid.UUID("6f1c2a52-3c1e-5a7e-9d54-0b0e8f1d6a10")  # fixed: ids must not change between exports
_PHONE_TERMS = {
    PHONE_HOURS: ("Phone hours", "When the number is answered, as the guide states it."),
    PHONE_ALWAYS_OPEN: ("Answered 24/7", "'true' when the number is answered 24 hours a day, 7 days a week."),
    PHONE_SOURCE: ("Where the number was checked", "The address of the page the number was checked against."),
}


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


class _Package:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, str]]] = {t.name: [] for t in TABLES}

    def add(self, table: str, **values: str) -> str:
        unknown = set(values) - set(BY_NAME[table].columns)
        if unknown:  # a programming error: the package would not validate
            raise KeyError(f"{table} has no column {sorted(unknown)}")
        self.rows[table].append(values)
        return values.get("id", "")

    def write(self, folder: Path, descriptor: dict[str, object]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            rows = self.rows[table.name]
            _write_atomically(folder / table.path, partial(_write_csv, columns=table.columns, rows=rows))
        _write_atomically(folder / "datapackage.json",
                          lambda handle: handle.write(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"))


def _write_csv(handle: TextIO, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _write_atomically(path: Path, write: Callable[[TextIO], object]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        write(handle)
    os.replace(tmp, path)


def _add_taxonomies(package: _Package, pack: Pack) -> dict[str, str]:
    """The guide's categories and phone-detail terms; returns term ids by code."""
    categories = package.add("taxonomy", id=_id("taxonomy", "categories"), name="Offline guide categories",
                             description=f"The categories of {pack.title or 'the offline resource guide'}.")
    details = package.add("taxonomy", id=_id("taxonomy", "phone-details"), name="Offline guide phone details",
                          description="Phone details HSDS has no column for.")
    terms = {}
    for category in pack.categories():
        terms[category.id] = package.add("taxonomy_term", id=_id("term", category.id), code=category.id,
                                         name=category.label, description=f"Organizations listed under "
                                         f"'{category.label}' in the guide.", taxonomy="Offline guide categories",
                                         taxonomy_id=categories)
    for code, (name, description) in _PHONE_TERMS.items():
        terms[code] = package.add("taxonomy_term", id=_id("term", code), code=code, name=name,
                                  description=description, taxonomy="Offline guide phone details", taxonomy_id=details)
    return terms


def _add_organization(package: _Package, org: Organization, terms: dict[str, str]) -> None:
    org_id = package.add("organization", id=_id("organization", org.key), name=org.name,
                         alternate_name=org.alternate_name, description=org.description, email=org.email,
                         website=org.website)
    service_id = package.add("service", id=_id("service", org.key), organization_id=org_id, name=org.name,
                             description=org.description, url=org.website, email=org.email, status="active",
                             interpretation_services=org.language_note, assured_date=org.verified)
    for category in org.categories:
        package.add("attribute", id=_id("attribute", org.key, category.id), link_id=service_id,
                    taxonomy_term_id=terms[category.id], link_type="category", link_entity="service")
    for position, phone in enumerate(org.phones):
        phone_id = package.add("phone", id=_id("phone", org.key, str(position)), service_id=service_id,
                               organization_id=org_id, number=phone.number, type=GUIDE_PHONE_TYPES[phone.kind],
                               description=phone.description)
        values = {PHONE_HOURS: phone.hours, PHONE_ALWAYS_OPEN: "true" if phone.always_open else "false",
                  PHONE_SOURCE: phone.source}
        for code in PHONE_DETAILS:
            package.add("attribute", id=_id("attribute", org.key, str(position), code), link_id=phone_id,
                        taxonomy_term_id=terms[code], link_type="phone_detail", link_entity="phone",
                        value=values[code])
    round_the_clock = next((p for p in org.phones if p.always_open and p.kind == "voice"), None)
    if round_the_clock:  # for other HSDS readers; the guide reads the phone's own attributes back
        package.add("schedule", id=_id("schedule", org.key), service_id=service_id, freq="WEEKLY",
                    byday=",".join(DAYS), opens_at="00:00:00", closes_at="23:59:59",
                    description=round_the_clock.hours or ALWAYS_OPEN_TEXT)
    for area in org.areas:
        package.add("service_area", id=_id("area", org.key, area), service_id=service_id, name=area_name(area))
    for code in org.languages:
        package.add("language", id=_id("language", org.key, code), service_id=service_id,
                    name=language_name(code), code=code)


def export_pack(pack: Pack, folder: Path, progress: Callable[[str, int, int], None] | None = None) -> dict[str, int]:
    """Write the package into ``folder``; returns the number of rows of each non-empty table."""
    package = _Package()
    terms = _add_taxonomies(package, pack)
    ids = pack.organization_ids()
    for done, org_id in enumerate(ids):
        if progress and done % 1000 == 0:
            progress("organizations", done, len(ids))
        org = pack.organization(org_id)
        if org is not None:
            _add_organization(package, org, terms)
    descriptor: dict[str, object] = {
        "name": slug(pack.title) or "guide",
        "title": pack.title,
        "description": "Organizations of an offline resource guide, as Open Referral HSDS " + VERSION + ".",
        "profile": "tabular-data-package",
        "version": VERSION,
        "resources": [t.descriptor() for t in TABLES],
    }
    package.write(folder, descriptor)
    return {name: len(rows) for name, rows in package.rows.items() if rows}
