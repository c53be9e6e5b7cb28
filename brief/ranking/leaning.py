"""Sentences that lean on one before them: a point the ranker takes only when it is worth much more.

"The money would come from the euro188 million set aside in 2005", "Rarely does the parole board
recommend clemency", "Four other grizzly populations ... are protected under the act": each names, with
"the", a thing an earlier sentence of its source introduced (the money, the board, the act). Read
alone, as a briefing point is read, the reader does not know which. Unlike the rules of
``brief.ranking.filters``, which leave a sentence out, this one is a preference: these sentences stay
candidates, each worth ``WORTH`` of what it covers (``brief.ranking.coverage``), so the ranker takes
another wording of the fact, or another fact, unless this one is worth clearly more.

A definite description is not counted when it introduces itself: a phrase after it says which ("the
cause of a plane accident", "the group that", "the radical group Islamic Jihad", "the inmate, Ricky McGinn,"; not
an aside, "the studies, which were ..."), or its noun is one most of the story's sources use (in a story about a
tsunami, "the tsunami" needs no introduction), or it is an ordinal or a superlative ("the first", "the biggest").

A shell noun with "the" alone ("tackle the situation", "an investigation into the case"; ``SHELL_NOUNS``) leans
however many of the story's sources use it: its content is what another sentence says, and the sources each
mean their own situation or case.

A sentence whose subject is "the" and a noun leans the same way when fewer than half the story's sources use the
noun and nothing after it says which ("The gathering, held in a movie theater parking lot, commemorated ...", "The
removal of the dams ..."), whatever words its source used before: its source introduced the thing, under that name or
another ("a memorial service"). Not its source's first sentence, which introduces what it names. A noun for a kind
(``KIND_NOUNS``: "The company was partly privatized in 2001 ...", "The law was firstly supposed to start ...") leans
so however many sources use it: each source's company is the one it named (Statoil), which the word does not say.

An event its source told before, named with "the" and nothing after it saying which, leans however many sources tell
of it ("... and commuted the sentence to life in prison" after "was sentenced to death"; "the suspect in the killing"
after "was killed"): the noun says what happened, not to whom, where or when. An event's noun is one made from a verb
("killing", "declaration", "election"; told before by the noun, by the verb's past, "killed", or by its doer,
"killer") or one that is the verb itself ("murder", "crash", "strike"; told before by the verb's past or its doer
alone, "murdered", "strikers": "the plane" after "a plane" is a thing, not an act).

So lean "Bowers bought the product ...", a surname alone for someone an earlier sentence named in full
(unless most sources use the name: the story is about them), "died five days later", a time told
against an event the sentence does not name, and "By late afternoon, ...", a time of day without its day.
With the sentence before it, a leaning sentence may still be a point (``brief.ranking.lead_ins``).

What a candidate is worth to the ranker (``worths``) also weighs whose words it is in: the words inside
its quotations are someone's account of the fact, the rest the reporter's statement of it (``QUOTED``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Collection, Sequence

from brief.english import (
    BEFORE_SURNAME,
    KIND_NOUNS,
    PREPOSITIONS,
    QUOTATION,
    SHELL_NOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    TIME_NOUNS,
)
from brief.lexical import analyse, stem
from brief.model import Sentence
from brief.quotes.speakers import titled

if TYPE_CHECKING:
    from brief.story import Story

# The share of its coverage a leaning sentence is worth to the ranker, chosen on TAC 2010 development
# clusters briefed with their headlines (100 words, ROUGE-1/2 recall; leaning points among those chosen):
# 1.0 36.09/9.62, 11 of 221; 0.7 36.13/9.71, 3; 0.5 36.00/9.63, 1; 0.3 36.00/9.63, 0. Reported on the others,
# 1.0 -> 0.7: DUC 2004 39.25/11.07 -> 39.28/11.01 (3 of 67 -> 0); DUC 2006 (250 words) 40.60/10.03 ->
# 40.84/9.99 (47 of 619 -> 5); TAC 2010 without headlines 36.20/9.77 -> 36.25/9.86 (11 of 221 -> 3).
WORTH = 0.7
# A sentence is a reporter's statement of a fact in as much as it is in the reporter's words: the words inside
# its quotations are someone's account ("``We're victims of our own success,'' said Chris Servheen, ..."),
# each worth ``QUOTED`` less. Chosen on TAC 2010 development clusters (100 words, ROUGE-1/2 recall; points
# mostly quoted among those chosen): 0 36.38/9.83, 3; 0.2 36.45/9.82, 2; 0.3 36.47/9.83, 2; 0.4 36.49/9.82, 1.
# Reported on the others, 0 -> 0.3: DUC 2004 39.20/10.84 -> 39.21/10.86 (0 mostly quoted points either
# way); DUC 2006 (250 words) 40.97/10.14 -> 41.08/10.20 (8 -> 3).
QUOTED = 0.3


def worths(story: Story, candidates: Sequence[int], main: Sequence[int], first: Sequence[int]) -> dict[int, float]:
    """The share of what each candidate covers that the ranker counts, where less than all: ``WORTH`` for a
    sentence that leans (``Story.leaning``), times one less ``QUOTED`` times the share of its words inside
    quotations. A candidate is the sentence ``main[i]``, from ``first[i]`` on (a sentence with its lead-in is
    a candidate past the sentences' positions, and leans on nothing)."""
    sentences = story.sentences
    out: dict[int, float] = {}
    for i in candidates:
        text = " ".join(sentences[k].text for k in sorted({first[i], main[i]}))
        worth = (WORTH if i in story.leaning else 1.0) * (1.0 - QUOTED * quoted_share(text))
        if worth < 1.0:
            out[i] = worth
    return out


def quoted_share(text: str) -> float:
    """The share of ``text``'s words that stand inside its quotations; all of them when the words outside only
    say who spoke (``attribution_only``)."""
    inside = sum(len(m.group(0).split()) for m in QUOTATION.finditer(text))
    if inside and attribution_only(text):
        return 1.0
    return inside / max(1, len(text.split()))


def attribution_only(text: str) -> bool:
    """Whether ``text`` opens on a quotation and its other words only say who spoke, where and when: a speech
    verb and the speaker's name and titles, no other verb ("``We're victims of our own success,'' said Chris
    Servheen, Fish and Wildlife's grizzly bear coordinator."; not "..., said the pilot, who survived the crash").
    The reporter states no fact in it: the fact is the speaker's, in the speaker's words."""
    from brief.lemmas import all_lemmas

    opening = QUOTATION.match(text.lstrip())
    if opening is None:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", QUOTATION.sub(" ", text))
    speech = [w for w in words if w.lower() in SPEECH_VERBS]
    others = [w for w in words if w.lower() not in SPEECH_VERBS and w[:1].islower()]
    return bool(speech) and not any(_a_verb(all_lemmas(w)) for w in others)


def _a_verb(found: dict[str, tuple[str, ...]]) -> bool:
    """Whether a word's readings (``brief.lemmas.all_lemmas``) are a verb's and no noun's or adjective's."""
    return bool(found) and ("VERB" in found or "AUX" in found) and not ({"NOUN", "ADJ"} & found.keys())


# "the money", "the parole board": "the" and one or two lower-case words, then what follows them.
_DEFINITE = re.compile(r"\b[Tt]he\s+([a-z][\w'’-]+)(?:\s+([a-z][\w'’-]+))?(?=(?P<after>[\s,]+\S+)?)")
_SAYS_WHICH = frozenset("of that who which whose where when in on at for from to with by".split())
# "the situation", "the case": a shell noun (``SHELL_NOUNS``) with "the" alone, nothing after it saying which
# ("the case of ...", "the case against ...", "the crisis in Kosovo", "the affair's ...").
_SHELL = re.compile(rf"\b[Tt]he\s+(?:{'|'.join(SHELL_NOUNS)})\b(?!['’-])"
                    rf"(?!\s+(?:{'|'.join(sorted(_SAYS_WHICH))}|against|over|between|about|involving|surrounding)\b)"
                    r"(?!\s+[A-Z0-9])")
# ", Ricky McGinn,": a name set beside the noun before it, which says which.
_APPOSITE_NAME = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*,")
# What says which thing a noun names when it comes right after it ("the bombings of embassies", "the site that").
_WHICH_NEXT = frozenset("of that who which whose".split())
_NOT_REFERENTS = frozenset("first last next early late same other only new former".split())


def leaning(sentences: Sequence[Sentence], among: Collection[int] | None = None) -> frozenset[int]:
    """Positions of the sentences (of those ``among``, when given: the candidates) that name, with "the",
    a thing an earlier sentence of their source introduced, and do not say which themselves (see the
    module doc)."""
    terms = [analyse(s.text).terms for s in sentences]
    shared = _shared(sentences, terms)
    out: set[int] = set()
    seen: set[str] = set()
    told: set[str] = set()  # the words of the source's sentences so far, lower-case
    surnames: set[str] = set()
    previous = None
    for i, (s, bag) in enumerate(zip(sentences, terms)):
        if s.source_id != previous:
            seen, surnames, told, previous = set(), set(), set(), s.source_id
        if among is None or i in among:
            outside = QUOTATION.sub(" ", s.text)  # (read by most of the tests: taken out once)
            if (_leans(outside, seen, shared, told) or _bare_surname(outside, surnames, shared)
                    or (s.index > 0 and _opens_on_the(s.text, shared)) or _relative_time(outside)
                    or _DAYLESS_TIME.match(s.text.lstrip())):
                out.add(i)
        seen.update(bag)
        told.update(_WORD.findall(s.text.lower()))
        surnames.update(_full_names(s.text))
    return frozenset(out)


# "Sharon Bowers, 23, ...": a full name, whose last word a later sentence may use alone ("Bowers bought ...").
_FULL_NAME = re.compile(rf"\b[A-Z][a-z]+\.?\s+(?:[A-Z][a-z]*\.?\s+)*{BEFORE_SURNAME}(?P<surname>[A-Z][a-z]{{2,}})\b")
# A capitalised word not followed by another ("Levitsky,"; a full name in the sentence is excepted after).
_LONE_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})\b(?!\s+[A-Z][a-z])")
# "died five days later", "two years earlier": later or earlier than what the sentence before told;
# "... entered Britain beforehand", "... thereafter": before or after what ("Similar bands of protesters ...":
# similar to what, is no point at all: ``brief.ranking.filters``).
_RELATIVE_TIME = re.compile(rf"(?<!from )(?<!than )(?<!with )(?<!from a )(?<!than a )(?<!with a )(?<!from the )"
                            rf"\b(?:{'|'.join(TIME_NOUNS)})\s+(?:later|earlier)\b"
                            r"|\b(?:beforehand|afterwards?|thereafter)\b")
