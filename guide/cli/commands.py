"""The command line's commands other than HSDS's: each turns its arguments into one operation
(guide.operations) and prints the outcome."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from guide import paths
from guide.cli.hsds_commands import print_problems
from guide.cli.pack_commands import signature_fields
from guide.cli.progress import ProgressBar
from guide.gui import run_gui
from guide.operations import filters, pack_build, sheets
from guide.operations.packs import open_pack
from guide.store.search import snippet_plain
from guide.store.search_answer import SearchAnswer


def cmd_gui(args: argparse.Namespace) -> int:
    return run_gui(args.pack)


def cmd_build(args: argparse.Namespace) -> int:
    resources = args.resources or paths.resources_dir()
    out = args.out or args.pack or paths.default_pack_path()
    bar = ProgressBar()
    try:
        built = pack_build.build(resources, out, args.hsds, progress=bar)
    finally:
        bar.close()
    print_problems(built.imports)
    result = built.result
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in result.counts.items())
    print(f"built {result.path} ({counts}; content date {result.content_date})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from guide.content import check_resources

    content = check_resources(args.resources or paths.resources_dir())
    print(f"ok: {len(content.articles)} articles, {len(content.organizations)} organizations, "
          f"{len(content.links)} links")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.near or args.within is not None or args.open_now or args.open_at:
        from guide.cli.nearby_commands import search_nearby

        return search_nearby(args)
    if not args.query:
        return _organizations_by_filter(args)
    kinds = [k.strip() for k in args.kind.split(",") if k.strip()]
    filters.check_kinds(kinds)
    with open_pack(args.pack) as pack:
        query = filters.search_query(pack, " ".join(args.query), kinds, args.state, args.category, args.language,
                                     args.limit, args.edition)
        found = pack.search_answer(query)
    hits = found.hits
    if args.json:
        print(json.dumps([{"kind": h.kind, "ref": h.ref, "title": h.title, "snippet": snippet_plain(h.snippet, "", ""),
                           "score": round(h.score, 4)} for h in hits], indent=2, ensure_ascii=False))
        return 0
    if not hits:
        print("no results")
    for line in search_help(found):
        print(line)
    for hit in hits or found.suggested_hits:
        print(f"{hit.kind:<12} {hit.title}  [{hit.ref}]")
        print(f"{'':<12} {snippet_plain(hit.snippet, '[', ']').replace(chr(10), ' ')}")
    return 0


def search_help(found: SearchAnswer) -> list[str]:
    """What the window shows as links beside the results, as lines: did you mean, the other edition, filters."""
    lines = []
    if found.suggestion:
        lines.append(f"did you mean: {found.suggestion}" + ("" if found.hits else " (results for it below)"))
    if found.other_edition_count:
        lines.append(f"the {found.other_edition} edition has {found.other_edition_count} more article"
                     f"{'s' if found.other_edition_count != 1 else ''} for it (--edition {found.other_edition})")
    if found.unfiltered_count:
        lines.append(f"{found.unfiltered_count} results without --state, --category and --language")
    return lines


def _organizations_by_filter(args: argparse.Namespace) -> int:
    """`search` with filters and no words: the organizations that pass them, by name."""
    if not (args.state or args.category or args.language):
        print("error: give words to search for, a filter (--state, --category, --language) or --near ZIP",
              file=sys.stderr)
        return 2  # a usage error, as argparse's own
    filters.check_limit(args.limit)
    with open_pack(args.pack) as pack:
        rows = pack.organization_rows(pack.organization_ids(
            filters.organization_filter(pack, args.state, args.category, args.language))[:args.limit])
    listed = sorted(rows.values(), key=lambda row: row.name.casefold())
    if args.json:
        print(json.dumps([{"kind": "organization", "ref": str(r.id), "title": r.name, "snippet": "", "score": 0}
                          for r in listed], indent=2, ensure_ascii=False))
        return 0
    if not listed:
        print("no results")
    for row in listed:
        print(f"{'organization':<12} {row.name}  [{row.id}]")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    request = sheets.SheetRequest(out=args.out, slugs=tuple(args.slugs), organizations=args.organizations,
                                  everything=args.all, state=args.state, category=args.category,
                                  language=args.language, edition=args.edition, page_size=args.page_size,
                                  near=args.near, within=args.within)
    sheets.check_request(request)
    with open_pack(args.pack) as pack:
        written = sheets.export_sheets(pack, request)
    for item in written:
        print(f"wrote {item.path} ({item.pages} page{'s' if item.pages != 1 else ''})")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_pack(args.pack) as pack:
        info = pack.info()
    if args.json:
        print(json.dumps({**info.as_json(), **signature_fields(Path(info.path))}, indent=2))
        return 0
    print(f"pack:           {info.path}")
    print(f"title:          {info.title}")
    print(f"schema version: {info.schema_version}")
    print(f"content date:   {info.content_date}")
    print(f"content sha256: {info.content_sha256}")
    fields = signature_fields(Path(info.path))
    print(f"signature:      {fields['signature']}" + (f" ({fields['publisher']})" if fields["publisher"] else ""))
    for key, value in info.counts.items():
        print(f"{key.replace('_', ' ') + ':':<16}{value}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from guide.cli.show_document import organization_document
    from guide.cli.show_text import organization_lines
    from guide.operations.organization_lookup import find_organization

    with open_pack(args.pack) as pack:
        org = find_organization(pack, args.ref)
    if args.json:
        print(json.dumps(organization_document(org), indent=2, ensure_ascii=False))
    else:
        print("\n".join(organization_lines(org)))
    return 0


def shown_path(problem_path: str, resources: Path) -> str:
    """A problem's path (relative to the resources folder's parent) as it resolves from the current
    folder: relative when under it, else absolute."""
    full = (resources.resolve().parent / problem_path).resolve()
    try:
        return str(full.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(full)
