"""Stories benchmark: mix every cluster of one or more datasets into one input and see whether brief
finds the clusters again.

Usage: python bench/stories.py DATASET_DIR [DATASET_DIR ...] [--group-only] [--threshold T] [--workers N]
                               [--total N] [--alone] [--mixes N [--seed S]]
                               [--dask N] [--fresh]

A dataset is a folder of clusters with ``docs/*.txt`` (and, optionally, a ``cluster.json`` naming each
file's ``docno``). Every article of every cluster of every dataset given is one input, in cluster
order, read from where it lies (nothing is copied). An article that several clusters hold (DUC 2006
gives some to two topics) is given once, and belongs to each of them: the grouping is scored by
extended BCubed precision, recall and F1 (Amigó et al. 2009, which reduces to plain BCubed when
every article has one cluster), over articles. Also printed: the stories found (and how many are of
one article), how many stories hold articles of more than one cluster, and the time (wall and CPU) and
peak memory (resident set, of this process; then of the briefing workers) of reading, cleaning and
grouping, and of the whole run with every story briefed (skipped with ``--group-only``).

``--total N`` adds variants until there are N articles: each a random sample of one article's
paragraphs (at least half of them; its sentences when it has one paragraph) in a random order
(seed 0), in that article's clusters, made in memory (nothing is written), to see how the grouping
scales. ``--alone`` groups each cluster's articles on their own instead, as a user giving brief one
story would, and counts the clusters brief splits into more than one story (with ``--stories``, and
by default). ``--mixes N`` makes N random mixes of 2 to 4 whole clusters (``--seed``, default 1) and
counts those brief splits by default, those it splits into exactly their clusters, and the briefings
that mix two clusters (two articles or more of each): news mixes other than the whole dataset's, as a
user would give them.

``--dask N`` briefs the stories on a local Dask cluster (the ``cluster`` extra) of one worker, then of
N, each a process of one thread, in this one run, and prints the stories briefed per second of each
and their ratio: the throughput the workers add, with the CPU time the workers used over the wall
time, how many cores they had (on a machine busy with other work, fewer than they are). Each
cluster's workers first brief one small story each (loading brief and its model), which is not
timed; neither is starting the cluster.

Each input is cleaned once, for the grouping, and each story's briefing is given its sources made from
those pieces (``brief.stories.kept``), as ``brief`` does; ``--fresh`` has every story clean its inputs
again instead, to measure the difference.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief.inputs import Document, make_sources  # noqa: E402
from brief.options import Options  # noqa: E402
from brief.pipeline import read  # noqa: E402
from brief.sentences import split_sentences  # noqa: E402
from brief.stories import THRESHOLD, brief_stories, group  # noqa: E402
from brief.stories.kept import Kept  # noqa: E402


def articles(datasets: list[Path]) -> tuple[list[str], dict[str, set[str]]]:
    """Every article's path (each article once) and the clusters that hold it, by path."""
    paths: list[str] = []
    labels: dict[str, set[str]] = {}
    first: dict[str, str] = {}  # docno -> the path it is given as
    for dataset in datasets:
        for cluster in sorted(p for p in dataset.iterdir() if (p / "docs").is_dir()):
            meta = cluster / "cluster.json"
            docnos = {}
            if meta.exists():
                docnos = {d["file"]: d["docno"] for d in json.loads(meta.read_text(encoding="utf-8")).get("docs", [])
                          if d.get("docno")}
            for doc in sorted((cluster / "docs").glob("*.txt")):
                path = first.setdefault(docnos.get(doc.name, str(doc)), str(doc))
                if path == str(doc):
                    paths.append(path)
                labels.setdefault(path, set()).add(f"{dataset.name}/{cluster.name}")
    return paths, labels


