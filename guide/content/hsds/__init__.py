"""Open Referral HSDS: import resource directories (HSDS 3.0, with 1.x/2.x fallbacks) and export ours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from guide.content.hsds.problems import HsdsError, HsdsProblem, ImportCancelled

if TYPE_CHECKING:
    from guide.content.hsds.importer import ImportResult, read_directory

__all__ = ["HsdsError", "HsdsProblem", "ImportCancelled", "ImportResult", "read_directory"]


def __getattr__(name: str) -> object:
    # The importer loads on first use: the command line and the window need only the errors at start.
    if name in ("ImportResult", "read_directory"):
        from guide.content.hsds import importer

        return getattr(importer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
