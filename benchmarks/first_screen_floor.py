"""A second start-up floor: the guide's first screen rebuilt with plain PySide6 and no guide code.

bare_window.py paints an empty tree, browser and table. The guide's first frame shows more: a
menu bar, a toolbar of actions with standard icons, the hotline banner (labels and buttons), the
menu tree with its 33 titles and icons, a rendered article, a status bar. This script shows the
same widgets with the same texts (read from the pack with sqlite3 in a few milliseconds) and
nothing else, so run.py can tell what any window showing that screen costs here, apart from
the guide's own code.
"""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QSplitter, QStyle,
    QTextBrowser, QToolBar, QTreeView, QVBoxLayout, QWidget,
)

ACTIONS = ("Back", "Forward", "Home", "Print", "Export PDF", "Bookmark", "Bookmarks", "Zoom out", "Zoom in",
           "Presentation mode")
MENUS = ("&File", "&Go", "&View", "&Bookmarks", "&Help")


def main(pack: str) -> int:
    connection = sqlite3.connect(f"file:{pack}?mode=ro&immutable=1", uri=True)
    nodes = connection.execute("SELECT id, parent_id, title FROM menu_node ORDER BY parent_id, position").fetchall()
    (html,) = connection.execute("SELECT html FROM article WHERE slug = 'introduction' LIMIT 1").fetchone()
    connection.close()

    app = QApplication(sys.argv)
    window = QMainWindow()
    for title in MENUS:
        window.menuBar().addMenu(title)
    toolbar = QToolBar()
    style = app.style()
    for index, text in enumerate(ACTIONS):
        toolbar.addAction(QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack) if index < 3 else
                                  style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), text, window))
    toolbar.addWidget(QPushButton("Quick exit"))
    window.addToolBar(toolbar)

    model = QStandardItemModel()
    items: dict[int, QStandardItem] = {}
    for node_id, parent_id, title in nodes:
        item = QStandardItem(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), title)
        items[node_id] = item
        (items[parent_id] if parent_id in items else model.invisibleRootItem()).appendRow(item)
    tree = QTreeView()
    tree.setHeaderHidden(True)
    tree.setModel(model)
    tree.expandAll()
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.addWidget(QLineEdit(placeholderText="Search the guide (Ctrl+K)"))
    left_layout.addWidget(tree)
    browser = QTextBrowser()
    browser.setHtml(html)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(browser)
    splitter.setSizes([330, 1000])

    banner = QWidget()
    row = QHBoxLayout(banner)
    for text in ("<b>In immediate danger? Call 911.</b>", "Hotline: call <b>1-888-373-7888</b>",
                 "Text <b>233733</b>", "TTY: <b>711</b>"):
        row.addWidget(QLabel(text, textFormat=Qt.TextFormat.RichText))
        row.addWidget(QPushButton("Copy"))
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(banner)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.statusBar().showMessage("Offline  Content: date  Pack v5")
    window.resize(1200, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
