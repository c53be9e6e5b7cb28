"""``brief --scheduler ADDRESS``: the inputs read and the stories briefed on a Dask cluster's workers,
grouped in between, print what one process prints, byte for byte (the ``cluster`` extra)."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

import pytest
from cli_support import brief_here, run_brief
from samples import write_stories

# skipped without the cluster extra; Dask is imported by the one test that starts a cluster (0.7 s to import)
pytestmark = pytest.mark.skipif(find_spec("distributed") is None, reason="the cluster extra is not installed")


@pytest.mark.slow
def test_a_local_cluster_of_two_workers_prints_what_one_process_prints(tmp_path: Path) -> None:
    import distributed

    inputs = write_stories(tmp_path)  # three stories: the bridge (3 sources), a flood (2), a strike (2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, local_directory=str(tmp_path / "dask")) as cluster:
        address = cluster.scheduler_address
        for fmt in ("--plain", "--json"):
            spread = run_brief(fmt, "--stories", "--no-cache", "--scheduler", address, *inputs)
            alone = brief_here(fmt, "--stories", "--no-cache", *inputs)  # brief in one process: this one
            assert spread.returncode == alone.returncode == 0, spread.stderr.decode()[-2000:]
            assert spread.stdout == alone.stdout, fmt
            assert "Story 3 of 3" in spread.stdout.decode() or spread.stdout.decode().count('"origins"') == 7
        with distributed.Client(address, set_as_default=False) as client:
            ran = client.run_on_scheduler(lambda dask_scheduler: {
                name: prefix.state_counts["memory"] for name, prefix in dask_scheduler.task_prefixes.items()})
    # two runs: the inputs read in one batch, and the three stories briefed, each on a worker (Dask names
    # a task by its function, its leading underscore dropped)
    assert ran.get("read_items") == 2 and ran.get("brief_on_a_worker") == 2 * 3, ran


def test_no_scheduler_there_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nSome words about a bridge that reopened on Tuesday.\n", encoding="utf-8")
    result = run_brief("--plain", "--timeout", "1", "--scheduler", "tcp://127.0.0.1:9", str(tmp_path / "a.txt"))
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, lines
    assert lines[0].startswith("brief: could not reach the Dask scheduler at tcp://127.0.0.1:9")