_RELATIVE_WORDS = ("later", "earlier", "beforehand", "afterward", "thereafter")  # one is in every match


def _relative_time(outside: str) -> bool:
    """Whether ``outside`` (a sentence's words outside quotations) tells a time against what the sentence before
    told (``_RELATIVE_TIME``). Most sentences hold none of its words: they are looked for first, as that costs least."""
    return any(word in outside for word in _RELATIVE_WORDS) and _RELATIVE_TIME.search(outside) is not None


# "By late afternoon, hundreds of coastal residents were lined up ...": an opening time of day without its day
# (which day?); not "By nightfall Thursday, ...", "At the morning meeting".
_DAYLESS_TIME = re.compile(r"(?:By|At|Until|Late|Early)\s+(?i:in\s+the\s+|the\s+)?(?i:late\s+|early\s+|mid-?)?"
                           r"(?i:afternoon|morning|evening|nightfall|midday|noon|dawn|dusk|daybreak)\s*,")

def _full_names(text: str) -> set[str]:
    """The surnames of the full names ``text`` gives ("Dr. David Levitsky"; not "For Levitsky")."""
    return {m.group("surname") for m in _FULL_NAME.finditer(text) if m.group(0).split()[0].lower() not in STOP_WORDS}


def _bare_surname(outside: str, surnames: set[str], shared: set[str]) -> bool:
    """Whether ``outside`` (a sentence's words outside quotations) names someone by the surname alone whom an
    earlier sentence of its source named in full ("Sharon Bowers ..." then "Bowers bought ..."), unless most of the
    story's sources use the name (the story is about them) or the sentence gives the full name too."""
    full = _full_names(outside)
    return any(m.group(1) in surnames and m.group(1) not in full and stem(m.group(1).lower()) not in shared
               for m in _LONE_NAME.finditer(outside))


