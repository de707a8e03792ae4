"""The SQL pieces of Pack.search: the two tiers' scores, and the conditions for kinds, filters and
the articles' language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from guide.packformat import schema as m
from guide.store.sqlite_file import storable

if TYPE_CHECKING:
    from guide.store.search import SearchQuery

MAX_HITS = 10_000  # a limit beyond SQLite's 64-bit integers would raise OverflowError
# Search ranks at most this many candidates per tier (see Pack.search); benchmarks/README.md has
# the figures that chose it.
CANDIDATES = 300
KIND_RANK = "(CASE kind WHEN 'article' THEN 0 WHEN 'organization' THEN 1 ELSE 2 END)"
# Scores of the two search tiers (see Pack.search). Each part is clipped below the step of the part
# before it, so the sum orders hits exactly as the description there says.
NAME_SCORE = f"(CASE WHEN rowid = :pinned THEN -1 ELSE {KIND_RANK} END) * 1000.0 + min(length(title), 999)"
PHONE_SCORE = "-10000.0 + min(length(title), 999)"  # only organizations have phones
# bm25's weights by column (guide.packformat.schema): a title's words count ten times the text's, as
# written and as stems alike (a word as written matches both, so it ranks above its other forms).
TEXT_SCORE = (f"10000.0 + {KIND_RANK} * 1000.0 + "
              "max(bm25(search, 0.0, 0.0, 10.0, 1.0, 0.0, 0.0, 0.5, 0.0, 10.0, 1.0, 2.0), -999.0)")


def facet_expression(query: SearchQuery) -> str | None:
    """The FTS5 expression for the query's state, category and language filters ('' for none; None
    for a value that cannot be stored, which matches nothing)."""
    values = (query.state, query.category, query.language)
    if not all(storable(value) for value in values):
        return None
    parts = []
    if query.state:  # organizations serving the state, nationwide ones included
        parts.append(f'"{m.facet_token("a", query.state)}" OR "{m.facet_token("a", "US")}"')
    if query.category:
        parts.append(f'"{m.facet_token("c", query.category)}"')
    if query.language:
        parts.append(f'"{m.facet_token("l", query.language)}"')
    return " AND ".join(f"facets : ({part})" for part in parts)


def kind_conditions(kinds: Sequence[str]) -> list[str]:
    """SQL conditions on the search table that keep only ``kinds`` (known kind names)."""
    from guide.store.search import KINDS

    if set(kinds) >= set(KINDS):
        return []
    ranges = [m.SEARCH_ROWID_RANGES[kind] for kind in kinds]
    low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    conditions = [f"rowid BETWEEN {low} AND {high}"]
    if any(low <= m.SEARCH_ROWID_RANGES[kind][0] <= high for kind in set(KINDS) - set(kinds)):
        conditions.append("kind IN (" + ", ".join(f"'{kind}'" for kind in kinds) + ")")
    return conditions



def article_language_condition(guide_language: str, language: str) -> str:
    """Article rows in ``language``, or in the guide's own where an article has no such translation.
    Only article rows read the language column: the rowid test settles every other row first."""
    base = guide_language if is_code(guide_language) else "en"
    language = language if is_code(language) else base  # inlined below, so letters only
    low, high = m.SEARCH_ROWID_RANGES["article"]
    keep = f"language = '{base}'"
    if language != base:
        keep = (f"(language = '{language}' OR ({keep} AND ref NOT IN "
                f"(SELECT slug FROM article WHERE language = '{language}')))")
    return f"(rowid NOT BETWEEN {low} AND {high} OR {keep})"


def is_code(language: str) -> bool:
    return 0 < len(language) <= 8 and language.isascii() and language.isalpha()


# The snippet comes from the text (column 3): it shows the matches there, or else how the text begins.
_HIT_COLUMNS = "rowid, kind, ref, shown, snippet(search, 3, char(2), char(3), '…', 16) AS snippet"


def tier_sql(conditions: Sequence[str], score: str, pinned: bool) -> str:
    """One tier's query: the best ``:limit`` of the first ``:k`` rows matching ``:q`` and
    ``conditions``, scored by ``score``, with row ``:pinned`` added if it matches (when ``pinned``)."""
    where = " AND ".join(["search MATCH :q", *conditions])
    columns = f"{_HIT_COLUMNS}, {score} AS score"
    sql = f"SELECT rowid, kind, ref, shown, snippet, score FROM (SELECT {columns} FROM search WHERE {where} LIMIT :k)"
    if pinned:
        sql += f" UNION SELECT {columns} FROM search WHERE {where} AND rowid = :pinned"
    return sql + " ORDER BY score LIMIT :limit"


def candidates_sql(conditions: Sequence[str]) -> str:
    """The rowids of the first ``:k`` rows matching ``:q`` and ``conditions``, in index order (no
    ranking function, so FTS5 counts nothing over the whole index)."""
    return " ".join(["SELECT rowid FROM search WHERE", " AND ".join(["search MATCH :q", *conditions]), "LIMIT :k"])


def ranked_sql(rowids: Sequence[int], score: str) -> str:
    """The best ``:limit`` of ``rowids`` scored by ``score`` against ``:q``. ``+rowid``: not a rowid
    lookup FTS5 would run once per row (counting every phrase's rows again each time), but a test of
    each row ``:q`` matches."""
    return (f"SELECT {_HIT_COLUMNS}, {score} AS score FROM search WHERE search MATCH :q "
            f"AND +rowid IN ({', '.join(map(str, rowids))}) ORDER BY score LIMIT :limit")
