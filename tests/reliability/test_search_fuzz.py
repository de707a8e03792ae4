"""Hypothesis-generated text typed into the real search field: the worker answers, the results view
shows hits or its empty state, and no exception reaches Qt."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from guide.ui.window import MainWindow

HOSTILE = ['"', "NEAR(", "a OR", "*", "^x", "col:hotline", "AND NOT", "\x00", "‮evil", "👩‍👩‍👧", "x" * 5000,
           "hotline", "trafficking*", "'; DROP TABLE article; --"]



@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE),
                      st.lists(st.sampled_from(HOSTILE + ["legal", "Texas", "signs"]), max_size=4).map(" ".join)))
@example(text="hotline")
def test_typed_text_gives_hits_or_the_empty_state(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = window.search_field
    field.clear()
    if not text.strip():
        field.insert(text)
        assert window.pages.currentWidget() is not window.router.page("search")  # blank text: back to the page
        return
    with qtbot.waitSignal(window.searching.controller.results, timeout=10_000,
                          check_params_cb=lambda answered, _hits: answered == field.text()):
        field.insert(text)  # as typed (or pasted) by the user
    page = window.router.page("search")
    assert window.pages.currentWidget() is page
    hits = page.hits()
    groups = page.model.rowCount()
    assert (groups > 0) == bool(hits)
    assert page.summary.text().startswith(f"{len(hits)} result")  # "0 results for …" is the empty state
    if text == "hotline":
        assert hits  # the fixture's hotline is found: the field really searches
