"""One CSV table read from a byte stream into rows, in bounded memory, saying what was wrong.

The bytes are decoded as they come (UTF-8 as the specification asks, else a reported best
effort), split into lines and parsed one record at a time. A record that holds a NUL byte is left
out and reported; a quote that is never closed would swallow the rest of the file into one field,
so its row is reported and left out and the lines after it are read again.
"""

from __future__ import annotations

import codecs
import csv
import sys
from collections import deque
from collections.abc import Callable, Iterator
from typing import IO

from guide.hsds.archive import CHUNK, DamagedFile, RefusedFile
from guide.hsds.problems import HsdsProblem, Tally

# Descriptions of a few kilobytes are common; the csv module's default limit (128 KB) is not enough
# for the odd record with a pasted document in it.
FIELD_LIMIT = 16 * 1024 * 1024
csv.field_size_limit(FIELD_LIMIT)

Report = Callable[[str, str], None]  # (where, message)


class Row:
    """One row of a table: where it is, and its columns' values ("" when empty).

    The values are a tuple beside a column index that every row of a file shares, not a dict each: a
    directory's rows of services, locations and phones are all held until they are assembled, and a
    dict per row would be half of that memory.
    """

    __slots__ = ("file", "line", "_columns", "_cells")

    def __init__(self, file: str, line: int, values: dict[str, str]) -> None:
        """``file``: "phones.csv", or "page.json#/contents/0" (a JSON pointer) with line 0."""
        self.file = file
        self.line = line
        self._columns = {name: i for i, name in enumerate(values)}
        self._cells = tuple(values.values())

    @classmethod
    def of(cls, file: str, line: int, columns: dict[str, int], cells: tuple[str, ...]) -> Row:
        """A row whose cells are in the order of ``columns`` (shared by the rows of a file)."""
        row = cls.__new__(cls)
        row.file, row.line, row._columns, row._cells = file, line, columns, cells
        return row

    @property
    def values(self) -> dict[str, str]:
        """The columns that have a value, by name."""
        return {name: value for name, i in self._columns.items() if (value := self._cells[i])}

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def get(self, key: str) -> str:
        i = self._columns.get(key)
        return "" if i is None else self._cells[i]

    def with_value(self, key: str, value: str) -> Row:
        return Row(self.file, self.line, {**self.values, key: value})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Row):
            return NotImplemented
        return (self.file, self.line, self.values) == (other.file, other.line, other.values)

    def __hash__(self) -> int:
        return hash((self.file, self.line, tuple(self.values.items())))

    def __repr__(self) -> str:
        return f"Row(file={self.file!r}, line={self.line!r}, values={self.values!r})"


Plain = tuple[list[str], list[int], list[tuple[str, ...]]]


def plain_rows(rows: list[Row]) -> Plain:
    """The rows of one file (as read_rows gives them) as plain values: their column names, lines and
    cells, to travel between processes."""
    if not rows:
        return [], [], []
    columns = rows[0]._columns
    if any(row._columns is not columns for row in rows):
        raise ValueError("rows of more than one file's columns")
    return list(columns), [row.line for row in rows], [row._cells for row in rows]


def rows_of_plain(file: str, plain: Plain) -> list[Row]:
    names, lines, cells = plain
    columns = {sys.intern(name): i for i, name in enumerate(names)}
    return [Row.of(file, line, columns, values) for line, values in zip(lines, cells, strict=True)]


def _cells(names: list[str], keep: frozenset[str], defaults: dict[str, str]
           ) -> tuple[dict[str, int], Callable[[list[str]], tuple[str, ...]]]:
    """The shared column index of a file's rows, and what makes a row's cells of a CSV record: the kept
    columns' stripped values (of a name given twice, the last with a value), else the file's default."""
    sources: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        if name in keep:
            sources.setdefault(sys.intern(name), []).append(i)
    for name in defaults:
        sources.setdefault(sys.intern(name), [])
    columns = {name: j for j, name in enumerate(sources)}
    # One string for each value repeated in the file ("voice", "TX", an organization's id), from a table
    # of the file's own: sys.intern's table would hold a slot for every value of the directory, and never
    # shrinks.
    shared: dict[str, str] = {}
    one = shared.setdefault
    if not defaults and all(len(at) == 1 for at in sources.values()):
        plain = [at[0] for at in sources.values()]
        width = max(plain, default=-1) + 1

        def fast(record: list[str]) -> tuple[str, ...]:
            if len(record) < width:
                record = record + [""] * (width - len(record))
            return tuple([one(value := record[i].strip(), value) for i in plain])
        return columns, fast

    listed = list(sources.items())

    def general(record: list[str]) -> tuple[str, ...]:
        cells = []
        for name, at in listed:
            value = next((v for i in reversed(at) if i < len(record) and (v := record[i].strip())), "")
            cells.append(one(value, value) if value else defaults.get(name, ""))
        return tuple(cells)
    return columns, general


