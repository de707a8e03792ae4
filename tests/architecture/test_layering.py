"""The package's layers, read from the source: who may import whom, and no import cycles.

Every import counts, wherever it is written: at the top, inside a function (a lazy import is
still a dependency) and under ``TYPE_CHECKING`` (a cycle of types is still a cycle of design).
"""

from __future__ import annotations

import ast
import graphlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import GUIDE


@dataclass(frozen=True)
class Imports:
    module: str
    names: frozenset[str]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(root: Path) -> dict[str, Path]:
    return {module_name(path, root): path for path in sorted(root.rglob("*.py"))}


def imported(path: Path, module: str, known: set[str]) -> Iterator[str]:
    """What ``module`` (at ``path``) imports: modules of the tree where they are modules, else the
    name as written (``PySide6.QtCore``, ``sqlite3``)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                # `from guide.store import search` names a module; `from guide.store import Pack` does not.
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base


def import_graph(root: Path) -> dict[str, set[str]]:
    found = modules(root)
    known = set(found)
    return {module: set(imported(path, module, known)) for module, path in found.items()}


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


QT = "PySide6"
# For each layer: what it must never import. The reason for each is the layer's job (README "Layout").
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "guide.packformat": (QT, "guide.store", "guide.content", "guide.hsds", "guide.operations", "guide.ui",
                         "guide.cli", "guide.factsheet"),
    "guide.store": (QT, "guide.ui", "guide.content", "guide.hsds", "guide.operations", "guide.cli",
                    "guide.factsheet"),
    "guide.content": (QT, "guide.store", "guide.ui", "guide.hsds", "guide.operations", "guide.cli",
                      "guide.factsheet"),
    "guide.hsds": (QT, "guide.ui", "guide.operations", "guide.cli", "guide.factsheet"),
    "guide.directory_text": (QT, "guide.i18n", "guide.store", "guide.content", "guide.hsds", "guide.ui",
                             "guide.operations", "guide.cli", "sqlite3", "sqlalchemy"),
    "guide.userdata": (QT, "guide.ui", "guide.cli", "sqlite3", "sqlalchemy"),
    "guide.operations": ("guide.ui", "guide.cli", "guide.launch"),
    "guide.factsheet": ("guide.ui", "guide.content", "guide.cli", "sqlite3", "sqlalchemy"),
    "guide.ui": ("sqlite3", "sqlalchemy", "guide.content", "guide.hsds", "guide.cli", "guide.launch"),
    "guide.cli": ("guide.launch",),
    # Keys and signatures know nothing of packs; the library reads packs only through the store.
    "guide.signing": (QT, "sqlite3", "sqlalchemy", "guide.store", "guide.content", "guide.hsds", "guide.library",
                      "guide.operations", "guide.ui", "guide.cli"),
    "guide.library": (QT, "sqlite3", "sqlalchemy", "guide.content", "guide.hsds", "guide.operations", "guide.ui",
                      "guide.cli"),
}


def violations(graph: dict[str, set[str]]) -> list[str]:
    found = []
    for module, targets in sorted(graph.items()):
        for layer, forbidden in FORBIDDEN.items():
            if not within(module, layer):
                continue
            found += [f"{module} imports {target}" for target in sorted(targets)
                      if any(within(target, banned) for banned in forbidden)]
    return found


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle among the tree's own modules, or [] when there is none."""
    inside = {module: {t for t in targets if t in graph and t != module} for module, targets in graph.items()}
    try:
        tuple(graphlib.TopologicalSorter(inside).static_order())
    except graphlib.CycleError as exc:
        return list(exc.args[1])
    return []


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(GUIDE)


def test_every_layer_keeps_to_its_own_imports(graph: dict[str, set[str]]) -> None:
    assert violations(graph) == []


def test_there_is_no_import_cycle_in_the_package(graph: dict[str, set[str]]) -> None:
    assert cycle(graph) == []


def test_the_layers_named_here_exist(graph: dict[str, set[str]]) -> None:
    # A layer renamed or removed would make its rules silently vacuous.
    assert [layer for layer in FORBIDDEN if not any(within(m, layer) for m in graph)] == []


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "guide"


def test_the_check_finds_a_lazy_cycle_and_a_type_only_one(tmp_path: Path) -> None:
    lazy = write(tmp_path / "lazy", {
        "guide/__init__.py": "",
        "guide/cli.py": "from guide.launch import run\n",
        "guide/launch.py": "def main():\n    from guide.cli import main as command_line\n",
    })
    assert sorted(set(cycle(import_graph(lazy)))) == ["guide.cli", "guide.launch"]
    typed = write(tmp_path / "typed", {
        "guide/__init__.py": "",
        "guide/ui/__init__.py": "",
        "guide/ui/window.py": "from guide.ui import dialog\n",
        "guide/ui/dialog.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .window import W\n",
    })
    assert sorted(set(cycle(import_graph(typed)))) == ["guide.ui.dialog", "guide.ui.window"]


def test_the_check_finds_qt_in_the_store_and_sql_in_the_ui(tmp_path: Path) -> None:
    root = write(tmp_path, {
        "guide/__init__.py": "",
        "guide/store/__init__.py": "",
        "guide/store/pack.py": "def f():\n    from PySide6 import QtCore\n",
        "guide/ui/__init__.py": "",
        "guide/ui/page.py": "import sqlite3\nfrom guide.content import build_pack\n",
    })
    assert violations(import_graph(root)) == ["guide.store.pack imports PySide6",
                                              "guide.ui.page imports guide.content", "guide.ui.page imports sqlite3"]


WINDOW_MAX_LINES, MODULE_MAX_LINES = 350, 500  # issue #14: the window assembles; no module does twenty jobs


def test_the_window_assembles_and_no_module_grows_past_its_limit() -> None:
    lines = {path.relative_to(GUIDE.parent).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in GUIDE.rglob("*.py")}
    assert lines["guide/ui/window.py"] < WINDOW_MAX_LINES
    assert {name: count for name, count in lines.items() if count > MODULE_MAX_LINES} == {}
