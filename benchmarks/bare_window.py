"""The start-up floor: a bare PySide6 window with a tree, a text browser and a table.

run.py times this and ``python main.py`` to their first painted frame (build_spec/first_frame.py)
in the same run, and reports the ratio: what the guide adds to what any Qt window costs here.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableView, QTextBrowser, QTreeView


def main() -> int:
    app = QApplication(sys.argv)
    splitter = QSplitter()
    tree = QTreeView()
    tree.setModel(QStandardItemModel(tree))
    table = QTableView()
    table.setModel(QStandardItemModel(0, 4, table))
    splitter.addWidget(tree)
    splitter.addWidget(QTextBrowser())
    splitter.addWidget(table)
    window = QMainWindow()
    window.setCentralWidget(splitter)
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