# "The danger, he said, is ...": a pronoun for a person, with no person named before it in the sentence (who
# is he?). ``brief.ranking.filters`` leaves such a sentence out; ``lead_ins`` pairs it with one that names him.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|himself|herself)\b", re.I)
_PEOPLE = frozenset("""man woman men women boy girl boys girls child children mother father wife husband son
    daughter brother sister parents people family official officials spokesman spokeswoman officer doctor
    lawyer attorney judge police witness victim suspect driver pilot player coach teacher student worker
    farmer soldier leader minister president governor mayor senator chief director chairman expert scientist
    researcher analyst reporter author""".split())


def _person_before(outside: str, at: int) -> bool:
    """Whether ``outside[:at]`` names someone a personal pronoun after it can stand for: a name, a role or
    a word for people ("the mother said she ..."). The sentence's first word is capitalised whatever it is:
    it is a name only when it is none of the language's words ("Kaczynski") or reads as one ("Bush said",
    "Lee Raymond"), not in "Damage to the digestive system suggested ..., he said" (who is he?). A body's name ("The
    Communist Refoundation Party ... his budget") or a name with "the" ("The Senate found him ...") is no one's."""
    found = list(re.finditer(r"[A-Za-z][\w'’-]*", _THE_NAME.sub(_untitled, _BODY_NAME.sub(_blank, outside[:at]))))
    words = [m.group(0) for m in found]
    names = [w for n, w in enumerate(words) if w[0].isupper() and w.lower() not in STOP_WORDS and not _NUMBER.match(w)
             and not _people_word(w)  # "Police say her ...": a word for people, whatever its case
             and (n > 0 or outside[:found[0].start()].strip() or _reads_as_name(words, outside[found[0].end():]))]
    return bool(names) or any(_one_person(w) or (titled(w) and not _people_word(w)) for w in words)


