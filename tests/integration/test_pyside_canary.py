"""Canary for PySide6 6.12.0 on Python 3.11, which drops a reference to None on every void call
(the interpreter aborts after a few thousand). pyproject excludes that version; this proves it."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6  # noqa: E402
from PySide6.QtCore import QObject  # noqa: E402
from PySide6.QtGui import QStandardItem  # noqa: E402

VOID_CALLS = 20_000


def test_installed_pyside6_is_not_the_broken_release() -> None:
    assert PySide6.__version__ != "6.12.0"


def test_void_qt_calls_keep_none_alive() -> None:
    item = QStandardItem()
    owner = QObject()
    before = sys.getrefcount(None)
    for _ in range(VOID_CALLS // 2):
        item.setText("x")  # void C++ methods: each returns None to Python
        owner.setObjectName("canary")
    after = sys.getrefcount(None)
    # Other code may take a few references meanwhile; the bug loses one per call (20,000).
    assert after >= before - 100, f"None lost {before - after} references over {VOID_CALLS} void Qt calls"
