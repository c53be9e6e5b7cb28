"""Which sources are versions of one report: a wire story and its update, or two outlets running one wire copy.

Independent reporters write their own sentences, though they may quote the same words. Versions of
one report share sentences outside quotations, word for word or nearly (an update changes a figure,
a rewrite a word or two): the shorter sentence of a pair has ``COPIED`` of its word triples in the
other. Two sources are versions of one report when, quotations left out,
- most of the one with fewer sentences (``MOST``) is copies of the other's: a copy, whatever agency
  its dateline credits (an outlet re-crediting another's story is still running that story); or
- at least ``VERSION_SENTENCES`` of their sentences, and ``SHARE`` of the shorter's, are copies, in at
  least two separate passages of each, and no two agencies are credited ("(AP)", "(Xinhua)").
Two stories that share one passage, a background paragraph, are not versions of one report: the
rest of each is its own. Versions of versions are one report, unless that would join two agencies'
stories on the weaker evidence: the closest versions are joined first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain
from typing import Iterable, Mapping, Sequence

from brief.english import SPEECH_VERBS, WIRE_SERVICES, alternation
from brief.inputs.dedupe import normalized_words, shingles
from brief.model import Sentence

VERSION_SENTENCES = 2
KIN_SENTENCES = 1  # sentences of their own words copied from one source to the other: one newsroom's (``kin``)
SHARE = 0.2
MOST = 0.5
PASSAGES = 2  # below MOST, the copies must lie in this many separate passages of each source
COPIED = 0.6
# Words in a row that two sentences of one fact share outside quotations: one wire sentence, edited. How many
# depends on what else is known of the two sources. Of the fact-linked sentence pairs of TAC 2010 and DUC 2006
# (3,811; agencies from the document ids, which brief does not see), those of sources that share nothing else
# were of one agency about as often as not at 8 to 11 words ("three years of house arrest and seven years of
# probation": how anyone writes a sentence), and 12 to 4 from 12 words; those of kindred sources (``kin``:
# one agency credited, or sentences copied) were one agency's 93% of the time, whatever the run, and
# from five words the run is the agency's stock line, edited ("Henderson and McKinney, both 21, face the
# death penalty if convicted").
RUN = 8
KIN_RUN = 5
MIN_WORDS = 8  # shorter sentences ("The talks resume on Monday.") repeat by chance, not by copying
COMMON = 25  # a word triple this many sentences hold is a phrase of the language ("said on Tuesday"), not a copy
_QUOTE = re.compile(r"[\"“”`]|''")
_SPEECH = frozenset((*SPEECH_VERBS, "responded", "replied", "recalled", "declared", "stated", "announced"))
_PAIRED_QUOTE = re.compile(r"``.*?''|\".*?\"|“.*?”")
_CREDIT = re.compile(rf"\(({alternation(WIRE_SERVICES)})\)", re.I)  # "HANOI, January 28 (xinhua) --" too
_AGENCIES = {name.casefold(): name for name in reversed(WIRE_SERVICES)}  # each agency as the list first writes it
CREDIT_REACH = 200  # characters at the top of a text where its dateline credits an agency


def copies(sentences: Sequence[Sentence], words_of: Sequence[tuple[str, ...]] | None = None,
           ) -> dict[tuple[int, int], tuple[int, float, int]]:
    """For each pair of sources (lower id first) that copy sentences from each other: how many of their
    sentences are copies, and what share that is of the sentences that count (eligible) in the one with fewer.
    ``words_of`` is each sentence's ``normalized_words`` when the caller has them."""
    grams: list[frozenset[str]] = []
    owner: list[int] = []
    eligible: dict[int, int] = defaultdict(int)
    for k, s in enumerate(sentences):
        own = _grams(s.text, None if words_of is None else words_of[k])
        if own is None:
            continue
        grams.append(own)
        owner.append(s.source_id)
        eligible[s.source_id] += 1
    # Most triples are one sentence's own: only those held by 2 to COMMON sentences are posted and walked.
    spread = Counter(chain.from_iterable(grams))
    walked = {gram for gram, n in spread.items() if 2 <= n <= COMMON}
    posted = [own & walked for own in grams]
    holders: dict[str, list[int]] = defaultdict(list)
    for k, own in enumerate(posted):
        for gram in own:
            holders[gram].append(k)
    found: dict[tuple[int, int], set[int]] = defaultdict(set)  # source pair -> the sentences copied, of both
    for k, own in enumerate(posted):
        if not own:
            continue
        # for each later sentence of another source, the word triples it shares with sentence k
        shared = Counter(chain.from_iterable(holders[gram] for gram in own))
        for j, n in shared.items():
            if j > k and owner[j] != owner[k] and _copy(n, grams[k], grams[j]):
                found[min(owner[j], owner[k]), max(owner[j], owner[k])].update((j, k))
    out = {}
    for pair, copied in sorted(found.items()):
        n = min(sum(owner[k] == side for k in copied) for side in pair)
        out[pair] = (n, n / min(eligible[pair[0]], eligible[pair[1]]),
                     min(_runs(sorted(k for k in copied if owner[k] == side)) for side in pair))
    return out


