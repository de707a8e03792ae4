"""Fact-safety checks on the authored content in ``resources/``.

Plain pytest + PyYAML: these read the YAML and Markdown files directly and need no app code.
Each check is a function over a resources directory that returns a list of problems, so it runs
on the real content and, to prove it can fail, on a deliberately broken copy in a tmp dir.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from support import RESOURCES

# Mirrors, proxies, scrapers and archive copies used only to check facts; never cite them.
FORBIDDEN_HOSTS = (
    "tomorrow.paperai.life",
    "paperai.life",
    "app.altruwe.org",
    "altruwe.org/proxy",
    "tristarbruise.netlify.app",
    "hessslslslsls.azureedge.net",
    "akarinohon.com",
    "w.owiki.org",
    "owiki.org",
    "wikimili.com",
    "wikimili",
    "piglix.com",
    "piglix",
    "liquisearch.com",
    "liquisearch",
    "d1tvxue8o4w0fl.cloudfront.net",
    "livrozilla.com",
    "livrozilla",
    "docslib.org",
    "docslib",
    "cybercemetery.unt.edu",
    "staging.nation.com.pk",
    "staging.briefly.co",
)
# Any "staging." host (e.g. staging.example.org) is a pre-production copy, not the publisher.
STAGING_HOST = re.compile(r"(?:https?://|www\.|\b)staging\.[a-z0-9-]+\.[a-z]", re.IGNORECASE)

# Present-tense claims that Polaris runs the National Human Trafficking Hotline.
POLARIS_OPERATOR = re.compile(
    r"(?:operated|run|managed|staffed|answered|provided)\s+by\s+(?:the\s+)?Polaris"
    r"|Polaris\s+(?:operates|runs|manages|staffs|answers)\b"
    r"|operator\s*[:=]?\s*[\"']?Polaris"
    r"|program\s+of\s+Polaris",
    re.IGNORECASE,
)
# A past date range in the same sentence makes it historical ("run by Polaris from 2007 to 2025").
PAST_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:-|–|—|to|until|through)\s*(?:\w+\s+)?(?:19|20)\d\d", re.IGNORECASE)

MIN_ARTICLES = 12
MIN_ORGANIZATIONS = 25
MIN_LINKS = 10


def _load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _digits(number) -> str:
    return re.sub(r"\D", "", str(number))


def _text_files(root: Path):
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name != "guide.pack":
            yield path


# --- checks: each returns a list of human-readable problems --------------------------------------


def phone_source_problems(root: Path) -> list[str]:
    problems = []
    for path in sorted((root / "organizations").glob("*.yaml")):
        data = _load(path) or {}
        for index, phone in enumerate(data.get("phones") or []):
            source = str((phone or {}).get("source") or "").strip()
            if not re.match(r"^https?://[^\s/]+\.[^\s]+$", source):
                number = (phone or {}).get("number")
                problems.append(f"{path.name}: phone #{index + 1} ({number!r}) has no http(s) source URL")
    return problems


def hotline_banner_problems(root: Path) -> list[str]:
    guide = _load(root / "guide.yaml") or {}
    hotline = guide.get("hotline") or {}
    org_id = str(hotline.get("organization") or "")
    org_path = root / "organizations" / f"{org_id}.yaml"
    if not org_id or not org_path.is_file():
        return [f"guide.yaml: hotline organization {org_id!r} has no file {org_path.name}"]
    phones = (_load(org_path) or {}).get("phones") or []
    problems = []
    for banner_key, kind in (("phone", "voice"), ("text", "sms"), ("tty", "tty")):
        banner = hotline.get(banner_key)
        recorded = {_digits(p.get("number")) for p in phones if p and p.get("kind") == kind}
        if not banner:
            problems.append(f"guide.yaml: hotline {banner_key} is missing")
        elif _digits(banner) not in recorded:
            problems.append(
                f"guide.yaml: hotline {banner_key} {banner!r} is not a {kind} number of {org_path.name} "
                f"({', '.join(sorted(recorded)) or 'none'})"
            )
    operator = str(hotline.get("operator") or "")
    if "polaris" in operator.lower():
        problems.append(f"guide.yaml: hotline operator is {operator!r}; Polaris has not run it since 2025")
    return problems


def forbidden_host_problems(root: Path) -> list[str]:
    problems = []
    for path in _text_files(root):
        text = path.read_bytes().decode("utf-8", errors="replace").lower()
        for host in FORBIDDEN_HOSTS:
            if host in text:
                problems.append(f"{path.relative_to(root)}: cites mirror/proxy host {host!r}")
        if match := STAGING_HOST.search(text):
            problems.append(f"{path.relative_to(root)}: cites staging host {match.group(0)!r}")
    return problems


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start))
    right_candidates = [i for i in (text.find(".", end), text.find("\n\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


def polaris_operator_problems(root: Path) -> list[str]:
    problems = []
    for path in _text_files(root):
        text = path.read_bytes().decode("utf-8", errors="replace")
        for match in POLARIS_OPERATOR.finditer(text):
            sentence = _sentence_around(text, match.start(), match.end())
            if not PAST_RANGE.search(sentence):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(
                    f"{path.relative_to(root)}:{line}: names Polaris as the hotline operator "
                    f"({match.group(0)!r}) without a past date range"
                )
    return problems


def count_problems(root: Path) -> list[str]:
    problems = []
    articles = len(list((root / "articles").glob("*.md")))
    organizations = len(list((root / "organizations").glob("*.yaml")))
    links = _load(root / "links.yaml") or []
    if articles < MIN_ARTICLES:
        problems.append(f"only {articles} articles (need {MIN_ARTICLES})")
    if organizations < MIN_ORGANIZATIONS:
        problems.append(f"only {organizations} organizations (need {MIN_ORGANIZATIONS})")
    if len(links) < MIN_LINKS:
        problems.append(f"only {len(links)} links (need {MIN_LINKS})")
    return problems


# A dialable number written in prose: 1-800-555-0100, 800-555-0100, (800) 555-0100.
PROSE_PHONE = re.compile(r"(?<![\d-])(?:1-)?(?:\(\d{3}\) ?|\d{3}-)\d{3}-\d{4}(?![\d-])")


def article_phone_problems(root: Path) -> list[str]:
    """A number in an article must be one of a sourced organization record's numbers."""
    recorded = set()
    for path in (root / "organizations").glob("*.yaml"):
        for phone in (_load(path) or {}).get("phones") or []:
            recorded.add(_digits((phone or {}).get("number")).removeprefix("1"))
    problems = []
    for path in sorted((root / "articles").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        for match in PROSE_PHONE.finditer(text):
            if _digits(match.group(0)).removeprefix("1") not in recorded:
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(root)}:{line}: {match.group(0)} is not in any organization record")
    return problems


