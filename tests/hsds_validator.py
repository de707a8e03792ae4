"""A Frictionless-style check of a tabular data package against the HSDS specification's descriptor.

Checks what the specification's datapackage.json states: each table's schema, the CSV headers,
required fields, enumerations, field types and formats, unique fields and primary keys, and
foreign keys. (frictionless itself is not a dependency of the project.)
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

SPEC = Path(__file__).resolve().parent / "fixtures" / "hsds" / "spec" / "datapackage-3.0.0.json"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")


def _type_error(kind: str, fmt: str, value: str) -> str | None:
    try:
        if kind == "number":
            float(value)
        elif kind == "date":
            date.fromisoformat(value)
        elif kind == "datetime":
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif kind == "time" and not _TIME.match(value):
            return "not a time"
    except ValueError:
        return f"not a {kind}"
    if fmt == "email" and not _EMAIL.match(value):
        return "not an email address"
    if fmt == "uri" and not (urlsplit(value).scheme and urlsplit(value).netloc):
        return "not a URI"
    return None


def validate_package(folder: Path, spec_path: Path = SPEC) -> list[str]:
    spec = {r["name"]: r for r in json.loads(spec_path.read_text(encoding="utf-8"))["resources"]}
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    ours = {r["name"]: r for r in descriptor.get("resources", [])}
    errors = [f"missing table {name}" for name in spec if name not in ours]
    errors += [f"table {name} is not in HSDS 3.0.0" for name in ours if name not in spec]
    tables: dict[str, list[dict[str, str]]] = {}
    for name, resource in ours.items():
        if name not in spec:
            continue
        schema = spec[name]["schema"]
        if resource.get("schema") != schema:
            errors.append(f"{name}: schema differs from the specification's")
        fields = schema["fields"]
        with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header = rows[0] if rows else []
        if header != [f["name"] for f in fields]:
            errors.append(f"{resource['path']}: header {header} differs from the schema's fields")
            continue
        records = [dict(zip(header, row, strict=False)) for row in rows[1:]]
        tables[name] = records
        for field in fields:
            constraints = field.get("constraints", {})
            seen: set[str] = set()
            for line, record in enumerate(records, start=2):
                value = record.get(field["name"], "")
                where = f"{resource['path']}:{line}: {field['name']}"
                if not value:
                    if constraints.get("required"):
                        errors.append(f"{where} is required")
                    continue
                if "enum" in constraints and value not in constraints["enum"]:
                    errors.append(f"{where} {value!r} is not one of {constraints['enum']}")
                if error := _type_error(field.get("type", "string"), field.get("format", ""), value):
                    errors.append(f"{where} {value!r} is {error}")
                if (constraints.get("unique") or field["name"] == schema.get("primaryKey")) and value in seen:
                    errors.append(f"{where} {value!r} is not unique")
                seen.add(value)
    for name, resource in ours.items():
        for key in spec.get(name, {}).get("schema", {}).get("foreignKeys", []):
            target = key["reference"]["resource"]
            known = {r[key["reference"]["fields"]] for r in tables.get(target, [])}
            for line, record in enumerate(tables.get(name, []), start=2):
                value = record.get(key["fields"], "")
                if value and value not in known:
                    errors.append(f"{resource['path']}:{line}: {key['fields']} {value!r} is not a {target} id")
    return errors
