"""One booklet of the whole guide: a contents page, every article, then the organization directory."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from guide.factsheet.article import article_document
from guide.factsheet.directory import directory_document, directory_title
from guide.factsheet.markup import SheetDocument, help_box, meta_line, text
from guide.factsheet.paint import lay_out
from guide.i18n import BASE_LANGUAGE, catalogue
from guide.store import MenuNode, Pack


def article_order(pack: Pack) -> list[str]:
    """Article slugs in navigation-menu order, then any article the menu does not show, by title."""
    ordered: list[str] = []

    def walk(nodes: Sequence[MenuNode]) -> None:
        for node in nodes:
            if node.kind == "article" and node.target not in ordered:
                ordered.append(node.target)
            walk(node.children)

    walk(pack.menu())
    known = {a.slug for a in pack.articles()}
    ordered = [slug for slug in ordered if slug in known]
    ordered.extend(a.slug for a in pack.articles() if a.slug not in ordered)
    return ordered


def contents_document(pack: Pack, entries: Sequence[tuple[str, int]],
                      language: str = BASE_LANGUAGE) -> QTextDocument:
    words = catalogue(language)
    info = pack.info(language)
    sheet = SheetDocument(words.translate("FactSheet", "{title}: contents").format(title=info.title))
    rows = "".join(f'<tr><td>{text(title)}</td><td align="right">{page}</td></tr>' for title, page in entries)
    dated = words.translate("FactSheet", "Content as of {date}").format(date=pack.content_date)
    contents = text(words.translate("FactSheet", "Contents"))
    section = text(words.translate("FactSheet", "Section"))
    page_heading = text(words.translate("FactSheet", "Page"))
    sheet.add(
        f"<h1>{text(info.title)}</h1>"
        + (f'<p class="summary">{text(info.subtitle)}</p>' if info.subtitle else "")
        + meta_line(dated if pack.content_date else "")
        + help_box(pack.hotline(language), language)
        + f"<h2>{contents}</h2>"
        + f'<table width="100%" cellspacing="0" cellpadding="2">'
          f'<tr><th align="left">{section}</th><th align="right">{page_heading}</th></tr>{rows}</table>'
    )
    return sheet.build()


def booklet_documents(pack: Pack, device: QPagedPaintDevice, language: str = BASE_LANGUAGE) -> list[QTextDocument]:
    """The booklet's documents laid out for ``device``, the contents first with correct page numbers."""
    sections: list[tuple[str, QTextDocument]] = []
    for slug in article_order(pack):
        article = pack.article(slug, language)
        if article is not None:
            sections.append((article.title, article_document(pack, article, language)))
    sections.append((directory_title(language), directory_document(pack, language=language)))
    counts = [lay_out(document, device) for _, document in sections]
    contents_pages = 1
    for _ in range(3):  # the contents may take more than one page, which moves every section after it
        entries, page = [], contents_pages + 1
        for (title, _document), count in zip(sections, counts, strict=True):
            entries.append((title, page))
            page += count
        contents = contents_document(pack, entries, language)
        actual = lay_out(contents, device)
        if actual == contents_pages:
            break
        contents_pages = actual
    return [contents] + [document for _, document in sections]
