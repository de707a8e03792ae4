"""Near a ZIP code and open now, through `search --near` on a real pack with real ZIP centroids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide.cli import main
from guide.nearby.distance import miles_between
from guide.nearby.zip_points import zip_point
from support import write_near_pack

@pytest.fixture(scope="module")
def near_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_near_pack(tmp_path_factory.mktemp("near") / "near.pack")


def search(capsys: pytest.CaptureFixture[str], pack: Path, *argv: str) -> tuple[int, object, str]:
    code = main(["search", "--pack", str(pack), *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in argv and code == 0 else out), err


def test_zip_to_zip_distances_match_known_figures() -> None:
    def between(a: str, b: str) -> float:
        pa, pb = zip_point(a), zip_point(b)
        return miles_between(pa.latitude, pa.longitude, pb.latitude, pb.longitude)

    # Great-circle figures for the city pairs: New York to Los Angeles about 2,450 miles, Washington
    # to Baltimore about 35, Honolulu to New York about 4,960.
    assert 2430 < between("10001", "90001") < 2470
    assert 30 < between("20001", "21201") < 40
    assert 4930 < between("96813", "10001") < 4990


def test_places_come_nearest_first_with_distance_and_the_area_served_apart(
        near_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, hits, _ = search(capsys, near_pack, "--near", "96813", "--within", "30", "--json")
    assert code == 0 and isinstance(hits, list)
    places = [h for h in hits if not h["serves_area"]]
    assert [h["title"] for h in places] == ["Honolulu Outreach", "Kailua Youth House"]
    assert places[0]["distance_miles"] < places[1]["distance_miles"] < 30
    assert places[0]["approximate"] is False and places[1]["approximate"] is True
    serving = {h["title"] for h in hits if h["serves_area"]}
    assert "Hawaii Statewide Legal Line" in serving and "Ohio Statewide Line" not in serving
    assert "Honolulu County Youth Line" in serving  # its service's area, in its own words, covers the ZIP
    assert all(h["distance_miles"] is None for h in hits if h["serves_area"])
    assert "Manhattan Drop-in" not in {h["title"] for h in hits}
    _, new_york, _ = search(capsys, near_pack, "--near", "10001", "--within", "5", "--json")
    assert isinstance(new_york, list) and "Honolulu County Youth Line" not in {h["title"] for h in new_york}


def test_the_radius_edge(near_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre, kailua = zip_point("96813"), zip_point("96734")
    edge = miles_between(centre.latitude, centre.longitude, kailua.latitude, kailua.longitude)
    _, inside, _ = search(capsys, near_pack, "--near", "96813", "--within", f"{edge + 0.05:.3f}", "--json")
    _, outside, _ = search(capsys, near_pack, "--near", "96813", "--within", f"{edge - 0.05:.3f}", "--json")
    assert isinstance(inside, list) and isinstance(outside, list)
    assert "Kailua Youth House" in {h["title"] for h in inside}
    assert "Kailua Youth House" not in {h["title"] for h in outside}


def test_open_at_reads_each_place_on_its_own_clock(near_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 10 am on a Wednesday in Honolulu: open (weekdays 9 to 5); 6 pm in New York: closed.
    _, hits, _ = search(capsys, near_pack, "--near", "96813", "--within", "5", "--open-at", "2026-12-02T10:00",
                        "--json")
    assert isinstance(hits, list)
    assert {h["title"]: h["open"] for h in hits if not h["serves_area"]} == {"Honolulu Outreach": True}
    _, evening, _ = search(capsys, near_pack, "--near", "10001", "--within", "5", "--open-at", "2026-12-02T18:00",
                           "--json")
    assert isinstance(evening, list)
    assert not any(h["title"] == "Manhattan Drop-in" for h in evening)  # closed then, and only open places kept


def test_hours_unknown_is_never_closed(near_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, hits, _ = search(capsys, near_pack, "--near", "96813", "--within", "30", "--json")
    assert isinstance(hits, list)
    kailua = next(h for h in hits if h["title"] == "Kailua Youth House")
    assert kailua["open"] is None and kailua["opens"] == "" and kailua["closes"] == ""


def test_an_empty_query_is_allowed_with_near_and_a_text_query_narrows(
        near_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, hits, _ = search(capsys, near_pack, "youth", "--near", "96813", "--within", "30", "--json")
    assert isinstance(hits, list)
    assert [h["title"] for h in hits if not h["serves_area"]] == ["Kailua Youth House"]


@pytest.mark.parametrize(("argv", "message"), [
    (("--near", "9681"), "'9681' is not a ZIP code"),
    (("--near", "00000"), "00000 is not a known U.S. ZIP code"),
    (("--near", "96813", "--open-at", "tomorrow"), "'tomorrow' is not a time"),
    (("--near", "96813", "--within", "-3"), "more than 0 miles"),
    (("--open-now",), "need --near ZIP"),
])
def test_a_bad_zip_time_or_distance_is_one_line(near_pack: Path, capsys: pytest.CaptureFixture[str],
                                               argv: tuple[str, ...], message: str) -> None:
    code, out, err = search(capsys, near_pack, *argv)
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_filter_alone_lists_the_organizations_that_pass_it(near_pack: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, hits, _ = search(capsys, near_pack, "--state", "OH", "--json")
    assert code == 0 and isinstance(hits, list)
    titles = [h["title"] for h in hits]
    assert "Ohio Statewide Line" in titles and "Hawaii Statewide Legal Line" not in titles
    assert titles == sorted(titles, key=str.casefold)
    code, _, err = search(capsys, near_pack)
    assert code == 2 and "give words to search for" in err


def test_the_handout_lists_what_is_near_with_the_hotline_and_fits_two_pages(
        near_pack: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from support import page_sizes_pt, page_texts, squeeze

    for size, points in (("letter", (612, 792)), ("a4", (595, 842))):
        out = tmp_path / f"near-{size}.pdf"
        code = main(["export", "--pack", str(near_pack), "--near", "96813", "--within", "30", "--page-size", size,
                     "--out", str(out)])
        assert code == 0, capsys.readouterr().err
        pages = page_texts(out)
        assert 1 <= len(pages) <= 2 and set(page_sizes_pt(out)) == {points}
        printed = squeeze(" ".join(pages))
        for expected in ("Helpnear96813(Honolulu,HI)", "HonoluluOutreach", "KailuaYouthHouse",
                         "(approximate)", "HawaiiStatewideLegalLine", "callbeforeyougo", "Whereto gethelp"):
            assert squeeze(expected) in printed, expected
        assert "ManhattanDrop-in" not in printed and "OhioStatewideLine" not in printed
        assert squeeze("Hours unknown") in printed  # Kailua has no hours: never "closed"
    capsys.readouterr()


def test_the_handout_refuses_a_bad_zip_in_one_line(near_pack: Path, capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    code = main(["export", "--pack", str(near_pack), "--near", "ABCDE", "--out", str(tmp_path / "x.pdf")])
    _, err = capsys.readouterr()
    assert code == 1 and "not a ZIP code" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("flt", [
    {"text": "youth"}, {"text": "yo"}, {"text": "line"}, {"state": "HI"}, {"state": "OH", "text": "line"},
    {"open_24_7": True}, {"has_text": True}, {"text": "line", "open_24_7": True}, {"text": "no-such-word-here"}, {"text": "!!!"}, {"category": "\x00"},
])
def test_a_filter_near_a_zip_keeps_just_those_of_the_unfiltered_answer_that_pass_it(
        near_pack: Path, flt: dict[str, object]) -> None:
    # The filter is tested inside the near-me queries: the answer must be the unfiltered one's
    # places and those serving the area, in the same order, less the ones the filter leaves out.
    from guide.operations.nearby import find_nearby
    from guide.store import Pack
    from guide.store.directory import OrganizationFilter

    chosen = OrganizationFilter(**flt)  # type: ignore[arg-type]
    with Pack.open(near_pack) as pack:
        passing = set(pack.organization_ids(chosen))
        for zip_code in ("96813", "10001", "43215"):
            wide = find_nearby(pack, zip_code, 3000.0, limit=1000)
            narrow = find_nearby(pack, zip_code, 3000.0, chosen, limit=1000)
            assert narrow.places == tuple(h for h in wide.places if h.organization_id in passing)
            if not chosen.state:  # a state filter asks those serving that state, not the ZIP's
                assert narrow.serving == tuple(h for h in wide.serving if h.organization_id in passing)