def _blank(match: re.Match[str]) -> str:
    """As many spaces as ``match`` has characters (a name left out, the positions after it kept)."""
    return " " * len(match.group(0))


def _untitled(match: re.Match[str]) -> str:
    """A name after "the" left out (``_blank``) unless it holds a title: "the Senate", "the Pentagon" are no one a
    "he" stands for; "the Prime Minister" may be."""
    from brief.lemmas import all_lemmas

    following = re.match(r"[\s'’-]*([a-z]+)", match.string[match.end():])
    if following is not None and "NOUN" in all_lemmas(following.group(1)):
        return match.group(0)  # "the Clinton visit", "the Yushchenko case": the name may be a person's
    return match.group(0) if any(titled(w) for w in match.group(0).split()[1:]) else _blank(match)


# "the Senate", "the Korean War": a name with "the" is a body's or a thing's, not a person's (but "the Clinton
# visit": a name before a noun may be one).
_THE_NAME = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’&.-]*\s*)+")


# "Twelve-year-old ..." opens a sentence capitalised, and is no name.
_NUMBER = re.compile(r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                     r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
                     r"|ninety|hundred)\b)", re.I)
# Words for people that name more than one: a "he" or "she" does not stand for them ("Police say her parents ...").
_MANY = frozenset("men women boys girls children parents people police family officials".split())


def _one_person(word: str) -> bool:
    """Whether ``word`` names one person by what they are ("the mother", "a spokesman"; not "officials", "police")."""
    low = word.lower()
    return low in _PEOPLE and low not in _MANY


def _reads_as_name(words: Sequence[str], rest: str) -> bool:
    """Whether a sentence's first word ``words[0]`` (``rest``: the text after it) may be a name: it is none of
    the language's words, or what follows it is not a preposition or an article ("Damage to ...", "Members
    of ..." are not names; "Bush has said ...", "Brown told ..." may be)."""
    from brief.lemmas import all_lemmas

    following = words[1] if len(words) > 1 and not rest.lstrip().startswith(",") else ""
    return not all_lemmas(words[0]) or following not in _NOT_AFTER_A_NAME


_NOT_AFTER_A_NAME = frozenset((*PREPOSITIONS, "the", "a", "an"))


