"""The people, places and bodies a sentence names, each in the slot it fills, so two sentences of one
fact can be told apart when they name someone else in the same slot.

A *name* is a run of capitalised words ("Kim Dae-jung", "Dar es Salaam"); a title before it ("Prime
Minister", "Libyan leader") is its role, not part of it. A name fills a slot only where its sentence says
what it is:
- **role**: an office one person holds at a time ("Prime Minister Tony Blair", "President Kim"; not
  "Minister Sherpao": which minister is not said), or a definite apposition ("Blair, the prime
  minister"; "Motsak, chief of the Northern Fleet");
- **place**: where an act happened, right after the act and a preposition ("exploded in Kabul", "was
  won by Sampras"), the name not a modifier ("in a Jerusalem market", "Australia's government");
- **agent**: the doer that opens the sentence, with its act and what the act is done to ("Sampras won
  the Wimbledon title").
A name in a list ("in Kenya and Tanzania") or one that speaks ("said Blair", a spokesman) fills no slot:
other sources quote other people. Two names are one whenever they may be (``spelling.same``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from brief.english import MONTH_ABBREVIATIONS, MONTHS, NAME_PARTICLES, NUMBER_WORDS, SPEECH_VERBS, STOP_WORDS, WEEKDAYS
from brief.facts import places
from brief.facts.spelling import fold, same
from brief.lexical import stem

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,]*|[^\w\s.]")
_TITLES = frozenset("""president minister premier chancellor secretary attorney governor gov senator sen rep
    representative mayor judge justice general gen colonel col admiral adm commander cmdr chief chairman chairwoman
    director ambassador king queen prince princess pope sheriff prosecutor coach captain capt lt sgt maj leader
    spokesman spokeswoman commissioner dr mr mrs ms prof rev""".split())
_QUALIFIERS = frozenset({"affairs", "foreign", "deputy", "prime", "vice", "interior", "defense", "defence", "home",
                         "finance", "district", "state", "general", "chief", "executive"})
_OFFICES = frozenset({"president", "premier", "chancellor", "pope", "governor", "gov", "mayor"})  # one holder at a time
_SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser"})
_PAST = frozenset({"former", "ex", "late", "then", "onetime", "outgoing"})
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof", "rev"})
_NOT_NAMES = frozenset((*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS, *NUMBER_WORDS, "one", "twenty", "thirty", "forty",
                        "fifty", "sixty", "seventy", "eighty", "ninety"))
_PLACES = frozenset({"in", "at", "near", "outside", "off", "into", "by"})
_SPEECH = frozenset((*SPEECH_VERBS, "say", "tell", "according", "announced", "quoted", "reported"))
_PARTICLES = frozenset((*NAME_PARTICLES, "es", "of", "for"))  # "Dar es Salaam", "University of Washington"
_LISTS = frozenset({"and", "or", "&", "/"})
_OPENERS = frozenset({'"', "“", "‘", "'", "`", "(", ":", "_", "—", "–"})


@dataclass(frozen=True)
class Named:
    """A name as written, its words folded for comparison (``spelling.fold``), and the slot it fills."""

    text: str
    words: tuple[str, ...]
    slot: tuple[str, ...]  # ("role", "prime", "minister"), ("place", "explod", "in"), ("agent", "win", ...), or ()


def _ordinary(word: str) -> bool:
    """Whether a capitalised word opening a sentence may be an ordinary word ("Prosecutors", "Fourteen")."""
    from brief.lemmas import all_lemmas

    lower = word.lower()
    return (lower in STOP_WORDS or lower in _NOT_NAMES or lower.endswith("teen") or not lower.isalpha()
            or bool(all_lemmas(lower)))


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Where the runs of capitalised words of ``tokens`` start and end (particles within: "Dar es Salaam",
    "University of Washington"), a possessive ending one ("Jerusalem's")."""
    found, k = [], 0
    while k < len(tokens):
        word = tokens[k]
        titled = fold(word) in _TITLES | _QUALIFIERS and k + 1 < len(tokens) and tokens[k + 1][0].isupper()
        opening = k == 0 or tokens[k - 1] in _OPENERS  # the sentence's first word, or a quotation's
        if word[0].isupper() and fold(word) not in _NOT_NAMES and (not opening or titled or not _ordinary(word)):
            end = k + 1
            while end < len(tokens) and not re.search(r"['’]s?$", tokens[end - 1]) and (
                    tokens[end][0].isupper() or (tokens[end] in _PARTICLES and end + 1 < len(tokens)
                                                 and tokens[end + 1][0].isupper())):
                end += 1
            found.append((k, end))
            k = end
        else:
            k += 1
    return found


def _role(tokens: list[str], start: int, end: int) -> tuple[int, tuple[str, ...]]:
    """Where the name of the run ``tokens[start:end]`` begins, after its title, and the title's folded
    words: "Foreign Affairs Minister Alexander Downer", or in lower case before it ("Libyan leader ...")."""
    first = start
    while first < end - 1 and fold(tokens[first]) in _TITLES | _QUALIFIERS:
        first += 1
    while first > start and fold(tokens[first - 1]) not in _TITLES:
        first -= 1  # "Deputy Smith": no title
    if first > start:
        former = start > 0 and fold(tokens[start - 1]) in _PAST  # "former President Jimmy Carter": one of many
        return first, () if former else tuple(w for w in (fold(t) for t in tokens[start:first]) if w not in _HONORIFICS)
    k = start
    while k > 0 and tokens[k - 1] in _TITLES | _QUALIFIERS:
        k -= 1
    if k == start or tokens[start - 1] not in _TITLES or (k > 0 and fold(tokens[k - 1]) in _PAST):
        return start, ()
    k -= bool(k and tokens[k - 1][0].isupper())  # "Libyan leader"
    return start, tuple(fold(t) for t in tokens[k:start])


