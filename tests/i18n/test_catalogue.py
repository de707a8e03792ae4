"""The Spanish catalogue is complete and compiled: every string the code asks Qt to translate is in
resources/i18n/guide_es.ts with a translation, and guide_es.qm is the compiled .ts."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from support import ROOT, qt_tool

from guide.i18n import catalogue, catalogue_folder

# self.tr("..."), translate("Context", "..."), QT_TRANSLATE_NOOP("Context", "...") with a literal text
# (a context followed by a variable, as in translate("FactSheet", PHONE_KINDS[kind]), is not a text).
_CALL = re.compile(r'(?:\.tr|\btranslate|QT_TRANSLATE_NOOP)\(\s*(?:"(\w+)",\s*)?"((?:[^"\\\n]|\\.)*)"(?!\s*,)')


def _catalogue() -> dict[str, dict[str, str]]:
    """{context: {source: translation}} of the Spanish .ts."""
    root = ET.parse(catalogue_folder() / "guide_es.ts").getroot()
    return {c.findtext("name"): {m.findtext("source"): (m.findtext("translation") or "")
                                 for m in c.iter("message") if m.find("translation").get("type") is None}
            for c in root.iter("context")}


def test_every_string_the_code_translates_is_in_the_catalogue_with_a_translation() -> None:
    """lupdate silently skips a call it cannot read (e.g. inside an f-string): this finds them."""
    translated = _catalogue()
    every_source = [s for messages in translated.values() for s in messages]
    missing = []
    for path in sorted((ROOT / "guide").rglob("*.py")):
        for context, source in _CALL.findall(path.read_text(encoding="utf-8")):
            source = source.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            # startswith: a text may go on in a literal on the next line
            found = any(s.startswith(source) for s in (translated.get(context, {}) if context else every_source))
            if not found:
                missing.append(f"{path.relative_to(ROOT)}: {context or 'tr'}: {source!r}")
    assert missing == []


def test_translations_keep_their_placeholders() -> None:
    placeholder = re.compile(r"\{\w+\}")
    wrong = [(context, source) for context, messages in _catalogue().items() for source, text in messages.items()
             if sorted(placeholder.findall(source)) != sorted(placeholder.findall(text))]
    assert wrong == []


def test_the_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "guide_es.qm"
    subprocess.run([str(qt_tool("lrelease")), str(catalogue_folder() / "guide_es.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (catalogue_folder() / "guide_es.qm").read_bytes()
    assert catalogue("es").translate("FactSheet", "Where to get help") == "Dónde pedir ayuda"
