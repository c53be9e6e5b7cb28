"""A story's headline: the one of its sources' own headlines that best names it, else a clause of its lead.

Both are verbatim. A source's headline is what its input carried (a page's title, a feed item's title,
the headline line of copied text or of a wire file). Among them the story's is the most central: the
headline whose words the most independent reports carry (``Source.report_id``; see ``_centrality``),
the latest dated one among those within a tenth of the best.
Without one, the title is the main clause of the lead point: its sentence without a leading
subordinate clause ("Despite modest encouragement over ..., "), an attribution tail (", a person
involved in the talks said Wednesday") or a trailing clause (", but forecasters warned ..."), never a
sentence cut with "…".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from brief.english import POINTS_BACK, PREPOSITIONS, SPEAKER_PRONOUNS, SPEECH_VERBS, alternation, wire_quote_marks
from brief.lexical import terms, text_terms, words
from brief.model import Point, Source

_SUBORDINATORS = ("after", "although", "as", "because", "before", "despite", "even though", "if", "once", "since",
                  "though", "unless", "until", "when", "whenever", "while", "whereas", "amid", "following",
                  "according to", *PREPOSITIONS)
# "Despite modest encouragement over a new proposal, the owners ...": the opening clause, up to its comma.
_LEADING = re.compile(rf"^(?i:{alternation(_SUBORDINATORS)})\b[^,;:\"“”`]{{1,120}},\s+(?=\S)")
_ATTRIBUTION_VERBS = (*SPEECH_VERBS, "say", "reported", "announced", "confirmed", "stated", "predicted", "recommended",
                      "urged", "concluded", "estimated", "acknowledged", "disclosed", "revealed", "declared",
                      "claimed", "admitted")
# ", a person involved in the talks said Wednesday." / ", according to police." / ", Mekdad told al-Mayadeen."
_TAIL = re.compile(rf",\s+(?:(?:[^,]{{0,80}}?\s)?(?:{alternation(_ATTRIBUTION_VERBS)})(?:\s+[\w.'’-]+){{0,4}}"
                   r"|according to [^,]{1,80})[.!]?[\"”'’]*$")  # after the verb, a when or a where at most
# Where a trailing clause joins the main one: ", but forecasters warned ...", ", and he went to ...", ", which ...",
# ", killing two people", ", including ...", "; ...". A word in -ing opens one when what follows it is its object or
# complement ("killing two people", "leaving the city"), not when it is an adjective of the noun after it
# ("the slight, graying physician").
_ING_TAKES = ("the", "a", "an", "his", "her", "its", "their", "our", "at", "least", "more", "some", "all", "one", "two",
              "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
              "that", "it", "him", "them", *PREPOSITIONS)
# A "but" with no clause of its own after it ("good enough, but only just", "a gain, but not a big one") takes
# back part of what the main clause says: it stays.
_TAKES_BACK = "not|only|just|barely|hardly|scarcely|never|still|little|less|far|too|so|slightly|mostly|largely"
# ", and law enforcement officials say ...": after "and", a subject in lower case and a finite verb open a clause
# of its own (a list's last item is a name, "..., and the Netherlands", or has no such verb after it).
_AND_CLAUSE = (r"(?:\s+[a-z][\w'’-]*){1,4}\s+(?:say|says|said|is|are|was|were|has|have|had|will|would|could|can|may"
               r"|might|must|should)\b")
_TRAILING = re.compile(rf"(?:,\s+(?:but(?!\s+(?:{_TAKES_BACK})\b)|and(?=\s+(?:he|she|it|they)\s|{_AND_CLAUSE})"
                       r"|while|whereas|which|who|after|as|when|where"
                       r"|although|though|because"
                       rf"|including|[a-z]+ing(?=\s+(?:\d|(?i:{alternation(_ING_TAKES)})\b)))\b|;|\s--?\s|\s—\s)")
# "Keeping a promise to Israel and the United States, Palestinian leader Yasser Arafat ...": an opening
# participle phrase (its word in -ing takes an object, so "Beijing, ..." is none), up to its comma.
_PARTICIPLE = re.compile(rf"^[A-Z][a-z]{{2,}}ing\s+(?=(?i:{alternation(_ING_TAKES)})\b)[^,;:\"“”`]{{1,120}},\s+(?=\S)")
_SUBJECT_OPENERS = frozenset("the a an he she it they we i there this that these those his her its their our some "
                             "many most all both officials police".split())
_END = re.compile(r"[\s.;:,]+$")
NEAR_BEST = 0.9  # headlines this close to the most central one count as central, and the latest of them wins
MIN_WORDS = 4  # a clause shorter than this says too little: the whole sentence is kept
TITLE_WORDS = 6  # a source's first sentence of fewer words is a dateline or a kicker, not its lead
MAIN_WORDS = 6  # a trailing clause is left out only when at least this many words stand before it


def lead_clause(sentence: str) -> str:
    """The main clause of ``sentence``, verbatim: without a leading subordinate clause or participle phrase,
    an attribution tail, a trailing clause (", but ...", ", which ...", "; ...") or the final full stop. The
    sentence itself (less its full stop) when the clause would be too short."""
    text = " ".join(sentence.split())
    whole = _END.sub("", text)
    clause = text
    if not clause.startswith(("``", '"', "“", "'")):  # a quotation's own words are not trimmed
        clause = _TAIL.sub("", clause)
    leading = _LEADING.match(clause) or _PARTICIPLE.match(clause)
    if leading is not None and _opens_clause(clause[leading.end():]):
        clause = clause[leading.end():]
    clause = _END.sub("", clause)
    for joint in _TRAILING.finditer(clause):
        if len(clause[:joint.start()].split()) >= MAIN_WORDS and not _open_quote(clause[:joint.start()]):
            clause = clause[:joint.start()]
            break
    return clause if len(clause.split()) >= MIN_WORDS else whole


def headline_case(clause: str) -> str:
    """``clause`` as a title: its first letter a capital ("The owners canceled ..." for the main clause of "Despite
    ..., the owners canceled ..."); every other character as its source wrote it."""
    return clause[:1].upper() + clause[1:] if clause[:1].islower() else clause


def _opens_clause(text: str) -> bool:
    """Whether ``text`` opens as a clause that reads alone does: a name or a subject's first word ("the
    owners ..."), not the rest of a list ("On a warm, | sunny morning last Friday, ...") or of a place
    ("... a clinic in Vienna, | Austria, Yushchenko said"), and not a pronoun ("he said ...": who?)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first.endswith(",") or first.lower() in SPEAKER_PRONOUNS:
        return False
    return first[:1].isupper() or first.lower() in _SUBJECT_OPENERS


def _open_quote(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    opened, closed = wire_quote_marks(text)
    return opened > closed or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def source_title(sentences: Sequence[str]) -> str:
    """A source's title when its input carried no headline: the main clause of its first real sentence
    (a dateline left alone, "KANSAS CITY, Mo.", is none) that does not open inside a quotation it does
    not close or on a word that points back ("It was a judgment worthy of Solomon."); else of its first
    real one."""
    real = [text for text in sentences if len(text.split()) >= TITLE_WORDS]
    first = next((text for text in real if _opens(text)), real[0] if real else sentences[0] if sentences else "")
    return headline_case(lead_clause(first)) if first else "Untitled"


def _opens(text: str) -> bool:
    """Whether ``text`` can open a title: not a quotation left open (``Negotiations following such a
    referendum would ...), nor a pronoun or word that points back ("It", "They", "Both", "This"; a
    possessive may point forward to the name after it: "His supersonic jet aflame, Christian Marty ...")."""
    stripped = text.strip()
    if stripped[:1] in "`\"“" and _open_quote(stripped):
        return False
    opening = stripped.split(maxsplit=1)[0].strip(",;:").lower() if stripped else ""
    return opening not in POINTS_BACK or opening in _POSSESSIVES


_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def story_headline(sources: Sequence[Source], points: Sequence[Point]) -> str:
    """The briefing's title: the most central of the sources' own headlines, else the lead point's main clause."""
    central = _central_headline(tuple(sources))
    if central is not None:
        return central
    if points:
        return headline_case(lead_clause(points[0].text))
    return sources[0].title if sources else "Untitled"


@lru_cache(maxsize=4)
def _central_headline(sources: tuple[Source, ...]) -> str | None:
    """The most central of the sources' own headlines (None without one). It depends on the sources
    alone, so a briefing ranked again for another length (``+``/``-``) finds it without reading every
    source's text again."""
    headlines = [s for s in sources if s.headline and len(terms(words(s.headline))) >= 2]
    if not headlines or (len(headlines) < 2 < len(sources)):
        return None  # one headline among many sources says how one of them saw the story, not how the reports do
    # "At least 70 dead after tsunami ..." is no title when another source says the toll has risen to 599
    headlines = [s for s in headlines if not _toll_risen_since(s, sources)]
    if not headlines:
        return None
    carried = _report_terms(sources)
    # A headline names the story when a word of it is the story's, carried by half the reports or more; a
    # digest's first headline ("BRITISH AIRWAYS IN EARLY TALKS WITH KLM" over a bookselling story) is not.
    headlines = [s for s in headlines if any(2 * sum(t in r for r in carried) >= len(carried)
                                             for t in terms(words(s.headline or "")))]
    if not headlines:
        return None
    score = {s.id: round(_centrality(s.headline or "", carried), 6) for s in headlines}
    best = max(score.values())
    # Near the best, the latest dated headline: where the story stands now ("Death Toll Rises to 599").
    close = [s for s in headlines if score[s.id] >= NEAR_BEST * best]
    return max(close, key=lambda s: (s.date or "", score[s.id], s.id)).headline or ""


def _toll_risen_since(source: Source, sources: Sequence[Source]) -> bool:
    """Whether ``source``'s headline gives a toll of the dead ("At least 70 dead ...") lower than one another
    source, not dated before it, says has risen ("PNG Tidal Death Toll Rises to 599", "the death toll ... has
    climbed to 599"; ``quantities.tolls``): where the story stood, not where it stands."""
    from brief.facts.quantities import tolls

    own = tolls(source.headline or "")
    if not own:
        return False
    highest = max(t.value for t in own)
    for other in sources:
        if other.id == source.id or (source.date and other.date and other.date < source.date):
            continue
        for toll in (*tolls(other.headline or ""), *tolls(other.text)):
            if toll.leaves_behind(highest):
                return True
    return False


def _report_terms(sources: Sequence[Source]) -> list[set[str]]:
    """The stemmed content words of each independent report (its versions together)."""
    by_report: dict[int, set[str]] = {}
    for source in sources:
        by_report.setdefault(source.report_id, set()).update(text_terms(source.text))
    return list(by_report.values())


def _centrality(headline: str, carried: list[set[str]]) -> float:
    """How much of what the independent reports carry ``headline`` says: over its content words, the
    share of reports carrying each, summed and divided by the square root of their number (a longer
    headline may say more, but a word that few reports carry adds little)."""
    own = set(terms(words(headline)))
    if not own or not carried:
        return 0.0
    return sum(sum(t in report for report in carried) for t in own) / (len(own) ** 0.5 * len(carried))
