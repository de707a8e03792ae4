"""Search queries: user text -> a safe FTS5 expression, and highlighted snippets.

Grammar of user text: words are split as FTS5's unicode61 tokenizer splits them (letters and
digits; everything else separates). Every word must match, except that a match in the text (not
the name) need not hold "and", "the", "de"... (FUNCTION_WORDS). The last word matches as a prefix, so
typing ``traff`` already finds "trafficking"; the words before it are whole words, as typed (a
prefix for every word made "in" or "t" match most of a large directory, and cost FTS5 a merge of
every term each prefix matches, on every keystroke). Quotes, AND/OR/NOT/NEAR, ``*``, ``:`` and parentheses are
plain text: each word is quoted before it reaches MATCH, so no input can be an FTS5 syntax error.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
KINDS = ("article", "organization", "link")
MAX_TERMS = 12
MAX_TERM_LENGTH = 48

# unicode61 treats letters, digits and (by default) nothing else as token characters.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


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
    terms = [w[:MAX_TERM_LENGTH] for w in _WORD.findall(normalized)]
    return terms[:MAX_TERMS]


# Words that say nothing about a text, in the guide's two languages. Searching text (not names) does
# not require them, except as the last word (it may be the start of another word being typed): bm25
# weighs every word of the query against the whole index, and for a word in most rows ("in", "and")
# that alone took up to 10 ms at 100 000 organizations.
FUNCTION_WORDS = frozenset({
    "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    "con", "de", "del", "el", "en", "la", "las", "lo", "los", "o", "para", "por", "un", "una", "y",
})


def content_words(terms: list[str]) -> list[str]:
    """``terms`` without FUNCTION_WORDS, but always with the last term."""
    return [term for term in terms[:-1] if _folded(term) not in FUNCTION_WORDS] + terms[-1:]


def match_expression(terms: list[str], column: str | None = None) -> str:
    """FTS5 MATCH text: every term quoted, the last one as a prefix; '' when there is nothing to find."""
    if not terms:
        return ""
    quoted = " ".join('"' + term.replace('"', '""') + '"' for term in terms) + "*"
    return f"{column} : ({quoted})" if column else quoted


def snippet_html(snippet: str) -> str:
    escaped = html.escape(snippet)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def snippet_plain(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


def _folded(word: str) -> str:
    """A word as the index compares it: case and diacritics folded (unicode61 remove_diacritics)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def highlight_terms(text: str, terms: list[str]) -> str:
    """Mark the words of ``text`` that the query's terms match (the last term as a prefix), as
    FTS5's snippet() would have marked them had the match been in this column."""
    if not terms:
        return text
    whole = {_folded(term) for term in terms[:-1]}
    prefix = _folded(terms[-1])

    def mark(match: re.Match[str]) -> str:
        word = _folded(match.group(0))
        if word in whole or word.startswith(prefix):
            return HIGHLIGHT_START + match.group(0) + HIGHLIGHT_END
        return match.group(0)

    return _WORD.sub(mark, text)
