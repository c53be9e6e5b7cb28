"""Whether a change keeps brief's output: ``brief --json --no-keywords --no-cache`` on the seeds and on
development clusters, written to a folder, or compared with a folder written before.

Usage:
    python bench/same_json.py OUT [--data ../shared/eval-dev/data] [--sets duc2004,tac2010,duc2006]
                              [--clusters N] [--tree DIR] [--compare BEFORE]

``--tree`` runs another checkout of brief (its folder is put first on PYTHONPATH); ``--clusters N``
takes the first N clusters of each set (all of them by default). With ``--compare`` it prints every
input whose JSON differs from BEFORE's and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def inputs(data: Path, sets: list[str], clusters: int) -> dict[str, list[str]]:
    """Name -> the files briefed: the seeds, then each cluster's documents."""
    found = {"seeds": sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))}
    for name in sets:
        for folder in sorted(p for p in (data / name).iterdir() if (p / "docs").is_dir())[:clusters or None]:
            found[f"{name}-{folder.name}"] = sorted(str(p) for p in (folder / "docs").glob("*.txt"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval-dev" / "data")
    parser.add_argument("--sets", default="duc2004,tac2010,duc2006")
    parser.add_argument("--clusters", type=int, default=0)
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(args.tree), os.environ.get("PYTHONPATH")])))
    args.out.mkdir(parents=True, exist_ok=True)
    differ = 0
    for name, files in inputs(args.data, args.sets.split(","), args.clusters).items():
        run = subprocess.run([sys.executable, "-m", "brief", "--json", "--no-keywords", "--no-cache", *files],
                             capture_output=True, env=env, cwd=args.tree, check=False)
        (args.out / f"{name}.json").write_bytes(run.stdout + run.stderr + str(run.returncode).encode())
        if args.compare is not None:
            same = (args.compare / f"{name}.json").read_bytes() == (args.out / f"{name}.json").read_bytes()
            differ += not same
            print(name, "same" if same else "DIFFERS", flush=True)
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
