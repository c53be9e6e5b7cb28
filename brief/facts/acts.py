"""Whether a sentence reports a point's main act, read without a parser.

A link of meaning short of near-certain joins two sentences that share the story's names and much of its words;
what it cannot see is whether the other sentence tells the point's own act or another one of the same people
("Kaczynski, who was arrested in April last year, has pleaded innocent to all charges" / "Kaczynski was arrested
in a cabin in Montana in April last year"). A point's *main act* is the first word that can only be a verb (or a
verb after an auxiliary: "has pleaded", "were forced") once what is told in passing is set aside: a leading
subordinate clause ("After ..., "), a relative clause (", who was arrested in April last year,"), an apposition
between commas, and a reporting frame ("Eyewitnesses said (that) ...", "..., a spokesman said."). Its
*participants* are the content words of that main clause before the verb and after it. The lemmas are
lemminflect's (``brief.lemmas``), stemmed (``brief.lexical.stem``), so the noun "arrest" reports "arrested".

Another sentence tells *another act* (``other_act``) when no word of it has the point's act's lemma with a
participant in common, its own main act is found and is another verb, and that verb is not told of the same
participants on both sides (the point's act in other words: "appointed Ariel Sharon ... foreign minister" for
"named Sharon foreign minister"). Where either sentence has no act this reading finds (a copula, "Autism is a
disorder ..."; a verb that could be a noun, "quit her post"), it says nothing: it costs only links it can read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from brief.english import STOP_WORDS
from brief.lemmas import all_lemmas
from brief.lexical import stem

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[,.]\d+)*|[^\w\s]")
_AUX = frozenset("""be been being is are was were am has have had having do does did will would can could may might
shall should must""".split())
_BETWEEN = frozenset("""not never also already still just now n't to since reportedly allegedly apparently
repeatedly once again yet""".split())  # between an auxiliary and its verb
_SAYING = r"(?:said|says|say|told|tell|tells|reported|reports|announced|added|stated|noted|confirmed|explained)"
_FRAME_BEFORE = re.compile(r"^[^,;:]{1,80}?\b" + _SAYING + r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:that\s+)?(?!to\b)")
_FRAME_AFTER = re.compile(r",\s*(?:\S+\s){0,6}" + _SAYING + r"(?:\s\S+){0,6}$|,\s*according to\b[^,]*$")
_LEADING = frozenset("""after before when while although though because since as if despite following in on at
during with for by unlike like amid once until under from without whereas upon""".split())
_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which|where|if|when|while|although|though|because|after|before)\b"
                       r"[^,]*(?:,|$)")
_APPOSITION = re.compile(r",\s*(?:a|an|the|now|then|formerly|himself|herself)\b[^,]*,")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _main_clause(text: str) -> str:
    """``text`` without what it tells in passing: quotation marks, a reporting frame, a leading subordinate clause,
    relative clauses and appositions."""
    text = re.sub(r"[\"“”‘`]|''", " ", text).strip().rstrip(".!?").strip()
    text = _FRAME_AFTER.sub("", text)
    frame = _FRAME_BEFORE.match(text)
    if frame is not None and frame.end() < len(text):
        text = text[frame.end():]
    words = text.split()
    if words:
        first = words[0].lower().strip(",")
        lemmas = all_lemmas(first)
        participle = first.endswith(("ed", "ing", "en")) and "VERB" in lemmas
        if first in _LEADING or participle or first.endswith("ly") and len(words) > 1 and "VERB" in all_lemmas(
                words[1].lower()):
            cut = text.find(",")
            while 0 <= cut < len(text) - 1 and re.match(r",\s*\d", text[cut:]):  # "On April 20, 1999, ..."
                cut = text.find(",", cut + 1)
            if cut > 0:
                text = text[cut + 1:]
    text = _RELATIVE.sub(" ", text)
    text = _APPOSITION.sub(" ", text)
    return text


_MODIFYING = frozenset("""a an the his her its their our my your this that these those very more most less least
so too""".split())  # a participle after one of these describes a noun ("the suspended talks")
_CLAUSE = frozenset("""after before because when while if although though since until unless that whether who
which where as""".split())  # a verb past one of these is another clause's


def _verb_only(word: str, before: str) -> str | None:
    """The verb lemma of ``word`` when it can only be a verb (not a noun or a name; a participle that could be an
    adjective, "faced", only where no determiner or degree word comes before it)."""
    if not word.isalpha() or word[0].isupper():
        return None
    lemmas = all_lemmas(word)
    if "VERB" not in lemmas or "NOUN" in lemmas or set(lemmas) - {"VERB", "AUX", "ADJ"}:
        return None
    if "ADJ" in lemmas and (before.lower() in _MODIFYING or not word.endswith("ed")):
        return None
    return lemmas["VERB"][0]


class Act(NamedTuple):
    """A sentence's main act: its verb's lemma, stemmed, and the stemmed content words of its main clause before
    the verb (who acts, or is acted on) and after it (what is done, to whom, where)."""

    lemma: str
    before: frozenset[str]
    after: frozenset[str]


@lru_cache(maxsize=4096)
def main_act(text: str) -> Act | None:
    """``text``'s main act; None when none is found (a copula: "Autism is a disorder ...", a verb that could be a
    noun, or a verb only past a subordinate word: another clause's)."""
    tokens = _tokens(_main_clause(text))
    after_aux = False
    for n, token in enumerate(tokens):
        lower = token.lower()
        if lower in _AUX:
            after_aux = True
            continue
        if after_aux:
            if lower in _BETWEEN or lower.endswith("ly"):
                continue
            lemmas = all_lemmas(lower)
            if "VERB" not in lemmas:
                return None  # a copula or "has" with its object: no act to look for
            act = lemmas["VERB"][0]
        else:
            if lower in _CLAUSE or token in (",", ";", ":"):
                return None  # what comes after is another clause: the main one has no act to look for
            verb = _verb_only(token, tokens[n - 1] if n else "")
            if verb is None:
                continue
            act = verb
        if act in ("be", "have", "do"):
            return None
        return Act(stem(act), _content(tokens[:n]), _content(tokens[n + 1:]))
    return None


