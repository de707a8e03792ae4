"""The guide's languages: which ones there are, which one the system asks for, and the compiled
Qt catalogues (resources/i18n/guide_<language>.qm) that translate the interface and fact sheets.

Qt Core only, so the command line's PDF export can translate fact sheets without any widget.
English is the language the code is written in: it needs no catalogue.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from guide.paths import resources_dir

BASE_LANGUAGE = "en"
# Each language named in itself, as a language menu shows it.
LANGUAGES = {"en": "English", "es": "Español"}
CATALOGUE_PREFIX = "guide_"


def catalogue_folder() -> Path:
    return resources_dir() / "i18n"


def supported(language: str) -> str:
    """``language`` if the guide has it, else English."""
    return language if language in LANGUAGES else BASE_LANGUAGE


def system_language(locale: QLocale | None = None) -> str:
    """The guide's language closest to the system locale: Spanish for any Spanish locale, else English."""
    spoken = (locale or QLocale.system()).language()
    return "es" if spoken == QLocale.Language.Spanish else BASE_LANGUAGE


class Catalogue:
    """The translations of one language. English, or a language whose file is missing, translates nothing."""

    def __init__(self, language: str) -> None:
        self.language = supported(language)
        self.translator = QTranslator()
        self.qt_translator = QTranslator()  # Qt's own words: Cancel, Close, the print dialogs
        self.loaded = False
        if self.language != BASE_LANGUAGE:
            self.loaded = self.translator.load(f"{CATALOGUE_PREFIX}{self.language}", str(catalogue_folder()))
            from PySide6.QtCore import QLibraryInfo  # named only for a translated edition (~0.5 ms at start)

            self.qt_translator.load(f"qtbase_{self.language}",
                                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def translate(self, context: str, source: str) -> str:
        """``source`` in this language; the English ``source`` itself when there is no translation."""
        if not self.loaded:
            return source
        return self.translator.translate(context, source) or source


@cache
def catalogue(language: str) -> Catalogue:
    return Catalogue(supported(language))


_installed: list[QTranslator] = []


def install(language: str) -> Catalogue:
    """Make ``language`` the application's: every tr() and translate() from now on uses it.

    Qt sends every widget a LanguageChange event, which is how open windows relabel themselves.
    """
    app = QCoreApplication.instance()
    chosen = catalogue(language)
    if app is None:
        return chosen
    while _installed:
        app.removeTranslator(_installed.pop())
    if chosen.language != BASE_LANGUAGE:
        for translator in (chosen.qt_translator, chosen.translator):
            if not translator.isEmpty():
                app.installTranslator(translator)
                _installed.append(translator)
    return chosen


def installed_language() -> str:
    return next((c.language for c in map(catalogue, LANGUAGES) if c.translator in _installed), BASE_LANGUAGE)
