"""One alignment per briefing: which sentences of different sources report the same fact.

Two kinds of evidence link a sentence to a sentence of another source:
- **meaning and words**, for pairs whose MiniLM vectors were both computed (see
  ``semantic``): the embedding cosine plus half the lexical similarity must reach
  ``LINK``, or ``MUTUAL`` when each sentence is the other's best match in its source
  (as bitext aligners do: a mutual best match is rarely a coincidence). Meaning finds
  the paraphrase another reporter wrote in their own words; the lexical half rewards
  shared names and numbers, which is what keeps unrelated sentences about the same
  story apart.
- **words alone** (see ``lexical``) for every other pair: similarity >= 0.5 on at least
  four shared content words. Whom a point cites is stricter: a word link short of
  near-verbatim copy (``SURE_WORDS``) counts there only when meaning confirms it as closely
  as a link of meaning (``CONFIRM``) and its sentence holds the point's words, not a part
  of them (``HOLDS``); a sentence whose subject is a bare "He", "She" or
  "They" only when it comes closer still (``NAMED``); and a mutual best match short of
  ``LINK`` does not count: it keeps two sentences from being both chosen, but it is close
  to the fact more often than it states it ("Mad cow disease
  ... eats holes in the brains of cattle" / "It is the second case since March in which the
  disease ... has been confirmed"). Read in the briefings of the 105 development clusters
  other than the six fact-aligned ones: of 40 such cited links (of 57), 15 did not state
  the point and 4 only in part; of 25 links at 0.9 to 0.95 (of 43), 6 did not.
  Confirming such a match, or a closer pair short of ``LINK``, by an act both sentences report (the same verb
  done or planned, ``claims.reading``; a word of its object in common) was measured and not kept: on the six
  fact alignments it added 2 listings, both right, but of 15 it added in the other development clusters'
  briefings 5 did not state the point ("Hamas ... claimed responsibility" for Islamic Jihad's claim).
  A parser's judgement (spaCy: the listed sentence must report the point's main predicate, stemmed, with a
  participant in common) for links of meaning below 0.65 and of words short of ``SURE_WORDS`` was measured and not
  kept either (docs/benchmarks.md): it drops listings of another act of the same names, but also the same act in
  another verb ("appointed" for "named"), so recall on the six fell from 0.496 to 0.470, at 1.1 CPU s a briefing.
  A link of meaning below ``ACTED`` is not cited when its sentence tells another act than the point's main one
  (``acts.other_act``: "Kaczynski was arrested in a cabin ..." for "Kaczynski, who was arrested ..., has pleaded
  innocent ...").
Thresholds were set on the fact-aligned development clusters (precision of the sources a
briefing lists >= 0.95) and read against briefings of other clusters.

A sentence's fact is itself plus, in every other source, its best linked sentence.
A sentence is *alone* only when nothing in another source even comes near it (``NEAR``),
and only in a story embedded whole: when some sentences were matched on words alone
(a story larger than the embedding budget), a paraphrase among them could not be seen,
so brief says "[n]", never "only in [n]". It says less when it cannot tell.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from brief.facts import acts, semantic
from brief.facts.claims import denies
from brief.facts.figures import disagree
from brief.facts.lexical import LexicalMatcher
from brief.facts.quoted import other_words
from brief.facts.when import other_day
from brief.lexical import similarity
from brief.model import Sentence

if TYPE_CHECKING:
    from brief.cache import Vectors

LINK = 0.9  # embedding cosine + half the lexical similarity: the same fact
MUTUAL = 0.85  # ... enough when the two sentences are each other's best match
NEAR = 0.65  # ... above this, another source may well state it: never claim "only in"
NEAR_WORDS = 0.25  # lexical similarity above which the same holds
REPEAT = 0.7  # a sentence this close to a point's fact would repeat it: chosen on TAC 2010 (100 words, ROUGE-1/2
# recall: 0.6 36.27/9.77, 0.65 36.53/9.86, 0.7 37.12/10.31, 0.75 37.15/10.31, 0.8 37.08/10.31; the lowest of the
# plateau); reported 0.6 -> 0.7 on DUC 2004 39.26/10.82 -> 39.53/11.02 and DUC 2006 (250 words) 40.96/10.16 ->
# 40.83/10.25. At 0.6 a sentence of another fact about the same subject counted as a repeat ("Putin told Assad in
# Sochi that all foreign forces would eventually withdraw from Syria" of Mekdad's "Whether Iranian forces ... withdraw
# or stay in Syria is not up for discussion"), and so did every pair merely near in words (``NEAR_WORDS``).
SURE_WORDS = 0.7  # a word link this close is near-verbatim copy; below, meaning must confirm whom a point cites
VERIFY_BUDGET = 128  # sentences embedded per story to confirm such links (each about 8 ms)


# A meaning link's similarity is its score over 1.5 (``align``): at least this, the two are linked as one fact
# (``LINK``), not only each other's best match (``MUTUAL``).
SAME_FACT = LINK / 1.5
# A word link short of ``SURE_WORDS`` is cited when meaning confirms it as closely as a meaning link is cited: its
# cosine plus half its word similarity reaches ``LINK`` (it was ``MUTUAL``, 0.85). Read in the briefings of the 105
# development clusters other than the six fact-aligned ones, the confirmed word links scored 0.85 to 0.9 were
# another fact of the same names ("Van Der Sloot is the son of a Dutch judge" / "A judge was expected to rule
# Thursday on a petition from the official, Paul van der Sloot, ..."; "The United States rejected the request" /
# "U.S. officials were rebuffed in their request to see the suspicious site") or only part of it.
CONFIRM = LINK
# A sentence whose subject is a bare "He", "She" or "They" ("He got support from center-right leader Mesut Yilmaz,
# ...") tells its fact of someone its source named before it; whether that is the point's subject brief cannot tell,
# so a link of meaning cites it only when it comes this close (cosine plus half the word similarity at least 1.0,
# not 0.9). Below that, in the briefings of the 105 development clusters other than the six fact-aligned ones, such
# links were another speaker's words ("He also noted that Mongolia is glad ..." for Jiang's "China is glad ...") or
# another fact ("He was Rafik Hariri, a former and a future prime minister"); and on the six, "He got support from
# ... Yilmaz" (Erez, not the point's Ecevit). "It" is left out: "It is assumed that ..." names its subject after.
NAMED = 1.0 / 1.5
# A link of meaning below this similarity (cosine plus half the word similarity under 0.975) is cited for a point
# only when its sentence does not tell another act (``acts.other_act``: the point's main act, a verb found without a
# parser, is not in it, and its own main act is another). Chosen on the 115 listings of the development clusters
# other than the six fact-aligned ones read for issue 21, sampled by band: the listings there that did not state the
# point, or only in part, were mostly links of meaning below 0.65 ("Kaczynski was arrested in a cabin in Montana ..."
# for "Kaczynski, who was arrested in April last year, has pleaded innocent ..."); among the word links short of
# ``SURE_WORDS`` (already confirmed by meaning) the test would have dropped only one, which stated the point, so
# they are not judged.
ACTED = 0.65
# A word link short of ``SURE_WORDS`` is cited only when its sentence holds the point's words, not only the point
# its own: their word similarity read from the point's side (``LexicalMatcher.holding``: with the share of the point's
# weight the listed sentence holds, not the lighter sentence's share, which lets a short sentence match the long one it
# condenses in part) must reach this. A sentence that condenses a part of a point states that part: one soldier alone
# tried, for a point that most of those charged pleaded guilty and he alone was tried; a submarine sinking with its
# crew on a date, for a point of its admiral confirming the crew's death, which tells the sinking in passing.
# Chosen on 120 listings of the briefings of 52 development clusters read for issue 21 (not the six fact-aligned ones,
# nor the 53 clusters read before): the highest bar that drops no listing read there as stating the point. It drops 5
# of their 50 word links short of ``SURE_WORDS`` (2 stating the point in part, 3 not); at the word links' own threshold
# (``lexical.THRESHOLD``, 0.5) it dropped 12 (3 stating the point, 5 in part, 4 not).
HOLDS = 0.45
_UNNAMED = re.compile(r"(?:He|She|They)\b(?!\s+said\b)")


def _unnamed(text: str) -> bool:
    """Whether ``text``'s subject is a bare "He", "She" or "They" ("He got support ...", not "He said the water
    ...": a report of what he said, whose subject comes after)."""
    return _UNNAMED.match(text) is not None


