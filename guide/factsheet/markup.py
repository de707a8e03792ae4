"""The look shared by every fact sheet: fonts, style sheet, the help box and the QR-coded link list.

Everything is black on white (no colour, no grey fills) so it prints cleanly on any printer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

from guide.factsheet.qr import qr_image
from guide.i18n import BASE_LANGUAGE, catalogue
from guide.inert_document import InertDocument
from guide.store import Hotline

BODY_POINT_SIZE = 10
QR_MM = 22  # printed size of a QR code, quiet zone included
_PIXELS_PER_MM = 96 / 25.4  # QTextDocument sizes images in 96-dpi pixels and scales them to the device
_FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]

STYLE_SHEET = """
h1 { font-size: 17pt; font-weight: bold; margin-top: 0; margin-bottom: 2px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 9px; margin-bottom: 3px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }
h4, h5, h6 { font-size: 10pt; font-weight: bold; margin-top: 4px; margin-bottom: 1px; }
p { margin-top: 0; margin-bottom: 4px; }
ul, ol { margin-top: 0; margin-bottom: 4px; }
li { margin-bottom: 1px; }
a { color: black; text-decoration: none; }
th { font-weight: bold; text-align: left; }
.meta { font-size: 8.5pt; margin-bottom: 4px; }
.summary { font-size: 10.5pt; font-style: italic; margin-bottom: 6px; }
.helptitle { font-size: 11pt; font-weight: bold; margin-bottom: 2px; }
.help { margin-bottom: 1px; }
.small { font-size: 8pt; }
.ref { font-size: 8pt; margin-bottom: 0; }
.orgname { font-size: 10pt; margin-top: 0; margin-bottom: 1px; }
.url { font-size: 7.5pt; }
.footnotes { font-size: 8.5pt; }
"""


def print_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(_FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    # Ligatures ("ffi" as one glyph) would make text and addresses copied from the PDF differ
    # from what is printed (e.g. "trafﬁcking"), so a URL pasted from the PDF would not work.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def text(value: object) -> str:
    """Escape any value for HTML."""
    return escape(str(value), quote=True)


@dataclass(frozen=True)
class Reference:
    """A numbered source or link printed with its full address and a QR code."""

    number: int
    label: str  # publisher, title, year; may be empty for a bare link
    url: str


class SheetDocument:
    """Collects the HTML of one fact sheet and the QR images it shows, then builds the QTextDocument."""

    def __init__(self, title: str) -> None:
        self.title = title
        self._parts: list[str] = []
        self._qr_names: dict[str, str] = {}

    def add(self, html: str) -> None:
        self._parts.append(html)

    def qr(self, url: str, size_mm: float = QR_MM) -> str:
        """An <img> of the QR code for ``url`` (each URL's image is made once per sheet)."""
        name = self._qr_names.setdefault(url, f"qr:{len(self._qr_names) + 1}")
        side = round(size_mm * _PIXELS_PER_MM)
        return f'<img src="{name}" width="{side}" height="{side}">'

    def build(self) -> QTextDocument:
        document = InertDocument()  # a crafted pack's <img src="file:..."> must not print a local file
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title)
        document.setDefaultFont(print_font())
        document.setDefaultStyleSheet(STYLE_SHEET)
        for url, name in self._qr_names.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), qr_image(url))
        document.setHtml("".join(self._parts))
        return document


def entry_with_image(lines: list[str], image: str, space_below_px: int = 7) -> str:
    """A list entry (its paragraphs) with an image (a QR code) on its right, as one table so that it
    moves to the next page whole (see paint.py)."""
    return (f'<table width="100%" cellspacing="0" cellpadding="2"><tr>'
            f'<td valign="top" style="padding-bottom: {space_below_px}px;">{"".join(lines)}</td>'
            f'<td width="1%" valign="top">{image}</td></tr></table>')


def meta_line(*parts: str) -> str:
    return '<p class="meta">' + " · ".join(text(p) for p in parts if p) + "</p>"


def help_box(hotline: Hotline, language: str = BASE_LANGUAGE) -> str:
    """The "Where to get help" box: 911 and the national hotline's numbers, all from the pack (the
    hotline in ``language``: its name, hint and, in Spanish, that it answers in Spanish)."""
    words = catalogue(language)
    emergency = hotline.emergency or "911"
    danger = words.translate("FactSheet", "In immediate danger: call {number}.").format(number=text(emergency))
    lines = [f'<p class="help"><b>{danger}</b></p>']
    if hotline.phone or hotline.text:
        ways = []
        if hotline.phone:
            ways.append(words.translate("FactSheet", "call {number}").format(number=f"<b>{text(hotline.phone)}</b>"))
        if hotline.text:
            hint = f" ({text(hotline.text_hint)})" if hotline.text_hint else ""
            ways.append(words.translate("FactSheet", "text {number}").format(number=f"<b>{text(hotline.text)}</b>")
                        + hint)
        if hotline.tty:
            relay = words.translate("FactSheet", "TTY/relay {number}")
            ways.append(relay.format(number=f"<b>{text(hotline.tty)}</b>"))
        name = text(hotline.name or words.translate("FactSheet", "National hotline"))
        lines.append(f'<p class="help">{name}: {", ".join(ways)}.</p>')
    if hotline.spanish_service:
        lines.append(f'<p class="help">{text(hotline.spanish_service)}</p>')
    checked = []
    if hotline.operator:
        operated = words.translate("FactSheet", "Operated by {operator}.")
        checked.append(operated.format(operator=text(hotline.operator)))
    if hotline.verified:
        checked.append(words.translate("FactSheet", "Numbers checked {date}.").format(date=text(hotline.verified)))
    if checked:
        lines.append(f'<p class="small">{" ".join(checked)}</p>')
    title = text(words.translate("FactSheet", "Where to get help"))
    return (
        '<table width="100%" border="2" cellspacing="0" cellpadding="6" '
        'style="border-collapse: collapse; border-style: solid; border-color: black; '
        'margin-top: 4px; margin-bottom: 8px;">'
        f'<tr><td><p class="helptitle">{title}</p>' + "".join(lines) + "</td></tr></table>"
    )


def reference_table(sheet: SheetDocument, references: Sequence[Reference], columns: int = 2) -> str:
    """References two to a row, each as its QR code beside its number, label and full URL.

    Each row is its own table so that it moves to the next page whole (see paint.py); fixed
    column widths keep the rows aligned with each other.
    """
    qr_share = 13
    text_share = 100 // columns - qr_share
    tables = []
    for start in range(0, len(references), columns):
        cells = []
        for ref in references[start:start + columns]:
            label = f"{text(ref.label)}<br>" if ref.label else ""
            image = sheet.qr(ref.url) if ref.url else ""
            cells.append(f'<td width="{qr_share}%" valign="top">{image}</td>'
                         f'<td width="{text_share}%" valign="top"><p class="ref"><b>[{ref.number}]</b> {label}'
                         f'<span class="url">{text(ref.url)}</span></p></td>')
        cells.extend(f'<td width="{qr_share}%"></td><td width="{text_share}%"></td>'
                     for _ in range(columns - len(cells)))
        tables.append('<table width="100%" cellspacing="0" cellpadding="2"><tr>' + "".join(cells) + "</tr></table>")
    return "".join(tables)
