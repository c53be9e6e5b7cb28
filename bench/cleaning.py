"""Article-text benchmark: brief's cleaning of saved pages and of copied text, beside trafilatura.

Usage: python bench/cleaning.py DATASET_DIR [--english-only] [--worst N] [--outputs DIR]

A dataset is a folder laid out like the development data's ``web/``: ``html/<id>.html`` (the
page as served), ``txt/<id>.txt`` (its visible text as select-all + copy gives it) and
``truth.json`` (each id's ``articleBody`` and an ``english`` flag). Three systems run in one
process on every page:

- ``brief html``: brief reads the saved page as ``brief FILE.html`` does (extraction, cleaning);
- ``brief txt``: brief reads the copied text as ``brief FILE.txt`` does (cleaning);
- ``trafilatura``: ``trafilatura.extract(html, include_comments=False)`` alone.

brief's text is its source's cleaned text (what it ranks), empty when the input is refused.
The measure is the article-extraction benchmarks' one, as in the eval harness's
score_cleaning.py: lowercase ``\\w+`` tokens, 4-token shingles with multiplicity, precision and
recall per page (nothing extracted from an empty truth counts 1), averaged over pages; F1 is
the harmonic mean of mean P and mean R.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief.inputs.reader import read_items  # noqa: E402
from brief.inputs.sources import make_sources  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The text's n-token shingles, counted with multiplicity (a short text is one shingle)."""
    tokens = [t.lower() for t in _TOKEN.findall(text or "")]
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_scores(truth: str, found: str) -> tuple[float, float]:
    """Shingle precision and recall of ``found`` against ``truth``."""
    t, p = shingles(truth), shingles(found)
    tp = sum((t & p).values())
    fp, fn = sum(p.values()) - tp, sum(t.values()) - tp
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def brief_text(path: Path) -> str:
    """The cleaned text brief would rank for one input file ("" when brief refuses it)."""
    sources, _, _ = make_sources(read_items([path], fetch=False))
    return "\n\n".join(source.text for source in sources)


def trafilatura_text(path: Path) -> str:
    """trafilatura's own extraction of a saved page, default settings, comments left out."""
    import trafilatura

    return trafilatura.extract(path.read_bytes(), include_comments=False) or ""


def main(argv: list[str] | None = None) -> int:
    """Score every system on every page and print P, R and F1 of each, worst pages on request."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--english-only", action="store_true", help="score only pages marked english")
    ap.add_argument("--worst", type=int, default=0, help="list each system's N worst pages")
    ap.add_argument("--outputs", type=Path, help="write each system's text to DIR/<system>/<id>.txt")
    args = ap.parse_args(argv)
    truth = json.loads((args.dataset / "truth.json").read_text(encoding="utf-8"))
    if args.english_only:
        truth = {page: t for page, t in truth.items() if t.get("english", True)}
    systems: dict[str, Callable[[str], str]] = {
        "brief html": lambda page: brief_text(args.dataset / "html" / f"{page}.html"),
        "brief txt": lambda page: brief_text(args.dataset / "txt" / f"{page}.txt"),
        "trafilatura": lambda page: trafilatura_text(args.dataset / "html" / f"{page}.html"),
    }
    print(f"{args.dataset.name}: {len(truth)} pages{' (English only)' if args.english_only else ''}")
    print(f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'s/page':>7}")
    for name, run in systems.items():
        rows: list[tuple[str, float, float]] = []
        start = time.perf_counter()
        for page in sorted(truth):
            found = run(page)
            if args.outputs:
                folder = args.outputs / name.replace(" ", "-")
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{page}.txt").write_text(found, encoding="utf-8")
            rows.append((page, *page_scores(truth[page]["articleBody"], found)))
        seconds = (time.perf_counter() - start) / max(len(rows), 1)
        mp = sum(r[1] for r in rows) / len(rows)
        mr = sum(r[2] for r in rows) / len(rows)
        f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
        print(f"{name:<12} {mp:6.3f} {mr:6.3f} {f1:6.3f} {seconds:7.3f}")
        for page, p, r in sorted(rows, key=lambda x: 2 * x[1] * x[2] / (x[1] + x[2] or 1))[: args.worst]:
            print(f"    {page[:16]}  P {p:.2f}  R {r:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
