"""Which file of a data package holds which table: the descriptor's resource paths first, resolved
relative to ``datapackage.json``, then known file names anywhere in the folder or zip.

HSDS 1.x and 2.x names, and the Ohana API's, are mapped to the 3.0 tables; a few of them say
something the 3.0 table has as a column (a postal address, a holiday schedule), given as defaults.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field

from guide.hsds.archive import Bundle

_PHYSICAL = {"address_type": "physical"}
_POSTAL = {"address_type": "postal"}
_HOLIDAY = {"holiday": "1"}

# File stem -> (table, values its rows have unless they say otherwise).
_NAMES: dict[str, tuple[str, dict[str, str]]] = {}
for _table, _stems, _defaults in [
    ("organization", "organizations organization", {}),
    ("service", "services service", {}),
    ("location", "locations location", {}),
    ("address", "addresses address addresss", {}),
    ("address", "physical_addresses physical_address", _PHYSICAL),
    ("address", "postal_addresses postal_address mail_addresses mail_address", _POSTAL),
    ("phone", "phones phone", {}),
    ("schedule", "schedules schedule regular_schedules regular_schedule", {}),
    ("schedule", "holiday_schedules holiday_schedule", _HOLIDAY),
    ("service_area", "service_areas service_area", {}),
    ("language", "languages language", {}),
    # In 1.x (and Ohana) `taxonomy.csv` held the terms themselves.
    ("taxonomy_term", "taxonomy_terms taxonomy_term taxonomy", {}),
    ("attribute", "attributes attribute service_attributes services_taxonomy service_taxonomy", {}),
    ("service_at_location", "service_at_location service_at_locations services_at_location "
                            "services_at_locations", {}),
    ("accessibility", "accessibility accessibilities accessibility_for_disabilities", {}),
    ("eligibility", "eligibility eligibilities", {}),
    ("required_document", "required_documents required_document", {}),
    ("contact", "contacts contact", {}),
]:
    for _name in _stems.split():
        _NAMES[_name] = (_table, _defaults)


@dataclass(frozen=True)
class TableFile:
    path: str  # inside the bundle
    table: str
    defaults: dict[str, str] = field(default_factory=dict)


def _stem(path: str) -> str:
    name = posixpath.basename(path).lower()
    return name[:-4] if name.endswith(".csv") else name


def known(path: str) -> tuple[str, dict[str, str]] | None:
    return _NAMES.get(_stem(path)) if path.lower().endswith(".csv") else None


def descriptor_path(names: list[str]) -> str | None:
    """The shallowest datapackage.json (archives often wrap the package in a folder)."""
    found = [n for n in names if posixpath.basename(n).lower() == "datapackage.json"]
    return min(found, key=lambda n: (n.count("/"), n), default=None)


def read_descriptor(bundle: Bundle, path: str, report: Callable[[str, str], None],
                    decode: Callable[[bytes, str], str | None]) -> dict[str, object]:
    with bundle.open(path) as handle:
        text = decode(handle.read(), path)
    if text is None:
        return {}
    try:
        descriptor = json.loads(text)
    except ValueError as exc:
        report(f"{path}:{getattr(exc, 'lineno', 1)}", f"not valid JSON ({exc}); tables found by file name instead")
        return {}
    if not isinstance(descriptor, dict):
        report(f"{path}:1", "not a data package descriptor; tables found by file name instead")
        return {}
    return descriptor


def _resource_paths(descriptor: dict[str, object]) -> list[tuple[str, str]]:
    """(path, resource name) of each resource (a resource's path may be a list of files)."""
    result = []
    resources = descriptor.get("resources")
    for resource in resources if isinstance(resources, list) else []:
        if not isinstance(resource, dict):
            continue
        paths = resource.get("path")
        name = str(resource.get("name") or "")
        for path in paths if isinstance(paths, list) else [paths]:
            if isinstance(path, str) and path.strip():
                result.append((path.strip(), name))
    return result


def table_files(names: list[str], descriptor: dict[str, object], base: str,
                report: Callable[[str, str], None]) -> list[TableFile]:
    """Where each table is: the descriptor's paths, then file names anywhere in the package."""
    present = set(names)
    by_stem: dict[str, list[str]] = {}
    for name in sorted(names, key=lambda n: (n.count("/"), n)):
        by_stem.setdefault(_stem(name), []).append(name)
    found: dict[str, TableFile] = {}
    where = posixpath.join(base, "datapackage.json") if base else "datapackage.json"
    for path, resource in _resource_paths(descriptor):
        table = known(path) or _NAMES.get(resource.lower())
        if "://" in path:
            report(where, f"resource {path!r} is on the web; the guide never fetches, so it looks for "
                          f"{posixpath.basename(path)!r} in the package")
            path = posixpath.basename(path)
        joined = posixpath.normpath(posixpath.join(base, path))
        if path.startswith("/") or joined == ".." or joined.startswith("../"):
            report(where, f"refused: resource path {path!r} points outside the package's folder")
            continue
        if table is None:
            continue
        if joined not in present:
            others = by_stem.get(_stem(path), [])
            if not others:
                report(where, f"{path!r} is listed but not in the package; left out")
                continue
            joined = others[0]  # e.g. the descriptor says organizations.csv while the files sit in data/
        found.setdefault(joined, TableFile(joined, table[0], table[1]))
    taken = {(_stem(f.path)) for f in found.values()}
    for name in sorted(names, key=lambda n: (n.count("/"), n)):
        table = known(name)
        if name in found or not name.lower().endswith(".csv"):
            continue
        if table is None:
            report(name, "not a table the guide imports; not read")
        elif _stem(name) in taken:
            first = next(f.path for f in found.values() if _stem(f.path) == _stem(name))
            report(name, f"a second {posixpath.basename(name)}; left out ({first} is read)")
        else:
            taken.add(_stem(name))
            found[name] = TableFile(name, table[0], table[1])
    return sorted(found.values(), key=lambda f: f.path)
