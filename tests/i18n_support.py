"""Helpers for the Spanish-edition tests: the mini fixture with Spanish added, and the catalogue's words."""

from __future__ import annotations

import html
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from guide.content import build_pack
from guide.i18n import catalogue_folder

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPANISH_OVERLAY = FIXTURES / "mini-es"  # a Spanish intro (none for signs/glossary), translations: keys
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: a word, not a number or a mark


def spanish_sources(folder: Path) -> Path:
    """tests/fixtures/mini with tests/fixtures/mini-es copied over it."""
    shutil.copytree(FIXTURES / "mini", folder)
    shutil.copytree(SPANISH_OVERLAY, folder, dirs_exist_ok=True)
    (folder / "README.md").unlink()
    return folder


def build_spanish_pack(folder: Path) -> Path:
    return build_pack(spanish_sources(folder / "resources"), folder / "es.pack").path


def plain(text: str) -> str:
    """What a person reads: no tags, no entities, no mnemonic ampersands."""
    return " ".join(html.unescape(_TAG.sub(" ", text)).replace("&", "").split())


def catalogue_translations(language: str = "es") -> list[str]:
    """Every translation in resources/i18n/guide_<language>.ts, as plain text."""
    root = ET.parse(catalogue_folder() / f"guide_{language}.ts").getroot()
    texts = [plain(t.text) for t in root.iter("translation") if t.text]
    return texts + [t.rstrip("….") for t in texts]  # as buttons name their actions: "Imprimir"


def _whole(piece: str) -> str:
    """A pattern for ``piece`` that never takes part of a word: no letter may touch a letter at its ends."""
    start = r"(?<![^\W\d_])" if piece[0].isalpha() else ""
    end = r"(?![^\W\d_])" if piece[-1].isalpha() else ""
    return start + re.escape(piece) + end


def leftovers(texts: list[str], content: list[str], translations: list[str]) -> list[str]:
    """The texts in which a word remains once content (from the pack) and the catalogue's
    translations are taken out: those words came from neither, i.e. untranslated interface text.

    Translations may hold placeholders ({name}); the fixed parts between them are taken out as
    whole words, so "3 de 4 organizaciones" is clean and "Clear filters" is not. Content is plain
    text as the pack gives it (texts are compared without tags).
    """
    fragments = {f.strip() for t in translations for f in _PLACEHOLDER.split(t)}
    # Longest first, content and catalogue together: "Acerca de esta guía" goes whole, before the
    # menu title "Acerca de" could leave "esta guía" behind.
    pieces = sorted((fragments | {" ".join(c.split()) for c in content}) - {""}, key=len, reverse=True)
    patterns = [re.compile(_whole(p), re.IGNORECASE) for p in pieces]
    found = []
    for original in texts:
        rest = plain(original)
        for pattern in patterns:
            rest = pattern.sub(" ", rest)
        if _WORD.search(rest):
            found.append(f"{original!r} (left: {' '.join(rest.split())!r})")
    return found
