"""Hostile sources: each is either a clear validation error or rendered inert.

The fuzz tests drive the real compiler (front matter, Markdown bodies, organization records) and
hold it to two promises: no exception but ContentError, and no active content in the HTML.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import MINI_SOURCES

from guide.content import ContentError, Problem, check_resources
from guide.content.links import EXTERNAL_SCHEMES
from guide.content.load import load_content
from guide.content.render import render_markdown

FRONT_MATTER = (
    "---\nslug: hostile\ntitle: Hostile\nsummary: A test.\nupdated: 2026-01-01\naudience: [general]\n"
    "sources:\n  - {publisher: P, title: T, year: 2020, url: 'https://example.org/'}\n---\n"
)
BODY_LINE = FRONT_MATTER.count("\n") + 1
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ALLOWED_TAGS = {"p", "a", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4",
                "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "div", "sup", "span", "dl",
                "dt", "dd", "abbr"}


class _ActiveContentFinder(HTMLParser):
    """Collects every tag, attribute or link target that could act on its own in a viewer."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.findings.append(f"tag <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"style", "src", "srcset", "formaction", "action"}:
                self.findings.append(f"attribute {name}={value!r} on <{tag}>")
            if name == "href":
                target = value or ""
                if tag != "a":
                    self.findings.append(f"href on <{tag}>")
                elif not target.startswith("#") and urlsplit(target).scheme.lower() not in EXTERNAL_SCHEMES + ("guide",):
                    self.findings.append(f"href {target!r}")


def active_content(html: str) -> list[str]:
    finder = _ActiveContentFinder()
    finder.feed(html)
    finder.close()
    return finder.findings


@contextmanager
def sources_with_article(body: str, front_matter: str = FRONT_MATTER) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "resources"
        shutil.copytree(MINI_SOURCES, root)
        (root / "articles" / "hostile.md").write_text(front_matter + body, encoding="utf-8")
        yield root


def problems_for(body: str) -> list[Problem]:
    with sources_with_article(body) as root:
        try:
            load_content(root)
        except ContentError as exc:
            return exc.problems
    return []


def html_for(body: str) -> str:
    with sources_with_article(body) as root:
        content = load_content(root)
    return next(a.html for a in content.articles if a.slug == "hostile")


@pytest.mark.parametrize("body", [
    "<script>alert('x')</script>\n\nText.",
    "Text <script src=https://evil.example/x.js></script> inline.",
    '<iframe src="https://evil.example/"></iframe>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    "<div onclick=\"alert(1)\">raw block</div>\n\nafter",
    "<style>body { display: none }</style>",
    "Paragraph\n{: onclick=\"alert(1)\" style=\"color: red\" href=\"javascript:alert(1)\" }",
    "[text](https://example.org/){: onmouseover=\"alert(1)\"}",
])
def test_raw_html_and_attributes_are_inert(body: str) -> None:
    html = html_for(body)
    assert active_content(html) == []
    assert "<script" not in html.lower() and "<iframe" not in html.lower()


def test_raw_html_is_shown_as_text() -> None:
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html_for("<script>alert('x')</script>")


@pytest.mark.parametrize("body, scheme", [
    ("[x](javascript:alert(1))", "javascript"),
    ("[x](JavaScript:alert(1))", "javascript"),
    ("[x](&#106;avascript:alert(1))", "javascript"),
    ("[x](file:///etc/passwd)", "file"),
    ("[x](data:text/html;base64,PHNjcmlwdD4=)", "data"),
    ("[x](vbscript:msgbox)", "vbscript"),
])
def test_dangerous_link_schemes_are_validation_errors(body: str, scheme: str) -> None:
    problems = problems_for("Before.\n\n" + body + "\n")
    assert [(p.line, f"scheme '{scheme}'" in p.message) for p in problems] == [(BODY_LINE + 2, True)]


def test_relative_links_are_refused_since_internal_links_use_guide() -> None:
    problems = problems_for("[other](signs)\n")
    assert len(problems) == 1 and "invalid URL 'signs'" in problems[0].message


