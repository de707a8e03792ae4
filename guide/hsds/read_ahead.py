"""A large directory's next CSV table parsed by a second process while the mapping links this one.

Parsing is a quarter of an import and needs nothing from the mapping, so from READ_AHEAD_FROM bytes
of tables on the second core reads the tables the mapping takes next (TAKE_ORDER), AHEAD tables
ahead: no more than that are ever waiting, so memory still grows with the largest tables, not the
whole directory. Its rows come
back in marshal's format with their problems and counts, which the importer tells in the order it
would have found them. A table the mapping takes out of turn, and every table once the process has
failed, is read here as before: the process only ever saves time.
"""

from __future__ import annotations

import contextlib
import marshal
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from guide.hsds.csvstream import Report, Row, plain_rows, rows_of_plain
from guide.hsds.problems import Tally
from guide.hsds.source import Bundle, Planned, load_rows, open_bundle
from guide.second_process import Connection, start_second_process

# Below this many bytes of tables, starting a process costs more than it saves.
READ_AHEAD_FROM = 8 * 1024 * 1024
# Tables asked for beyond the one the mapping takes: two, as the mapping of a small table (addresses)
# takes less time than the parsing of a large one (phones).
AHEAD = 2


def _serve(path: str, requests: Connection, answers: Connection) -> None:
    """The second process: each requested file read, as ("read", file, bytes so far) now and then,
    then ("rows", file) and (plain rows, problems, rows read, rows dropped by cause, bytes read). It stops
    without a word when the importer has gone: the importer reads what it still needs itself."""
    with contextlib.suppress(Exception), contextlib.closing(open_bundle(Path(path))) as bundle:
        while (request := requests.recv()) is not None:
            file, keep, defaults = request
            _read_one(bundle, file, keep, defaults, answers)


def _read_one(bundle: Bundle, file: str, keep: frozenset[str], defaults: dict[str, str],
              answers: Connection) -> None:
    problems: list[tuple[str, str]] = []
    tally = Tally()
    done = 0

    def read(so_far: int) -> None:
        nonlocal done
        done = so_far
        answers.send_bytes(marshal.dumps(("read", file, so_far)))

    rows = load_rows(bundle, file, keep, lambda where, message: problems.append((where, message)), tally, read,
                     defaults)
    counts = tally.of(file)
    answers.send_bytes(marshal.dumps(("rows", file)))
    answers.send_bytes(marshal.dumps((plain_rows(rows), problems, counts.read, dict(counts.dropped), done)))


class SecondProcessReadAhead:
    """Reads the files of ``planned`` ahead, AHEAD tables beyond the one the mapping takes, in the
    order of ``order`` (the mapping's). A thread takes the answers as they come, so that the process
    never waits for the mapping to ask: it keeps only their bytes until the mapping takes the table."""

    def __init__(self, path: Path, planned: dict[str, list[Planned]], order: Sequence[str]) -> None:
        self._planned = planned
        self._order = [table for table in order if table in planned]
        self._asked: set[str] = set()  # files asked for
        self._tables_asked: set[str] = set()
        self._answers_in: dict[str, bytes] = {}
        self._read_so_far: dict[str, int] = {}
        self._arrived = threading.Condition()
        self._failed = False
        self.delivered: list[str] = []  # the files whose rows came from the process, in order
        second = start_second_process(_serve, (str(path),), "table read-ahead")
        self._process, self._requests, self._answers = second.process, second.to_it, second.from_it
        self._receiver = threading.Thread(target=self._receive, name="table read-ahead answers", daemon=True)
        self._receiver.start()
        # The first table is read here while the process starts; it reads from the second on.

    def _receive(self) -> None:
        while True:
            try:
                kind, file, *rest = marshal.loads(self._answers.recv_bytes())
                payload = self._answers.recv_bytes() if kind == "rows" else b""
            except (EOFError, OSError, ValueError):
                with self._arrived:
                    self._failed = True  # the files not answered are read by the importer itself
                    self._arrived.notify_all()
                return
            with self._arrived:
                if kind == "read":
                    self._read_so_far[file] = rest[0]
                else:
                    self._answers_in[file] = payload
                self._arrived.notify_all()

    def _ask(self, table: str) -> None:
        if table in self._tables_asked:
            return
        self._tables_asked.add(table)
        for request in self._planned.get(table, []):
            try:
                self._requests.send(request)
            except OSError:
                return  # the receiver sees the process gone
            self._asked.add(request[0])

    def before_take(self, table: str) -> None:
        if table in self._order:
            at = self._order.index(table)
            for following in self._order[at + 1: at + 1 + AHEAD]:
                self._ask(following)

    def rows(self, file: str, report: Report, tally: Tally, read: Callable[[int], None]) -> list[Row] | None:
        if file not in self._asked:
            return None
        with self._arrived:
            while file not in self._answers_in and not self._failed:
                self._arrived.wait(0.25)
                if file in self._read_so_far:
                    read(self._read_so_far[file])  # the figure moves while the process reads
            payload = self._answers_in.pop(file, None)
        self._asked.discard(file)
        if payload is None:
            return None
        plain, problems, read_count, dropped, done = marshal.loads(payload)
        for where, text in problems:
            report(where, text)
        counts = tally.of(file)
        counts.read += read_count
        counts.dropped.update(Counter(dropped))
        read(done)
        self.delivered.append(file)
        return rows_of_plain(file, plain)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._requests.send(None)
        self._requests.close()
        self._process.join(timeout=1)
        if self._process.is_alive():  # still reading a table nobody will take
            self._process.terminate()
            self._process.join()
        self._receiver.join()
        self._answers.close()
