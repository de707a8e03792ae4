"""guide.ui.qt_start: the roles are Qt's numbers, and the enum helpers set what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from guide.ui import qt_start
from guide.ui.qt_start import ItemRole


def test_the_item_roles_are_qts() -> None:
    ours = (ItemRole.DISPLAY, ItemRole.DECORATION, ItemRole.TOOL_TIP, ItemRole.ACCESSIBLE_TEXT, ItemRole.USER)
    qts = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
           Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole)
    assert [int(role) for role in ours] == [role.value for role in qts]
    own = [role for role in ItemRole if role > ItemRole.USER]
    assert all(role > Qt.ItemDataRole.UserRole.value for role in own)
    assert len(set(own)) == len(own)


def test_the_helpers_set_the_enum_properties(qtbot: QtBot) -> None:
    label, button = QLabel(), QToolButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    qt_start.rich_text(label)
    qt_start.selectable(label)
    qt_start.align_center(label)
    qt_start.strong_focus(button)
    qt_start.text_beside_icon(button)
    assert label.textFormat() == Qt.TextFormat.RichText
    assert label.textInteractionFlags() == (Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_a_property_the_object_does_not_have_is_refused(qtbot: QtBot) -> None:
    button = QToolButton()
    qtbot.addWidget(button)
    with pytest.raises(ValueError):
        qt_start.rich_text(button)
