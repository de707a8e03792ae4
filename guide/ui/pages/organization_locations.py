"""An organization's locations in its detail pane: each address with Copy, how to get there,
accessibility, hours and phones."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from guide.directory_text.address import address_lines, address_text, kind_name
from guide.directory_text.facts import location_facts
from guide.packformat.directory_values import Location
from guide.ui.pages.organization_widgets import (
    DetailContext,
    Fold,
    add_description_facts_phones,
    also_known_as,
    field_name,
    hours_block,
    plain_label,
    translate,
)
from guide.ui.widgets import CopyButton, heading_label


def _addresses(location: Location, context: DetailContext) -> QGridLayout:
    grid = QGridLayout()
    grid.setColumnStretch(1, 1)
    grid.setContentsMargins(0, 0, 0, 0)
    for row, address in enumerate(a for a in location.addresses if address_lines(a)):
        kind = kind_name(address.kind, context.words)
        grid.addWidget(field_name(kind), row, 0)
        label = plain_label("\n".join(address_lines(address)), kind)
        label.setAccessibleName(f"{kind}: {address_text(address)}")  # one line, as it is read aloud
        grid.addWidget(label, row, 1)
        copy = CopyButton(address_text(address), kind.lower())
        context.address_copy_buttons.append(copy)
        grid.addWidget(copy, row, 2)
    return grid


def add_location(location: Location, context: DetailContext, layout: QVBoxLayout, folded: bool) -> None:
    """The location in full, or ``folded`` into one line (its name and address) that opens to it."""
    name = location.name or translate("OrganizationDetail", "Location")
    if distance := context.distance(location):
        name = f"{name} ({distance})"
    if folded:
        where = next((address_text(a) for a in location.addresses if address_lines(a)), "")
        Fold(f"{name} — {where}" if where else name, lambda inner: _location_body(location, context, inner), layout)
        return
    layout.addWidget(heading_label(name, 4))
    _location_body(location, context, layout)


def _location_body(location: Location, context: DetailContext, layout: QVBoxLayout) -> None:
    if location.alternate_name:
        layout.addWidget(also_known_as(location.alternate_name))
    if location.addresses:
        layout.addLayout(_addresses(location, context))
    if location.schedules:
        hours_block(location.schedules, context, layout)
    add_description_facts_phones(layout, context, location.description,
                                 location_facts(location, context.language_name, context.words), location.phones)
