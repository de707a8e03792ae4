"""The words of the search index as the writer stores them and the reader asks for them, in one
place so that the two can never disagree: folding, stems, function words and phone-number tokens.

FTS5 in Python's sqlite3 cannot take a tokenizer written in Python, so stems are computed here and
stored in columns of their own (``stems_title``, ``stems_text``): each word of a text becomes its
Snowball stem in the text's language, accents then folded, function words left out. A query's word
is stemmed in both editions' languages (the reader does not know which one it was typed in), so
"minors" meets "minor", "tráfico" and "trafico" meet "traficantes", "víctimas" meets "victims".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# unicode61 treats letters and digits as token characters and everything else as a separator.
WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Words that say nothing about a text, in the guide's two languages: no search requires them (but
# the last word typed, which may be the start of a longer word), none is marked in a snippet, and
# the stem columns leave them out.
# Question words are here too, students type questions ("what is labor trafficking"); not "how",
# which titles hold ("How to report").
FUNCTION_WORDS = frozenset({
    "a", "about", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "i", "in",
    "into", "is", "it", "me", "my", "of", "on", "or", "the", "to", "what", "when", "where", "who", "why", "with",
    "al", "como", "con", "cual", "de", "del", "donde", "el", "en", "es", "la", "las", "lo", "los", "mi", "o",
    "para", "por", "que", "se", "sobre", "su", "un", "una", "y",
})

STEMMED_LANGUAGES = {"en": "english", "es": "spanish"}
_STEMMERS = {code: snowballstemmer.stemmer(name) for code, name in STEMMED_LANGUAGES.items()}
# A phone number's national part (the country code 1 dropped), and its last digits down to this many:
# "7888" finds 1-888-373-7888 as its end, as "888373" finds it as its start (a prefix query).
NATIONAL_DIGITS = 10
SHORTEST_PARTIAL = 4
END_MARK = "e"
_PHONE_TEXT = re.compile(r"[\d\s().+\-/]+")


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """A word as unicode61 with remove_diacritics compares it: case and accents folded."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=131_072)
def stem(word: str, language: str) -> str:
    """``word``'s stem in ``language`` (folded; the word folded alone in a language without a stemmer).
    Stemmed before folding: Snowball's Spanish rules are written with their accents ("-ación")."""
    stemmer = _STEMMERS.get(language)
    lowered = word.casefold()
    return fold(stemmer.stemWord(lowered) if stemmer else lowered)


@lru_cache(maxsize=65_536)
def query_stems(word: str) -> tuple[str, ...]:
    """The stems a query's word may have in the index: one per edition language, each once."""
    return tuple(dict.fromkeys(stem(word, language) for language in STEMMED_LANGUAGES))


def is_function_word(word: str) -> bool:
    return fold(word) in FUNCTION_WORDS


def _is_number(word: str) -> bool:
    # Snowball's rules are all about letters, and folding leaves ASCII digits alone: a number is its
    # own stem. Said here, not asked of the stemmer, as a directory's names carry a number each
    # ("Office 41230") that would fill the stem cache with words seen once.
    return word.isascii() and word.isdigit()


@lru_cache(maxsize=131_072)
def _indexed_stem(word: str, language: str) -> str | None:
    """``word``'s stem in the index, None for a function word (which is left out)."""
    return None if fold(word) in FUNCTION_WORDS else stem(word, language)


def stemmed_text(text: str, language: str) -> str:
    """The stems column's text for ``text`` written in ``language``."""
    stems = []
    for word in WORD.findall(text):
        if _is_number(word):
            stems.append(word)
        elif (stemmed := _indexed_stem(word, language)) is not None:
            stems.append(stemmed)
    return " ".join(stems)


def phone_tokens(number: str) -> list[str]:
    """The phones column's words for one number: its groups as written ("808", "832", "1999"), its
    digits whole (national and with the country code) and its ends of SHORTEST_PARTIAL digits or more."""
    digits = "".join(c for c in number if c.isdigit())
    national = digits[1:] if len(digits) == NATIONAL_DIGITS + 1 and digits.startswith("1") else digits
    tokens = [*WORD.findall(number), national, digits]
    # Ends carry a mark (END_MARK), as a query asks for them whole: a prefix query on a bare end
    # would match any run of digits inside the number.
    tokens += [END_MARK + national[-n:] for n in range(SHORTEST_PARTIAL, len(national))]
    return list(dict.fromkeys(t for t in tokens if t))


def phone_match(digits: str) -> str:
    """The phones column's MATCH for a phone query's digits: a start of a number or of one of its
    groups, or (SHORTEST_PARTIAL digits or more) an end."""
    if len(digits) < SHORTEST_PARTIAL:
        return f'phones : "{digits}"*'
    return f'phones : ("{digits}"* OR "{END_MARK}{digits}")'


def phone_query(text: str) -> str:
    """The digits of a query that is only a phone number (digits and the marks numbers are written
    with), without a leading country code 1; '' for any other query or fewer than three digits."""
    if not _PHONE_TEXT.fullmatch(text.strip() or "x"):
        return ""
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) == NATIONAL_DIGITS + 1 and digits.startswith("1"):
        digits = digits[1:]
    return digits if len(digits) >= 3 else ""
