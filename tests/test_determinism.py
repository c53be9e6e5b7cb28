"""The same inputs and options give the same bytes, whatever PYTHONHASHSEED is."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest
from cli_support import SEEDS, brief_command, run_env

from brief.keywords._variants import surname_of
from brief.lexical import analyse
from brief.sentences import split_sentences
from brief.stories.features import DENSE


def _near_duplicates(folder: Path, count: int) -> None:
    """``count`` short items, each a few of the seeds' sentences with one word changed."""
    pool = [s.text for p in SEEDS for s in split_sentences(p.read_text(encoding="utf-8"), 0) if len(s.text.split()) > 6]
    rng = random.Random(10)
    for i in range(count):
        chosen = rng.sample(pool, rng.randint(4, 8))
        words = chosen[0].split(" ")
        words[rng.randrange(len(words))] = rng.choice(["officials", "Tuesday", "sources", "forces"])
        chosen[0] = " ".join(words)
        (folder / f"{i:04d}.txt").write_text("Story update\n\n" + "\n\n".join(chosen) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Items enough for every step whose work depends on the input's size: more than DENSE sources, so the
    grouping compares sparse vectors; past the semantic checks' sentence budgets and the keywords' text
    budget, where what is cut depends on order. More items only repeat those steps (300 took twice as long)."""
    _near_duplicates(tmp_path, DENSE + 20)
    # one program per hash seed, all at once: the test waits for the slowest, not for the four in turn
    runs = [subprocess.Popen([*brief_command(), "--json", "--no-cache", str(tmp_path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=run_env(PYTHONHASHSEED=seed)) for seed in ("0", "1", "2", "3")]
    finished = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], [err for _, err in finished]
    assert len({out for out, _ in finished}) == 1
    assert sum(len(story["sources"]) for story in json.loads(finished[0][0])["stories"]) > DENSE


def test_sums_over_concepts_run_in_one_order() -> None:
    concepts = analyse("Harbour bridge reopens after repairs on the city's river crossing.").concepts
    assert list(concepts) == sorted(concepts) and dict.fromkeys(concepts) == dict.fromkeys(sorted(concepts))


def test_a_surname_tie_goes_to_the_first_name_in_order() -> None:
    names = ["mary golob", "rick golob", "anna golob"]
    assert {surname_of("golob", order) for order in (names, names[::-1], sorted(names))} == {"anna golob"}
