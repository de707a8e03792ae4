"""`python main.py [gui] [--pack FILE]` goes straight to the window; anything else to the full CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.launch import plain_gui_start


@pytest.mark.parametrize("argv, pack", [
    ([], None),
    (["gui"], None),
    (["--pack", "a.pack"], Path("a.pack")),
    (["--pack=a.pack"], Path("a.pack")),
    (["gui", "--pack", "a.pack"], Path("a.pack")),
    (["--pack", "a.pack", "gui"], Path("a.pack")),
])
def test_a_window_start_skips_the_parser(argv: list[str], pack: Path | None) -> None:
    assert plain_gui_start(argv) == (True, pack)


@pytest.mark.parametrize("argv", [
    ["info"], ["--help"], ["--version"], ["--pack"], ["--pack", "--help"], ["--pack="], ["gui", "--help"],
    ["search", "hotline"], ["--pack", "a.pack", "info"], ["gui", "extra"],
])
def test_anything_else_goes_to_the_command_line(argv: list[str]) -> None:
    assert plain_gui_start(argv) == (False, None)
