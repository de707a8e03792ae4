"""Opening an HSDS tabular data package (a folder or a .zip) and reading its CSV tables into rows.

Only the columns the mapping uses are kept, and each table is read when the mapping asks for it
(``Tables.take``) and let go after use, so memory grows with the largest table, not the whole
directory. Every problem names its file and line; a table that cannot be read at all is left out
and the rest of the directory is still imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from guide.hsds.archive import Bundle, DamagedFile, RefusedFile, open_bundle
from guide.hsds.csvstream import Report, Row, read_rows
from guide.hsds.problems import HsdsError, HsdsProblem, Tally
from guide.hsds.tablefiles import descriptor_path, read_descriptor, table_files

__all__ = ["Bundle", "Row", "Tables", "decode", "open_bundle", "read_package"]

Progress = Callable[[str, int, int], None]
Planned = tuple[str, frozenset[str], dict[str, str]]  # a table's file: (path, columns kept, defaults)


class ReadAhead(Protocol):
    """Tables read before the mapping asks for them (guide.hsds.read_ahead)."""

    def before_take(self, table: str) -> None:
        """The mapping is about to take ``table``: time to read the one after it."""

    def rows(self, file: str, report: Report, tally: Tally, read: Callable[[int], None]) -> list[Row] | None:
        """The file's rows, its problems told to ``report`` and its counts to ``tally``; None when the
        file was not read ahead (the caller reads it)."""

    def close(self) -> None: ...


@dataclass
class Tables:
    """The rows of each table, plus what the package says about itself."""

    name: str
    rows: dict[str, list[Row]] = field(default_factory=dict)
    metadata: dict[str, object] = field(default_factory=dict)
    problems: list[HsdsProblem] = field(default_factory=list)
    # Tables not read yet: the mapping reads each when it needs it and lets it go after use.
    loaders: dict[str, list[Callable[[], list[Row]]]] = field(default_factory=dict)
    close: Callable[[], None] = lambda: None  # releases the archive the loaders read from
    tally: Tally = field(default_factory=Tally)
    file_dates: list[str] = field(default_factory=list)  # the tables' own modification dates
    progress: Progress = lambda stage, done, total: None
    total_bytes: int = 0
    read_bytes: int = 0
    messages: dict[str, str] = field(default_factory=dict)  # each problem's message, once
    planned: dict[str, list[Planned]] = field(default_factory=dict)  # the loaders' files, by table
    ahead: ReadAhead | None = None
    taken: list[str] = field(default_factory=list)  # the tables the mapping took, in order

    def take(self, table: str) -> list[Row]:
        self.taken.append(table)
        if self.ahead is not None:
            self.ahead.before_take(table)
        rows = self.rows.pop(table, [])
        for load in self.loaders.pop(table, []):
            rows.extend(load())
        return rows

    def problem(self, where: str, message: str) -> None:
        # The same message for thousands of rows ("term 'Shelter' is none of the guide's categories") is
        # kept once.
        self.problems.append(HsdsProblem(where, self.messages.setdefault(message, message)))


def decode(data: bytes, where: str, tables: Tables) -> str | None:
    """Text of a small file read whole (a descriptor, a JSON document): UTF-8, else a reported best effort."""
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
        tables.problem(f"{where}:{line}", f"not UTF-8 (byte {exc.start}); read as Windows-1252, check the accents")
        return data.decode("cp1252", errors="replace")


def read_package(bundle: Bundle, columns: dict[str, frozenset[str]], progress: Progress | None = None) -> Tables:
    """Every known table of the package, keeping the ``columns`` the mapping asks for."""
    tables = Tables(bundle.name)
    if progress:
        tables.progress = progress
    names = bundle.names()
    descriptor = descriptor_path(names)
    base = ""
    if descriptor:
        base = descriptor.rpartition("/")[0]
        tables.metadata = read_descriptor(bundle, descriptor, tables.problem, partial(decode, tables=tables))
    files = table_files(names, tables.metadata, base, tables.problem)
    if not files:
        raise HsdsError(f"{bundle.name}: no HSDS tables found (expected datapackage.json, organizations.csv, "
                        "services.csv, ...)")
    for found in files:
        try:
            tables.total_bytes += bundle.size(found.path)
            tables.file_dates.append(bundle.modified(found.path))
        except (OSError, ValueError):
            pass  # reported when the table is read
        keep = columns.get(found.table, frozenset())
        tables.loaders.setdefault(found.table, []).append(partial(_load, bundle, found.path, keep, tables,
                                                                  found.defaults))
        tables.planned.setdefault(found.table, []).append((found.path, keep, found.defaults))
    return tables


def _load(bundle: Bundle, file: str, keep: frozenset[str], tables: Tables, defaults: dict[str, str]) -> list[Row]:
    start = tables.read_bytes

    def read(done: int) -> None:
        tables.read_bytes = start + done
        tables.progress("reading", tables.read_bytes, max(tables.total_bytes, tables.read_bytes))

    tables.tally.of(file)  # listed in the summary even when nothing can be read from it
    if tables.ahead is not None and (rows := tables.ahead.rows(file, tables.problem, tables.tally, read)) is not None:
        return rows
    return load_rows(bundle, file, keep, tables.problem, tables.tally, read, defaults)


def load_rows(bundle: Bundle, file: str, keep: frozenset[str], report: Report, tally: Tally,
              read: Callable[[int], None], defaults: dict[str, str]) -> list[Row]:
    """The rows of one file of the bundle; a file that cannot be read is reported and gives none."""
    try:
        with bundle.open(file) as stream:
            return read_rows(stream, file, keep, report, tally, read, defaults)
    except FileNotFoundError:
        report(file, "listed in datapackage.json but missing; left out")
    except (RefusedFile, DamagedFile) as exc:
        report(file, f"{exc}; left out")
    except OSError as exc:
        report(file, f"cannot be read: {exc.strerror or exc}; left out")
    return []
