"""The Spanish edition is complete: every article and every organization description has Spanish,
the menu never gives a Spanish title to a page that would open in English, and the calques the
audit found stay out.

Plain pytest + PyYAML over ``resources/``; each check also runs on a broken copy to show it fails.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from support import RESOURCES

LANGUAGE = "es"
# Calques found in the audit: (pattern, what to write instead).
CALQUES = (
    (r"idiomas más\b", "'más de 200 idiomas', not 'más de 200 idiomas más'"),
    (r"\bson en (?:inglés|español)", "'se atienden en inglés', not 'son en inglés'"),
    (r"\bla solicitud de una persona", "'pedir sus servicios sexuales' for soliciting, not 'solicitud'"),
    (r"\bacogida\b", "'albergue/albergar' for harboring, as everywhere else"),
)


def _front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


def _menu_articles(nodes, with_translation: bool):
    for node in nodes or []:
        title = ((node.get("translations") or {}).get(LANGUAGE) or {}).get("title")
        if node.get("article") and (title or not with_translation):
            yield node["article"], node.get("title")
        yield from _menu_articles(node.get("children"), with_translation)


def missing_article_problems(root: Path) -> list[str]:
    folder = root / "articles" / LANGUAGE
    problems = []
    for path in sorted((root / "articles").glob("*.md")):
        translated = folder / path.name
        if not translated.is_file():
            problems.append(f"articles/{path.name} has no articles/{LANGUAGE}/{path.name}")
        elif _front_matter(translated).get("language") != LANGUAGE:
            problems.append(f"articles/{LANGUAGE}/{path.name} does not say language: {LANGUAGE}")
    return problems


def menu_problems(root: Path) -> list[str]:
    """A menu node with a Spanish title must open an article that exists in Spanish."""
    guide = yaml.safe_load((root / "guide.yaml").read_text(encoding="utf-8")) or {}
    return [f"menu '{title}' has a Spanish title but articles/{LANGUAGE}/{slug}.md does not exist"
            for slug, title in _menu_articles(guide.get("menu"), with_translation=True)
            if not (root / "articles" / LANGUAGE / f"{slug}.md").is_file()]


def organization_problems(root: Path) -> list[str]:
    problems = []
    for path in sorted((root / "organizations").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        spanish = (data.get("translations") or {}).get(LANGUAGE) or {}
        if not str(spanish.get("description") or "").strip():
            problems.append(f"organizations/{path.name}: no Spanish description")
        if data.get("language_note") and not str(spanish.get("language_note") or "").strip():
            problems.append(f"organizations/{path.name}: no Spanish language_note")
    return problems


def calque_problems(root: Path) -> list[str]:
    texts = [path for path in sorted((root / "articles" / LANGUAGE).glob("*.md"))]
    texts += sorted((root / "organizations").glob("*.yaml"))
    problems = []
    for path in texts:
        text = path.read_text(encoding="utf-8")
        for pattern, advice in CALQUES:
            for match in re.finditer(pattern, text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(root)}:{line}: {match.group(0)!r}: write {advice}")
    return problems


CHECKS = (missing_article_problems, menu_problems, organization_problems, calque_problems)


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_spanish_edition_is_complete(check):
    assert check(RESOURCES) == []


def test_the_menu_names_translated_articles():
    guide = yaml.safe_load((RESOURCES / "guide.yaml").read_text(encoding="utf-8"))
    assert list(_menu_articles(guide["menu"], with_translation=True)), "no Spanish menu titles found"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "resources"
    shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("guide.pack"))
    return target


def test_missing_spanish_article_fails(copy):
    slug = next(iter(_menu_articles(yaml.safe_load((copy / "guide.yaml").read_text(encoding="utf-8"))["menu"],
                                    with_translation=True)))[0]
    (copy / "articles" / LANGUAGE / f"{slug}.md").unlink()
    assert any(slug in p for p in missing_article_problems(copy))
    assert any(slug in p for p in menu_problems(copy))


def test_missing_spanish_description_fails(copy):
    path = copy / "organizations" / "eeoc.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("translations:")], encoding="utf-8")
    assert any("eeoc.yaml" in p for p in organization_problems(copy))


@pytest.mark.parametrize("phrase", ["más de 200 idiomas más", "el chat son en inglés", "la acogida de personas"])
def test_calque_fails(copy, phrase):
    path = copy / "articles" / LANGUAGE / "how-to-report.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{phrase}\n", encoding="utf-8")
    assert any("how-to-report.md" in p for p in calque_problems(copy))
