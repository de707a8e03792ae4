"""Where the directory's rows go into a pack: through the writer's own connection, or, for a large
directory, through a second process, so that SQLite's work (its B-trees, the FTS5 index, the R*Tree)
runs on the other core while this one makes the next batch.

Not a thread: sqlite3 lets go of the GIL for each row's step and a busy thread hands it back only
after the interpreter's switch interval (5 ms), so a thread inserts a row per 5 ms.

Each batch travels as JSON (a C encoder and decoder, and the same text either way), and the content
hash hears every batch's text in order, so the hash does not depend on where the rows were written.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import multiprocessing.connection
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

Rows = list[tuple[object, ...]]
Heard = Callable[[str], None]


def insert_statement(table: str, columns: Sequence[str], sources: Sequence[int] | None = None) -> str:
    """The INSERT of rows given as tuples: ``columns[i]`` takes each tuple's item ``sources[i]`` (``i``
    when not given)."""
    picks = sources if sources is not None else range(len(columns))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(f'?{i + 1}' for i in picks)})"


def _text(rows: Rows) -> str:
    # No check for circular references: rows of plain values cannot hold any, and the check costs an
    # entry in a dict for every row.
    return json.dumps(rows, ensure_ascii=False, check_circular=False, allow_nan=False, separators=(",", ":"))


class Inserts(Protocol):
    def insert(self, batch: list[tuple[str, Rows]]) -> None:
        """Insert each (statement, rows) of one batch, in order."""

    def finish(self) -> None:
        """Wait until every batch is in the pack; raise what went wrong, if anything did."""


class InProcessInserts:
    """executemany on the writer's own connection."""

    def __init__(self, connection: sqlite3.Connection, heard: Heard) -> None:
        self._connection = connection
        self._heard = heard

    def insert(self, batch: list[tuple[str, Rows]]) -> None:
        for statement, rows in batch:
            if rows:
                self._heard(_text(rows))
                self._connection.executemany(statement, rows)

    def finish(self) -> None:
        pass


class InsertsFailed(OSError):
    """The second process could not write the rows (its own message says why: a full disk, say)."""


def _insert_batches(path: str, batches: multiprocessing.connection.Connection,
                    outcome: multiprocessing.connection.Connection) -> None:
    """The second process: every batch received, in one transaction, then "" or what went wrong."""
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA journal_mode=OFF")  # as the writer's own connection (guide.content.build)
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("BEGIN")
        while (batch := batches.recv()) is not None:
            for statement, text in batch:
                connection.executemany(statement, json.loads(text))
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
        # spawn, not fork: the app may have Qt's threads running, which a forked child would not have.
        context = multiprocessing.get_context("spawn")
        batches, self._batches = context.Pipe(duplex=False)  # (the reading end, the writing end)
        self._outcome, outcome = context.Pipe(duplex=False)
        self._process = context.Process(target=_insert_batches, args=(str(path), batches, outcome),
                                        name="pack inserts", daemon=True)
        self._process.start()
        batches.close()  # the process has its own ends: with ours closed, its end shows when it stops
        outcome.close()
        self._done = False

    def insert(self, batch: list[tuple[str, Rows]]) -> None:
        texts = []
        for statement, rows in batch:
            if rows:
                text = _text(rows)
                self._heard(text)
                texts.append((statement, text))
        try:
            self._batches.send(texts)
        except OSError:  # the process has stopped: finish says why
            self.finish()
            raise

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            self._batches.send(None)
        self._batches.close()
        try:
            failure = self._outcome.recv()
        except EOFError:
            failure = f"the process that writes the rows stopped (exit code {self._process.exitcode})"
        self._process.join()
        if failure:
            raise InsertsFailed(failure)