def _content(tokens: list[str]) -> frozenset[str]:
    return frozenset(stem(t.lower()) for t in tokens if t.isalpha() and t.lower() not in STOP_WORDS and len(t) > 1
                     and t.lower() not in _AUX)


def _lemma_stems(word: str) -> set[str]:
    lemmas = all_lemmas(word.lower())
    return {stem(w.lower()) for pos in ("VERB", "NOUN") for w in lemmas.get(pos, ())} | {stem(word.lower())}


def reports(point: str, other: str) -> bool | None:
    """Whether ``other`` reports the main act of ``point``: a word of the act's lemma (a verb or its noun) and a
    participant in common; None when no act is found in ``point``."""
    found = main_act(point)
    if found is None:
        return None
    act, who = found.lemma, found.before | found.after
    words = [t for t in _tokens(other) if t.isalpha()]
    if not any(act in _lemma_stems(w) for w in words):
        return False
    theirs = {stem(w.lower()) for w in words}
    return bool(who & theirs)


def other_act(point: str, other: str) -> bool:
    """Whether ``other`` tells another act than ``point``'s main act: it does not report it, its own main act is
    found and is another, and that act is not told of the same participants on both sides (the same who before it
    and the same what after it: "Netanyahu appointed Ariel Sharon ... foreign minister" for "Netanyahu named Sharon
    foreign minister" is the point's act in another verb)."""
    if reports(point, other) is not False:
        return False
    mine, theirs = main_act(point), main_act(other)
    if mine is None or theirs is None or theirs.lemma == mine.lemma:
        return False
    if any(theirs.lemma in _lemma_stems(w) for w in _tokens(_main_clause(point)) if w.isalpha()):
        return False  # an act the point's main clause tells too ("... and another avalanche brought new heartache")
    return not (mine.before & theirs.before and mine.after & theirs.after)