@dataclass(frozen=True)
class Link:
    """A sentence of another source that states the same fact, and how sure that is."""

    position: int  # in the story's sentence list
    similarity: float  # 0..1
    how: str  # "meaning" (embeddings and words) or "words"


class Alignment:
    """The facts of one story, built once and handed to the ranker and the renderers."""

    def __init__(self, sentences: Sequence[Sentence], links: dict[int, list[Link]], near: dict[int, dict[int, float]],
                 embedded: set[int], vectors: dict[int, Any], words: LexicalMatcher,
                 echoes: set[tuple[int, int]], whole: bool = False, stored: semantic.Stored | None = None) -> None:
        self.sentences = sentences
        self.words = words  # the lexical index (IDF vectors), which the ranker reuses
        self._meaning = links
        self._links: dict[int, tuple[Link, ...]] = {}  # filled as sentences are asked about
        self._near = near  # sentence -> sentences of other sources that come near it without a link
        self._embedded = embedded  # the sentences compared by meaning when the story was aligned
        self._echoes = echoes  # pairs (i < j) of one source that state one fact
        self._vectors = dict(vectors)  # sentence -> its embedding; more are added to confirm word links
        self._aligned = len(vectors)  # how many of them the alignment itself computed
        self._verdicts: dict[tuple[int, int], bool] = {}  # (point sentence, linked sentence) -> confirmed
        self._whole = whole  # every sentence long enough to state a fact was embedded: all compared by meaning
        self._stored = stored  # the cache's vectors of the story's sentences, when it is on

    def links(self, i: int) -> tuple[Link, ...]:
        """Every sentence of another source linked to sentence ``i``, most similar first.

        Word links are looked up when first asked (the index makes that cheap), so a
        large story pays only for the sentences the ranker considers.
        """
        if i not in self._links:
            found = list(self._meaning.get(i, ()))
            if i in self._embedded:  # pairs both embedded were judged on meaning
                found += [Link(j, round(sim, 4), "words") for j, sim in self.words.matches(i)
                          if j not in self._embedded]
            else:
                found += [Link(j, round(sim, 4), "words") for j, sim in self.words.matches(i)]
            self._links[i] = tuple(sorted(found, key=lambda k: (-k.similarity, k.position)))
        return self._links[i]

    def fact(self, i: int) -> tuple[Link, ...]:
        """Sentence ``i`` (similarity 1) and, per other source, its best linked sentence, in source order.

        This is whom a point cites, so a word link short of ``SURE_WORDS`` counts only when meaning
        confirms it (see ``_confirmed``): two quotes of one speaker share his name and title, not a fact;
        and a sentence whose figures all differ from the point's states another version (``figures``).
        """
        return self._fact(i, confirm=True)

    def _fact(self, i: int, confirm: bool) -> tuple[Link, ...]:
        """``fact``, with or without meaning confirming the weaker word links."""
        best: dict[int, Link] = {}
        for link in self.links(i):
            source = self.sentences[link.position].source_id
            if source in best or (confirm and not self._cited_words(i, link)):
                continue
            if confirm and link.how == "meaning" and link.similarity < SAME_FACT:
                continue  # a mutual best match short of ``LINK``: close to the fact, not whom the point cites
            if (confirm and link.how == "meaning" and link.similarity < NAMED
                    and _unnamed(self.sentences[link.position].text) and not _unnamed(self.sentences[i].text)):
                continue  # "He got support from ...": of whom, its source told before (``NAMED``)
            if confirm and not semantic.states_a_fact(self.sentences[link.position].text):
                continue  # a line too short to state a fact ("National Eating Disorders Association: www....")
            if confirm and semantic.asks(self.sentences[link.position].text):
                continue  # a question states nothing ("Does the rising use of medications indicate ...?")
            if confirm and disagree(self.sentences[i].text, self.sentences[link.position].text):
                continue  # other figures: another version of the fact, or another fact (``figures``)
            if confirm and other_day(self.sentences[i].text, self.sentences[link.position].text):
                continue  # what happened on another day (``when.other_day``)
            if confirm and other_words(self.sentences[i].text, self.sentences[link.position].text):
                continue  # another thing the speaker said (``quoted.other_words``)
            if confirm and denies(self.sentences[i].text, self.sentences[link.position].text):
                continue  # the one denies what the other says (``claims.denies``)
            if (confirm and link.how == "meaning" and link.similarity < ACTED
                    and acts.other_act(self.sentences[i].text, self.sentences[link.position].text)):
                continue  # the same names, another act (``acts.other_act``; ``ACTED``)
            best[source] = link
        own = Link(i, 1.0, "")
        return (own, *(best[k] for k in sorted(best)))

    def versions(self, i: int) -> tuple[Link, ...]:
        """Per other source that ``fact(i)`` does not cite, its best sentence linked to ``i`` as ``fact``
        would cite it but for its other figures (``figures.disagree``): another version of the fact, or
        another fact; ``brief.facts.differences`` tells which. In source order."""
        cited = {self.sentences[link.position].source_id for link in self.fact(i)}
        best: dict[int, Link] = {}
        for link in self.links(i):
            source = self.sentences[link.position].source_id
            if source in cited or source in best or not self._cited_words(i, link):
                continue
            if disagree(self.sentences[i].text, self.sentences[link.position].text) and not semantic.asks(
                    self.sentences[link.position].text):
                best[source] = link
        return tuple(best[k] for k in sorted(best))

    def _cited_words(self, i: int, link: Link) -> bool:
        """Whether a point of ``i`` may cite ``link`` as far as its words go: a link of meaning, or of words
        near-verbatim (``SURE_WORDS``), or of words confirmed by meaning (``_confirmed``) whose sentence holds the
        point's words (``HOLDS``)."""
        if link.how != "words" or link.similarity >= SURE_WORDS:
            return True
        return self._confirmed(i, link) and self.words.holding(i, link.position) >= HOLDS

    def _confirmed(self, i: int, link: Link) -> bool:
        """Whether meaning confirms a word link of ``i``: embedding cosine plus half the word similarity
        reaches ``LINK``, as a link by meaning must to be cited (``SAME_FACT``); a pair that reaches only
        ``MUTUAL`` shares names and words, not the fact, as often as not (``CONFIRM``). The sentences are
        embedded when first asked, ``VERIFY_BUDGET`` at most per story; past that, words alone decide, as
        they do for every link a point does not cite."""
        key = (i, link.position)
        if key not in self._verdicts:
            need = [p for p in key if p not in self._vectors]
            if len(self._vectors) - self._aligned + len(need) > VERIFY_BUDGET:
                return True
            if need:
                vectors = (semantic.embed([self.sentences[p].text for p in need]) if self._stored is None
                           else self._stored.vectors(need))
                self._vectors.update(zip(need, vectors))
            cosine = round(float(self._vectors[i] @ self._vectors[link.position]), 4)
            self._verdicts[key] = cosine + 0.5 * link.similarity >= CONFIRM
        return self._verdicts[key]

    def same_fact(self, i: int, j: int) -> bool:
        """Whether ``i`` and ``j`` state one fact: linked across sources, or as close within one."""
        if (min(i, j), max(i, j)) in self._echoes:
            return True
        return j in {k.position for k in self.links(i)}

    def repeats(self, i: int, j: int) -> bool:
        """Whether a point of sentence ``i`` would repeat the point of ``j``: one fact, or ``i`` comes
        near a sentence that states ``j``'s fact in another source.

        Looser than ``same_fact`` on purpose: it decides what is left out, never whom a point cites.
        """
        if self.same_fact(i, j):
            return True
        close = self._near.get(i, {})
        return any(close.get(link.position, 0.0) >= REPEAT for link in self._fact(j, confirm=False))

    def near(self, i: int, j: int) -> bool:
        """Whether sentence ``j`` of another source comes near ``i``, as ``alone`` reads it: one fact, or near
        in meaning (``NEAR``) or in words (``NEAR_WORDS``)."""
        # ``same_fact`` without building ``links(i)``: a word link is a word similarity of at least the matcher's
        # threshold, above ``NEAR_WORDS``, so only the echoes and the links of meaning are asked for here
        if (min(i, j), max(i, j)) in self._echoes or any(link.position == j for link in self._meaning.get(i, ())):
            return True
        return self._near.get(i, {}).get(j, 0.0) >= NEAR or self.words.similarity(i, j) >= NEAR_WORDS

    def alone(self, i: int) -> bool:
        """True only when brief can tell that no other source states the fact of ``i``: the story was
        embedded whole, and nothing in another source comes near ``i`` in meaning or in words.

        A word match that meaning overruled still counts as near, and so does a sentence whose words come
        near (``NEAR_WORDS``) while its embedding does not: "The 14th case in Japan was confirmed last week"
        is near "..., making it the 14th case in Japan, the ministry said Thursday", which says much more.
        """
        near = self._near.get(i, {})
        if not self._whole or i not in self._embedded or self.links(i) or any(v >= NEAR for v in near.values()):
            return False
        own = self.sentences[i].source_id
        return not any(self.words.similarity(i, j) >= NEAR_WORDS
                       for j, s in enumerate(self.sentences) if s.source_id != own)