def _for_people(word: str) -> bool:
    """Whether ``word`` names people by what they are ("officials", "the mother") or is a title ("Dr.")."""
    return _people_word(word) or titled(word)


def _people_word(word: str) -> bool:
    """Whether ``word`` names people by what they are ("officials", "the mother")."""
    return word.lower().rstrip("s") in _PEOPLE or word.lower() in _PEOPLE


def needs_a_person(text: str) -> bool:
    """Whether ``text`` says "he", "she", "him" or "her" (outside quotations) of no one it named before, or
    ends on "..., he said." or "..., they say." (or says it aside: "Besides, he said, GM has to ...") without naming
    a person or people before it to say it (a name of more than one word, a title or a word for people: "China would
    be able to ..., he said." does not)."""
    return _needs_a_person(QUOTATION.sub(" ", text))


def _needs_a_person(outside: str) -> bool:
    """``needs_a_person`` of a sentence's words outside quotations (``outside``)."""
    pronoun = _PERSON_PRONOUN.search(outside)
    if pronoun is not None and not _person_before(outside, pronoun.start()):
        return True
    said = _SAID_AT_THE_END.search(outside)
    if said is None:
        return False
    before = outside[:said.start()]
    if said.group("aside"):  # what stands before an aside is the reported words' subject ("The company's chief
        return not _full_names(before) - _BODIES  # executive, he said, would ..."): only a full name may be "he"
    return not (_full_names(before) - _BODIES or any(_speaker_word(w) for w in re.findall(r"[A-Za-z][\w'’-]*", before)))


def _speaker_word(word: str) -> bool:
    """Whether ``word`` names people who may speak: a word for people ("experts", "the mother") or a title
    written as one, capitalised ("Minister", "Dr."; not the "head" of "head injuries")."""
    return _people_word(word) or (word[:1].isupper() and titled(word))


# "..., he said.", "..., they say.": an attribution closing the sentence, to a pronoun; or standing aside in it
# ("Cholestin, he said, is sold to people who ...", "Besides, he said, GM has to ...").
_SAID_AT_THE_END = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|say|added|adds|told\s+\w+|explained|noted|"
                              r"warned|argued|insisted)(?P<aside>,\s)?(?(aside)|\W*$)")


def names_a_person(text: str) -> bool:
    """Whether ``text`` (outside quotations) names someone a "he" or "she" after it can stand for: a full
    name ("Lee Raymond"; not "Exxon Corp."), a title ("Dr.") or a word for people ("the chairman")."""
    outside = QUOTATION.sub(" ", text)
    words = re.findall(r"[A-Za-z][\w'’-]*", outside)
    return bool(_full_names(outside) - _BODIES) or any(map(_for_people, words))


# What ends the name of a body, not of a person ("Exxon Corp.", "Mobil Oil Co.").
_BODIES = frozenset("Corp Inc Co Ltd Company Corporation Group Bank Party Union University Institute".split())
# "The Communist Refoundation Party ...": the name of a body, whose "his" is no one's.
_BODY_NAME = re.compile(rf"(?:\b[A-Z][\w'’&-]*\.?\s+)+(?:{'|'.join(sorted(_BODIES))})\b\.?")


def _shared(sentences: Sequence[Sentence], terms: Sequence[tuple[str, ...]]) -> set[str]:
    """The stemmed words (``terms``, each sentence's) that at least half the sources use, and at least two (of
    two sources, one alone does not make a word known), none for one source: what the story is about, which a
    sentence may name with "the" unintroduced ("the tsunami")."""
    by_source: dict[int, set[str]] = defaultdict(set)
    for s, bag in zip(sentences, terms):
        by_source[s.source_id].update(bag)
    spread: Counter[str] = Counter()
    for words in by_source.values():
        spread.update(words)
    return {t for t, k in spread.items() if 2 * k >= len(by_source) and k >= 2} if len(by_source) > 1 else set()


# "The gathering, held in a movie theater parking lot, ...": a sentence whose subject is "the" and a noun.
_OPENS_ON_THE = re.compile(r"^[Tt]he\s+([a-z][\w'’-]+)(?:\s+([a-z][\w'’-]+))?(?P<after>[\s,]+\S+)?")


