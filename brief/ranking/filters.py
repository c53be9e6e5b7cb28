"""Which sentences can be briefing points at all: real sentences with enough words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Sequence

from brief.english import (
    ANAPHORIC_NOUNS,
    AUXILIARIES,
    BACK_ADVERBS,
    BEFORE_SURNAME,
    CLOSED_CLASS,
    COORDINATORS,
    DEMONSTRATIVES,
    INTERJECTIONS,
    KIND_NOUNS,
    LINKING_PHRASES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NEAR_DEMONSTRATIVES,
    NUMBER_WORDS,
    OPENING_APOSTROPHES,
    PERSONAL_PRONOUNS,
    PLACE_KINDS,
    POINTS_BACK,
    PREPOSITIONS,
    SPEAKER_PRONOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    TIME_NOUNS,
    alternation,
    is_title_case,
    wire_quote_marks,
)
from brief.facts.semantic import asks
from brief.lexical import analyse, stem
from brief.model import Sentence, source_runs
from brief.ranking.leaning import needs_a_person
from brief.story import SORTED

if TYPE_CHECKING:
    from brief.cache import Pieces

MIN_WORDS = 8

# A sentence ends in . ! ? (optionally followed by closing quotes/brackets); headlines,
# captions, bylines and datelines usually do not.
_TERMINAL = re.compile(r"""[.!?…]["'”’»)\]]*$""")
_DATELINE = re.compile(r"^\s*(?:\d{1,2}\s+\w+,?\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})\s*$")


# What a bare count says of the things it counts ("Three are in custody", "the two were forced ..."): those
# things were named before.
_COUNT_VERBS = (*AUXILIARIES, "are", "were", "have", "remain", "remained")
# Someone a story told of before: "The impostor ran up ...", "The suspect was ...", unless words after say who.
_ONE_OF_THEM = ("boy", "girl", "couple", "suspect", "victim", "gunman", "impostor", "teenager", "teen", "child")
_SAYS_WHO = ("who", "whom", "whose", "that", "accused", "charged", "suspected", "of", "in", "from", "at", "with",
             "named", "killed", "found")
# How many of some people or things: "Fourteen of them", "All of those" (of whom?).
_COUNTS = (*NUMBER_WORDS, "one", "all", "both", "each", "half", "most", "many", "several", "some", "few", "none")
# Openings that name something said before: "The move ...", "The two ...", "The latter ...".
_ANAPHORIC = re.compile(rf"^{alternation(DEMONSTRATIVES)}\s+{alternation(ANAPHORIC_NOUNS)}\b"
                        rf"|^one\s+(?:{alternation(AUXILIARIES)}|{alternation(SPEECH_VERBS)}|lived|lives|died"
                        r"|[a-z]+ed\s+(?:in|at|on|near|from|to|with|by|the|a|an|his|her|their)\b)\b"
                        rf"|^(?:two|three|four|five|six|seven|eight|nine|ten|most|many|several|some|others|few|none)"
                        rf"\s+(?:of\s+them|of\s+those"
                        rf"|{alternation(_COUNT_VERBS)})\b"
                        rf"|^(?:the|this|that)\s+(?:{alternation(_ONE_OF_THEM)})\b(?!\s+(?:{alternation(_SAYS_WHO)})\b)"
                        rf"|^(?:\d[\d,]*|{alternation(_COUNTS)}|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+of\s+(?:them|those(?!\s+(?:who|whom|[a-z]+ed)\b))\b",
                        re.I)  # "One would ...", "One lived near the camp, and ...", "Three are in custody": of whom?
# Openings that lean on the sentence before: "No, ...", "As a result, ...", "Behind this attitude ...",
# "The runway thus ..."; and an aside in brackets, "(The government could ...)".
_LEANS_BACK = re.compile(
    rf"^{alternation(INTERJECTIONS)}[,!]|^{alternation(LINKING_PHRASES)},"
    rf"|^(?:[\w'’-]+,?\s+){{0,2}}{alternation(NEAR_DEMONSTRATIVES)}\s+(?!{alternation(TIME_NOUNS)}\b)[a-z]"
    rf"|^(?:[\w'’-]+,?\s+){{1,3}}{alternation(BACK_ADVERBS)}\b"
    r"|^\(.*\)[.!?]?$|^Similar\b|^[-–—_]"
    r"|^(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:because(?!\s+of\b)|why)\b", re.I)  # "That's because ...": of what?
