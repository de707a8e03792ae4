"""The command line's grammar: every command, its options and the function that runs it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from guide import __version__
from guide.cli.commands import cmd_build, cmd_check, cmd_export, cmd_gui, cmd_info, cmd_search, cmd_show
from guide.cli.hsds_commands import cmd_export as cmd_export_hsds
from guide.cli.hsds_commands import cmd_import as cmd_import_hsds
from guide.cli.pack_commands import add_pack_parsers
from guide.store.search import KINDS

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

EDITIONS = ("en", "es")  # guide.i18n.LANGUAGES; not imported here, as that would load Qt for every command


def build_parser() -> argparse.ArgumentParser:
    pack_help = "use this guide pack instead of the bundled one"
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a command not given --pack keeps one given before it (`guide --pack X info`);
    # a default of None here would silently overwrite it.
    common.add_argument("--pack", type=Path, default=argparse.SUPPRESS, help=pack_help)

    parser = argparse.ArgumentParser(prog="guide",
                                     description="Offline resource guide on human trafficking in America.")
    parser.add_argument("--pack", type=Path, default=None, help=pack_help)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = subcommands.add_parser("gui", parents=[common], help="open the app (the default)")
    gui.set_defaults(run=cmd_gui)

    build = subcommands.add_parser("build", parents=[common], help="validate resources and build a pack")
    build.add_argument("--resources", type=Path, default=None, help="authored content folder")
    build.add_argument("--out", type=Path, default=None, help="pack file to write")
    build.add_argument("--hsds", type=Path, action="append", default=[], metavar="PATH",
                       help="add the organizations of an HSDS directory (repeatable)")
    build.set_defaults(run=cmd_build)

    check = subcommands.add_parser("check", parents=[common], help="validate resources only")
    check.add_argument("--resources", type=Path, default=None)
    check.set_defaults(run=cmd_check)

    search = subcommands.add_parser("search", parents=[common], help="search the pack")
    search.add_argument("query", nargs="*", help="words to find (may be left out with --near or a filter)")
    search.add_argument("--kind", default=",".join(KINDS), help="comma-separated: article,organization,link")
    search.add_argument("--state", default="", help="two-letter state code (organizations serving it)")
    search.add_argument("--category", default="", help="organization category id")
    search.add_argument("--language", default="", help="ISO 639-1 language code")
    search.add_argument("--edition", choices=EDITIONS, default="en",
                        help="the guide's language: articles in it, English where one has no translation")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="print JSON")
    _add_nearby_options(search)
    search.set_defaults(run=cmd_search)

    show = subcommands.add_parser("show", parents=[common], help="one organization whole: services, locations, "
                                  "phones, hours", description="Print one organization with its services (their "
                                  "phones, hours, places, eligibility, fees and languages) and its locations "
                                  "(addresses and coordinates).")
    show.add_argument("ref", metavar="REF", help="the ref that search --json gives, or the organization's id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=cmd_show)

    _add_export_parser(subcommands, common)

    info = subcommands.add_parser("info", parents=[common], help="schema version, content date, hash, counts")
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=cmd_info)

    _add_hsds_parsers(subcommands, common)
    add_pack_parsers(subcommands, common)
    return parser


def _add_nearby_options(command: argparse.ArgumentParser) -> None:
    near = command.add_argument_group("near me and open now (organizations only)")
    near.add_argument("--near", default="", metavar="ZIP", help="a U.S. ZIP code: places near it, nearest first")
    near.add_argument("--within", type=float, default=None, metavar="MILES", help="with --near: how far (25)")
    when = near.add_mutually_exclusive_group()
    when.add_argument("--open-now", action="store_true", help="only places open now")
    when.add_argument("--open-at", default="", metavar="YYYY-MM-DDTHH:MM",
                      help="only places open then (each place's own local time)")


def _add_export_parser(subcommands: Commands, common: argparse.ArgumentParser) -> None:
    export = subcommands.add_parser("export", parents=[common], help="fact sheets as PDF (no display needed)",
                                 description="Write fact sheets as PDF: articles by slug, the organization "
                                             "directory, or everything plus a booklet.")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("slugs", nargs="*", default=[], metavar="SLUG", help="articles to export")
    what.add_argument("--organizations", action="store_true", help="the organization directory")
    what.add_argument("--all", action="store_true", help="every article, the directory and a booklet")
    what.add_argument("--near", default="", metavar="ZIP", help="a handout of what is near a U.S. ZIP code")
    export.add_argument("--within", type=float, default=None, metavar="MILES", help="with --near: how far (25)")
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
    export.set_defaults(run=cmd_export)


def _add_hsds_parsers(subcommands: Commands, common: argparse.ArgumentParser) -> None:
    imp = subcommands.add_parser("import-hsds", parents=[common],
                              help="build a pack from an Open Referral HSDS directory alone")
    imp.add_argument("path", type=Path, help="data package folder, .zip, or HSDS .json file")
    imp.add_argument("--out", type=Path, required=True, help="pack file to write")
    imp.add_argument("--source", default="", help="URL the directory was published at (the source of its phones)")
    imp.set_defaults(run=cmd_import_hsds)

    exp = subcommands.add_parser("export-hsds", parents=[common],
                              help="write the guide's organizations as an HSDS 3.0 data package")
    exp.add_argument("--out", type=Path, required=True, help="folder to write the data package into")
    exp.set_defaults(run=cmd_export_hsds)
