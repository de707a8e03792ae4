"""Opening hours in words and "open at": crossing midnight, 24 hours, closed days, dated exceptions,
and no hours said as "hours unknown", never "closed"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from guide.directory_text import Words
from guide.directory_text.hours import clock, describe_hours, today_line, week_lines
from guide.packformat.directory_values import Schedule

MONDAY = date(2025, 6, 2)
SPANISH_CLOCK = Words(twelve_hour=False)
WEEKDAYS_9_TO_5 = [Schedule(day, "09:00", "17:00") for day in range(1, 6)]


@pytest.mark.parametrize("minutes, twelve, twenty_four", [
    (9 * 60, "9 am", "9:00"), (9 * 60 + 30, "9:30 am", "9:30"), (12 * 60, "noon", "12:00"),
    (17 * 60 + 5, "5:05 pm", "17:05"), (0, "midnight", "0:00"), (24 * 60, "midnight", "24:00"),
    (12 * 60 + 30, "12:30 pm", "12:30"), (30, "12:30 am", "0:30")])
def test_clock_in_both_styles(minutes: int, twelve: str, twenty_four: str) -> None:
    assert clock(minutes) == twelve
    assert clock(minutes, SPANISH_CLOCK) == twenty_four


def test_a_week_joins_days_of_the_same_hours_and_lists_the_rest() -> None:
    rows = [*WEEKDAYS_9_TO_5, Schedule(6, "10:00", "14:00"), Schedule(7, "", "", closed=True)]
    assert week_lines(rows, MONDAY) == ("Monday – Friday: 9 am – 5 pm", "Saturday: 10 am – 2 pm", "Sunday: closed")
    assert today_line(rows, date(2025, 6, 8)) == "Today (Sunday): closed"


def test_a_day_a_weekly_schedule_does_not_list_is_closed() -> None:
    assert week_lines(WEEKDAYS_9_TO_5, MONDAY) == ("Monday – Friday: 9 am – 5 pm", "Saturday – Sunday: closed")
    assert today_line(WEEKDAYS_9_TO_5, date(2025, 6, 7)) == "Today (Saturday): closed"


def test_no_hours_at_all_say_hours_unknown() -> None:
    described = describe_hours((), MONDAY)
    assert described.lines() == ("Hours unknown",) and not described.known
    assert "closed" not in " ".join(described.lines()).lower()


def test_hours_crossing_midnight_keep_the_place_open_the_next_morning() -> None:
    rows = [Schedule(5, "22:00", "02:00")]  # Friday night
    assert week_lines(rows, MONDAY)[1] == "Friday: 10 pm – 2 am"  # after "Monday – Thursday: closed"


@pytest.mark.parametrize("opens, closes", [("00:00", "24:00"), ("00:00", "00:00"), ("00:00", "23:59")])
def test_twenty_four_hours(opens: str, closes: str) -> None:
    rows = [Schedule(day, opens, closes) for day in range(1, 8)]
    if closes == "23:59":
        assert week_lines(rows, MONDAY) == ("Monday – Sunday: midnight – 11:59 pm",)  # as the source says
    else:
        assert week_lines(rows, MONDAY) == ("Monday – Sunday: open 24 hours",)


def test_a_dated_closure_wins_over_the_week_and_is_listed_ahead() -> None:
    rows = [*WEEKDAYS_9_TO_5, Schedule(0, "", "", closed=True, valid_from="2025-07-04", notes="Independence Day"),
            Schedule(0, "", "", closed=True, valid_from="2025-01-01")]  # past: not listed
    assert today_line(rows, date(2025, 7, 4)) == "Today (Friday, 2025-07-04): closed (Independence Day)"
    assert describe_hours(rows, MONDAY).exceptions == ("2025-07-04: closed (Independence Day)",)


def test_seasonal_hours_apply_between_their_dates() -> None:
    rows = [Schedule(1, "09:00", "17:00", valid_to="2025-06-30"), Schedule(1, "10:00", "14:00",
                                                                          valid_from="2025-07-01")]
    assert today_line(rows, MONDAY) == "Today (Monday): 9 am – 5 pm"
    assert today_line(rows, date(2025, 7, 7)) == "Today (Monday): 10 am – 2 pm"


def test_split_hours_and_the_sources_own_words() -> None:
    rows = [Schedule(2, "13:00", "17:00"), Schedule(2, "09:00", "12:00"), Schedule(3, "", "", text="9ish to 5ish")]
    lines = week_lines(rows, MONDAY)
    assert lines[1] == "Tuesday: 9 am – noon, 1 pm – 5 pm"
    assert lines[2] == "Wednesday: 9ish to 5ish"
    only_words = [Schedule(0, "", "", text="By appointment")]
    assert describe_hours(only_words, MONDAY).lines() == ("Today (Monday): By appointment",)


def test_spanish_words_come_from_the_translation() -> None:
    spanish = {"Monday": "lunes", "Friday": "viernes", "{first} – {last}": "{first} a {last}",
               "Today ({weekday}): {hours}": "Hoy ({weekday}): {hours}"}
    words = Words(lambda _context, text: spanish.get(text, text), twelve_hour=False)
    assert week_lines(WEEKDAYS_9_TO_5[:5], MONDAY, words)[0] == "lunes a viernes: 9:00 – 17:00"
    assert today_line(WEEKDAYS_9_TO_5, MONDAY, words) == "Hoy (lunes): 9:00 – 17:00"
