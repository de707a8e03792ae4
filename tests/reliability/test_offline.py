"""Offline, provably: the app is used through every page, search, bookmarks, print preview and PDF
export while any network access fails the test, and nothing in it can open a connection."""

from __future__ import annotations

import os
import re
import socket
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from support import GUIDE, UrlHandoffs, answer_modals, handed_off, open_window, visible_dialog

from guide.location import Location
from guide.ui.external import ExternalLinkDialog
from guide.ui.window import MainWindow

SOCKET_METHODS = ("connect", "connect_ex", "sendto", "sendmsg")
SOCKET_FUNCTIONS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo",
                    "create_connection")


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python code reaches the network now fails and is recorded."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def refused(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"the tests forbid network access ({name})")
        return refused

    for name in SOCKET_METHODS:
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in SOCKET_FUNCTIONS:
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


@pytest.fixture
def handoffs() -> Iterator[UrlHandoffs]:
    with handed_off("http", "https", "mailto", "tel") as handler:
        yield handler


def test_the_guard_catches_connections(network_attempts: list[str]) -> None:
    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.org/", timeout=1)
    with pytest.raises(OSError), socket.socket() as raw:
        raw.connect(("93.184.216.34", 80))
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    assert [attempt.split("(")[0] for attempt in network_attempts] == ["create_connection", "socket.connect",
                                                                        "getaddrinfo"]


def all_indexes(window: MainWindow, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:
    model = window.menu_model
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [index, *all_indexes(window, index)]
    return found


def save_as(path: Path):  # type: ignore[no-untyped-def]
    def act(dialog: QWidget) -> str:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()
        return dialog.windowTitle()
    return act


def close(dialog: QWidget) -> str:
    title = dialog.windowTitle()
    dialog.close() if isinstance(dialog, QMessageBox) else dialog.reject()  # type: ignore[attr-defined]
    return title


def inet_sockets_of_this_process() -> set[str]:
    """Inodes of TCP/UDP sockets (IPv4/IPv6) this process holds open, read from /proc (Linux)."""
    held = {os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
            if os.path.islink(f"/proc/self/fd/{fd}")}
    held_inodes = {link[len("socket:["):-1] for link in held if link.startswith("socket:[")}
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        with open(f"/proc/self/net/{table}", encoding="ascii") as rows:
            inet |= {row.split()[9] for row in list(rows)[1:]}
    return held_inodes & inet


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="reads /proc (Linux)")
def test_the_whole_app_works_without_any_network(qtbot: QtBot, mini_pack: Path, data_dir: Path, tmp_path: Path,
                                                 network_attempts: list[str],
                                                 handoffs: UrlHandoffs) -> None:
    with open_window(qtbot, mini_pack, data_dir) as window:
        seen_pages = set()
        for index in all_indexes(window):  # every page of the menu
            window.tree.setCurrentIndex(index)
            page = window.pages.currentWidget()
            seen_pages.add(type(page).__name__)
            if page is window.router.page("organizations"):
                table = window.router.page("organizations").table
                for row in range(table.model().rowCount()):
                    table.selectRow(row)
                    assert window.router.page("organizations").detail.organization is not None
            if page is window.router.page("links"):
                window.router.page("links").open_current()  # asks first; Cancel
                dialog = visible_dialog(ExternalLinkDialog)
                assert isinstance(dialog, ExternalLinkDialog)
                dialog.cancel_button.click()
                window.router.page("links").open_current()  # asks again; the user opens it in the browser
                dialog = visible_dialog(ExternalLinkDialog)
                dialog.open_button.click()  # type: ignore[union-attr]
        assert {"ArticlePage", "OrganizationsPage", "LinksPage", "FolderPage"} <= seen_pages
        window.activateWindow()  # back from the link dialogs: window shortcuts need the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

        window.focus_search()
        qtbot.keyClicks(window.search_field, "trafficking")
        qtbot.waitUntil(lambda: window.router.page("search").hits() != [])
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # opens the first hit
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert window.settings.bookmarks
        window.bookmarks.menu.aboutToShow.emit()
        window.bookmarks.menu.actions()[-1].trigger()

        window.tree.setCurrentIndex(all_indexes(window)[0])
        seen: list[object] = []
        answer_modals(seen, (QFileDialog, save_as(tmp_path / "intro.pdf")))
        window.commands.export.trigger()
        answer_modals(seen, (QPrintPreviewDialog, close))
        window.commands.print.trigger()
        window.go(Location("organizations", "all"))
        answer_modals(seen, (QFileDialog, save_as(tmp_path / "orgs.pdf")))
        window.commands.export.trigger()
        about = next(a for a in window.findChildren(type(window.commands.export)) if a.text() == "About this guide")
        answer_modals(seen, (QMessageBox, close))
        about.trigger()
        assert len(seen) == 4
        for pdf in ("intro.pdf", "orgs.pdf"):
            assert (tmp_path / pdf).read_bytes().startswith(b"%PDF")

        assert inet_sockets_of_this_process() == set()
        window.toolbar.quick_exit_button.click()

    assert network_attempts == []
    assert handoffs.urls == ["https://example.org/report"]  # handed to the system only when asked
    assert not [name for name in sys.modules if name.startswith("PySide6.QtNetwork")]
    assert QApplication.instance() is not None


def test_no_network_code_in_the_app() -> None:
    network_import = re.compile(
        r"^\s*(import|from)\s+(socket|ssl|urllib\.request|http\.client|requests|ftplib|smtplib)\b", re.MULTILINE)
    offenders = [str(path.relative_to(GUIDE)) for path in GUIDE.rglob("*.py")
                 if network_import.search(text := path.read_text(encoding="utf-8"))
                 or any(word in text for word in ("QtNetwork", "QNetworkAccessManager", "QtWebEngine"))]
    assert offenders == []
