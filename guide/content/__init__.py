"""Authoring side: ``resources/`` -> validated records -> guide pack (the only writer of packs).

The records and the field checks are here for the HSDS importer, which writes packs too. The
compiler itself (Markdown, YAML, SQLAlchemy: about 400 ms of imports) loads when a function below
first runs, so that a command that needs only ContentError from here does not pay for it.
"""

from __future__ import annotations

from pathlib import Path

from guide.content.problems import ContentError, Problem
from guide.content.records import (
    BuildResult,
    CategoryRecord,
    Content,
    GuideRecord,
    Hotline,
    MenuRecord,
    OrganizationRecord,
    PhoneRecord,
    Source,
)
from guide.content.validate import check_date, check_email, check_phone, check_url, digits_of

__all__ = ["BuildResult", "CategoryRecord", "Content", "ContentError", "GuideRecord", "Hotline", "MenuRecord",
           "OrganizationRecord", "PhoneRecord", "Problem", "Source", "build_pack", "check_date", "check_email",
           "check_phone", "check_resources", "check_url", "digits_of", "write_pack"]


def check_resources(root: Path) -> Content:
    """Validate ``root`` only; raises ContentError with every problem."""
    from guide.content.build import check_resources as check

    return check(root)


def build_pack(root: Path, out: Path) -> BuildResult:
    """Validate ``root`` and write its pack to ``out`` atomically (a reader never sees half a pack)."""
    from guide.content.build import build_pack as build

    return build(root, out)


def write_pack(content: Content, out: Path, *, second_process: bool | None = None) -> BuildResult:
    """Write already validated content (e.g. merged with an imported HSDS directory) to ``out``
    atomically; ``second_process``: whether the directory's rows are inserted by a second process
    (guide.content.row_inserts), by the directory's size when not given."""
    from guide.content.build import write_pack as write

    return write(content, out, second_process=second_process)