_QUOTES = "\"'`“”‘’«»"
# An aside in parentheses, then lowercase: the rest of a sentence the splitter cut at the aside's "!" or "?"
# (3 of 47,487 development sentences, each such a rest or a page's credit line).
_CUT_AFTER_ASIDE = re.compile(r"\([^)]*\)\s+[a-z]")
_CONTRACTED = re.compile(r"['’](?:s|re|ll|d|ve)$")
# A demonstrative after a preposition points at something said before ("over that number", "in those
# cases", "for this reason"); "this" or "these" before a time noun points at the calendar ("this week").
_POINTING = re.compile(rf"\b(?i:{alternation(PREPOSITIONS)})\s+(?:(?i:that|those)\s+(?P<far>[a-z][\w'’-]*)"
                       rf"|(?i:this|these)\s+(?!{alternation(TIME_NOUNS)}\b)(?P<near>[a-z][\w'’-]*))")
# "the two cases", "the three men": a count of things introduced before, unless the sentence names them first.
_COUNTED = re.compile(r"\b(?i:the)\s+(?:two|three|four|five|six)\s+(?P<noun>[a-z][\w'’-]*)")
# "here" in a reporter's own words is the place of the dateline, which the point leaves out.
_HERE = re.compile(r"\b(?i:here)\b(?!['’]s)")
# A guess in the reporter's voice: "Maybe ...", "Perhaps ...".
_GUESS = re.compile(r"^(?:Maybe|Perhaps)\b")
# An interview's scaffolding: "Q. ...", "A: ...", "Question: ...".
_INTERVIEW = re.compile(r"^(?:[QA][.:]|(?i:question|answer):)\s")
# A chronology's line: "Nov. 26 -- Great-uncle Lazaro Gonzalez granted ...", "1995: ..."; its date is cut off.
_CHRONOLOGY = re.compile(rf"^(?:(?i:{alternation((*MONTHS, *MONTH_ABBREVIATIONS))})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
                         r"|\d{4})\s*(?:--|—|–|:|-)\s")
# A desk's contact line: a telephone number or an address to write to.
_CONTACT = re.compile(r"\b\d{3}[-.]\d{3}[-.]\d{4}\b|\S@\S|\((?i:at)\)")
# "The agency is studying ...", "The new rules require ...": a definite opening, whose words name what
# an earlier sentence of the source introduced, points back to it (names are capitalised: "The Army ...").
_DEFINITE = re.compile(r"^(?:The|This|That|These|Those|Such)\s+([a-z][\w'’-]*)(?:\s+([a-z][\w'’-]*))?")
# A quotation ("...", “...”, ``...'') and what is left of the sentence around it.
_QUOTATION = re.compile(rf"``.*?''|{OPENING_APOSTROPHES}.*?''|\".*?\"|“.*?”|‘.*?’", re.S)
# What presupposes something said before: "Officials also said ...", "..., too.", "... as well."; and "there"
# as a place ("629 there last year"), not as "there is".
_ADDITIVE = re.compile(r"\balso\b|\btoo[.,]|\bas well\b(?! as)|, for (?:example|instance),", re.I)
# A reply to nothing the sentence says: "responded with a draft", "countered that ..." (not "responded to the
# petition").
_REPLY = re.compile(r"\b(?:respond(?:ed|s|ing)|repl(?:ied|ies|ying)|counter(?:ed|s)|retort(?:ed|s))\b(?!\s+to\b)", re.I)
# "though" or "however" as an aside ("..., though, ...", "... cost more, though.", "One man ... has questioned it,
# however.") sets the sentence against the one before.
_THOUGH = re.compile(r",\s+(?:though|however)\s*[,.;]", re.I)
# A time told as another event's, which the sentence does not name: "a nearly simultaneous blast" (with what?),
# "on the same day at almost the same time" (as what?); not "simultaneous bombings" or "... the same day as ...".
_SAME_TIME = re.compile(r"\b(?:an?\s+(?:nearly\s+|almost\s+)?simultaneous\s+[a-z]+\b(?!\s+(?:with|to|as)\b)"
                        r"|(?:on|at|in)\s+the\s+same\s+(?:day|time|night|week|morning|afternoon|evening)\b"
                        r"(?![^.;]*?\b(?:as|that)\b))", re.I)