def _text_chunks(stream: IO[bytes], file: str, report: Report, read: Callable[[int], None]) -> Iterator[str]:
    """The file's text, chunk by chunk; ``read`` hears of the bytes read so far."""
    first = stream.read(CHUNK)
    if not first.strip():
        report(f"{file}:1", "empty file; left out")
        return
    if first[:2] in (b"\xff\xfe", b"\xfe\xff"):
        report(f"{file}:1", "UTF-16 text, not UTF-8; read as UTF-16")
        decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
    else:
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
    done, lines, chunk = 0, 0, first
    fallback = False
    while chunk:
        done += len(chunk)
        read(done)
        if fallback:
            yield _cp1252(chunk)
        else:
            try:
                yield decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                whole = bytes(exc.object)  # what the decoder held back, then this chunk
                offset = done - len(whole) + exc.start
                line = lines - whole[: len(whole) - len(chunk)].count(b"\n") + whole[: exc.start].count(b"\n") + 1
                text = whole[: exc.start].decode("utf-8-sig", errors="replace") + _cp1252(whole[exc.start:])
                report(f"{file}:{line}", f"not UTF-8 (byte {offset}); read as Windows-1252, check the accents")
                fallback = True
                yield text
        lines += chunk.count(b"\n")
        chunk = stream.read(CHUNK)
    if not fallback:
        yield decoder.decode(b"", final=True)


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return data.decode("latin-1")


def _lines(chunks: Iterator[str]) -> Iterator[str]:
    rest = ""
    for chunk in chunks:
        parts = (rest + chunk).split("\n")
        rest = parts.pop()
        for part in parts:
            yield part + "\n"
    if rest:
        yield rest


class _LineFeed:
    """Lines numbered as they are handed to the csv reader, with the current record's lines kept so
    that they can be handed out again when the record turns out to be broken."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.source = lines
        self.number = 0
        self.replay: deque[tuple[int, str]] = deque()
        self.pending: list[tuple[int, str]] = []
        self.exhausted = False

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if self.replay:
            item = self.replay.popleft()
        else:
            try:
                text = next(self.source)
            except StopIteration:
                self.exhausted = True
                raise
            self.number += 1
            item = (self.number, text)
        self.pending.append(item)
        return item[1]

    def record(self) -> tuple[int, list[tuple[int, str]]]:
        """The line number where the record just read starts, and its lines, taken (the next record's
        are gathered from here on)."""
        taken, self.pending = self.pending, []
        return (taken[0][0] if taken else self.number + 1), taken

    def start(self) -> int:
        return self.pending[0][0] if self.pending else self.number + 1

    def again_after_first(self, taken: list[tuple[int, str]]) -> None:
        """Hand out the record's lines again, all but its first (where the damage starts)."""
        self.replay.extendleft(reversed(taken[1:]))


def _runaway(taken: list[tuple[int, str]], feed: _LineFeed) -> bool:
    return len(taken) > 1 and not feed.replay and feed.exhausted and sum(t.count('"') for _, t in taken) % 2 == 1


def read_rows(stream: IO[bytes], file: str, keep: frozenset[str], report: Report, tally: Tally,
              read: Callable[[int], None] = lambda done: None, defaults: dict[str, str] | None = None) -> list[Row]:
    """Rows of one table with only the ``keep`` columns; the header is matched case-insensitively."""
    rows: list[Row] = []
    feed = _LineFeed(_lines(_text_chunks(stream, file, report, read)))
    try:
        header = next(csv.reader(feed), None)
        feed.record()
        if not header or not any(h.strip() for h in header):
            if header is not None:
                report(f"{file}:1", "no header row; left out")
            return rows
        names = [h.strip().lower().lstrip("\ufeff") for h in header]
        columns, cells_of = _cells(names, keep, dict(defaults or {}))
        counts = tally.of(file)
        while True:
            reader = csv.reader(feed)
            try:
                for record in reader:
                    start, taken = feed.record()
                    joined = "".join(record)  # one string for the two tests below, in C: a million rows
                    if not joined.strip():
                        continue
                    counts.read += 1
                    if _runaway(taken, feed):
                        report(f"{file}:{start}", f"a quote opened in this row is never closed: it would swallow "
                               f"the rest of the file ({len(taken) - 1} more lines) into one field; the row is "
                               "left out and the lines after it are read again")
                        tally.drop(file, "unclosed quote")
                        feed.again_after_first(taken)
                        break
                    if "\x00" in joined:
                        report(f"{file}:{start}", "a NUL byte in the row (a damaged file?); row left out")
                        tally.drop(file, "NUL byte")
                        continue
                    if len(record) > len(names):
                        report(f"{file}:{start}", f"{len(record)} fields but the header has {len(names)}; "
                               "extra fields ignored")
                    rows.append(Row.of(file, start, columns, cells_of(record)))
                else:
                    return rows
            except csv.Error as exc:
                start, taken = feed.record()
                counts.read += 1
                tally.drop(file, "unreadable CSV")
                report(f"{file}:{start}", f"CSV error: {exc}; the row is left out and the lines after it are "
                       "read again")
                feed.again_after_first(taken)
    except (DamagedFile, RefusedFile) as exc:
        report(f"{file}:{feed.start()}", f"{exc}; the rest of the file is left out")
    return rows


def problem_reporter(problems: list[HsdsProblem]) -> Report:
    return lambda where, message: problems.append(HsdsProblem(where, message))
