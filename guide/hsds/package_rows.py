"""The rows of an HSDS 3.0 data package being written, table by table, and the ids they get."""

from __future__ import annotations

import uuid

from guide.hsds.spec import BY_NAME, TABLES

_NAMESPACE = uuid.UUID("6f1c2a52-3c1e-5a7e-9d54-0b0e8f1d6a10")  # fixed: ids must not change between exports


def stable_id(*parts: str) -> str:
    """A name-based UUID: the same pack always exports the same ids, and so the same bytes."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


class PackageRows:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, str]]] = {t.name: [] for t in TABLES}

    def add(self, table: str, **values: str) -> str:
        """Add a row (empty values left out); returns its id."""
        unknown = set(values) - set(BY_NAME[table].columns)
        if unknown:  # a programming error: the package would not validate
            raise KeyError(f"{table} has no column {sorted(unknown)}")
        self.rows[table].append({k: v for k, v in values.items() if v})
        return values.get("id", "")

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items() if rows}
