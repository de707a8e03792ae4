"""The command line's progress for long imports: a bar on a terminal, a line per stage otherwise."""

from __future__ import annotations

import sys
from typing import TextIO


class ProgressBar:
    """A one-line bar on a terminal (seconds so far when a stage has no known total); on a file or a
    pipe, one line each time a stage starts, so that a log shows where a long import is."""

    WIDTH = 30

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.shown = False
        self.stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.stream.isatty():
            if stage != self.stage:
                self.stream.write(f"{stage}...\n")
                self.stream.flush()
                self.stage = stage
            return
        self.stage = stage
        if total:
            filled = self.WIDTH * min(done, total) // total
            shown = f"[{'#' * filled}{' ' * (self.WIDTH - filled)}] {100 * min(done, total) // total:3d}%"
        else:
            shown = f"{done:>{self.WIDTH - 2}} s"
        self.stream.write(f"\r{stage:<14} {shown}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * (self.WIDTH + 24) + "\r")
            self.stream.flush()
