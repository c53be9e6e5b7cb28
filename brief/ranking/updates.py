"""The latest word on a fact: a point is told in the words of the latest dated source that states it.

When the sources carry dates and a later one states a chosen sentence's fact again (an early toll
and a later one, a first report and its update), the later sentence is the point: a reader wants
where the story stands, not where it stood. Only sentences the ranker could have chosen replace
one (``filters.candidates``), and only within the word budget. Without dates nothing changes:
the order in which inputs are given says nothing of when they were written.

Dated or not, a point that a sentence of its fact in another source supersedes is told in that sentence's
words (``superseded``): one that reports done what the point gives as planned ("are scheduled to hold their
first bargaining session Thursday" / "held their first bargaining session Thursday"), written after the plan
was made; or one that raises a lower bound the point gives a count ("killing at least 15" / "at least 41"),
which both may state truly but the later says more. Either is where the story stands; when brief cannot
tell (two counts that cannot both be right, undated) the point stays and its sources are shown differing.
A sentence dated before the point supersedes nothing.

Some sentences are not even candidates (``Story.candidates``), whether or not the alignment links them to
what supersedes them, since a reader would call them out of date from the text alone: a plan another source
reports done (``plans_done``); a toll of the dead lower than one another source says has risen ("at least
eight people have been confirmed killed" / "the death toll rose to 16": ``tolls_risen``; a toll only grows);
an event given as still to come that another source reports come ("clearing the way for closing
arguments next week" / "a prosecutor said in her closing arguments Wednesday": ``events_held``); and a first
report that who died or survived is not known yet, when another source tells it ("there were no immediate signs
of survivors" / "killing all 121 people on board": ``fates_told``). Each asks that the two tell of one thing
(no other places or people named; for a plan, the one act: close to each other and naming no one the other
does not, or done in the passive to the one named before the verb, "Gary Graham, set to be executed today" /
"Graham was executed") and that the later source is not dated before; a briefing then never gives the old
count or the plan beside the news.

Whatever the dates, a point that tells its day against the day of writing ("later this afternoon") is told
in another source's version of it, in nearly the same words, that names the day ("later Sunday afternoon"):
the briefing prints no dateline to count from (``named_days``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable, Sequence

from brief.english import QUOTATION, WEEKDAYS
from brief.facts.alignment import SAME_FACT, Link
from brief.facts.claims import Reading, done_to, held, may_be_outcome, outcome, reading, to_come
from brief.facts.differences import names_in, raised
from brief.facts.names import each_names_another, names, names_another
from brief.facts.quantities import told_dead, tolls, untold
from brief.facts.spelling import alike
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
    room, taken = _room(story, chosen, limit)
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


def superseded(story: Story, chosen: Sequence[Ranked], limit: Limit) -> list[Ranked]:
    """``chosen`` with each sentence replaced by another source's sentence of its fact that supersedes it
    (``supersedes``), the closest such one that is a candidate and fits the word budget, linked as closely as
    the alignment links one fact (``alignment.SAME_FACT``); never by one dated before it."""
    sentences = story.sentences
    dates = {s.id: s.date for s in story.sources if s.date}

    def accepts(i: int, k: int) -> bool:
        day, later = dates.get(sentences[i].source_id), dates.get(sentences[k].source_id)
        return not (day and later and later < day) and supersedes(sentences[k].text, sentences[i].text)

    return _replaced(story, chosen, limit, lambda i: True, accepts, lambda link: link.similarity < SAME_FACT)


def plans_done(story: Story, read: Sequence[Reading] | None = None) -> frozenset[int]:
    """Positions of the sentences that give an act as planned which a sentence of another source reports
    done (``claims.outcome``), unless that source is dated before. The two must come near each other as
    the alignment reads them (``Alignment.near``: one fact, or close in meaning or words), and not each name
    someone the other does not ("Chirac will visit Paris" / "Jospin visited Paris"): a verb and what follows
    it are not enough ("will bring his brethren the assets" / "casinos have brought to reservations"), unless
    the two name the same two or more people or things and no others ("GM ... plans to spin off the rest of the
    company" / "GM spun off its ... unit, Delphi Automotive Systems": ``_same_names``). Close or not, an act in
    the passive done to the one the plan names before it is its outcome ("Gary Graham, set to be executed
    today" / "Graham was executed in Hunstville": ``claims.done_to``). Such
    a plan is not the story's state, and is not a point (``Story.candidates``): the outcome, or something
    else, is told instead. ``read`` is each sentence's ``claims.reading``, row for row, when known already (a
    second process reads them ahead, the cache keeps a source's)."""
    sentences = story.sentences
    if story.n_sources < 2:
        return frozenset()
    read = read if read is not None else [reading(s.text) for s in sentences]
    planning = [i for i in range(len(sentences)) if read[i].plans]
    if not planning:
        return frozenset()
    dates = {s.id: s.date for s in story.sources if s.date}
    reported: dict[str, list[int]] = defaultdict(list)  # verb -> sentences that may report it done
    for k in range(len(sentences)):
        for verb in read[k].outcomes:
            reported[verb].append(k)
    found = set()
    for i in planning:
        plan, source = sentences[i].text, sentences[i].source_id
        day = dates.get(source)
        for k in sorted({k for verb in read[i].plans for k in reported.get(verb, ())}):
            other = sentences[k]
            later = dates.get(other.source_id)
            if other.source_id == source or (day and later and later < day):
                continue
            verbs = may_be_outcome(read[i], read[k])
            if not verbs:
                continue  # (asked first, as it costs least: most that do a verb another plans tell no outcome of it)
            if done_to(read[i], read[k], verbs) or (
                    story.facts.near(i, k) and not each_names_another(plan, other.text)
                    and outcome(plan, other.text, strict=False, what=not _same_names(plan, other.text)) is not None):
                found.add(i)
                break
    return frozenset(found)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def tolls_risen(story: Story) -> frozenset[int]:
    """Positions of the sentences that give a toll of the dead ("at least eight people have been confirmed
    killed", "which has killed two people": ``quantities.tolls``) lower than a toll another source says has
    risen ("the death toll rose to 16", "has increased to four"), and no higher than the count it says the toll
    rose from ("initially 10, has risen to 12": 10, not 11), unless that source is dated before. A toll
    only grows: the lower count is where the story stood, and is not a point (``Story.candidates``). Only of
    one toll: the two sentences do not each name other places ("In Switzerland ... had risen to seven" / "in
    Galtuer ... rose to 16"), the risen toll's names are the lower count's source's too, the lower names no
    year the risen does not, and the risen toll's writer does not tell the two apart: names the lower count's
    places only in stating its fact ("the town of Valzur, where two people were killed", beside "the death
    toll rose to 16"), or gives its fact a lower count too."""
    sentences = story.sentences
    if story.n_sources < 2:
        return frozenset()
    counts = [tolls(s.text) for s in sentences]
    risen = [(k, t) for k, found in enumerate(counts) for t in found if t.risen]
    if not risen:
        return frozenset()
    dates = {s.id: s.date for s in story.sources if s.date}
    texts = {s.id: s.text for s in story.sources}
    named: dict[int, frozenset[str]] = {}  # every name each source gives, read when first asked (few are)
    runs: dict[int, list[int]] = defaultdict(list)  # each source's sentences
    for j, s in enumerate(sentences):
        runs[s.source_id].append(j)
    found = set()
    for i, counted in enumerate(counts):
        if not counted:
            continue
        text, source = sentences[i].text, sentences[i].source_id
        day, highest = dates.get(source), max(t.value for t in counted)
        mine = names_in(text)
        for k, toll in risen:
            other = sentences[k]
            later = dates.get(other.source_id)
            if other.source_id == source or (day and later and later < day) or not toll.leaves_behind(highest):
                continue
            theirs = names_in(other.text)
            if source not in named:
                named[source] = names_in(texts[source], True)
            if ((mine and theirs and not _related(mine, theirs)) or not _related(theirs, named[source])
                    or set(_YEAR.findall(text)) - set(_YEAR.findall(other.text))):
                continue
            near = [j for j in runs[other.source_id] if story.facts.near(i, j)]
            if any(t.value < toll.low for j in near for t in counts[j]):
                continue  # the risen toll's writer gives i's fact a lower count too: another count
            if mine and not any(_related(mine, names_in(sentences[j].text, True)) for j in runs[other.source_id]
                                if j not in near):
                continue  # ... or names i's places only in telling i's fact: another place's toll
            found.add(i)
            break
    return frozenset(found)


def events_held(story: Story) -> frozenset[int]:
    """Positions of the sentences that give an event as still to come ("clearing the way for closing arguments
    next week", "The trial for one of two men ... has been postponed": ``claims.to_come``) which a sentence of
    another source reports as come ("a prosecutor told jurors Wednesday in closing arguments", "as Henderson's
    trial opened": ``claims.held``), unless that source is dated before. The event is named alike in both (one
    name's words among the other's: "trial", "murder trial"), and the two sentences name one story: when
    both name someone or somewhere, one name in common ("Matthew Shepard"), not another trial's defendant.
    Such a sentence is where the story stood, and is not a point (``Story.candidates``)."""
    sentences = story.sentences
    if story.n_sources < 2:
        return frozenset()
    coming = {i: events for i, s in enumerate(sentences) if (events := to_come(s.text))}
    if not coming:
        return frozenset()
    came = {k: events for k, s in enumerate(sentences) if (events := held(s.text))}
    return _told_since(story, coming, came,
                       lambda i, k: any(_alike_events(a, b) for a in coming[i] for b in came[k]))


def fates_told(story: Story) -> frozenset[int]:
    """Positions of the sentences that say who died or survived is not known yet ("Police and firefighters at the
    crash site reportedly said there were no immediate signs of survivors": ``quantities.untold``) when another
    source tells it ("killing all 121 people on board", "There were no survivors": ``quantities.told_dead``),
    unless that source is dated before; when both name someone or somewhere, one name in common. The first
    report's "not yet" is where the story stood, and is not a point (``Story.candidates``)."""
    sentences = story.sentences
    if story.n_sources < 2:
        return frozenset()
    waiting = [i for i, s in enumerate(sentences) if untold(s.text)]
    if not waiting:
        return frozenset()
    told = [k for k, s in enumerate(sentences) if told_dead(s.text)]
    return _told_since(story, waiting, told, lambda i, k: True)


def _told_since(story: Story, stood: Iterable[int], since: Iterable[int],
                alike: Callable[[int, int], bool]) -> frozenset[int]:
    """Of the sentences at ``stood`` (where the story stood: an event to come, a fate not known), those that a sentence
    at ``since`` of another source not dated before tells as it turned out (``alike(i, k)``: of the same thing), with
    a name in common when both name someone or somewhere (``names_in``; each sentence's names read once)."""
    sentences = story.sentences
    dates = {s.id: s.date for s in story.sources if s.date}
    later_ones = list(since)
    named: dict[int, frozenset[str]] = {}
    found = set()
    for i in stood:
        source = sentences[i].source_id
        day, mine = dates.get(source), names_in(sentences[i].text)
        for k in later_ones:
            other = sentences[k]
            later = dates.get(other.source_id)
            if other.source_id != source and not (day and later and later < day) and alike(i, k):
                if k not in named:
                    named[k] = names_in(other.text)
                theirs = named[k]
                if not (mine and theirs and not _related(mine, theirs)):
                    found.add(i)
                    break
    return frozenset(found)


def _alike_events(a: str, b: str) -> bool:
    """Whether two names of events name one: the same noun last, one's words among the other's ("trial",
    "murder trial"; not "closing" and "closing arguments")."""
    x, y = a.split(), b.split()
    return x[-1] == y[-1] and (set(x) <= set(y) or set(y) <= set(x))


def _same_names(a: str, b: str) -> bool:
    """Whether two sentences name the same two or more people or things, and each no one the other does not
    ("GM ... plans to spin off the rest of the company [Delphi Automotive Systems]" / "GM spun off its ...
    unit, Delphi Automotive Systems"): told near each other, an act of theirs, its doer and what it is done to
    both named, is one act whatever words follow the verb."""
    return (len({n.words for n in names(a)}) > 1 and len({n.words for n in names(b)}) > 1
            and not names_another(a, b) and not names_another(b, a))


def _related(names: frozenset[str], known: frozenset[str]) -> bool:
    """Whether ``names`` is empty or one of them is among ``known``, however spelt (``spelling.alike``)."""
    return not names or any(name in known or any(alike(name, other) for other in known) for name in names)


def supersedes(later: str, earlier: str) -> bool:
    """Whether sentence ``later``, of the fact ``earlier`` states, tells where the story has moved since: it
    reports done what ``earlier`` gives as planned (``claims.outcome``), or raises a lower bound ``earlier``
    gives a count ("at least 15 people" / "at least 41 people": ``differences.raised``)."""
    return outcome(earlier, later) is not None or raised(earlier, later)


# A day told against the day of writing: "said today", "later this afternoon". Another version of the sentence
# that names the day ("said Sunday") reads alone; this one does not once its dateline's date is gone.
_RELATIVE_DAY = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b", re.I)
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})\b")
SAME_WORDS = 0.7  # a version this close in words (IDF-weighted cosine) says the same in the same words


