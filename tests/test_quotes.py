"""Quotes with speakers: who said what, as ``brief --quotes`` prints it, and whom brief will not name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import brief_here
from hypothesis import given, settings
from hypothesis import strategies as st

from brief.model import Quote
from brief.pipeline import load
from brief.quotes import find_quotes


def _quotes(tmp_path: Path, *texts: str) -> tuple[Quote, ...]:
    paths = []
    for n, text in enumerate(texts, 1):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    sources, sentences, _ = load(paths)
    return find_quotes(sources, sentences)


def test_he_said_is_the_person_the_sentence_before_names(tmp_path: Path) -> None:
    [quote] = _quotes(tmp_path, "Talks in Damascus\n\nDeputy Foreign Minister Faisal Mekdad spoke to reporters in "
                                "Damascus on Tuesday. \"The presence of Iranian advisers is a matter for the Syrian "
                                "government alone,\" he said. The talks continue next week.\n")
    assert (quote.speaker, quote.role) == ("Faisal Mekdad", "Deputy Foreign Minister")
    assert quote.text == "The presence of Iranian advisers is a matter for the Syrian government alone"


def test_a_quote_is_never_given_to_a_pronoun_nobody_named(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, "Market reopens\n\nThe market reopened on Saturday after the blast. One woman sorted "
                               "through a pile of oranges. \"We can't stop what we're doing when this happens,\" she "
                               "said grimly. Prime Minister Benjamin Netanyahu met Defense Minister Yitzhak Mordechai "
                               "on Sunday. \"We will not give in to terror of any kind,\" he said.\n")
    assert quotes == ()  # "she": no one is named; "he": two people are
    assert _quotes(tmp_path, "Column\n\nEither we change our laws or we apply them to every defendant. Notice I "
                             "said, \"if she is guilty of the crime.\"\n") == ()


def test_a_surname_is_the_full_name_the_source_gave_and_the_quote_goes_on(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, "Space station\n\nYuri Koptev, head of the Russian Space Agency, spoke on Friday. "
                               "\"The Russian space industry is alive and well,\" Koptev said.\n\n"
                               "\"We must proceed from what will take us into the future.\"\n\n"
                               "\"Nobody at the agency doubts that for a minute,\" said Serena Koptev, his niece.\n")
    assert [(q.speaker, q.text.split()[:2]) for q in quotes] == [
        ("Yuri Koptev", ["The", "Russian"]), ("Yuri Koptev", ["We", "must"]), ("Serena Koptev", ["Nobody", "at"])]


def test_one_speakers_same_words_in_two_sources_are_one_quote_with_both(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, "Mekdad rejects demand\n\n\"It is the [business] of the Syrian government and no one "
                               "else,\" Deputy Foreign Minister Faisal Mekdad told reporters.\n",
                     "Syria says no\n\n\"It is the (business) of the Syrian government and no one else,\" Mekdad "
                     "told al-Mayadeen.\n")
    [quote] = quotes
    assert quote.speaker == "Faisal Mekdad" and quote.source_ids == (1, 2)
    assert [u.text for u in quote.said] == ["It is the [business] of the Syrian government and no one else",
                                             "It is the (business) of the Syrian government and no one else"]


@pytest.mark.slow
def test_quotes_print_by_speaker_with_brackets_as_typed() -> None:
    done = brief_here("--quotes", "--plain")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    at = lines.index("Faisal Mekdad, Deputy Foreign Minister")
    assert lines[at + 1] == ("  “Whether Iranian forces or Hizballah withdraw or stay in Syria is not up for "
                             "discussion because it's the [business] of the Syrian government” [1, 2]")
    assert "Bahram Qasemi, Iranian Foreign Ministry spokesman" in lines
    assert not any(line.split(",")[0].casefold() in ("he", "she", "they") for line in lines)
    markdown = brief_here("--quotes", "--markdown").stdout.decode()
    assert "the \\[business\\] of the Syrian government” \\[1, 2\\]" in markdown
    data = json.loads(brief_here("--quotes", "--json").stdout)
    first = data["quotes"][0]
    assert first["speaker"] == "Faisal Mekdad" and first["source_ids"] == [1, 2]
    sources = {s["id"]: s for s in data["sources"]}
    assert all(u["text"] in first["text"].replace("[business]", "(business)") or u["text"] == first["text"]
               for u in first["said"]) and sources[1]["title"]


_NAME_WORDS = ["Koptev", "Koptevs", "Koptev's", "Koptev,", "(Koptev)", "Yuri", "Patsy", "and", "John", "said", "the",
               "agency", "chief", "Mr.", "Dr.", "-", ".", '"', "—", "x", "long" * 30]
_SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAME_WORDS), st.sampled_from(_SPACES)), min_size=5, max_size=40),
       st.sampled_from(["Koptev", "Yuri", "Kop", "said"]))
def test_full_names_are_read_from_up_to_six_words_before_the_surname_wherever_it_stands(
        words: list[tuple[str, str]], surname: str) -> None:
    """The full names given for a surname are those the text's words before it give, found from every
    place the surname stands as a word, however far into the text and whatever spaces part the words."""
    import re

    from brief.quotes.speakers import PRONOUN, _words_before, full_names, split

    text = "".join(word + space for word, space in words)
    expected: dict[str, tuple[str, str | None]] = {}
    for m in re.finditer(rf"\b([A-Z][\w'’-]+) and [A-Z][\w'’-]+ {re.escape(surname)}\b", text):
        expected.setdefault(m.group(1), (f"{m.group(1)} {surname}", None))
    for m in re.finditer(rf"(?:\S+\s+){{0,6}}{re.escape(surname)}\b", text):
        found = split(m.group())
        if found is not None and found != PRONOUN and " " in found[0]:
            expected.setdefault(found[0].split()[-2], found)
    assert full_names(text, surname) == list(expected.values())
    assert [m.span() for m in _words_before(text, surname)] == [
        m.span() for m in re.finditer(rf"(?:\S+\s+){{0,6}}{re.escape(surname)}\b", text)]
