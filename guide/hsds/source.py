"""Opening an HSDS tabular data package (a folder or a .zip) and reading its CSV tables into rows.

Only the columns the mapping uses are kept, so a directory of 100 000 services fits in memory.
Every problem names its file and line; a table that cannot be read at all is left out and the
rest of the directory is still imported.
"""

from __future__ import annotations

import csv
import io
import json
import stat
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath

from guide.hsds.problems import HsdsError, HsdsProblem

# Descriptions of a few kilobytes are common; the csv module's default limit (128 KB) is not enough
# for the odd record with a pasted document in it.
csv.field_size_limit(16 * 1024 * 1024)

MAX_MEMBER_BYTES = 1024 * 1024 * 1024  # a single table larger than this is a mistake or an attack
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024

# The table each file holds: HSDS 3.0 names first, then singular, 2.x and 1.x names.
TABLE_FILES: dict[str, str] = {
    "organizations.csv": "organization", "organization.csv": "organization",
    "services.csv": "service", "service.csv": "service",
    "locations.csv": "location", "location.csv": "location",
    "addresses.csv": "address", "address.csv": "address", "addresss.csv": "address",
    "physical_addresses.csv": "address", "postal_addresses.csv": "address",
    "phones.csv": "phone", "phone.csv": "phone",
    "schedules.csv": "schedule", "schedule.csv": "schedule", "regular_schedules.csv": "schedule",
    "service_areas.csv": "service_area", "service_area.csv": "service_area",
    "languages.csv": "language", "language.csv": "language",
    "taxonomy_terms.csv": "taxonomy_term", "taxonomy_term.csv": "taxonomy_term",
    # In 1.x `taxonomy.csv` held the terms themselves (3.0 calls the list of taxonomies `taxonomies.csv`).
    "taxonomy.csv": "taxonomy_term",
    "attributes.csv": "attribute", "attribute.csv": "attribute",
    "service_attributes.csv": "attribute", "services_taxonomy.csv": "attribute",
    "service_at_location.csv": "service_at_location", "service_at_locations.csv": "service_at_location",
    "services_at_location.csv": "service_at_location",
}
MARKER_FILES = ("datapackage.json", "organizations.csv", "services.csv", "organization.csv", "service.csv")


@dataclass(frozen=True, slots=True)
class Row:
    file: str  # "phones.csv", or "page.json#/contents/0" (a JSON pointer) with line 0
    line: int
    values: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def get(self, key: str) -> str:
        return self.values.get(key, "")


@dataclass
class Tables:
    """The rows of each table, plus what the package says about itself."""

    name: str
    rows: dict[str, list[Row]] = field(default_factory=dict)
    metadata: dict[str, object] = field(default_factory=dict)
    problems: list[HsdsProblem] = field(default_factory=list)
    # Tables not read yet: the mapping reads each when it needs it and lets it go after use,
    # so only a few tables of a large directory are in memory at once.
    loaders: dict[str, list[Callable[[], list[Row]]]] = field(default_factory=dict)
    close: Callable[[], None] = lambda: None  # releases the archive the loaders read from

    def take(self, table: str) -> list[Row]:
        rows = self.rows.pop(table, [])
        for load in self.loaders.pop(table, []):
            rows.extend(load())
        return rows

    def problem(self, where: str, message: str) -> None:
        self.problems.append(HsdsProblem(where, message))


