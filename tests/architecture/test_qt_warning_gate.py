"""The suite's own gate (pyproject.toml, qt_log_level_fail): a Qt warning fails the test that caused it."""

from __future__ import annotations

import pytest
from support import ROOT

INNER = '''
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QLabel


def test_a_wrong_property_name(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    qWarning("QObject::connect: No such signal QLabel::nonsense()")


def test_an_ignored_platform_message(qtbot):
    qWarning("This plugin does not support propagateSizeHints()")
'''


def test_a_qt_warning_fails_the_test_and_an_ignored_one_does_not(pytester: pytest.Pytester) -> None:
    test_file = pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-c", str(ROOT / "pyproject.toml"), "--rootdir", str(pytester.path),
                                           "-p", "no:cacheprovider", str(test_file))
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*Qt messages with level WARNING or above emitted*",
                                 "*FAILED*test_a_wrong_property_name*"])
