"""The article page: rendered Markdown in a QTextBrowser that never loads anything remote."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QContextMenuEvent, QPalette
from PySide6.QtWidgets import QMenu, QTextBrowser, QVBoxLayout, QWidget

from guide.i18n import BASE_LANGUAGE
from guide.inert_document import InertDocument
from guide.location import Location
from guide.store import Article, Pack, Source
from guide.ui.pages.page import ArticleSheet, Printable

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint, QUrl  # not named at import (PySide6 builds QUrl's type then)

    from guide.ui.find_bar import FindBar

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


def link_location(url: QUrl) -> Location | None:
    """``guide:<slug>`` and ``guide:org/<key>`` (or a bare relative slug) -> a page; else None."""
    scheme = url.scheme().lower()
    if scheme not in ("guide", ""):
        return None
    path = url.path().strip("/")
    if not path:
        return None
    if path.startswith("org/"):
        return Location("organization", path[len("org/"):])
    return Location("article", path)


def article_stylesheet(palette: QPalette) -> str:
    """Readable defaults drawn from the palette, so the page reads well in light and dark."""
    text = palette.color(QPalette.ColorRole.Text).name()
    link = palette.color(QPalette.ColorRole.Link).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    rule = palette.color(QPalette.ColorRole.Mid).name()
    header = palette.color(QPalette.ColorRole.AlternateBase).name()
    return f"""
        body {{ color: {text}; }}
        h1 {{ margin-bottom: 4px; }}
        h2, h3 {{ margin-top: 18px; }}
        p, li {{ line-height: 140%; }}
        a {{ color: {link}; }}
        p.summary {{ color: {muted}; font-style: italic; }}
        p.fallback {{ border: 1px solid {rule}; padding: 6px; }}
        p.meta, div.footnote, ol.sources {{ color: {muted}; }}
        table {{ border-collapse: collapse; border-color: {rule}; margin: 8px 0; }}
        th {{ background-color: {header}; font-weight: bold; }}
        th, td {{ border: 1px solid {rule}; padding: 4px 8px; }}
        blockquote {{ margin-left: 16px; color: {muted}; }}
        code {{ font-family: monospace; }}
    """



def fallback_note() -> str:
    """Said above an article shown in English because it has no version in the chosen language."""
    return translate("ArticlePage", "This page is not available in Spanish; showing the English version.")


def article_html(article: Article) -> str:
    parts = []
    if article.fallback:
        parts.append(f'<p class="fallback" lang="{BASE_LANGUAGE}"><b>{html.escape(fallback_note())}</b></p>')
    parts.append(f"<h1>{html.escape(article.title)}</h1>")
    if article.summary:
        parts.append(f'<p class="summary">{html.escape(article.summary)}</p>')
    if article.updated:
        updated = translate("ArticlePage", "Updated {date}").format(date=article.updated)
        parts.append(f'<p class="meta">{html.escape(updated)}</p>')
    parts.append(article.html)
    if article.sources:
        sources = translate("ArticlePage", "Sources")
        parts.append(f'<h2 id="sources">{html.escape(sources)}</h2><ol class="sources">')
        parts.extend(f"<li>{_source_html(source)}</li>" for source in article.sources)
        parts.append("</ol>")
    return "\n".join(parts)


def _source_html(source: Source) -> str:
    year = f" ({source.year})" if source.year else ""
    title = f", <i>{html.escape(source.title)}</i>" if source.title else ""
    url = html.escape(source.url, quote=True)
    link = f'<br><a href="{url}">{html.escape(source.url)}</a>' if source.url else ""
    return f"{html.escape(source.publisher)}{title}{year}.{link}"


class ArticleBrowser(QTextBrowser):
    """A QTextBrowser that follows no link by itself and loads no resource (nothing remote, no files)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(InertDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Article"))
        self.document().setDocumentMargin(18)
        self._source = ""
        self._apply_palette()

    def show_html(self, source: str) -> None:
        self._source = source
        self.setHtml(source)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt name)
        return None

    def context_menu(self, position: QPoint) -> QMenu:
        """Qt's menu, without "Copy Link Location" on a link inside the guide: ``guide:org/nhth`` means
        nothing pasted anywhere else. ``position`` is in the viewport, as a context menu event's."""
        from PySide6.QtCore import QPoint, QUrl

        scrolled = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menu = self.createStandardContextMenu(position + scrolled)  # takes document coordinates
        anchor = self.anchorAt(position)
        if anchor and QUrl(anchor).scheme().lower() in ("guide", ""):
            for action in menu.actions():
                if action.objectName() == "link-copy":
                    menu.removeAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _apply_palette(self) -> None:
        self.document().setDefaultStyleSheet(article_stylesheet(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self.setHtml(self._source)  # the default stylesheet applies only when the HTML is parsed
        super().changeEvent(event)


class ArticlePage(QWidget):
    """Title, body, sources, and the find bar under them (Print, Export and Bookmark are the toolbar's)."""

    navigate = Signal(Location)

    def __init__(self, pack: Pack, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.language = language
        self.slug = ""
        self.browser = ArticleBrowser(self)
        self.browser.anchorClicked.connect(self._link_clicked)
        self._find_bar: FindBar | None = None  # made on the first Ctrl+F: most sessions never find in a page
        self.article: Article | None = None

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.browser, 1)

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            from guide.ui.find_bar import FindBar

            self._find_bar = FindBar(self.browser, self)
            self._layout.addWidget(self._find_bar)
            # Its widgets would join the window's focus chain at the end; Tab goes from the page to them.
            previous: QWidget = self.browser
            for widget in self._find_bar.tab_chain():
                QWidget.setTabOrder(previous, widget)
                previous = widget
        return self._find_bar

    def retranslate(self, language: str) -> None:
        self.language = language
        if self._find_bar is not None:
            self._find_bar.retranslate()
        if self.article is None:
            self.browser.setAccessibleName(self.tr("Article"))

    def find_in_page(self) -> None:
        self.find_bar.open()

    def show_article(self, article: Article) -> None:
        self.slug = article.slug
        self.article = article
        self.browser.show_html(article_html(article))
        self.browser.setAccessibleName(self.tr("Article: {title}").format(title=article.title))

    def show_location(self, location: Location) -> bool:
        article = self.pack.article(location.target, self.language) if location.kind == "article" else None
        if article is None:
            return False
        self.show_article(article)
        return True

    def title_for(self, location: Location) -> str:
        if self.article is not None and location == Location("article", self.slug):
            return self.article.title
        return location.target

    def focus(self) -> None:
        self.browser.setFocus(QtCore.Qt.FocusReason.TabFocusReason)

    def printable(self) -> Printable | None:
        return ArticleSheet(self.slug) if self.slug else None

    def tab_chain(self) -> list[QWidget]:
        return [self.browser, *(self._find_bar.tab_chain() if self._find_bar is not None else [])]

    def clear(self) -> None:
        self.slug = ""
        self.article = None
        self.browser.show_html("")
        if self._find_bar is not None:
            self._find_bar.clear()

    def _link_clicked(self, url: QUrl) -> None:
        if url.hasFragment() and not url.path() and not url.scheme():
            self.browser.scrollToAnchor(url.fragment())
            return
        location = link_location(url)
        if location is not None:
            self.navigate.emit(location)
        else:
            from guide.ui.external import ask_to_open  # its dialogs load when a web link is followed

            ask_to_open(self, url)
