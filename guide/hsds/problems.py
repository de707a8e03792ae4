"""Problems found while importing an HSDS directory (each says where: ``file.csv:line`` or a JSON
pointer), and the tally of rows per file that the import ends with."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)  # a large directory can have a problem for every other row
class HsdsProblem:
    where: str  # "phones.csv:12", "services.json#/contents/0/phones/1" or just the file name
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class HsdsError(Exception):
    """The input cannot be imported at all (not a directory, an unsafe archive, nothing to import)."""


class ImportCancelled(Exception):
    """Raised from a progress callback to stop an import."""


def file_of(where: str) -> str:
    """The file part of a place: "phones.csv" of "phones.csv:12", "page.json" of "page.json#/contents/0"."""
    base = where.split("#", 1)[0]
    head, colon, line = base.rpartition(":")
    return head if colon and line.isdigit() else base


@dataclass
class FileTally:
    """What became of one file's rows: every row read is kept or dropped for a cause."""

    read: int = 0
    normalised_rows: set[int] = field(default_factory=set)  # the lines of rows kept with a change
    dropped: Counter[str] = field(default_factory=Counter)  # cause -> rows

    @property
    def kept(self) -> int:
        return self.read - sum(self.dropped.values())

    @property
    def normalised(self) -> int:
        return len(self.normalised_rows)


@dataclass
class Tally:
    """Rows read, kept, normalised and dropped (by cause), per file, in the order the files were read."""

    files: dict[str, FileTally] = field(default_factory=dict)

    def of(self, file: str) -> FileTally:
        found = self.files.get(file)  # a row's file is usually the name itself
        return found if found is not None else self.files.setdefault(file_of(file), FileTally())

    def read(self, file: str, rows: int = 1) -> None:
        self.of(file).read += rows

    def drop(self, file: str, cause: str) -> None:
        self.of(file).dropped[cause] += 1

    def normalise(self, file: str, line: int) -> None:
        self.of(file).normalised_rows.add(line)

    def table(self) -> list[str]:
        """The summary as aligned text lines: file, read, kept, normalised, dropped (causes)."""
        rows = [("file", "read", "kept", "normalised", "dropped")]
        for name, t in self.files.items():
            causes = ", ".join(f"{n} {cause}" for cause, n in t.dropped.most_common())
            dropped = str(sum(t.dropped.values())) + (f" ({causes})" if causes else "")
            rows.append((name, str(t.read), str(t.kept), str(t.normalised), dropped))
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        return [f"{r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]:>{widths[3]}}  {r[4]}"
                for r in rows]
