"""The 200 search queries the benchmarks time: what people type into the search field.

Four sorts, in the proportions a search-as-you-type field sees them: whole words and phrases,
the prefixes a person produces while typing (one query per keystroke, so short prefixes that
match tens of thousands of organizations are common), a state filter with text, and what needs
search's help (issue #18): misspellings that take the "did you mean" path, phone numbers in their
usual formats and Spanish words in the English edition.
"""

from __future__ import annotations

from guide.store.search import SearchQuery

WORDS = (
    "hotline", "trafficking", "human trafficking", "sex trafficking", "labor trafficking", "legal aid",
    "shelter", "youth", "runaway", "immigration", "T visa", "U visa", "counseling", "Spanish", "housing",
    "crisis", "child abuse", "children", "signs", "report", "exploitation", "survivor", "survivors",
    "Ohio", "Texas", "California", "Houston", "Fresno", "Chicago", "Safe Harbor", "New Hope",
    "Covenant House", "Polaris", "national hotline", "text line", "domestic violence", "sexual assault",
    "farmworkers", "forced labor", "case management", "trauma therapy", "transitional housing",
    "job training", "street outreach", "LGBTQ", "foster care", "refugees", "Vietnamese",
    "drop-in center", "task force", "coalition", "center", "services", "help", "free and confidential",
    "St. Mary's", "lighthouse", "anchor", "911", "1-888-373-7888",
)
TYPED = (
    "hotline", "trafficking", "shelter", "legal aid", "immigration", "counseling", "youth services",
    "domestic violence", "sex trafficking", "child protection", "san diego", "new york", "recognizing signs",
    "transitional housing", "spanish", "refugee", "outreach", "crisis line", "survivor network",
)
STATE_TEXT = (
    ("TX", "shelter"), ("CA", "legal"), ("NY", "youth"), ("FL", "hotline"), ("OH", "trafficking"),
    ("IL", "counseling"), ("WA", "immigrant"), ("GA", "housing"), ("PA", "crisis"), ("MI", "children"),
    ("TX", "sh"), ("CA", "le"), ("NY", "yo"), ("FL", "h"), ("OH", "tra"), ("AZ", "refugee services"),
    ("NV", "safe"), ("OR", "outreach"), ("MA", "legal aid"), ("NC", "survivor"),
)

HELP = (
    "trafiking", "traficking", "shleter", "imigration", "conseling", "survivr", "hotlne", "exploitaton",
    "373-7888", "8883737888", "(808) 832-1999", "1-888-373-7888", "7888", "tráfico", "víctimas", "niños",
    "trata de personas", "sex trafficking of minors", "recognising the signs", "refugio",
)


def typed_prefixes(phrase: str) -> list[str]:
    """What the field holds after each keystroke while ``phrase`` is typed."""
    return [phrase[:n] for n in range(1, len(phrase) + 1) if not phrase[:n].endswith(" ")]


def benchmark_queries(count: int = 200) -> list[SearchQuery]:
    """``count`` queries: about 25% words, 45% typing prefixes, 20% state + text, 10% help; deterministic."""
    words = [SearchQuery(w) for w in WORDS]
    typing = [SearchQuery(p) for phrase in TYPED for p in typed_prefixes(phrase)]
    states = [SearchQuery(t, state=s) for s, t in STATE_TEXT]
    helped = [SearchQuery(h) for h in HELP]
    typing_share = count - round(count * 0.25) - round(count * 0.2) - round(count * 0.1)
    chosen = ((words * 4)[:round(count * 0.25)] + _spread(typing, typing_share) + (states * 10)[:round(count * 0.2)]
              + (helped * 10)[:round(count * 0.1)])
    return chosen[:count]


def _spread(items: list[SearchQuery], count: int) -> list[SearchQuery]:
    """``count`` items taken evenly across ``items`` (keeps every phrase's short prefixes)."""
    if count >= len(items):
        return (items * (count // len(items) + 1))[:count]
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]