# "such a walkout", "such products": a thing like one said before, unless the sentence says like what ("such
# films as ...", "in such a way that ...").
_SUCH = re.compile(r"\b(?i:such)\s+(?!as\b)(?:an?\s+)?[a-z](?!.*\b(?:as|that)\b)", re.S)
# "do so", "did so", "doing so": a verb phrase standing for one said before (not "so far", "so much", "so that").
_DO_SO = re.compile(r"\b(?i:do|does|did|done|doing)\s+so\b(?!\s+(?:far|much|many|long|that|as)\b)")
_ACCORDING_TO_IT = re.compile(r"\baccording to (?:it|them)\b", re.I)
# A comparison with nothing the sentence states: "even more workers", "even further" (no "than ...").
_EVEN_MORE = re.compile(r"\beven\s+(?:more|less|fewer|further|larger|higher|lower|bigger|greater|worse|better|faster"
                        r"|slower|smaller)\b", re.I)
_COORDINATED = re.compile(rf"(?:{alternation(COORDINATORS)})(?!\w)", re.I)
_THERE = re.compile(r"(?<=\s)there\b(?!\s+(?:is|are|was|were|will|would|have|has|had|could|may|might|must|should"
                    r"|seems?|appears?|remains?|being|been|to)\b)", re.I)
# Words that say when, which a pronoun after them does not stand for ("For centuries they have ...").
_WHEN_WORDS = frozenset("""year years week weeks month months day days hour hours minute minutes decade decades
    century centuries morning mornings afternoon evening night nights weekend ago recently lately now today yesterday
    tomorrow later earlier since""".split())
_PERSONAL = re.compile(rf"\b{alternation(PERSONAL_PRONOUNS)}\b", re.I)
_CONTENT_WORD = re.compile(r"[A-Za-z][\w'’-]{2,}")
# "the country", "the project's": a kind noun after "the", which an earlier sentence of the source named.
_KIND = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w'’-]*\s+)?(?P<noun>{alternation(KIND_NOUNS)})\b")
# A person's full name ("Faisal Mekdad", "Deputy Foreign Minister Faisal Mekdad"): its last word is the
# surname a later sentence may use alone.
_FULL_NAME = re.compile(rf"\b(?:[A-Z][a-z]+\.?\s+)+{BEFORE_SURNAME}(?P<surname>[A-Z][a-z]{{2,}})\b")
# A sentence whose subject or speaker is a bare surname: '"...," Mekdad said.', 'Kopp was ...', '... said Schwartz.'
_SURNAME_SPEAKS = re.compile(rf"^(?:[`'\"“].*?(?:''|\"|”),?\s+)?(?P<surname>[A-Z][a-z]{{2,}})(?:['’]s)?\s+"
                             rf"(?:(?:later|then|[a-z]+ly)\s+)?{alternation((*SPEECH_VERBS, *AUXILIARIES))}\b"
                             rf"|\bsaid\s+(?P<speaker>[A-Z][a-z]{{2,}})[.,]")
_AFTER_PREPOSITION = re.compile(rf"\b(?i:{alternation(PREPOSITIONS)}|across|throughout|around)\s+$")
_PRONOUN_SPEAKER = re.compile(rf"\b{alternation(SPEAKER_PRONOUNS)}\s+{alternation(SPEECH_VERBS)}\b", re.I)
_NAME = re.compile(r"(?<!^)\b[A-Z][a-z]+")
# The writer speaking to the reader or of themselves ("you", "your", "we", "our", "I've"; "I" before a verb, not
# "World War I" or "Sudan I": after a capitalised word, ``_NAME_BEFORE``), outside quotations. One pattern with the
# word before "I" as an optional group tried a capitalised word at every position: the three cost half as much.
_VOICE = re.compile(r"\b(?i:you|your|yours|yourself|we|our|ours|ourselves)\b|\b(?:us|me|my|myself)\b")
_FIRST_PERSON = re.compile(r"\bI(?:['’](?:ve|m|d|ll)\b|\s+(?=[a-z]))")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+\Z")


def word_count(text: str) -> int:
    """Words as length limits count them: whitespace-separated tokens."""
    return len(text.split())


def is_candidate(sentence: Sentence, min_words: int | None = None) -> bool:
    """Whether ``sentence`` may be chosen: long enough, ends like a sentence, stands on its own.

    Rejects headlines, captions and datelines, bare quotations, and sentences opening with
    a pronoun or conjunction that needs the previous sentence.
    """
    return _well_formed(sentence, min_words) and reads_alone(sentence.text.strip())


