"""The core never imports Qt or the user interface (the Anki split)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "servicestelle"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_core_has_no_qt_or_ui_import():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(CORE.parent)}: {name}")
    assert offenders == []


def test_the_check_itself_sees_a_qt_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport ui.app\n")
    assert {"PySide6.QtWidgets", "ui.app"} <= imported_modules(sample)


# -- the one direction of imports inside the core (see ARCHITECTURE.md) -------------------

# Each package of the core and the packages it may import (besides the shared modules
# at the top of ``servicestelle/``). Reading down the table is the direction of imports.
ALLOWED = {
    "models": set(),
    "services": {"models"},
    "importing": {"models", "services"},
    "exporting": {"models", "services"},
    "printing": {"models", "services"},
    "demo": {"models"},
    "writing": {"models", "services", "printing"},
    "cli": {"models", "services", "importing", "exporting", "printing", "demo", "writing"},
}


def core_imports(path: Path) -> set[str]:
    """The ``servicestelle`` modules ``path`` imports (also inside functions), with
    relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    parts = list(path.relative_to(CORE.parent).with_suffix("").parts)
    package = parts[:-1]  # of a package's __init__ too: its own folder
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                found.add(module)
                found.update(f"{module}.{alias.name}" for alias in node.names)
            elif node.module:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] == "servicestelle"}


def _package(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) > 1 and (CORE / parts[1]).is_dir():
        return parts[1]
    return None


def test_core_packages_import_in_one_direction():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        if "versions" in path.parts:
            continue
        source = _package(".".join(path.relative_to(CORE.parent).with_suffix("").parts))
        if source not in ALLOWED:
            continue
        for name in core_imports(path):
            target = _package(name)
            if target in ALLOWED and target != source and target not in ALLOWED[source]:
                offenders.append(f"{path.relative_to(CORE.parent)} imports {name}")
    assert offenders == []


def test_opening_a_database_needs_no_service():
    names = core_imports(CORE / "db.py")
    above = {n for n in names if _package(n) in ALLOWED and _package(n) != "models"}
    assert above == set()


def test_the_direction_check_sees_a_wrong_import(tmp_path):
    sample = CORE / "services" / "volunteers.py"
    assert "servicestelle.models" in core_imports(sample)
    assert _package("servicestelle.printing.lists") == "printing"
