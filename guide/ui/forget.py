"""File > Forget everything this app keeps…: asks, removes every file of ours, then closes the app.

The guide library goes too (the guides opened or imported here): on a shared laptop the title of a
guide someone added says as much as a bookmark, and "everything" must mean everything. The dialog
says so, with how many guides, before anything is removed. The app then closes as Quick exit does,
so nothing it still holds in memory (history, searches) outlives what was forgotten on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from guide.userdata.settings import Settings

if TYPE_CHECKING:  # the library and its signatures load when the user asks, not at start-up
    from guide.operations.forget import Kept

translate = QCoreApplication.translate  # lupdate reads calls of this name: translate(context, literal text)


def what_goes(found: Kept) -> list[str]:
    """One line for each kind of thing that will be removed."""
    lines = [translate("Forget", "your bookmarks and your settings (zoom, presentation mode, language, "
                                 "appearance, discreet title)")]
    if found.trusted_keys:
        lines.append(translate("Forget", "the publishers you chose to trust"))
    if found.guides:
        lines.append(translate("Forget", "the guides opened or imported on this computer: {count}")
                     .format(count=found.guides))
    return lines


def question_html(found: Kept) -> str:
    import html

    items = "".join(f"<li>{html.escape(line)}</li>" for line in what_goes(found))
    intro = translate("Forget", "This removes from this computer everything this app keeps:")
    after = translate("Forget", "The guide that comes with the app stays, and so do the PDFs you saved. "
                                "The app then closes.")
    return f"<p>{html.escape(intro)}</p><ul>{items}</ul><p>{html.escape(after)}</p>"


def ask_and_forget(parent: QWidget, settings: Settings, done: Callable[[], None]) -> None:
    """Ask; on yes remove everything and call ``done()`` (the window closes the app)."""
    from PySide6.QtWidgets import QMessageBox  # its class and enums are built when first named: guide.ui.qt_start

    from guide.operations.forget import forget_everything, kept

    box = QMessageBox(QMessageBox.Icon.Warning, translate("Forget", "Forget everything this app keeps?"),
                      question_html(kept(settings.folder)), QMessageBox.StandardButton.Cancel, parent)
    forget = box.addButton(translate("Forget", "Forget everything"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never removes by accident
    box.exec()
    chosen = box.clickedButton() is forget
    box.deleteLater()
    if not chosen:
        return
    problems = forget_everything(settings.folder)
    settings.forget()
    if problems:
        QMessageBox.warning(parent, translate("Forget", "Not everything could be removed"), "\n".join(problems))
        return
    done()
