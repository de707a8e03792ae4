"""The detail pane of the organizations page: everything about one organization."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guide.i18n.names import area_name, language_name
from guide.store import Source
from guide.store.directory import Organization, Phone
from guide.ui.external import ask_to_open
from guide.ui.widgets import CopyButton, heading_label, selectable_label

PHONE_KINDS = {"voice": QT_TRANSLATE_NOOP("OrganizationDetail", "Call"),
               "sms": QT_TRANSLATE_NOOP("OrganizationDetail", "Text"),
               "tty": QT_TRANSLATE_NOOP("OrganizationDetail", "TTY"),
               "fax": QT_TRANSLATE_NOOP("OrganizationDetail", "Fax")}


class OrganizationDetail(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the pane's width; a horizontal scroll bar would hide the ends of lines.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Organization details"))
        self.language = "en"  # of the names of places and languages
        self.organization: Organization | None = None
        self.phone_copy_buttons: list[CopyButton] = []
        self.show_nothing()

    def show_nothing(self) -> None:
        self.organization = None
        self.phone_copy_buttons = []
        self.setAccessibleName(self.tr("Organization details"))
        hint = QLabel(self.tr("Choose an organization in the list to see its phone numbers, hours and sources."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        hint.setAccessibleName(hint.text())
        self._replace(hint)

    def show_organization(self, org: Organization) -> None:
        self.organization = org
        self.phone_copy_buttons = []
        self.setAccessibleName(self.tr("Organization details"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading_label(org.name, 2))
        if org.alternate_name:
            layout.addWidget(selectable_label(self.tr("Also known as {name}").format(name=org.alternate_name),
                                              self.tr("Also known as")))
        if org.description:
            layout.addWidget(selectable_label(org.description, self.tr("Description")))
        if org.phones:
            layout.addWidget(heading_label(self.tr("Phone"), 3))
            layout.addLayout(self._phones(org.phones))

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if org.website:
            facts.addRow(self.tr("Website:"), self._link_button(
                org.website, self.tr("Website {address}").format(address=org.website), org.website))
        if org.email:
            facts.addRow(self.tr("Email:"), self._link_button(
                org.email, self.tr("Email {address}").format(address=org.email), "mailto:" + org.email))
        if org.categories:
            facts.addRow(self.tr("Categories:"), selectable_label(", ".join(c.label for c in org.categories),
                                                                  self.tr("Categories")))
        if org.areas:
            facts.addRow(self.tr("Serves:"), selectable_label(
                ", ".join(area_name(a, self.language) for a in org.areas), self.tr("Serves")))
        if org.languages or org.language_note:
            languages = ", ".join(language_name(code, self.language) for code in org.languages)
            if org.language_note:
                languages = f"{languages}. {org.language_note}" if languages else org.language_note
            facts.addRow(self.tr("Languages:"), selectable_label(languages, self.tr("Languages")))
        if org.verified:
            facts.addRow(self.tr("Verified:"), selectable_label(org.verified, self.tr("Verified")))
        layout.addLayout(facts)

        if org.sources:
            layout.addWidget(heading_label(self.tr("Sources"), 3))
            layout.addWidget(self._sources(org.sources))
        layout.addStretch(1)
        self._replace(body)

    def _phones(self, phones: tuple[Phone, ...]) -> QGridLayout:
        """One line per number (kind, number, Copy), its hours and notes wrapped on the line below."""
        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        grid.setVerticalSpacing(2)
        for index, phone in enumerate(phones):
            row = index * 2
            kind = self.tr(str(PHONE_KINDS[phone.kind])) if phone.kind in PHONE_KINDS else phone.kind
            grid.addWidget(QLabel(kind + ":"), row, 0)
            number = selectable_label(f"<b>{html.escape(phone.number)}</b>", f"{kind} {phone.number}")
            number.setWordWrap(False)
            grid.addWidget(number, row, 1)
            copy = CopyButton(phone.number, self.tr("{kind} number").format(kind=kind.lower()), self)
            self.phone_copy_buttons.append(copy)
            grid.addWidget(copy, row, 2)
            notes = [n for n in (phone.hours, phone.description) if n]
            if phone.always_open and not any("24" in n for n in notes):
                notes.insert(0, self.tr("24/7"))
            if notes:
                note = selectable_label("; ".join(notes), self.tr("{kind} hours").format(kind=kind))
                note.setContentsMargins(0, 0, 0, 8)
                grid.addWidget(note, row + 1, 1, 1, 3)
        return grid

    def _link_button(self, text: str, name: str, url: str) -> QPushButton:
        shown = QUrl(url).host() or text if url.startswith("http") else text
        button = QPushButton(shown + " ↗")
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setAccessibleName(name)
        button.setToolTip(self.tr("Asks before opening: {address}").format(address=url))
        button.setAutoDefault(False)
        button.setStyleSheet("text-align: left;")
        button.clicked.connect(lambda: ask_to_open(self, url))
        return button

    def _sources(self, sources: tuple[Source, ...]) -> QLabel:
        items = []
        for source in sources:
            year = f" ({source.year})" if source.year else ""
            title = f", {html.escape(source.title)}" if source.title else ""
            link = (f' — <a href="{html.escape(source.url, quote=True)}">{html.escape(source.url)}</a>'
                    if source.url else "")
            items.append(f"<li>{html.escape(source.publisher)}{title}{year}{link}</li>")
        label = QLabel("<ol>" + "".join(items) + "</ol>")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda url: ask_to_open(self, url))
        label.setAccessibleName(self.tr("Sources"))
        return label

    def _replace(self, widget: QWidget) -> None:
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(widget)
