"""The palettes of the appearances (system, light, dark, high contrast) on the Fusion style.

"system" follows the system's colour scheme; the others are the user's choice (View > Appearance,
guide.ui.appearance) and hold whatever the system says.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from guide.userdata.settings import APPEARANCES as APPEARANCES  # re-exported: the choices in menu order

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = APPEARANCES

_role = QPalette.ColorRole
# Fusion's own light colours, written out: asking the style for them would hand a QStyle to Python
# (see STYLE_ARGUMENTS) before the first frame when the saved choice is "light".
_LIGHT = ((_role.Window, "#efefef"), (_role.WindowText, "#000000"), (_role.Base, "#ffffff"),
          (_role.AlternateBase, "#f7f7f7"), (_role.Text, "#000000"), (_role.Button, "#efefef"),
          (_role.ButtonText, "#000000"), (_role.Highlight, "#308cc6"), (_role.HighlightedText, "#ffffff"),
          (_role.Link, "#0000ff"), (_role.LinkVisited, "#ff00ff"), (_role.ToolTipBase, "#ffffdc"),
          (_role.ToolTipText, "#000000"), (_role.PlaceholderText, "#5e5e5e"), (_role.Mid, "#b8b8b8"),
          (_role.Light, "#ffffff"), (_role.Dark, "#9f9f9f"), (_role.BrightText, "#ffffff"))
_DARK = ((_role.Window, "#202124"), (_role.WindowText, "#e8eaed"), (_role.Base, "#17181a"),
         (_role.AlternateBase, "#26282b"), (_role.Text, "#e8eaed"), (_role.Button, "#2d2f33"),
         (_role.ButtonText, "#e8eaed"), (_role.Highlight, "#3d6fb4"), (_role.HighlightedText, "#ffffff"),
         (_role.Link, "#8ab4f8"), (_role.LinkVisited, "#c58af9"), (_role.ToolTipBase, "#303134"),
         (_role.ToolTipText, "#e8eaed"), (_role.PlaceholderText, "#9aa0a6"), (_role.Mid, "#5f6368"),
         (_role.Light, "#3c4043"), (_role.Dark, "#111214"), (_role.BrightText, "#ff8a80"))
# White on black, yellow links and selection: the contrast Windows' "High Contrast Black" gives;
# muted text (placeholders, an article's sources) stays white, as nothing may fade.
_HIGH_CONTRAST = ((_role.Window, "#000000"), (_role.WindowText, "#ffffff"), (_role.Base, "#000000"),
                  (_role.AlternateBase, "#1a1a1a"), (_role.Text, "#ffffff"), (_role.Button, "#000000"),
                  (_role.ButtonText, "#ffffff"), (_role.Highlight, "#ffff00"), (_role.HighlightedText, "#000000"),
                  (_role.Link, "#ffff00"), (_role.LinkVisited, "#00ffff"), (_role.ToolTipBase, "#000000"),
                  (_role.ToolTipText, "#ffffff"), (_role.PlaceholderText, "#ffffff"), (_role.Mid, "#ffffff"),
                  (_role.Light, "#ffffff"), (_role.Dark, "#ffffff"), (_role.BrightText, "#ffff00"))
_DISABLED = {LIGHT: "#8a8a8a", DARK: "#80868b", HIGH_CONTRAST: "#00ff00"}  # green: Windows' "GrayText" in HC
# Fusion draws the frames of fields and lists a shade darker than the window: none on black. High
# contrast draws them white, and the one with the keyboard focus yellow and thicker.
HIGH_CONTRAST_SHEET = (
    "QLineEdit, QComboBox, QSpinBox, QAbstractItemView, QTextBrowser, QPushButton { border: 1px solid white; }"
    " QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QAbstractItemView:focus, QTextBrowser:focus,"
    " QPushButton:focus { border: 2px solid yellow; }"
    " QPushButton { padding: 3px 10px; }")


def _palette(colours: tuple[tuple[QPalette.ColorRole, str], ...], disabled: str) -> QPalette:
    palette = QPalette()
    for name, colour in colours:
        palette.setColor(name, QColor(colour))
    for name in (_role.WindowText, _role.Text, _role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK, _DISABLED[DARK])


def palette_of(appearance: str) -> QPalette:
    """The palette of a chosen appearance (not "system")."""
    colours = {LIGHT: _LIGHT, DARK: _DARK, HIGH_CONTRAST: _HIGH_CONTRAST}[appearance]
    return _palette(colours, _DISABLED[appearance])


STYLE = "Fusion"
# A new QApplication takes its style from these arguments. QApplication.setStyle would hand the style
# back, and PySide6 would build QStyle's Python type and its 12 enums (some 6 ms) before the first frame.
STYLE_ARGUMENTS = ["-style", STYLE]

_chosen = [SYSTEM]  # the application's appearance: one for every window


def chosen_appearance() -> str:
    return _chosen[0]


def set_appearance(app: QApplication, appearance: str) -> None:
    """Apply ``appearance`` to the whole application (every window, every article's styles)."""
    if appearance not in APPEARANCES:
        appearance = SYSTEM
    previous, _chosen[0] = _chosen[0], appearance
    if appearance != SYSTEM:
        app.setPalette(palette_of(appearance))
    elif previous != SYSTEM:
        app.setPalette(QPalette())  # the platform's back, then the system's scheme on top
        apply_system_palette(app)
    # After the palette: a sheet set first leaves widgets it restyled with the palette they had.
    sheet = HIGH_CONTRAST_SHEET if appearance == HIGH_CONTRAST else ""
    if app.styleSheet() != sheet:  # a sheet costs every widget a style of its own: only where needed
        app.setStyleSheet(sheet)


def apply_system_palette(app: QApplication) -> None:
    """Our dark palette when the system says dark and the platform gives no dark palette of its own;
    else the platform's (Fusion's own on Qt 6.5 and later follows a dark scheme by itself). Only while
    the appearance is "system": a chosen one holds whatever the system says."""
    if _chosen[0] != SYSTEM:
        return
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
