"""The fact sheets of the real guide (resources/): each article fits on two pages, with all its sources."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from support import page_qr_matrices, page_texts, segno_matrix, squeeze

from guide import factsheet, paths
from guide.content import build_pack
from guide.store import Pack
from guide.store.directory import OrganizationFilter

MAX_PAGES = 2
_EXTERNAL_HREF = re.compile(r'href="(https?://[^"]+)"')


@pytest.fixture(autouse=True)
def _application(qapp) -> None:
    """pytest-qt's QApplication: a bare QGuiApplication made first would break widget tests later."""


@pytest.fixture(scope="module")
def real_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pack(paths.resources_dir(), tmp_path_factory.mktemp("real") / "guide.pack").path


@pytest.fixture(scope="module")
def exported(qapp, real_pack: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sheets")
    with Pack.open(real_pack) as pack:
        factsheet.export_articles(pack, [a.slug for a in pack.articles()], out, factsheet.page_layout("letter"))
    return out


def _slugs(real_pack: Path) -> list[str]:
    with Pack.open(real_pack) as pack:
        return [a.slug for a in pack.articles()]


def test_every_article_fits_on_two_letter_pages_with_title_hotline_and_sources(real_pack: Path,
                                                                                exported: Path) -> None:
    with Pack.open(real_pack) as pack:
        hotline = pack.hotline()
        articles = [pack.article(slug) for slug in _slugs(real_pack)]
    assert len(articles) >= 8
    too_long = []
    for article in articles:
        pdf = exported / f"{article.slug}.pdf"
        texts = page_texts(pdf)
        if len(texts) > MAX_PAGES:
            too_long.append(f"{article.slug}: {len(texts)} pages")
        text = squeeze("".join(texts))
        assert squeeze(article.title) in text, article.slug
        assert hotline.phone in text and hotline.text in text, article.slug
        for source in article.sources:
            assert source.url in text, (article.slug, source.url)
    assert not too_long, too_long


def test_every_printed_url_has_its_qr_code_on_the_same_page(real_pack: Path, exported: Path) -> None:
    with Pack.open(real_pack) as pack:
        for slug in _slugs(real_pack):
            article = pack.article(slug)
            urls = {s.url for s in article.sources if s.url.startswith(("http://", "https://"))}
            urls |= {unescape(href) for href in _EXTERNAL_HREF.findall(article.html)}
            pdf = exported / f"{slug}.pdf"
            texts = [squeeze(text) for text in page_texts(pdf)]
            # Each URL is printed whole on one page (a reference never breaks across pages) ...
            assert all(any(url in text for text in texts) for url in urls), slug
            # ... every QR code sits on a page that prints its URL, and there is one per URL.
            pages = page_qr_matrices(pdf)
            for text, matrices in zip(texts, pages, strict=True):
                on_page = {segno_matrix(url) for url in urls if url in text}
                assert set(matrices) <= on_page, slug
            assert sorted(m for page in pages for m in page) == sorted(segno_matrix(url) for url in urls), slug


def test_a4_does_not_push_any_article_past_two_pages(real_pack: Path, tmp_path: Path) -> None:
    with Pack.open(real_pack) as pack:
        written = factsheet.export_articles(pack, _slugs(real_pack), tmp_path, factsheet.page_layout("a4"))
    assert [w.path.stem for w in written if w.pages > MAX_PAGES] == []


def test_real_directory_lists_every_organization_once_per_filter(real_pack: Path, tmp_path: Path) -> None:
    with Pack.open(real_pack) as pack:
        for flt in (OrganizationFilter(), OrganizationFilter(state="CA"), OrganizationFilter(category="legal")):
            out = tmp_path / "directory.pdf"
            factsheet.export_directory(pack, flt, out, factsheet.page_layout("letter"))
            text = squeeze("".join(page_texts(out)))
            names = [org.name for org in pack.organizations(pack.organization_ids(flt))]
            assert names, flt
            missing = [name for name in names if squeeze(name) not in text]
            assert not missing, (flt, missing)
