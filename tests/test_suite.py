"""What the README promises of the suite itself: the fast lane (``pytest -m "not slow"``) runs tests of every
module, and every stored snapshot is some test's (a parallel run, ``-n 2``, leaves syrupy's check for unused
snapshots out, so it is made here)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _is_slow(decorator: ast.expr) -> bool:
    """``@pytest.mark.slow`` (or ``@mark.slow``)."""
    return isinstance(decorator, ast.Attribute) and decorator.attr == "slow" and \
        isinstance(decorator.value, ast.Attribute) and decorator.value.attr == "mark"


def _tests(module: Path) -> dict[str, bool]:
    """Each test function the module defines at its top level, and whether it is marked slow."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {node.name: any(_is_slow(d) for d in node.decorator_list) for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_")}


def test_the_fast_lane_runs_tests_of_every_module() -> None:
    modules = sorted(TESTS.glob("test_*.py"))
    assert len(modules) > 40
    only_slow = [m.name for m in modules if not any(not slow for slow in _tests(m).values())]
    assert not only_slow, f"no test of these modules runs in the fast lane: {only_slow}"


def test_every_stored_snapshot_is_a_tests_own() -> None:
    stored = sorted((TESTS / "__snapshots__").glob("*/*.svg"))
    assert stored
    orphans = [f"{s.parent.name}/{s.name}" for s in stored
               if not (TESTS / f"{s.parent.name}.py").exists()
               or s.stem.split("[")[0] not in _tests(TESTS / f"{s.parent.name}.py")]
    assert not orphans, f"snapshots no test compares with (remove them): {orphans}"


def test_no_test_module_imports_another() -> None:
    """Shared helpers live in the support modules (``tui_support``, ``samples``, ``cli_support``), so that a
    test module is run, collected and changed on its own."""
    modules = sorted(TESTS.glob("test_*.py"))
    found = []
    for module in modules:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else (
                [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            found += [f"{module.name}: {name}" for name in names if name.startswith(("test_", "conftest"))]
    assert modules and not found, found