def _content(tokens: list[str], most: int) -> tuple[str, ...]:
    """Stems of the first ``most`` content words of ``tokens`` in their clause."""
    taken: list[str] = []
    for token in tokens:
        if not token[0].isalnum() or len(taken) == most:
            break
        if token.lower() not in STOP_WORDS:
            taken.append(stem(token.lower()))
    return tuple(taken)


def _slot(tokens: list[str], start: int, end: int, role: tuple[str, ...]) -> tuple[str, ...]:
    """The slot the name ``tokens[start:end]`` (its title included) fills in its sentence (see the module
    doc); () when none."""
    before = [t.lower() for t in tokens[max(0, start - 3):start]]
    after = tokens[end:end + 6]
    if _SPEECH & {*before[-2:], *(t.lower() for t in after[:2])}:
        return ()  # a speaker
    listed = (after[:1] and after[0] in _LISTS) or (before[-1:] and before[-1] in _LISTS)
    if listed or after[:2] == [",", *(t for t in after[1:2] if t[0].isupper())] or (
            before[-1:] == [","] and start > 1 and tokens[start - 2][0].isupper()):
        return ()  # one of a list ("Kenya and Tanzania"; "Mountain Brook, Ala.")
    if role and not _SPOKESMEN & set(role) and (len(role) > 1 or role[0] in _OFFICES):
        return ("role", *role)
    if after[:1] == [","] and len(after) > 1 and (after[1] == "the" or after[1].lower() in _TITLES):
        described = _content([t for t in after[1:] if t != "the"], 4)
        if described and not _SPOKESMEN & {t.lower() for t in after[1:6]}:
            return ("role", *described)
    k = start - 1 - (before[-1:] == ["the"])
    prep, word = (tokens[k].lower() if k >= 0 else ""), (tokens[k - 1] if k >= 1 else "")
    modifier = re.search(r"['’]s?$", tokens[end - 1]) or (after and after[0].islower() and after[0] not in STOP_WORDS)
    if prep in _PLACES and word.isalpha() and word.islower() and word not in STOP_WORDS and not modifier:
        return ("place", stem(word), prep)
    if start == 0 and after and after[0].isalpha() and after[0].islower() and after[0] not in STOP_WORDS:
        from brief.lemmas import all_lemmas

        verb, objects = all_lemmas(after[0]).get("VERB"), _content(after[1:], 2)
        if verb and objects:
            return ("agent", verb[0], *objects)
    return ()


@lru_cache(maxsize=1 << 12)
def names(text: str) -> tuple[Named, ...]:
    """Every name ``text`` gives, with the slot it fills there, in text order."""
    tokens = _TOKEN.findall(text)
    found = []
    for start, end in _runs(tokens):
        first, role = _role(tokens, start, end)
        words = tuple(w for w in (fold(t) for t in tokens[first:end] if t[0].isupper()) if w)
        if words and not set(words) <= _TITLES | _QUALIFIERS:  # "Deputy Prime Minister and ...": a title alone
            found.append(Named(" ".join(tokens[first:end]), words, _slot(tokens, start, end, role)))
    return tuple(found)


@lru_cache(maxsize=1 << 8)
def _known(text: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of every run of capitalised words ``text`` holds (a whole source's)."""
    runs, run = [], []
    for token in [*_TOKEN.findall(text), "."]:
        if token[0].isupper() and token.lower() not in STOP_WORDS:  # not "The", "But"
            run.append(fold(token))
        elif run:
            runs.append(tuple(w for w in run if w))
            run = []
    return tuple(dict.fromkeys(r for r in runs if r))


def other_name(a: str, b: str, source_a: str = "", source_b: str = "") -> tuple[str, str] | None:
    """``(a's, b's)`` when the two sentences name another person, place or body in one slot (see the
    module doc): each fills it once; neither name is the other's however spelt; places are of one kind
    (``places.kind``); neither sentence names the other's name at all, nor does the other's source
    (``source_a``, ``source_b``: their whole texts, when given: a source that names both knows of both,
    and its sentence is about another one). None otherwise."""
    ours, theirs = names(a), names(b)
    for mine in ours:
        matched = [n for n in theirs if n.slot == mine.slot]
        if not mine.slot or sum(n.slot == mine.slot for n in ours) != 1 or len(matched) != 1:
            continue
        other = matched[0]
        if any(same(mine.words, n.words) for n in theirs) or any(same(other.words, n.words) for n in ours):
            continue
        if any(same(mine.words, words) for words in _known(source_b)) or any(
                same(other.words, words) for words in _known(source_a)):
            continue
        if mine.slot[0] == "place" and places.kind(mine.text) != places.kind(other.text):
            continue  # "in Sydney" / "in Australia": both may be right (last: the gazetteer loads in 0.2 s)
        return mine.text, other.text
    return None


def each_names_another(a: str, b: str) -> bool:
    """Whether each sentence names someone the other does not, however spelt ("Chirac will visit ..." /
    "Jospin visited ..."): they may tell of two people's acts."""
    return names_another(a, b) and names_another(b, a)


def names_another(a: str, b: str) -> bool:
    """Whether sentence ``a`` names someone ``b`` does not, however spelt."""
    theirs = names(b)
    return any(not any(same(n.words, m.words) for m in theirs) for n in names(a))
