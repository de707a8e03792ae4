"""Fact sheets written to PDF files: what `python main.py export` does, without the argument parsing."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QPageLayout

from guide.factsheet.article import article_document
from guide.factsheet.booklet import booklet_documents
from guide.factsheet.directory import directory_document, directory_title
from guide.factsheet.pdf import Documents, write_pdf
from guide.i18n import BASE_LANGUAGE
from guide.store import Pack
from guide.store.directory import OrganizationFilter

if TYPE_CHECKING:
    from guide.operations.nearby import NearbyResult

DIRECTORY_FILE = "organization-directory.pdf"
BOOKLET_FILE = "booklet.pdf"


class ExportError(Exception):
    """A problem the user can fix (unknown article, unwritable place); one line for a person."""


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int


def headless_application() -> QGuiApplication:
    """The Qt application text layout needs; offscreen, so exporting never needs a display."""
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["guide-export"])


def _write(path: Path, documents: Documents, layout: QPageLayout, title: str, pack: Pack,
           language: str = BASE_LANGUAGE) -> Written:
    try:
        pages = write_pdf(path, documents, layout, title, pack.info(language).title, language)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return Written(path, pages)


def _folder(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file; give a folder for several PDFs")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {out}: {exc.strerror or exc}") from None
    return out


def _ensure_parent(out: Path) -> None:
    _folder(out.parent)


def export_articles(pack: Pack, slugs: Sequence[str], out: Path, layout: QPageLayout,
                    language: str = BASE_LANGUAGE) -> list[Written]:
    """``out`` ending in .pdf: all articles in that one file; otherwise a folder with SLUG.pdf each.
    ``language``: the edition (an article without a translation prints in English and says so)."""
    articles = []
    for slug in slugs:
        article = pack.article(slug, language)
        if article is None:
            raise ExportError(f"no article {slug!r} in the pack (`python main.py search` finds slugs)")
        articles.append(article)
    if out.suffix.lower() == ".pdf":
        _ensure_parent(out)
        title = articles[0].title if len(articles) == 1 else pack.info(language).title
        return [_write(out, [article_document(pack, a, language) for a in articles], layout, title, pack, language)]
    folder = _folder(out)
    return [_write(folder / f"{a.slug}.pdf", [article_document(pack, a, language)], layout, a.title, pack, language)
            for a in articles]


def export_directory(pack: Pack, flt: OrganizationFilter, out: Path, layout: QPageLayout,
                     language: str = BASE_LANGUAGE) -> Written:
    """The organizations passing ``flt`` to ``out`` (a file; a folder gets organization-directory.pdf)."""
    if flt.category and flt.category not in {c.id for c in pack.categories()}:
        known = ", ".join(c.id for c in pack.categories())
        raise ExportError(f"unknown category {flt.category!r} (use one of: {known})")
    if out.suffix.lower() != ".pdf":
        out = _folder(out) / DIRECTORY_FILE
    _ensure_parent(out)
    return _write(out, [directory_document(pack, flt, language)], layout, directory_title(language), pack, language)


def export_all(pack: Pack, out: Path, layout: QPageLayout, language: str = BASE_LANGUAGE) -> list[Written]:
    """Into folder ``out``: one PDF per article, the whole directory, and the booklet with contents."""
    slugs = [a.slug for a in pack.articles()]
    taken = {Path(DIRECTORY_FILE).stem, Path(BOOKLET_FILE).stem} & set(slugs)
    if taken:
        raise ExportError(f"an article named {sorted(taken)[0]!r} would overwrite the directory or booklet PDF")
    folder = _folder(out)
    written = export_articles(pack, slugs, folder, layout, language)
    written.append(export_directory(pack, OrganizationFilter(), folder / DIRECTORY_FILE, layout, language))
    written.append(_write(folder / BOOKLET_FILE, lambda device: booklet_documents(pack, device, language), layout,
                          pack.info(language).title, pack, language))
    return written


def export_nearby(pack: Pack, result: NearbyResult, out: Path, layout: QPageLayout, now: datetime,
                  language: str = BASE_LANGUAGE) -> Written:
    """The near-me handout to ``out`` (a file; a folder gets help-near-ZIP.pdf)."""
    from guide.factsheet.nearby import handout_title, nearby_document

    if out.suffix.lower() != ".pdf":
        out = _folder(out) / f"help-near-{result.point.zip_code}.pdf"
    _ensure_parent(out)
    return _write(out, [nearby_document(pack, result, now, language)], layout, handout_title(result, language), pack,
                  language)
