"""The keywords of a story told by several sources, with every place they occur.

Each source is ranked on its own by the backend; a phrase's story score is its mean
normalised score over all sources, scaled by the share of sources that mention it at
all, so what many sources talk about rises above what one source dwells on.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from brief.keywords._backends import BACKENDS, ScoredCandidate
from brief.keywords._candidates import Parsed, extract_candidates, plural_written
from brief.keywords._lexicon import Role
from brief.keywords._occurrences import find_spans, mentions, named_wholes, part_of_phrase, token_keys
from brief.keywords._scoring import without_nested
from brief.keywords._tokens import tokenize
from brief.keywords._variants import demonym_aliases, surname_of
from brief.model import Keyword, Occurrence, Source

POOLED_PER_SOURCE = 30  # per-source ranks pooled into the story ranking
# Keywords are ranked and located on at most this many characters of each source (about 16,000
# words, ten long articles): a news article is far shorter, and the cost of a huge input stays flat.
BUDGET = 100_000


def within_budget(text: str, budget: int = BUDGET) -> str:
    """The first ``budget`` characters of ``text``, cut at a line or word break when there is one."""
    if len(text) <= budget:
        return text
    cut = text.rfind("\n", 0, budget + 1)
    if cut < budget // 2:
        cut = text.rfind(" ", 0, budget + 1)
    return text[: cut if cut > 0 else budget]


def _parse_all(sources: Sequence[Source]) -> list[Parsed]:
    """Parse every source with demonym aliases shared by the whole story."""
    tokens = [tokenize(s.text) for s in sources]  # once per source: the aliases and the candidates read them
    aliases = demonym_aliases(t.text for found in tokens for t in found if t.role is Role.NOUN)
    return [extract_candidates(s.text, aliases, found) for s, found in zip(sources, tokens)]


def _surname_map(parsed: Sequence[Parsed], groups: set[str]) -> dict[str, str]:
    """Lone-surname and titled-name keys of any source → the bare full name in any source.

    A word in ``groups`` (written in the plural somewhere: "Indians") is no one's surname.
    """
    names = {c.key for p in parsed for c in p.candidates if c.text[:1].isupper()}
    full = {k for k in names if " " in k}
    return {k: f for k in names - groups if (f := surname_of(k, full)) is not None}


def _keywords(
    sources: Sequence[Source], parsed: Sequence[Parsed], ranks: Sequence[list[ScoredCandidate]], top_n: int
) -> tuple[Keyword, ...]:
    # A word some source writes in the plural ("Indians") names a group, never a person: it is no
    # one's surname, even where a source only ever writes "American Indian" and "Indian".
    groups = {c.key for p in parsed for c in p.candidates if c.n_words == 1 and plural_written(c)}
    folded = _surname_map(parsed, groups)
    score: dict[str, float] = defaultdict(float)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    # Each source's own variants of a key (a surname its text folded into a full name it names), so
    # one source's fold never makes another source's word an occurrence.
    members: list[dict[str, set[str]]] = [defaultdict(set) for _ in parsed]
    for ranked in ranks:
        best = max((r.score for r in ranked), default=0.0) or 1.0
        for r in ranked:
            key = folded.get(r.candidate.key, r.candidate.key)
            score[key] += r.score / best / len(ranks)
    for p, own in zip(parsed, members):
        named = named_wholes(c.key for c in p.candidates)
        for c in p.candidates:
            key = folded.get(c.key, c.key)
            if key == c.key:
                surfaces[key].update(c.surfaces)
            if mentions(key, c.key, named):  # a part of a name this source never gives whole is not counted
                own[key] |= {c.key, *(v for v in c.variants - groups if mentions(key, v, named))}
    keys_of = [token_keys(p.tokens, p.aliases) for p in parsed]
    scored: list[tuple[float, str, tuple[Occurrence, ...]]] = []
    for key, value in score.items():
        occurrences = tuple(
            Occurrence(src.id, start, end)
            for src, p, keys, own in zip(sources, parsed, keys_of, members)
            for start, end in find_spans(p.tokens, keys, own.get(key, set()) | {key})
        )
        coverage = len({o.source_id for o in occurrences}) / len(sources)
        scored.append((value * coverage, key, occurrences))
    scored.sort(key=lambda s: (-s[0], s[1]))
    found = (Keyword(surfaces[key].most_common(1)[0][0], round(value, 4), occ)
             for value, key, occ in scored if surfaces[key])
    return tuple(without_nested(found, lambda k: k.text, top_n))


def _rank(sources: Sequence[Source], backend: str,
          lead_tokens: int = 256) -> tuple[list[Parsed], list[list[ScoredCandidate]]]:
    parsed = _parse_all([replace(s, text=within_budget(s.text)) for s in sources])
    return parsed, BACKENDS[backend](parsed, POOLED_PER_SOURCE, lead_tokens)


def story_keywords(sources: Sequence[Source], top_n: int = 10, backend: str = "fast") -> tuple[Keyword, ...]:
    """The story's keywords ranked across all sources, each with all its occurrences.

    Occurrences are ``(source_id, start, end)`` spans into ``source.text`` for every
    case-insensitive, word-bounded mention, merged variants included, within the first
    ``BUDGET`` characters of each source (all a news article has).
    """
    if not sources:
        return ()
    parsed, ranks = _rank(sources, backend)
    return _keywords(sources, parsed, ranks, top_n)


def per_source_keywords(
    sources: Sequence[Source], top_n: int = 10, backend: str = "fast"
) -> dict[int, tuple[Keyword, ...]]:
    """Each source's own keywords (source id → keywords), occurrences in that source only."""
    parsed, ranks = _rank(sources, backend)
    return _per_source(sources, parsed, ranks, top_n)


