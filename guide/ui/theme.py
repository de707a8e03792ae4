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


def apply_system_palette(app: QApplication) -> None:
    """Dark when the system says dark and the platform gives no dark palette of its own; else the default."""
    # Qt, named here and not with the module: asking for the colour scheme builds all of PySide6's Qt
    # enums (see guide.ui.widgets.set_qt_enum), so this runs after the first frame (follow_colour_scheme).
    from PySide6.QtCore import Qt

    wants_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    standard = app.style().standardPalette()
    platform_is_dark = standard.color(QPalette.ColorRole.Window).lightness() < 128
    palette = dark_palette() if wants_dark and not platform_is_dark else standard
    if palette != app.palette():
        app.setPalette(palette)


def apply_theme(app: QApplication) -> None:
    """Fusion with its standard palette, which (Qt 6.5 and later) is dark when the platform's colour
    scheme is. follow_colour_scheme, once the window is on screen, covers a platform that says dark
    but gives a light palette, and a scheme that changes while the guide is open."""
    app.setStyle("Fusion")
    app.setPalette(app.style().standardPalette())


def follow_colour_scheme(app: QApplication) -> None:
    apply_system_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_system_palette(app))
