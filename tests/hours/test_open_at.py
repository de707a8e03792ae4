"""Open or closed at an instant, in the place's own time zone, from its weekly schedules."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from guide.hours.open_at import open_state
from guide.packformat.directory_values import Schedule

NEW_YORK = ZoneInfo("America/New_York")
HONOLULU = ZoneInfo("Pacific/Honolulu")
WEEKDAYS_9_TO_5 = [Schedule(day, "09:00", "17:00") for day in range(1, 6)]


def at(text: str, zone: ZoneInfo) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def test_open_during_the_day_and_closed_after_with_the_next_opening() -> None:
    wednesday_noon = at("2026-12-02T12:00", NEW_YORK)
    state = open_state(WEEKDAYS_9_TO_5, wednesday_noon, NEW_YORK)
    assert state.open is True and state.until == at("2026-12-02T17:00", NEW_YORK)
    friday_evening = at("2026-12-04T17:00", NEW_YORK)  # closing time itself is closed
    state = open_state(WEEKDAYS_9_TO_5, friday_evening, NEW_YORK)
    assert state.open is False and state.next_opening == at("2026-12-07T09:00", NEW_YORK)  # Monday


def test_the_same_instant_is_read_on_each_place_s_own_clock() -> None:
    instant = datetime.fromisoformat("2026-12-02T21:00+00:00")  # 4 pm in New York, 11 am in Honolulu
    assert open_state(WEEKDAYS_9_TO_5, instant, NEW_YORK).open is True
    assert open_state(WEEKDAYS_9_TO_5, instant, HONOLULU).open is True
    later = datetime.fromisoformat("2026-12-02T23:00+00:00")  # 6 pm in New York, 1 pm in Honolulu
    assert open_state(WEEKDAYS_9_TO_5, later, NEW_YORK).open is False
    assert open_state(WEEKDAYS_9_TO_5, later, HONOLULU).open is True


def test_hours_that_cross_midnight_hold_into_the_next_morning() -> None:
    friday_night = [Schedule(5, "22:00", "02:00")]
    assert open_state(friday_night, at("2026-12-04T23:30", NEW_YORK), NEW_YORK).open is True
    saturday_early = open_state(friday_night, at("2026-12-05T01:30", NEW_YORK), NEW_YORK)
    assert saturday_early.open is True and saturday_early.until == at("2026-12-05T02:00", NEW_YORK)
    assert open_state(friday_night, at("2026-12-05T02:30", NEW_YORK), NEW_YORK).open is False
    assert open_state(friday_night, at("2026-12-04T21:00", NEW_YORK), NEW_YORK).open is False


def test_around_the_clock_has_no_closing_time() -> None:
    always = [Schedule(day, "00:00", "24:00") for day in range(1, 8)]
    state = open_state(always, at("2026-12-06T03:00", NEW_YORK), NEW_YORK)
    assert state.open is True and state.until is None
    also_always = [Schedule(day, "00:00", "00:00") for day in range(1, 8)]
    assert open_state(also_always, at("2026-12-06T03:00", NEW_YORK), NEW_YORK) == state


def test_a_day_on_which_the_clocks_change_keeps_its_wall_clock_hours() -> None:
    # 8 March 2026: clocks in New York go from 2:00 to 3:00 am; hours 01:00-04:00 are 2 real hours.
    sunday = [Schedule(7, "01:00", "04:00")]
    assert open_state(sunday, datetime.fromisoformat("2026-03-08T07:30+00:00"), NEW_YORK).open is True  # 3:30 EDT
    assert open_state(sunday, datetime.fromisoformat("2026-03-08T08:30+00:00"), NEW_YORK).open is False  # 4:30 EDT
    monday = [Schedule(1, "09:00", "17:00")]
    opening = open_state(monday, at("2026-03-08T12:00", NEW_YORK), NEW_YORK).next_opening
    assert opening is not None and opening.utcoffset() == at("2026-03-09T09:00", NEW_YORK).utcoffset()
    assert opening.astimezone(ZoneInfo("UTC")).hour == 13  # 9 am EDT, not 9 am EST (14:00 UTC)


def test_no_hours_is_unknown_never_closed() -> None:
    assert open_state([], at("2026-12-02T12:00", NEW_YORK), NEW_YORK).open is None
    text_only = [Schedule(0, "", "", text="Call for hours")]
    assert open_state(text_only, at("2026-12-02T12:00", NEW_YORK), NEW_YORK).open is None


def test_a_holiday_closes_a_day_that_is_otherwise_open() -> None:
    christmas = [*WEEKDAYS_9_TO_5, Schedule(0, "", "", closed=True, valid_from="2026-12-25", valid_to="2026-12-25")]
    state = open_state(christmas, at("2026-12-25T12:00", NEW_YORK), NEW_YORK)  # a Friday
    assert state.open is False and state.next_opening == at("2026-12-28T09:00", NEW_YORK)
    assert open_state(christmas, at("2026-12-24T12:00", NEW_YORK), NEW_YORK).open is True


def test_a_weekday_marked_closed_and_a_schedule_out_of_its_dates() -> None:
    closed_monday = [Schedule(1, "", "", closed=True), Schedule(2, "09:00", "12:00")]
    assert open_state(closed_monday, at("2026-11-30T10:00", NEW_YORK), NEW_YORK).open is False
    summer_only = [Schedule(3, "09:00", "17:00", valid_from="2026-06-01", valid_to="2026-08-31")]
    assert open_state(summer_only, at("2026-12-02T12:00", NEW_YORK), NEW_YORK).open is False
    assert open_state(summer_only, at("2026-07-01T12:00", NEW_YORK), NEW_YORK).open is True
