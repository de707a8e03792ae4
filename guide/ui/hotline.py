"""The hotline banner, always visible at the top. Every number comes from the pack, never from code."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guide.store import Hotline
from guide.ui.flow_layout import FlowLayout
from guide.ui.qt_start import rich_text, strong_focus
from guide.ui.widgets import CopyButton, selectable_label


class HotlineBanner(QFrame):
    """Built once for the hotline's numbers; ``retranslate`` relabels it in another language (the
    numbers stay, the hotline's name and hint come from the pack in that language)."""

    def __init__(self, hotline: Hotline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotlineBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.copy_buttons: list[CopyButton] = []

        self.emergency = QLabel()
        rich_text(self.emergency)
        self.phone = self._number() if hotline.phone else None
        self.phone_copy = self._copy(hotline.phone) if hotline.phone else None
        self.text = self._number() if hotline.text else None
        self.text_copy = self._copy(hotline.text) if hotline.text else None
        self.tty = self._number() if hotline.tty else None
        self.note = QLabel()
        self.note.setWordWrap(True)

        # Each number stays beside its Copy button; on a narrow window the pairs wrap to a new row.
        numbers = FlowLayout(spacing=18, row_spacing=2)
        numbers.addWidget(self.emergency)
        for label, button in ((self.phone, self.phone_copy), (self.text, self.text_copy), (self.tty, None)):
            if label is not None:
                numbers.addWidget(_pair(label, button))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(numbers)
        layout.addWidget(self.note)
        self.retranslate(hotline)

    def retranslate(self, hotline: Hotline) -> None:
        self.setAccessibleName(self.tr("Help now"))
        emergency = html.escape(hotline.emergency or "911")
        danger = self.tr("In immediate danger? Call {number}.").format(number=emergency)
        self.emergency.setText(f"<b>{danger}</b>")
        self.emergency.setAccessibleName(html.unescape(danger))  # a name is read aloud: no markup
        if self.phone is not None and self.phone_copy is not None:
            self.phone.setText(self.tr("{name}: call {number}").format(
                name=html.escape(hotline.name), number=f"<b>{html.escape(hotline.phone)}</b>"))
            self.phone.setAccessibleName(self.tr("{name} phone {number}").format(name=hotline.name,
                                                                                number=hotline.phone))
            self.phone_copy.retranslate(self.tr("{name} phone number").format(name=hotline.name))
        if self.text is not None and self.text_copy is not None:
            hint = hotline.text_hint or self.tr("Text")
            self.text.setText(self.tr("{hint} to {number}").format(
                hint=html.escape(hint), number=f"<b>{html.escape(hotline.text)}</b>"))
            self.text.setAccessibleName(self.tr("{hint} to {number}").format(hint=hint, number=hotline.text))
            self.text_copy.retranslate(self.tr("hotline text number"))
        if self.tty is not None:
            self.tty.setText(self.tr("TTY: {number}").format(number=f"<b>{html.escape(hotline.tty)}</b>"))
            self.tty.setAccessibleName(self.tr("TTY {number}").format(number=hotline.tty))
        credits = []
        if hotline.operator:
            credits.append(self.tr("operated by {operator}").format(operator=hotline.operator))
        if hotline.verified:
            credits.append(self.tr("numbers verified {date}").format(date=hotline.verified))
        sentence = ", ".join(credits)
        sentence = sentence[:1].upper() + sentence[1:]
        if hotline.spanish_service:  # the Spanish edition says that the hotline answers in Spanish
            sentence = f"{sentence}. {hotline.spanish_service}" if sentence else hotline.spanish_service
        self.note.setText(sentence)
        self.note.setAccessibleName(sentence)
        self.note.setVisible(bool(sentence))

    @staticmethod
    def _number() -> QLabel:
        label = selectable_label("", "")
        label.setWordWrap(False)
        return label

    def _copy(self, number: str) -> CopyButton:
        button = CopyButton(number, "", self)
        strong_focus(button)
        self.copy_buttons.append(button)
        return button


def _pair(label: QLabel, button: CopyButton | None) -> QWidget:
    """A number and its Copy button, kept on one row."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(label)
    if button is not None:
        row.addWidget(button)
    return pair
