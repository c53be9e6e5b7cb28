"""Keyphrase benchmark: brief's engines (``brief``: fast, the default; ``brief-keybert``: the
KeyBERT library on brief's candidates) beside plain KeyBERT and YAKE, on a jsonl of {id, text, keyphrases}.

Usage: python bench/keywords.py DATA.jsonl [--with-title] [--limit N] [--scorer PATH]

Scoring is the evaluation harness's own (lower-cased, Porter-stemmed exact match,
F1@5 and F1@10 macro-averaged, P@k divides by k): its ``score_keywords.py`` is
imported at run time from ``--scorer`` (default: the shared eval-dev copy), and the
baselines are its ``kw_baselines.py``, so all systems are measured the same way.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

DEFAULT_SCORER = "/work/shared/eval-dev/score_keywords.py"


def _load(path: Path) -> ModuleType:
    sys.path.insert(0, str(path.parent))  # score_keywords imports its siblings
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _brief(backend: str) -> Callable[..., list[str]]:
    from brief.keywords import extract_document

    def run(text: str, k: int, doc: object = None) -> list[str]:
        return [phrase for phrase, _ in extract_document(text, k, backend=backend)]

    return run


def main(argv: list[str] | None = None) -> int:
    """Score every system on DATA and print one table; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path)
    parser.add_argument("--with-title", action="store_true", help="prepend each row's title to its text")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--systems", default="brief,brief-keybert,brief-stat,keybert,yake",
                        help="comma-separated subset to run (default: all, baselines included)")
    parser.add_argument("--scorer", type=Path, default=Path(os.environ.get("BRIEF_KW_SCORER", DEFAULT_SCORER)))
    args = parser.parse_args(argv)

    scorer = _load(args.scorer)
    import evalcommon as ec  # noqa: PLC0415 - found next to the scorer
    import kw_baselines as kb  # noqa: PLC0415

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    texts = [(r["title"] + "\n\n" if args.with_title and r.get("title") else "") + r["text"] for r in rows]
    golds = [set(ec.dedup_normalized(r["keyphrases"])) for r in rows]
    systems = {
        "brief": _brief("fast"),
        "brief-keybert": _brief("keybert"),
        "brief-stat": _brief("statistical"),
        "keybert": kb.keybert_kw,
        "yake": kb.yake_kw,
    }
    wanted = args.systems.split(",")
    systems = {name: fn for name, fn in systems.items() if name in wanted}
    print(f"{args.data.name}: {len(rows)} docs{' (title + text)' if args.with_title else ''}")
    print(f"{'system':<14} {'F1@5':>6} {'F1@10':>6} {'s/doc':>7}")
    for name, fn in systems.items():
        fn(texts[0], 10, doc=rows[0])  # load models outside the timing
        f5, f10, secs = [], [], []
        for row, text, gold in zip(rows, texts, golds):
            start = time.perf_counter()
            pred = ec.dedup_normalized(list(fn(text, 10, doc=row)))
            secs.append(time.perf_counter() - start)
            f5.append(scorer.prf_at(pred, gold, 5)[2])
            f10.append(scorer.prf_at(pred, gold, 10)[2])
        print(f"{name:<14} {100 * statistics.fmean(f5):6.2f} {100 * statistics.fmean(f10):6.2f} {statistics.fmean(secs):7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
