"""The command line's Open Referral HSDS commands: ``import-hsds``, ``export-hsds`` and ``build --hsds``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from guide import paths
from guide.store import Pack

if TYPE_CHECKING:
    from guide.content import BuildResult
    from guide.hsds.importer import ImportResult
# The compiler and the importer load inside the commands that use them: `python main.py` (the
# window) builds this parser too, and should not pay for them.


class ProgressBar:
    """A one-line bar on a terminal; silent when the output is a file or a pipe."""

    WIDTH = 30

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.stream.isatty():
            return
        filled = self.WIDTH * done // total if total else 0
        percent = 100 * done // total if total else 0
        self.stream.write(f"\r{stage:<14} [{'#' * filled}{' ' * (self.WIDTH - filled)}] {percent:3d}%")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * (self.WIDTH + 24) + "\r")
            self.stream.flush()


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                 ensure_fresh: Callable[[Path], None]) -> None:
    imp = commands.add_parser("import-hsds", parents=[common],
                              help="build a pack from an Open Referral HSDS directory alone")
    imp.add_argument("path", type=Path, help="data package folder, .zip, or HSDS .json file")
    imp.add_argument("--out", type=Path, required=True, help="pack file to write")
    imp.add_argument("--source", default="", help="URL the directory was published at (the source of its phones)")
    imp.set_defaults(run=lambda args: _cmd_import(args, ensure_fresh))

    exp = commands.add_parser("export-hsds", parents=[common],
                              help="write the guide's organizations as an HSDS 3.0 data package")
    exp.add_argument("--out", type=Path, required=True, help="folder to write the data package into")
    exp.set_defaults(run=lambda args: _cmd_export(args, ensure_fresh))


def add_build_option(build: argparse.ArgumentParser) -> None:
    build.add_argument("--hsds", type=Path, action="append", default=[], metavar="PATH",
                       help="add the organizations of an HSDS directory (repeatable)")


def print_problems(results: Sequence[tuple[Path, ImportResult]], stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    for path, result in results:
        if result.problems:
            print(f"{path}: {len(result.problems)} problem(s); the rest was imported:", file=stream)
            for problem in result.problems:
                print(f"  {problem}", file=stream)


def _base_pack(args: argparse.Namespace, ensure_fresh: Callable[[Path], None]) -> Path:
    if args.pack:
        return args.pack
    path = paths.default_pack_path()
    ensure_fresh(path)
    return path


def _cmd_import(args: argparse.Namespace, ensure_fresh: Callable[[Path], None]) -> int:
    from guide.hsds.packbuild import import_to_pack

    bar = ProgressBar()
    try:
        built, result = import_to_pack(args.path, args.out, _base_pack(args, ensure_fresh), args.source, bar)
    finally:
        bar.close()
    print_problems([(args.path, result)])
    print(f"imported {result.counts['organizations']} organizations ({result.counts['services']} services, "
          f"{result.counts['phones']} phones) from {args.path} into {built.path}")
    return 0


def _cmd_export(args: argparse.Namespace, ensure_fresh: Callable[[Path], None]) -> int:
    from guide.hsds.export import export_pack

    with Pack.open(_base_pack(args, ensure_fresh)) as pack:
        counts = export_pack(pack, args.out)
    from guide.hsds.spec import VERSION

    print(f"wrote an HSDS {VERSION} data package to {args.out} ({counts.get('organization', 0)} organizations, "
          f"{counts.get('phone', 0)} phones)")
    return 0


def build_with_directories(resources: Path, out: Path, directories: Sequence[Path]) -> BuildResult:
    """``build --hsds``: the guide's own content plus the organizations of each directory."""
    from guide.content import check_resources
    from guide.content.build import write_pack
    from guide.hsds.packbuild import import_directories, merged_content

    content = check_resources(resources)
    bar = ProgressBar()
    try:
        results = import_directories(directories, content.guide.categories,
                                     {o.key for o in content.organizations}, progress=bar)
    finally:
        bar.close()
    print_problems(list(zip(directories, results, strict=True)))
    return write_pack(merged_content(content, results), out)
