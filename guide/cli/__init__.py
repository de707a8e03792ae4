"""Command line front door (DESIGN.md §4): the grammar in guide.cli.parser, the commands in
guide.cli.commands and guide.cli.hsds_commands, each calling guide.operations. User errors: one
line on stderr, exit 1; usage errors: argparse's usage, exit 2."""

from __future__ import annotations

import sys
from argparse import Namespace
from collections.abc import Sequence
from pathlib import Path

from guide import paths
from guide.cli.commands import cmd_gui, shown_path
from guide.cli.parser import build_parser
from guide.content import ContentError
from guide.hsds import HsdsError
from guide.operations.errors import RequestError
from guide.store import PackError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run = getattr(args, "run", cmd_gui)
    try:
        return int(run(args))
    except ContentError as exc:
        resources = _resources(args)
        for problem in exc.problems:
            print(f"{shown_path(problem.path, resources)}:{problem.line}: {problem.message}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 1
    except (PackError, RequestError, HsdsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _resources(args: Namespace) -> Path:
    """The content folder a command read: its --resources, else the bundled pack's sources."""
    chosen = getattr(args, "resources", None)
    return chosen if isinstance(chosen, Path) else paths.resources_dir()