def _per_source(sources: Sequence[Source], parsed: Sequence[Parsed], ranks: Sequence[list[ScoredCandidate]],
                top_n: int) -> dict[int, tuple[Keyword, ...]]:
    return {src.id: _keywords([src], [p], [r], top_n) for src, p, r in zip(sources, parsed, ranks)}


def all_keywords(
    sources: Sequence[Source], top_n: int = 10, backend: str = "fast", lead_tokens: int = 256
) -> tuple[tuple[Keyword, ...], dict[int, tuple[Keyword, ...]]]:
    """Story keywords and per-source keywords from one ranking pass (what a briefing shows).

    ``lead_tokens`` caps how much of each source the document embedding reads (the lead).
    """
    if not sources:
        return (), {}
    parsed, ranks = _rank(sources, backend, lead_tokens)
    return _keywords(sources, parsed, ranks, top_n), _per_source(sources, parsed, ranks, top_n)


def locate(keywords: Sequence[Keyword], sources: Sequence[Source]) -> tuple[Keyword, ...]:
    """The keywords with occurrences in every source: each surface form already seen, found
    case-insensitively on word boundaries (for sources the ranking did not read)."""
    out = []
    texts = {s.id: s.text for s in sources}
    # An ASCII text holds a case-insensitive match of an ASCII form only where its lower case holds the
    # form's: a substring test skips the sources a keyword is not in, without the patterns' slower scan.
    lowered = {s.id: s.text.lower() for s in sources if s.text.isascii()}
    for keyword in keywords:
        forms = sorted({texts[o.source_id][o.start:o.end] for o in keyword.occurrences} | {keyword.text},
                       key=lambda f: (-len(f), f))
        folded = [f.lower() for f in forms] if all(f.isascii() for f in forms) else None
        within = [s for s in sources if folded is None or s.id not in lowered
                  or any(f in lowered[s.id] for f in folded)]
        wholes = [f for f in forms if not part_of_phrase(f, keyword.text)]
        # An ASCII source's lower case holds the same matches, which ``_lowered`` finds faster.
        low = None if folded is None else (_lowered(forms), _lowered(wholes))
        plain: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        found: list[Occurrence] = []
        for s in within:
            if low and s.id in lowered:
                text, (a, b) = lowered[s.id], low
            else:
                plain = plain or (_pattern(forms), _pattern(wholes))
                text, (a, b) = s.text, plain
            # A part of the phrase ("West" of "Grand Canyon West") counts only in a source that names it whole.
            if b.search(text):
                found.extend(Occurrence(s.id, m.start(), m.end()) for m in a.finditer(text))
        out.append(Keyword(keyword.text, keyword.score, tuple(found)))
    return tuple(out)


def _pattern(forms: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)", re.IGNORECASE)


def _lowered(forms: Sequence[str]) -> re.Pattern[str]:
    r"""``_pattern(forms)`` for ASCII forms, to search an ASCII text's lower case (the same length, so the
    same positions; the same matches, as case is all ``re.IGNORECASE`` changes there). Each alternative
    opens with its first character and only then looks behind it (``(?<!\w.)``: no word character before
    that one), so the pattern begins with a set of letters that the search skips ahead to, where
    ``_pattern`` tries every position of the text."""
    if not forms or not all(forms):
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    return re.compile("(?:" + "|".join(re.escape(f[0].lower()) + r"(?<!\w.)" + re.escape(f[1:].lower()) for f in forms)
                      + r")(?!\w)", re.DOTALL)