def align(sentences: Sequence[Sentence], n_sources: int, store: Vectors | None = None) -> Alignment:
    """Link the sentences of different sources that state the same fact (see the module doc).

    ``store`` (the cache) keeps the sentence vectors of every source, so a source seen in an
    earlier run is not embedded again (``semantic.Stored``), nor are the sentences embedded later to
    confirm a word link (``Alignment._confirmed``)."""
    words = LexicalMatcher(sentences)
    stored = semantic.Stored(sentences, store) if store is not None else None
    links: dict[int, list[Link]] = defaultdict(list)
    near: dict[int, dict[int, float]] = defaultdict(dict)
    embedded: set[int] = set()
    vectors: dict[int, Any] = {}
    echoes: set[tuple[int, int]] = set()
    whole = False
    if n_sources > 1:
        eligible = semantic.eligible(sentences)
        positions = semantic.chosen_for_embedding(sentences, eligible, n_sources)
        whole = len(positions) == len(eligible)
        embedded = set(positions)
        matrix = (None if len(positions) < 2 else semantic.embed([sentences[i].text for i in positions])
                  if stored is None else stored.vectors(positions))
        vectors = dict(zip(positions, matrix)) if matrix is not None else {}
        scored: list[tuple[int, int, float, float]] = []
        best: dict[tuple[int, int], float] = {}  # (sentence, other source) -> its best score there
        for i, j, cosine in semantic.close_pairs(positions, matrix) if matrix is not None else ():
            lexical = similarity(words.vector(i), words.vector(j))
            score = round(cosine + 0.5 * lexical, 4)
            a, b = sentences[i].source_id, sentences[j].source_id
            if a == b:
                if score >= LINK:
                    echoes.add((i, j))
                continue
            scored.append((i, j, score, lexical))
            best[i, b] = max(best.get((i, b), 0.0), score)
            best[j, a] = max(best.get((j, a), 0.0), score)
        for i, j, score, lexical in scored:
            mutual = best[i, sentences[j].source_id] == score == best[j, sentences[i].source_id]
            if score >= LINK or (mutual and score >= MUTUAL):
                sim = round(min(1.0, score / 1.5), 4)
                links[i].append(Link(j, sim, "meaning"))
                links[j].append(Link(i, sim, "meaning"))
            elif score >= min(NEAR, REPEAT) or lexical >= NEAR_WORDS:
                near[i][j] = near[j][i] = score if lexical < NEAR_WORDS else max(score, NEAR)
    return Alignment(sentences, links, near, embedded, vectors, words, echoes, whole, stored)
