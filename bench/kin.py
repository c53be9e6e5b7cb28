"""Which sources brief reads as one newsroom's (``Source.kin``), against the agencies the data's document ids name.

Usage: python bench/kin.py DATASET_DIR [DATASET_DIR ...]

brief never sees a document id: it calls two sources of a story kin when a sentence of one's own words is
copied in the other (``brief.inputs.versions.copies``, quotations left out), or two sentences are printed word
for word (a statement's, quotation and attribution and all), and prints a point both state as one report
(``[1+4]``). A dataset whose clusters name each article's document id (``cluster.json``'s ``docno``, as
TAC 2010's do, or a file name such as ``12_NYT19981110.0250.txt``, as DUC 2006's) says which agency wrote
each (the id's leading capitals: APW, NYT, XIE...). For every pair of kin sources of every cluster this prints
how many are one agency's, by the evidence brief had: one copied sentence, two or more, or only sentences
printed word for word; and, for contrast, how many pairs of one agency brief does not call kin.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief.inputs import make_sources  # noqa: E402
from brief.inputs.versions import KIN_SENTENCES, copies  # noqa: E402
from brief.pipeline import read  # noqa: E402

_FILE_ID = re.compile(r"^\d+_([A-Z]+)\d")
_DOCNO = re.compile(r"^[A-Z]+")


def agencies(cluster: Path) -> dict[str, str]:
    """File name -> the agency its document id names, for the files whose id is known."""
    meta = cluster / "cluster.json"
    out: dict[str, str] = {}
    if meta.exists():
        for doc in json.loads(meta.read_text(encoding="utf-8")).get("docs", []):
            found = _DOCNO.match(doc.get("docno") or "")
            if found and doc.get("file"):
                out[doc["file"]] = found.group()
    for path in (cluster / "docs").glob("*.txt"):
        found = _FILE_ID.match(path.name)
        if found and path.name not in out:
            out[path.name] = found.group(1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("datasets", type=Path, nargs="+")
    args = ap.parse_args(argv)
    tally: Counter[tuple[str, bool]] = Counter()
    for dataset in args.datasets:
        for cluster in sorted(p for p in dataset.iterdir() if (p / "docs").is_dir()):
            agency = agencies(cluster)
            files = sorted(str(p) for p in (cluster / "docs").glob("*.txt"))
            sources, sentences, _ = make_sources(read(files))
            known = {s.id: agency[Path(s.path).name] for s in sources if Path(s.path).name in agency}
            found = copies(sentences)
            for a in sources:
                for b in sources:
                    if a.id >= b.id or a.id not in known or b.id not in known:
                        continue
                    same = known[a.id] == known[b.id]
                    if b.id not in a.kin:
                        tally["not kin", same] += 1
                        continue
                    n = found.get((a.id, b.id), (0, 0.0, 0))[0]
                    evidence = ("two or more copied sentences" if n >= 2 else "one copied sentence"
                                if n >= KIN_SENTENCES else "only sentences printed word for word")
                    tally[evidence, same] += 1
    print("pairs of sources of one cluster, by what brief read:  one agency's / all")
    for evidence in ("one copied sentence", "two or more copied sentences", "only sentences printed word for word",
                     "not kin"):
        same, other = tally[evidence, True], tally[evidence, False]
        print(f"  {evidence:40s} {same:5d} / {same + other}")
    kin_same = sum(n for (e, same), n in tally.items() if e != "not kin" and same)
    kin_all = sum(n for (e, _), n in tally.items() if e != "not kin")
    print(f"  {'kin, in all':40s} {kin_same:5d} / {kin_all}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
