"""What a point's acronym stands for, as a source spells it out.

"The SEPA confirmed the ``major pollution'' of the Songhua River" does not read alone: the reader
never met SEPA. A source did: "China's State Environmental Protection Administration (SEPA) said
...". A gloss under the point gives that, verbatim, with the source's number:
``what: State Environmental Protection Administration (SEPA) [1]``, once per briefing, at the first
point that uses the acronym without spelling it out (a point that writes "... Administration (SEPA)"
introduces it for the points after it).

brief says what only when a source writes the acronym in brackets right after capitalised words whose
initials are its letters ("of", "and", "for", "the" left aside), so "(AP)" after a dateline or "(USA)"
after a team names nothing it can check, and says nothing.
"""

from __future__ import annotations

import re
from typing import Sequence

from brief.model import Gloss, Point, Source

# "SEPA", "IAAF", "NTSB's": two to six capitals standing alone (not "U.S.", not "AT&T", not inside a word).
_ACRONYM = re.compile(r"(?<![\w.&'’-])(?P<acronym>[A-Z]{2,6})(?:['’]s|s)?(?![\w.&'’-])")
_IN_BRACKETS = re.compile(r"\(\s*([A-Z]{2,6})\s*\)")
_JOINING = frozenset({"of", "and", "for", "the", "on", "in", "de", "du", "la", "des", "del", "&"})
_WORD = r"(?:[A-Z][\w'’.-]*|of|and|for|the|on|in|de|du|la|des|del|&)"
SPELLED_WORDS = 10  # words before the brackets that may spell an acronym out


def spelled_in(text: str) -> set[str]:
    """The acronyms ``text`` writes in brackets ("... Administration (SEPA)"): it spells them out."""
    return set(_IN_BRACKETS.findall(text))


def acronyms(text: str) -> list[str]:
    """The acronyms ``text`` uses without spelling them out (not written in brackets there), each once."""
    spelled = spelled_in(text)
    found: list[str] = []
    for m in _ACRONYM.finditer(text):
        acronym = m.group("acronym")
        if acronym not in spelled and acronym not in found:
            found.append(acronym)
    return found


def spelled_out(acronym: str, point: Point, sources: Sequence[Source]) -> Gloss | None:
    """The words of a source that spell ``acronym`` out, with it in brackets ("State Environmental Protection
    Administration (SEPA)"): the point's own source first, then in source order; None when none does."""
    pattern = re.compile(rf"((?:{_WORD}\s+){{0,{SPELLED_WORDS - 1}}}{_WORD})\s*\(\s*{acronym}\s*\)")
    own = point.sentence.source_id
    for source in sorted(sources, key=lambda s: (s.id != own, s.id)):
        if f"({acronym})" not in source.text and f"( {acronym} )" not in source.text:
            continue
        for m in pattern.finditer(source.text):
            start = _spelling_start(m.group(1), acronym)
            if start is not None:
                return Gloss(acronym, source.text[m.start(1) + start:m.end()], source.id, m.start(1) + start, m.end(),
                             kind="what")
    return None


def written_out(acronym: str, text: str) -> bool:
    """Whether ``text`` writes out ``acronym``'s words, brackets or not: capitalised words whose initials are its
    letters ("The Food Standards Agency said ..." writes out FSA)."""
    for run in re.finditer(rf"{_WORD}(?:\s+{_WORD})*", text):
        words = run.group().split()
        for k, first in enumerate(words):
            if not first[:1].isupper():
                continue
            initials = ""
            for word in words[k:]:
                if word.lower() not in _JOINING and word[:1].isupper():
                    initials += word[0]
                if initials == acronym:
                    return True
                if len(initials) >= len(acronym):
                    break
    return False


def _spelling_start(words: str, acronym: str) -> int | None:
    """Where in ``words`` (the words before the brackets) the shortest run starts whose capitalised words'
    initials spell ``acronym``, opening on a capitalised word; None when no run does."""
    spans = [m.span() for m in re.finditer(r"\S+", words)]
    for k in range(len(spans) - 1, -1, -1):
        run = [words[a:b] for a, b in spans[k:]]
        if not run[0][:1].isupper():
            continue
        initials = "".join(w[0] for w in run if w.lower() not in _JOINING and w[:1].isupper())
        if initials == acronym:
            return spans[k][0]
        if len(initials) > len(acronym):
            return None
    return None
