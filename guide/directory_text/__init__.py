"""The directory's values put into words for people: opening hours, phones, addresses, a
service's facts. Plain Python (no Qt, no database), so that the window, the command line and
later screens say the same thing the same way, and the rules are tested on their own.

Words are translated by the caller's ``Translate`` (the window passes the Qt catalogue's); the
English text is marked with ``QT_TRANSLATE_NOOP`` below so that lupdate collects it into the
catalogue under each module's context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]  # (context, English text) -> the text in the reader's language


def english(_context: str, text: str) -> str:
    """The text as written: English needs no catalogue."""
    return text


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for the catalogue without needing Qt; translating happens when it is shown."""
    return text


CONTEXT = "Directory"  # the catalogue's context for every text of this package
TWELVE_HOUR_LANGUAGES = frozenset({"en"})  # the others write the 24-hour clock (docs/i18n-es-terms.md)


@dataclass(frozen=True)
class Words:
    """How to say things in one language: its translations and its clock."""

    translate: Translate = english
    twelve_hour: bool = True

    @classmethod
    def for_language(cls, language: str, translate: Translate = english) -> Words:
        return cls(translate, language in TWELVE_HOUR_LANGUAGES)

    def __call__(self, text: str) -> str:
        """``text`` (marked with QT_TRANSLATE_NOOP under CONTEXT) in this language."""
        return self.translate(CONTEXT, text)


ENGLISH = Words()
