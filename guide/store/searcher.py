"""Pack.search: ranked hits for user text, in two tiers (names, then text), over the FTS5 index."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from guide.store.ranking_sql import (
    CANDIDATES,
    MAX_HITS,
    NAME_SCORE,
    PHONE_SCORE,
    TEXT_SCORE,
    article_language_condition,
    candidates_sql,
    facet_expression,
    kind_conditions,
    ranked_sql,
    tier_sql,
)
from guide.store.search import (
    KINDS,
    NAME_COLUMNS,
    TEXT_COLUMNS,
    SearchHit,
    SearchQuery,
    content_words,
    highlighter,
    phone_expression,
    stemmed_expression,
)

Fetch = Callable[[str, Sequence[object] | dict[str, object]], list[tuple]]
# The indexed words a typed prefix begins (in titles only, or in any column typed words are matched
# against as written), or None for FTS5's prefix query (suggest.Vocabulary.completions).
Completions = Callable[[str, bool], "list[str] | None"]


def _no_completions(prefix: str, titles_only: bool) -> list[str] | None:
    return None


def search(fetch: Fetch, guide_language: str, hotline_id: int, query: SearchQuery,
           completions: Completions = _no_completions) -> list[SearchHit]:
    """Ranked hits for user text; never raises on odd input (it is quoted before MATCH).

    Order (SearchHit.score, lower is better): first, for a query that is a phone number, the
    organizations with a phone that has those digits (whole, or as a start or an end), shortest
    name first; then the hits whose name or title holds every
    word (as written or by its stem), the guide's own hotline first, then articles, organizations and
    links, each shortest title first (the closest name to what was typed); then the hits that match
    only in their text (where "and", "the"... are not required:
    search_terms.FUNCTION_WORDS), articles, organizations and links, each by bm25 (title weighted 10:1).

    Each tier looks at a bounded set of candidates, the first rows in index order (links and
    articles, then organizations by name), so its cost does not grow with the directory: bm25
    over every row a two-letter prefix matches takes several frames on 100 000 organizations.
    A tier runs only when the ones before it leave room.
    """
    terms = query.terms
    kinds = [k for k in query.kinds if k in KINDS and (not query.organizations_only or k == "organization")]
    if not terms or not kinds or query.limit <= 0:
        return []
    limit = min(query.limit, MAX_HITS)
    conditions = kind_conditions(kinds)
    if "article" in kinds:
        conditions.append(article_language_condition(guide_language, query.content_language))
    facets = facet_expression(query)
    if facets is None:
        return []  # a filter value SQLite cannot even hold matches nothing
    words = content_words(terms)
    typed = completions(words[-1], False)
    text = stemmed_expression(words, TEXT_COLUMNS, typed)
    tiers = [(phone_expression(query.text), PHONE_SCORE, 0, ""),
             (stemmed_expression(words, NAME_COLUMNS, completions(words[-1], True)), NAME_SCORE, 1, ""),
             (text, TEXT_SCORE, 0, _ranking_expression(words, typed, text, bool(facets)))]
    hits: list[SearchHit] = []
    rows: list[int] = []
    for expression, score, pinned, ranking in tiers:
        if not expression or len(hits) >= limit:
            continue
        if facets:
            expression = f"({expression}) AND ({facets})"
        # Fewer hits than asked for means the tiers before hold every row they match: leaving out
        # those rows by rowid gives what `NOT (...)` would, without bm25 weighing their words too
        # (30-40 % of a tier's time when a word is common).
        found = [f"rowid NOT IN ({', '.join(map(str, rows))})"] if rows else []
        more, more_rows = _tier(fetch, expression, conditions + found, score, limit - len(hits), terms,
                                pinned=hotline_id if pinned else 0, ranking=ranking)
        hits += more
        rows += more_rows
    return _with_phones(fetch, hits)


def _ranking_expression(words: list[str], typed: list[str] | None, text: str, filtered: bool) -> str:
    """What bm25 should weigh in the text tier when that is less than what it matches ('' when it is
    the same). bm25 first counts the rows of every phrase in the index, whatever the LIMIT: a word
    still being typed that FTS5 reads as a prefix ("transitional h": "h"* is most of 100 000 rows,
    5 of the tier's 6 ms) or a filter's facet words (weight 0, counted all the same) cost more than
    the rest of the query. The word being typed is left out of the ranking when other words are there
    to rank by; the filters always."""
    if typed is None and len(words) > 1:
        return stemmed_expression(words[:-1], TEXT_COLUMNS)
    return text if filtered else ""


def _tier(fetch: Fetch, expression: str, conditions: list[str], score: str, limit: int, terms: list[str],
          pinned: int = 0, ranking: str = "") -> tuple[list[SearchHit], list[int]]:
    """The best ``limit`` hits among the first candidates in index order that match ``expression``,
    and row ``pinned`` if it matches (the hotline stays findable however many names come before it);
    and their rowids. ``ranking``: the candidates are scored (and their snippets cut) by that
    expression instead, in a second query."""
    if ranking and not pinned:
        candidates = fetch(candidates_sql(conditions), {"q": expression, "k": max(CANDIDATES, limit)})
        if not candidates:
            return [], []
        rows = fetch(ranked_sql([row[0] for row in candidates], score), {"q": ranking, "limit": limit})
    else:
        sql = tier_sql(conditions, score, bool(pinned))
        rows = fetch(sql, {"q": expression, "k": max(CANDIDATES, limit), "pinned": pinned, "limit": limit})
    # The snippet is FTS5's choice of fragment; its words are marked here, as the index matched them
    # (stems too, which FTS5 would not mark in `body`): microseconds, where a second MATCH costs frames.
    highlight = highlighter(terms)
    hits = [SearchHit(kind, ref, title, highlight(snippet), float(score))
            for _, kind, ref, title, snippet, score in rows]
    return hits, [int(row[0]) for row in rows]


def _with_phones(fetch: Fetch, hits: list[SearchHit]) -> list[SearchHit]:
    """Organization hits with their main phone in ``extra["phone"]`` (one query for all of them)."""
    ids = [int(hit.ref) for hit in hits if hit.kind == "organization"]
    if not ids:
        return hits
    phones = dict(fetch(f"SELECT id, main_phone FROM organization WHERE id IN ({', '.join(map(str, ids))})", ()))
    for hit in hits:
        if hit.kind == "organization" and phones.get(int(hit.ref)):
            hit.extra["phone"] = phones[int(hit.ref)]
    return hits


def count_articles(fetch: Fetch, text: str, language: str, completions: Completions = _no_completions) -> list[str]:
    """The slugs of the articles written in ``language`` whose title or text match ``text``."""
    from guide.packformat import schema

    words = content_words(SearchQuery(text).terms)
    if not words:
        return []
    low, high = schema.SEARCH_ROWID_RANGES["article"]
    rows = fetch(f"SELECT ref FROM search WHERE search MATCH ? AND rowid BETWEEN {low} AND {high} AND language = ?",
                 (stemmed_expression(words, TEXT_COLUMNS, completions(words[-1], False)), language))
    return [row[0] for row in rows]
