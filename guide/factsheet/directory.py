"""The printable organization directory: the filtered list (or all), grouped by category."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QTextDocument

from guide.factsheet.markup import SheetDocument, entry_with_image, help_box, meta_line, text
from guide.i18n import BASE_LANGUAGE, Catalogue, catalogue
from guide.i18n.names import language_name
from guide.store import Pack
from guide.store.directory import Organization, OrganizationFilter, Phone

DIRECTORY_TITLE = QT_TRANSLATE_NOOP("FactSheet", "Organization directory")
WEBSITE_QR_MM = 18
PHONE_KINDS = {"voice": QT_TRANSLATE_NOOP("FactSheet", "Call"), "sms": QT_TRANSLATE_NOOP("FactSheet", "Text"),
               "tty": QT_TRANSLATE_NOOP("FactSheet", "TTY"), "fax": QT_TRANSLATE_NOOP("FactSheet", "Fax")}


def directory_title(language: str = BASE_LANGUAGE) -> str:
    return catalogue(language).translate("FactSheet", str(DIRECTORY_TITLE))


def area_names(areas: tuple[str, ...], language: str = BASE_LANGUAGE) -> str:
    nationwide = catalogue(language).translate("FactSheet", "nationwide (US)")
    return ", ".join(nationwide if area == "US" else area for area in areas)


def filter_description(pack: Pack, flt: OrganizationFilter, language: str = BASE_LANGUAGE) -> str:
    """The filter in words, e.g. 'Hotlines · serving TX · open 24/7'; '' for no filter."""
    words = catalogue(language)
    parts = []
    if flt.category:
        parts.append(pack.category_label(flt.category, language))
    if flt.state:
        parts.append(words.translate("FactSheet", "serving {state}").format(state=flt.state))
    if flt.language:
        parts.append(words.translate("FactSheet", "in {language}").format(
            language=language_name(flt.language, language)))
    if flt.open_24_7:
        parts.append(words.translate("FactSheet", "open 24/7"))
    if flt.has_text:
        parts.append(words.translate("FactSheet", "with a text line"))
    if flt.text.strip():
        parts.append(words.translate("FactSheet", "matching “{text}”").format(text=flt.text.strip()))
    return " · ".join(parts)


def _phone_line(phone: Phone, words: Catalogue) -> str:
    details = [d for d in (phone.hours, phone.description) if d]
    rest = f" — {text('; '.join(details))}" if details else ""
    kind = words.translate("FactSheet", str(PHONE_KINDS[phone.kind])) if phone.kind in PHONE_KINDS else phone.kind
    return f"{text(kind)} <b>{text(phone.number)}</b>{rest}"


def _entry(sheet: SheetDocument, org: Organization, language: str) -> str:
    words = catalogue(language)
    name = f"<b>{text(org.name)}</b>"
    if org.alternate_name and org.alternate_name != org.name:
        name += f" ({text(org.alternate_name)})"
    lines = [f'<p class="orgname">{name}</p>']
    if org.description:
        lines.append(f'<p class="ref">{text(org.description)}</p>')
    lines.extend(f'<p class="ref">{_phone_line(phone, words)}</p>' for phone in org.phones)
    if org.website:
        lines.append('<p class="ref">' + text(words.translate("FactSheet", "Website: {address}").format(
            address=org.website)) + "</p>")
    if org.email:
        lines.append('<p class="ref">' + text(words.translate("FactSheet", "Email: {address}").format(
            address=org.email)) + "</p>")
    served = []
    if org.areas:
        served.append(words.translate("FactSheet", "Serves: {areas}").format(areas=area_names(org.areas, language)))
    if org.languages:
        served.append(words.translate("FactSheet", "Languages: {languages}").format(
            languages=", ".join(language_name(code, language) for code in org.languages)))
    if org.verified:
        served.append(words.translate("FactSheet", "Checked {date}").format(date=org.verified))
    served = [text(part) for part in served]
    if served:
        lines.append(f'<p class="ref">{" · ".join(served)}</p>')
    if org.language_note:
        lines.append(f'<p class="ref">{text(org.language_note)}</p>')
    website = org.website if org.website.lower().startswith(("http://", "https://")) else ""
    image = sheet.qr(website, WEBSITE_QR_MM) if website else ""
    return entry_with_image(lines, image)


def directory_html(pack: Pack, flt: OrganizationFilter, sheet: SheetDocument, language: str = BASE_LANGUAGE) -> str:
    words = catalogue(language)
    organizations = pack.organizations(pack.organization_ids(flt), language)
    groups: dict[str, list[Organization]] = {}
    for org in organizations:
        # Each organization is listed once: under the filtered category, else under its first one.
        key = flt.category or (org.categories[0].id if org.categories else "")
        groups.setdefault(key, []).append(org)
    described = filter_description(pack, flt, language)
    count = (words.translate("FactSheet", "1 organization") if len(organizations) == 1
             else words.translate("FactSheet", "{count} organizations").format(count=len(organizations)))
    dated = words.translate("FactSheet", "Content as of {date}").format(date=pack.content_date)
    parts = [
        f"<h1>{text(directory_title(language))}</h1>",
        meta_line(pack.info(language).title, dated if pack.content_date else "",
                  f"{described}: {count}" if described
                  else words.translate("FactSheet", "All {count}").format(count=count)),
        help_box(pack.hotline(language), language),
    ]
    if not organizations:
        nothing = words.translate("FactSheet", "No organization matches this filter.")
        parts.append(f"<p>{text(nothing)}</p>")
    order = [c.id for c in pack.categories()]
    for key in sorted(groups, key=lambda k: (order.index(k) if k in order else len(order), k)):
        heading = pack.category_label(key, language) if key else words.translate("FactSheet", "Other")
        parts.append(f"<h2>{text(heading)}</h2>")
        parts.extend(_entry(sheet, org, language) for org in groups[key])
    return "".join(parts)


def directory_document(pack: Pack, flt: OrganizationFilter | None = None,
                       language: str = BASE_LANGUAGE) -> QTextDocument:
    sheet = SheetDocument(directory_title(language))
    sheet.add(directory_html(pack, flt or OrganizationFilter(), sheet, language))
    return sheet.build()