def named_days(story: Story, chosen: Sequence[Ranked], limit: Limit) -> list[Ranked]:
    """``chosen`` with each sentence that tells its day against the day of writing ("said today") replaced by
    another source's version of it in nearly the same words that names the day ("said Sunday"), when one is a
    candidate and fits the word budget."""
    sentences, facts = story.sentences, story.facts

    def asks(i: int) -> bool:
        return _RELATIVE_DAY.search(QUOTATION.sub(" ", sentences[i].text)) is not None

    def accepts(i: int, k: int) -> bool:
        text = sentences[k].text
        return (_WEEKDAY.search(text) is not None and not _RELATIVE_DAY.search(text)
                and facts.words.similarity(i, k) >= SAME_WORDS)

    return _replaced(story, chosen, limit, asks, accepts, lambda link: False)


def _replaced(story: Story, chosen: Sequence[Ranked], limit: Limit, asks: Callable[[int], bool],
              accepts: Callable[[int, int], bool], enough: Callable[[Link], bool]) -> list[Ranked]:
    """``chosen`` with each sentence ``asks`` asks about (a sentence with its lead-in stays with it) replaced by
    the first sentence linked to it, most similar first and until ``enough``, that ``accepts`` takes, is a
    candidate not chosen yet and fits the word budget."""
    sentences = story.sentences
    allowed = set(story.candidates)
    room, taken = _room(story, chosen, limit)
    out = []
    for ranked in chosen:
        i = ranked.index
        if ranked.lead_in is None and asks(i):
            for link in story.facts.links(i):
                if enough(link):
                    break
                k = link.position
                extra = word_count(sentences[k].text) - word_count(sentences[i].text)
                if k in allowed and k not in taken and (room is None or extra <= room) and accepts(i, k):
                    if room is not None:
                        room -= extra
                    taken.add(k)
                    ranked = Ranked(k, ranked.score, ranked.why)
                    break
        out.append(ranked)
    return out


def _room(story: Story, chosen: Sequence[Ranked], limit: Limit) -> tuple[int | None, set[int]]:
    """The words ``chosen`` leaves of the budget (None without one), and the sentences it takes."""
    sentences = story.sentences
    used = sum(word_count(sentences[r.index].text) for r in chosen)
    used += sum(word_count(sentences[r.lead_in].text) for r in chosen if r.lead_in is not None)
    return (None if limit.words is None else limit.words - used), {r.index for r in chosen}
