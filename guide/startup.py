"""The cyclic garbage collector during start-up and bulk imports, in one place.

Start-up builds thousands of long-lived objects (modules, classes, Qt's enums) and almost no
garbage, so the collector's passes over them (some 40, 5-8 ms in all) are wasted: ``python main.py``
pauses it first thing. What start-up built lives as long as the process, so when start-up is over
it is frozen out of later passes and collection resumes: after the first frame for the window, at
once for a command, and while a pack is built (which makes garbage).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager


def pause_collection() -> None:
    gc.disable()


def resume_collection() -> None:
    gc.freeze()
    gc.enable()


@contextmanager
def _collection(on: bool) -> Iterator[None]:
    """The collector on or off inside the block, and as it was after it."""
    was_on = gc.isenabled()
    (gc.enable if on else gc.disable)()
    try:
        yield
    finally:
        (gc.enable if was_on else gc.disable)()


def collecting() -> AbstractContextManager[None]:
    """Collect inside the block (e.g. a pack build during start-up)."""
    return _collection(True)


def paused_collection() -> AbstractContextManager[None]:
    """No cyclic collection inside the block: an HSDS import makes millions of objects that live
    until its end and breaks its own cycles (guide.hsds.mapping), and the collector's passes over
    them were a sixth of a 100 000-service import (4 s in some 6 000 passes, 14 of them full)."""
    return _collection(False)
