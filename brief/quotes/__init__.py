"""Every direct quotation of a story with its speaker, one speaker's same words merged across sources.

``find_quotes`` reads each source in order (``marks`` finds the quotations, ``speakers`` the names):
- a quotation whose sentence names its speaker is theirs; a surname alone ("Mekdad") is the full name
  the same source gave ("Deputy Foreign Minister Faisal Mekdad"; "Serena Robb" is not "Amanda Robb"), and
  when it gave several ("John and Patsy Ramsey") the quotation is left out;
- "he said" is resolved only when that is unambiguous: the sentence before (and its own, before the
  quote marks) names exactly one person who could speak; or none, and that sentence is the source's
  last named speaker's own quotation; else the quotation is left out, never given to a pronoun ("One
  woman ... sorted oranges. '...,' she said" is nobody's the source names);
- a quotation standing alone in its sentence continues the speaker of the quotation just before it.
Quotations of one speaker (by surname) whose words are the same, bracket for parenthesis or a few
words more or less aside, are one ``Quote`` with every source that carries them.
"""

from __future__ import annotations

import re
from typing import Sequence

from brief.model import Quote, Sentence, Source, Utterance
from brief.quotes.marks import Found, quotations
from brief.quotes.speakers import PRONOUN, attribution, full_names, fuller, persons

__all__ = ["find_quotes"]

_WORD = re.compile(r"[^\W_]+")
_SPEECH = re.compile(r"\b(?:said|says|told|added|asked|wrote|explained|recalled|replied)\b")  # "said the official"
SAME_WORDS = 0.8  # share of the shorter quotation's words the other must hold to be the same words


def _speakers(sources: Sequence[Source], sentences: Sequence[Sentence],
              found: list[Found]) -> list[tuple[Found, str, str | None]]:
    """Each quotation with its speaker's name and role, those without a sure speaker left out."""
    out: list[tuple[Found, str, str | None]] = []
    full: dict[tuple[int, str], tuple[str, str | None]] = {}  # (source, surname) -> the fullest name and role
    last: tuple[Found, str, str | None] | None = None
    for quote in found:
        if last is not None and last[0].source_id != quote.source_id:
            last = None
        said = attribution(quote.before, quote.after)
        if said == PRONOUN:
            said = _resolve(quote, sentences, full, last)
        elif (said is None and not quote.before.strip() and not _SPEECH.search(quote.after)
              and last is not None and last[0].last == quote.first - 1):
            said = last[1], last[2]  # a quotation alone in its sentence, right after one by a named speaker
        if said is None:
            continue
        name, role = said
        surname = name.split()[-1]
        known = full.get((quote.source_id, surname))
        if " " not in name:  # "Mekdad": the full name the source gave before, when it gave one
            names = full_names(sources[quote.source_id - 1].text[:quote.start], surname)
            if len(names) > 1:
                continue  # "Ramsey said", after "John and Patsy Ramsey": which one is not clear
            known = known or (names[0] if names else None)
            if known is not None:
                name, role = known[0], role or known[1]
        if known is None or " " in name:
            full[quote.source_id, surname] = (name, role)
        last = (quote, name, role)
        out.append(last)
    return out


def _resolve(quote: Found, sentences: Sequence[Sentence], full: dict[tuple[int, str], tuple[str, str | None]],
             last: tuple[Found, str, str | None] | None) -> tuple[str, str | None] | None:
    """Whom "he said" stands for, when that is unambiguous; else None."""
    known = {surname for source, surname in full if source == quote.source_id}
    previous = sentences[quote.first - 1] if quote.first > 0 else None
    named: dict[str, str] = {}
    if previous is not None and previous.source_id == quote.source_id:
        named = persons(previous.text, known)
    named |= persons(quote.before, known)
    if len(named) == 1:
        [(surname, written)] = named.items()
        said = full.get((quote.source_id, surname))
        if said is not None and (" " not in written or written == said[0]):
            return said
        given = fuller((previous.text if previous is not None else "") + " " + quote.before, surname)
        if " " in written:  # "Samantha Reeves is concerned ... she said": not the Jack Reeves quoted before
            return given if given is not None and given[0] == written else (written, None)
        return given or (surname, None)
    if named or last is None:
        return None
    if last[0].last == quote.first - 1:  # right after that speaker's quotation: they go on speaking
        return last[1], last[2]
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _same(a: list[str], b: list[str]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return len(set(shorter) & set(longer)) >= SAME_WORDS * len(set(shorter)) and len(shorter) >= 0.5 * len(longer)


def find_quotes(sources: Sequence[Source], sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Every quotation with a sure speaker, merged across sources (see the module doc), in order of
    first appearance."""
    groups: list[tuple[str, list[str], list[tuple[Found, str, str | None]]]] = []
    for item in _speakers(sources, sentences, quotations(sources, sentences)):
        quote, name = item[0], item[1]
        words, key = _words(quote.text(sources[quote.source_id - 1])), name.split()[-1].casefold()
        group = next((g for g in groups if g[0] == key and _same(g[1], words)), None)
        if group is None:
            groups.append((key, words, [item]))
        elif all(other[0].source_id != quote.source_id for other in group[2]):
            group[2].append(item)
    out = []
    for _, _, items in groups:
        name, role = max(((n, r) for _, n, r in items), key=lambda nr: (len(nr[0]), nr[1] is not None))
        role = role or next((r for _, _, r in items if r), None)
        ordered = sorted(items, key=lambda item: item[0].source_id)
        said = tuple(Utterance(f.source_id, sentences[f.last].index, f.start, f.end, f.text(sources[f.source_id - 1]))
                     for f, _, _ in ordered)
        out.append(Quote(name, role, said))
    return tuple(out)