def _well_formed(sentence: Sentence, min_words: int | None = None) -> bool:
    """Whether ``sentence`` is a sentence of the article long enough to be a point: not a headline,
    caption, dateline, an interview's "Q.", a chronology's line or a contact line."""
    text = sentence.text.strip()
    if word_count(text) < (MIN_WORDS if min_words is None else min_words):
        return False
    if not _TERMINAL.search(text) or _DATELINE.match(text) or _INTERVIEW.match(text) or _CHRONOLOGY.match(text):
        return False
    return not _CONTACT.search(text) and not is_title_case(text)


def reads_alone(text: str) -> bool:
    """Whether a reader understands ``text`` without the sentence before it.

    False for an opening pronoun or connective that points back ("He", "That", "But",
    "Both countries"), for "The move"-style openings, for a quotation whose speaker is
    not named in it (a bare quote, or one that "he said"), for part of a quotation that
    runs over several sentences (its opening or closing mark is in another sentence), for a
    question, and for a thing named as introduced before ("over that number", "the two cases").
    """
    return _stands(text) and not leans_back(text)


def _stands(text: str) -> bool:
    """Whether ``text`` is a whole statement, whatever comes before it: not part of a longer quotation,
    not a question, not a bare quotation, no "here" for the dateline's place."""
    if _quote_fragment(text) or asks(text):  # a question states no fact
        return False
    if _CUT_AFTER_ASIDE.match(text):  # "(Long live the World Cup!) on the screens of ...": a sentence's rest
        return False
    # A bare quotation does not say who is speaking; its attributed neighbour is the point.
    if text[0] in _QUOTES and text.rstrip(".!?)]")[-1:] in _QUOTES:
        return False
    if _GUESS.match(text):  # "Maybe the government will bring in a new kind of oyster ...": a guess, not a fact
        return False
    # "The Supreme Court ruled here Thursday": here is the dateline, left out; "Maybe you've thought about ...",
    # "I've even seen people ...": a column's voice or someone's unquoted words, not the report of a fact
    outside = _QUOTATION.sub(" ", text)
    return not _HERE.search(outside) and not _voice(outside)


def _voice(outside: str) -> bool:
    """Whether ``outside`` (a sentence's words outside quotations) speaks to the reader or of its writer
    (``_VOICE``, ``_FIRST_PERSON`` but after a capitalised word)."""
    return _VOICE.search(outside) is not None or any(
        _NAME_BEFORE.search(outside, 0, m.start()) is None for m in _FIRST_PERSON.finditer(outside))


def leans_back(text: str) -> bool:
    """Whether ``text`` needs what the sentence before it said: an opening that points back ("He",
    "But", "The move"), a thing named as introduced before ("over that number"), an addition to
    nothing ("also"), "he" or "her" with no one named before it ("If convicted, he could ..."), or a
    quotation whose only speaker is a pronoun ("he said")."""
    if _points_at_something_before(text):
        return True
    quoted = text[0] in _QUOTES  # its opening words are the speaker's, judged by the attribution below
    first = text.split()[0].strip(",").lower() if text.split() else ""
    if not quoted and (first in POINTS_BACK or _CONTRACTED.sub("", first) in POINTS_BACK  # "That's" is "that"
                       or _ANAPHORIC.match(text) or _LEANS_BACK.match(text)):
        return True
    outside = _QUOTATION.sub(" ", text)
    if _presupposes(outside) or needs_a_person(text):  # "If convicted, he could receive the death penalty."
        return True
    if quoted and _PRONOUN_SPEAKER.search(outside) and not _NAME.search(outside.strip()):
        return True
    # "On attending the meeting, he said, ``It's difficult.''": the quotation's only speaker is a pronoun
    return outside != text and _PRONOUN_SPEAKER.search(outside) is not None


