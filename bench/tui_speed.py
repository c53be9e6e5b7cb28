"""TUI speed benchmark: how soon after launch `brief` (no arguments: the bundled seeds) shows each pane.

Usage:
    python bench/tui_speed.py [--runs 5] [--size 160x48] [--plus] [INPUT ...]

Each run starts the real `brief` command in a cold process on a pseudo-terminal of --size,
with $BRIEF_TIMINGS naming a file the app appends a ``name epoch-seconds`` line to at each
milestone (see ``milestone`` in brief/tui/app.py):

    paint      the first frame is drawn (Textual's Ready: after the first layout and display)
    briefing   Sources, Briefing and Original are filled and the screen refreshed
    keywords   Keywords is filled and the screen refreshed
    resized    (--plus) the briefing ranked again after one `+`, on screen; timed from the key press

Each run has a cache folder of its own, empty but for the table of English word frequencies that brief
writes there once on a machine (``brief.stories.rarity``), as ``brief --clear-cache`` keeps it for the
CLI's cold rows. Times are from just before the process is spawned. As a check on "paint", the column
"frame on pty" is when the first frame's bytes (the word "Briefing") reached the terminal.
When keywords are in, the benchmark presses q (with --plus, first `+`, then q once the longer
briefing is on screen). INPUTs are handed to `brief` (none: the seeds). Every figure is the
median of --runs.
The anchor row times a bare Textual app (a Static and a Footer) in the same way: no
brief, so it is the floor for "first paint" on this machine at this load.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCH = "import sys; from brief.cli import main; sys.argv[0] = 'brief'; main()"  # what the `brief` script does
ANCHOR = """
import os, time
from textual.app import App
from textual.widgets import Footer, Static

class Bare(App):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self):
        yield Static("Briefing")
        yield Footer()

    def on_ready(self):
        with open(os.environ["BRIEF_TIMINGS"], "a") as timings:
            timings.write(f"paint {time.time()}\\nbriefing {time.time()}\\nkeywords {time.time()}\\n")

Bare().run()
"""  # the floor: Python, Textual and one frame, with nothing of brief
TARGETS = {"paint": 0.4, "briefing": 1.5, "keywords": 3.0, "resized": 0.3}
LABELS = {
    "frame": "first frame bytes on the pty (check on paint)",
    "paint": "first paint",
    "briefing": "briefing visible",
    "keywords": "keywords visible",
    "resized": "one + on screen (from the key press)",
    "exit": "exited after q",
}


def compiled(root: Path) -> None:
    """Byte-compile the checkout's ``brief`` package, as pip does when it installs brief: every timed
    run then reads bytecode, as a user's does. (Where $PYTHONDONTWRITEBYTECODE is set, a run would
    otherwise compile brief's hundred modules from source, about 0.2 s, every time.)"""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "brief")], capture_output=True, check=False)


_TABLES: dict[Path, Path] = {}


def _keep_rarity_table(work: Path, root: Path) -> None:
    """Put in the fresh cache folder ``work`` the table of English word frequencies brief writes there on first use
    (``brief.stories.rarity``: about half a second, once on a machine), built once for the benchmark: every run
    is cold but for it, as ``brief --clear-cache`` keeps it for the CLI's cold rows."""
    if root not in _TABLES:
        folder = Path(tempfile.mkdtemp(prefix="brief-tui-bench-table-"))
        env = dict(os.environ, XDG_CACHE_HOME=str(folder),
                   PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))
        subprocess.run([sys.executable, "-c", "from brief.stories.rarity import frequencies; frequencies(['news'])"],
                       env=env, capture_output=True, check=False)
        _TABLES[root] = folder / "brief"
    for table in _TABLES[root].glob("*.sqlite"):
        (work / "brief").mkdir(exist_ok=True)
        shutil.copyfile(table, work / "brief" / table.name)


