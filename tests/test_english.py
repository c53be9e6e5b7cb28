"""brief.english: the headline test that cleaning, ranking and keywords share, on hand-written lines."""

from __future__ import annotations

import re

from brief.english import CLOSED_CLASS, MONTHS, STOP_WORDS, alternation, is_title_case


def test_headlines_are_title_case_and_sentences_are_not() -> None:
    assert is_title_case("Damascus Rejects U.S. Demand That Iran Pull Forces Out Of Syria")
    assert is_title_case("Why the Bridge Matters to the Whole City")  # short words stay lowercase in a headline
    assert not is_title_case("The city council voted on Tuesday to approve the new harbour plan.")
    assert not is_title_case("Chancellor Angela Merkel welcomed President Emmanuel Macron warmly in Berlin.")


def test_numbers_count_neither_way_and_callers_set_the_strictness() -> None:
    assert is_title_case("Council Approves 2019 Budget Plan") == is_title_case("Council Approves Budget Plan")
    assert not is_title_case("Bridge Reopens")  # two long words are too few to tell by default
    assert is_title_case("Bridge Reopens", min_words=1)
    assert not is_title_case("Seven Long Words Look Like Title Case here there where")  # 7 of 10: under the default 0.8
    assert is_title_case("Seven Long Words Look Like Title Case here there where", share=0.7)
    assert is_title_case("Man Held in a Bank Robbery in Leeds")  # its long words are all capitalised...
    assert not is_title_case("Man Held in a Bank Robbery in Leeds", shortest=1)  # ...but 6 of its 9 words only


def test_the_word_lists_agree_with_each_other() -> None:
    assert set(MONTHS) <= CLOSED_CLASS and {"the", "said", "mr"} <= STOP_WORDS & CLOSED_CLASS
    pattern = re.compile(rf"^{alternation(['sep', 'sept', 'september'])}$")
    assert all(pattern.match(w) for w in ("sep", "sept", "september")) and not pattern.match("septem")
