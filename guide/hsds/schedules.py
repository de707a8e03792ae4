"""HSDS schedules (3.0's RFC 5545 rules, 1.x's weekday rows and holiday rows) as the guide's
Schedule values, and a phone's hours as one line of text.

Times come as directories write them ("9:00am", "9am", "5:30 PM", "17:00", "09:00:00", "0800",
"noon"); the guide keeps them as 24-hour "HH:MM" and keeps the source's own words beside them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from guide.hsds.csvstream import Row
from guide.hsds.vocab import iso_date
from guide.packformat.directory_values import Schedule

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = dict(zip(DAYS, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))
ALWAYS_OPEN_TEXT = "24 hours, 7 days a week"
_ROUND_THE_CLOCK = re.compile(r"24\s*/\s*7|24 hours|24hrs|around the clock", re.IGNORECASE)
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?(?:\.\d+)?"
                   r"\s*([ap])?\.?\s*m?\.?\s*(?:[+-]\d{2}:?\d{2}|z)?$", re.IGNORECASE)
_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
_TRUE = {"true", "yes", "1", "y", "t", "closed"}
# HSDS's time has no 24:00: the end of a day is written as the day's last second (the guide's own
# exports do), and read back as 24:00.
END_OF_DAY = "23:59:59"


def parse_time(value: str, closing: bool = False) -> str:
    """'HH:MM' (24-hour) of a time as directories write it; '' when it is not a time."""
    text = value.strip().lower()
    if not text:
        return ""
    if text in _WORDS:
        return "00:00" if text == "midnight" and not closing else _WORDS[text]
    if closing and text == END_OF_DAY:
        return "24:00"
    if re.fullmatch(r"\d{4}", text):  # "0800", "1730"
        text = f"{text[:2]}:{text[2:]}"
    match = _TIME.match(text)
    if not match:
        return ""
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(4)
    if half:
        if not 1 <= hour <= 12:
            return ""
        hour = hour % 12 + (12 if half == "p" else 0)
    if match.group(2) is None and not half:
        return ""  # a bare number ("9") is not a time
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return ""
    if closing and hour == 0 and minute == 0 and half is None and value.strip() not in ("00:00", "00:00:00"):
        return "24:00"
    return sys.intern(f"{hour:02d}:{minute:02d}")  # one string for every "09:00" of the directory


def _weekdays(row: Row) -> tuple[int, ...]:
    """The weekdays (1 Monday .. 7 Sunday) a row covers; () for none given."""
    weekday = row.get("weekday").strip()
    if weekday:  # 1.x and 2.x: one row per day, 1 = Monday; Ohana writes the day's name
        if weekday.isdigit():
            number = int(weekday)
            return (number,) if 1 <= number <= 7 else ()
        return tuple(i + 1 for i, d in enumerate(DAYS) if weekday[:2].upper() == d)
    byday = [re.sub(r"^[+-]?\d+", "", d.strip().upper())[:2] for d in row.get("byday").split(",") if d.strip()]
    if byday:
        return tuple(i + 1 for i, d in enumerate(DAYS) if d in byday)
    if row.get("freq").upper() == "DAILY":
        return tuple(range(1, 8))
    return ()


def _flag(value: str) -> bool:
    return value.strip().lower() in _TRUE


def schedule_values(row: Row) -> tuple[list[Schedule], bool]:
    """(the Schedule lines of one row, whether a value had to be read loosely). A row for several days
    gives a line per day; a row with no day (a holiday, hours only as text) gives one line, weekday 0."""
    raw_opens, raw_closes = row.get("opens_at"), row.get("closes_at")
    opens, closes = parse_time(raw_opens), parse_time(raw_closes, closing=True)
    loose = bool((raw_opens and not opens) or (raw_closes and not closes)
                 or (opens and raw_opens[:5] != opens)
                 or (closes and raw_closes[:5] != closes and raw_closes.strip() != END_OF_DAY))
    holiday = row.get("holiday") == "1"
    starts = row.get("valid_from") or row.get("start_date") or row.get("dtstart")
    ends = row.get("valid_to") or row.get("end_date") or row.get("until")
    valid_from, valid_to = iso_date(starts), iso_date(ends)
    loose = loose or bool((starts and not valid_from) or (ends and not valid_to))
    words = row.get("description")
    if not words and loose and (raw_opens or raw_closes):
        words = f"{raw_opens} - {raw_closes}".strip(" -")
    if (starts and not valid_from) or (ends and not valid_to):
        words = "; ".join(w for w in (words, f"{starts} - {ends}".strip(" -")) if w)
    closed = _flag(row.get("closed")) or (holiday and not opens and not closes and row.get("closed") == "")
    days = () if holiday else _weekdays(row)
    common = dict(opens=opens, closes=closes, closed=closed, valid_from=valid_from, valid_to=valid_to,
                  text=words, notes=row.get("notes"))
    return [Schedule(weekday=day, **common) for day in days or (0,)], loose  # type: ignore[arg-type]


# The columns that say whose hours a row holds, not what they are.
_OWNER_COLUMNS = frozenset({"id", "service_id", "location_id", "organization_id", "service_at_location_id"})


class ScheduleReader:
    """schedule_values of each row, one set of values shared by the rows that say the same hours: a
    directory's hours are mostly a few patterns repeated for every service, and 100 000 services'
    weekday hours would otherwise be half a million Schedule values."""

    def __init__(self) -> None:
        self._seen: dict[tuple[tuple[str, str], ...], tuple[tuple[Schedule, ...], bool]] = {}

    def __call__(self, row: Row) -> tuple[tuple[Schedule, ...], bool]:
        key = tuple((k, v) for k, v in row.values.items() if k not in _OWNER_COLUMNS)
        found = self._seen.get(key)
        if found is None:
            values, loose = schedule_values(row)
            found = self._seen[key] = (tuple(values), loose)
        return found


def always_open(schedules: Sequence[Schedule]) -> bool:
    if any(_ROUND_THE_CLOCK.search(s.text) for s in schedules):
        return True
    covered = {s.weekday for s in schedules if s.opens == "00:00" and s.closes in ("23:59", "24:00") and not s.closed}
    return covered == set(range(1, 8))


def hours_text(schedules: Sequence[Schedule]) -> str:
    """One line such as 'Mon, Tue, Wed 09:00-17:00; Sat 10:00-14:00', or the schedules' own words."""
    regular = [s for s in schedules if not s.closed and (s.weekday or s.text)]
    if not regular:
        return ""
    if always_open(regular) and not any(s.text for s in regular):
        return ALWAYS_OPEN_TEXT
    parts: list[str] = []
    by_hours: dict[str, list[int]] = {}
    for s in regular:
        if s.text:
            if s.text not in parts:
                parts.append(s.text)
            continue
        if s.opens and s.closes:
            by_hours.setdefault(f"{s.opens}-{s.closes}", []).append(s.weekday)
    for span, days in by_hours.items():
        ordered = [DAY_NAMES[d] for i, d in enumerate(DAYS, start=1) if i in days]
        parts.append(f"{', '.join(ordered)} {span}" if ordered else span)
    return sys.intern("; ".join(parts))  # most phones of a directory share a few lines of hours
