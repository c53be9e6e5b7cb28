"""The latest word on a fact: a point is told in the words of the latest dated source that states it.

When the sources carry dates and a later one states a chosen sentence's fact again (an early toll
and a later one, a first report and its update), the later sentence is the point: a reader wants
where the story stands, not where it stood. Only sentences the ranker could have chosen replace
one (``filters.candidates``), and only within the word budget. Without dates nothing changes:
the order in which inputs are given says nothing of when they were written.
"""

from __future__ import annotations

from typing import Sequence

from brief.ranking.base import Limit, Ranked
from brief.ranking.filters import word_count
from brief.story import Story


def latest(story: Story, chosen: Sequence[Ranked], limit: Limit) -> list[Ranked]:
    """``chosen`` with each sentence replaced by its fact's sentence in the latest dated source, when later."""
    dates = {s.id: s.date for s in story.sources if s.date}
    if len(dates) < 2:
        return list(chosen)
    sentences = story.sentences
    allowed = set(story.candidates)
    used = sum(word_count(sentences[r.index].text) for r in chosen)
    used += sum(word_count(sentences[r.lead_in].text) for r in chosen if r.lead_in is not None)
    room = None if limit.words is None else limit.words - used
    taken = {r.index for r in chosen}
    out = []
    for ranked in chosen:
        i = ranked.index
        best, best_date = i, dates.get(sentences[i].source_id)
        if best_date is not None and ranked.lead_in is None:  # a sentence with its lead-in stays with it
            for link in story.facts.links(i):  # every version, figures that differ included
                k = link.position
                date = dates.get(sentences[k].source_id)
                extra = word_count(sentences[k].text) - word_count(sentences[best].text)
                if (date is not None and date > best_date and k in allowed and k not in taken
                        and (room is None or extra <= room)):
                    best, best_date = k, date
        if best != i:
            if room is not None:
                room -= word_count(sentences[best].text) - word_count(sentences[i].text)
            taken.add(best)
            ranked = Ranked(best, ranked.score, ranked.why)
        out.append(ranked)
    return out
