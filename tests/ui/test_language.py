"""The Spanish edition in the window: switching relabels everything and is remembered, a Spanish
article shows and prints, the English fallback is marked, and no English interface text remains."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support import build_spanish_pack, catalogue_translations, leftovers, open_window, page_texts

from guide.languages import STATE_NAMES
from guide import __version__, factsheet, i18n
from guide.location import Location
from guide.store import Pack
from guide.store.search import snippet_plain
from guide.ui.window import MainWindow
from guide.userdata.settings import Settings

FALLBACK_NOTE = "Esta página no está disponible en español; se muestra la versión en inglés."


@pytest.fixture(scope="module")
def es_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_spanish_pack(tmp_path_factory.mktemp("es-window"))


@pytest.fixture(autouse=True)
def _english_afterwards(qapp) -> None:  # type: ignore[no-untyped-def]
    yield
    i18n.install("en")  # other tests expect the English interface


def _choose(window: MainWindow, language: str) -> None:
    action = next(a for a in window.commands.languages.actions() if a.data() == language)
    action.trigger()


def test_switching_language_relabels_the_window_and_is_remembered(qtbot: QtBot, es_pack: Path,
                                                                   data_dir: Path) -> None:
    with open_window(qtbot, es_pack, data_dir) as window:
        assert window.search_field.placeholderText() == "Search the guide (Ctrl+K)"
        assert window.router.page("article").article.title == "Introduction to trafficking"
        _choose(window, "es")
        assert window.language == "es" and i18n.installed_language() == "es"
        assert window.search_field.placeholderText() == "Buscar en la guía (Ctrl+K)"
        assert window.commands.back.text() == "Atrás" and window.toolbar.quick_exit_button.text() == "Salida rápida"
        assert [window.menu_model.index(r, 0).data() for r in range(4)] == [
            "Introducción", "Organizaciones", "Enlaces", "Acerca de"]
        assert window.router.page("article").article.title == "Introducción a la trata"  # the page shown follows
        assert window.windowTitle() == "Introducción — Guía de prueba"
        banner = " ".join(label.text() for label in window.banner.findChildren(QLabel))
        assert "Línea de Prueba" in banner and "Las llamadas y los mensajes de texto" in banner
        assert "1-888-555-0100" in banner  # numbers stay as they are
        assert [m.title() for m in window.menuBar().findChildren(QMenu) if m.title() == "&Idioma"]
        assert Settings(data_dir).language == "es"

    with open_window(qtbot, es_pack, data_dir) as window:  # the next start opens in Spanish
        assert window.language == "es" and window.commands.home.text() == "Inicio"
        _choose(window, "en")
        assert window.commands.home.text() == "Home"
        assert window.menu_model.index(0, 0).data() == "Introduction"
        assert window.router.page("article").article.title == "Introduction to trafficking"
        assert Settings(data_dir).language == "en"


def test_switching_keeps_the_organizations_filter_and_relabels_the_detail(qtbot: QtBot, es_pack: Path,
                                                                          data_dir: Path) -> None:
    with open_window(qtbot, es_pack, data_dir) as window:
        window.go(Location("organizations", "hotline"))
        page = window.router.page("organizations")
        page.table.selectRow(0)
        assert page.detail.organization.description.startswith("A national hotline")
        _choose(window, "es")
        assert page.category.currentData() == "hotline" and page.category.currentText() == "Líneas de ayuda"
        assert page.count.text() == "2 de 4 organizaciones"
        assert page.detail.organization.description == "Una línea nacional que atiende a toda hora."
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre"


def test_a_spanish_article_renders_and_an_untranslated_one_says_it_is_in_english(qtbot: QtBot, es_pack: Path,
                                                                                data_dir: Path) -> None:
    Settings(data_dir).set_language("es")
    with open_window(qtbot, es_pack, data_dir) as window:
        text = window.router.page("article").browser.toPlainText()
        assert "Introducción a la trata" in text and "La trata de personas consiste" in text
        assert "Actualizado el 2026-11-29" in text and "Fuentes" in text and FALLBACK_NOTE not in text
        assert window.go(Location("article", "signs"))
        text = window.router.page("article").browser.toPlainText()
        assert text.startswith(FALLBACK_NOTE) and "Signs of trafficking" in text


def test_a_spanish_fact_sheet_prints_with_spanish_headings(qapp, es_pack: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sheets"
    with Pack.open(es_pack) as pack:
        written = factsheet.export_articles(pack, ["intro", "signs"], out, factsheet.page_layout("letter"), "es")
    intro, signs = (" ".join(" ".join(page_texts(w.path)).split()) for w in written)  # words, one space apart
    assert "Dónde pedir ayuda" in intro and "Fuentes y enlaces" in intro
    assert "En peligro inmediato: llame al 911." in intro and "Línea de Prueba" in intro
    assert "Las llamadas y los mensajes de texto se atienden en español." in intro
    assert "La trata de personas consiste" in intro and "página 1 de 1" in intro
    assert "Where to get help" not in intro
    assert FALLBACK_NOTE in signs and "Dónde pedir ayuda" in signs


def _texts(window: MainWindow) -> list[str]:
    """Every text a person can see or hear from the window: labels, buttons, fields, lists, tips,
    accessible names, menus and actions."""
    texts = [window.windowTitle(), window.accessibleName()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.whatsThis()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(_columns(model))]
            texts += _model_texts(model)
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [t for t in texts if t and t.strip()]


def _columns(model, parent: QModelIndex | None = None) -> int:  # type: ignore[no-untyped-def]
    try:
        return model.columnCount(parent or QModelIndex())
    except TypeError:  # a QAbstractListModel keeps columnCount private: one column
        return 1


def _model_texts(model, parent=None) -> list[str]:  # type: ignore[no-untyped-def]
    parent = parent or QModelIndex()
    texts = []
    for row in range(min(model.rowCount(parent), 50)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole + 10):
                value = index.data(role)
                if isinstance(value, str):
                    texts.append(value)
        texts += _model_texts(model, model.index(row, 0, parent))
    return texts


def _content(pack: Pack) -> list[str]:
    """What the pack says, in Spanish where it has Spanish: titles, names, numbers, addresses."""
    info = pack.info("es")
    words = [info.title, info.subtitle, info.content_date, str(info.schema_version), __version__,
             *i18n.LANGUAGES.values(), *pack.areas_in_use(), *STATE_NAMES]  # the state filter lists every code
    hotline = pack.hotline("es")
    words += [str(getattr(hotline, name)) for name in hotline.__dataclass_fields__]

    def menu(nodes) -> None:  # type: ignore[no-untyped-def]
        for node in nodes:
            words.append(node.title)
            menu(node.children)

    menu(pack.menu("es"))
    words += [c.label for c in pack.categories("es")]
    for summary in pack.articles("es"):
        article = pack.article(summary.slug, "es")
        words += [article.title, article.summary, article.updated]
    for org in pack.organizations(pack.organization_ids(), "es"):
        words += [org.name, org.alternate_name, org.description, org.website, QUrl(org.website).host(), org.email,
                  org.language_note, org.verified, *org.areas]
        words += [part for p in org.phones for part in (p.number, p.hours, p.description)]
        words += [part for s in org.sources for part in (s.publisher, s.title, str(s.year or ""), s.url)]
    for link in pack.links():
        words += [link.title, link.url, link.url_note, link.publisher, link.description, str(link.year or "")]
    return words


def test_no_english_interface_text_remains_in_spanish(qtbot: QtBot, es_pack: Path, data_dir: Path) -> None:
    Settings(data_dir).set_language("es")
    translations = catalogue_translations("es")
    with open_window(qtbot, es_pack, data_dir) as window:
        content = _content(window.pack) + [window.search_field.text()]
        assert leftovers(["Clear filters", "Copiar enlace"], content, translations) == [
            "'Clear filters' (left: 'Clear filters')"]  # the check can fail
        texts = _texts(window)  # the first article
        window.go(Location("organizations", "all"))
        window.router.page("organizations").table.selectRow(0)  # the detail pane
        texts += _texts(window)
        for location in (Location("links", "all"), Location("folder", str(window.menu_model.node(
                window.menu_model.index(3, 0)).id)), Location("article", "signs")):
            assert window.go(location)
            texts += _texts(window)
        window.commands.bookmark.trigger()
        window.bookmarks.fill(window.bookmarks.menu)
        window.search_field.setText("trata")
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.router.page("search") and bool(window.router.page("search").hits()))
        content += ["trata", *(snippet_plain(hit.snippet, "", "") for hit in window.router.page("search").hits())]
        texts += _texts(window)
        left = sorted(set(leftovers(texts, content, translations)))
        assert left == [], "\n".join(left)
        # The article page's own words come from the catalogue too.
        window.go(Location("article", "intro"))
        page = window.router.page("article").browser.toPlainText()
        assert "Actualizado el" in page and "Updated" not in page
    assert QApplication.instance() is not None


def test_qt_file_dialog_speaks_spanish_where_qts_own_catalogue_is_silent() -> None:
    i18n.install("es")
    dialog = QFileDialog(None, "Exportar PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    dialog.deleteLater()
    assert labels["lookInLabel"] == "&Buscar en:"  # Qt 6's "&Look in:", not in qtbase_es.qm
    assert labels["fileTypeLabel"] == "Archivos de &tipo:"
    assert labels["fileNameLabel"] == "&Nombre de fichero:"  # Qt's own catalogue, still loaded
