"""Bounded work: a huge input costs what the budgets allow, not what its size would."""

from __future__ import annotations

import random

import pytest

from brief.keywords import all_keywords, extract_document
from brief.keywords._story import BUDGET
from brief.model import Source

_WORDS = ("harbour bridge council engineers repairs traffic mayor river crossing steel cable inspection "
          "ferry commuters budget contract workers closure delays lanes weekend report city").split()


def _huge_text(size: int) -> str:
    """Distinct sentence lines of news words, ``size`` characters or a little more."""
    rng = random.Random(15)
    lines, total, number = [], 0, 0
    while total < size:
        number += 1
        line = " ".join(rng.choices(_WORDS, k=12)).capitalize() + f" in report {number}."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


@pytest.mark.slow
def test_keywords_read_a_budget_of_a_huge_source_not_all_of_it() -> None:
    text = _huge_text(4 * BUDGET)
    head = text[: text.rfind("\n", 0, BUDGET + 1)]
    huge, huge_own = all_keywords([Source(1, "big.txt", "Big", text)], 8)
    part, part_own = all_keywords([Source(1, "big.txt", "Big", head)], 8)
    assert huge and huge == part and huge_own == part_own
    assert all(o.end <= len(head) for k in huge for o in k.occurrences)
    assert extract_document(text, 5) == extract_document(head, 5)


def test_one_pass_analysis_matches_terms_and_bigrams() -> None:
    from cli_support import SEEDS

    from brief.lexical import analyse, bigrams, terms, words
    from brief.sentences import split_sentences

    sentences = [s.text for p in SEEDS for s in split_sentences(p.read_text(encoding="utf-8"), 0)]
    sentences += ["The 3 U.S. officials' re-election, a 1 to 2 vote: as is.", "I a 9 x"]
    for text in sentences:
        analysis = analyse(text)
        assert analysis.terms == tuple(terms(words(text))) and set(analysis.concepts) == set(bigrams(text)), text


@pytest.mark.slow
def test_an_input_past_the_text_budget_is_briefed_on_its_head_and_says_what_it_left_out() -> None:
    from brief.inputs import make_sources
    from brief.inputs.document import Document
    from brief.inputs.sources import TEXT_BUDGET

    text = _huge_text(TEXT_BUDGET + 500_000)
    sources, sentences, problems = make_sources([Document("big.txt", text)])
    assert not problems and len(sources) == 1
    (source,) = sources
    assert sentences and sentences[-1].input_end is not None and sentences[-1].input_end <= TEXT_BUDGET
    last = source.dropped[-1]
    assert last.reason == f"past the {TEXT_BUDGET:,}-character budget of one input"
    assert last.text.endswith("more characters)") and text.count("\n") + 1 > last.line > 1
    # spans still index the input as read
    s = sentences[-1]
    assert text[s.input_start:s.input_end] == s.text
