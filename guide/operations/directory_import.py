"""Importing an Open Referral HSDS directory into a guide pack of its own (``import-hsds`` and the
window's File > Import directory), and exporting a pack's organizations as HSDS (``export-hsds``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from guide import paths
from guide.hsds import HsdsError, ImportCancelled

if TYPE_CHECKING:
    from guide.content import BuildResult
    from guide.hsds.importer import ImportResult
    from guide.hsds.mapping import Progress
    from guide.store import Pack
# The importer (YAML, SQLAlchemy through the writer) loads when an import starts, not with the window.

# What a caller needs to tell the outcomes apart, so that it never reaches into guide.hsds itself.
__all__ = ["HsdsError", "ImportCancelled", "ImportResult", "destination", "export_directory", "import_directory",
           "problems_path"]


def destination(source: Path, data_dir: Path) -> Path:
    """Where the window writes the pack imported from ``source``: the user's ``imports/`` folder."""
    from guide.hsds.vocab import slug

    return data_dir / "imports" / f"{slug(source.stem) or 'directory'}.pack"


def problems_path(out: Path) -> Path:
    """The file beside the pack that lists every problem of its import (``OUT.pack.problems.txt``)."""
    return out.with_name(out.name + ".problems.txt")


def _refuse_overwriting(out: Path, base_pack: Path) -> None:
    target = out.resolve()
    for guarded, what in ((base_pack, "the guide pack the import starts from"),
                          (paths.default_pack_path(), "the bundled guide pack")):
        if target == guarded.resolve():
            raise HsdsError(f"{out}: refused: that is {what}; choose another file to write the directory to")


def write_problems(result: ImportResult, path: Path) -> None:
    lines = [f"Import of {result.location}: {len(result.problems)} problem(s)", "", *result.tally.table(), "",
             *(str(p) for p in result.problems)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def import_directory(source: Path, out: Path, base_pack: Path, source_url: str = "",
                     progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> tuple[BuildResult, ImportResult]:
    """Build a pack at ``out`` from the directory at ``source`` alone, with the hotline banner and the
    categories of ``base_pack``; every problem goes to ``problems_path(out)``. ``progress(stage, done,
    total)`` hears of each step; when ``cancelled()`` turns true, the next step raises ImportCancelled
    and nothing is written. Never writes over the bundled pack or the base pack."""
    from guide.hsds.packbuild import import_to_pack

    _refuse_overwriting(out, base_pack)

    def report(stage: str, done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(stage, done, total)

    built, result = import_to_pack(source, out, base_pack, source_url, report)
    listing = problems_path(built.path)
    write_problems(result, listing)
    return built, replace(result, problems_file=str(listing))


def export_directory(pack: Pack, folder: Path) -> dict[str, int]:
    """Write the pack's organizations into ``folder`` as an HSDS data package; the rows per table."""
    from guide.hsds.export import export_pack

    return export_pack(pack, folder)
