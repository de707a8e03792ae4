"""A day's opening hours as (opens, closes) pairs, for a handout's "today" line."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from guide.hours.open_at import lines_for_day, usable
from guide.packformat.directory_values import Schedule


def hours_on(schedules: Iterable[Schedule], day: date) -> list[tuple[str, str]] | None:
    """That day's intervals ("09:00", "17:00"); [] when closed all day; None when the hours are unknown.
    A dated exception (a holiday) replaces the weekday's hours, as in guide.hours.open_at."""
    lines = usable(schedules)
    if not lines:
        return None
    return [(s.opens, s.closes or "24:00") for s in lines_for_day(lines, day) if not s.closed and s.opens]
