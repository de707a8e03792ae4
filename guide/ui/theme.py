"""Light and dark palettes that follow the system's colour scheme (Fusion style)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    wants_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    platform_is_dark = app.style().standardPalette().color(QPalette.ColorRole.Window).lightness() < 128
    if wants_dark and not platform_is_dark:
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    apply_system_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_system_palette(app))
