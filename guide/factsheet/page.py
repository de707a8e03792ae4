"""Paper: Letter or A4 (from the locale unless chosen), margins, and the band kept for the footer."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
MARGINS_MM = QMarginsF(16, 14, 16, 10)  # left, top, right, bottom
FOOTER_MM = 8.0  # kept free at the bottom of the printable area for "title — page N of M"


def default_page_size_name(locale: QLocale | None = None) -> str:
    """'letter' where the locale measures in US units (the US and a few others), else 'a4'."""
    system = (locale or QLocale()).measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def page_layout(name: str | None = None) -> QPageLayout:
    """Portrait page layout for 'letter' or 'a4' (None: from the locale); raises ValueError otherwise."""
    key = (name or default_page_size_name()).lower()
    if key not in PAGE_SIZES:
        raise ValueError(f"unknown page size {name!r} (use {' or '.join(PAGE_SIZES)})")
    return QPageLayout(QPageSize(PAGE_SIZES[key]), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)
