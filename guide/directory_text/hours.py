"""Opening hours in words: "9 am – 5 pm" (English) or "9:00 – 17:00" (Spanish), weekday names,
today's hours and the week, with days of the same hours joined ("Monday – Friday")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from guide.directory_text import ENGLISH, QT_TRANSLATE_NOOP, Words
from guide.directory_text.schedule import (
    DAY,
    DayHours,
    Interval,
    day_hours,
    has_hours,
    interval,
    is_text_only,
    upcoming_exceptions,
    week,
)
from guide.packformat.directory_values import Schedule

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Directory", "Monday"),
    QT_TRANSLATE_NOOP("Directory", "Tuesday"),
    QT_TRANSLATE_NOOP("Directory", "Wednesday"),
    QT_TRANSLATE_NOOP("Directory", "Thursday"),
    QT_TRANSLATE_NOOP("Directory", "Friday"),
    QT_TRANSLATE_NOOP("Directory", "Saturday"),
    QT_TRANSLATE_NOOP("Directory", "Sunday"),
)


def weekday_name(weekday: int, words: Words = ENGLISH) -> str:
    """1 -> "Monday" .. 7 -> "Sunday"."""
    return words(WEEKDAY_NAMES[(weekday - 1) % 7])


def clock(value: int, words: Words = ENGLISH) -> str:
    """Minutes after midnight as a time of day: 570 -> "9:30 am" or "9:30"; noon and midnight by name
    on the 12-hour clock, where "12 am" and "12 pm" confuse."""
    value %= 2 * DAY
    hours, mins = divmod(value % DAY, 60)
    if not words.twelve_hour:
        return "24:00" if value == DAY else f"{hours}:{mins:02d}"
    if mins == 0 and hours in (0, 12):
        named = QT_TRANSLATE_NOOP("Directory", "noon") if hours == 12 else QT_TRANSLATE_NOOP("Directory", "midnight")
        return words(named)
    suffix = words(QT_TRANSLATE_NOOP("Directory", "am")) if hours < 12 else words(QT_TRANSLATE_NOOP("Directory", "pm"))
    shown = hours % 12 or 12
    return f"{shown} {suffix}" if mins == 0 else f"{shown}:{mins:02d} {suffix}"


def interval_text(hours: Interval, words: Words = ENGLISH) -> str:
    if hours.all_day:
        return words(QT_TRANSLATE_NOOP("Directory", "open 24 hours"))
    return words(QT_TRANSLATE_NOOP("Directory", "{opens} – {closes}")).format(
        opens=clock(hours.opens, words), closes=clock(hours.closes, words))


def unknown(words: Words = ENGLISH) -> str:
    return words(QT_TRANSLATE_NOOP("Directory", "hours unknown"))


def day_text(day: DayHours, words: Words = ENGLISH) -> str:
    """One day's hours: "9 am – noon, 1 pm – 5 pm", "closed", "open 24 hours" or "hours unknown"."""
    if day.intervals:
        shown = ", ".join(interval_text(i, words) for i in day.intervals)
    elif day.closed:
        shown = words(QT_TRANSLATE_NOOP("Directory", "closed"))
    elif day.texts:
        shown = "; ".join(day.texts)
    else:
        shown = unknown(words)
    if day.notes:
        shown = f"{shown} ({'; '.join(day.notes)})"
    return shown


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def today_line(schedules: Sequence[Schedule], today: date, words: Words = ENGLISH) -> str:
    """"Today (Monday): 9 am – 5 pm", with a dated exception's hours when one covers today."""
    day = day_hours(schedules, today)
    hours = day_text(day, words)
    if not day.known and (general := _general_texts(schedules)):
        hours = "; ".join(general)  # the source's own words are the best there is
    pattern = (QT_TRANSLATE_NOOP("Directory", "Today ({weekday}, {date}): {hours}") if day.exception
               else QT_TRANSLATE_NOOP("Directory", "Today ({weekday}): {hours}"))
    return words(pattern).format(weekday=weekday_name(today.isoweekday(), words), date=today.isoformat(),
                                 hours=hours)


def _days_text(first: int, last: int, words: Words) -> str:
    if first == last:
        return weekday_name(first, words)
    return words(QT_TRANSLATE_NOOP("Directory", "{first} – {last}")).format(
        first=weekday_name(first, words), last=weekday_name(last, words))


def week_lines(schedules: Sequence[Schedule], today: date, words: Words = ENGLISH) -> tuple[str, ...]:
    """The regular week, Monday first, days of the same hours on one line ("Monday – Friday: 9 am – 5 pm");
    nothing when no row names a weekday."""
    days = week(schedules, today)
    if not any(d.known for d in days):
        return ()
    runs: list[list[DayHours]] = []
    for day in days:
        if runs and runs[-1][-1].same_hours(day):
            runs[-1].append(day)
        else:
            runs.append([day])
    return tuple(words(QT_TRANSLATE_NOOP("Directory", "{days}: {hours}")).format(
        days=_days_text(run[0].weekday, run[-1].weekday, words), hours=day_text(run[0], words)) for run in runs)


def _general_texts(schedules: Sequence[Schedule]) -> list[str]:
    return list(dict.fromkeys(t for s in schedules if is_text_only(s) for t in (s.text, s.notes) if t))


def _exception_line(schedule: Schedule, words: Words) -> str:
    start = schedule.valid_from or schedule.valid_to
    end = schedule.valid_to or start
    dates = start if end == start else words(QT_TRANSLATE_NOOP("Directory", "{first} – {last}")).format(
        first=start, last=end)
    hours = interval(schedule)
    if schedule.closed:
        shown = words(QT_TRANSLATE_NOOP("Directory", "closed"))
    elif hours is not None:
        shown = interval_text(hours, words)
    else:
        shown = schedule.text or unknown(words)
    if schedule.notes:
        shown = f"{shown} ({schedule.notes})"
    return words(QT_TRANSLATE_NOOP("Directory", "{days}: {hours}")).format(days=dates, hours=shown)


@dataclass(frozen=True)
class HoursText:
    """Everything a screen says about one set of hours, in the order it says it."""

    today: str  # "Today (Monday): 9 am – 5 pm"
    week: tuple[str, ...]  # the regular week, or the source's words when it names no weekday
    exceptions: tuple[str, ...]  # dated exceptions from today on ("2025-12-25: closed (Christmas)")
    known: bool  # the rows say anything at all

    def lines(self) -> tuple[str, ...]:
        return (self.today, *self.week, *self.exceptions)


def describe_hours(schedules: Sequence[Schedule], today: date, words: Words = ENGLISH) -> HoursText:
    if not has_hours(schedules):
        return HoursText(_capitalized(unknown(words)), (), (), known=False)
    regular = week_lines(schedules, today, words)
    general = tuple(_general_texts(schedules))
    if not regular and not day_hours(schedules, today).known:
        general = ()  # today's line already says them
    return HoursText(today_line(schedules, today, words), regular + general,
                     tuple(_exception_line(s, words) for s in upcoming_exceptions(schedules, today)), known=True)
