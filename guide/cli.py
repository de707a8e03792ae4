"""Command line front door (DESIGN.md §4). User errors: one line on stderr, exit 1."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from guide import __version__, cli_hsds, paths
from guide.hsds.problems import HsdsError
from guide.content.problems import ContentError
from guide.launch import ensure_fresh_pack, run_gui
from guide.store import Pack, PackError
from guide.store.search import KINDS, SearchQuery, snippet_plain


EDITIONS = ("en", "es")  # guide.i18n.LANGUAGES; not imported here, as that would load Qt for every command


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit 1."""


def _parser() -> argparse.ArgumentParser:
    pack_help = "use this guide pack instead of the bundled one"
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a command not given --pack keeps one given before it (`guide --pack X info`);
    # a default of None here would silently overwrite it.
    common.add_argument("--pack", type=Path, default=argparse.SUPPRESS, help=pack_help)

    parser = argparse.ArgumentParser(prog="guide", description="Offline resource guide on human trafficking in America.")
    parser.add_argument("--pack", type=Path, default=None, help=pack_help)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", parents=[common], help="open the app (the default)")
    gui.set_defaults(run=_cmd_gui)

    build = commands.add_parser("build", parents=[common], help="validate resources and build a pack")
    build.add_argument("--resources", type=Path, default=None, help="authored content folder")
    build.add_argument("--out", type=Path, default=None, help="pack file to write")
    cli_hsds.add_build_option(build)
    build.set_defaults(run=_cmd_build)

    check = commands.add_parser("check", parents=[common], help="validate resources only")
    check.add_argument("--resources", type=Path, default=None)
    check.set_defaults(run=_cmd_check)

    search = commands.add_parser("search", parents=[common], help="search the pack")
    search.add_argument("query", nargs="+")
    search.add_argument("--kind", default=",".join(KINDS), help="comma-separated: article,organization,link")
    search.add_argument("--state", default="", help="two-letter state code (organizations serving it)")
    search.add_argument("--category", default="", help="organization category id")
    search.add_argument("--language", default="", help="ISO 639-1 language code")
    search.add_argument("--edition", choices=EDITIONS, default="en",
                        help="the guide's language: articles in it, English where one has no translation")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(run=_cmd_search)

    _add_export_parser(commands, common)

    info = commands.add_parser("info", parents=[common], help="schema version, content date, hash, counts")
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=_cmd_info)

    cli_hsds.add_commands(commands, common, ensure_fresh_pack)
    return parser


def _add_export_parser(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", parents=[common], help="fact sheets as PDF (no display needed)",
                                 description="Write fact sheets as PDF: articles by slug, the organization "
                                             "directory, or everything plus a booklet.")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("slugs", nargs="*", default=[], metavar="SLUG", help="articles to export")
    what.add_argument("--organizations", action="store_true", help="the organization directory")
    what.add_argument("--all", action="store_true", help="every article, the directory and a booklet")
    export.add_argument("--out", type=Path, required=True,
                        help="a .pdf file, or a folder (one PDF per article; required for --all)")
    export.add_argument("--state", default="", help="with --organizations: two-letter state code")
    export.add_argument("--category", default="", help="with --organizations: category id")
    export.add_argument("--language", default="", help="with --organizations: ISO 639-1 language code")
    # Not --language: that already filters the directory by a language spoken.
    export.add_argument("--edition", choices=EDITIONS, default="en",
                        help="the fact sheets' language (es: Spanish text and headings; English where an "
                             "article has no translation, said on the sheet)")
    export.add_argument("--page-size", choices=("letter", "a4"), default=None,
                        help="paper size (default: from the locale, Letter in the US)")
    export.set_defaults(run=_cmd_export)


def _pack_path(args: argparse.Namespace) -> Path:
    return args.pack if args.pack else paths.default_pack_path()


def _open_pack(args: argparse.Namespace) -> Pack:
    path = _pack_path(args)
    if not args.pack:
        ensure_fresh_pack(path)
    return Pack.open(path)


def _cmd_gui(args: argparse.Namespace) -> int:
    return run_gui(args.pack)


def _cmd_build(args: argparse.Namespace) -> int:
    resources = args.resources or paths.resources_dir()
    out = args.out or args.pack or paths.default_pack_path()
    from guide.content import build_pack

    result = cli_hsds.build_with_directories(resources, out, args.hsds) if args.hsds else build_pack(resources, out)
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in result.counts.items())
    print(f"built {result.path} ({counts}; content date {result.content_date})")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from guide.content import check_resources

    content = check_resources(args.resources or paths.resources_dir())
    print(f"ok: {len(content.articles)} articles, {len(content.organizations)} organizations, "
          f"{len(content.links)} links")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    kinds = tuple(k.strip() for k in args.kind.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise UserError(f"unknown kind {unknown[0]!r} (use {', '.join(KINDS)})")
    with _open_pack(args) as pack:
        hits = pack.search(SearchQuery(" ".join(args.query), kinds=kinds, state=args.state.upper(),
                                       category=args.category, language=args.language, limit=args.limit,
                                       content_language=args.edition))
    if args.json:
        print(json.dumps([{"kind": h.kind, "ref": h.ref, "title": h.title, "snippet": snippet_plain(h.snippet, "", ""),
                           "score": round(h.score, 4)} for h in hits], indent=2, ensure_ascii=False))
        return 0
    if not hits:
        print("no results")
    for hit in hits:
        print(f"{hit.kind:<12} {hit.title}  [{hit.ref}]")
        print(f"{'':<12} {snippet_plain(hit.snippet, '[', ']').replace(chr(10), ' ')}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from guide import factsheet  # Qt is imported only when PDFs are wanted
    from guide.store.directory import OrganizationFilter

    if not (args.slugs or args.organizations or args.all):
        raise UserError("say what to export: article SLUGs, --organizations or --all")
    if (args.state or args.category or args.language) and not args.organizations:
        raise UserError("--state, --category and --language go with --organizations")
    app = factsheet.headless_application()  # noqa: F841 - text layout needs it alive
    layout = factsheet.page_layout(args.page_size)
    with _open_pack(args) as pack:
        try:
            if args.all:
                written = factsheet.export_all(pack, args.out, layout, args.edition)
            elif args.organizations:
                flt = OrganizationFilter(state=args.state.upper(), category=args.category, language=args.language)
                written = [factsheet.export_directory(pack, flt, args.out, layout, args.edition)]
            else:
                written = factsheet.export_articles(pack, args.slugs, args.out, layout, args.edition)
        except factsheet.ExportError as exc:
            raise UserError(str(exc)) from None
    for item in written:
        print(f"wrote {item.path} ({item.pages} page{'s' if item.pages != 1 else ''})")
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    with _open_pack(args) as pack:
        info = pack.info()
    if args.json:
        print(json.dumps(info.as_json(), indent=2))
        return 0
    print(f"pack:           {info.path}")
    print(f"title:          {info.title}")
    print(f"schema version: {info.schema_version}")
    print(f"content date:   {info.content_date}")
    print(f"content sha256: {info.content_sha256}")
    for key, value in info.counts.items():
        print(f"{key.replace('_', ' ') + ':':<16}{value}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", _cmd_gui)
    try:
        return run(args)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 1
    except (PackError, UserError, HsdsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
