"""Read an HSDS directory (folder, .zip or .json) into organization records for the guide."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from guide.content import CategoryRecord, OrganizationRecord, Source, check_url
from guide.hsds.jsonform import read_json
from guide.hsds.mapping import COLUMNS, TAKE_ORDER, Progress, map_tables
from guide.hsds.problems import HsdsError, HsdsProblem, Tally
from guide.hsds.read_ahead import READ_AHEAD_FROM, SecondProcessReadAhead
from guide.hsds.source import Tables, open_bundle, read_package

# Folder names that say where the tables sit, not what the directory is.
_GENERIC_NAMES = {"", "data", "csv", "tables", "export", "hsds", "datapackage", "resources"}


@dataclass(frozen=True)
class ImportResult:
    title: str  # the directory's own title, or its file name
    source: str  # what imported phones name as their source
    organizations: tuple[OrganizationRecord, ...]
    categories: tuple[CategoryRecord, ...]  # the guide's categories, plus the fallback when it was needed
    problems: tuple[HsdsProblem, ...]
    counts: dict[str, int]
    content_date: str = ""  # the newest date in the data, else the newest of the files' own dates
    tally: Tally = field(default_factory=Tally)  # rows read, kept, normalised and dropped, per file
    location: str = ""  # the folder, zip or file imported
    problems_file: str = ""  # where the full list of problems was written, once it was


def read_tables(path: Path, progress: Progress | None = None, read_ahead: bool | None = None) -> Tables:
    """``read_ahead``: whether a second process reads the next table while the mapping takes this one
    (guide.hsds.read_ahead); when not given, by the tables' size."""
    if not path.exists():
        raise HsdsError(f"{path}: no such file or folder")
    if path.is_file() and path.suffix.lower() == ".json" and path.name != "datapackage.json":
        return read_json(path, COLUMNS)
    if path.is_file() and path.name == "datapackage.json":
        path = path.parent
    bundle = open_bundle(path)
    try:
        tables = read_package(bundle, COLUMNS, progress)
    except BaseException:
        bundle.close()
        raise
    if read_ahead is None:
        read_ahead = tables.total_bytes >= READ_AHEAD_FROM
    if read_ahead:
        ahead = tables.ahead = SecondProcessReadAhead(path, tables.planned, TAKE_ORDER)

        def close() -> None:
            ahead.close()
            bundle.close()
        tables.close = close
    else:
        tables.close = bundle.close  # the tables are read from the archive as the mapping asks for them
    if tables.name.lower() in _GENERIC_NAMES:
        tables.name = path.resolve().parent.name or tables.name  # the package, not its data/ folder
    return tables


def directory_title(tables: Tables) -> str:
    """The data package's title, else its name, else the folder's or the zip's name."""
    meta = tables.metadata
    for key in ("title", "name"):
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return tables.name


def _http(value: object) -> str:
    return value if isinstance(value, str) and check_url(value, ("http", "https")) is None else ""


def provenance(tables: Tables, explicit: str = "") -> tuple[str, Source]:
    """(phone source, organization source) from the package's own metadata.

    The guide's rule is that every phone names where it was checked. An HSDS package says who
    published it (homepage, sources) but not per number; lacking even that, an ``hsds:`` note
    names the directory so a reader can still tell the number was imported, not verified by us.
    """
    meta = tables.metadata
    title = directory_title(tables)
    listed = meta.get("sources")
    sources = [s for s in listed if isinstance(s, dict)] if isinstance(listed, list) else []
    url = _http(explicit) or _http(meta.get("homepage")) or next(
        (u for s in sources if (u := _http(s.get("path")) or _http(s.get("url")))), "")
    publisher = next((str(s.get("title")) for s in sources if s.get("title")), title)
    source = url or f"hsds:{explicit or title}"
    return source, Source(publisher=publisher, title=f"{title} (Open Referral HSDS directory)", year=None, url=url)


def read_directory(path: Path, categories: Iterable[CategoryRecord], taken_keys: Iterable[str] = (),
                   source: str = "", progress: Progress | None = None, read_ahead: bool | None = None) -> ImportResult:
    """Import ``path``; problems are collected, not raised. Raises HsdsError when nothing can be imported.
    ``read_ahead``: see read_tables."""
    if progress:
        progress("reading", 0, 1)
    tables = read_tables(path, progress, read_ahead)
    try:
        phone_source, org_source = provenance(tables, source)
        mapped = map_tables(tables, tuple(categories), org_source, phone_source, taken_keys, progress)
    finally:
        tables.close()
    if not mapped.organizations:
        shown = "; ".join(str(p) for p in mapped.problems[:3])
        raise HsdsError(f"{path.name}: no organization could be imported" + (f" ({shown})" if shown else ""))
    dates = [o.verified for o in mapped.organizations if o.verified]
    content_date = max(dates, default="") or max(tables.file_dates, default="")
    return ImportResult(directory_title(tables), phone_source, mapped.organizations, mapped.categories,
                        mapped.problems, mapped.counts, content_date, tables.tally, str(path))
