"""The Spanish edition in the pack: translated articles and fields, the English fallback, search in
Spanish (accents folded), the checks on translations, and the real content's Spanish articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import build_spanish_pack, spanish_sources

from guide.cli import main
from guide.content import ContentError, check_resources
from guide.content.load import load_content
from guide.paths import resources_dir
from guide.store import Pack
from guide.store.search import SearchQuery


@pytest.fixture(scope="module")
def es_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_spanish_pack(tmp_path_factory.mktemp("es"))


def test_an_article_comes_in_the_chosen_language_or_in_english_flagged(es_pack: Path) -> None:
    with Pack.open(es_pack) as pack:
        spanish = pack.article("intro", "es")
        assert spanish is not None and spanish.language == "es" and not spanish.fallback
        assert spanish.title == "Introducción a la trata" and "coerción" in spanish.plain_text
        assert spanish.sources[0].publisher == "Organización Internacional del Trabajo"
        fallback = pack.article("signs", "es")
        assert fallback is not None and fallback.language == "en" and fallback.fallback
        english = pack.article("intro")
        assert english is not None and english.language == "en" and not english.fallback
        assert english.title == "Introduction to trafficking"
        assert pack.article_languages("intro") == ("en", "es")
        assert pack.article_languages("signs") == ("en",)
        assert pack.article("nope", "es") is None


def test_articles_are_listed_once_each_in_the_chosen_language(es_pack: Path) -> None:
    with Pack.open(es_pack) as pack:
        english = {a.slug: a.title for a in pack.articles()}
        spanish = {a.slug: a.title for a in pack.articles("es")}
        info = pack.info("es")
    assert set(english) == set(spanish) == {"intro", "signs", "glossary"}
    assert spanish["intro"] == "Introducción a la trata" and spanish["signs"] == english["signs"]
    assert info.counts["articles"] == 3  # articles, not article versions
    assert (info.title, info.subtitle) == ("Guía de prueba", "Una pequeña guía de prueba")


def test_the_window_title_comes_without_counting_rows(es_pack: Path) -> None:
    with Pack.open(es_pack) as pack:
        assert (pack.title_in("es"), pack.title_in("en"), pack.title_in("fr")) == \
            ("Guía de prueba", "Test Guide", "Test Guide")
        assert pack.schema_version == pack.info().schema_version


def test_menu_categories_hotline_and_descriptions_are_translated_numbers_are_not(es_pack: Path) -> None:
    with Pack.open(es_pack) as pack:
        menu = pack.menu("es")
        assert [n.title for n in menu] == ["Introducción", "Organizaciones", "Enlaces", "Acerca de"]
        assert [n.title for n in pack.menu()] == ["Introduction", "Organizations", "Links", "About"]
        assert [n.id for n in menu] == [n.id for n in pack.menu()]  # the same nodes, retitled
        assert pack.category_label("hotline", "es") == "Líneas de ayuda"
        assert pack.category_label("hotline") == "Hotlines"
        hotline, english = pack.hotline("es"), pack.hotline()
        assert hotline.name == "Línea de Prueba" and hotline.text_hint == "Envíe HELP por mensaje de texto"
        assert hotline.spanish_service.startswith("Las llamadas") and english.spanish_service == ""
        assert (hotline.phone, hotline.text, hotline.tty) == (english.phone, english.text, english.tty)
        org_id = pack.organization_id("hotline-one")
        spanish_org, english_org = pack.organization(org_id, "es"), pack.organization(org_id)
    assert spanish_org.description == "Una línea nacional que atiende a toda hora."
    assert english_org.description == "A national hotline that answers around the clock."
    assert spanish_org.phones == english_org.phones and spanish_org.name == english_org.name
    assert [c.label for c in spanish_org.categories] == ["Líneas de ayuda"]


@pytest.mark.parametrize("words", ["trata", "tráfico", "trafico", "TRÁFICO", "coercion"])
def test_spanish_search_folds_accents(es_pack: Path, words: str) -> None:
    with Pack.open(es_pack) as pack:
        hits = pack.search(SearchQuery(words, kinds=("article",), content_language="es"))
    assert [(h.ref, h.title) for h in hits] == [("intro", "Introducción a la trata")]


def test_each_edition_searches_its_own_articles_and_english_where_untranslated(es_pack: Path) -> None:
    with Pack.open(es_pack) as pack:
        assert pack.search(SearchQuery("trata", kinds=("article",))) == []  # not in the English edition
        english_intro = pack.search(SearchQuery("coercion", kinds=("article",)))
        assert [h.title for h in english_intro] == ["Introduction to trafficking"]
        # "signs" has no Spanish version: the Spanish edition finds the English one; "intro" only in Spanish.
        spanish = pack.search(SearchQuery("exploitation", kinds=("article",), content_language="es"))
        signs = pack.search(SearchQuery("signs", kinds=("article",), content_language="es"))
        assert "intro" not in {h.ref for h in spanish}
        assert "signs" in {h.ref for h in signs}
        # An organization's Spanish description is searchable in either edition.
        orgs = pack.search(SearchQuery("atiende", kinds=("organization",), content_language="es"))
        assert [h.ref for h in orgs] == [str(pack.organization_id("hotline-one"))]


def test_cli_search_and_export_take_the_edition(es_pack: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "trafico", "--pack", str(es_pack), "--edition", "es", "--json"]) == 0
    assert '"title": "Introducción a la trata"' in capsys.readouterr().out
    out = tmp_path / "intro-es.pdf"
    assert main(["export", "intro", "--pack", str(es_pack), "--edition", "es", "--out", str(out)]) == 0
    assert out.stat().st_size > 1000
    with pytest.raises(SystemExit) as exit_info:  # an edition the guide does not have is a usage error
        main(["export", "intro", "--pack", str(es_pack), "--edition", "fr", "--out", str(out)])
    assert exit_info.value.code == 2


@pytest.mark.parametrize(("path", "text", "problem"), [
    ("articles/es/nothing.md", "---\nslug: nothing\ntitle: T\nsummary: S\nupdated: 2026-01-01\n"
     "audience: [general]\nsources: []\n---\nCuerpo.\n", "no article 'nothing' in articles/ for this to translate"),
    ("articles/es/signs.md", "---\nslug: signs\ntitle: T\nsummary: S\nupdated: 2026-01-01\nlanguage: fr\n"
     "audience: [general]\nsources: []\n---\nCuerpo.\n", "language 'fr' does not match the folder articles/es/"),
    ("articles/xx/intro.md", "---\nslug: intro\n---\nx\n", "unknown language folder 'xx'"),
])
def test_check_reports_a_bad_translated_article(tmp_path: Path, path: str, text: str, problem: str) -> None:
    sources = spanish_sources(tmp_path / "resources")
    target = sources / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as error:
        check_resources(sources)
    assert any(problem in str(p) and path in str(p) for p in error.value.problems), error.value.problems


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("es: {label: Ayuda legal}", "es: {label: Ayuda legal, colour: red}", "'colour' cannot be translated here"),
    ("es: {title: Señales}", "xx: {title: Señales}", "unknown translation language 'xx'"),
    ("es: {title: Enlaces}", "es: Enlaces", "translations of 'es' must be a mapping"),
])
def test_check_reports_a_bad_translations_key(tmp_path: Path, old: str, new: str, problem: str) -> None:
    sources = spanish_sources(tmp_path / "resources")
    guide = sources / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    assert old in text
    guide.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        check_resources(sources)
    assert any(problem in str(p) and "guide.yaml:" in str(p) for p in error.value.problems), error.value.problems


def test_the_real_content_has_the_spanish_articles_the_issue_asks_for() -> None:
    content = load_content(resources_dir())
    spanish = {a.slug: a for a in content.article_translations if a.language == "es"}
    assert {"introduction", "recognizing-the-signs", "how-to-report", "myths-and-facts"} <= set(spanish)
    assert all(a.body.strip() and a.sources for a in spanish.values())
    assert content.guide.hotline_translations["es"]["name"] == "Línea Nacional Contra la Trata de Personas"
    assert content.guide.hotline_translations["es"]["spanish_service"]
