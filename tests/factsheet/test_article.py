"""Article fact sheets, read back from the PDF: text, help box, sources, QR codes, footer, paper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from support import page_sizes_pt, page_texts, qr_matrices, segno_matrix, squeeze

from guide import factsheet
from guide.content import build_pack
from guide.store import Pack

LINKED_ARTICLE = """---
slug: linked
title: Where the numbers come from
summary: A test article whose body links to the web.
updated: 2026-10-01
audience: [general]
language: en
sources:
  - publisher: International Labour Organization
    title: Global Estimates of Modern Slavery
    year: 2022
    url: https://www.ilo.org/global-estimates
  - publisher: Example Research Institute
    title: A very long report title that has to wrap over more than one line in the sources list
    year: 2019
    url: https://example.org/reports/2019/a-very-long-path/that-keeps-going-and-going/until-it-wraps.html?x=1&y=2
---
The estimate comes from [the ILO](https://www.ilo.org/global-estimates) and is discussed in
[a news story](https://news.example.com/story/123). Write to [the office](mailto:office@example.org)
or read [the signs](guide:signs).
"""


@pytest.fixture(autouse=True)
def _application(qapp) -> None:
    """pytest-qt's QApplication: a bare QGuiApplication made first would break widget tests later."""


@pytest.fixture(scope="module")
def linked_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from conftest import MINI_SOURCES

    sources = tmp_path_factory.mktemp("linked") / "resources"
    shutil.copytree(MINI_SOURCES, sources)
    (sources / "articles" / "linked.md").write_text(LINKED_ARTICLE, encoding="utf-8")
    return build_pack(sources, sources.parent / "linked.pack").path


@pytest.fixture(scope="module")
def linked_pdf(qapp, linked_pack: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "linked.pdf"
    with Pack.open(linked_pack) as pack:
        factsheet.export_articles(pack, ["linked"], out, factsheet.page_layout("letter"))
    return out


def test_sheet_shows_title_date_summary_and_help_box_from_the_pack(linked_pdf: Path, linked_pack: Path) -> None:
    text = squeeze("".join(page_texts(linked_pdf)))
    with Pack.open(linked_pack) as pack:
        hotline = pack.hotline()
    for expected in ("Where the numbers come from", "2026-10-01", "A test article whose body links to the web.",
                     "Where to get help", "call 911", hotline.phone, hotline.text, hotline.name):
        assert squeeze(expected) in text


def test_every_source_and_external_link_is_printed_in_full(linked_pdf: Path) -> None:
    text = squeeze("".join(page_texts(linked_pdf)))
    for url in ("https://www.ilo.org/global-estimates",
                "https://example.org/reports/2019/a-very-long-path/that-keeps-going-and-going/until-it-wraps.html?x=1&y=2",
                "https://news.example.com/story/123"):
        assert url in text
    assert "office@example.org" in text  # a mailto link shows its address on paper
    assert "Writetotheoffice(office@example.org)" in text


def test_qr_codes_are_exactly_the_printed_urls(linked_pdf: Path) -> None:
    urls = {"https://www.ilo.org/global-estimates",
            "https://example.org/reports/2019/a-very-long-path/that-keeps-going-and-going/until-it-wraps.html?x=1&y=2",
            "https://news.example.com/story/123"}
    found = qr_matrices(linked_pdf)
    # One code per distinct URL: the ILO link in the body reuses the source's number and code.
    assert sorted(found) == sorted(segno_matrix(url) for url in urls)


def test_body_links_point_to_numbered_references(linked_pdf: Path) -> None:
    text = squeeze("".join(page_texts(linked_pdf)))
    assert "theILO[1]" in text  # same address as source 1
    assert "anewsstory[3]" in text  # a new address gets the next number
    references = text.split("Sourcesandlinks", 1)[1]
    assert "[3]anewsstoryhttps://news.example.com/story/123" in references


def test_footer_numbers_every_page_with_the_guide_title(linked_pdf: Path) -> None:
    texts = page_texts(linked_pdf)
    for number, text in enumerate(texts, start=1):
        assert squeeze(f"Test Guide — page {number} of {len(texts)}") in squeeze(text)


def test_page_size_is_letter_or_a4(linked_pack: Path, tmp_path: Path) -> None:
    with Pack.open(linked_pack) as pack:
        factsheet.export_articles(pack, ["intro"], tmp_path / "a4.pdf", factsheet.page_layout("a4"))
        factsheet.export_articles(pack, ["intro"], tmp_path / "letter.pdf", factsheet.page_layout("letter"))
    assert set(page_sizes_pt(tmp_path / "a4.pdf")) == {(595, 842)}
    assert set(page_sizes_pt(tmp_path / "letter.pdf")) == {(612, 792)}


def test_default_paper_follows_the_locale() -> None:
    assert factsheet.default_page_size_name(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "letter"
    assert factsheet.default_page_size_name(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "a4"
    assert factsheet.default_page_size_name(QLocale(QLocale.Language.English, QLocale.Country.Canada)) == "a4"


def test_several_slugs_into_one_file_start_each_article_on_a_new_page(linked_pack: Path, tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    with Pack.open(linked_pack) as pack:
        [written] = factsheet.export_articles(pack, ["intro", "signs"], out, factsheet.page_layout("a4"))
    texts = page_texts(out)
    assert written.pages == len(texts) == 2
    assert squeeze(texts[0]).startswith("Introductiontotrafficking")
    assert squeeze(texts[1]).startswith("Recognizingthesigns")


def test_sheet_draws_in_black_only(linked_pdf: Path) -> None:
    # Colour operators in the page content (Qt writes "r g b scn"): anything but black or white
    # would print as a grey dither on a black-and-white printer.
    from pypdf import PdfReader

    colours = set()
    for page in PdfReader(linked_pdf).pages:
        content = page.get_contents().get_data().decode("latin-1")
        colours |= {tuple(float(v) for v in match)
                    for match in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:scn|SCN|rg|RG)\b", content)}
    assert colours and colours <= {(0.0, 0.0, 0.0), (1.0, 1.0, 1.0)}, colours
