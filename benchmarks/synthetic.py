"""Write a resources folder with N realistic synthetic organizations, for building large packs.

    python benchmarks/synthetic.py --organizations 100000 --out /tmp/big [--base resources]

The guide file, articles, links and real organizations are copied from ``--base``; the synthetic
organizations are added beside them. Names, descriptions, states, categories, languages and phones
follow the shape of a statewide service directory (a few very common words such as "services" or
"center", many rarer ones, city names, two-letter prefixes that match tens of thousands of rows),
because that shape, not the count alone, decides how fast search is. The output is deterministic
for a given N and seed. Phone numbers are in the 555-01xx range reserved for fiction.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.languages import STATE_NAMES  # noqa: E402

_CITY_WORDS = (
    "Akron Albany Albuquerque Allentown Anchorage Arlington Athens Atlanta Augusta Aurora Austin Bakersfield "
    "Baltimore Baton-Rouge Billings Birmingham Bismarck Boise Boston Bridgeport Buffalo Burlington Camden Canton "
    "Cedar-Rapids Charleston Charlotte Chattanooga Cheyenne Chicago Cincinnati Cleveland Columbia Columbus "
    "Concord Dallas Dayton Denver Des-Moines Detroit Dover Duluth Durham El-Paso Erie Eugene Evansville Fargo "
    "Flagstaff Flint Fort-Wayne Fort-Worth Fresno Gainesville Gary Grand-Rapids Green-Bay Greensboro Hartford "
    "Helena Honolulu Houston Huntsville Indianapolis Jackson Jacksonville Juneau Kalamazoo Kansas-City Knoxville "
    "Lafayette Lansing Laredo Las-Vegas Lexington Lincoln Little-Rock Long-Beach Los-Angeles Louisville Lowell "
    "Lubbock Macon Madison Manchester Memphis Miami Milwaukee Minneapolis Mobile Modesto Montgomery Montpelier "
    "Nashville New-Haven New-Orleans Newark Norfolk Oakland Odessa Ogden Olympia Omaha Orlando Oxnard Pasadena "
    "Paterson Peoria Philadelphia Phoenix Pittsburgh Portland Providence Provo Pueblo Raleigh Reading Reno "
    "Richmond Riverside Rochester Rockford Sacramento Salem Salinas Salt-Lake-City San-Antonio San-Diego "
    "San-Jose Santa-Fe Savannah Scranton Seattle Shreveport Sioux-Falls South-Bend Spokane Springfield Stamford "
    "Stockton Syracuse Tacoma Tallahassee Tampa Toledo Topeka Trenton Tucson Tulsa Utica Waco Wichita "
    "Wilmington Worcester Yakima Yonkers Youngstown Yuma"
).split()
CITIES = tuple(c.replace("-", " ") for c in _CITY_WORDS)
FOCUS = (
    "Anti-Trafficking", "Family Justice", "Youth", "Survivor", "Crisis", "Women's", "Child Advocacy",
    "Legal Aid", "Refugee", "Immigrant", "Victim Services", "Community", "Domestic Violence", "Runaway and Homeless Youth",
    "Sexual Assault", "Human Rights", "Recovery", "Health", "Outreach", "Restoration", "Safe Housing",
    "Workers' Rights", "Labor", "Mental Health", "Faith", "Harm Reduction", "Teen", "Family",
)
KINDS_OF_ORG = (
    "Services", "Center", "Coalition", "Network", "Project", "Alliance", "Hotline", "House", "Clinic",
    "Program", "Foundation", "Partnership", "Initiative", "Collaborative", "Task Force", "Ministries",
    "Council", "Shelter", "Helpline", "Institute",
)
EVOCATIVE = (
    "Safe Harbor", "New Hope", "Open Door", "Bright Future", "Second Chance", "Freedom House", "Lighthouse",
    "Amani", "Sanctuary", "Morning Star", "Hope Rising", "Courage", "True North", "Compass", "Haven",
    "Restore", "Rebirth", "Thrive", "Wings", "Anchor", "Bridges", "Pathways", "Journey", "Beacon",
    "Clear Skies", "Shelter Cove", "Kindred", "Harbor Light", "Magdalene", "Nightingale",
)
SAINTS = ("St. Mary's", "St. Joseph's", "St. Vincent's", "Covenant", "Grace", "Mercy", "Trinity", "Bethany")
SERVICES = (
    "emergency shelter", "case management", "legal advocacy", "immigration legal services", "counseling",
    "trauma therapy", "transitional housing", "job training", "medical care", "substance use treatment",
    "crisis intervention", "court accompaniment", "safety planning", "life skills classes", "mentoring",
    "food and clothing", "interpretation", "outreach to people in the sex trade", "drop-in services",
    "support groups", "help with T visas and U visas", "help applying for benefits", "education support",
    "child care", "transportation", "financial literacy", "peer support", "street outreach",
    "forensic interviews", "hospital accompaniment", "prevention education in schools",
)
POPULATIONS = (
    "survivors of human trafficking", "runaway and homeless youth", "women and children", "immigrant workers",
    "adults and minors", "LGBTQ youth", "families", "farmworkers", "teens", "survivors of sexual exploitation",
    "people leaving the sex trade", "domestic workers", "refugees", "children in foster care",
    "victims of crime", "Native American communities", "migrant workers",
)
TRAINING = (
    "Trains nurses, teachers and police to recognize the signs of trafficking.",
    "Runs awareness programs for schools, hotels and truck stops.",
    "Works with law enforcement and the county task force.",
    "Staff are trained in trauma-informed care.",
    "Services are free and confidential.",
    "Referrals come from hospitals, schools, child welfare and the national hotline.",
    "Volunteers answer calls in the evenings and on weekends.",
    "Offers a drop-in center with meals, showers and laundry.",
    "Helps survivors find housing, work and legal status.",
    "Serves the whole county and nearby rural areas.",
)
LANGUAGE_CHOICES = ("es", "es", "es", "vi", "zh", "ko", "tl", "ar", "ru", "ht", "fr", "pt", "so", "hmn", "asl")
HOURS = ("24 hours, 7 days a week", "Monday to Friday, 9 to 5", "Weekdays 8:30 to 4:30", "Evenings and weekends")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _name(rng: random.Random, city: str, state: str) -> str:
    pattern = rng.random()
    kind = rng.choice(KINDS_OF_ORG)
    if pattern < 0.35:
        return f"{city} {rng.choice(FOCUS)} {kind}"
    if pattern < 0.6:
        return f"{rng.choice(EVOCATIVE)} {rng.choice(FOCUS)} {kind}"
    if pattern < 0.75:
        return f"{STATE_NAMES[state]} {rng.choice(FOCUS)} {kind}"
    if pattern < 0.85:
        return f"{rng.choice(SAINTS)} {rng.choice(('House', 'Center', 'Services', 'Home'))} of {city}"
    if pattern < 0.95:
        return f"{rng.choice(EVOCATIVE)} {kind} of {city}"
    return f"{rng.choice(FOCUS)} {kind} of {STATE_NAMES[state]}"


def _description(rng: random.Random, city: str, state: str) -> str:
    offered = rng.sample(SERVICES, rng.randint(2, 4))
    sentences = [
        f"Provides {', '.join(offered[:-1])} and {offered[-1]} for {rng.choice(POPULATIONS)} "
        f"in {city}, {STATE_NAMES[state]}.",
        *rng.sample(TRAINING, rng.randint(0, 2)),
    ]
    return " ".join(sentences)


def _phone(rng: random.Random) -> str:
    return f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"


def organization_yaml(index: int, rng: random.Random, categories: list[str], states: list[str]) -> tuple[str, str]:
    """(key, YAML text) of one synthetic organization."""
    state = rng.choice(states)
    city = rng.choice(CITIES)
    name = _name(rng, city, state)
    key = f"{_slug(name)[:48].strip('-')}-{index}"
    areas = ["US"] if rng.random() < 0.01 else [state] + (rng.sample(states, 1) if rng.random() < 0.1 else [])
    languages = ["en"] + sorted(set(rng.sample(LANGUAGE_CHOICES, rng.randint(0, 2))))
    source = f"https://example.org/directory/{key}"
    phones = []
    open_24_7 = rng.random() < 0.15
    phones.append({"number": _phone(rng), "kind": "voice", "hours": HOURS[0] if open_24_7 else rng.choice(HOURS[1:]),
                   "always_open": open_24_7, "source": source})
    if rng.random() < 0.2:
        phones.append({"number": f"5550{rng.randint(10, 99)}", "kind": "sms", "source": source})
    record = {
        "id": key,
        "name": name,
        "description": _description(rng, city, state),
        "categories": sorted(set(rng.sample(categories, min(len(categories), rng.choice((1, 1, 2)))))),
        "website": f"https://example.org/{key}",
        "phones": phones,
        "areas": sorted(set(areas)),
        "languages": languages,
        "sources": [{"publisher": "Example statewide directory", "title": name, "year": 2025, "url": source}],
        "verified": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }
    # JSON is valid YAML and an order of magnitude faster to write than yaml.safe_dump.
    return key, json.dumps(record, indent=1) + "\n"


def write_resources(count: int, out: Path, base: Path, seed: int = 8) -> int:
    """Copy ``base`` to ``out`` and add organizations until there are ``count``; returns how many were added."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(base, out, ignore=shutil.ignore_patterns("*.pack", "*.pack-*", "*.tmp"))
    guide = yaml.safe_load((out / "guide.yaml").read_text(encoding="utf-8"))
    categories = [c["id"] for c in guide["categories"]]
    states = sorted(s for s in STATE_NAMES if len(s) == 2)
    org_dir = out / "organizations"
    org_dir.mkdir(exist_ok=True)
    existing = len(list(org_dir.glob("*.yaml")))
    rng = random.Random(seed)
    added = 0
    for index in range(max(0, count - existing)):
        key, text = organization_yaml(index, rng, categories, states)
        (org_dir / f"{key}.yaml").write_text(text, encoding="utf-8")
        added += 1
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organizations", type=int, required=True, help="total organizations wanted")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (replaced if it exists)")
    parser.add_argument("--base", type=Path, default=ROOT / "resources",
                        help="content to start from (guide.yaml, articles, links, real organizations)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    added = write_resources(args.organizations, args.out, args.base, args.seed)
    print(f"wrote {args.out} ({added} synthetic organizations added to {args.base})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
