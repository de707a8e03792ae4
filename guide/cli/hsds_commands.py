"""The command line's Open Referral HSDS commands: ``import-hsds``, ``export-hsds`` (``build --hsds``
is the build command's)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from guide.cli.progress import ProgressBar
from guide.operations import directory_import
from guide.operations.packs import open_pack, pack_path

if TYPE_CHECKING:
    from guide.hsds.importer import ImportResult


SHOWN_PROBLEMS = 20  # the rest are in the problems file beside the pack


def print_problems(results: Sequence[tuple[Path, ImportResult]], stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    for path, result in results:
        if result.problems:
            print(f"{path}: {len(result.problems)} problem(s); the rest was imported:", file=stream)
            for problem in result.problems[:SHOWN_PROBLEMS]:
                print(f"  {problem}", file=stream)
            if len(result.problems) > SHOWN_PROBLEMS:
                where = f" (all of them in {result.problems_file})" if result.problems_file else ""
                print(f"  ... and {len(result.problems) - SHOWN_PROBLEMS} more{where}", file=stream)


def cmd_import(args: argparse.Namespace) -> int:
    bar = ProgressBar()
    try:
        built, result = directory_import.import_directory(args.path, args.out, pack_path(args.pack), args.source,
                                                          progress=bar)
    finally:
        bar.close()
    print_problems([(args.path, result)])
    counts = result.counts
    print("\n".join(result.tally.table()))
    print(f"imported {counts['organizations']} organizations ({counts['services']} services, "
          f"{counts['locations']} locations, {counts['phones']} phones, {counts['schedules']} schedules) "
          f"from {args.path} into {built.path}")
    print(f"{result.title}, dated {result.content_date or 'without a date'}; "
          f"the full list of problems is in {result.problems_file}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from guide.operations.directory_export import export_directory

    with open_pack(args.pack) as pack:
        result = export_directory(pack, args.out)
    from guide.hsds.spec import VERSION

    counts = result.counts
    shown = ", ".join(f"{counts.get(table, 0)} {name}" for table, name in (
        ("organization", "organizations"), ("service", "services"), ("location", "locations"),
        ("address", "addresses"), ("phone", "phones"), ("schedule", "schedules")))
    print(f"wrote an HSDS {VERSION} data package to {args.out} ({shown})")
    if result.incomplete_addresses:
        print(f"{result.incomplete_addresses} address(es) lack a part HSDS requires (street, city, state, postal "
              "code or country): written as 'incomplete-address' attributes of their location", file=sys.stderr)
    return 0
