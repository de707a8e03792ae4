"""Names for the codes the content uses: languages (ISO 639-1 and a few others) and US states.

Shared by the content compiler (which validates codes against these) and the UI (which shows names).
"""

from __future__ import annotations

# ISO 639-1 codes likely in a US directory; extend as content needs.
LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "ht": "Haitian Creole", "pt": "Portuguese",
    "zh": "Chinese", "vi": "Vietnamese", "ko": "Korean", "tl": "Tagalog", "ar": "Arabic",
    "ru": "Russian", "hi": "Hindi", "th": "Thai", "so": "Somali", "am": "Amharic", "fa": "Persian",
    "ja": "Japanese", "km": "Khmer", "lo": "Lao", "hmn": "Hmong", "uk": "Ukrainian", "pl": "Polish",
    "de": "German", "it": "Italian", "ne": "Nepali", "my": "Burmese", "sw": "Swahili", "ur": "Urdu",
    "bn": "Bengali", "pa": "Punjabi", "nv": "Navajo", "asl": "American Sign Language",
}

# States, the District of Columbia and the inhabited territories, by USPS code.
STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "DC": "District of Columbia", "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}

AREA_NAMES = {**STATE_NAMES, "US": "Nationwide", "international": "International"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def area_name(code: str) -> str:
    return AREA_NAMES.get(code, code)
