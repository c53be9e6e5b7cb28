"""The NumPy MiniLM gives sentence-transformers' vectors without importing torch."""

from __future__ import annotations

import numpy as np
import pytest

from brief.embedding import encoder

TEXTS = [
    "Syria rejects calls for Iranian military withdrawal",
    "oil spill",
    "Pompeo demanded that Iran pull its forces out of Syria or face sanctions.",
]


@pytest.mark.slow
@pytest.mark.xdist_group("torch")
def test_matches_sentence_transformers() -> None:
    from sentence_transformers import SentenceTransformer

    from brief.embedding import model_dir

    reference = SentenceTransformer(str(model_dir()), device="cpu").encode(TEXTS, normalize_embeddings=True)
    ours = encoder().encode(TEXTS)
    assert ours.shape == (3, 384)
    assert np.all((ours * reference).sum(1) > 0.9999)


def test_paraphrase_is_closer_than_unrelated_text() -> None:
    a, b, c = encoder().encode([
        "Iran must withdraw its forces from Syria, Pompeo said, or face tough sanctions.",
        "Pompeo demanded Iran withdraw from Syria or face crushing sanctions.",
        "Heavy rain flooded the football stadium before the final.",
    ])
    assert a @ b > 0.7 > a @ c


def test_max_tokens_reads_only_the_lead() -> None:
    lead = "Negotiators met in Geneva on Monday to discuss the ceasefire."
    n = len(encoder().tokenizer.encode(lead).ids)  # with [CLS] and [SEP]
    first, second = encoder().encode([lead + " Heavy rain flooded the stadium.", lead + " Grain prices rose."],
                                     max_tokens=n)
    (whole,) = encoder().encode([lead + " Heavy rain flooded the stadium."])
    assert float(first @ second) > 0.9999  # both cut to the same lead
    assert float(first @ whole) < 0.9999  # the full text reads on


def test_a_vector_does_not_depend_on_the_texts_beside_it() -> None:
    # Texts of many lengths are cut into passes by length; each vector must be the one it has alone,
    # bit for bit, or a cached vector would differ from a fresh one and a briefing from the next.
    texts = [" ".join(["word"] * n) + f" number {n}." for n in (1, 40, 3, 25, 2, 60, 7, 12, 33, 5)]
    together = encoder().encode(texts)
    for text, row in zip(texts, together):
        assert np.array_equal(encoder().encode([text])[0], row)


def _pass_cost(lengths: list[int], passes: list[list[int]]) -> float:
    from brief.embedding import _PASS_COST

    return sum(_PASS_COST + len(chunk) * max(lengths[i] for i in chunk) for chunk in passes)


def test_passes_take_every_text_once_shortest_first() -> None:
    from brief.embedding import _PASS_ROWS, _PASS_TOKENS, batches

    lengths = [9, 3, 60, 3, 12, 11, 10, 64, 5, *([20] * 40), *([4] * 50)]
    found = batches(lengths)
    assert sorted(i for chunk in found for i in chunk) == list(range(len(lengths)))
    order = [lengths[i] for chunk in found for i in chunk]
    assert order == sorted(lengths)
    assert all(len(chunk) <= _PASS_ROWS for chunk in found)
    assert all(len(chunk) * max(lengths[i] for i in chunk) <= _PASS_TOKENS for chunk in found)
    assert batches([]) == []


def test_passes_cost_least() -> None:
    # Every way of cutting the sorted lengths into runs, against the passes chosen: none costs less
    # (a pass's own cost against the padding a longer pass computes).
    import random
    from itertools import combinations

    from brief.embedding import batches

    rng = random.Random(7)
    for _ in range(60):
        lengths = [rng.randint(3, 64) for _ in range(rng.randint(1, 9))]
        order = sorted(range(len(lengths)), key=lambda i: lengths[i])
        cheapest = min(_pass_cost(lengths, [order[a:b] for a, b in zip((0, *cuts), (*cuts, len(order)))])
                       for k in range(len(order)) for cuts in combinations(range(1, len(order)), k))
        assert _pass_cost(lengths, batches(lengths)) == pytest.approx(cheapest)


def test_a_text_given_twice_is_encoded_once() -> None:
    # Copied sentences (syndicated reports) are common: the second copy costs nothing and gets the same vector.
    seen: list[int] = []
    real = type(encoder())._hidden

    def counting(self: object, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        seen.append(len(ids))
        return real(self, ids, mask)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(encoder()), "_hidden", counting)
        a, b, again = encoder().encode([TEXTS[2], TEXTS[0], TEXTS[2]])
    assert sum(seen) == 2
    assert np.array_equal(a, again)
    assert np.array_equal(a, encoder().encode([TEXTS[2]])[0])
    assert np.array_equal(b, encoder().encode([TEXTS[0]])[0])


