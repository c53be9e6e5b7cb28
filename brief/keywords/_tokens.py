"""Words of a text with their spans and their role in a noun phrase.

Roles come from the lexicon (``_lexicon.role``) and are corrected by the word's
neighbours, which is most of what a tagger would add for noun-phrase chunking:
after "to" or a modal a word is a verb ("to beat drums"); an "-s" word right after
a name is a verb ("Syria rejects calls"); a verb-like lower-case word right before a
name is one too ("backing Bashar al-Assad"); a capitalised "New" before a name opens it
("the New York State Attorney General"). Capitals in a title-case line (a
headline) are not evidence of a name. A wire dateline or credit ("NAIROBI, Kenya (AP) _",
"(Reuters) —"), which the sentence splitter leaves out of its sentence, holds no words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import takewhile

from brief.english import BEFORE_A_VERB, BODY_NOUNS, HONORIFICS, NAME_OPENERS, PLACE_ABBREVIATIONS, is_title_case
from brief.keywords._lexicon import Role, can_be_verb, is_known, role
from brief.sentences import datelines

# Words: letters/digits joined by inner hyphens, apostrophes or ampersands, or dotted
# acronyms ("U.S."). A possessive "'s" is cut off and ends the phrase.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’&][^\W_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:\"“”]\s*$|\n")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Token:
    """A word with its span in the text and its role in a phrase."""

    text: str
    start: int
    end: int
    role: Role
    glued: bool  # only spaces (no punctuation, no line break) since the previous token
    sentence_start: bool = False


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines where (nearly) every long word is capitalised: headlines."""
    return [line.span() for line in _LINE.finditer(text) if is_title_case(line.group())]


def _within(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` falls inside one of ``spans`` (sorted, disjoint; ``starts`` their starts)."""
    k = bisect_right(starts, offset) - 1
    return k >= 0 and offset < spans[k][1]


def _is_name(token: Token) -> bool:
    return token.role is Role.NOUN and token.text[:1].isupper() and not token.sentence_start


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with spans and roles; possessives are split off, datelines left out."""
    headlines = _title_case_lines(text)
    headline_starts = [a for a, _ in headlines]  # sorted and disjoint: one binary search per token
    skipped = datelines(text)
    skipped_starts = [a for a, _ in skipped]
    tokens: list[Token] = []
    prev_end = 0
    after_dateline = False  # the word after a dateline opens its sentence
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if _within(skipped, skipped_starts, start):
            after_dateline = True
            continue
        possessive = _POSSESSIVE.search(word) if ("'" in word or "’" in word) else None
        if possessive and possessive.start() > 0:
            word, end = word[: possessive.start()], start + possessive.start()
        gap = text[prev_end:start]
        # a possessive (the previous word was cut short) ends the phrase too
        adjacent = bool(tokens) and "\n" not in gap and tokens[-1].end == prev_end
        between = gap.strip()
        # "Barnes & Noble", "Procter & Gamble": an ampersand between two capitalised words is inside one name
        glued = adjacent and (between == "" or (between == "&" and tokens[-1].text[:1].isupper()
                                                and word[:1].isupper()))
        starts = not tokens or after_dateline or bool(_SENTENCE_END.search(text[max(0, prev_end - 2) : start]))
        if adjacent and word[:1].isupper() and (
                (between == "." and tokens[-1].text.lower() in _ABBREVIATED) or tokens[-1].text in PLACE_ABBREVIATIONS):
            # "Mount St. Helens", "U.S. Fish and Wildlife Service": an abbreviation's full stop ends no sentence
            starts, glued = False, True
        after_dateline = False
        in_headline = _within(headlines, headline_starts, start)
        kind = role(word, starts or in_headline)
        if (word in _NUMERALS and adjacent and between == "" and tokens[-1].role is Role.NOUN
                and tokens[-1].text[:1].isupper()):
            kind, glued = Role.NOUN, True  # "Sudan I", "World War II", "Elizabeth II": the numeral is the name's
        if kind is Role.NOUN and glued and can_be_verb(word.lower()) and not (word[:1].isupper() and not in_headline):
            prev = tokens[-1]
            after_name = (
                prev.text[:1].isupper() and not is_known(prev.text.lower()) and word.lower().endswith("s")
            )
            if prev.text.lower() in BEFORE_A_VERB or after_name:
                kind = Role.BREAK
        tokens.append(Token(word, start, end, kind, glued, starts))
        prev_end = m.end()
    return _verbs_before_names(tokens)


_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII"})  # Roman numerals ending a name
# Abbreviations inside a place's name: "Mount St. Helens", "Mt. Everest", "Ft. Lauderdale".
_IN_NAMES = ("st", "mt", "ft")
_ABBREVIATED = frozenset((*HONORIFICS, *_IN_NAMES))  # a full stop after one, before a capital, ends no sentence


def _verbs_before_names(tokens: list[Token]) -> list[Token]:
    out = list(tokens)
    for i in range(len(out) - 1):
        tok, nxt = out[i], out[i + 1]
        if tok.text.lower() in _IN_NAMES and tok.text[:1].isupper() and nxt.glued and _is_name(nxt):
            out[i] = replace(tok, role=Role.NOUN)
            continue
        if tok.role is Role.NOUN and tok.text[:1].islower() and nxt.glued and _is_name(nxt):
            between = i > 0 and tok.glued and _is_name(out[i - 1])  # "Kim Dae-Jung beat Lee": a verb, not a noun
            if (tok.text.endswith("ing") or between) and can_be_verb(tok.text.lower()):
                out[i] = replace(tok, role=Role.BREAK)
        elif tok.text.lower() in NAME_OPENERS and tok.text[:1].isupper() and nxt.glued and _is_name(nxt):
            out[i] = replace(tok, role=Role.NOUN)
        elif (tok.text == "and" and i > 0 and tok.glued and out[i - 1].role is Role.NOUN
              and out[i - 1].text[:1].isupper() and nxt.glued and _is_name(nxt)):
            name = takewhile(lambda t: t.glued and _is_name(t), out[i + 1:i + 4])
            if any(t.text.lower() in BODY_NOUNS for t in name):  # "Food and Drug Administration" holds its "and"
                out[i] = replace(tok, role=Role.NOUN)
    return out