class Bundle:
    """Files of a data package, by path relative to the package's folder."""

    name: str

    def names(self) -> list[str]:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to release for a folder."""


class FolderBundle(Bundle):
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.name = self.root.name

    def names(self) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.csv") if p.is_file()) + (
            ["datapackage.json"] if (self.root / "datapackage.json").is_file() else [])

    def read(self, name: str) -> bytes:
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError("refused: the path points outside the directory's folder")
        if path.stat().st_size > MAX_MEMBER_BYTES:
            raise ValueError(f"refused: larger than {MAX_MEMBER_BYTES >> 20} MB")
        return path.read_bytes()


class ZipBundle(Bundle):
    """A .zip read in memory, member by member; nothing is extracted to disk."""

    def __init__(self, path: Path) -> None:
        self.name = path.stem
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise HsdsError(f"{path.name}: not a readable .zip archive ({exc})") from None
        infos = self._zip.infolist()
        for info in infos:
            _check_member(path.name, info)
        if sum(i.file_size for i in infos) > MAX_ARCHIVE_BYTES:
            raise HsdsError(f"{path.name}: refused: unpacks to more than {MAX_ARCHIVE_BYTES >> 30} GB")
        files = [i.filename for i in infos if not i.is_dir()]
        self._prefix = _package_folder(files)
        self._members = {f[len(self._prefix):]: f for f in files if f.startswith(self._prefix)}

    def names(self) -> list[str]:
        return sorted(self._members)

    def read(self, name: str) -> bytes:
        member = self._members.get(name)
        if member is None:
            raise FileNotFoundError(name)
        return self._zip.read(member)

    def close(self) -> None:
        self._zip.close()


def _check_member(archive: str, info: zipfile.ZipInfo) -> None:
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or ".." in parts or (parts and ":" in parts[0]):
        raise HsdsError(f"{archive}: refused: entry {info.filename!r} points outside the archive's folder")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise HsdsError(f"{archive}: refused: entry {info.filename!r} is a symbolic link")


def _package_folder(files: Iterable[str]) -> str:
    """The shallowest folder of the archive that holds the package (archives often wrap it in one)."""
    candidates = [f.rsplit("/", 1)[0] + "/" if "/" in f else "" for f in files
                  if f.rsplit("/", 1)[-1] in MARKER_FILES]
    return min(candidates, key=lambda c: (c.count("/"), c), default="")


def decode(data: bytes, where: str, tables: Tables) -> str | None:
    """Text of a file: UTF-8 as the specification asks, else a reported best effort."""
    if not data.strip():
        tables.problem(f"{where}:1", "empty file; left out")
        return None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        tables.problem(f"{where}:1", "UTF-16 text, not UTF-8; read as UTF-16")
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            text, encoding = data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "Latin-1"
        tables.problem(f"{where}:{line}", f"not UTF-8 (byte {exc.start}); read as {encoding}, check the accents")
        return text


def read_csv(text: str, file: str, keep: frozenset[str], tables: Tables) -> list[Row]:
    """Rows of one table with only the ``keep`` columns; the header is matched case-insensitively."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[Row] = []
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            tables.problem(f"{file}:1", "no header row; left out")
            return rows
        names = [h.strip().lower() for h in header]
        wanted = [(i, sys.intern(n)) for i, n in enumerate(names) if n in keep]
        line = reader.line_num + 1
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(record):
                continue
            if len(record) > len(names):
                tables.problem(f"{file}:{start}", f"{len(record)} fields but the header has {len(names)}; "
                               "extra fields ignored")
            # Interned: the same ids recur as foreign keys in every other table.
            values = {n: sys.intern(v) for i, n in wanted if i < len(record) and (v := record[i].strip())}
            rows.append(Row(file, start, values))
    except csv.Error as exc:
        tables.problem(f"{file}:{reader.line_num}", f"CSV error: {exc}; the rest of the file is left out")
    return rows


def read_package(bundle: Bundle, columns: dict[str, frozenset[str]]) -> Tables:
    """Every known table of the package, keeping the ``columns`` the mapping asks for."""
    tables = Tables(bundle.name)
    names = bundle.names()
    files = _table_files(bundle, names, tables)
    if not files:
        raise HsdsError(f"{bundle.name}: no HSDS tables found (expected datapackage.json, organizations.csv, "
                        "services.csv, ...)")
    for file, table in files:
        tables.loaders.setdefault(table, []).append(
            partial(_load, bundle, file, columns.get(table, frozenset()), tables))
    return tables


def _load(bundle: Bundle, file: str, keep: frozenset[str], tables: Tables) -> list[Row]:
    try:
        data = bundle.read(file)
    except FileNotFoundError:
        tables.problem(file, "listed in datapackage.json but missing; left out")
        return []
    except OSError as exc:
        tables.problem(file, f"cannot be read: {exc.strerror or exc}; left out")
        return []
    except ValueError as exc:
        tables.problem(file, f"{exc}; left out")
        return []
    text = decode(data, file, tables)
    return [] if text is None else read_csv(text, file, keep, tables)


def _table_files(bundle: Bundle, names: list[str], tables: Tables) -> list[tuple[str, str]]:
    """(file, table) pairs: the data package's own resource list when it has one, then known file names."""
    found: dict[str, str] = {}
    if "datapackage.json" in names:
        for path, table in _descriptor_resources(bundle, tables):
            found.setdefault(path, table)
    for name in names:
        named = TABLE_FILES.get(name.lower())
        if named and "/" not in name:
            found.setdefault(name, named)
    return sorted(found.items())


def _descriptor_resources(bundle: Bundle, tables: Tables) -> list[tuple[str, str]]:
    text = decode(bundle.read("datapackage.json"), "datapackage.json", tables)
    if text is None:
        return []
    try:
        descriptor = json.loads(text)
    except ValueError as exc:
        tables.problem(f"datapackage.json:{getattr(exc, 'lineno', 1)}",
                       f"not valid JSON ({exc}); file names used instead")
        return []
    if not isinstance(descriptor, dict):
        tables.problem("datapackage.json:1", "not a data package descriptor; file names used instead")
        return []
    tables.metadata = descriptor
    result = []
    for resource in descriptor.get("resources") or []:
        if not isinstance(resource, dict) or not isinstance(resource.get("path"), str):
            continue
        path = resource["path"]
        table = TABLE_FILES.get(PurePosixPath(path).name.lower())
        if table:
            result.append((path, table))
    return result


def open_bundle(path: Path) -> Bundle:
    if path.is_dir():
        if not any((path / marker).is_file() for marker in MARKER_FILES):
            raise HsdsError(f"{path}: no datapackage.json, organizations.csv or services.csv in this folder")
        return FolderBundle(path)
    if zipfile.is_zipfile(path):
        return ZipBundle(path)
    raise HsdsError(f"{path}: not an HSDS directory (a folder, a .zip or a .json file)")