def _presupposes(outside: str) -> bool:
    """Whether the reporter's words (``outside`` quotations) lean on an earlier sentence: an addition
    ("Officials also said ...") to nothing the sentence said before it; "there" as a place; "such a walkout"
    like nothing it says; a pronoun
    before any word that could name what it stands for ("Now their population is ...")."""
    additive = _ADDITIVE.search(outside)
    if additive and not _COORDINATED.search(outside[:additive.start()]):
        return True
    if _THERE.search(outside):
        return True
    if _EVEN_MORE.search(outside) and " than " not in outside:  # "China needs to lay off even more workers": than what?
        return True
    if _SUCH.search(outside):  # "Last year's strike in Flint involved such a walkout.": such as what?
        return True
    if _does_what_was_said(outside):  # "The governor of Illinois has done so in his state.": done what?
        return True
    if _ACCORDING_TO_IT.search(outside):  # "..., according to it.": the source a sentence before named
        return True
    if _REPLY.search(outside):  # "EPA regulators responded with a draft proposal": to what?
        return True
    if _THOUGH.search(outside):  # "For organic growers, though, they are tough to control.": unlike what?
        return True
    if _SAME_TIME.search(outside):  # "A nearly simultaneous blast ...", "On the same day ...": as what?
        return True
    pronoun = _PERSONAL.search(outside)
    return pronoun is not None and not any(w.lower() not in STOP_WORDS and w.lower() not in CLOSED_CLASS
                                           and w.lower() not in _WHEN_WORDS
                                           for w in _CONTENT_WORD.findall(outside[:pronoun.start()]))


def _does_what_was_said(outside: str) -> bool:
    """Whether the reporter's words (``outside`` quotations) say "do so" ("did so", "doing so") with no verb before
    it whose act it could repeat: "The governor of Illinois has done so in his state.", "It does so through ...";
    not "Athletes who use creatine do so to mask ..." (the act is "use"). A word is a verb when the lexicon reads it
    as one and not only as an auxiliary (``brief.lemmas.all_lemmas``)."""
    from brief.lemmas import all_lemmas

    match = _DO_SO.search(outside)
    if match is None:
        return False
    return not any("VERB" in readings and "AUX" not in readings
                   for readings in map(all_lemmas, (w.lower() for w in _CONTENT_WORD.findall(outside[:match.start()]))))


def _points_at_something_before(text: str) -> bool:
    """Whether ``text`` names a thing only a sentence before it introduced: "over that number", "for this
    reason", "the two cases" (unless it names them itself first: "Israel and Syria ... the two countries"), or
    stands for something said before with "that" or "this" alone (``stands_for_something_said``)."""
    low = text.lower()
    if ("that" in low or "this" in low) and stands_for_something_said(text):
        return True
    if any(f" {w} " in low for w in ("that", "those", "this", "these")):  # most sentences have none: skip the search
        for match in _POINTING.finditer(text):
            word = (match.group("far") or match.group("near")).lower()
            # "in that same period" points back; "those who", "those killed" introduce themselves
            if word == "same" or word not in CLOSED_CLASS and not word.endswith("ed"):
                return True
    if not any(f" {w} " in low for w in ("two", "three", "four", "five", "six")):
        return False
    counted = _COUNTED.search(text)
    if counted is None or " and " in text[:counted.start()]:
        return False
    noun = counted.group("noun").lower()
    return noun not in CLOSED_CLASS or noun in _COUNT_VERBS


# "that" or "this", and the word before it (``stands_for_something_said``).
_DEMONSTRATIVE = re.compile(r"(?:^|(?<=[\s`'\"“‘(]))(?P<word>[Tt]hat|[Tt]his)(?P<is>['’]s)?\b"
                            r"(?:\s+(?P<next>[a-z][\w'’-]*))?")
# The verbs after which "that" before a verb stands for what was said ("Carter said that depends on ..."); after
# another verb it may open a relative clause whose noun came before the verb ("bills have been introduced that ...").
_REPORTS_THAT = frozenset((*SPEECH_VERBS, "say", "tell", "let", "lets"))
# "Aside from that, only 63 percent ...", "because of this.": a demonstrative after a preposition, nothing after.
_PREPOSITION_ON_ITS_OWN = re.compile(rf"\b(?i:{alternation(PREPOSITIONS)})\s+(?i:that|this)\s*[,.;:!?]")
_BEFORE_IT = re.compile(r"(?P<word>[A-Za-z][\w'’-]*)[\s`'\"“‘]*$")


