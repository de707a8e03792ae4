"""Regenerate the interface's catalogues: python resources/i18n/update.py

1. pyside6-lupdate collects every tr() / translate() / QT_TRANSLATE_NOOP string of guide/ into
   guide_<language>.ts, keeping the translations already written and dropping strings that left the
   code. The names of languages and places (guide/languages.py, which must not import Qt) are fed
   to it under the contexts "LanguageName" and "AreaName".
2. It lists the strings that still need a translation (edit the .ts with Qt Linguist or any editor;
   use the vocabulary in docs/i18n-es-terms.md).
3. pyside6-lrelease compiles guide_<language>.qm, the file the app loads.

Exit 1 when a string is untranslated, so a forgotten translation does not go unnoticed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from guide.i18n import BASE_LANGUAGE, CATALOGUE_PREFIX, LANGUAGES  # noqa: E402
from guide.i18n.names import AREA_CONTEXT, LANGUAGE_CONTEXT  # noqa: E402
from guide.languages import AREA_NAMES, LANGUAGE_NAMES  # noqa: E402


def qt_tool(name: str) -> str:
    """Qt's tool as the installed PySide6 ships it, so the venv need not be activated."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return str(next((c for c in (folder / name, folder / f"{name}.exe") if c.exists()), f"pyside6-{name}"))


def names_source() -> str:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP"]
    for context, names in ((LANGUAGE_CONTEXT, LANGUAGE_NAMES), (AREA_CONTEXT, AREA_NAMES)):
        lines.extend(f"QT_TRANSLATE_NOOP({context!r}, {name!r})" for name in sorted(set(names.values())))
    return "\n".join(lines) + "\n"


def untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "guide").rglob("*.py"))
    status = 0
    with tempfile.TemporaryDirectory() as folder:
        names = Path(folder) / "language_and_area_names.py"
        names.write_text(names_source(), encoding="utf-8")
        for language in LANGUAGES:
            if language == BASE_LANGUAGE:
                continue
            ts = HERE / f"{CATALOGUE_PREFIX}{language}.ts"
            # No source locations: they would change with every edit of the code.
            subprocess.run([qt_tool("lupdate"), *sources, str(names), "-ts", str(ts), "-no-obsolete",
                            "-locations", "none", "-target-language", language], check=True)
            missing = untranslated(ts)
            for line in missing:
                print(f"untranslated ({language}): {line}")
            if missing:
                status = 1
            subprocess.run([qt_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
