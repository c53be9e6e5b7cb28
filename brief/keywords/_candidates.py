"""Noun-phrase candidates of one document, grouped by a normalised key.

A candidate is a maximal run of modifiers ending in a noun, inside one stretch of text
without punctuation (the ``(JJ|NN)* NN`` pattern EmbedRank and SIFRank use), with a
leading year allowed ("1990 census"). Occurrences of the same key are grouped, with
their surface forms, first position and character spans.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from brief.english import NAME_OPENERS
from brief.keywords._lexicon import Role, is_boilerplate
from brief.keywords._tokens import Token, tokenize
from brief.keywords._variants import demonym_aliases, phrase_key, surname_of

MAX_WORDS = 4
NAME_WORDS = 6  # a capitalised name with its title may run this long

@dataclass
class Candidate:
    """All occurrences of one normalised phrase as a noun-phrase candidate."""

    key: str
    surfaces: Counter[str] = field(default_factory=Counter)
    spans: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0  # index of the first word of its first occurrence
    n_words: int = 1
    variants: set[str] = field(default_factory=set)  # keys merged into this one

    @property
    def text(self) -> str:
        """The most frequent surface form (ties: the first seen)."""
        return self.surfaces.most_common(1)[0][0]

    @property
    def count(self) -> int:
        """How often it occurs as a candidate."""
        return len(self.spans)


def _phrases(tokens: list[Token]) -> list[tuple[int, int]]:
    """[i, j) token ranges of maximal noun phrases."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i].role is Role.BREAK:
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].glued and tokens[j].role not in (Role.BREAK, Role.NUM):
            j += 1
        end = j
        while end > i and tokens[end - 1].role is not Role.NOUN:
            end -= 1
        start = _cut(tokens, i, end) if end > i else end
        if start < end and not (end - start == 1 and tokens[start].role is Role.NUM):
            out.append((start, end))
        i = j
    return out


def _cut(tokens: list[Token], i: int, end: int) -> int:
    """Where the phrase of tokens [i, end) starts once cut to its last MAX_WORDS words; a cut right after
    a name's opener takes it in ("New York State Attorney General": "York" alone names nothing). A cut
    before a capitalised word would take a title's qualifier off a name ("Syrian deputy Foreign Minister
    Faisal Mekdad" cut to "Foreign Minister Faisal Mekdad" gives him another office): such a phrase is
    kept whole up to NAME_WORDS, else it names nothing (``end``)."""
    start = max(i, end - MAX_WORDS)
    if start == i:
        return start
    if tokens[start].text == "and":  # a body's "and" ("Police and Fire Department crews") opens nothing
        start += 1
    if tokens[start - 1].text.lower() in NAME_OPENERS:
        return start - 1
    if tokens[start].text[:1].isupper():
        return i if end - i <= NAME_WORDS else end
    return start


@dataclass(frozen=True)
class Parsed:
    """A document's tokens, its candidates in order of first occurrence, its demonym aliases."""

    text: str
    tokens: list[Token]
    candidates: list[Candidate]
    aliases: dict[str, str]


def extract_candidates(text: str, aliases: dict[str, str] | None = None, tokens: list[Token] | None = None) -> Parsed:
    """Tokenize ``text`` and group its noun-phrase candidates.

    ``aliases`` (stem → stem) defaults to the text's own demonyms; a story passes the
    aliases of all its sources so that keys agree across them. ``tokens`` are ``tokenize(text)``,
    when the caller has them already.
    """
    tokens = tokenize(text) if tokens is None else tokens
    if aliases is None:
        aliases = demonym_aliases(t.text for t in tokens if t.role is Role.NOUN)
    # A capital that only marks a sentence start is not the word's casing, unless a name follows
    # it in the phrase ("President Donald Trump made ...": a title, as in "New York").
    lower_words = {t.text for t in tokens if t.text[:1].islower()}
    groups: dict[str, Candidate] = {}
    for i, j in _phrases(tokens):
        words = [t.text for t in tokens[i:j]]
        surface = " ".join(text[tokens[i].start : tokens[j - 1].end].split())  # no-break spaces too
        opens_name = len(words) > 1 and words[1][:1].isupper()
        if tokens[i].sentence_start and words[0].lower() in lower_words and not opens_name:
            surface = surface[:1].lower() + surface[1:]
        if is_boilerplate(" ".join(w.lower() for w in words)):
            continue
        key = phrase_key(words, aliases)
        cand = groups.get(key)
        if cand is None:
            cand = groups[key] = Candidate(key=key, first=i, n_words=j - i)
        cand.surfaces[surface] += 1
        cand.spans.append((tokens[i].start, tokens[j - 1].end))
    return Parsed(text, tokens, merge_surnames(list(groups.values())), aliases)


def _is_name(cand: Candidate) -> bool:
    """Every word capitalised, a hyphenated particle allowed ("Bashar al-Assad")."""
    return all(any(part[:1].isupper() for part in w.split("-")) for w in cand.text.split())


def _plural(word: str) -> bool:
    """A word in the plural ("Indians"), which no one's surname is taken to be."""
    lower = word.lower()
    return lower.endswith("s") and not lower.endswith("ss") and phrase_key([lower]) != lower


def plural_written(cand: Candidate) -> bool:
    """Whether any of the candidate's surfaces ends in a plural ("Indians"): a group, not a person."""
    return any(_plural(surface.split()[-1]) for surface in cand.surfaces)


def merge_surnames(cands: list[Candidate]) -> list[Candidate]:
    """Fold a lone surname ("Golob") or a titled name into the bare full name ("Richard Golob").

    A phrase ever written in the plural ("Oneida Indians", "American Indian(s)") is a group, not a
    person: "Indian" alone stays apart.
    """
    names = {c.key: c for c in cands
             if c.n_words > 1 and _is_name(c) and not plural_written(c)}
    out: list[Candidate] = []
    for cand in cands:
        full = surname_of(cand.key, names) if _is_name(cand) and not plural_written(cand) else None
        if full is None:
            out.append(cand)
            continue
        target = names[full]
        target.spans.extend(cand.spans)
        target.variants |= {cand.key, *cand.variants}
        target.first = min(target.first, cand.first)
    return out
