"""Search queries: user text -> a safe FTS5 expression, and highlighted snippets.

Grammar of user text: words are split as FTS5's unicode61 tokenizer splits them (letters and
digits; everything else separates). Every word must match, as written or by its stem (English or
Spanish, guide.packformat.search_terms), except "and", "the", "de"... (FUNCTION_WORDS), which are
neither required nor marked, unless last. A query that is a phone number (digits and the marks
numbers are written with) also matches the digits of any phone of an organization, its services and
its locations, whole or as a start or an end of 4 digits or more. The last word matches as a prefix, so
typing ``traff`` already finds "trafficking"; the words before it are whole words, as typed (a
prefix for every word made "in" or "t" match most of a large directory, and cost FTS5 a merge of
every term each prefix matches, on every keystroke). Quotes, AND/OR/NOT/NEAR, ``*``, ``:`` and parentheses are
plain text: each word is quoted before it reaches MATCH, so no input can be an FTS5 syntax error.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from guide.packformat.search_terms import (
    FUNCTION_WORDS,
    WORD,
    fold,
    is_function_word,
    phone_match,
    phone_query,
    query_stems,
)

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
KINDS = ("article", "organization", "link")
MAX_TERMS = 12
MAX_TERM_LENGTH = 48


@dataclass(frozen=True)
class SearchQuery:
    text: str
    kinds: tuple[str, ...] = KINDS
    state: str = ""
    category: str = ""
    language: str = ""  # organizations speaking this language (a filter, like state and category)
    limit: int = 50
    # Articles in this language, or in the guide's own where one has no translation. Not a filter
    # of organizations or links: their one search row holds every language's text.
    content_language: str = "en"

    @property
    def terms(self) -> list[str]:
        return query_terms(self.text)

    @property
    def organizations_only(self) -> bool:
        """State, category and language describe organizations; other kinds cannot match them."""
        return bool(self.state or self.category or self.language)


@dataclass(frozen=True)
class SearchHit:
    """One search result, with its snippet (matched words between HIGHLIGHT_START and HIGHLIGHT_END)."""

    kind: str  # article | organization | link
    ref: str  # slug, organization id, or link id
    title: str
    snippet: str  # highlighted parts are wrapped in HIGHLIGHT_START / HIGHLIGHT_END
    score: float = 0.0
    extra: dict[str, str] = field(default_factory=dict, compare=False)


def query_terms(text: str) -> list[str]:
    normalized = unicodedata.normalize("NFKC", text)
    terms = [w[:MAX_TERM_LENGTH] for w in WORD.findall(normalized)]
    return terms[:MAX_TERMS]


def content_words(terms: list[str]) -> list[str]:
    """``terms`` without FUNCTION_WORDS, but always with the last term."""
    return [term for term in terms[:-1] if not is_function_word(term)] + terms[-1:]


def match_expression(terms: list[str], column: str | None = None) -> str:
    """FTS5 MATCH text: every term quoted, the last one as a prefix; '' when there is nothing to find."""
    if not terms:
        return ""
    quoted = " ".join(_quoted(term) for term in terms) + "*"
    return f"{column} : ({quoted})" if column else quoted


# Columns of the search table (guide.packformat.schema): words as written, and their stems.
NAME_COLUMNS = ("title", "stems_title")
TEXT_COLUMNS = ("{title body keywords phones}", "{stems_title stems_text}")


def stemmed_expression(terms: list[str], columns: tuple[str, str], completions: Sequence[str] | None = None) -> str:
    """Every term must match by one of its stems; the last also as written, as a prefix, or as one of
    ``completions`` when given (the indexed words that begin with it: the same rows, read lazily)."""
    if not terms:
        return ""
    written, stems = columns
    parts = []
    for position, term in enumerate(terms):
        # Only the last word is asked for as written too (a prefix, and the words FTS5 cuts the snippet
        # around): for the others the stems find the same rows, and a second posting list for each
        # common word doubled the time of a two-word query at 100 000 organizations.
        last = position == len(terms) - 1
        if not last:
            choices = []
        elif completions is None:
            choices = [f"{written} : {_quoted(term)}*"]
        else:
            choices = [f"{written} : ({' OR '.join(map(_quoted, completions))})"] if completions else []
        choices += [f"{stems} : {_quoted(s)}" for s in query_stems(term)]
        parts.append("(" + " OR ".join(choices) + ")")
    return " AND ".join(parts)


def phone_expression(text: str) -> str:
    """A MATCH on the phones column for a query that is a phone number ('' for any other query)."""
    digits = phone_query(text)
    return phone_match(digits) if digits else ""


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def snippet_html(snippet: str) -> str:
    escaped = html.escape(snippet)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def snippet_plain(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


def highlight_terms(text: str, terms: list[str]) -> str:
    """Mark the words of ``text`` that the query's terms match, as the index matched them: a word as
    written or by its stem, the last term also as a prefix; function words only as the last term."""
    return highlighter(terms)(text)


def highlighter(terms: list[str]) -> Callable[[str], str]:
    """highlight_terms for many texts and the same terms: each distinct word is judged once (a page
    of hits repeats most of its words; 50 snippets took about a millisecond word by word)."""
    whole = {fold(term) for term in content_words(terms)}
    stems = {s for term in content_words(terms) for s in query_stems(term)}
    prefix = fold(terms[-1]) if terms else ""
    judged: dict[str, bool] = {}

    def matches(word: str) -> bool:
        folded = fold(word)
        return folded in whole or folded.startswith(prefix) or (
            folded not in FUNCTION_WORDS and not stems.isdisjoint(query_stems(word)))

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        hit = judged.get(word)
        if hit is None:
            hit = judged[word] = matches(word)
        return HIGHLIGHT_START + word + HIGHLIGHT_END if hit else word

    def highlight(text: str) -> str:
        text = text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
        return WORD.sub(mark, text) if terms else text

    return highlight