def _opens_on_the(text: str, shared: set[str]) -> bool:
    """Whether ``text`` opens on "the" and a noun that is not the story's (``shared``) and that nothing after
    it says which of ("The gathering, held in ...", "The pair, enraged by ...", "The discrepancy occurred ..."):
    a thing the sentences before it introduced, under another name or the same; said of a sentence that does
    not open its source. Of two words after "the", the second is the noun when it reads as one ("The snow wall,
    ...": a wall, whatever the story's snow), the first saying what kind."""
    from brief.lemmas import all_lemmas

    m = _OPENS_ON_THE.match(text.lstrip())
    if m is None or _NAMED_AFTER.match(text.lstrip()):
        return False
    following = [w for w in (*m.groups()[:2], (m.group("after") or "").strip(" ,")) if w]
    opening = following[:2]
    if any(w in _NOT_REFERENTS or w in _SUPERLATIVE or w.endswith("est") for w in opening):
        return False  # "The first ...", "The most complete study ...": which one, the words say
    head = next((k for k, w in enumerate(opening) if w.lower() not in STOP_WORDS), None)
    if head is None:
        return False
    if head == 0 and len(opening) > 1 and opening[1] not in STOP_WORDS and "NOUN" in all_lemmas(opening[1]):
        head = 1  # "The snow wall, five meters high ...": the noun is the second word, the first says what kind
    after = following[head + 1] if head + 1 < len(following) else ""
    if after[:1].isupper():
        return False  # "The gathering Sunday ..."
    if after.lower() in _SAYS_WHICH and not _POINTING.match(text.lstrip()[m.end(head + 1):]):
        return False  # "The mother of one patient ...", "The fact that the bears ..."; not "The removal of the dams"
    return stem(opening[head]) not in shared or opening[head] in KIND_NOUNS


# "The spokesman for the Attorney General's Office, Barman Zahir, told ...": the description's own name after it.
_NAMED_AFTER = re.compile(r"^[Tt]he\s[^,;:]{1,80},\s+(?:[A-Z][a-z]+\.?\s+)+[A-Z][\w'’-]+,")


# What a phrase saying which opens on when it too names a thing as known already: "of the dams", "in these cases".
_POINTING = re.compile(r"^[\s,]*(?:of|in|on|at|for|from|to|with|by)\s+(?:the|this|these|those|its|their|his|her)\b",
                       re.I)


_SUPERLATIVE = frozenset({"most", "least"})


def _leans(outside: str, seen: set[str], shared: set[str], told: set[str]) -> bool:
    """Whether ``outside`` (a sentence's words outside quotations) says "he" or "her" of no one it named before
    ("The danger, he said, is ..."), or names with "the" a noun in ``seen`` (an earlier sentence's stemmed words)
    that it did not use before and that is not the story's (``shared``), and nothing after it says which, or a
    shell noun ("the situation") whatever the story's words, or an event its source told (``told``: the words of
    its sentences before, lower-case) whatever the story's words (``_an_event_told``)."""
    if _needs_a_person(outside):
        return True
    if _SHELL.search(outside):  # "... sent to tackle the situation": which, the sentence does not say
        return True
    for m in _DEFINITE.finditer(outside):
        words = [w for w in m.groups()[:2] if w and w.lower() not in STOP_WORDS]
        if not words:
            continue
        head = words[-1]
        after = (m.group("after") or "").strip(" ,")
        if "," in (m.group("after") or "") and not _APPOSITE_NAME.match(outside, m.end()):
            after = ""  # "the studies, which ...", "In the deposition, Clinton ..."; not "the inmate, Ricky McGinn,"
        if m.group(2) and m.group(2).lower() in _WHICH_NEXT:  # "the bombings of embassies": "of" says which
            after = m.group(2)
        if head in _NOT_REFERENTS or head.endswith("est") or after.lower() in _SAYS_WHICH or after[:1].isupper():
            continue
        noun = stem(head)
        before = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", outside[:m.start()])}
        if noun in seen and noun not in shared and noun not in before:
            return True
    return _an_event_told(outside, told)


