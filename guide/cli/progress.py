"""The command line's progress bar for long imports."""

from __future__ import annotations

import sys
from typing import TextIO


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
