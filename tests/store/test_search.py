"""The one search function (CLI and UI): ranked hits, filters, snippets, and no input that breaks it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide.store import Pack
from guide.store.directory import OrganizationFilter
from guide.store.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    KINDS,
    SearchHit,
    SearchQuery,
    snippet_html,
    snippet_plain,
)

HOSTILE_QUERIES = [
    '"', '""', '"unclosed', "'", "AND", "OR", "NOT", "NEAR", "hotline AND", "OR hotline", "NOT hotline",
    "NEAR(hotline legal, 2)", "hotline NEAR/2 legal", "*", "traff*", "*traff", "^hotline", "title:hotline",
    "title : hotline", ":", "(", ")", "((hotline)", "hotline)", "{title body}: hotline", "-hotline", "+hotline",
    "\U0001F600", "help \U0001F198 line", "\u202e", "\x00", "\x02\x03", "\\", "%", "_", "; DROP TABLE article; --",
    "' OR 1=1 --", "\ud800", "\udcff hotline", " " * 50, "", "a" * 10_000, "hotline " * 2_000,
    ("trafficking \U0001F600 " * 700)[:10_240],
]


@pytest.fixture(scope="module")
def pack(mini_pack: Path) -> Pack:
    opened = Pack.open(mini_pack)
    yield opened
    opened.close()


def refs(hits: list[SearchHit]) -> list[tuple[str, str]]:
    return [(h.kind, h.ref) for h in hits]


def test_prefix_matching_while_typing(pack: Pack) -> None:
    for typed in ("traff", "traffi", "trafficking"):
        assert ("article", "intro") in refs(pack.search(SearchQuery(typed)))


def test_every_word_must_match(pack: Pack) -> None:
    assert refs(pack.search(SearchQuery("legal california"))) == [("organization", str(_org_id(pack, "legal-aid-ca")))]
    assert pack.search(SearchQuery("legal zanzibar")) == []


def test_title_matches_rank_first(pack: Pack) -> None:
    hits = pack.search(SearchQuery("signs"))
    assert refs(hits)[0] == ("article", "signs")
    assert [h.score for h in hits] == sorted(h.score for h in hits)  # bm25: lower is better


def test_diacritics_and_case_do_not_matter(pack: Pack) -> None:
    assert refs(pack.search(SearchQuery("TRÁFFICKING"))) == refs(pack.search(SearchQuery("trafficking")))


def test_kind_filter(pack: Pack) -> None:
    for kind in KINDS:
        hits = pack.search(SearchQuery("trafficking hotline legal report", kinds=(kind,)))
        assert all(h.kind == kind for h in hits)
    assert {h.kind for h in pack.search(SearchQuery("report", kinds=("link",)))} == {"link"}
    assert pack.search(SearchQuery("trafficking", kinds=())) == []


def test_state_filter_includes_nationwide_organizations(pack: Pack) -> None:
    assert refs(pack.search(SearchQuery("texas", state="TX"))) == [("organization", str(_org_id(pack, "texas-line")))]
    assert refs(pack.search(SearchQuery("national", state="TX"))) == [("organization", str(_org_id(pack, "hotline-one")))]
    assert pack.search(SearchQuery("texas", state="NY")) == []


def test_category_and_language_filters(pack: Pack) -> None:
    assert {h.ref for h in pack.search(SearchQuery("legal", category="legal"))} == {str(_org_id(pack, "legal-aid-ca"))}
    assert {h.ref for h in pack.search(SearchQuery("legal", language="vi"))} == {str(_org_id(pack, "legal-aid-ca"))}
    assert pack.search(SearchQuery("legal", language="ko")) == []


def test_filters_leave_only_organizations(pack: Pack) -> None:
    hits = pack.search(SearchQuery("help", state="CA"))
    assert hits and all(h.kind == "organization" for h in hits)


def test_search_finds_languages_by_name(pack: Pack) -> None:
    assert str(_org_id(pack, "legal-aid-ca")) in {h.ref for h in pack.search(SearchQuery("vietnamese"))}


def test_snippets_mark_the_matches(pack: Pack) -> None:
    hit = pack.search(SearchQuery("coerc"))[0]
    assert f"{HIGHLIGHT_START}coercion{HIGHLIGHT_END}" in hit.snippet
    assert "[coercion]" in snippet_plain(hit.snippet)
    assert "<b>coercion</b>" in snippet_html(hit.snippet)


def test_snippet_html_escapes_the_text_around_the_marks() -> None:
    snippet = f"<script>{HIGHLIGHT_START}x{HIGHLIGHT_END} & \"y\""
    assert snippet_html(snippet) == "&lt;script&gt;<b>x</b> &amp; &quot;y&quot;"


def test_limit(pack: Pack) -> None:
    assert len(pack.search(SearchQuery("e", limit=2))) == 2
    assert pack.search(SearchQuery("trafficking", limit=0)) == []
    assert pack.search(SearchQuery("trafficking", limit=-5)) == []
    assert pack.search(SearchQuery("trafficking", limit=10**30))


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=lambda q: repr(q[:20]))
def test_hostile_query_text_means_only_its_words(pack: Pack, query: str) -> None:
    # FTS5's syntax (quotes, AND/OR/NOT/NEAR, *, ^, column:) must reach it as plain words: a hostile
    # query finds what its words alone find, and the directory's two read paths agree on it.
    words = " ".join(re.findall(r"[^\W_]+", query))
    hits = pack.search(SearchQuery(query))
    assert all(isinstance(h, SearchHit) and h.kind in KINDS for h in hits)
    assert refs(hits) == refs(pack.search(SearchQuery(words)))
    ids = pack.organization_ids(OrganizationFilter(text=query))
    if query.strip() and not words:  # only marks: nothing to match (an empty filter would list everyone)
        assert hits == [] and ids == []
    else:
        assert ids == pack.organization_ids(OrganizationFilter(text=words))
    assert pack.organization_count(OrganizationFilter(text=query)) == len(ids)


def test_fts_operators_are_plain_words(pack: Pack) -> None:
    # "hotline NOT legal" would exclude legal aid if NOT reached FTS5 as an operator; here it is a word
    # that must also match, and nothing in the fixture contains a word starting with "not".
    assert pack.search(SearchQuery("hotline NOT legal")) == []
    assert refs(pack.search(SearchQuery('"texas" OR'))) == refs(pack.search(SearchQuery("texas or")))


@pytest.mark.parametrize("value", ["\udcff", "X' OR '1'='1", "TX'; DROP TABLE organization; --", "\x00", "ZZ"])
def test_hostile_filter_values_are_only_values(pack: Pack, value: str) -> None:
    nationwide = [_org_id(pack, "hotline-one")]  # an unknown state still gets the organizations serving all the US
    assert pack.organization_ids(OrganizationFilter(state=value)) in ([], nationwide)
    assert refs(pack.search(SearchQuery("texas", state=value))) == []
    assert pack.search(SearchQuery("texas", category=value)) == []
    assert pack.search(SearchQuery("texas", language=value)) == []
    assert pack.organization_count(OrganizationFilter(category=value)) == 0
    assert pack.organization_count() == 4


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200) | st.lists(st.sampled_from(
    ['"', "'", "AND", "OR", "NOT", "NEAR", "*", ":", "(", ")", "^", "-", "+", "{", "}", "traff", "hotline",
     "\U0001F600", " ", "\u0301", "\x00"]), max_size=20).map(" ".join),
       kinds=st.lists(st.sampled_from(KINDS + ("other", "x'y")), max_size=3).map(tuple),
       state=st.sampled_from(["", "TX", "CA", "US", "zz", "'"]))
def test_any_query_gives_results_or_none(pack: Pack, text: str, kinds: tuple[str, ...], state: str) -> None:
    hits = pack.search(SearchQuery(text, kinds=kinds, state=state))
    assert all(h.kind in kinds for h in hits)
    assert len({(h.kind, h.ref) for h in hits}) == len(hits)  # no row in both tiers
    assert [h.score for h in hits] == sorted(h.score for h in hits)
    ids = pack.organization_ids(OrganizationFilter(text=text, state=state))
    assert len(ids) == pack.organization_count(OrganizationFilter(text=text, state=state))


def _org_id(pack: Pack, key: str) -> int:
    org_id = pack.organization_id(key)
    assert org_id is not None
    return org_id


def test_a_hit_found_by_its_name_shows_the_typed_word_marked_in_its_text(pack: Pack) -> None:
    hit = pack.search(SearchQuery("hotl", kinds=("organization",)))[0]
    assert hit.title.startswith("Test Hotline")
    assert "\x02hotline\x03" in hit.snippet.lower()


def test_highlight_terms_folds_case_and_accents_like_the_index() -> None:
    from guide.store.search import highlight_terms

    marked = highlight_terms("Tráfico o trata: la línea HOTLINE, hot dogs", ["trafico", "hot"])
    assert marked == "\x02Tráfico\x03 o trata: la línea \x02HOTLINE\x03, \x02hot\x03 dogs"
    # "legality" is Snowball's "legal" too, as the index matches it; "and" is never marked but last.
    assert highlight_terms("Legal aid and legality", ["legal", "ai"]) == \
        "\x02Legal\x03 \x02aid\x03 and \x02legality\x03"
    assert highlight_terms("sex trafficking of a minor", ["sex", "trafficking", "of", "minors"]) == \
        "\x02sex\x03 \x02trafficking\x03 of a \x02minor\x03"


def test_an_organization_found_by_its_category_shows_its_description_not_a_list_of_labels(pack: Pack) -> None:
    hits = {hit.title: hit for hit in pack.search(SearchQuery("hotlines", kinds=("organization",)))}
    texas = hits["Texas Crisis Line"]  # found: "Hotlines" is its category's label
    assert texas.snippet.startswith("A crisis line for Texas") and "Hotlines" not in texas.snippet


def test_an_organization_found_by_its_other_name_is_shown_by_its_name(pack: Pack) -> None:
    hit = pack.search(SearchQuery("THL", kinds=("organization",)))[0]
    assert hit.ref == str(pack.organization_id("hotline-one")) and hit.title == "Test Hotline"


def test_a_row_found_by_its_name_is_not_found_again_by_its_text(pack: Pack) -> None:
    hits = pack.search(SearchQuery("hotline"))
    by_name = [h for h in hits if h.score < 10_000]  # the names tier's scores stay below the text tier's
    by_text = [h for h in hits if h.score >= 10_000]
    assert by_name and by_text
    assert hits == by_name + by_text
    assert not {(h.kind, h.ref) for h in by_name} & {(h.kind, h.ref) for h in by_text}
    assert len({(h.kind, h.ref) for h in hits}) == len(hits)


def test_a_text_match_need_not_hold_the_small_words(pack: Pack) -> None:
    """"help and survivors": the description says "legal help for survivors", with no "and"."""
    hits = pack.search(SearchQuery("help and survivors", kinds=("organization",)))
    assert [hit.ref for hit in hits] == [str(_org_id(pack, "legal-aid-ca"))]
    assert "\x02help\x03" in hits[0].snippet and "\x02survivors\x03" in hits[0].snippet
    # ...but the last word is always required: it may be the start of a word still being typed.
    assert pack.search(SearchQuery("help survivors and", kinds=("organization",))) == []


def test_content_words_drop_function_words_but_never_the_last() -> None:
    from guide.store.search import content_words

    assert content_words(["drop", "in", "center"]) == ["drop", "center"]
    assert content_words(["Trata", "DE", "personas"]) == ["Trata", "personas"]
    assert content_words(["help", "and"]) == ["help", "and"]
    assert content_words(["the"]) == ["the"]
