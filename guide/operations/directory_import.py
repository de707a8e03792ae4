"""Importing an Open Referral HSDS directory into a guide pack of its own (``import-hsds`` and the
window's File > Import directory), and exporting a pack's organizations as HSDS (``export-hsds``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from guide.hsds import HsdsError, ImportCancelled

if TYPE_CHECKING:
    from guide.content import BuildResult
    from guide.hsds.importer import ImportResult
    from guide.hsds.mapping import Progress
    from guide.store import Pack
# The importer (YAML, SQLAlchemy through the writer) loads when an import starts, not with the window.

# What a caller needs to tell the outcomes apart, so that it never reaches into guide.hsds itself.
__all__ = ["HsdsError", "ImportCancelled", "ImportResult", "destination", "export_directory", "import_directory"]


def destination(source: Path, data_dir: Path) -> Path:
    """Where the window writes the pack imported from ``source``: the user's ``imports/`` folder."""
    from guide.hsds.vocab import slug

    return data_dir / "imports" / f"{slug(source.stem) or 'directory'}.pack"


def import_directory(source: Path, out: Path, base_pack: Path, source_url: str = "",
                     progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> tuple[BuildResult, ImportResult]:
    """Build a pack at ``out`` from the directory at ``source`` alone, with the hotline banner and the
    categories of ``base_pack``. ``progress(stage, done, total)`` hears of each step; when
    ``cancelled()`` turns true, the next step raises ImportCancelled and nothing is written."""
    from guide.hsds.packbuild import import_to_pack

    def report(stage: str, done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(stage, done, total)

    return import_to_pack(source, out, base_pack, source_url, report)


def export_directory(pack: Pack, folder: Path) -> dict[str, int]:
    """Write the pack's organizations into ``folder`` as an HSDS data package; the rows per table."""
    from guide.hsds.export import export_pack

    return export_pack(pack, folder)
