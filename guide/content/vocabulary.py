"""Closed vocabularies the validator checks against."""

US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC "
    "PR GU VI AS MP".split()
)
AREA_CODES = US_STATES | {"US", "international"}

PHONE_KINDS = frozenset({"voice", "sms", "tty", "fax"})
LINK_KINDS = frozenset({"report", "video", "map", "website"})
AUDIENCES = frozenset({"general", "educators", "outreach", "students", "survivors"})

# ISO 639-1 codes likely in a US directory; extend as content needs.
LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "ht": "Haitian Creole", "pt": "Portuguese",
    "zh": "Chinese", "vi": "Vietnamese", "ko": "Korean", "tl": "Tagalog", "ar": "Arabic",
    "ru": "Russian", "hi": "Hindi", "th": "Thai", "so": "Somali", "am": "Amharic", "fa": "Persian",
    "ja": "Japanese", "km": "Khmer", "lo": "Lao", "hmn": "Hmong", "uk": "Ukrainian", "pl": "Polish",
    "de": "German", "it": "Italian", "ne": "Nepali", "my": "Burmese", "sw": "Swahili", "ur": "Urdu",
    "bn": "Bengali", "pa": "Punjabi", "nv": "Navajo", "asl": "American Sign Language",
}
