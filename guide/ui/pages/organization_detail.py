"""The detail pane of the organizations page: everything about one organization, its services and
its locations."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from guide.directory_text.facts import Fact, languages_text
from guide.directory_text.plain import plain
from guide.i18n.names import area_name
from guide.nearby.zip_points import ZipPoint
from guide.store import Source
from guide.store.directory import Organization
from guide.ui.external import ask_to_open
from guide.ui.pages.organization_locations import add_location
from guide.ui.pages.organization_services import add_service
from guide.ui.pages.organization_widgets import (
    DetailContext,
    also_known_as,
    facts_form,
    phones_grid,
    plain_label,
    website_and_email,
)
from guide.ui.widgets import CopyButton, heading_label

UNFOLDED_SECTIONS = 8  # services and locations shown in full; more are listed folded, one line each


class OrganizationDetail(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the pane's width; a horizontal scroll bar would hide the ends of lines.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Organization details"))
        self.language = "en"  # of the names of places and languages
        self.today: Callable[[], date] = date.today  # whose hours "today" shows
        self.organization: Organization | None = None
        self.near: ZipPoint | None = None  # a near-me search's ZIP code: each location says how far it is
        self.context: DetailContext | None = None  # of the organization shown
        self.show_nothing()

    def show_nothing(self) -> None:
        self.organization = None
        self.context = None
        self.setAccessibleName(self.tr("Organization details"))
        hint = QLabel(self.tr("Choose an organization in the list to see its phone numbers, hours and sources."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        hint.setAccessibleName(hint.text())
        self._replace(hint)

    def show_organization(self, org: Organization) -> None:
        self.organization = org
        context = DetailContext(self.language, self.today(), self, self.near)
        self.setAccessibleName(self.tr("Organization details"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading_label(org.name, 2))
        if org.alternate_name:
            layout.addWidget(also_known_as(org.alternate_name))
        # The numbers first: they are what a caller needs, and a long description would push them down.
        if org.phones:
            layout.addWidget(heading_label(self.tr("Phone"), 3))
            layout.addLayout(phones_grid(org.phones, context))
        if org.description and (description := plain(org.description)):
            layout.addWidget(plain_label(description, self.tr("Description")))
        layout.addLayout(self._facts(org, context))
        # A long list shows one line per service and location, opened one at a time: all of them in full
        # are thousands of widgets (over half a second for 50 services and 100 locations).
        folded = len(org.services) + len(org.locations) > UNFOLDED_SECTIONS
        if org.services:
            layout.addWidget(heading_label(self.tr("Services ({count})").format(count=len(org.services)), 3))
            places = {location.key: location for location in org.locations}
            for service in org.services:
                add_service(service, places, context, layout, folded)
        if org.locations:
            layout.addWidget(heading_label(self.tr("Locations ({count})").format(count=len(org.locations)), 3))
            for location in org.locations:
                add_location(location, context, layout, folded)
        if org.sources:
            layout.addWidget(heading_label(self.tr("Sources"), 3))
            layout.addWidget(self._sources(org.sources))
        layout.addStretch(1)
        self.context = context
        self._replace(body)

    @property
    def phone_copy_buttons(self) -> list[CopyButton]:
        """The Copy buttons of the phones shown, the organization's own first."""
        return self.context.phone_copy_buttons if self.context else []

    @property
    def address_copy_buttons(self) -> list[CopyButton]:
        return self.context.address_copy_buttons if self.context else []

    def _facts(self, org: Organization, context: DetailContext) -> QFormLayout:
        facts = []
        if org.categories:
            facts.append(Fact(self.tr("Categories"), ", ".join(c.label for c in org.categories)))
        if org.areas:
            facts.append(Fact(self.tr("Serves"), ", ".join(area_name(a, self.language) for a in org.areas)))
        if languages := languages_text(org.languages, org.language_note, context.language_name):
            facts.append(Fact(self.tr("Languages"), languages))
        if org.verified:
            facts.append(Fact(self.tr("Verified"), org.verified))
        form = facts_form(())
        for name, button in website_and_email(org.website, org.email, context):
            form.addRow(name, button)
        for fact in facts:
            form.addRow(fact.label + ":", plain_label(fact.value, fact.label))
        return form

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