# "the murder", "the final sentence": "the", then the words and marks after it.
_THE = re.compile(r"\b[Tt]he\s+(?=[a-z])")
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def _an_event_told(outside: str, told: set[str]) -> bool:
    """Whether ``outside`` (a sentence's words outside quotations) names with "the" an event an earlier sentence
    of its source told, by that noun or its verb ("was murdered" then "condemned the murder", "was
    sentenced" then "commuted the sentence to life"; ``told``: their words, lower-case), and nothing after
    the noun says which ("the murder of ...", "the killing in Amsterdam", "the talks that"), however many of
    the story's sources tell of it: an event's noun says what happened, not to whom or where."""
    from brief.lemmas import all_lemmas

    for m in _THE.finditer(outside):
        words = _TOKEN.findall(outside[m.end():m.end() + 80])[:5]
        first = words[0]
        if len(words) > 1 and words[1][:1].islower() and words[1] not in STOP_WORDS and "NOUN" in all_lemmas(
                words[1]) and ({"ADJ", "NOUN"} & all_lemmas(first).keys() or first.endswith(("ed", "ing"))):
            words = words[1:]  # "the final sentence", "the murder trial", "the endangered species law"
        head, after = words[0], words[1:]
        if "NOUN" not in all_lemmas(head):
            continue  # "the injured", "the accused": people, not an act
        if after[:1] == [","]:
            after = after[1:]  # "the murder, which ..."
        if head in STOP_WORDS or head in _NOT_REFERENTS or head.endswith("est") or _says_which(after):
            continue
        forms = _event_forms(head)
        if forms & told and not forms & set(_WORD.findall(outside[:m.start()].lower())):
            return True
    return False


_ARTICLES = frozenset("the a an his her its their".split())


def _says_which(after: Sequence[str]) -> bool:
    """Whether the words ``after`` a noun say which thing it names: a name (and "the killing Tuesday"), "of
    ...", "in ...", "that ...", a possessive; "to" only before a name, an article or a verb ("the appeal to
    the court", "the decision to move", not "commuted the sentence to life")."""
    from brief.lemmas import all_lemmas

    if not after:
        return False
    word, nxt = after[0], after[1] if len(after) > 1 else ""
    low = word.lower()
    if low in {"'s", "’s"} or word[:1].isupper():
        return True
    if low == "to":  # "the decision to home school", "the appeal to the court"
        return nxt[:1].isupper() or nxt.lower() in _ARTICLES or "VERB" in all_lemmas(nxt.lower())
    return low in _SAYS_WHICH or low in {"against", "over", "between", "about", "involving", "surrounding"}


def _event_forms(noun: str) -> set[str]:
    """The words that tell the act ``noun`` names: its verb's past ("murder" -> "murdered", "killing" -> "killed",
    "declaration" -> "declared"), its doer ("killer", "strikers") and, for a noun made from a verb ("killing",
    "declaration", "election"), the noun itself; none when it names no act. A noun that is also a verb ("plane",
    "school", "drug") tells an act only as a verb: "the plane" after "a plane" is a thing."""
    from brief.lemmas import all_lemmas

    low = noun.lower()
    verbs = set(all_lemmas(low).get("VERB", ()))
    made_from: set[str] = set()
    for end, verb_end in _NOMINAL_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 3:
            made = low[:-len(end)] + verb_end
            if made in all_lemmas(made).get("VERB", ()):
                (made_from if end != "ment" else verbs).add(made)  # "the government": a thing, unless "governed"
    if low.endswith("ing") and verbs - {low}:
        made_from |= verbs - {low}
    doers = {verb + "r" if verb.endswith("e") else verb + "er" for verb in verbs | made_from}  # "killer", "striker"
    words = {verb + "d" if verb.endswith("e") else verb + "ed" for verb in verbs | made_from}
    words |= doers | {doer + "s" for doer in doers}
    if made_from:
        words |= {low, low + "s"}
    return words


_WORD = re.compile(r"[a-z][\w'’-]*")
# "declaration" -> "declare", "execution" -> "execute", "election" -> "elect", "decision" -> "decide".
_NOMINAL_ENDINGS = (("ation", "e"), ("ation", ""), ("ation", "ate"), ("ion", "e"), ("ion", ""), ("sion", "de"),
                    ("ment", ""))
