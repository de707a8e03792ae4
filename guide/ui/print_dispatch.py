"""Print and Export PDF: the fact sheet of what the page shown offers (guide.ui.pages.page.Printable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from guide.store import Pack, PackError
from guide.ui.pages.page import ArticleSheet, NearbySheet, Printable

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


def print_or_export(parent: QWidget, pack: Pack, language: str, printable: Printable | None, export: bool,
                    status: Callable[[str], None]) -> None:
    if printable is None:
        status(translate("MainWindow", "Open an article or an organization list to print it."))
        return
    from guide.ui import printing  # fact sheets and their Qt printing classes load when first used

    try:
        if isinstance(printable, ArticleSheet):
            run = printing.export_article if export else printing.print_article
            run(parent, pack, printable.slug, language)
        elif isinstance(printable, NearbySheet):
            run_near = printing.export_nearby if export else printing.print_nearby
            run_near(parent, pack, printable.result, language)
        else:
            run_list = printing.export_organizations if export else printing.print_organizations
            run_list(parent, pack, printable.filter, language)
    except (PackError, OSError, RuntimeError) as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, translate("MainWindow", "Printing failed"),
                            translate("MainWindow", "The fact sheet could not be made: {reason}").format(reason=exc))
