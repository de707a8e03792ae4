"""Qt's own words that Qt's Spanish catalogue lacks: its file dialog's labels changed in Qt 6 ("Look in:"
became "&Look in:"), and qtbase_es.qm still has only the old ones, so the Spanish file dialog said
"Look in:", "Files of type:" and "Folder" in English.

lupdate reads these calls into our catalogue under Qt's own contexts; our translator is installed
after Qt's (guide.i18n.install), and Qt asks the last one installed first. Nothing imports this
module at run time: the catalogue is what carries the words (tests/i18n checks they are there).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")),
)