def test_an_email_autolink_keeps_a_plain_mailto() -> None:
    html = html_for("Write to <help@example.org>.")
    assert 'href="mailto:help@example.org"' in html and active_content(html) == []


@pytest.mark.parametrize("image", ["https://evil.example/track.png", "data:image/png;base64,iVBORw0KGgo=",
                                   "//evil.example/x.png", "file:///etc/hostname"])
def test_images_are_refused_at_their_line(image: str) -> None:
    problems = problems_for(f"Text.\n\n![a picture]({image})\n")
    assert [p.line for p in problems] == [BODY_LINE + 2]
    assert "is not allowed" in problems[0].message


def test_a_5_mb_article_is_refused_quickly() -> None:
    problems = problems_for("All work and no play. " * (5 * 1024 * 1024 // 22))
    assert len(problems) == 1 and problems[0].line == 1 and "larger than" in problems[0].message


@pytest.mark.parametrize("body", [
    "".join("    " * depth + "- level\n" for depth in range(300)),
    "*" * 5000 + "deep" + "*" * 5000,
], ids=["list 300 deep", "emphasis 5000 deep"])
def test_deep_nesting_is_a_clear_error_or_renders(body: str) -> None:
    problems = problems_for(body)
    assert problems == [] or [(p.line, p.message) for p in problems] == [(BODY_LINE, "the Markdown is nested too deeply to render")]


def test_moderately_nested_lists_render() -> None:
    html = html_for("".join("    " * depth + f"- level {depth}\n" for depth in range(30)))
    assert html.count("<ul>") == 30


def test_nul_byte_is_an_error_at_its_line() -> None:
    problems = problems_for("Line one.\n\nLine\x00three.\n")
    assert [(p.line, p.message) for p in problems] == [(BODY_LINE + 2, "contains a NUL character")]


@pytest.mark.parametrize("where", ["body", "title"])
def test_right_to_left_override_is_an_error(where: str) -> None:
    evil = "invoice\u202egnp.exe"
    if where == "body":
        problems = problems_for(f"Safe.\n\nOpen {evil}\n")
        expected_line = BODY_LINE + 2
    else:
        with sources_with_article("Body.", FRONT_MATTER.replace("title: Hostile", f"title: {evil}")) as root:
            with pytest.raises(ContentError) as caught:
                check_resources(root)
        problems = caught.value.problems
        expected_line = 3
    assert [(p.line, "bidirectional" in p.message) for p in problems] == [(expected_line, True)]


def test_very_long_lines_render() -> None:
    html = html_for("word " * 50_000)
    assert html.count("word") == 50_000


# -- fuzzing -----------------------------------------------------------------------------------

MARKDOWN_PIECES = st.sampled_from([
    "<script>", "</script>", "<iframe src=x>", "<img src=x onerror=alert(1)>", "[", "]", "(", ")", "!", "*", "_",
    "`", "#", ">", "-", "|", ":", "\n", "\n\n", "    ", "{: onclick=x }", "{: href=javascript:x }",
    "javascript:", "&#106;", "&amp;", "<", "&", "\"", "'", "guide:", "https://example.org/", "mailto:a@b.org",
    "[^1]", "[^1]: note", "[TOC]", "text", "\u202e", "\u00e9", "\U0001F600", "<a@b.org>", "<https://x.org>",
])
MARKDOWN = st.one_of(st.lists(MARKDOWN_PIECES, max_size=40).map("".join), st.text(max_size=300))


@FUZZ
@given(MARKDOWN)
def test_fuzzed_markdown_renders_inert(body: str) -> None:
    try:
        rendered = render_markdown(body)
    except RecursionError:
        return  # the compiler turns this into "nested too deeply"
    assert active_content(rendered.html) == []


@FUZZ
@given(MARKDOWN)
def test_fuzzed_article_bodies_give_content_or_content_error(body: str) -> None:
    try:
        html = html_for(body)
    except ContentError as exc:
        assert exc.problems and all(p.line >= 1 and p.message for p in exc.problems)
        return
    assert active_content(html) == []


YAML_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                         st.dates().map(str), st.sampled_from(["https://example.org/", "javascript:x", "555-0100"]))
YAML_VALUES = st.recursive(YAML_SCALARS, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
ARTICLE_KEYS = ["slug", "title", "summary", "updated", "audience", "language", "sources"]


@FUZZ
@given(st.dictionaries(st.sampled_from(ARTICLE_KEYS) | st.text(max_size=10), YAML_VALUES, max_size=8)
       | st.text(max_size=200))
def test_fuzzed_front_matter_gives_content_or_content_error(front: object) -> None:
    text = front if isinstance(front, str) else yaml.safe_dump(front, allow_unicode=True)
    with sources_with_article("Body text.", f"---\n{text}\n---\n") as root:
        try:
            load_content(root)
        except ContentError as exc:
            assert exc.problems


ORGANIZATION_FIELDS = {
    "id": st.just("fuzzed") | YAML_SCALARS,
    "name": YAML_SCALARS,
    "description": YAML_SCALARS,
    "categories": st.lists(st.sampled_from(["hotline", "legal", "nope"]) | YAML_SCALARS, max_size=3) | YAML_VALUES,
    "website": YAML_SCALARS,
    "email": st.sampled_from(["a@b.org", "not-an-email"]) | YAML_SCALARS,
    "phones": st.lists(st.fixed_dictionaries({}, optional={
        "number": st.sampled_from(["1-888-555-0100", "233733", "+1 (555) 555-0100", "call", "1"]) | YAML_SCALARS,
        "kind": st.sampled_from(["voice", "sms", "tty", "fax", "pigeon"]),
        "always_open": st.booleans() | YAML_SCALARS,
        "source": st.sampled_from(["https://example.org/", "ftp://x.org/"]) | YAML_SCALARS,
    }) | YAML_VALUES, max_size=3) | YAML_VALUES,
    "areas": st.lists(st.sampled_from(["US", "CA", "ZZ", "international"]) | YAML_SCALARS, max_size=3) | YAML_VALUES,
    "languages": st.lists(st.sampled_from(["en", "es", "xx"]), max_size=3) | YAML_VALUES,
    "sources": st.lists(st.fixed_dictionaries({}, optional={
        "publisher": YAML_SCALARS, "title": YAML_SCALARS, "year": st.integers(1700, 2200) | YAML_SCALARS,
        "url": st.sampled_from(["https://example.org/"]) | YAML_SCALARS}), max_size=2) | YAML_VALUES,
    "verified": st.sampled_from(["2025-01-01", "2025-02-30"]) | YAML_SCALARS,
}


@FUZZ
@given(st.fixed_dictionaries({}, optional=ORGANIZATION_FIELDS))
def test_fuzzed_organization_records_give_content_or_content_error(record: dict) -> None:
    with sources_with_article("Body text.") as root:
        (root / "organizations" / "fuzzed.yaml").write_text(yaml.safe_dump(record, allow_unicode=True),
                                                            encoding="utf-8")
        try:
            content = load_content(root)
        except ContentError as exc:
            assert exc.problems
            return
    fuzzed = next(o for o in content.organizations if o.key == "fuzzed")
    # Whatever got through satisfies the rules a reader relies on.
    assert fuzzed.name and fuzzed.sources and fuzzed.areas
    assert all(p.source.startswith(("http://", "https://")) for p in fuzzed.phones)


def test_the_checker_above_would_see_active_content() -> None:
    # The inertness assertions are only worth something if the checker flags what it must.
    samples = ['<script>x</script>', '<p onclick="x">a</p>', '<a href="javascript:x">a</a>',
               '<a href="&#106;avascript:x">a</a>', '<p href="https://x.org/">a</p>', '<img src="x">']
    assert all(active_content(sample) for sample in samples)
