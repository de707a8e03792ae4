"""Search finds what people type (issue #18): phone numbers in any format on any owner's phone, word
forms in English and Spanish, accents either way, no function word required or marked; and when it
finds little, a "did you mean" from the index's own words, the other edition's pages, and what the
filters hide."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support import MINI_SOURCES

from guide.content import check_resources, write_pack
from guide.content.records import Location, OrganizationRecord, PhoneRecord, Service, ServiceAtLocation, Source
from guide.packformat.search_terms import phone_query, phone_tokens, stemmed_text
from guide.store import Pack
from guide.store.search import SearchQuery, snippet_plain

# Each number belongs to a different owner: the organization itself has none.
SERVICE = Service(key="intake", name="Trafficked youth intake", description="Shelters for minors.",
                  phones=(PhoneRecord("(808) 832-1999", "voice", "", False, "", "hsds:test"),),
                  locations=(ServiceAtLocation("office", phones=(PhoneRecord("415.555.0142", "voice", "", False, "",
                                                                             "hsds:test"),)),))
OFFICE = Location(key="office", name="Downtown office",
                  phones=(PhoneRecord("1-888-373-7888", "hotline", "", True, "", "hsds:test"),))
PLACES = OrganizationRecord(
    key="places", name="Harbor Places", alternate_name="", description="Víctimas de tráfico reciben ayuda.",
    categories=("legal",), website="", email="", areas=("HI",), languages=("en",), phones=(), language_note="",
    sources=(Source("Test", "Test directory", None, "https://example.org"),), verified="2026-09-01",
    services=(SERVICE,), locations=(OFFICE,))


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    content = check_resources(MINI_SOURCES)
    built = write_pack(replace(content, organizations=(*content.organizations, PLACES)),
                       tmp_path_factory.mktemp("help") / "help.pack").path
    opened = Pack.open(built)
    yield opened
    opened.close()


def keys(pack: Pack, text: str, **options: str) -> list[str]:
    hits = pack.search(SearchQuery(text, kinds=("organization",), **options))  # type: ignore[arg-type]
    return [org.key for hit in hits if (org := pack.organization(int(hit.ref)))]


@pytest.mark.parametrize("typed", ["(808) 832-1999", "808-832-1999", "8088321999", "18088321999", "808 832 1999",
                                   "832-1999", "1999", "8088", "808832", "373-7888", "8883737888", "373",
                                   "+1 888 373 7888", "4155550142", "555-0142", "0142"])
def test_a_phone_number_in_any_format_finds_the_organization_that_has_it(pack: Pack, typed: str) -> None:
    assert keys(pack, typed)[:1] == ["places"] or "places" in keys(pack, typed)


def test_a_partial_number_must_be_a_start_or_an_end_of_four_digits_or_more(pack: Pack) -> None:
    assert "places" not in keys(pack, "3219")  # inside 808-832-1999, neither its start nor its end
    assert phone_query("55") == "" and phone_query("help 808") == "" and phone_query("1 (888) 373-7888") == "8883737888"
    assert set(phone_tokens("1-888-373-7888")) >= {"888", "373", "7888", "8883737888", "18883737888", "e3737888"}


def test_a_phone_number_hit_comes_first_and_shows_the_main_phone(mini_pack: Path) -> None:
    with Pack.open(mini_pack) as mini:
        rows = mini.organization_rows([mini.organization_id("hotline-one") or 0])
        phone = next(iter(rows.values())).main_phone
        hits = mini.search(SearchQuery(phone))
        assert hits[0].kind == "organization" and hits[0].extra["phone"] == phone


def test_word_forms_meet_in_english_and_spanish(pack: Pack) -> None:
    assert "places" in keys(pack, "minor shelter")  # "minors", "Shelters"
    assert "places" in keys(pack, "trafficking youth")  # "Trafficked"
    assert "places" in keys(pack, "victima trafico")  # "Víctimas de tráfico", accents left out
    assert "places" in keys(pack, "VÍCTIMAS TRÁFICO")
    assert stemmed_text("Las víctimas de la trata", "es") == stemmed_text("victima trata", "es")


def test_function_words_are_neither_required_nor_marked(pack: Pack) -> None:
    hit = pack.search(SearchQuery("shelters of the minors", kinds=("organization",)))[0]
    marked = snippet_plain(hit.snippet)
    assert "[Shelters]" in marked and "[minors]" in marked and "[for]" not in marked


def test_a_misspelling_gets_the_closest_indexed_word_and_its_results(pack: Pack) -> None:
    found = pack.search_answer(SearchQuery("sheltrs"))
    assert found.hits == [] and found.suggestion == "shelters"
    assert "places" in [pack.organization(int(h.ref)).key for h in found.suggested_hits  # type: ignore[union-attr]
                        if h.kind == "organization"]
    assert pack.search_answer(SearchQuery("shelters")).suggestion == ""  # a known word is not corrected
    assert pack.search_answer(SearchQuery("zzqxw")).suggestion == ""  # nothing near


def test_the_other_edition_is_counted_when_it_has_pages_this_one_lacks(tmp_path: Path) -> None:
    from support import RESOURCES

    from guide.content import build_pack

    with Pack.open(build_pack(RESOURCES, tmp_path / "real.pack").path) as real:
        english = real.search_answer(SearchQuery("tráfico", content_language="en"))
        assert english.other_edition == "es" and english.other_edition_count > 0
        assert not [h for h in english.hits if h.kind == "article"]
        spanish = real.search_answer(SearchQuery("tráfico", content_language="es"))
        assert [h for h in spanish.hits if h.kind == "article"] and spanish.other_edition_count == 0


def test_filters_that_hide_every_hit_say_how_many_there_are_without_them(pack: Pack) -> None:
    found = pack.search_answer(SearchQuery("harbor", state="NY"))
    assert found.hits == [] and found.unfiltered_count >= 1
    assert pack.search_answer(SearchQuery("harbor", state="HI")).unfiltered_count == 0


def test_a_pack_without_the_vocabulary_view_gives_no_suggestion_and_no_error(tmp_path: Path, mini_pack: Path) -> None:
    import shutil
    import sqlite3

    copy = tmp_path / "old.pack"
    shutil.copy(mini_pack, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("DROP TABLE search_vocabulary")
    with Pack.open(copy) as old:
        assert old.search_answer(SearchQuery("hotlne")).suggestion == ""


def test_a_typed_prefix_is_spelled_out_as_the_indexed_words_it_begins(pack: Pack) -> None:
    from guide.store.suggest import vocabulary_of

    words = vocabulary_of(pack, pack._fetch_sql)
    assert words.completions("Shelt", titles_only=False) == ["shelters"]  # "Shelters for minors."
    assert words.completions("harb", titles_only=True) == ["harbor"]  # "Harbor Places"
    assert words.completions("shelt", titles_only=True) == []  # in no title: only the stems can match
    assert words.completions("she", titles_only=False) is None  # FTS5's prefix index answers short ones
    for typed in ("shelt", "shelte", "SHELTERS"):
        assert "places" in keys(pack, typed)
    assert "places" in keys(pack, "harbo")


def test_a_prefix_of_more_words_than_are_spelled_out_is_left_to_fts5(tmp_path: Path) -> None:
    from guide.store.suggest import MAX_COMPLETIONS, vocabulary_of

    many = " ".join(f"zorb{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(MAX_COMPLETIONS + 1))
    content = check_resources(MINI_SOURCES)
    built = write_pack(replace(content, organizations=(*content.organizations, replace(PLACES, description=many))),
                       tmp_path / "many.pack").path
    with Pack.open(built) as opened:
        assert vocabulary_of(opened, opened._fetch_sql).completions("zorb", titles_only=False) is None
        assert "places" in keys(opened, "zorb") and "places" in keys(opened, "zorbab")


def test_a_pack_without_the_vocabulary_view_still_finds_prefixes(tmp_path: Path) -> None:
    import sqlite3

    content = check_resources(MINI_SOURCES)
    built = write_pack(replace(content, organizations=(*content.organizations, PLACES)), tmp_path / "old.pack").path
    with sqlite3.connect(built) as connection:
        connection.execute("DROP TABLE search_vocabulary")
    with Pack.open(built) as old:
        assert "places" in keys(old, "shelte") and "places" in keys(old, "harbo")


def _text_pack(path: Path, descriptions: dict[str, tuple[str, str]]) -> Path:
    """The mini guide plus organizations named after their key (no shared name words), each with
    (area, description)."""
    content = check_resources(MINI_SOURCES)
    extra = tuple(replace(PLACES, key=key, name=f"Org {key}", description=text, areas=(area,), services=(),
                          locations=()) for key, (area, text) in descriptions.items())
    return write_pack(replace(content, organizations=(*content.organizations, *extra)), path).path


def test_a_state_filter_keeps_the_order_of_the_hits_it_keeps(tmp_path: Path) -> None:
    built = _text_pack(tmp_path / "order.pack", {
        "alpha": ("HI", "Mentors for youth; youth clubs; youth camps."), "bravo": ("TX", "Youth meals and more."),
        "charlie": ("HI", "Youth clubs and a food bank for families."), "delta": ("US", "Youth hotline for youth."),
    })
    with Pack.open(built) as opened:
        everywhere = keys(opened, "youth")
        assert everywhere[:2] == ["alpha", "delta"] and set(everywhere) >= {"bravo", "charlie"}
        assert keys(opened, "youth", state="HI") == [key for key in everywhere if key != "bravo"]


def test_a_word_still_being_typed_must_match_and_the_words_before_it_rank(tmp_path: Path) -> None:
    built = _text_pack(tmp_path / "typing.pack", {
        "alpha": ("HI", "Mentors for youth; youth clubs; youth shelter."), "bravo": ("HI", "A youth shelter."),
        "charlie": ("HI", "Youth clubs and a food bank for youth."), "delta": ("HI", "A shelter for families."),
    })
    with Pack.open(built) as opened:
        for typed in ("youth s", "youth sh", "youth she"):
            assert keys(opened, typed) == ["alpha", "bravo"], typed


def test_preparing_search_reads_the_words_once_and_never_raises(tmp_path: Path, mini_pack: Path) -> None:
    import shutil

    from guide.store.suggest import vocabulary_of

    with Pack.open(mini_pack) as opened:
        opened.prepare_search()
        words = vocabulary_of(opened, opened._fetch_sql)
        opened.prepare_search()
        assert vocabulary_of(opened, opened._fetch_sql) is words and words.completions("hotl", False) == ["hotline", "hotlines"]
    copy = tmp_path / "gone.pack"
    shutil.copy(mini_pack, copy)
    opened = Pack.open(copy)
    copy.write_bytes(b"not a pack any more")
    opened.prepare_search()  # the first search reports it
    opened.close()
