"""Exporting a pack's directory as an Open Referral HSDS data package (``export-hsds``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from guide.store import Pack

if TYPE_CHECKING:
    from guide.hsds.export import ExportResult


def export_directory(pack: Pack, folder: Path) -> ExportResult:
    """Write the pack's directory into ``folder``: the rows per table, and what HSDS could not hold as rows."""
    from guide.hsds.export import export_package

    return export_package(pack, folder)
