"""Small HSDS packages that tests write into a temporary folder, and what they read back."""

from __future__ import annotations

import csv
from pathlib import Path

from guide.content.records import CategoryRecord, OrganizationRecord
from guide.hsds.importer import ImportResult

CATEGORIES = (CategoryRecord("legal", "Legal help"),)


def write_csv(folder: Path, name: str, rows: list[list[str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def package(folder: Path, **tables: list[list[str]]) -> Path:
    for name, rows in tables.items():
        write_csv(folder, f"{name}.csv", rows)
    return folder


def one(result: ImportResult) -> OrganizationRecord:
    [org] = result.organizations
    return org


def messages(result: ImportResult) -> list[str]:
    return [str(p) for p in result.problems]
