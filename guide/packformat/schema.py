"""The pack's schema facts that the read path needs, in plain Python (no SQLAlchemy).

The tables themselves are SQLAlchemy models in ``guide.packformat.models``, which the compiler writes
through; the store reads with the stdlib ``sqlite3`` and imports only this module, so that opening
the app does not load SQLAlchemy (about 300 ms of imports).
"""

from __future__ import annotations

# Bump when the tables change; the store refuses packs of any other version.
SCHEMA_VERSION = 7

# The FTS5 index is a virtual table SQLAlchemy cannot model; its DDL lives here beside the models' facts.
# kind: article | organization | link; ref: slug / organization id / link id.
# Columns after `ref` are indexed; weights for bm25 are in guide.store.ranking_sql.
# Row ids: an organization's rowid is its id (> 0), so the organizations page can filter by text
# with `rowid IN (... MATCH ...)` and no join; articles and links get negative row ids, so a scan in
# rowid order meets them before any organization. Organization ids follow name order (the build
# numbers them by sort_name, key), so FTS5's natural rowid order is the table's default order.
# Prefix indexes for 1, 2 and 3 characters: while typing, every keystroke is a prefix query, and
# without an index FTS5 merges the posting lists of every term the prefix matches.
# language (last, so bm25's column weights keep their places): an article row's language; ''
# for organizations and links, whose one row holds every language's text. remove_diacritics 2
# folds accents, so "trafico" finds "tráfico".
# facets: an organization's areas, categories and languages as made-up words (facet_token), so a
# search with a state filter is one FTS5 query that skips through both posting lists, instead of
# reading every text match to test it against the state. User text never searches this column.
# keywords: an organization's category labels, areas and language names, searchable like its text
# but kept out of `body`, whose snippet is what the results show (a list of labels reads badly there).
# shown: the title a hit shows (an organization's name alone: `title` also holds its other name, so
# that "NHTH" finds it), so no search needs a second query to name its hits.
# stems_title, stems_text: the title's and the text's (body and keywords) words as Snowball stems in
# their language, folded, function words left out (guide.packformat.search_terms): what a query's
# whole words are matched against, so that word forms meet. The plain columns stay for the word being
# typed (a prefix) and for snippets, which FTS5 cuts from `body`.
# phones: every phone number of an organization, its services and locations, as groups, whole digits
# and ends (search_terms.phone_tokens), so a number typed in any format finds its owner.
SEARCH_TABLE_DDL = (
    "CREATE VIRTUAL TABLE search USING fts5("
    "kind UNINDEXED, ref UNINDEXED, title, body, language UNINDEXED, facets, keywords, shown UNINDEXED, "
    "stems_title, stems_text, phones, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
# The index's own words, for "did you mean" (guide.store.suggest): a view FTS5 keeps of its terms.
SEARCH_VOCABULARY_DDL = "CREATE VIRTUAL TABLE search_vocabulary USING fts5vocab(search, 'col')"


# Locations as points for near-me search: SQLite's R*Tree answers "which points are in this box"
# from an index, so a radius query reads the box around it, not every location. id = location.id;
# a location without coordinates of its own is put at its ZIP code's centroid (location.approximate).
# What a radius query needs of each location rides along as auxiliary columns, so that reading the
# box's thousands of points in a city needs no lookup in the location table.
LOCATION_POINT_DDL = ("CREATE VIRTUAL TABLE location_point USING rtree(id, min_lat, max_lat, min_lon, max_lon, "
                      "+organization_id, +approximate, +time_zone)")


def facet_token(facet: str, value: str) -> str:
    """One word of the facets column: facet is "a" (area), "c" (category) or "l" (language); the
    value goes in hex, so every value is one token and none can collide with another or with text."""
    return f"x{facet}{value.encode('utf-8').hex()}"


def article_rowid(position: int) -> int:
    return -1 - position


def link_rowid(position: int) -> int:
    return -1_000_000_000 - position


# The rowids of each kind in the search index (inclusive bounds), so that a search for one kind is
# a rowid range FTS5 seeks to rather than a scan that reads every matching row's `kind`.
SEARCH_ROWID_RANGES = {
    "link": (-(2**62), link_rowid(0)),
    "article": (link_rowid(0) + 1, article_rowid(0)),
    "organization": (1, 2**62),
}
