"""Write a pack's directory as an HSDS 3.0 tabular data package (``export-hsds``).

Every table of the specification's ``datapackage.json`` is written with every column (empty where
the guide has nothing), so the package validates against the specification's own descriptor.
Organizations, services, locations, addresses, services at a location, phones and schedules map
one to one (guide.hsds.export_rows); what HSDS has no column for travels as attributes with terms
of the guide's own taxonomy (guide.hsds.guide_terms), so that importing the package again can give
the same directory. The same pack always exports the same bytes.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TextIO

from guide.hsds.export_rows import OrganizationRows
from guide.hsds.guide_terms import DETAILS_TAXONOMY, TERMS
from guide.hsds.package_rows import PackageRows, stable_id
from guide.hsds.spec import TABLES, VERSION
from guide.hsds.vocab import slug
from guide.store import Pack


@dataclass(frozen=True)
class ExportResult:
    counts: dict[str, int]  # rows of each non-empty table
    # Addresses missing a part HSDS requires, written as attributes of their location instead.
    incomplete_addresses: int = 0


def _write_csv(handle: TextIO, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _write_atomically(path: Path, write: Callable[[TextIO], object]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        write(handle)
    os.replace(tmp, path)


def _write(rows: PackageRows, folder: Path, descriptor: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        _write_atomically(folder / table.path, partial(_write_csv, columns=table.columns, rows=rows.rows[table.name]))
    _write_atomically(folder / "datapackage.json",
                      lambda handle: handle.write(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"))


def _add_taxonomies(rows: PackageRows, pack: Pack) -> dict[str, str]:
    """The guide's categories and its detail terms; returns term ids by code."""
    categories = rows.add("taxonomy", id=stable_id("taxonomy", "categories"), name="Offline guide categories",
                          description=f"The categories of {pack.title or 'the offline resource guide'}.")
    details = rows.add("taxonomy", id=stable_id("taxonomy", "phone-details"), name=DETAILS_TAXONOMY,
                       description="What the guide's directory holds that HSDS has no column for.")
    terms = {}
    for category in pack.categories():
        terms[category.id] = rows.add("taxonomy_term", id=stable_id("term", category.id), code=category.id,
                                      name=category.label, description=f"Listed under '{category.label}' in the "
                                      "guide.", taxonomy="Offline guide categories", taxonomy_id=categories)
    for code, (name, description, _entity) in TERMS.items():
        terms[code] = rows.add("taxonomy_term", id=stable_id("term", code), code=code, name=name,
                               description=description, taxonomy=DETAILS_TAXONOMY, taxonomy_id=details)
    return terms


def export_pack(pack: Pack, folder: Path, progress: Callable[[str, int, int], None] | None = None) -> dict[str, int]:
    """Write the package into ``folder``; returns the number of rows of each non-empty table."""
    return export_package(pack, folder, progress).counts


def export_package(pack: Pack, folder: Path,
                   progress: Callable[[str, int, int], None] | None = None) -> ExportResult:
    """Write the package into ``folder``."""
    rows = PackageRows()
    writer = OrganizationRows(rows, _add_taxonomies(rows, pack))
    ids = pack.organization_ids()
    for done, org_id in enumerate(ids):
        if progress and done % 1000 == 0:
            progress("organizations", done, len(ids))
        org = pack.organization(org_id)
        if org is not None:
            writer.organization(org)
    descriptor: dict[str, object] = {
        "name": slug(pack.title) or "guide",
        "title": pack.title,
        "description": "The directory of an offline resource guide, as Open Referral HSDS " + VERSION + ".",
        "profile": "tabular-data-package",
        "version": VERSION,
        "resources": [t.descriptor() for t in TABLES],
    }
    _write(rows, folder, descriptor)
    return ExportResult(rows.counts(), writer.incomplete_addresses)
