"""The JSON serialization of HSDS 3.0, flattened into the same tables as the tabular form.

A file may hold one organization, service or service_at_location object, a list of them, or an
API page (``{"contents": [...], "total_items": ...}``). Nested records get their parent's id, so the
mapping is the same as for CSV; problems are located by JSON pointer (``file.json#/contents/0/phones/1``).
"""

from __future__ import annotations

import json
from pathlib import Path

from guide.hsds.problems import HsdsError
from guide.hsds.source import Row, Tables, decode

# Lists of nested records, by the table they belong to.
CHILD_LISTS: dict[str, dict[str, str]] = {
    "organization": {"services": "service", "phones": "phone", "locations": "location", "attributes": "attribute"},
    "service": {"phones": "phone", "schedules": "schedule", "service_areas": "service_area", "languages": "language",
                "attributes": "attribute", "service_at_locations": "service_at_location"},
    "service_at_location": {"phones": "phone", "schedules": "schedule", "service_areas": "service_area",
                            "attributes": "attribute"},
    "location": {"addresses": "address", "phones": "phone", "languages": "language", "schedules": "schedule",
                 "attributes": "attribute"},
    "phone": {"languages": "language", "attributes": "attribute"},
}
# Single nested records that the parent refers to by ``<table>_id``.
CHILD_OBJECTS: dict[str, dict[str, str]] = {
    "service": {"organization": "organization"},
    "service_at_location": {"service": "service", "location": "location"},
    "attribute": {"taxonomy_term": "taxonomy_term"},
}


def _scalar(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value).strip()
    return None


class _Flattener:
    def __init__(self, file: str, columns: dict[str, frozenset[str]], tables: Tables) -> None:
        self.file = file
        self.columns = columns
        self.tables = tables
        self.seen: set[tuple[str, str]] = set()

    def where(self, pointer: str) -> str:
        return f"{self.file}#{pointer}" if pointer else self.file

    def add(self, obj: object, table: str, pointer: str, parent: tuple[str, str] | None = None) -> str | None:
        if not isinstance(obj, dict):
            self.tables.problem(self.where(pointer), f"expected a {table} object; left out")
            return None
        record_id = _scalar(obj.get("id")) or f"json:{pointer or '/'}"
        keep = self.columns.get(table, frozenset())
        values = {k: s for k, v in obj.items() if k in keep and (s := _scalar(v))}
        values["id"] = record_id
        if parent:
            if table == "attribute":
                values.setdefault("link_id", parent[1])
                values.setdefault("link_entity", parent[0])
            else:
                values.setdefault(f"{parent[0]}_id", parent[1])
        for key, child_table in CHILD_OBJECTS.get(table, {}).items():
            if obj.get(key) is not None:
                child_id = self.add(obj[key], child_table, f"{pointer}/{key}")
                if child_id:
                    values[f"{child_table}_id"] = child_id
        # The same organization or phone is repeated in every record that embeds it: keep the first.
        if (table, record_id) not in self.seen:
            self.seen.add((table, record_id))
            self.tables.tally.read(self.file)
            self.tables.rows.setdefault(table, []).append(Row(self.where(pointer), 0, values))
        for key, child_table in CHILD_LISTS.get(table, {}).items():
            children = obj.get(key)
            if children is None:
                continue
            if not isinstance(children, list):
                self.tables.problem(self.where(f"{pointer}/{key}"), f"'{key}' must be a list; left out")
                continue
            for index, child in enumerate(children):
                self.add(child, child_table, f"{pointer}/{key}/{index}", (table, record_id))
        return record_id


def _kind(item: dict) -> str:
    if isinstance(item.get("service"), dict):
        return "service_at_location"
    if any(key in item for key in ("organization", "organization_id", "status", "service_areas", "program")):
        return "service"
    return "organization"


def read_json(path: Path, columns: dict[str, frozenset[str]]) -> Tables:
    tables = Tables(path.stem)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HsdsError(f"{path.name}: cannot be read: {exc.strerror or exc}") from None
    text = decode(data, path.name, tables)
    if text is None:
        raise HsdsError(f"{path.name}: empty file")
    try:
        document = json.loads(text)
    except ValueError as exc:
        line, reason = getattr(exc, "lineno", 1), getattr(exc, "msg", exc)
        raise HsdsError(f"{path.name}:{line}: not valid JSON ({reason})") from None
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        items, base = document["contents"], "/contents"
    elif isinstance(document, list):
        items, base = document, ""
    elif isinstance(document, dict):
        items, base = [document], None
    else:
        raise HsdsError(f"{path.name}: expected an HSDS object, a list of them or a page with 'contents'")
    flattener = _Flattener(path.name, columns, tables)
    for index, item in enumerate(items):
        pointer = "" if base is None else f"{base}/{index}"
        if isinstance(item, dict):
            flattener.add(item, _kind(item), pointer)
        else:
            tables.problem(flattener.where(pointer), "expected an object; left out")
    return tables
