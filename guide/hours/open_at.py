"""Whether a place is open at an instant, from its weekly schedules, in its own time zone.

Each schedule line is a wall-clock interval on a weekday; an interval whose closing time is not
after its opening time runs past midnight into the next day; 00:00 to 24:00 (or to 00:00) is the
whole day. Dated exceptions (holidays) replace the weekly hours on their dates. Intervals are made
into aware datetimes in the place's zone with zoneinfo, so a day on which the clocks change keeps
its wall-clock hours. No usable schedule means "hours unknown" (``None``), never "closed"; a
weekday that a weekly schedule does not list is closed ("Mon-Fri 9-5" is closed at the weekend).
guide.directory_text words hours by the same rules (it uses is_exception and applies_on).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from guide.packformat.directory_values import Schedule

DAYS_AHEAD = 8  # how far to look for the next opening: a week and the day that wraps it


@dataclass(frozen=True)
class OpenState:
    """``open`` is None when the hours are unknown. When open, ``until`` is when it closes (None when
    it does not close within a week: open around the clock); when closed, ``next_opening`` is when
    it next opens (None when not within a week)."""

    open: bool | None
    until: datetime | None = None
    next_opening: datetime | None = None


UNKNOWN = OpenState(None)


@lru_cache(maxsize=4096)
def _clock(text: str) -> time | None:
    """ "09:00" -> 09:00; "24:00" -> None (the end of the day); "" or nonsense -> None."""
    try:
        hours, minutes = (int(part) for part in text.split(":"))
    except ValueError:
        return None
    if 0 <= hours < 24 and 0 <= minutes < 60:
        return time(hours, minutes)
    return None


def is_exception(schedule: Schedule) -> bool:
    """A dated exception (a holiday, a closure): no weekday, and dates."""
    return schedule.weekday == 0 and bool(schedule.valid_from or schedule.valid_to)


def applies_on(schedule: Schedule, day: date) -> bool:
    """An exception on its dates (one date when it gives only one); a weekly line between its dates."""
    iso = day.isoformat()
    if is_exception(schedule):
        start = schedule.valid_from or schedule.valid_to
        return start <= iso <= (schedule.valid_to or start)
    starts, ends = schedule.valid_from, schedule.valid_to
    return (not starts or starts <= iso) and (not ends or iso <= ends)


def usable(schedules: Iterable[Schedule]) -> list[Schedule]:
    """The lines that say something about when: a weekday's hours or closure, or a dated exception."""
    return [s for s in schedules if is_exception(s) or (1 <= s.weekday <= 7 and (s.closed or _clock(s.opens)))]


def lines_for_day(schedules: list[Schedule], day: date) -> list[Schedule]:
    """The lines that set ``day``'s hours: its dated exceptions when it has any, else its weekday's."""
    exceptions = [s for s in schedules if is_exception(s) and applies_on(s, day)]
    return exceptions or [s for s in schedules if s.weekday == day.isoweekday() and applies_on(s, day)]


def _day_intervals(schedules: list[Schedule], day: date, zone: ZoneInfo) -> Iterator[tuple[datetime, datetime]]:
    """The intervals that open on ``day``."""
    for line in lines_for_day(schedules, day):
        opens = _clock(line.opens)
        if line.closed or opens is None:
            continue
        start = datetime.combine(day, opens, zone)
        closes = _clock(line.closes)
        if closes is None or closes <= opens:  # "24:00", "", or past midnight
            end_day = day + timedelta(days=1)
            end = datetime.combine(end_day, closes or time(0), zone)
        else:
            end = datetime.combine(day, closes, zone)
        yield start, end


def open_state(schedules: Iterable[Schedule], at: datetime, zone: ZoneInfo) -> OpenState:
    """Open or closed at ``at`` (an aware datetime) for a place in ``zone``.

    Days are made into intervals only as far as the answer needs: yesterday and today to know
    whether it is open, then on to the closing time or to the next opening."""
    lines = usable(schedules)
    if not lines:
        return UNKNOWN
    local = at.astimezone(zone)
    today = local.date()
    made: dict[int, list[tuple[datetime, datetime]]] = {}

    def day(offset: int) -> list[tuple[datetime, datetime]]:
        if offset not in made:
            made[offset] = sorted(_day_intervals(lines, today + timedelta(days=offset), zone))
        return made[offset]

    ends = [end for offset in (-1, 0) for start, end in day(offset) if start <= local < end]
    if not ends:
        upcoming = (start for offset in range(DAYS_AHEAD + 1) for start, _ in day(offset) if start > local)
        return OpenState(False, next_opening=next(upcoming, None))
    until = max(ends)
    for offset in range(DAYS_AHEAD + 1):
        if until.astimezone(zone).date() < today + timedelta(days=offset):
            break  # it closes before this day begins: nothing later can carry it on
        for start, end in day(offset):
            if start <= until < end:
                until = end
    else:
        return OpenState(True)  # open for as far as we look: around the clock
    return OpenState(True, until=until)
