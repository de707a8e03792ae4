"""Validation: every problem at once, each as `path:line: message` with the right line."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.content import ContentError, Problem, build_pack, check_resources


def problems_of(root: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        check_resources(root)
    return caught.value.problems


def only_problem(root: Path) -> Problem:
    problems = problems_of(root)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_containing(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def assert_problem(problem: Problem, root: Path, relative: str, line: int, *words: str) -> None:
    assert problem.path == str(Path(root.name) / relative)
    assert problem.line == line, str(problem)
    for word in words:
        assert word in problem.message, str(problem)


def test_the_fixture_itself_is_valid(mini_sources: Path) -> None:
    content = check_resources(mini_sources)
    assert len(content.articles) == 3 and len(content.organizations) == 4 and len(content.links) == 2


# (file, text, replacement, expected line, words the message must contain)
ONE_EDIT_PROBLEMS = {
    # The parser stops at line 5; the message points back at the unclosed bracket on line 4.
    "invalid YAML": ("organizations/kids-ny.yaml", "categories: [child-protection]", "categories: [child-protection",
                     5, ("invalid YAML", "starts at line 4")),
    "invalid YAML in front matter": ("articles/signs.md", "title: Recognizing the signs",
                                     "title: Recognizing: the: signs", 3, ("invalid YAML",)),
    # A missing key has no line of its own: the line of the mapping that lacks it stands for it.
    "missing article field": ("articles/signs.md", "summary: Warning signs that someone may be trafficked.\n", "",
                              2, ("missing required field 'summary'",)),
    "missing phone source": ("organizations/legal-aid-ca.yaml", "    source: https://example.org/legal\n", "",
                             7, ("missing required field 'source'",)),
    "duplicate link id": ("links.yaml", "- id: lost-video", "- id: report-one",
                          8, ("duplicate link id 'report-one'", "links.yaml:1")),
    "menu node to nothing": ("guide.yaml", "        article: glossary", "        article: no-such-article",
                             39, ("'Glossary'", "unknown article 'no-such-article'")),
    "menu node to unknown category": ("guide.yaml", "organizations: legal", "organizations: lawyers",
                                      33, ("unknown category 'lawyers'",)),
    "internal link to unknown slug": ("articles/signs.md", "(guide:intro)", "(guide:nowhere)",
                                      15, ("unknown article 'nowhere'",)),
    "internal link to unknown organization": ("articles/intro.md", "(guide:org/hotline-one)", "(guide:org/nobody)",
                                              22, ("unknown organization 'nobody'",)),
    "javascript website": ("organizations/legal-aid-ca.yaml", "website: https://example.org/legal",
                           "website: javascript:alert(1)", 5, ("invalid URL", "'javascript'")),
    "gopher link": ("links.yaml", "url: https://example.org/report", "url: gopher://example.org/report",
                    3, ("invalid URL",)),
    "unknown category": ("organizations/texas-line.yaml", "categories: [hotline]",
                         "categories:\n  - hotline\n  - lawyers", 6, ("unknown category 'lawyers'",)),
    "unknown state code": ("organizations/kids-ny.yaml", "areas: [NY]", "areas:\n  - NY\n  - ZZ",
                           7, ("unknown state or area code 'ZZ'",)),
    "unknown link kind": ("links.yaml", "kind: video", "kind: podcast", 11, ("unknown link kind 'podcast'",)),
    "yaml alias": ("organizations/kids-ny.yaml", "areas: [NY]", "areas: &places [NY]\nlanguages_again: *places",
                   6, ("aliases",)),
    "invalid date": ("organizations/kids-ny.yaml", "verified: 2025-01-01", "verified: 2025-13-01",
                     12, ("invalid date",)),
}


@pytest.mark.parametrize("case", ONE_EDIT_PROBLEMS, ids=str)
def test_one_problem_is_reported_at_its_line(mini_sources: Path, case: str) -> None:
    relative, old, new, line, words = ONE_EDIT_PROBLEMS[case]
    replace_in(mini_sources / relative, old, new)
    assert_problem(only_problem(mini_sources), mini_sources, relative, line, *words)


def test_duplicate_slug_is_reported_at_the_slug(mini_sources: Path) -> None:
    copy = mini_sources / "articles/signs-copy.md"
    copy.write_text((mini_sources / "articles/signs.md").read_text(encoding="utf-8"), encoding="utf-8")
    found = {(Path(p.path).name, p.line, p.message) for p in problems_of(mini_sources)}
    # Files are read in name order, so signs-copy.md is first and signs.md is the duplicate.
    assert found == {
        ("signs-copy.md", 2, "slug 'signs' does not match the file name 'signs-copy.md'"),
        ("signs.md", 2, f"duplicate slug 'signs' (also at {Path('resources/articles/signs-copy.md')}:2)"),
    }


def test_the_same_bad_link_twice_is_reported_at_both_lines(mini_sources: Path) -> None:
    path = mini_sources / "articles/signs.md"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\nAgain: [here](guide:nowhere).\n\nAnd [again](guide:nowhere).\n")
    lines = [p.line for p in problems_of(mini_sources)]
    assert lines == [17, 19]


@pytest.mark.parametrize("url", ["ftp://example.org/file", "javascript:alert(1)", "file:///etc/passwd",
                                 "data:text/html,hi", "https://no-dot", "https://exa mple.org/"])
def test_invalid_url_in_an_article_body(mini_sources: Path, url: str) -> None:
    path = mini_sources / "articles/glossary.md"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\n\nMore at [this page]({url}).\n")
    problem = only_problem(mini_sources)
    assert_problem(problem, mini_sources, "articles/glossary.md", line_containing(path, "More at"), "invalid URL")


@pytest.mark.parametrize("url", ["mailto:help@example.org", "tel:+18885550100", "https://example.org/a?b=1&c=2"])
def test_allowed_link_schemes_pass(mini_sources: Path, url: str) -> None:
    with (mini_sources / "articles/glossary.md").open("a", encoding="utf-8") as handle:
        handle.write(f"\n\nMore at [this page]({url}).\n")
    check_resources(mini_sources)


@pytest.mark.parametrize("number", ["call-me", "1-888-555-01OO", "12", "1234567890123456", "555--"])
def test_malformed_phone_number(mini_sources: Path, number: str) -> None:
    replace_in(mini_sources / "organizations/legal-aid-ca.yaml", "(555) 555-0101", number)
    problem = only_problem(mini_sources)
    assert_problem(problem, mini_sources, "organizations/legal-aid-ca.yaml", 7, "malformed phone number")


def test_file_that_is_not_utf8_names_the_line_of_the_bad_byte(mini_sources: Path) -> None:
    path = mini_sources / "articles/signs.md"
    raw = path.read_bytes().replace(b"may need help", b"may need \xe9help")  # Latin-1 e-acute
    path.write_bytes(raw)
    problem = only_problem(mini_sources)
    assert_problem(problem, mini_sources, "articles/signs.md", 13, "not UTF-8")


def test_organization_file_that_is_not_utf8(mini_sources: Path) -> None:
    path = mini_sources / "organizations/kids-ny.yaml"
    path.write_bytes(path.read_bytes().replace(b"New York", b"Nueva \xff York"))
    problem = only_problem(mini_sources)
    assert_problem(problem, mini_sources, "organizations/kids-ny.yaml", 2, "not UTF-8")


def test_empty_article(mini_sources: Path) -> None:
    path = mini_sources / "articles/glossary.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("**CSEC**")] + "\n   \n", encoding="utf-8")
    problem = only_problem(mini_sources)
    assert_problem(problem, mini_sources, "articles/glossary.md", 13, "empty")


def test_article_without_front_matter(mini_sources: Path) -> None:
    (mini_sources / "articles/bare.md").write_text("Just text.\n", encoding="utf-8")
    problem = only_problem(mini_sources)
    assert_problem(problem, mini_sources, "articles/bare.md", 1, "front matter")


def test_slug_must_match_the_file_name(mini_sources: Path) -> None:
    replace_in(mini_sources / "articles/glossary.md", "slug: glossary", "slug: words")
    problems = problems_of(mini_sources)
    assert any(p.line == 2 and "does not match the file name" in p.message for p in problems), problems


def test_hotline_banner_must_match_its_organization(mini_sources: Path) -> None:
    replace_in(mini_sources / "guide.yaml", "phone: 1-888-555-0100", "phone: 1-888-555-0199")
    problem = only_problem(mini_sources)
    assert problem.path.endswith("guide.yaml") and "differs from organization 'hotline-one'" in problem.message


def test_many_problems_in_many_files_are_reported_in_one_run(mini_sources: Path) -> None:
    replace_in(mini_sources / "organizations/kids-ny.yaml", "areas: [NY]", "areas: [ZZ]")
    replace_in(mini_sources / "organizations/legal-aid-ca.yaml", "(555) 555-0101", "call-me")
    replace_in(mini_sources / "articles/signs.md", "(guide:intro)", "(guide:nowhere)")
    replace_in(mini_sources / "links.yaml", "kind: video", "kind: podcast")
    replace_in(mini_sources / "guide.yaml", "        article: glossary", "        article: gone")
    (mini_sources / "articles/empty.md").write_text(
        "---\nslug: empty\ntitle: E\nsummary: S\nupdated: 2026-01-01\naudience: [general]\n"
        "sources:\n  - {publisher: P, title: T, year: 2020, url: 'https://example.org/'}\n---\n", encoding="utf-8")
    found = {(Path(p.path).name, p.line) for p in problems_of(mini_sources)}
    assert found == {("kids-ny.yaml", 5), ("legal-aid-ca.yaml", 7), ("signs.md", 15), ("links.yaml", 11),
                     ("guide.yaml", 39), ("empty.md", 10)}


def test_a_broken_source_never_writes_a_pack(mini_sources: Path, tmp_path: Path) -> None:
    replace_in(mini_sources / "organizations/kids-ny.yaml", "areas: [NY]", "areas: [ZZ]")
    out = tmp_path / "out.pack"
    with pytest.raises(ContentError):
        build_pack(mini_sources, out)
    assert list(tmp_path.glob("out.pack*")) == []


def test_a_failed_rebuild_keeps_the_previous_pack(mini_sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "packs" / "out.pack"
    build_pack(mini_sources, out)
    before = out.read_bytes()
    replace_in(mini_sources / "organizations/kids-ny.yaml", "areas: [NY]", "areas: [ZZ]")
    with pytest.raises(ContentError):
        build_pack(mini_sources, out)
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir()] == ["out.pack"]


def test_problem_prints_as_path_line_message() -> None:
    assert str(Problem("resources/a.md", 7, "the article is empty")) == "resources/a.md:7: the article is empty"