def stands_for_something_said(text: str) -> bool:
    """Whether "that" or "this" stands alone in ``text`` for something said before it: after a preposition with
    nothing after it ("Aside from that, only 63 percent ..."), right after a verb, as
    "that's" ("... said that's because 75 percent of jobs ...") or before a verb ("not to let that happen again",
    "officials said this would put off ..."; "that" only after a verb of saying or "let", ``_REPORTS_THAT``). A
    pronoun there is the verb's object or what it reports, and its content is an earlier sentence's; not "an
    industry that's changing" (after a noun: which industry), "said that the ..." (a clause follows), nor "...,
    that's fine" (after a comma it sums up the clause before it). A word's part of speech is its readings in the
    lexicon (``brief.lemmas.all_lemmas``): a word read as a noun or an adjective too is not taken for a verb, nor
    an "-ing" or "-ed" form ("warned that substituting helmets ...")."""
    from brief.lemmas import all_lemmas

    if _PREPOSITION_ON_ITS_OWN.search(text):
        return True
    for match in _DEMONSTRATIVE.finditer(text):
        before = _BEFORE_IT.search(text[:match.start()])
        if before is None or before.group("word").endswith("ing"):
            continue
        verb = before.group("word").lower()
        prior = set(all_lemmas(verb))
        if not prior or not prior <= {"VERB", "AUX"}:
            continue
        if match.group("word").lower() == "that" and verb not in _REPORTS_THAT:
            continue  # "bills have been introduced that would require ...": "that" after a verb may say which
        if match.group("is"):
            return True
        after = match.group("next")
        if after is not None and not after.endswith(("ing", "ed")) and set(all_lemmas(after)) <= {"VERB", "AUX"} \
                and all_lemmas(after):
            return True
    return False


def _given(text: str, seen: set[str]) -> bool:
    """Whether ``text`` opens on a definite description ("The agency", "The new rules") whose words an
    earlier sentence of its source used: it names what that sentence introduced. So does "the country"
    or "the project" anywhere in it (``KIND_NOUNS``), unless a name before it says which, or this sentence
    used the noun before and no earlier sentence did. Unlike ``brief.ranking.leaning``, a noun most sources
    use is no exception: exempting it lifted DUC 2004 and 2006 development ROUGE-1 by 0.2-0.3 but not TAC
    2010, where the weights were chosen, and let points like "The budget was due Oct. 1." through."""
    match = _DEFINITE.match(text)
    if match is not None and any(stem(w) in seen for w in match.groups() if w and w not in STOP_WORDS):
        return True
    for kind in _KIND.finditer(text):
        before = _CONTENT_WORD.findall(text[:kind.start()])
        if (kind.group("noun").lower() in PLACE_KINDS and _AFTER_PREPOSITION.search(text[:kind.start()])
                and not _NAME.search(text[:kind.start()])):
            return True  # "Large tracts of wetlands in the country ...": which country, no name says
        noun = stem(kind.group("noun"))
        if noun in seen and noun not in {stem(w.lower()) for w in before}:
            return True
    return False


def _introduced_before(text: str, surnames: set[str]) -> str | None:
    """The subject or speaker of ``text`` when it is a bare surname ("Mekdad said", "said Schwartz.") whose full
    name only an earlier sentence of its source gave ("Deputy Foreign Minister Faisal Mekdad"): the reader of the
    point alone would not know who that is. None otherwise."""
    match = _SURNAME_SPEAKS.search(text)
    if match is None:
        return None
    surname = match.group("surname") or match.group("speaker")
    named = surname in surnames and surname not in {m.group("surname") for m in _FULL_NAME.finditer(text)}
    return surname if named else None


def _told_before(sentences: Sequence[Sentence]) -> Iterator[tuple[int, Sentence, set[str], set[str]]]:
    """Each sentence (its position), with the stemmed words and the surnames of the full names that the sentences
    of its source before it gave (sets that grow once the next sentence is asked for: read them first)."""
    seen: set[str] = set()
    surnames: set[str] = set()
    previous: int | None = None
    for i, s in enumerate(sentences):
        if s.source_id != previous:
            seen, surnames, previous = set(), set(), s.source_id
        yield i, s, seen, surnames
        seen.update(analyse(s.text).terms)
        surnames.update(m.group("surname") for m in _FULL_NAME.finditer(s.text))


def _quote_fragment(text: str) -> bool:
    """Whether a quotation opens or closes in ``text`` without the other mark: part of a longer quote."""
    opened, closed = wire_quote_marks(text)
    return opened != closed or text.count("“") != text.count("”") or text.count('"') % 2 == 1


