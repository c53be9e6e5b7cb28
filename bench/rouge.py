"""ROUGE benchmark of brief beside sumy LexRank and TextRank.

Usage: python bench/rouge.py DATASET_DIR [--words N] [--bytes B] [--limit K] [--no-baselines]
                                          [--algorithm NAME] [--save FILE] [--against FILE]

A dataset is a folder of clusters, each with ``docs/*.txt`` and ``refs/*.txt``. brief runs
its whole pipeline on each cluster's files, as ``brief --words N --no-keywords`` does (read,
clean, split, rank, merge what several sources report), and its summary is the briefing's
points in the order it prints them, without the header, markers and source list. Scoring
follows the shared eval harness (score_summaries.py): rouge-score with Porter stemming,
summaries truncated to the first N words (and, for DUC 2004, 665 bytes), P/R/F averaged
over a cluster's references, then the mean over clusters. The sumy baselines come from
the harness's summ_baselines.py, found by walking up from the dataset folder.

Also printed for brief: which point it reads first, as ROUGE-1 F of its first point against each
reference's first sentence (the one a person summarizing the cluster led with), averaged over the
references, then over the clusters.

A change to the ranker moves a few clusters, so a mean that differs by 0.1 may be noise:
``--save FILE`` writes brief's recall per cluster, and a later run (another tree, or the
same after a change) with ``--against FILE`` prints, for ROUGE-1 and -2, the mean paired
difference, its standard error and how many clusters went up and down.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief.options import Options  # noqa: E402
from brief.pipeline import make_briefing  # noqa: E402
from brief.ranking import DEFAULT_ALGORITHM  # noqa: E402
from brief.sentences import split_sentences  # noqa: E402


def brief_summary(paths: list[str], words: int, algorithm: str = DEFAULT_ALGORITHM) -> str:
    """brief's briefing of one cluster's files: its points' sentences, one per line, as printed."""
    briefing = make_briefing(paths, Options(algorithm=algorithm, words=words, keywords=0))
    return "\n".join(point.text for point in briefing.points)


def paired(before: dict[str, list[float]], after: dict[str, list[float]]) -> list[str]:
    """Lines comparing per-cluster recalls (``{cluster: [R-1, R-2]}``, x100) of two runs on their common clusters."""
    common = sorted(set(before) & set(after))
    lines = ["paired with the saved run, %d clusters:" % len(common)]
    for k, name in enumerate(("R-1", "R-2")):
        diffs = [after[c][k] - before[c][k] for c in common]
        mean = statistics.fmean(diffs) if diffs else 0.0
        se = statistics.stdev(diffs) / math.sqrt(len(diffs)) if len(diffs) > 1 else 0.0
        up, down = sum(d > 1e-9 for d in diffs), sum(d < -1e-9 for d in diffs)
        lines.append("  %s %+.2f (standard error %.2f), %d clusters up, %d down" % (name, mean, se, up, down))
    return lines


def find_harness(dataset: Path) -> Path | None:
    """The eval harness folder (holding evalcommon.py) at or above ``dataset``."""
    for folder in [dataset, *dataset.parents]:
        if (folder / "evalcommon.py").exists():
            return folder
    return None


def main(argv: list[str] | None = None) -> int:
    """Run every system on every cluster and print a ROUGE recall / timing table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--words", type=int, help="word limit (default: dataset.json, else 100)")
    ap.add_argument("--bytes", type=int, help="byte limit (default: dataset.json)")
    ap.add_argument("--limit", type=int, help="only the first K clusters")
    ap.add_argument("--no-baselines", action="store_true", help="score brief only")
    ap.add_argument("--algorithm", default=DEFAULT_ALGORITHM, help="brief's ranker (default: %(default)s)")
    ap.add_argument("--save", type=Path, help="write brief's per-cluster recall (JSON) to this file")
    ap.add_argument("--against", type=Path, help="compare brief per cluster with a file --save wrote")
    args = ap.parse_args(argv)

    dataset = args.dataset.resolve()
    harness = find_harness(dataset)
    if harness is None:
        raise SystemExit("no evalcommon.py at or above %s" % dataset)
    sys.path.insert(0, str(harness))
    import evalcommon as ec

    info, clusters = ec.load_dataset(str(dataset))
    clusters = clusters[: args.limit] if args.limit else clusters
    words = args.words or info.get("words") or 100
    nbytes = info.get("bytes") if args.bytes is None else args.bytes

    systems: dict[str, Callable[[ec.Cluster], str]] = {
        "brief": lambda c: brief_summary(list(c.doc_paths), words, args.algorithm)}
    if not args.no_baselines:
        import summ_baselines as sb

        systems["lexrank"] = lambda c: sb.BASELINES["lexrank"](c, words)
        systems["textrank"] = lambda c: sb.BASELINES["textrank"](c, words)

    for c in clusters:  # read files once, outside the timings
        c.docs, c.refs  # noqa: B018
    print("%s: %d clusters, %d words%s" % (info.get("name", dataset.name), len(clusters), words,
                                           ", %d bytes" % nbytes if nbytes else ""))
    header = "%-9s | R-1 R  R-2 R  (words)" % "system"
    header += " | R-1 R  R-2 R  (bytes)" if nbytes else ""
    print(header + " | mean s/cluster")
    results = {}
    leads: list[float] = []
    for name, run in systems.items():
        rows, secs, names = [], [], []
        for c in clusters:
            names.append(c.id)
            t0 = time.perf_counter()
            text = run(c)
            secs.append(time.perf_counter() - t0)
            row = [ec.rouge_multi(ec.truncate_words(text, words), c.refs)]
            if nbytes:
                row.append(ec.rouge_multi(ec.truncate_bytes(text, nbytes), c.refs))
            rows.append(row)
            if name == "brief":
                firsts = [split_sentences(ref, 0)[0].text for ref in c.refs if ref.strip()]
                leads.append(ec.rouge_multi(text.split("\n")[0], firsts)["rouge1"]["f"] if firsts else 0.0)
        cols = []
        for k in range(len(rows[0])):
            for t in ("rouge1", "rouge2"):
                cols.append(100 * statistics.fmean(r[k][t]["r"] for r in rows))
        results[name] = {"rouge": cols, "mean_s": statistics.fmean(secs)}
        line = "%-9s | %5.2f  %5.2f        " % (name, cols[0], cols[1])
        if nbytes:
            line += " | %5.2f  %5.2f        " % (cols[2], cols[3])
        print(line + " | %.3f" % statistics.fmean(secs), flush=True)
        if name == "brief":
            per_cluster = {n: [100 * r[0][t]["r"] for t in ("rouge1", "rouge2")] for n, r in zip(names, rows)}
    print("brief's first point against the references' first sentences, ROUGE-1 F: %.3f" % statistics.fmean(leads))
    if args.save:
        args.save.write_text(json.dumps(per_cluster, indent=1, sort_keys=True) + "\n")
    if args.against:
        print("\n".join(paired(json.loads(args.against.read_text()), per_cluster)))
    print("BENCH_JSON " + json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
