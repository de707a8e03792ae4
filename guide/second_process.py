"""A second process for work that would otherwise wait for this one's core (the pack writer's
inserts, the HSDS importer's table reading), with a pipe each way.

spawn, not fork: the app may have Qt's threads running, which a forked child would not have. A
frozen build starts itself as that process (multiprocessing.freeze_support in main.py), and a
script that starts one must guard its own work with ``if __name__ == "__main__"``.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import multiprocessing.process
from collections.abc import Callable
from dataclasses import dataclass

Connection = multiprocessing.connection.Connection


@dataclass(frozen=True)
class SecondProcess:
    process: multiprocessing.process.BaseProcess
    to_it: Connection  # what this process sends
    from_it: Connection  # what it sends back


def start_second_process(target: Callable[..., None], args: tuple[object, ...], name: str) -> SecondProcess:
    """``target(*args, its_input, its_output)`` in a second process."""
    context = multiprocessing.get_context("spawn")
    its_input, to_it = context.Pipe(duplex=False)  # (the reading end, the writing end)
    from_it, its_output = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(*args, its_input, its_output), name=name, daemon=True)
    process.start()
    # The process has its own ends: with ours closed, a pipe's other end shows when it stops.
    its_input.close()
    its_output.close()
    return SecondProcess(process, to_it, from_it)
