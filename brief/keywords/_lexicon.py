"""Word classes for candidate building, without a trained tagger.

Closed-class words (``brief.english.CLOSED_CLASS``: determiners, pronouns, prepositions,
conjunctions, auxiliaries, reporting verbs, time words) end a noun phrase; open-class words
are classified with the ``lemminflect`` lexicon when it is installed (a word that can be a
noun stays in a phrase, a verb-only or adverb-only word ends it), and by shape otherwise.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from brief.english import CLOSED_CLASS


class Role(Enum):
    """What a token may be inside a candidate noun phrase."""

    BREAK = 0  # ends a phrase
    NOUN = 1  # may head a phrase
    ADJ = 2  # may only modify
    NUM = 3  # a year or a count, may only open a phrase


# Web furniture and reporting formulas that can never describe a story.
BOILERPLATE_PHRASES: frozenset[str] = frozenset(
    """accessibility links|breaking news|min read|minute read|media reported|told reporters|
    told journalists|news agency|news agencies|news conference|press conference|skip to content|
    sign up|read more|related articles|related stories|all rights reserved|terms of use|
    privacy policy|cookie policy|follow us|image caption|image source|media caption|
    getty images|file photo|copyright|advertisement|newsletter|click here|last updated|
    share this|comments|subscribe|image|images|photo|photos|video|reporters|journalists|
    reporting|correspondent|editor|editing|story|article|news|headline|caption""".replace("\n", "").split("|")
)
BOILERPLATE_PHRASES = frozenset(p.strip() for p in BOILERPLATE_PHRASES)

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_DIMENSION = re.compile(r"^\d+x\d+$", re.IGNORECASE)
_HAS_ALPHA = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=65536)
def _lexical_pos(word: str) -> frozenset[str] | None:
    """Parts of speech the lexicon allows for a lower-cased word; None if unknown."""
    try:
        from brief.lemmas import all_lemmas

        lemmas = all_lemmas(word)
    except ImportError:  # pragma: no cover - the shape rules below still work
        return None
    if not lemmas:
        return None
    pos = set(lemmas)
    # An inflected adjective ("biggest", "larger") ranks rather than describes.
    if "ADJ" in pos and word not in lemmas["ADJ"]:
        pos.discard("ADJ")
    return frozenset(pos)


# "Oh", "Ah", "Alas": a cry, never part of a name ("Oh Sudan" of a chant is "Sudan").
_CRIES = frozenset({"oh", "ah", "alas", "hey", "ooh", "wow"})


def role(word: str, sentence_start: bool) -> Role:
    """The role of ``word`` (as written) in a noun phrase."""
    lower = word.lower()
    if lower in CLOSED_CLASS or lower in _CRIES or _DIMENSION.match(word):
        return Role.BREAK
    if not _HAS_ALPHA.search(word):
        return Role.NUM if _YEAR.match(word) else Role.BREAK
    if len(lower) == 1:
        return Role.BREAK
    capitalised = word[0].isupper()
    if capitalised and not sentence_start:
        return Role.NOUN
    if word.isupper() and len(word) > 1:
        return Role.NOUN
    pos = _lexical_pos(lower)
    if pos is None:
        if lower.endswith("ly"):
            return Role.BREAK
        return Role.NOUN
    if "NOUN" in pos or "PROPN" in pos:
        return Role.NOUN
    if "ADJ" in pos:
        return Role.ADJ
    if capitalised:  # a name at the start of a sentence that happens to be a verb
        return Role.NOUN if not pos & {"ADV", "VERB", "AUX"} else Role.BREAK
    return Role.BREAK


@lru_cache(maxsize=65536)
def can_be_verb(word: str) -> bool:
    """Whether the lexicon lists ``word`` (lower-cased) as a verb."""
    pos = _lexical_pos(word)
    return pos is not None and "VERB" in pos


def is_known(word: str) -> bool:
    """Whether a lower-cased word is in the lexicon (an ordinary word, not a name)."""
    return _lexical_pos(word) is not None


def is_boilerplate(phrase: str) -> bool:
    """True when a lower-cased phrase is web furniture or a reporting formula."""
    if phrase in BOILERPLATE_PHRASES:
        return True
    words = phrase.split()
    return any(
        " ".join(words[i:j]) in BOILERPLATE_PHRASES
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
    )
