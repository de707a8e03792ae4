"""Help > About this guide: what the guide is, that it works offline, and its versions."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from guide import __version__
from guide.store import Pack

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


def show_about(parent: QWidget, pack: Pack, language: str) -> None:
    """Raises PackError when the pack changed under us (the counts are read again)."""
    info = pack.info(language)
    about = translate("MainWindow", "Works offline: the guide never connects to the internet. Content of {date}, "
                      "pack version {schema}, app {version}.").format(
        date=info.content_date, schema=info.schema_version, version=__version__)
    # The zipcodes package's data sources ask for this credit (GeoNames: CC BY 4.0).
    places = translate("MainWindow", "Places near a ZIP code: the zipcodes package (MIT licence), with data from "
                       "GeoNames (CC BY 4.0), unitedstateszipcodes.org and the USPS.")
    QMessageBox.about(parent, translate("MainWindow", "About {title}").format(title=info.title),
                      f"<b>{html.escape(info.title)}</b><br>{html.escape(info.subtitle)}<br><br>"
                      f"{html.escape(about)}<br><br><small>{html.escape(places)}</small>")
