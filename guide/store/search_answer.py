"""Search with help for when it finds little (Pack.search_answer): the hits, and when they are few a
"did you mean" with its own hits; the other edition's articles the query finds; and, when filters
leave nothing, how many hits there are without them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from guide.store import searcher
from guide.store.search import KINDS, SearchHit, SearchQuery
from guide.store.suggest import Fetch, Vocabulary, suggestion

Search = Callable[[SearchQuery], list[SearchHit]]

FEW = 3  # fewer hits than this and a "did you mean" is looked for
EDITIONS = ("en", "es")


@dataclass(frozen=True)
class SearchAnswer:
    text: str
    hits: list[SearchHit]
    suggestion: str = ""  # the query with the words the index does not know replaced by the closest it has
    suggested_hits: list[SearchHit] = field(default_factory=list)  # the suggestion's hits
    other_edition: str = ""  # the other edition's language, when it has articles for the query...
    other_edition_count: int = 0  # ...that this edition's hits do not include
    unfiltered_count: int = 0  # when the filters leave no hit: the hits without them (up to the limit)

    @property
    def empty(self) -> bool:
        return not self.hits and not self.suggested_hits


def answer(search: Search, vocabulary: Vocabulary, fetch: Fetch, query: SearchQuery, per_kind: int = 0) -> SearchAnswer:
    """``search`` is Pack.search of the pack that ``fetch`` reads, whose words are ``vocabulary``.
    ``per_kind``: up to that many hits of each kind (as the window groups them), else the query's limit."""
    hits = _hits(search, query, per_kind)
    found = SearchAnswer(query.text, hits)
    if len(hits) < FEW and query.terms:
        better = suggestion(vocabulary, query.terms)
        if better:
            suggested = _hits(search, replace(query, text=better), per_kind)
            found = replace(found, suggestion=better, suggested_hits=suggested)
    if "article" in query.kinds and not query.organizations_only:
        other = next((e for e in EDITIONS if e != query.content_language), "")
        shown = {hit.ref for hit in (*found.hits, *found.suggested_hits) if hit.kind == "article"}
        there = searcher.count_articles(fetch, query.text, other, vocabulary.completions) if other else []
        count = len(set(there) - shown)
        if count:
            found = replace(found, other_edition=other, other_edition_count=count)
    if not hits and query.organizations_only:
        unfiltered = replace(query, state="", category="", language="")
        found = replace(found, unfiltered_count=len(_hits(search, unfiltered, per_kind)))
    return found


def _hits(search: Search, query: SearchQuery, per_kind: int) -> list[SearchHit]:
    if not per_kind:
        return search(query)
    kinds = [kind for kind in KINDS if kind in query.kinds]
    return [hit for kind in kinds for hit in search(replace(query, kinds=(kind,), limit=per_kind))]
