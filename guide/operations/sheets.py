"""Fact sheets as PDF files (``export``): articles by slug, the organization directory (filtered),
or everything with a booklet. Qt (through guide.factsheet) loads only when sheets are made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from guide.operations import filters
from guide.operations.errors import RequestError
from guide.store import Pack

if TYPE_CHECKING:
    from guide.factsheet import Written


@dataclass(frozen=True)
class SheetRequest:
    """What to export: ``slugs``, or the ``organizations`` (filtered by state, category, language), or
    ``everything``; into ``out``, in the ``edition``'s language, on ``page_size`` paper (None: the locale's)."""

    out: Path
    slugs: tuple[str, ...] = ()
    organizations: bool = False
    everything: bool = False
    state: str = ""
    category: str = ""
    language: str = ""
    edition: str = "en"
    page_size: str | None = None
    near: str = ""  # a ZIP code: the near-me handout of what is within ``within`` miles
    within: float | None = None


def check_request(request: SheetRequest) -> None:
    """Refuse a request that cannot be carried out, before anything is opened or written."""
    if not (request.slugs or request.organizations or request.everything or request.near):
        raise RequestError("say what to export: article SLUGs, --organizations, --near ZIP or --all")
    if (request.state or request.category or request.language) and not (request.organizations or request.near):
        raise RequestError("--state, --category and --language go with --organizations or --near")
    if request.within is not None and not request.near:
        raise RequestError("--within goes with --near ZIP")
    if request.everything and request.out.suffix.lower() == ".pdf":
        raise RequestError(f"--all writes several PDFs into a folder; give a folder for --out, not {request.out}")
    filters.check_state(request.state)
    filters.check_language(request.language)


def export_sheets(pack: Pack, request: SheetRequest) -> list[Written]:
    """Write the sheets ``request`` asks for; raises RequestError for what the user can fix."""
    check_request(request)
    flt = filters.organization_filter(pack, request.state, request.category, request.language)
    from guide import factsheet  # Qt is imported only when PDFs are wanted

    app = factsheet.headless_application()  # noqa: F841 - text layout needs it alive
    layout = factsheet.page_layout(request.page_size)
    try:
        if request.everything:
            return factsheet.export_all(pack, request.out, layout, request.edition)
        if request.organizations:
            return [factsheet.export_directory(pack, flt, request.out, layout, request.edition)]
        if request.near:
            from guide.operations.nearby import DEFAULT_MILES, find_nearby

            now = datetime.now().astimezone()
            miles = DEFAULT_MILES if request.within is None else request.within
            result = find_nearby(pack, request.near, miles, flt, now)
            return [factsheet.export_nearby(pack, result, request.out, layout, now, request.edition)]
        return factsheet.export_articles(pack, request.slugs, request.out, layout, request.edition)
    except factsheet.ExportError as exc:
        raise RequestError(str(exc)) from None
