"""One input at the size limit: time and peak memory of ``brief --plain`` on an 8 MiB − 1 byte article.

Usage:
    python bench/large_input.py [--size BYTES] [--no-keywords]

The article is generated in a temporary folder: distinct lines of words drawn (with a fixed
seed) from the bundled seed articles, so every line is new text and nothing repeats. brief's
work on it must be bounded by its budgets, not by the input: the keyword step reads a
budget of each source, so this stays within seconds and a few hundred MiB.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
from pathlib import Path

from speed import BRIEF, SEEDS, peak_of

LIMIT = 8 * 1024 * 1024  # brief's per-file limit (brief.inputs.files.MAX_BYTES)


def article(size: int, seed: int = 15) -> bytes:
    """Exactly ``size`` bytes of distinct sentence lines built from the seeds' words."""
    words = sorted({w for p in SEEDS for w in re.findall(r"[A-Za-z][A-Za-z'-]+", p.read_text(encoding="utf-8"))})
    rng = random.Random(seed)
    lines: list[bytes] = []
    total = 0
    number = 0
    while total < size:
        number += 1
        line = f"{' '.join(rng.choices(words, k=rng.randint(8, 16))).capitalize()} in report {number}.\n".encode()
        lines.append(line)
        total += len(line)
    data = b"".join(lines)[:size]
    return data[:-1] + b"\n" if len(data) == size else data


def main() -> None:
    """Generate the article, run brief once on it, print time and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=LIMIT - 1, help="bytes of the generated article")
    parser.add_argument("--no-keywords", action="store_true", help="skip the keyword step")
    args = parser.parse_args()
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    with tempfile.TemporaryDirectory(prefix="brief-large-") as folder:
        path = Path(folder) / "large.txt"
        path.write_bytes(article(args.size))
        cmd = [BRIEF, "--plain", "--no-cache", *(["--no-keywords"] if args.no_keywords else []), str(path)]
        seconds, peak = peak_of(cmd, env)
    what = "without keywords" if args.no_keywords else "keywords included"
    print(f"brief --plain on one {args.size:,}-byte article, {what}: {seconds:.2f} s, {peak:.0f} MiB peak")


if __name__ == "__main__":
    sys.exit(main())
