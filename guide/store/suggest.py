"""'Did you mean': the closest words of the index's own vocabulary to the words of a query it does not know.

The vocabulary is FTS5's (the pack's ``search_vocabulary``, an fts5vocab view of the index), read
once per pack, kept by word length; the distance is rapidfuzz's Levenshtein over the words within
reach of the typed word's length, in C, not a Python loop over every word.
"""

from __future__ import annotations

import bisect
import sqlite3
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from guide.packformat.search_terms import FUNCTION_WORDS, fold, query_stems
from guide.store.sqlite_file import PackError

Fetch = Callable[[str, Sequence[object] | dict[str, object]], list[tuple]]

SHORTEST = 4  # shorter words are too often someone else's word one letter away
_WRITTEN_COLUMNS = ("title", "body", "keywords")
_STEM_COLUMNS = ("stems_title", "stems_text")
# A typed word's completions are spelled out for FTS5 up to this many: FTS5 answers a prefix longer
# than its prefix indexes (1-3 characters) by merging every matching term's postings over the whole
# index before it returns a row ("serv"*: 13 ms at 100 000 organizations), where an OR of the terms
# is read lazily and stops at the candidates' LIMIT (see searcher.search).
MAX_COMPLETIONS = 24
SHORTEST_COMPLETED = 4  # shorter prefixes have FTS5's own prefix index


def max_distance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


@dataclass(frozen=True)
class Vocabulary:
    """The words as written (folded) with the number of rows holding each, and the stems."""

    documents: dict[str, int]
    stems: frozenset[str]
    by_length: dict[int, list[str]]
    ordered: list[str]
    # Every term of the columns a typed word is matched against as written (``written``: title, body,
    # keywords, phones but its numbers; ``titles``: title), sorted, for completions.
    written: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, fetch: Fetch) -> Vocabulary:
        columns = ", ".join(f"'{c}'" for c in (*_WRITTEN_COLUMNS, *_STEM_COLUMNS, "phones"))
        try:
            # The phones column's numbers stay in SQLite (see _is_number): each row handed to Python
            # takes the GIL from the GUI thread, and they were 74 000 of 79 000 rows at 100k.
            rows = fetch(f"SELECT term, col, doc FROM search_vocabulary WHERE col IN ({columns}) "
                         "AND (col <> 'phones' OR term NOT GLOB '*[0-9]*')", ())
        except (PackError, sqlite3.Error):  # a pack without the vocabulary view gives no suggestions
            rows = []
        documents: dict[str, int] = {}
        stems: set[str] = set()
        written: set[str] = set()
        titles: set[str] = set()
        for term, column, count in rows:
            if column in _STEM_COLUMNS:
                stems.add(term)
                continue
            if column != "phones" or not _is_number(term):
                written.add(term)
            if column == "title":
                titles.add(term)
            if column != "phones" and not _is_facet(term):
                documents[term] = documents.get(term, 0) + int(count)
        by_length: dict[int, list[str]] = {}
        for term in documents:
            if term.isalpha() and term not in FUNCTION_WORDS:
                by_length.setdefault(len(term), []).append(term)
        return cls(documents, frozenset(stems), by_length, sorted(documents), sorted(written), sorted(titles))

    def completions(self, prefix: str, titles_only: bool) -> list[str] | None:
        """The indexed words that ``prefix`` (as typed) begins, in titles or in any written column; None
        when FTS5's own prefix query should answer instead (a short prefix, one FTS5 folds
        differently, or too many words)."""
        folded = fold(prefix)
        if not self.written or len(folded) < SHORTEST_COMPLETED or not folded.isalpha() or not folded.isascii():
            return None  # (no words: a pack without the vocabulary view, or nothing to find either way)
        terms = self.titles if titles_only else self.written
        start = bisect.bisect_left(terms, folded)
        found = [term for term in terms[start:start + MAX_COMPLETIONS + 1] if term.startswith(folded)]
        return found if len(found) <= MAX_COMPLETIONS else None

    def knows(self, word: str, as_prefix: bool) -> bool:
        folded = fold(word)
        if folded in self.documents or not self.stems.isdisjoint(query_stems(word)):
            return True
        if as_prefix:
            at = bisect.bisect_left(self.ordered, folded)
            return at < len(self.ordered) and self.ordered[at].startswith(folded)
        return False

    def closest(self, word: str) -> str:
        """The indexed word nearest ``word`` (the commonest of the nearest), or '' if none is near."""
        folded = fold(word)
        reach = max_distance(folded)
        candidates = [term for length in range(len(folded) - reach, len(folded) + reach + 1)
                      for term in self.by_length.get(length, ())]
        found = process.extract(folded, candidates, scorer=Levenshtein.distance, score_cutoff=reach, limit=20)
        if not found:
            return ""
        best = min(found, key=lambda f: (f[1], -self.documents[f[0]], f[0]))
        return str(best[0])


def _is_number(term: str) -> bool:
    """A phones column word that holds a digit (search_terms.phone_tokens): never the completion of a
    prefix of letters, which is all ``completions`` spells out. Left out of ``written``, where the
    numbers of 100 000 organizations were 70 000 words to sort, the GUI thread waiting on the lock."""
    return any(c.isdigit() for c in term)


def _is_facet(term: str) -> bool:
    """A facets column word (schema.facet_token: x, a letter, hex digits): not a word anyone types."""
    return len(term) > 2 and term[0] == "x" and term[1] in "acl" and all(c in "0123456789abcdef" for c in term[2:])


def suggestion(vocabulary: Vocabulary, terms: list[str]) -> str:
    """``terms`` with each word the index does not know replaced by its closest; '' when no word changes."""
    changed = False
    words = []
    for position, term in enumerate(terms):
        last = position == len(terms) - 1
        if (len(term) >= SHORTEST and term.isalpha() and fold(term) not in FUNCTION_WORDS
                and not vocabulary.knows(term, as_prefix=last)):
            closest = vocabulary.closest(term)
            if closest:
                words.append(closest)
                changed = True
                continue
        words.append(term)
    return " ".join(words) if changed else ""


_vocabularies: weakref.WeakKeyDictionary[object, Vocabulary] = weakref.WeakKeyDictionary()
_reading = threading.Lock()


def vocabulary_of(owner: object, fetch: Fetch) -> Vocabulary:
    """The vocabulary of ``owner``'s pack, read on first use and kept while the pack is open."""
    with _reading:
        known = _vocabularies.get(owner)
        if known is None:
            known = _vocabularies[owner] = Vocabulary.read(fetch)
        return known
