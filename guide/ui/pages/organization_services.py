"""An organization's services in its detail pane: each with today's hours, then the week, its facts,
phones, where it is offered, its links and when it was checked."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QVBoxLayout

from guide.directory_text.facts import record_dates, service_facts
from guide.directory_text.hours import today_line
from guide.directory_text.plain import plain
from guide.packformat.directory_values import Location, Service, ServiceAtLocation
from guide.ui.pages.organization_widgets import (
    DetailContext,
    Fold,
    add_description_facts_phones,
    also_known_as,
    facts_form,
    hours_block,
    phones_grid,
    plain_label,
    translate,
    website_and_email,
)
from guide.ui.widgets import heading_label


def _place(at: ServiceAtLocation, locations: Mapping[str, Location]) -> str:
    location = locations.get(at.location)
    name = location.name if location else at.location
    city = next((a.city for a in location.addresses if a.city), "") if location else ""
    shown = f"{name} ({city})" if city and city not in name else name
    return f"{shown}: {plain(at.description)}" if at.description else shown


def add_service(service: Service, locations: Mapping[str, Location], context: DetailContext,
                layout: QVBoxLayout, folded: bool) -> None:
    """The service in full, or ``folded`` into one line (its name and today's hours) that opens to it."""
    if folded:
        today = today_line(service.schedules, context.today, context.words)
        Fold(f"{service.name} — {today}", lambda inner: _service_body(service, locations, context, inner), layout)
        return
    layout.addWidget(heading_label(service.name, 4))
    _service_body(service, locations, context, layout)


def _service_body(service: Service, locations: Mapping[str, Location], context: DetailContext,
                  layout: QVBoxLayout) -> None:
    if service.alternate_name:
        layout.addWidget(also_known_as(service.alternate_name))
    hours_block(service.schedules, context, layout)
    add_description_facts_phones(layout, context, service.description,
                                 service_facts(service, context.language_name, context.words), service.phones)
    for at in service.locations:
        place = translate("OrganizationDetail", "Offered at {place}").format(place=_place(at, locations))
        layout.addWidget(plain_label(place, translate("OrganizationDetail", "Offered at")))
        if at.schedules:
            hours_block(at.schedules, context, layout)
        if at.phones:
            layout.addLayout(phones_grid(at.phones, context))
    if links := website_and_email(service.url, service.email, context):
        form = facts_form(())
        for name, button in links:
            form.addRow(name, button)
        layout.addLayout(form)
    if dates := record_dates(service, context.words):
        layout.addWidget(plain_label(" · ".join(f"{d.label} {d.value}" for d in dates), ""))