def candidates(sentences: Sequence[Sentence]) -> list[int]:
    """Positions of the sentences that may be points (``is_candidate``), leaving out every
    sentence said inside a quotation opened by an earlier sentence of its paragraph: its
    speaker is named elsewhere ("Souder said: ``Most of my friends ... | My position is, hold
    the nose and vote yes. | ...''"); and every sentence of an interview's question or answer
    (a paragraph opening "Q." or "A."): a question states nothing, an answer is one person's view;
    and every sentence opening on a thing an earlier sentence of its source introduced ("The agency
    is studying ...", see ``_given``).
    """
    return sort_sentences(sentences)[0]


Sorted = tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[int, str], ...]]


def sort_by_source(sentences: Sequence[Sentence], store: Pieces | None = None) -> Sorted:
    """``sort_sentences``, one source at a time: a source's sentences are sorted on their own (its
    verdicts read nothing of another source), so with a ``store`` (the cache) a source seen in an
    earlier run, with the same sentences in the same paragraphs, is not sorted again."""
    if store is None:
        chosen, leaning, named = sort_sentences(sentences)
        return tuple(chosen), tuple(leaning), tuple(named)
    found: tuple[list[int], list[int], list[tuple[int, str]]] = ([], [], [])
    for start, end in source_runs(sentences):  # sort_sentences starts afresh on each source's run
        own_chosen, own_leaning, own_named = sorted_run(sentences[start:end], store)
        found[0].extend(start + k for k in own_chosen)
        found[1].extend(start + k for k in own_leaning)
        found[2].extend((start + k, surname) for k, surname in own_named)
    return tuple(found[0]), tuple(found[1]), tuple(found[2])


def sorted_run(run: Sequence[Sentence], store: Pieces) -> Sorted:
    """``sort_sentences`` of one source's sentences (positions in ``run``), from ``store`` when it holds them
    (kept there when new): they are keyed by their paragraphs and texts alone."""
    parts = sorted_parts(run)
    own = store.get(SORTED, parts, Sorted)
    if own is None:
        chosen, leaning, named = sort_sentences(run)
        own = (tuple(chosen), tuple(leaning), tuple(named))
        store.put(SORTED, parts, own)
    return own


def sorted_parts(run: Sequence[Sentence]) -> list[str]:
    """What ``sorted_run`` keeps one source's sorting by: its sentences' paragraphs and texts."""
    return [f"{s.paragraph}:{s.text}" for s in run]


def sort_sentences(sentences: Sequence[Sentence]) -> tuple[list[int], list[int], list[tuple[int, str]]]:
    """``candidates``, and the positions of the sentences that would be candidates but for leaning on
    what an earlier sentence of their source said (``leans_back``, ``_given``, ``_introduced_before``):
    with the sentence before them, such a sentence may read alone (``brief.ranking.lead_ins``). Last, those of
    them that lean on an earlier sentence only for a bare surname (``_introduced_before``: "..., Mekdad said."),
    each with that surname: nothing else in them points back (``leans_back``, ``_given``), so with a line saying who
    that is (``brief.glosses``) they read alone."""
    chosen: list[int] = []
    leaning: list[int] = []
    named: list[tuple[int, str]] = []
    paired = 0  # ``...'' and “...” quotations open since the paragraph began (more opened than closed)
    straight = False  # whether a "..." quotation is open
    previous: tuple[int, int] | None = None  # (source, paragraph) of the sentence before
    interview = False  # whether the paragraph is an interview's question or answer
    for i, s, seen, surnames in _told_before(sentences):  # what the source's sentences before it gave
        if (s.source_id, s.paragraph) != previous:
            paired, straight = 0, False
            interview = bool(_INTERVIEW.match(s.text))
        previous = (s.source_id, s.paragraph)
        if not paired and not straight and not interview and _well_formed(s) and _stands(s.text.strip()):
            given = _given(s.text, seen)
            surname = None if given else _introduced_before(s.text, surnames)
            if given or surname is not None or leans_back(s.text.strip()):
                leaning.append(i)
                if surname is not None and not leans_back(s.text.strip()):
                    named.append((i, surname))
            else:
                chosen.append(i)
        text = s.text
        opened, closed = wire_quote_marks(text, lone=True)
        paired = max(0, paired + opened - closed + text.count("“") - text.count("”"))
        straight ^= text.count('"') % 2 == 1
    return chosen, leaning, named
