"""One import's bookkeeping: every problem said once with its place, every row counted.

A row the mapping cannot use is dropped here and nowhere else, so that no row is left out
without being counted in the summary and listed in the problems.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from guide.hsds.csvstream import Row
from guide.hsds.source import Tables

Progress = Callable[[str, int, int], None]
_SHOWN_LINES = 5


@dataclass
class _IdNotes:
    """Rows of one file whose ids had to be made up, or that repeat an earlier row exactly."""

    made_up: list[int] = field(default_factory=list)
    reused: list[int] = field(default_factory=list)
    repeats: list[int] = field(default_factory=list)


class Run:
    def __init__(self, tables: Tables, progress: Progress | None) -> None:
        self.tables = tables
        self.tally = tables.tally
        self.progress = progress or (lambda stage, done, total: None)

    def problem(self, row: Row | str, message: str) -> None:
        self.tables.problem(row.where if isinstance(row, Row) else row, message)

    def drop(self, row: Row, cause: str, message: str) -> None:
        """Leave ``row`` out: counted under ``cause`` and listed with its place."""
        self.tally.drop(row.file, cause)
        self.problem(row, f"{message}; left out")

    def changed(self, row: Row) -> None:
        self.tally.normalise(row.file, row.line)

    def missing(self, row: Row, column: str, table: str) -> None:
        self.drop(row, f"missing {table}", f"{column} {row.get(column)!r} refers to a missing {table}")

    def unique(self, table: str, id_column: str = "id") -> dict[str, Row]:
        """Rows by id. A row without an id, or with an id an earlier row has, keeps a made-up id from its
        file and line (a reference to that id means the first row); a row that repeats an earlier one
        exactly is dropped. Each file gets one summary line, not one per row."""
        result: dict[str, Row] = {}
        notes: dict[str, _IdNotes] = {}
        for row in self.tables.take(table):
            row_id = row.get("id") or row.get(id_column)
            first = result.get(row_id) if row_id else None
            if row_id and first is None:
                result[row_id] = row
                continue
            if first is not None and first.file != row.file:
                # Two files of one table (addresses.csv, mail_addresses.csv) number their rows each.
                result[f"{row.file}:{row_id}"] = row
                continue
            note = notes.setdefault(row.file, _IdNotes())
            if first is not None and first.values == row.values:
                note.repeats.append(row.line)
                self.tally.drop(row.file, "repeated row")
                continue
            (note.reused if row_id else note.made_up).append(row.line)
            made_up = f"{row.file}:{row.line}"
            row = row.with_value("id", made_up)
            result[made_up] = row
            self.changed(row)
        for file, note in notes.items():
            self._summarise(file, table, note)
        return result

    def _summarise(self, file: str, table: str, note: _IdNotes) -> None:
        def lines(numbers: list[int]) -> str:
            shown = ", ".join(str(n) for n in numbers[:_SHOWN_LINES])
            more = len(numbers) - _SHOWN_LINES
            return f"lines {shown}" + (f" and {more} more" if more > 0 else "")

        parts = []
        if note.made_up:
            parts.append(f"{len(note.made_up)} without an id ({lines(note.made_up)})")
        if note.reused:
            parts.append(f"{len(note.reused)} with an id an earlier row has ({lines(note.reused)})")
        if parts:
            self.problem(file, f"{table} rows: " + " and ".join(parts) + "; kept, each with a made-up id from its "
                               "file and line")
        if note.repeats:
            self.problem(file, f"{len(note.repeats)} {table} rows repeat an earlier row exactly "
                               f"({lines(note.repeats)}); left out")

    def every(self, stage: str, rows: dict[str, Row]) -> Iterator[tuple[str, Row]]:
        """The rows, with a progress report now and then (a long table is never silent for long)."""
        total = len(rows)
        for done, item in enumerate(rows.items()):
            if done % 2000 == 0:
                self.progress(stage, done, total)
            yield item