def _grams(text: str, words: tuple[str, ...] | None = None) -> frozenset[str] | None:
    """The word triples of a sentence (its ``normalized_words``: ``words`` when known) that can be a copy;
    None for a quotation or a short sentence, which independent reports share by quoting or by chance."""
    if _QUOTE.search(text):
        return None
    words = normalized_words(text) if words is None else words
    return shingles(words) if len(words) >= MIN_WORDS else None


def _told(text: str) -> tuple[str, ...] | None:
    """The words of what a sentence tells in its own words, its quotations left out ("Mrs. Shepard
    declined to discuss the trial, saying only that she and her husband ``...''"); None when that is short,
    a quotation is left open, or all it tells is who said the quotation (``"...," said Joan Heller, a
    spokeswoman for the county``): two reports quoting one person at one briefing name her the same way."""
    outside = _PAIRED_QUOTE.sub(" ", text)
    if _QUOTE.search(outside):
        return None
    words = normalized_words(outside)
    if words and words[0] in _SPEECH:
        return None
    return words if len(words) >= MIN_WORDS else None


def _run(a: Sequence[str], b: Sequence[str]) -> int:
    """The length of the longest run of words ``a`` and ``b`` share, in the same order."""
    best, previous = 0, [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def _copy(shared: int, a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences sharing ``shared`` word triples are copies: the shorter of them has
    ``COPIED`` of its own triples in the other."""
    return shared >= COPIED * min(len(a), len(b))


def _root(parent: dict[int, int], a: int) -> int:
    """The representative of ``a``'s group in a union-find forest (``a`` itself when it has no parent)."""
    while parent.get(a, a) != a:
        a = parent[a]
    return a


def _runs(positions: Sequence[int]) -> int:
    """How many runs of consecutive eligible sentences ``positions`` (sorted) form: 1 for one passage."""
    return sum(1 for x, k in enumerate(positions) if x == 0 or k != positions[x - 1] + 1)


def credit(text: str) -> str | None:
    """The news agency a text's dateline credits ("PORT MORESBY (AP) _ ..." gives "AP"), if any."""
    found = _CREDIT.search(text[:CREDIT_REACH])
    if found is None:
        return None
    return found.group(1) if found.group(1) in WIRE_SERVICES else _AGENCIES[found.group(1).casefold()]


def reports(sentences: Sequence[Sentence], texts: dict[int, str] | None = None,
            found: dict[tuple[int, int], tuple[int, float, int]] | None = None) -> dict[int, int]:
    """Source id -> the lowest id among the versions of its report; only sources with another version appear.

    ``texts`` (source id -> text) give each source's agency credit, when its dateline names one; ``found``
    is ``copies(sentences)`` when the caller has it.
    """
    agencies = {k: {a} for k, a in ((k, credit(t)) for k, t in (texts or {}).items()) if a}
    parent: dict[int, int] = {}
    found = copies(sentences) if found is None else found
    links = [(share, a, b) for (a, b), (n, share, runs) in found.items()
             if n >= VERSION_SENTENCES and (share >= MOST or (share >= SHARE and runs >= PASSAGES))]
    for share, a, b in sorted(links, key=lambda link: (-link[0], link[1], link[2])):
        ra, rb = _root(parent, a), _root(parent, b)
        if ra == rb or (share < MOST and len(agencies.get(ra, set()) | agencies.get(rb, set())) > 1):
            continue  # one report already, or two agencies' stories sharing some of their sentences
        low, high = min(ra, rb), max(ra, rb)
        parent[high] = low
        agencies[low] = agencies.get(low, set()) | agencies.pop(high, set())
    return {a: _root(parent, a) for a in sorted(parent.keys() | set(parent.values()))}


def kin(found: dict[tuple[int, int], tuple[int, float, int]],
        identical: Iterable[tuple[int, int]] = ()) -> dict[int, tuple[int, ...]]:
    """Source id -> the other sources of one newsroom with it, as far as their text tells: a sentence of their
    own words is copied from one to the other (``found``, from ``copies``: quotations left out), or two
    sentences are printed word for word, quotation and attribution and all (``identical``: pairs of source
    ids, lower first). Only sources with kin appear. (Stories whose datelines credit one agency are one
    outlet's, which ``Briefing.reports`` joins whatever their words.) Of the pairs so kindred in TAC 2010 and
    DUC 2006, whose document ids name the agency (brief does not see them), 285 of 337 were one agency's
    stories (``bench/kin.py``); of those kindred by one copied sentence alone 132 of 168 (some of the rest carry
    another agency's copy: an NYT story with AP's lines, TAC D1006A-A). Copies of two sentences or more: 148 of
    164; two statements' sentences printed whole alone: 5 of 5 ("..., said Barrot in a statement.")."""
    pairs = {pair for pair, (n, _share, _runs) in found.items() if n >= KIN_SENTENCES} | set(identical)
    out: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs:
        out[a].add(b)
        out[b].add(a)
    return {k: tuple(sorted(v)) for k, v in sorted(out.items())}


def copied_groups(texts: Sequence[tuple[int, str]], kindred: frozenset[tuple[int, int]] = frozenset(),
                  outlets: Mapping[int, str] | None = None) -> tuple[tuple[int, ...], ...]:
    """Of (source id, sentence) pairs stating one fact, the groups of two or more sources whose sentences
    are one wire sentence: copies of each other as ``copies`` counts them, or an edited copy that keeps
    ``RUN`` words in a row, ``KIN_RUN`` between sources of one newsroom (``kindred`` holds their id pairs,
    lower first; see ``kin``), in what they tell in their own words (quotations left out, ``_told``:
    independent reports share those by quoting; short sentences left out, which they share by chance).
    Between sources credited to two outlets (``outlets``: source id -> its outlet, where known) only a copy
    counts: AP's and Cox's "JonBenet was found beaten and strangled Dec. 26, 1996" is how anyone writes it.
    Each group sorted, groups by first id."""
    credited = {k: v.casefold() for k, v in (outlets or {}).items()}
    words = {source_id: own for source_id, own in ((k, _told(text)) for k, text in texts) if own is not None}
    grams = {source_id: shingles(own) for source_id, own in words.items()}
    parent: dict[int, int] = {}
    ids = sorted(grams)
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            run = KIN_RUN if (a, b) in kindred else RUN
            rivals = a in credited and b in credited and credited[a] != credited[b]
            if _copy(len(grams[a] & grams[b]), grams[a], grams[b]) or (
                    not rivals and _run(words[a], words[b]) >= run):
                ra, rb = _root(parent, a), _root(parent, b)
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for k in ids:
        groups[_root(parent, k)].append(k)
    return tuple(tuple(g) for g in sorted(groups.values()) if len(g) > 1)
