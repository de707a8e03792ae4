"""Names of languages and places (guide.languages) in the guide's languages.

The English names live in guide.languages, which the content compiler shares and which must not
import Qt; their translations are in the catalogue under the contexts "LanguageName" and
"AreaName" (resources/i18n/update.py feeds the names to lupdate).
"""

from __future__ import annotations

from guide.i18n import BASE_LANGUAGE, catalogue
from guide.languages import AREA_NAMES, LANGUAGE_NAMES

LANGUAGE_CONTEXT = "LanguageName"
AREA_CONTEXT = "AreaName"


def language_name(code: str, language: str = BASE_LANGUAGE) -> str:
    """'es' -> 'Spanish' (in English) or 'español' (in Spanish); an unknown code stays itself."""
    name = LANGUAGE_NAMES.get(code)
    return catalogue(language).translate(LANGUAGE_CONTEXT, name) if name else code


def area_name(code: str, language: str = BASE_LANGUAGE) -> str:
    """'NY' -> 'New York' / 'Nueva York'; 'US' -> 'Nationwide' / 'Todo el país'."""
    name = AREA_NAMES.get(code)
    return catalogue(language).translate(AREA_CONTEXT, name) if name else code
