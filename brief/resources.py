"""Where the bundled seeds, themes and help live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The bundled folder ``name`` ("seeds" or "themes").

    A wheel installs them inside the package (``brief/seeds``); a source checkout keeps
    them at the top level beside ``brief/``.
    """
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} is missing from this installation")


def seed_paths() -> list[Path]:
    """The bundled seed articles, in file-name order."""
    return sorted(p for p in resource_dir("seeds").iterdir() if p.suffix in {".txt", ".md"})


def display_path(path: Path) -> str:
    """How a bundled file is named in output: stable across machines (``seeds/NAME``)."""
    return f"{path.parent.name}/{path.name}"


def bundled_theme_names() -> list[str]:
    """The names of brief's own themes (each ``themes/NAME.toml``), in name order."""
    return sorted(p.stem for p in resource_dir("themes").glob("*.toml"))
