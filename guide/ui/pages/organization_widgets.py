"""The pieces the organization detail pane is built of: plain-text labels, labelled facts, phones
with Copy, hours. Shared by the organization's own part, its services and its locations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from guide.directory_text import Translate, Words
from guide.directory_text.facts import Fact
from guide.directory_text.hours import describe_hours
from guide.directory_text.nearby import distance_text
from guide.directory_text.phones import kind_name, number_text, phone_notes
from guide.directory_text.plain import plain
from guide.i18n.names import language_name
from guide.nearby.distance import miles_between
from guide.nearby.zip_points import ZipPoint, known_point
from guide.packformat.directory_values import Location, Phone, Schedule
from guide.ui.external import ask_to_open
from guide.ui.widgets import CopyButton


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


QT_TRANSLATE: Translate = _translate  # the installed catalogue, as tr() uses it
translate = QCoreApplication.translate  # by this name lupdate collects the texts of this pane's modules


class DetailContext:
    """What every piece needs: the language, today's date, and where Copy buttons are collected
    (the page moves focus to the first phone's)."""

    def __init__(self, language: str, today: date, owner: QWidget, near: ZipPoint | None = None) -> None:
        self.language = language
        self.near = near  # the ZIP code a near-me search is from
        self.owner = owner  # the pane: the parent of the dialogs its buttons open
        self.today = today
        self.words = Words.for_language(language, QT_TRANSLATE)
        self.phone_copy_buttons: list[CopyButton] = []
        self.address_copy_buttons: list[CopyButton] = []

    def language_name(self, code: str) -> str:
        return language_name(code, self.language)

    def distance(self, location: Location) -> str:
        """How far the location is from the near-me ZIP code ("" without one, or without a place)."""
        if self.near is None:
            return ""
        if location.latitude is not None and location.longitude is not None:
            point, approximate = (location.latitude, location.longitude), False
        else:
            found = next((z for a in location.addresses if a.postal_code and (z := known_point(a.postal_code))), None)
            if found is None:
                return ""
            point, approximate = (found.latitude, found.longitude), True
        miles = miles_between(self.near.latitude, self.near.longitude, *point)
        return distance_text(miles, approximate, self.words)



def plain_label(text: str, field: str, parent: QWidget | None = None) -> QLabel:
    """Imported or authored text as plain text (a "<b>" in it is shown, never obeyed), selectable, and
    named for a screen reader with its field: "Fees: free"."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAccessibleName(f"{field}: {text}" if field else text)
    return label


def field_name(text: str) -> QLabel:
    """The bold name before a value ("Fees:"); the value's own label says both to a screen reader."""
    label = QLabel(text + ":")
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def facts_form(facts: Sequence[Fact]) -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane puts values under names
    form.setContentsMargins(0, 0, 0, 0)
    for fact in facts:
        form.addRow(field_name(fact.label), plain_label(fact.value, fact.label))
    return form


def phones_grid(phones: Sequence[Phone], context: DetailContext) -> QGridLayout:
    """One line per number (kind, number and extension, Copy), its hours, notes and languages below."""
    grid = QGridLayout()
    grid.setColumnStretch(3, 1)
    grid.setVerticalSpacing(2)
    grid.setContentsMargins(0, 0, 0, 0)
    for index, phone in enumerate(phones):
        row = index * 2
        kind = kind_name(phone.kind, context.words)
        grid.addWidget(field_name(kind), row, 0)
        shown = number_text(phone, context.words)
        number = plain_label(shown, kind)
        number.setWordWrap(False)
        font = number.font()
        font.setBold(True)
        number.setFont(font)
        grid.addWidget(number, row, 1)
        copy = CopyButton(shown, translate("OrganizationDetail", "{kind} number").format(kind=kind.lower()))
        context.phone_copy_buttons.append(copy)
        grid.addWidget(copy, row, 2)
        if notes := plain(phone_notes(phone, context.language_name, context.words)):
            note = plain_label(notes, translate("OrganizationDetail", "{kind} hours").format(kind=kind))
            note.setContentsMargins(0, 0, 0, 6)
            grid.addWidget(note, row + 1, 1, 1, 3)
    return grid


def hours_block(schedules: Sequence[Schedule], context: DetailContext, layout: QVBoxLayout) -> None:
    """Today's hours first (bold), then the week and the coming exceptions in one label."""
    hours = describe_hours(schedules, context.today, context.words)
    today = plain_label(hours.today, translate("OrganizationDetail", "Hours"))
    font = today.font()
    font.setBold(True)
    today.setFont(font)
    layout.addWidget(today)
    rest = (*hours.week, *hours.exceptions)
    if rest:
        layout.addWidget(plain_label("\n".join(rest), translate("OrganizationDetail", "Hours this week")))


def link_button(text: str, name: str, url: str, parent: QWidget) -> QPushButton:
    """A web site or email address as a button that asks before opening it in another program."""
    shown = QUrl(url).host() or text if url.startswith("http") else text
    button = QPushButton(shown + " ↗")
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    button.setAccessibleName(name)
    button.setToolTip(translate("OrganizationDetail", "Asks before opening: {address}").format(
        address=url))
    button.setAutoDefault(False)
    button.setStyleSheet("text-align: left;")
    button.clicked.connect(lambda: ask_to_open(parent, url))
    return button


def website_and_email(website: str, email: str, context: DetailContext) -> list[tuple[str, QWidget]]:
    """(field name, button) for each of a website and an email address that is given."""
    rows: list[tuple[str, QWidget]] = []
    if website:
        name = translate("OrganizationDetail", "Website {address}").format(address=website)
        rows.append((translate("OrganizationDetail", "Website:"), link_button(website, name, website, context.owner)))
    if email:
        name = translate("OrganizationDetail", "Email {address}").format(address=email)
        rows.append((translate("OrganizationDetail", "Email:"),
                     link_button(email, name, "mailto:" + email, context.owner)))
    return rows


class Fold(QPushButton):
    """One line of a long list (a service or a location) that opens to the whole section below it,
    built when first opened: 150 entries cost 150 buttons until the reader asks for one.

    Flat, its text from the left and cut with "…" when the pane is narrow: painted here, as a style
    sheet would cost more per button than the button itself."""

    def __init__(self, summary: str, build: Callable[[QVBoxLayout], None], layout: QVBoxLayout) -> None:
        super().__init__()
        self.summary = summary
        self._build: Callable[[QVBoxLayout], None] | None = build
        self._layout = layout  # where the section goes, right below this line
        self.body: QWidget | None = None  # the section, once built
        self.setCheckable(True)
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setToolTip(summary)
        self.toggled.connect(self.set_open)
        layout.addWidget(self)
        self._label()

    @property
    def is_open(self) -> bool:
        return self.isChecked()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(0, super().minimumSizeHint().height())  # a long name is cut, the pane does not widen

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text, option.text = option.text, ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        area = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).adjusted(4, 0, -4, 0)
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.drawItemText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.palette(),
                             self.isEnabled(), shown, QPalette.ColorRole.ButtonText)

    def _label(self) -> None:
        self.setText(("▾ " if self.is_open else "▸ ") + self.summary)
        self.setAccessibleName(self.summary)
        self.setAccessibleDescription(translate("OrganizationDetail", "Shows the details below")
                                      if not self.is_open else "")

    def set_open(self, opened: bool) -> None:
        if self.isChecked() != opened:
            self.setChecked(opened)  # comes back here through toggled
            return
        if opened and self._build is not None:
            self.body = QWidget()
            self._layout.insertWidget(self._layout.indexOf(self) + 1, self.body)
            inner = QVBoxLayout(self.body)
            inner.setContentsMargins(18, 2, 0, 8)
            self._build(inner)
            self._build = None
            # New widgets join the end of the window's Tab order: put them right after this line.
            previous: QWidget = self
            for widget in self.body.findChildren(QWidget):
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    QWidget.setTabOrder(previous, widget)
                    previous = widget
        if self.body is not None:
            self.body.setVisible(opened)
        self._label()


def also_known_as(name: str) -> QLabel:
    return plain_label(translate("OrganizationDetail", "Also known as {name}").format(name=name),
                       translate("OrganizationDetail", "Also known as"))


def add_description_facts_phones(layout: QVBoxLayout, context: DetailContext, description: str,
                                 facts: Sequence[Fact], phones: Sequence[Phone]) -> None:
    """What a service and a location both show after their hours, in this order."""
    if description and (text := plain(description)):
        layout.addWidget(plain_label(text, translate("OrganizationDetail", "Description")))
    if facts:
        layout.addLayout(facts_form(facts))
    if phones:
        layout.addLayout(phones_grid(phones, context))