def variants(items: list, labels: dict[str, set[str]], total: int) -> list:
    """``items`` and variants of its documents up to ``total`` in all (see the module's docstring)."""
    rng = random.Random(0)
    documents = [item for item in items if isinstance(item, Document)]
    made = list(items)
    while len(made) < total:
        original = documents[len(made) % len(documents)]
        paragraphs = [p for p in original.text.split("\n\n") if p.strip()]
        if len(paragraphs) < 2:  # an article of one paragraph (DUC 2004's): its sentences instead
            paragraphs = [s.text for s in split_sentences(original.text, 0)] or [original.text]
        kept = rng.sample(paragraphs, rng.randint((len(paragraphs) + 1) // 2, len(paragraphs)))
        path = f"{original.path}#variant{len(made)}"
        made.append(Document(path, "\n\n".join(kept) + "\n"))
        labels[path] = labels[original.path]
    return made


def alone(paths: list[str], labels: dict[str, set[str]], threshold: float) -> int:
    """Group each cluster's articles on their own; print and count the clusters split into several stories,
    with ``--stories`` and by default (only stories clearly apart)."""
    clusters: dict[str, list[str]] = {}
    for path in paths:
        clusters.setdefault(min(labels[path]), []).append(path)
    split = by_default = 0
    for name, members in sorted(clusters.items()):
        sources, sentences, _ = make_sources(read(members))
        sizes = sorted((len(story) for story in group(sources, sentences, threshold)), reverse=True)
        if len(sizes) > 1:
            split += 1
            default = len(group(sources, sentences, threshold, confident=True)) > 1
            by_default += default
            print(f"  {name}: {len(sources)} sources -> stories of {', '.join(map(str, sizes))}"
                  f"{' (split by default too)' if default else ''}")
    print(f"{split} of {len(clusters)} clusters split into several stories when given alone with --stories, "
          f"{by_default} by default (threshold {threshold})")
    return by_default


def mixes(paths: list[str], labels: dict[str, set[str]], count: int, seed: int) -> int:
    """Brief's default grouping of ``count`` random mixes of 2 to 4 whole clusters; print and count the mixes
    split, and those split into exactly their clusters (each story one cluster's articles, all of them)."""
    rng = random.Random(seed)
    clusters: dict[str, list[str]] = {}
    for path in paths:
        clusters.setdefault(min(labels[path]), []).append(path)
    names = sorted(clusters)
    items = {item.path: item for item in read(paths) if isinstance(item, Document)}
    kept = Kept()  # each article cleaned once, whatever the mixes it is in
    split = exact = mixing = 0
    for _ in range(count):
        chosen = rng.sample(names, rng.randint(2, 4))
        sources, sentences, _ = make_sources([items[p] for c in chosen for p in clusters[c] if p in items], kept)
        stories = group(sources, sentences, confident=True)
        held = [Counter(min(labels[o]) for i in story for o in sources[i - 1].origins or (sources[i - 1].path,))
                for story in stories]
        found = [sorted(h) for h in held]
        right = len(stories) == len(chosen) and all(len(f) == 1 for f in found) and sorted(chosen) == sorted(
            f[0] for f in found)
        split += len(stories) > 1
        exact += right
        mixing += sum(1 for h in held if sum(n >= 2 for n in h.values()) >= 2)  # two articles each of two clusters
        if not right:
            print(f"  {' + '.join(chosen)}: {len(stories)} "
                  f"{'story' if len(stories) == 1 else 'stories: ' + '; '.join(', '.join(f) for f in found)}")
    print(f"{split} of {count} random mixes of 2 to 4 clusters (seed {seed}) split by default, {exact} into "
          f"exactly their clusters; {mixing} briefings hold two articles or more of each of two clusters")
    return exact


def bcubed(found: dict[str, int], labels: dict[str, set[str]]) -> tuple[float, float, float]:
    """Extended BCubed precision, recall and F1 of ``found`` (article -> story) against ``labels``."""
    stories: dict[int, list[str]] = {}
    for item, story in found.items():
        stories.setdefault(story, []).append(item)
    holders: dict[str, list[str]] = {}
    for item in found:
        for label in labels[item]:
            holders.setdefault(label, []).append(item)
    precision = recall = 0.0
    for item, story in found.items():
        mates = stories[story]
        precision += sum(1 for other in mates if labels[item] & labels[other]) / len(mates)
        related = {other for label in labels[item] for other in holders[label]}
        together = [other for other in related if found[other] == story]
        recall += sum(1 / len(labels[item] & labels[other]) for other in together) / len(related)
    precision, recall = precision / len(found), recall / len(found)
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def dask_throughput(items: list, made: tuple, stories: list, workers: int, kept: Kept) -> None:
    """Brief ``stories`` on a local Dask cluster of 1 worker, then of ``workers``; print each rate and the ratio."""
    import tempfile

    import distributed

    from brief.cluster import _map
    from brief.stories.briefings import _brief, story_items

    options = Options()
    by_id = {s.id: s for s in made[0]}
    warm = story_items(items, [by_id[i] for i in stories[-1]])  # the smallest story
    rates = []
    for n in sorted({1, workers}):
        with tempfile.TemporaryDirectory() as scratch, distributed.LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                local_directory=scratch) as cluster, distributed.Client(cluster, set_as_default=False) as client:
            client.run(_brief, (warm, None), options, False)  # on every worker: brief and its model loaded
            before = client.run(time.process_time)
            start = time.perf_counter()
            brief_stories(items, made, stories, options, kept=kept, mapper=lambda fn, parts, opts, cache:
                          _map(client, fn, parts, opts, cache))
            elapsed = time.perf_counter() - start
            cpu = sum(t - before[w] for w, t in client.run(time.process_time).items())
        rates.append(len(stories) / elapsed)
        print(f"Dask, {n} worker{'s' if n > 1 else ''}: {len(stories)} stories briefed in {elapsed:.1f} s, "
              f"{rates[-1]:.2f} stories/s; the workers' CPU time {cpu:.1f} s, {cpu / elapsed:.2f} cores busy "
              f"(what the machine's load left them), {len(stories) / cpu:.2f} stories per CPU second")
    if len(rates) == 2:
        print(f"throughput with {workers} workers / with 1: {rates[1] / rates[0]:.2f}x")


def peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Mix, group, score; then brief every story unless ``--group-only``."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("datasets", type=Path, nargs="+")
    ap.add_argument("--group-only", action="store_true", help="score the grouping; brief no story")
    ap.add_argument("--threshold", type=float, default=THRESHOLD, help=f"grouping threshold (default {THRESHOLD})")
    ap.add_argument("--workers", type=int, help="processes that brief the stories (default: every core)")
    ap.add_argument("--total", type=int, default=0, help="add paragraph-sampled variants up to N articles")
    ap.add_argument("--alone", action="store_true", help="group each cluster on its own; count those split")
    ap.add_argument("--default", action="store_true", help="score the grouping brief makes by default (stories "
                    "clearly apart apart, the others one) rather than the one --stories makes")
    ap.add_argument("--mixes", type=int, metavar="N", help="group N random mixes of 2-4 clusters by default")
    ap.add_argument("--seed", type=int, default=1, help="the random mixes' seed (default 1)")
    ap.add_argument("--fresh", action="store_true", help="each story's briefing cleans its inputs again "
                    "(as before they were kept from the grouping): to measure what keeping them saves")
    ap.add_argument("--dask", type=int, metavar="N", help="brief on a local Dask cluster of 1, then N workers")
    args = ap.parse_args(argv)
    paths, labels = articles(args.datasets)
    clusters = len(set().union(*labels.values()))
    if args.alone:
        alone(paths, labels, args.threshold)
        return 0
    if args.mixes:
        mixes(paths, labels, args.mixes, args.seed)
        return 0
    start, cpu_start = time.perf_counter(), time.process_time()
    items = read(paths)
    if args.total > len(items):
        items = variants(items, labels, args.total)
        paths = [item.path for item in items if isinstance(item, Document)]
        start, cpu_start = time.perf_counter(), time.process_time()  # the variants are the input: not timed
    kept = Kept()  # each input cleaned once: for the grouping and for its story's briefing
    made = make_sources(items, kept)
    sources, sentences, _ = made
    grouped, cpu_grouped = time.perf_counter(), time.process_time()
    stories = group(sources, sentences, args.threshold, confident=args.default)
    done, cpu_done = time.perf_counter(), time.process_time()
    found: dict[str, int] = {}
    for n, story in enumerate(stories):
        for source_id in story:
            for origin in sources[source_id - 1].origins or (sources[source_id - 1].path,):
                found[origin] = n
    missing = [p for p in paths if p not in found]  # unreadable inputs: each a story of its own, for scoring
    for n, path in enumerate(missing, len(stories)):
        found[path] = n
    precision, recall, f1 = bcubed(found, labels)
    mixed = sum(1 for story in stories
                if len(set.intersection(*(labels[o] for i in story for o in sources[i - 1].origins or ()))) == 0)
    names = "+".join(d.name for d in args.datasets)
    print(f"{names}: {len(paths)} articles in {clusters} clusters -> {len(stories)} stories "
          f"({sum(len(s) == 1 for s in stories)} of one article; {mixed} holding articles of more than one "
          f"cluster), {len(missing)} unreadable")
    print(f"BCubed  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (threshold {args.threshold}"
          f"{'; as brief does by default' if args.default else '; as --stories does'})")
    print(f"read and clean {grouped - start:.1f} s ({cpu_grouped - cpu_start:.1f} s of CPU); "
          f"group {done - grouped:.1f} s ({cpu_done - cpu_grouped:.1f} s of CPU); peak {peak_mib():.0f} MiB")
    if args.dask:
        dask_throughput(items, made, stories, args.dask, kept)
    elif not args.group_only:
        options = Options()
        here = time.process_time()
        brief_stories(items, made, stories, options, workers=args.workers, kept=None if args.fresh else kept)
        end = time.perf_counter()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(f"whole run (read, clean, group, brief {len(stories)} stories): {end - start:.1f} s, of which "
              f"briefing {end - done:.1f} s; CPU time {time.process_time() - here:.1f} s here while briefing, "
              f"{children.ru_utime + children.ru_stime:.1f} s in the workers; peak {peak_mib():.0f} MiB here, "
              f"{peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB in the largest worker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
