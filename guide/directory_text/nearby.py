"""Near-me results in words: "2.3 mi", "Open until 5 pm", "Closed, opens Mon 9 am", "Hours unknown"."""

from __future__ import annotations

from datetime import datetime

from guide.directory_text import ENGLISH, QT_TRANSLATE_NOOP, Words
from guide.directory_text.hours import clock, weekday_name
from guide.hours.open_at import OpenState


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def open_text(state: OpenState, now: datetime, words: Words = ENGLISH) -> str:
    """The state on the place's own clock: the day is named when it is not today's."""
    if state.open is None:
        return words(QT_TRANSLATE_NOOP("Directory", "Hours unknown"))
    if state.open:
        if state.until is None:
            return words(QT_TRANSLATE_NOOP("Directory", "Open 24 hours"))
        return words(QT_TRANSLATE_NOOP("Directory", "Open until {time}")).format(
            time=_when(state.until, now, words))
    if state.next_opening is None:
        return words(QT_TRANSLATE_NOOP("Directory", "Closed"))
    return words(QT_TRANSLATE_NOOP("Directory", "Closed, opens {time}")).format(
        time=_when(state.next_opening, now, words))


def _when(moment: datetime, now: datetime, words: Words) -> str:
    local_now = now.astimezone(moment.tzinfo) if moment.tzinfo and now.tzinfo else now
    time = clock(_minutes(moment), words)
    if moment.date() == local_now.date():
        return time
    return f"{weekday_name(moment.isoweekday(), words)} {time}"


def distance_text(miles: float | None, approximate: bool, words: Words = ENGLISH) -> str:
    """ "2.3 mi", "about 2.3 mi" (to the ZIP code's centre), or "serves this area" when it has no place."""
    if miles is None:
        return words(QT_TRANSLATE_NOOP("Directory", "serves this area"))
    shown = f"{miles:.1f}"
    if approximate:
        return words(QT_TRANSLATE_NOOP("Directory", "about {miles} mi")).format(miles=shown)
    return words(QT_TRANSLATE_NOOP("Directory", "{miles} mi")).format(miles=shown)