CHECKS = {
    "article-phones": article_phone_problems,
    "phone-sources": phone_source_problems,
    "hotline-banner": hotline_banner_problems,
    "forbidden-hosts": forbidden_host_problems,
    "polaris-operator": polaris_operator_problems,
    "counts": count_problems,
}


# --- the real content passes -----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_resources_pass(name):
    assert CHECKS[name](RESOURCES) == []


# --- each check fails on a deliberately broken copy ------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "resources"
    shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("guide.pack"))
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_phone_without_source_fails(copy):
    path = copy / "organizations" / "rainn.yaml"
    _edit(path, "    source: https://rainn.org/get-help/national-sexual-assault-hotline\n", "")
    assert any("rainn.yaml" in p for p in phone_source_problems(copy))


def test_phone_with_non_http_source_fails(copy):
    path = copy / "organizations" / "ncmec.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(    source: )https://\S+", r"\1ftp://example.org/x", text, count=1), encoding="utf-8")
    assert any("ncmec.yaml" in p for p in phone_source_problems(copy))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("  phone: 1-888-373-7888", "  phone: 1-888-373-7889"),
        ('  text: "233733"', '  text: "233734"'),
        ('  tty: "711"', '  tty: "712"'),
        ("  operator: Compass Connections", "  operator: Polaris"),
    ],
)
def test_banner_mismatch_fails(copy, old, new):
    _edit(copy / "guide.yaml", old, new)
    assert hotline_banner_problems(copy)


def test_banner_fails_when_organization_number_changes(copy):
    _edit(copy / "organizations" / "nhth.yaml", "  - number: 1-888-373-7888", "  - number: 1-888-373-0000")
    assert any("phone" in p for p in hotline_banner_problems(copy))


@pytest.mark.parametrize(
    "url",
    [
        "https://tomorrow.paperai.life/https://www.missingkids.org/footer/about.html",
        "https://app.altruwe.org/proxy?url=https%3A%2F%2Fwww.guidestar.org%2Fprofile%2F03-0391561",
        "https://wikimili.com/wiki/Thorn_(organization)",
        "https://staging.example.org/page",
        "https://cybercemetery.unt.edu/archive/x",
    ],
)
def test_forbidden_host_fails(copy, url):
    path = copy / "organizations" / "thorn.yaml"
    _edit(path, "    url: https://en.wikipedia.org/wiki/Thorn_(organization)", f"    url: {url}")
    assert any("thorn.yaml" in p for p in forbidden_host_problems(copy))


@pytest.mark.parametrize(
    "sentence",
    [
        "The hotline is operated by Polaris.",
        "The National Hotline is run by Polaris, a nonprofit.",
        "Polaris operates the National Human Trafficking Hotline.",
        "It is a program of Polaris.",
    ],
)
def test_polaris_as_current_operator_fails(copy, sentence):
    path = copy / "articles" / "how-to-report.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
    assert any("how-to-report.md" in p for p in polaris_operator_problems(copy))


def test_polaris_with_past_range_passes(copy):
    path = copy / "articles" / "how-to-report.md"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nThe hotline was run by Polaris from December 2007 to 2025.\n",
        encoding="utf-8",
    )
    assert polaris_operator_problems(copy) == []


def test_too_few_records_fails(copy):
    for path in sorted((copy / "articles").glob("*.md"))[MIN_ARTICLES - 1 :]:
        path.unlink()
    for path in sorted((copy / "organizations").glob("*.yaml"))[MIN_ORGANIZATIONS - 1 :]:
        path.unlink()
    links = _load(copy / "links.yaml")
    (copy / "links.yaml").write_text(yaml.safe_dump(links[: MIN_LINKS - 1]), encoding="utf-8")
    problems = count_problems(copy)
    assert any("articles" in p for p in problems)
    assert any("organizations" in p for p in problems)
    assert any("links" in p for p in problems)


def test_unsourced_number_in_article_fails(copy):
    path = copy / "articles" / "how-to-report.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOr call 1-800-555-0199.\n", encoding="utf-8")
    problems = article_phone_problems(copy)
    assert len(problems) == 1 and "1-800-555-0199" in problems[0]
