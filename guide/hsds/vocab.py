"""Translating HSDS's open vocabularies into the guide's closed ones."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from guide.content import CategoryRecord, check_date
from guide.languages import LANGUAGE_NAMES, STATE_NAMES

# HSDS phone types (RFC 6350's, with 1.x and Ohana spellings) -> the guide's PHONE_KINDS.
PHONE_TYPES = {"": "voice", "voice": "voice", "main": "voice", "phone": "voice", "office": "voice", "work": "voice",
               "cell": "cell", "mobile": "cell", "text": "sms", "sms": "sms", "textphone": "tty", "tty": "tty",
               "tdd": "tty", "tty/tdd": "tty", "minicom": "tty", "fax": "fax", "facsimile": "fax", "video": "video",
               "videophone": "video", "pager": "pager", "hotline": "hotline", "crisis": "hotline"}
# Words that give a type away when it is spelt some other way ("Fax number", "TTY line", "Text only").
_TYPE_WORDS = (("fax", "fax"), ("tty", "tty"), ("tdd", "tty"), ("textphone", "tty"), ("text", "sms"),
               ("sms", "sms"), ("cell", "cell"), ("mobile", "cell"), ("video", "video"), ("pager", "pager"),
               ("hotline", "hotline"), ("crisis", "hotline"), ("voice", "voice"))
GUIDE_PHONE_TYPES = {"voice": "voice", "sms": "text", "tty": "textphone", "fax": "fax", "cell": "cell",
                     "video": "video", "pager": "pager", "hotline": "voice"}

FALLBACK_CATEGORY = CategoryRecord("other", "Other services")

_NATIONWIDE = {"us", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "nationwide",
               "national", "all states"}
_STATE_BY_NAME = {name.casefold(): code for code, name in STATE_NAMES.items()}
_STATE_BY_NAME.update({"virgin islands": "VI", "us virgin islands": "VI", "washington dc": "DC",
                       "washington, d.c.": "DC", "d.c.": "DC"})
_LANGUAGE_BY_NAME = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
# ISO 639-2/3 codes that directories use for the languages the guide names.
_LANGUAGE_BY_ISO3 = {
    "eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "hat": "ht", "por": "pt", "zho": "zh", "chi": "zh",
    "cmn": "zh", "yue": "zh", "vie": "vi", "kor": "ko", "tgl": "tl", "fil": "tl", "ara": "ar", "rus": "ru",
    "hin": "hi", "tha": "th", "som": "so", "amh": "am", "fas": "fa", "per": "fa", "jpn": "ja", "khm": "km",
    "lao": "lo", "ukr": "uk", "pol": "pl", "deu": "de", "ger": "de", "ita": "it", "nep": "ne", "mya": "my",
    "bur": "my", "swa": "sw", "urd": "ur", "ben": "bn", "pan": "pa", "nav": "nv", "ase": "asl", "sgn": "asl",
}
# Names that directories use for a language the guide knows under another name.
_LANGUAGE_ALIASES = {
    "creole": "ht", "haitian": "ht", "kreyol": "ht", "kreyòl": "ht", "haitian kreyol": "ht", "kreyol ayisyen": "ht",
    "mandarin": "zh", "cantonese": "zh", "chinese mandarin": "zh", "chinese cantonese": "zh", "farsi": "fa",
    "filipino": "tl", "sign language": "asl", "asl": "asl", "american sign language (asl)": "asl",
    "brazilian portuguese": "pt", "castilian": "es", "espanol": "es", "español": "es", "burmese": "my",
    "cambodian": "km", "punjabi": "pa", "panjabi": "pa", "laotian": "lo",
}


def state_code(text: str) -> str | None:
    """'TX', 'Texas', 'US', 'Nationwide' or 'International' as an area code of the guide, else None."""
    value = text.strip().strip(".").casefold()
    if not value:
        return None
    if value.upper() in STATE_NAMES:
        return value.upper()
    if value in _NATIONWIDE:
        return "US"
    if value == "international":
        return "international"
    return _STATE_BY_NAME.get(value)


def phone_kind(hsds_type: str) -> tuple[str, bool]:
    """(kind, known): the guide's kind for an HSDS phone type; an unknown type is a voice line, said so."""
    value = hsds_type.strip().casefold()
    if value in PHONE_TYPES:
        return PHONE_TYPES[value], True
    for word, kind in _TYPE_WORDS:
        if word in value:
            return kind, True
    return "voice", False


def _one_language(value: str) -> str | None:
    word = value.strip().casefold().replace("_", "-")
    if not word:
        return None
    if word in LANGUAGE_NAMES:
        return word
    if word.split("-")[0] in LANGUAGE_NAMES and len(word.split("-")[0]) == 2:
        return word.split("-")[0]
    if word in _LANGUAGE_BY_ISO3:
        return _LANGUAGE_BY_ISO3[word]
    if word in _LANGUAGE_BY_NAME:
        return _LANGUAGE_BY_NAME[word]
    # "Chinese (Mandarin)", "Spanish - Mexico", "Sign Language (ASL)": the name before the detail.
    head = re.split(r"\s*[(\-/,]\s*", word, maxsplit=1)[0].strip()
    if head != word and head in _LANGUAGE_BY_NAME:
        return _LANGUAGE_BY_NAME[head]
    return _LANGUAGE_ALIASES.get(word) or _LANGUAGE_ALIASES.get(head)


def language_code(code: str, name: str) -> str | None:
    """The guide's code for a language given by code ("es", "spa", "es-MX") or by name ("Spanish", "Creole")."""
    return _one_language(code) or _one_language(name)


def language_codes(text: str) -> tuple[list[str], list[str]]:
    """(codes, names not known) of a list written in one field ("Spanish, Tagalog; en")."""
    codes: list[str] = []
    unknown: list[str] = []
    for part in re.split(r"[,;|]| and ", text):
        if not part.strip():
            continue
        found = _one_language(part)
        if found:
            codes.append(found)
        else:
            unknown.append(part.strip())
    return codes, unknown


_MONTHS = {name: i for i, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


@lru_cache(maxsize=4096)  # a directory's dates are few, and each is on thousands of rows
def iso_date(value: str) -> str:
    """The date of an HSDS date or date-time ('2023-03-15T10:30:45.123Z'), or of the forms directories
    write ('12/24/2015', '12/24/15', 'January 01, 2016'); '' when it is not a date."""
    text = value.strip()
    day = text[:10]
    if day and check_date(day) is None:
        return day
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text):
        month, dom, year = (int(g) for g in match.groups())
        year += 2000 if year < 100 else 0
    elif match := re.fullmatch(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})", text):
        month, dom, year = _MONTHS.get(match.group(1).lower(), 0), int(match.group(2)), int(match.group(3))
    else:
        return ""
    candidate = f"{year:04d}-{month:02d}-{dom:02d}"
    return candidate if check_date(candidate) is None else ""


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


class CategoryMatcher:
    """Taxonomy terms whose code or name is one of the guide's category ids or labels map to that category."""

    def __init__(self, categories: Iterable[CategoryRecord]) -> None:
        self._by_word: dict[str, str] = {}
        for category in categories:
            self._by_word.setdefault(slug(category.id), category.id)
            self._by_word.setdefault(slug(category.label), category.id)

    def match(self, *words: str) -> str | None:
        for word in words:
            if word and (found := self._by_word.get(slug(word))):
                return found
        return None