def one_run(size: tuple[int, int], timeout: float, launch: str = LAUNCH, inputs: tuple[str, ...] = (),
            plus: bool = False, root: Path = ROOT) -> dict[str, float]:
    """Launch `brief` (the checkout at ``root``) on a fresh pty; seconds from spawn to each milestone
    (to ``resized``: from the `+`)."""
    work = tempfile.mkdtemp(prefix="brief-tui-bench-")
    _keep_rarity_table(Path(work), root)
    timings = Path(work, "timings")
    env = dict(os.environ, BRIEF_TIMINGS=str(timings), TERM="xterm-256color", COLORTERM="truecolor",
               XDG_CONFIG_HOME=work, XDG_CACHE_HOME=work, HF_HUB_OFFLINE="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))
    env.pop("TEXTUAL", None)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    start = time.time()
    proc = subprocess.Popen([sys.executable, "-c", launch, *inputs], stdin=slave, stdout=slave, stderr=slave,
                            env=env, cwd=work, start_new_session=True, close_fds=True)
    os.close(slave)
    seen: dict[str, float] = {}
    output = b""
    quit_sent = False
    plus_sent = 0.0
    try:
        while proc.poll() is None:
            if time.time() - start > timeout:
                proc.kill()
                raise SystemExit(f"brief did not show keywords within {timeout} s; seen: {seen}\n"
                                 f"{output[-600:].decode(errors='replace')}")
            ready, _, _ = select.select([master], [], [], 0.02)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the pty
                    break
                if "frame" not in seen and b"Briefing" in output[-16:] + chunk:
                    seen["frame"] = time.time() - start
                output = (output + chunk)[-200_000:]
            if timings.exists():
                for line in timings.read_text(encoding="utf-8").splitlines():
                    name, stamp = line.split()
                    seen.setdefault(name, float(stamp) - start)
            if "keywords" in seen and plus and not plus_sent:
                os.write(master, b"+")
                plus_sent = time.time() - start
            elif "keywords" in seen and (not plus or "resized" in seen) and not quit_sent:
                os.write(master, b"q")
                quit_sent = True
        proc.wait(timeout=10)
        seen["exit"] = time.time() - start
        if "resized" in seen:
            seen["resized"] -= plus_sent
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
        shutil.rmtree(work, ignore_errors=True)
    missing = {"paint", "briefing", "keywords"} - seen.keys()
    if missing or proc.returncode != 0:
        raise SystemExit(f"brief exited {proc.returncode} without {sorted(missing)}:\n"
                         f"{output[-600:].decode(errors='replace')}")
    return seen


def measure(runs: int, size: tuple[int, int] = (160, 48), timeout: float = 60.0, anchor: bool = True,
            inputs: tuple[str, ...] = (), plus: bool = False,
            baseline: Path | None = None) -> list[tuple[str, list[float], str]]:
    """Run the TUI (and the bare-app anchor, interleaved so both see the same load) ``runs`` times;
    with a ``baseline`` checkout, it too, run for run in alternation (its rows marked "before").

    Returns rows of (label, seconds of every run, target or note), anchor first.
    """
    bare: list[float] = []
    trees = {"": ROOT, " (before)": baseline} if baseline else {"": ROOT}
    for root in trees.values():
        assert root is not None
        compiled(root)
    results: dict[str, list[dict[str, float]]] = {mark: [] for mark in trees}
    for _ in range(runs):
        if anchor:
            bare.append(one_run(size, timeout, ANCHOR)["paint"])
        for mark, root in trees.items():
            assert root is not None
            results[mark].append(one_run(size, timeout, inputs=inputs, plus=plus, root=root))
    rows = [("anchor: bare Textual app (Static + Footer), paint", bare, "(the floor here)")] if anchor else []
    for name in ("frame", "paint", "briefing", "keywords", "resized", "exit"):
        for mark, found in results.items():
            values = [r[name] for r in found if name in r]
            if values:
                rows.append((LABELS[name] + mark, values, f"<= {TARGETS[name]} s" if name in TARGETS else ""))
    return rows


def print_rows(rows: list[tuple[str, list[float], str]], heading: str = "brief (TUI, seeds, cold), from spawn to") -> None:
    """One line per row: median, min and max of its runs, and its target."""
    print(f"{heading:<48} {'median':>9} {'min':>7} {'max':>7}   target")
    for label, values, target in rows:
        print(f"{label:<48} {statistics.median(values):7.2f} s {min(values):5.2f} s {max(values):5.2f} s   {target}",
              flush=True)


def main() -> None:
    """Run the TUI --runs times and print each milestone's median beside its target."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="160x48", help="terminal COLSxROWS (default: 160x48)")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--anchor", action=argparse.BooleanOptionalAction, default=True,
                        help="also time a bare Textual app's first paint, the floor on this machine")
    parser.add_argument("--plus", action="store_true", help="press + once the keywords are in, and time it")
    parser.add_argument("--baseline", type=Path, help="another checkout of brief, timed in alternation")
    parser.add_argument("inputs", nargs="*", help="what to brief (default: the seeds)")
    args = parser.parse_args()
    cols, lines = (int(n) for n in args.size.split("x"))
    inputs = tuple(str(Path(i).resolve()) for i in args.inputs)  # (brief runs in a temporary folder)
    heading = f"brief (TUI, {len(inputs)} inputs, cold), from spawn to" if inputs else "brief (TUI, seeds, cold), from spawn to"
    print_rows(measure(args.runs, (cols, lines), args.timeout, args.anchor, inputs, args.plus, args.baseline), heading)


if __name__ == "__main__":
    main()
