"""Light and dark palettes that follow the system's colour scheme (Fusion style)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#202124"), (role.WindowText, "#e8eaed"), (role.Base, "#17181a"),
        (role.AlternateBase, "#26282b"), (role.Text, "#e8eaed"), (role.Button, "#2d2f33"),
        (role.ButtonText, "#e8eaed"), (role.Highlight, "#3d6fb4"), (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"), (role.LinkVisited, "#c58af9"), (role.ToolTipBase, "#303134"),
        (role.ToolTipText, "#e8eaed"), (role.PlaceholderText, "#9aa0a6"), (role.Mid, "#5f6368"),
        (role.Light, "#3c4043"), (role.Dark, "#111214"), (role.BrightText, "#ff8a80"),
    ):
        palette.setColor(name, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, name, QColor("#80868b"))
    return palette


STYLE = "Fusion"
# A new QApplication takes its style from these arguments. QApplication.setStyle would hand the style
# back, and PySide6 would build QStyle's Python type and its 12 enums (some 6 ms) before the first frame.
STYLE_ARGUMENTS = ["-style", STYLE]


def apply_system_palette(app: QApplication) -> None:
    """Our dark palette when the system says dark and the platform gives no dark palette of its own;
    else the platform's (Fusion's own on Qt 6.5 and later follows a dark scheme by itself)."""
    # Qt and the style, named here and not at start-up: asking for the colour scheme builds all of
    # PySide6's Qt enums (see guide.ui.qt_start), so this runs after the first frame.
    from PySide6.QtCore import Qt

    wants_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    platform_is_dark = app.style().standardPalette().color(QPalette.ColorRole.Window).lightness() < 128
    ours = dark_palette()
    showing_ours = app.palette() == ours
    if wants_dark and not platform_is_dark:
        if not showing_ours:
            app.setPalette(ours)
    elif showing_ours:
        app.setPalette(QPalette())  # an empty palette gives the application the platform's back


def apply_theme(app: QApplication) -> None:
    """The guide's style on an application made elsewhere (application() gives a new one STYLE_ARGUMENTS).

    Only when it has another: setting a style deletes the one in use, and a widget still alive
    (a window of an earlier test, a dialog closing) that points at it crashed the process."""
    if app.style().name().casefold() != STYLE.casefold():
        app.setStyle(STYLE)


def follow_colour_scheme(app: QApplication) -> None:
    apply_system_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_system_palette(app))
