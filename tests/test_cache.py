"""The briefing cache: same bytes as a fresh run, never stale, safe when runs overlap."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import CACHE_HOME, SEEDS, brief_command, run_brief


def _copy_seeds(folder: Path) -> list[str]:
    paths = []
    for seed in SEEDS:
        target = folder / seed.name
        target.write_bytes(seed.read_bytes())
        paths.append(str(target))
    return paths


def test_cached_run_prints_what_a_fresh_run_prints(tmp_path: Path) -> None:
    paths = _copy_seeds(tmp_path)
    fresh = run_brief("--plain", "--no-keywords", "--no-cache", *paths)
    first = run_brief("--plain", "--no-keywords", *paths)
    again = run_brief("--plain", "--no-keywords", *paths)
    assert fresh.stdout == first.stdout == again.stdout
    assert any((Path(CACHE_HOME) / "brief").glob("*.pickle"))


def test_changed_article_is_never_served_stale(tmp_path: Path) -> None:
    paths = _copy_seeds(tmp_path)
    before = run_brief("--plain", "--no-keywords", *paths).stdout.decode()
    article = Path(paths[1])
    article.write_text(article.read_text().replace("Mekdad told al-Mayadeen", "Mekdad told the Tishreen daily"))
    after = run_brief("--plain", "--no-keywords", *paths).stdout.decode()
    assert "al-Mayadeen" in before and "al-Mayadeen" not in after
    assert "Tishreen" in after


def test_clear_cache_empties_it(tmp_path: Path) -> None:
    run_brief("--plain", "--no-keywords", *_copy_seeds(tmp_path))
    result = run_brief("--clear-cache")
    assert result.returncode == 0
    assert result.stderr.decode().startswith("brief: removed ")
    assert not list((Path(CACHE_HOME) / "brief").glob("*.pickle"))


def test_concurrent_runs_agree(tmp_path: Path) -> None:
    paths = _copy_seeds(tmp_path)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), HF_HUB_OFFLINE="1")
    runs = [subprocess.Popen([*brief_command(), "--plain", "--no-keywords", *paths], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env) for _ in range(4)]
    outputs = [tuple(run.communicate(timeout=300)) for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert len({out for out, _ in outputs}) == 1
    assert all(err == b"" for _, err in outputs)
