"""The fact sheet of one article: title, date, summary, help box, body, sources and links with QR codes."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtGui import QTextDocument

from guide.factsheet.markup import Reference, SheetDocument, help_box, meta_line, reference_table, text
from guide.i18n import BASE_LANGUAGE, catalogue
from guide.store import Article, Pack, Source

_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.S)
_HREF = re.compile(r'\bhref="([^"]*)"')
_CLASS = re.compile(r'\bclass="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_BODY_TABLE = ('<table width="100%" border="1" cellspacing="0" cellpadding="3" '
               'style="border-collapse: collapse; border-style: solid; border-color: black;">')
QR_SCHEMES = ("http://", "https://")  # a QR code for mailto: or tel: would help no one on paper


def source_label(source: Source) -> str:
    parts = (source.publisher, source.title, str(source.year) if source.year else "")
    return ", ".join(cleaned for p in parts if (cleaned := p.strip().rstrip(",;")))


class _PrintedBody:
    """Rewrites the article's HTML for paper: external links become numbered references."""

    def __init__(self, sources: tuple[Source, ...]) -> None:
        self.references: list[Reference] = []
        self._numbers: dict[str, int] = {}
        for source in sources:
            self._add(source_label(source), source.url)

    def _add(self, label: str, url: str) -> int:
        if url and url in self._numbers:
            return self._numbers[url]
        number = len(self.references) + 1
        self.references.append(Reference(number, label, url))
        if url:
            self._numbers[url] = number
        return number

    def rewrite(self, html: str) -> str:
        html = _ANCHOR.sub(self._anchor, html)
        html = html.replace('<div class="footnote">', '<div class="footnotes">')
        return html.replace("<table>", _BODY_TABLE)

    def _anchor(self, match: re.Match[str]) -> str:
        attributes, inner = match.group(1), match.group(2)
        href_match = _HREF.search(attributes)
        href = unescape(href_match.group(1)) if href_match else ""
        css_class = _CLASS.search(attributes)
        if css_class and css_class.group(1) == "footnote-backref":
            return ""  # a "jump back" arrow means nothing on paper
        if href.lower().startswith(QR_SCHEMES):
            label = unescape(_TAG.sub("", inner)).strip()
            return f"{inner}<sup>[{self._add(label, href)}]</sup>"
        for scheme in ("mailto:", "tel:"):
            if href.lower().startswith(scheme):
                address = href[len(scheme):]
                shown = unescape(_TAG.sub("", inner)).strip()
                return inner if shown == address else f"{inner} ({text(address)})"
        return inner  # links inside the guide and footnote marks: the text alone


def article_html(pack: Pack, article: Article, sheet: SheetDocument, language: str = BASE_LANGUAGE) -> str:
    """The sheet in ``language``: the article as the pack gives it in that language (an English one
    says so when it has no translation), with headings and help box in that language too."""
    words = catalogue(language)
    body = _PrintedBody(article.sources)
    printed = body.rewrite(article.html)
    updated = words.translate("FactSheet", "Content as of {date}").format(date=article.updated)
    parts = []
    if article.fallback:
        note = words.translate("FactSheet", "This page is not available in Spanish; showing the English version.")
        parts.append(f'<p class="meta"><b>{text(note)}</b></p>')
    parts += [
        f"<h1>{text(article.title)}</h1>",
        meta_line(pack.info(language).title, updated if article.updated else ""),
    ]
    if article.summary:
        parts.append(f'<p class="summary">{text(article.summary)}</p>')
    parts.append(help_box(pack.hotline(language), language))
    parts.append(printed)
    if body.references:
        heading = words.translate("FactSheet", "Sources and links")
        parts.append(f"<h2>{text(heading)}</h2>")
        parts.append(reference_table(sheet, body.references))
    return "".join(parts)


def article_document(pack: Pack, article: Article, language: str = BASE_LANGUAGE) -> QTextDocument:
    sheet = SheetDocument(article.title)
    sheet.add(article_html(pack, article, sheet, language))
    return sheet.build()
