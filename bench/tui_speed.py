"""TUI speed benchmark: how soon after launch `brief` (no arguments: the bundled seeds) shows each pane.

Usage:
    python bench/tui_speed.py [--runs 5] [--size 160x48]

Each run starts the real `brief` command in a cold process on a pseudo-terminal of --size,
with $BRIEF_TIMINGS naming a file the app appends a ``name epoch-seconds`` line to at each
milestone (see ``milestone`` in brief/tui/app.py):

    paint      the first frame is drawn (Textual's Ready: after the first layout and display)
    briefing   Sources, Briefing and Original are filled and the screen refreshed
    keywords   Keywords is filled and the screen refreshed

Times are from just before the process is spawned. As a check on "paint", the column
"frame on pty" is when the first frame's bytes (the word "Briefing") reached the terminal.
When keywords are in, the benchmark presses q. Every figure is the median of --runs.
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
TARGETS = {"paint": 0.4, "briefing": 1.5, "keywords": 3.0}
LABELS = {
    "frame": "first frame bytes on the pty (check on paint)",
    "paint": "first paint",
    "briefing": "briefing visible",
    "keywords": "keywords visible",
    "exit": "exited after q",
}


def one_run(size: tuple[int, int], timeout: float) -> dict[str, float]:
    """Launch `brief` on a fresh pty; seconds from spawn to each milestone."""
    work = tempfile.mkdtemp(prefix="brief-tui-bench-")
    timings = Path(work, "timings")
    env = dict(os.environ, BRIEF_TIMINGS=str(timings), TERM="xterm-256color", COLORTERM="truecolor",
               XDG_CONFIG_HOME=work, XDG_CACHE_HOME=work, HF_HUB_OFFLINE="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    env.pop("TEXTUAL", None)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    start = time.time()
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH], stdin=slave, stdout=slave, stderr=slave,
                            env=env, cwd=work, start_new_session=True, close_fds=True)
    os.close(slave)
    seen: dict[str, float] = {}
    output = b""
    quit_sent = False
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
            if "keywords" in seen and not quit_sent:
                os.write(master, b"q")
                quit_sent = True
        proc.wait(timeout=10)
        seen["exit"] = time.time() - start
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


def main() -> None:
    """Run the TUI --runs times and print each milestone's median beside its target."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="160x48", help="terminal COLSxROWS (default: 160x48)")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    runs = [one_run(size, args.timeout) for _ in range(args.runs)]  # type: ignore[arg-type]
    print(f"{'brief (TUI, seeds, cold), from spawn to':<48} {'median':>9} {'min':>7} {'max':>7}   target")
    for name in ("frame", "paint", "briefing", "keywords", "exit"):
        values = [r[name] for r in runs if name in r]
        if not values:
            continue
        target = f"<= {TARGETS[name]} s" if name in TARGETS else ""
        print(f"{LABELS[name]:<48} {statistics.median(values):7.2f} s {min(values):5.2f} s {max(values):5.2f} s   {target}",
              flush=True)


if __name__ == "__main__":
    main()
