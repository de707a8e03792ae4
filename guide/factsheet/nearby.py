"""The near-me handout: what is near a ZIP code (name, service, address, phone, today's hours,
distance), then who serves the area from elsewhere, with the hotline box, a QR code per website,
the date it was printed and a reminder that hours change. One or two pages: the nearest first,
at most MAX_PLACES of them and MAX_SERVING of the others.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QTextDocument

from guide.directory_text.schedule import DAY, day_hours, has_hours
from guide.factsheet.directory import WEBSITE_QR_MM
from guide.factsheet.markup import SheetDocument, entry_with_image, help_box, meta_line, text
from guide.i18n import BASE_LANGUAGE, Catalogue, catalogue
from guide.operations.nearby import NearbyHit, NearbyResult
from guide.store import Pack
from guide.store.directory import Location, Organization, Schedule

HANDOUT_TITLE = QT_TRANSLATE_NOOP("FactSheet", "Help near {place}")
MAX_PLACES = 12
MAX_SERVING = 6


def handout_title(result: NearbyResult, language: str = BASE_LANGUAGE) -> str:
    point = result.point
    place = f"{point.zip_code} ({point.city}, {point.state})" if point.city else point.zip_code
    return catalogue(language).translate("FactSheet", str(HANDOUT_TITLE)).format(place=place)


def _address(location: Location) -> str:
    for address in location.addresses:
        if address.kind == "physical" or address is location.addresses[-1]:
            street = ", ".join(p for p in (address.street, address.street_2) if p)
            town = " ".join(p for p in (address.city + ("," if address.city else ""), address.state,
                                        address.postal_code) if p).strip(", ")
            return ", ".join(p for p in (street, town) if p)
    return ""


def _clock(minutes: int) -> str:
    """Minutes after the day's midnight as "HH:MM" (past midnight as the next day's time; 24:00 as such)."""
    if minutes != DAY:
        minutes %= DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _today(schedules: list[Schedule], day: date, hit: NearbyHit, words: Catalogue) -> str:
    """The day's hours, by the rules guide.directory_text.schedule words for the window."""
    hours = day_hours(schedules, day) if has_hours(schedules) else None
    if hours is not None and hours.intervals:
        spans = ", ".join(f"{_clock(i.opens)}–{_clock(i.closes)}" for i in hours.intervals)
        return words.translate("FactSheet", "Today {hours}").format(hours=spans)
    if hours is not None and hours.closed:
        return words.translate("FactSheet", "Closed today")
    if hit.state.open and hit.state.until is None:  # no hours of its own, but a line answered around the clock
        return words.translate("FactSheet", "Open 24 hours")
    return words.translate("FactSheet", "Hours unknown: call first")


def _schedules_at(org: Organization, location: Location | None) -> list[Schedule]:
    """The hours that apply at the location (the service there, the place itself), else the services'."""
    if location is not None:
        here = [s for service in org.services for at in service.locations if at.location == location.key
                for s in at.schedules] + list(location.schedules)
        if here:
            return here
    return [s for service in org.services for s in service.schedules]


def _local_day(location_zone: str, now: datetime) -> date:
    try:
        return now.astimezone(ZoneInfo(location_zone)).date() if location_zone else now.date()
    except (ZoneInfoNotFoundError, ValueError):
        return now.date()


def _entry(sheet: SheetDocument, hit: NearbyHit, org: Organization, now: datetime, zone: str,
           words: Catalogue) -> str:
    """One place; ``zone`` is the ZIP code's (the places within a few miles of it keep its clock)."""
    location = next((loc for loc in org.locations if loc.key == hit.location_key), None) if hit.location_key else None
    lines = [f'<p class="orgname"><b>{text(org.name)}</b></p>']
    services = [s.name for s in org.services if s.name]
    if services:
        lines.append(f'<p class="ref">{text(", ".join(services[:3]))}</p>')
    where = []
    if location is not None and (address := _address(location)):
        where.append(text(address))
    if hit.miles is not None:
        miles = words.translate("FactSheet", "{miles} miles").format(miles=f"{hit.miles:.1f}")
        where.append(text(miles + (" " + words.translate("FactSheet", "(approximate)") if hit.approximate else "")))
    if where:
        lines.append(f'<p class="ref">{" · ".join(where)}</p>')
    phones = [p for p in (*org.phones, *(p for s in org.services for p in s.phones)) if p.kind in ("voice", "hotline")]
    details = []
    if phones:
        number = phones[0].number + (f" x{phones[0].extension}" if phones[0].extension else "")
        details.append(f"<b>{text(number)}</b>")
    details.append(text(_today(_schedules_at(org, location), _local_day(zone, now), hit, words)))
    lines.append(f'<p class="ref">{" · ".join(details)}</p>')
    website = org.website if org.website.lower().startswith(("http://", "https://")) else ""
    if website:
        lines.append(f'<p class="ref">{text(website)}</p>')
    image = sheet.qr(website, WEBSITE_QR_MM) if website else ""
    return entry_with_image(lines, image, space_below_px=5)


def nearby_document(pack: Pack, result: NearbyResult, now: datetime, language: str = BASE_LANGUAGE) -> QTextDocument:
    words = catalogue(language)
    title = handout_title(result, language)
    sheet = SheetDocument(title)
    printed = words.translate("FactSheet", "Printed {date}").format(date=now.date().isoformat())
    within = words.translate("FactSheet", "within {miles} miles").format(miles=f"{result.miles:g}")
    parts = [f"<h1>{text(title)}</h1>", meta_line(pack.info(language).title, printed, within),
             help_box(pack.hotline(language), language),
             '<p class="small">' + text(words.translate(
                 "FactSheet", "Opening hours change: call before you go.")) + "</p>"]
    places = result.places[:MAX_PLACES]
    organizations = {o.id: o for o in pack.organizations([h.organization_id for h in (*places, *result.serving)],
                                                          language)}
    if not places:
        parts.append(f"<p>{text(words.translate('FactSheet', 'No place within this distance.'))}</p>")
    parts.extend(_entry(sheet, hit, organizations[hit.organization_id], now, result.point.time_zone, words)
                 for hit in places if hit.organization_id in organizations)
    serving = result.serving[:MAX_SERVING]
    if serving:
        parts.append(f"<h2>{text(words.translate('FactSheet', 'Serving this area from elsewhere'))}</h2>")
        parts.extend(_entry(sheet, hit, organizations[hit.organization_id], now, result.point.time_zone, words)
                     for hit in serving if hit.organization_id in organizations)
    sheet.add("".join(parts))
    return sheet.build()
