"""The hotline banner, always visible at the top. Every number comes from the pack, never from code."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guide.store import Hotline
from guide.ui.widgets import CopyButton, selectable_label


class HotlineBanner(QFrame):
    def __init__(self, hotline: Hotline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotlineBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Help now")
        self.copy_buttons: list[CopyButton] = []

        emergency = QLabel(f"<b>In immediate danger? Call {html.escape(hotline.emergency or '911')}.</b>")
        emergency.setAccessibleName(emergency.text())
        emergency.setTextFormat(Qt.TextFormat.RichText)

        numbers = QHBoxLayout()
        numbers.setSpacing(6)
        numbers.addWidget(emergency)
        if hotline.phone:
            numbers.addSpacing(12)
            numbers.addWidget(self._number(f"{hotline.name}: call <b>{html.escape(hotline.phone)}</b>",
                                               f"{hotline.name} phone {hotline.phone}"))
            numbers.addWidget(self._copy(hotline.phone, f"{hotline.name} phone number"))
        if hotline.text:
            hint = hotline.text_hint or "Text"
            numbers.addSpacing(12)
            numbers.addWidget(self._number(f"{html.escape(hint)} to <b>{html.escape(hotline.text)}</b>",
                                               f"{hint} to {hotline.text}"))
            numbers.addWidget(self._copy(hotline.text, "hotline text number"))
        if hotline.tty:
            numbers.addSpacing(12)
            numbers.addWidget(self._number(f"TTY: <b>{html.escape(hotline.tty)}</b>", f"TTY {hotline.tty}"))
        numbers.addStretch(1)

        credits = []
        if hotline.operator:
            credits.append(f"operated by {hotline.operator}")
        if hotline.verified:
            credits.append(f"numbers verified {hotline.verified}")
        sentence = ", ".join(credits)
        note = QLabel(sentence[:1].upper() + sentence[1:])
        note.setAccessibleName(note.text())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(numbers)
        if credits:
            layout.addWidget(note)

    @staticmethod
    def _number(text: str, name: str) -> QWidget:
        label = selectable_label(text, name)
        label.setWordWrap(False)
        return label

    def _copy(self, number: str, what: str) -> CopyButton:
        button = CopyButton(number, what, self)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.copy_buttons.append(button)
        return button
