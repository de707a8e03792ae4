"""What a list of schedule rows says about one day, and whether a place is open at a moment.

The rules, in one place for every screen that shows hours:
- A dated exception (weekday 0 with dates: a holiday, a closure) wins over the regular week on its
  dates.
- Regular rows apply on the dates between their ``valid_from`` and ``valid_to`` (either may be
  empty).
- Hours may cross midnight ("22:00" to "02:00"): they belong to the day they open on and keep a
  place open early the next morning.
- "00:00" to "24:00" (or the same time for opening and closing) is open all day.
- No rows at all is "hours unknown", never closed; a weekday a weekly schedule does not list is
  closed ("Monday to Friday, 9 to 5" is closed at the weekend), as guide.hours.open_at decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from guide.hours.open_at import applies_on, is_exception
from guide.packformat.directory_values import Schedule

DAY = 24 * 60  # minutes


def minutes(clock: str) -> int | None:
    """'09:30' -> 570; '24:00' -> 1440; None for anything else."""
    hours, sep, mins = clock.partition(":")
    if not sep or not (hours.isdigit() and mins.isdigit()) or len(mins) != 2:
        return None
    value = int(hours) * 60 + int(mins)
    return value if 0 <= value <= DAY and int(mins) < 60 else None


@dataclass(frozen=True, order=True)
class Interval:
    """Open from ``opens`` to ``closes``, in minutes after the midnight that starts the day it opens on;
    ``closes`` is past ``DAY`` when the hours run into the next morning."""

    opens: int
    closes: int

    @property
    def all_day(self) -> bool:
        return self.opens == 0 and self.closes >= DAY

    @property
    def overnight(self) -> bool:
        return self.closes > DAY


def interval(schedule: Schedule) -> Interval | None:
    """The row's hours, or None when it gives no times that can be read."""
    opens, closes = minutes(schedule.opens), minutes(schedule.closes)
    if opens is None or closes is None:
        return None
    opens %= DAY  # "24:00" as an opening time is the next midnight's start
    if closes <= opens:
        closes += DAY  # crosses midnight, or the same time twice: round the clock
    return Interval(opens, closes)


@dataclass(frozen=True)
class DayHours:
    """One day's hours as the rows give them."""

    weekday: int  # 1 Monday .. 7 Sunday
    intervals: tuple[Interval, ...] = ()
    closed: bool = False  # a row says closed (and none gives hours)
    texts: tuple[str, ...] = ()  # the source's own words for rows whose times could not be read
    notes: tuple[str, ...] = ()
    exception: bool = False  # these are a dated exception's hours, not the regular week's

    @property
    def known(self) -> bool:
        return bool(self.intervals or self.closed or self.texts)

    @property
    def all_day(self) -> bool:
        return any(i.all_day for i in self.intervals)

    def same_hours(self, other: DayHours) -> bool:
        """Shown the same way (so a week can say "Monday – Friday")."""
        return (self.intervals, self.closed, self.texts, self.notes) == (other.intervals, other.closed, other.texts,
                                                                         other.notes)


def is_text_only(schedule: Schedule) -> bool:
    """Hours given only in words, for no day in particular ("By appointment")."""
    return schedule.weekday == 0 and not is_exception(schedule)


def _combine(weekday: int, rows: Iterable[Schedule], exception: bool = False) -> DayHours:
    intervals: list[Interval] = []
    texts: list[str] = []
    notes: list[str] = []
    closed = False
    for row in rows:
        if row.notes and row.notes not in notes:
            notes.append(row.notes)
        if row.closed:
            closed = True
        elif (hours := interval(row)) is not None:
            intervals.append(hours)
        elif row.text and row.text not in texts:
            texts.append(row.text)
    if intervals:
        closed = False  # a row with hours and another saying closed: the hours are the information
    return DayHours(weekday, tuple(sorted(set(intervals))), closed, tuple(texts), tuple(notes), exception)


def regular_day(schedules: Sequence[Schedule], day: date) -> DayHours:
    """The regular week's hours on ``day``'s weekday, as they apply on that date: closed when the
    week in force that day lists other days but not this one."""
    weekday = day.isoweekday()
    hours = _combine(weekday, (s for s in schedules if s.weekday == weekday and applies_on(s, day)))
    if not hours.known and any(1 <= s.weekday <= 7 and applies_on(s, day) for s in schedules):
        return DayHours(weekday, closed=True)
    return hours


def day_hours(schedules: Sequence[Schedule], day: date) -> DayHours:
    """The hours on ``day``: a dated exception's when one covers it, else the regular week's."""
    exceptions = [s for s in schedules if is_exception(s) and applies_on(s, day)]
    if exceptions:
        return _combine(day.isoweekday(), exceptions, exception=True)
    return regular_day(schedules, day)


def week(schedules: Sequence[Schedule], today: date) -> tuple[DayHours, ...]:
    """Monday to Sunday of the regular week, each as it applies on its next date from ``today`` on."""
    monday = today - timedelta(days=today.weekday())
    days = [monday + timedelta(days=i) for i in range(7)]
    return tuple(regular_day(schedules, d if d >= today else d + timedelta(days=7)) for d in days)


def upcoming_exceptions(schedules: Sequence[Schedule], today: date, limit: int = 5) -> tuple[Schedule, ...]:
    """Dated exceptions that have not ended before ``today``, soonest first."""
    iso = today.isoformat()
    ahead = [s for s in schedules if is_exception(s) and (s.valid_to or s.valid_from) >= iso]
    return tuple(sorted(ahead, key=lambda s: (s.valid_from or s.valid_to, s.valid_to))[:limit])


def has_hours(schedules: Sequence[Schedule]) -> bool:
    return any(s.weekday or s.text or s.closed or s.valid_from or s.valid_to for s in schedules)
