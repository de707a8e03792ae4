"""Guide packs made from imported HSDS directories: alone, or added to the guide's own content."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from guide.content import (
    BuildResult,
    CategoryRecord,
    Content,
    GuideRecord,
    Hotline,
    MenuRecord,
    OrganizationRecord,
    PhoneRecord,
    Source,
    digits_of,
    write_pack,
)
from guide.hsds.importer import ImportResult, read_directory
from guide.hsds.mapping import Progress
from guide.languages import area_name
from guide.startup import paused_collection
from guide.store import Pack
from guide.store.directory import Organization


def record_of(org: Organization) -> OrganizationRecord:
    """A pack's organization as a content record again (to carry the hotline's record into a new pack)."""
    return OrganizationRecord(
        key=org.key, name=org.name, alternate_name=org.alternate_name, description=org.description,
        categories=tuple(c.id for c in org.categories), website=org.website, email=org.email,
        phones=tuple(PhoneRecord(p.number, p.kind, p.hours, p.always_open, p.description, p.source, p.extension,
                                 p.languages) for p in org.phones),
        areas=org.areas, languages=org.languages, language_note=org.language_note,
        sources=tuple(Source(s.publisher, s.title, s.year, s.url) for s in org.sources), verified=org.verified,
        services=org.services, locations=org.locations,
    )


def every_number(org: OrganizationRecord) -> Iterator[str]:
    """Every phone number of an organization: its own, its services', its locations'."""
    yield from (p.number for p in org.phones)
    for service in org.services:
        yield from (p.number for p in service.phones)
        yield from (p.number for at in service.locations for p in at.phones)
    for location in org.locations:
        yield from (p.number for p in location.phones)


def _merge_categories(base: Sequence[CategoryRecord], results: Iterable[ImportResult]) -> tuple[CategoryRecord, ...]:
    merged = {c.id: c for c in base}
    for result in results:
        for category in result.categories:
            merged.setdefault(category.id, category)
    return tuple(merged.values())


def merged_content(content: Content, results: Sequence[ImportResult]) -> Content:
    """The guide's own content with imported organizations added (``build --hsds``)."""
    guide = replace(content.guide, categories=_merge_categories(content.guide.categories, results))
    extra = tuple(o for r in results for o in r.organizations)
    return replace(content, guide=guide, organizations=content.organizations + extra)


def import_directories(paths: Sequence[Path], categories: Sequence[CategoryRecord], taken_keys: Iterable[str] = (),
                       source: str = "", progress: Progress | None = None) -> list[ImportResult]:
    """Read each directory in turn; keys stay unique across all of them and the guide's own."""
    taken = set(taken_keys)
    results = []
    for path in paths:
        result = read_directory(path, categories, taken, source, progress)
        taken.update(o.key for o in result.organizations)
        results.append(result)
    return results


def _categories(o: OrganizationRecord) -> Iterator[str]:
    yield from o.categories
    yield from (c for s in o.services for c in s.categories)


def _areas(o: OrganizationRecord) -> Iterator[str]:
    yield from o.areas
    yield from (a for s in o.services for a in s.areas)
    yield from (a.state for loc in o.locations for a in loc.addresses if a.state)


def _menu(organizations: Sequence[OrganizationRecord], categories: Sequence[CategoryRecord]) -> tuple[MenuRecord, ...]:
    """Organizations by category and by state: the minimal navigation an imported directory needs.

    A state node's target is ``state:XX``; the organizations page filters by that state.
    """
    used_categories = {c for o in organizations for c in _categories(o)}
    by_category = [MenuRecord(c.label, "organizations", c.id, 0) for c in categories if c.id in used_categories]
    states = sorted({a for o in organizations for a in _areas(o) if a not in ("US", "international")},
                    key=area_name)
    by_state = [MenuRecord(area_name(code), "organizations", f"state:{code}", 0) for code in states]
    menu = [MenuRecord("All organizations", "organizations", "all", 0, by_category)]
    if by_state:
        menu.append(MenuRecord("By state", "folder", "", 0, by_state))
    return tuple(menu)


def _hotline_organization(hotline: Hotline, base: Pack,
                          imported: Sequence[OrganizationRecord]) -> tuple[str, OrganizationRecord | None]:
    """The banner's organization: an imported one with the banner's number, else the base pack's record."""
    banner = digits_of(hotline.phone)
    for org in imported:
        if any(digits_of(number) == banner for number in every_number(org)):
            return org.key, None
    org_id = base.organization_id(hotline.organization)
    record = base.organization(org_id) if org_id is not None else None
    if record is None:
        return hotline.organization, None
    taken = {o.key for o in imported}
    carried = record_of(record)
    if carried.key in taken:
        carried = replace(carried, key=f"{carried.key}-hotline")
    return carried.key, carried


def standalone_content(result: ImportResult, base: Pack) -> Content:
    """A guide of the directory alone, keeping the base pack's hotline banner (it must always be there)."""
    hotline = Hotline(**{name: getattr(base.hotline(), name) for name in Hotline.__dataclass_fields__})
    key, carried = _hotline_organization(hotline, base, result.organizations)
    organizations = result.organizations + ((carried,) if carried else ())
    base_categories = {c.id: CategoryRecord(c.id, c.label) for c in base.categories()}
    used = {c for o in organizations for c in _categories(o)}
    categories = tuple(c for c in _merge_categories(tuple(base_categories.values()), [result]) if c.id in used)
    guide = GuideRecord(
        title=result.title, subtitle=f"Imported from an Open Referral (HSDS) directory: {result.source}",
        language="en", hotline=replace(hotline, organization=key), categories=categories,
        menu=_menu(organizations, categories),
    )
    return Content(guide=guide, articles=(), organizations=organizations, links=(), dated=result.content_date)


def write_with_progress(content: Content, out: Path, progress: Progress | None) -> BuildResult:
    """Write the pack, telling ``progress`` every half second how long it has been writing (a large
    directory takes a while, and a figure that does not move looks like a hang)."""
    if progress is None:
        return write_pack(content, out)
    progress("writing", 0, 1)
    outcome: list[BuildResult | BaseException] = []

    def write() -> None:
        try:
            outcome.append(write_pack(content, out))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread below
            outcome.append(exc)

    writer = threading.Thread(target=write, name="pack writer", daemon=True)
    start = time.monotonic()
    writer.start()
    try:
        while writer.is_alive():
            writer.join(0.5)
            if writer.is_alive():
                progress("writing", int(time.monotonic() - start), 0)  # seconds so far; no total known
    except BaseException:
        writer.join()  # a cancel waits for the pack, then takes it away: nothing is left written
        if outcome and isinstance(outcome[0], BuildResult):
            outcome[0].path.unlink(missing_ok=True)
        raise
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    progress("writing", 1, 1)
    return outcome[0]


def import_to_pack(path: Path, out: Path, base_pack: Path, source: str = "",
                   progress: Progress | None = None) -> tuple[BuildResult, ImportResult]:
    """Build a pack at ``out`` from the directory at ``path`` alone (``import-hsds``, the app's import)."""
    with paused_collection():
        with Pack.open(base_pack) as base:
            categories = tuple(CategoryRecord(c.id, c.label) for c in base.categories())
            result = read_directory(path, categories, source=source, progress=progress)
            content = standalone_content(result, base)
        return write_with_progress(content, out, progress), result
