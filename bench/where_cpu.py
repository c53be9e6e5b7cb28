"""Where a briefing's CPU time goes: py-spy samples of cold `brief` runs, summed per function.

Usage:
    python bench/where_cpu.py [--runs 3] [--rate 500] [--top 40] [--match REGEX] [--warm] -- BRIEF_ARGS...

    python bench/where_cpu.py -- --plain --no-keywords seeds/*.txt
    python bench/where_cpu.py --runs 1 --match 'brief/' -- --plain $(cat thousand-articles.txt)

Each run is a fresh process with an emptied cache (``brief --clear-cache``), as bench/speed.py's cold
rows are; the cache folder is kept between runs, so the word-rarity table that the first run ever
builds there (brief/stories/rarity.py, about a second) is not counted unless --no-warm. Every thread
is sampled (the keyword step runs beside the alignment). A function's share is of all samples in
which it is on the stack (inclusive, each function once a sample), so shares nest and do not add
up; the CPU seconds are the process's own (user and system), medians over the runs.

A sampling profiler, not cProfile: cProfile's per-call cost doubles the time of code that makes many
small Python calls (it put 2.2 s of 55 in cleaning's word lists, which take 0.3 s) and leaves out
the keyword thread. py-spy is in the ``bench`` extra.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEF = str(Path(sys.executable).with_name("brief"))
_FRAME = re.compile(r"^(?P<function>.*) \((?P<file>.*?)(?::\d+)?\)$")


def frame_name(frame: str) -> str:
    """``function (file:line)`` as py-spy writes it, as ``function (file)`` with the file relative to the
    project or to site-packages, so the lines of one function count as one."""
    m = _FRAME.match(frame)
    if m is None:
        return frame
    path = m["file"]
    for root in (f"{ROOT}/", "site-packages/"):
        path = path.split(root, 1)[-1]
    return f"{m['function']} ({path})"


def shares(stacks: list[tuple[list[str], int]]) -> tuple[Counter[str], int]:
    """Samples per function (each function once per sample) and the number of samples."""
    found: Counter[str] = Counter()
    total = 0
    for frames, count in stacks:
        total += count
        for name in {frame_name(f) for f in frames}:
            found[name] += count
    return found, total


def record(args: list[str], rate: int, env: dict[str, str]) -> tuple[list[tuple[list[str], int]], float]:
    """One cold run of ``brief ARGS`` under py-spy (its stacks, raw and collapsed), and the CPU seconds
    of another cold run without it (user and system, threads included)."""
    spy = shutil.which("py-spy", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]))
    if spy is None:
        raise SystemExit("py-spy is not installed (pip install -e '.[bench]')")
    out = Path(tempfile.mkdtemp(prefix="brief-profile-")) / "stacks.txt"
    subprocess.run([BRIEF, "--clear-cache"], env=env, capture_output=True, check=False)
    subprocess.run([spy, "record", "--rate", str(rate), "--format", "raw", "--nonblocking", "--output", str(out),
                    "--", sys.executable, "-m", "brief", *args], env=env, capture_output=True, check=True)
    stacks = []
    for line in out.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        stacks.append((stack.split(";"), int(count)))
    shutil.rmtree(out.parent, ignore_errors=True)
    subprocess.run([BRIEF, "--clear-cache"], env=env, capture_output=True, check=False)
    proc = subprocess.Popen([sys.executable, "-m", "brief", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return stacks, usage.ru_utime + usage.ru_stime


def main() -> None:
    """Profile the runs and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=int, default=500, help="samples a second")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--match", default="", help="show only functions whose line matches this")
    parser.add_argument("--warm", action=argparse.BooleanOptionalAction, default=True,
                        help="build the word-rarity table before the timed runs")
    parser.add_argument("brief_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    brief_args = args.brief_args[1:] if args.brief_args[:1] == ["--"] else args.brief_args
    cache = tempfile.mkdtemp(prefix="brief-profile-cache-")
    env = dict(os.environ, XDG_CACHE_HOME=cache, HF_HUB_OFFLINE="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    if args.warm:
        subprocess.run([BRIEF, "--plain", "--no-keywords", *brief_args], env=env, capture_output=True, check=False)
    stacks: list[tuple[list[str], int]] = []
    cpus = []
    for _ in range(args.runs):
        found, cpu = record(brief_args, args.rate, env)
        stacks += found
        cpus.append(cpu)
    shutil.rmtree(cache, ignore_errors=True)
    counts, total = shares(stacks)
    options = [a for a in brief_args if a.startswith("-")]
    named = f" and {len(brief_args) - len(options)} inputs" if len(options) < len(brief_args) else ""
    print(f"brief {' '.join(options)}{named}: {statistics.median(cpus):.2f} CPU s (median of {args.runs} runs "
          f"without the profiler), {total} samples")
    pattern = re.compile(args.match)
    shown = [(name, n) for name, n in counts.most_common() if pattern.search(name)][: args.top]
    for name, n in shown:
        print(f"{n / total:6.1%}  {name[:150]}")


if __name__ == "__main__":
    main()
