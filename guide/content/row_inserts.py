"""Where the directory's rows go into a pack: through the writer's own connection, or, for a large
directory, through a second process, so that SQLite's work (its B-trees, the FTS5 index, the R*Tree)
runs on the other core while this one makes the next batch.

Not a thread: sqlite3 lets go of the GIL for each row's step and a busy thread hands it back only
after the interpreter's switch interval (5 ms), so a thread inserts a row per 5 ms.

A batch is written out once, in marshal's format 2, on either side: the content hash hears those
bytes and the second process reads them (the fastest format the standard library has for plain
values, three times faster than JSON). Format 2 is a function of the values alone: the later formats
also record which strings are interned or shared, which depends on how the rows were made.
"""

from __future__ import annotations

import contextlib
import marshal
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from guide.second_process import Connection, start_second_process

Rows = list[tuple[object, ...]]
Batch = list[tuple[str, Rows]]  # (statement, its rows), in order
Heard = Callable[[bytes], None]
_FORMAT = 2
# Every connection that writes a pack: a pack is written once and copied around, so no journal
# files (one file only) and no waiting for the disk.
WRITING_PRAGMAS = ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF")


def insert_statement(table: str, columns: Sequence[str], sources: Sequence[int] | None = None) -> str:
    """The INSERT of rows given as tuples: ``columns[i]`` takes each tuple's item ``sources[i]`` (``i``
    when not given)."""
    picks = sources if sources is not None else range(len(columns))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(f'?{i + 1}' for i in picks)})"


def _written(batch: Batch) -> tuple[Batch, bytes]:
    """The batch without its empty tables, and its bytes."""
    kept = [(statement, rows) for statement, rows in batch if rows]
    return kept, marshal.dumps(kept, _FORMAT)


def _insert(connection: sqlite3.Connection, batch: Batch) -> None:
    for statement, rows in batch:
        connection.executemany(statement, rows)


class Inserts(Protocol):
    def insert(self, batch: Batch) -> None:
        """Insert each (statement, rows) of one batch, in order."""

    def finish(self) -> None:
        """Wait until every batch is in the pack; raise what went wrong, if anything did."""


class InProcessInserts:
    """executemany on the writer's own connection."""

    def __init__(self, connection: sqlite3.Connection, heard: Heard) -> None:
        self._connection = connection
        self._heard = heard

    def insert(self, batch: Batch) -> None:
        kept, data = _written(batch)
        self._heard(data)
        _insert(self._connection, kept)

    def finish(self) -> None:
        pass


class InsertsFailed(OSError):
    """The second process could not write the rows (its own message says why: a full disk, say)."""


def _insert_batches(path: str, batches: Connection, outcome: Connection) -> None:
    """The second process: every batch received, in one transaction, then "" or what went wrong."""
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        for pragma in WRITING_PRAGMAS:
            connection.execute(pragma)
        connection.execute("BEGIN")
        while data := batches.recv_bytes():
            _insert(connection, marshal.loads(data))
        connection.execute("COMMIT")
        connection.close()
        outcome.send("")
    except BaseException as exc:  # noqa: BLE001 - the writer's process reports it
        outcome.send(f"{type(exc).__name__}: {exc}")


class ChildProcessInserts:
    """Batches sent to a second process that owns the pack file until ``finish``: the caller must have
    committed, and may not use its own connection to the file in between. A send waits while the
    process is still writing the batch before, so no more than two batches are ever held."""

    def __init__(self, path: Path, heard: Heard) -> None:
        self._heard = heard
        second = start_second_process(_insert_batches, (str(path),), "pack inserts")
        self._process, self._batches, self._outcome = second.process, second.to_it, second.from_it
        self._done = False

    def insert(self, batch: Batch) -> None:
        _, data = _written(batch)
        self._heard(data)
        try:
            self._batches.send_bytes(data)
        except OSError:  # the process has stopped: finish says why
            self.finish()
            raise

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            self._batches.send_bytes(b"")  # the end (a batch's bytes are never empty: marshal writes its list)
        self._batches.close()
        try:
            failure = self._outcome.recv()
        except EOFError:
            failure = f"the process that writes the rows stopped (exit code {self._process.exitcode})"
        self._process.join()
        if failure:
            raise InsertsFailed(failure)
