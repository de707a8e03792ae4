"""What the desktop build leaves out: unused Python packages, Qt modules, plugins, translations.

The app is a Qt *widgets* program that prints (QtCore, QtGui, QtWidgets, QtPrintSupport, QtSvg)
and makes no network connection. PyInstaller's PySide6 hooks are generous (PySide6/__init__
names QtNetwork, and the QtGui hook collects plugins for framebuffer and VNC platforms), so
guide.spec passes every collected file through ``keep_entry``. Names are matched the way they
look on Linux (libQt6Network.so.6, libqvnc.so), Windows (Qt6Network.dll, qvnc.dll) and macOS
(QtNetwork.framework/...).
"""

from __future__ import annotations

import re
from pathlib import PurePath

# Qt modules (and module families, matched as name prefixes) the app never loads. Kept:
# Core, Gui, Widgets, PrintSupport, Svg(Widgets), DBus and OpenGL (linked by the xcb/Wayland
# platform plugins), XcbQpa, WaylandClient, WlShellIntegration.
UNUSED_QT_MODULES = (
    "3D", "Bluetooth", "Charts", "Concurrent", "DataVisualization", "Designer", "EglFS", "EglFs",
    "Graphs", "Help", "HttpServer", "Labs", "Location", "Lottie", "Multimedia", "Network", "Nfc",
    "OpenGLWidgets", "Pdf", "Positioning", "Qml", "Quick", "RemoteObjects", "Scxml", "Sensors",
    "SerialBus", "SerialPort", "ShaderTools", "SpatialAudio", "Sql", "StateMachine", "Test",
    "TextToSpeech", "UiTools", "VirtualKeyboard", "WaylandCompositor", "WaylandEglCompositor",
    "WebChannel", "WebEngine", "WebSockets", "WebView", "Xml",
)

EXCLUDED_MODULES = [f"PySide6.Qt{name}" for name in UNUSED_QT_MODULES] + [
    "PySide6.QtDBus",  # the Python binding only; libQt6DBus itself stays (Qt links it)
    "tkinter", "_tkinter",
    # Not used, but Python-Markdown's optional code highlighting would drag it in (~5 MB).
    "pygments",
    # No TLS in an app that never connects; asyncio and http.client treat ssl as optional.
    "ssl", "_ssl",
    # The pack is SQLite; SQLAlchemy's hook would add every dialect.
    "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.oracle",
    "sqlalchemy.dialects.postgresql",
]

UNUSED_PLUGIN_DIRS = frozenset({
    "designer", "egldeviceintegrations", "generic", "geoservices", "multimedia",
    "networkinformation", "position", "qmllint", "qmltooling", "renderers", "sceneparsers",
    "sensors", "sqldrivers", "texttospeech", "tls", "vectorimageformats",
    "wayland-graphics-integration-server", "webview",
})
# Plugins in kept folders that serve devices or formats a desktop guide has no use for:
# framebuffer/VNC/Vulkan platforms, image formats we never read, the QML virtual keyboard.
# The GTK theme plugin would bundle the build machine's GTK stack (glib, pango, cairo, ~9 MB)
# next to the user's own GTK; Qt's Fusion style and the XDG portal theme (native file
# dialogs) do without it.
UNUSED_PLUGINS = frozenset({
    "qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc",
    "qicns", "qpdf", "qtga", "qtiff", "qwbmp", "qwebp",
    "qtvirtualkeyboardplugin", "qgtk3",
})

# Qt's own strings (print and file dialogs) in the guide's languages: English is built in,
# Spanish is the second language of the content (#10); the other ~60 languages (~7 MB) go.
KEPT_TRANSLATIONS = frozenset({"qt_es.qm", "qtbase_es.qm"})

_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6?(?P<module>[A-Z0-9][A-Za-z0-9]*)(?:\.framework|\.abi3|\.dll|\.pyd|\.so|\.dylib|$)")


def _qt_module(part: str) -> str | None:
    match = _QT_LIBRARY.match(part)
    return match["module"] if match else None


def _is_unused_module(module: str) -> bool:
    return any(module.startswith(name) for name in UNUSED_QT_MODULES)


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_entry(dest: str) -> bool:
    """False for a collected file (its path inside the bundle) that the app never loads."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if parts and parts[0] == "PySide6":
        if "translations" in parts:
            return parts[-1] in KEPT_TRANSLATIONS
        if "plugins" in parts:
            at = parts.index("plugins")
            folder = parts[at + 1] if len(parts) > at + 2 else ""
            return folder not in UNUSED_PLUGIN_DIRS and _plugin_stem(parts[-1]) not in UNUSED_PLUGINS
    # Qt libraries also appear as symlinks at the top of the bundle (libQt6Network.so.6 ->
    # PySide6/Qt/lib/...); they must go with their targets or they are left dangling.
    return not any((module := _qt_module(part)) and _is_unused_module(module) for part in parts)
