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
    return html.unescape(_TAG.sub(" ", text)).replace("&", "")


def catalogue_translations(language: str = "es") -> list[str]:
    """Every translation in resources/i18n/guide_<language>.ts, as plain text."""
    root = ET.parse(catalogue_folder() / f"guide_{language}.ts").getroot()
    return [plain(t.text) for t in root.iter("translation") if t.text]


def leftovers(texts: list[str], content: list[str], translations: list[str]) -> list[str]:
    """The texts in which a word remains once content (from the pack) and the catalogue's
    translations are taken out: those words came from neither, i.e. untranslated interface text.

    Translations may hold placeholders ({name}); the fixed parts between them are taken out as
    whole words, so "3 de 4 organizaciones" is clean and "Clear filters" is not.
    """
    fragments = {f.strip() for t in translations for f in _PLACEHOLDER.split(t)} - {""}
    patterns = [re.compile(r"(?<![^\W\d_])" + re.escape(f) + r"(?![^\W\d_])", re.IGNORECASE)
                for f in sorted(fragments, key=len, reverse=True)]
    pieces = sorted({c for c in content if c}, key=len, reverse=True)
    found = []
    for original in texts:
        rest = plain(original)
        for piece in pieces:
            rest = rest.replace(piece, " ")
        for pattern in patterns:
            rest = pattern.sub(" ", rest)
        if _WORD.search(rest):
            found.append(f"{original!r} (left: {' '.join(rest.split())!r})")
    return found
