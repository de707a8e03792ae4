"""HSDS schedules (RFC 5545 rules, or 1.x weekday rows) as the guide's opening-hours text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from guide.hsds.source import Row

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = dict(zip(DAYS, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))
ALWAYS_OPEN_TEXT = "24 hours, 7 days a week"
_ROUND_THE_CLOCK = re.compile(r"24\s*/\s*7|24 hours|24hrs|around the clock", re.IGNORECASE)


def _days(row: Row) -> tuple[str, ...]:
    weekday = row.get("weekday")
    if weekday:  # 1.x and 2.x: one row per day, 1 = Monday
        if weekday.isdigit() and 1 <= int(weekday) <= 7:
            return (DAYS[int(weekday) - 1],)
        return tuple(d for d in DAYS if weekday[:2].upper() == d)
    byday = [re.sub(r"^[+-]?\d+", "", d.strip().upper())[:2] for d in row.get("byday").split(",") if d.strip()]
    if not byday and row.get("freq").upper() in ("", "WEEKLY", "DAILY"):
        return DAYS
    return tuple(d for d in DAYS if d in byday)


def _time(value: str) -> str:
    match = re.match(r"^(\d{1,2}):(\d{2})", value.strip())
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else ""


def _is_all_day(row: Row) -> bool:
    return _time(row.get("opens_at")) == "00:00" and _time(row.get("closes_at")) in ("23:59", "24:00", "00:00")


def always_open(rows: Sequence[Row]) -> bool:
    if any(_ROUND_THE_CLOCK.search(r.get("description")) for r in rows):
        return True
    covered = {d for r in rows if _is_all_day(r) for d in _days(r)}
    return covered == set(DAYS)


def hours_text(rows: Sequence[Row]) -> str:
    """One line such as 'Mon, Tue, Wed 09:00-17:00; Sat 10:00-14:00', or the schedules' own descriptions."""
    if not rows:
        return ""
    if always_open(rows) and not any(r.get("description") for r in rows):
        return ALWAYS_OPEN_TEXT
    parts: list[str] = []
    by_hours: dict[str, list[str]] = {}
    for row in rows:
        if row.get("description"):
            if row.get("description") not in parts:
                parts.append(row.get("description"))
            continue
        opens, closes = _time(row.get("opens_at")), _time(row.get("closes_at"))
        if opens and closes:
            by_hours.setdefault(f"{opens}-{closes}", []).extend(_days(row))
    for span, days in by_hours.items():
        ordered = [DAY_NAMES[d] for d in DAYS if d in days]
        parts.append(f"{', '.join(ordered)} {span}" if ordered else span)
    return "; ".join(parts)
