"""The printable organization directory: the filtered list (or all), grouped by category."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument

from guide.factsheet.markup import SheetDocument, help_box, meta_line, text
from guide.store import Organization, OrganizationFilter, Pack, Phone

DIRECTORY_TITLE = "Organization directory"
WEBSITE_QR_MM = 18
PHONE_KINDS = {"voice": "Call", "sms": "Text", "tty": "TTY", "fax": "Fax"}


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code ('es' -> 'Spanish'); the code itself when Qt does not know it."""
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage) or (code != "en" and language ==
                                                                          QLocale.Language.English):
        return code
    return QLocale.languageToString(language)


def area_names(areas: tuple[str, ...]) -> str:
    return ", ".join("nationwide (US)" if area == "US" else area for area in areas)


def filter_description(pack: Pack, flt: OrganizationFilter) -> str:
    """The filter in words, e.g. 'Hotlines · serving TX · open 24/7'; '' for no filter."""
    parts = []
    if flt.category:
        parts.append(pack.category_label(flt.category))
    if flt.state:
        parts.append(f"serving {flt.state}")
    if flt.language:
        parts.append(f"in {language_name(flt.language)}")
    if flt.open_24_7:
        parts.append("open 24/7")
    if flt.has_text:
        parts.append("with a text line")
    if flt.text.strip():
        parts.append(f"matching “{flt.text.strip()}”")
    return " · ".join(parts)


def _phone_line(phone: Phone) -> str:
    details = [d for d in (phone.hours, phone.description) if d]
    rest = f" — {text('; '.join(details))}" if details else ""
    return f"{PHONE_KINDS.get(phone.kind, phone.kind)} <b>{text(phone.number)}</b>{rest}"


def _entry(sheet: SheetDocument, org: Organization) -> str:
    name = f"<b>{text(org.name)}</b>"
    if org.alternate_name and org.alternate_name != org.name:
        name += f" ({text(org.alternate_name)})"
    lines = [f'<p class="orgname">{name}</p>']
    if org.description:
        lines.append(f'<p class="ref">{text(org.description)}</p>')
    lines.extend(f'<p class="ref">{_phone_line(phone)}</p>' for phone in org.phones)
    if org.website:
        lines.append(f'<p class="ref">Website: {text(org.website)}</p>')
    if org.email:
        lines.append(f'<p class="ref">Email: {text(org.email)}</p>')
    served = []
    if org.areas:
        served.append(f"Serves: {text(area_names(org.areas))}")
    if org.languages:
        served.append("Languages: " + text(", ".join(language_name(code) for code in org.languages)))
    if org.verified:
        served.append(f"Checked {text(org.verified)}")
    if served:
        lines.append(f'<p class="ref">{" · ".join(served)}</p>')
    if org.language_note:
        lines.append(f'<p class="ref">{text(org.language_note)}</p>')
    website = org.website if org.website.lower().startswith(("http://", "https://")) else ""
    image = sheet.qr(website, WEBSITE_QR_MM) if website else ""
    # One table per organization, so that it moves to the next page whole (see paint.py).
    return (f'<table width="100%" cellspacing="0" cellpadding="2"><tr>'
            f'<td valign="top" style="padding-bottom: 7px;">{"".join(lines)}</td>'
            f'<td width="1%" valign="top">{image}</td></tr></table>')


def directory_html(pack: Pack, flt: OrganizationFilter, sheet: SheetDocument) -> str:
    organizations = pack.organizations(pack.organization_ids(flt))
    groups: dict[str, list[Organization]] = {}
    for org in organizations:
        # Each organization is listed once: under the filtered category, else under its first one.
        key = flt.category or (org.categories[0].id if org.categories else "")
        groups.setdefault(key, []).append(org)
    described = filter_description(pack, flt)
    count = f"{len(organizations)} organization{'s' if len(organizations) != 1 else ''}"
    parts = [
        f"<h1>{text(DIRECTORY_TITLE)}</h1>",
        meta_line(pack.title, f"Content as of {pack.content_date}" if pack.content_date else "",
                  f"{described}: {count}" if described else f"All {count}"),
        help_box(pack.hotline()),
    ]
    if not organizations:
        parts.append("<p>No organization matches this filter.</p>")
    order = [c.id for c in pack.categories()]
    for key in sorted(groups, key=lambda k: (order.index(k) if k in order else len(order), k)):
        parts.append(f"<h2>{text(pack.category_label(key) if key else 'Other')}</h2>")
        parts.extend(_entry(sheet, org) for org in groups[key])
    return "".join(parts)


def directory_document(pack: Pack, flt: OrganizationFilter = OrganizationFilter()) -> QTextDocument:
    sheet = SheetDocument(DIRECTORY_TITLE)
    sheet.add(directory_html(pack, flt, sheet))
    return sheet.build()
