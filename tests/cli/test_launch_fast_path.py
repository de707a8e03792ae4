"""`python main.py` skips argparse when it only asks for the window (guide.launch.plain_gui_start):
the real parser is the oracle for what each command line means (guide.launch says what skipping it
saves)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from guide.cli.parser import build_parser
from guide.launch import plain_gui_start

PLAIN = [
    [], ["gui"], ["--pack", "a.pack"], ["--pack=a.pack"], ["gui", "--pack", "a.pack"], ["--pack", "a.pack", "gui"],
    ["gui", "--pack=a.pack"], ["--pack", "dir/with space.pack"],
]
NOT_PLAIN = [
    ["info"], ["--help"], ["-h"], ["--version"], ["--pack"], ["--pack", "--help"], ["gui", "--help"],
    ["search", "hotline"], ["--pack", "a.pack", "info"], ["gui", "extra"], ["gui", "gui"], ["--pack", "a", "b"],
    ["--nonsense"], ["build"], ["check"], ["export", "--all", "--out", "x"],
]
# Plain starts the fast path leaves to the full command line, which opens the same window.
LEFT_TO_THE_PARSER = [["--pack=a.pack", "gui"], ["--pack", "a.pack", "--pack", "b.pack"], ["--pack="]]


def parser_verdict(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """What the real parser makes of ``argv``: ``(True, pack)`` for a window start, else ``(False, None)``."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            args = build_parser().parse_args(list(argv))
        except SystemExit:
            return False, None
    if args.command not in (None, "gui"):
        return False, None
    return True, args.pack


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_start_takes_the_fast_path_to_the_parsers_pack(argv: list[str]) -> None:
    assert parser_verdict(argv)[0]
    assert plain_gui_start(argv) == parser_verdict(argv)


@pytest.mark.parametrize("argv", NOT_PLAIN)
def test_anything_the_parser_does_not_read_as_a_window_start_goes_to_it(argv: list[str]) -> None:
    assert parser_verdict(argv) == (False, None)
    assert plain_gui_start(argv) == (False, None)


@pytest.mark.parametrize("argv", PLAIN + NOT_PLAIN + LEFT_TO_THE_PARSER)
def test_the_fast_path_never_reads_a_command_line_otherwise_than_the_parser(argv: list[str]) -> None:
    plain, pack = plain_gui_start(argv)
    if plain:
        assert parser_verdict(argv) == (True, pack)
    else:
        assert pack is None