def test_passes_on_two_threads_give_the_same_vectors_bit_for_bit() -> None:
    # Where nothing else encodes (the TUI's ranking, a briefing without keywords), the passes are shared by two
    # threads: each row's vector must be the one a single thread computes, or the briefing would change.
    import threading

    from brief.embedding import two_threads

    texts = [" ".join(["word"] * n) + f" number {n}." for n in range(1, 70, 2)]
    threads: set[int] = set()
    real = type(encoder())._hidden

    def recording(self: object, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        threads.add(threading.get_ident())
        return real(self, ids, mask)  # type: ignore[arg-type]

    alone = encoder().encode(texts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(encoder()), "_hidden", recording)
        with two_threads():
            shared = encoder().encode(texts)
    assert len(threads) == 2
    assert shared.tobytes() == alone.tobytes()


@pytest.mark.slow
def test_a_briefing_without_keywords_aligns_on_two_threads_and_is_the_same() -> None:
    # The keyword step is the other core's work when there is one; without it, the alignment's passes take
    # both threads, and the briefing is the one of a worker keeping to one core (``one_core``).
    import threading

    from brief.options import Options
    from brief.pipeline import brief_items, read
    from brief.render import render_json

    threads: set[int] = set()
    real = type(encoder())._hidden

    def recording(self: object, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        threads.add(threading.get_ident())
        return real(self, ids, mask)  # type: ignore[arg-type]

    items = read([])
    one = render_json(brief_items(items, Options(keywords=0), one_core=True))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(encoder()), "_hidden", recording)
        two = render_json(brief_items(items, Options(keywords=0)))
    assert len(threads) == 2
    assert two == one


@pytest.mark.parametrize("given", [None, "2"])
def test_the_encoders_process_runs_its_blas_on_one_thread(given: str | None) -> None:
    """As the CLI starts (``one_blas_thread``, before NumPy loads) and once the encoder is loaded, the BLAS
    runs on one thread: told so before it loaded, or limited when the user's own setting said otherwise."""
    import os
    import subprocess
    import sys

    script = ("from brief.embedding import encoder, one_blas_thread\n"
              "one_blas_thread()\n"
              "import numpy\n"
              "encoder()\n"
              "from threadpoolctl import threadpool_info\n"
              "print(sorted({i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'}))\n")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[1]"


def _in_a_fresh_process(script: str) -> str:
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_a_cli_run_encodes_in_a_process_of_its_own_with_the_same_vectors() -> None:
    """Within ``elsewhere`` (a CLI run) the encoder loads and runs in a forked child: this process never loads the
    runtime, gets the vectors it would have computed itself, bit for bit, and the child is gone at the end."""
    script = (
        "import os, sys\n"
        "from brief import embedding\n"
        "embedding.one_blas_thread()  # (as the CLI does: else OpenBLAS starts threads, and no process is forked)\n"
        "import numpy as np\n"
        f"texts = {TEXTS!r}\n"
        "with embedding.elsewhere():\n"
        "    embedding.load_elsewhere()\n"
        "    child = embedding._CHILD[0].pid\n"
        "    there = embedding.encode(texts, 256)\n"
        "    with embedding.two_threads():\n"
        "        both = embedding.encode(texts * 3, 8)\n"
        "    print('runtime here:', 'onnxruntime' in sys.modules)\n"
        "try:\n"
        "    os.kill(child, 0)\n"
        "    print('child: running')\n"
        "except ProcessLookupError:\n"
        "    print('child: gone')\n"
        "here = embedding.encoder().encode(texts, 256)\n"
        "print('same:', np.array_equal(there, here), np.array_equal(both, embedding.encoder().encode(texts * 3, 8)))\n")
    assert _in_a_fresh_process(script).split("\n") == ["runtime here: False", "child: gone", "same: True True", ""]


@pytest.mark.slow
def test_the_vectors_are_computed_here_when_the_encoders_process_is_gone() -> None:
    script = (
        "import os, signal, sys\n"
        "from brief import embedding\n"
        "embedding.one_blas_thread()\n"
        "import numpy as np\n"
        f"texts = {TEXTS!r}\n"
        "with embedding.elsewhere():\n"
        "    embedding.load_elsewhere()\n"
        "    child = embedding._CHILD[0].pid\n"
        "    os.kill(child, signal.SIGKILL)\n"
        "    os.waitpid(child, 0)\n"
        "    vectors = embedding.encode(texts)\n"
        "    print('runtime here:', 'onnxruntime' in sys.modules)\n"
        "print('same:', np.array_equal(vectors, embedding.encoder().encode(texts)))\n")
    assert _in_a_fresh_process(script).split("\n") == ["runtime here: True", "same: True", ""]


def test_no_process_is_forked_outside_a_cli_run() -> None:
    """Outside ``elsewhere`` (the library, the tests' patched encoders) the encoder is this process's own."""
    script = ("from brief import embedding\n"
              "embedding.load_elsewhere()\n"
              "print(embedding._CHILD[0])\n")
    assert _in_a_fresh_process(script) == "None\n"
