"""Problems found while importing an HSDS directory: each says where (``file.csv:line`` or a JSON pointer)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HsdsProblem:
    where: str  # "phones.csv:12", "services.json#/contents/0/phones/1" or just the file name
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class HsdsError(Exception):
    """The input cannot be imported at all (not a directory, an unsafe archive, nothing to import)."""


class ImportCancelled(Exception):
    """Raised from a progress callback to stop an import."""
