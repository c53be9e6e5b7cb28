"""Who a point names by surname alone: the full name, and role, that a source gives for that person.

A point that says "Mekdad told al-Mayadeen" or "said Schwartz" does not read alone: the reader of the
briefing never met Mekdad. Its source did, sentences earlier ("Syria's Deputy Foreign Minister Faisal
Mekdad said ..."). A *gloss* under the point gives that introduction, verbatim from the source, with the
source's number: ``who: Syria's Deputy Foreign Minister Faisal Mekdad [1]``. A surname is glossed once
per briefing, at the first point that uses it bare; a point that gives the full name itself introduces it
for the points after it.

A gloss is a statement of fact, so brief says less when it cannot tell: no gloss when the story gives
two people of that surname ("John and Patsy Ramsey"), when the word is also used as a place ("in
Jordan"), or when no source gives a full name for it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace
from typing import Sequence

from brief.acronyms import acronyms, spelled_in, spelled_out, written_out
from brief.english import STOP_WORDS, WEEKDAYS
from brief.model import Gloss, Point, Source
from brief.quotes.speakers import full_names, titled

# A capitalised word (a surname when some source gives a full name ending in it), "Mekdad's" as "Mekdad";
# "McKinney", "MacArthur", "FitzGerald" and "DiCaprio" too (a short prefix written with a capital of its own).
_PREFIX = r"(?:Mc|Mac|Fitz|Di|De|Da|La|Le|Van|Von)?"
_WORD = re.compile(rf"^[`'\"“‘(]*(?P<word>(?:(?:al|el)-|d['’]|O['’])?{_PREFIX}[A-Z][a-z]{{2,}}(?:-[A-Z]?[a-z]+)?)"
                   r"(?:['’]s)?(?P<end>[^\w]*)$")  # "el-Demiri", "d'Oliveira", "O'Brien" too
# A full name given in a point: its last word is then introduced for the points after it.
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\.?\s+(?:[A-Z][a-z]*\.?\s+)*"
                        rf"(?P<surname>{_PREFIX}[A-Z][a-z]{{2,}}(?:-[A-Z]?[a-z]+)?)\b")
# What a source says after a name to say who that is: ", a U.S. Geological Survey researcher," or ",
# director of the preserve," (an apposition in lower case, opening on an article or naming a role), up to
# the next comma, relative pronoun or sentence end; "U.S." does not end it.
_APPOSITION = re.compile(r"^,\s+(?:(?P<article>(?:a|an|the)\s)|(?=[a-z]))"
                         r"(?:[^,.;:()\"“”]|\.(?=\S)|(?<=[A-Z]\.[A-Z])\.)+?"
                         r"(?=[,;:]|(?<![A-Z]\.[A-Z])\.(?!\S)|\s+(?:who|whose|which|that)\b|$)")
# ... or before it, ending in a comma right before the name: "the Kremlin's special envoy to Syria, ".
_ROLE_BEFORE = re.compile(r"(?<![\w'’-])the\s+(?:[^,.;:()\"“”]|\.(?=\S)){3,80}?,\s+$")
_LOWER = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
# "Jeff Bowers turned to a supplement to increase his metabolism": a person's pronoun after the name, in its
# sentence, says the name is a person's.
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b")
_SENTENCE_REACH = 200
_INITIAL = re.compile(r"[A-Z]\.")  # "M." of "M. Gerald Schwartzbach"
_VERBS = ("said", "says", "told", "added", "adds", "explained", "noted", "wrote", "writes", "asked", "replied")
_SPEAKS = re.compile(rf"(?:['’]s)?,?\s+(?:{'|'.join(_VERBS)})\b")  # "Mekdad said", "Mekdad's, said" ...


def _alone(word: str) -> str:
    r"""A pattern for ``word`` with no word character or hyphen before it: what ``(?<![\w-])WORD`` matches,
    written as the word and then the look behind it, so that a search skips ahead to where the word is
    written rather than trying every position of the text."""
    escaped = re.escape(word)
    return rf"{escaped}(?<![\w-]{escaped})"


_CAPITALISED = re.compile(r"[A-Z][A-Za-z]*")  # a word, or the rest of one, from its first capital letter on


class Writers:
    """Which of the story's sources write a string (``of``), as ``string in source.text`` tells, asked of the
    sources that write a word it holds rather than of every source: a gloss asks every source whether it writes
    a surname (``_gloss``), once for each way a sentence uses it, and a name's words (``_modifies``). The index
    holds each word's rest from each of its capital letters ("McKinney": "McKinney", "Kinney"): where a string
    is written, the word its first capital letter is in goes on with that capital's letters."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = tuple(sources)
        held: defaultdict[str, set[int]] = defaultdict(set)
        for n, source in enumerate(self.sources):
            for word in set(_CAPITALISED.findall(source.text)):
                held[word].add(n)
                for k in range(1, len(word)):
                    if word[k].isupper():  # (ASCII letters alone)
                        held[word[k:]].add(n)
        self._words = sorted(held)
        self._held = [held[word] for word in self._words]

    def of(self, string: str) -> list[Source]:
        """The sources that write ``string``, in order."""
        first = _CAPITALISED.search(string)  # its first capital letter, and the letters after it
        if first is None:
            return [source for source in self.sources if string in source.text]
        start = first.group()
        found: set[int] = set()
        for k in range(bisect_left(self._words, start), len(self._words)):
            if not self._words[k].startswith(start):
                break
            found |= self._held[k]
        return [self.sources[n] for n in sorted(found) if string in self.sources[n].text]


def glossed(points: Sequence[Point], sources: Sequence[Source], common: set[str] | None = None,
            writers: Writers | None = None) -> tuple[Point, ...]:
    """``points`` (in reading order) with a gloss for each surname a point is the first to use bare, and for
    each acronym it is the first to use without spelling it out (``brief.acronyms``). ``common`` is
    ``common_words(sources)`` and ``writers`` their ``Writers`` when the caller has them."""
    introduced: set[str] = set()
    told: list[str] = []  # the points before this one
    common = common_words(sources) if common is None else common
    writers = Writers(sources) if writers is None else writers
    out = []
    for point in points:
        glosses = []
        for surname in _bare_surnames(point.text):
            if surname.casefold() in introduced or surname.lower() in common:
                continue  # "LaFave" after "Debra Lafave": one name, however a source capitalises it
            gloss = _gloss(surname, point.text, point.sentence.source_id, writers, common)
            if gloss is not None:
                glosses.append(gloss)
                introduced.add(surname.casefold())
        for acronym in acronyms(point.text):  # "The SEPA confirmed ...": what it stands for (``brief.acronyms``)
            if any(written_out(acronym, text) for text in (*told, point.text)):
                continue  # "The Food Standards Agency said ..." in this point or one before: the reader met it
            if acronym.casefold() not in introduced and (spelled := spelled_out(acronym, point, sources)) is not None:
                glosses.append(spelled)
                introduced.add(acronym.casefold())
        # every word of a full name the point gives: "President Roh Moo-Hyun" introduces Roh too; an acronym it
        # spells out ("... Administration (SEPA)") is introduced too
        introduced.update(w.casefold() for m in _FULL_NAME.finditer(point.text)
                          for w in re.findall(r"[A-Z][\w'’-]+", m.group()))
        introduced.update(a.casefold() for a in spelled_in(point.text))
        out.append(replace(point, glosses=tuple(glosses)) if glosses else point)
        told.append(point.text)
    return tuple(out)


def _bare_surnames(text: str) -> list[str]:
    """The capitalised words of ``text`` that stand alone (no capitalised word joined to them before or
    after, as in "President Clinton" or "Faisal Mekdad"), in order, each once."""
    tokens = text.split()
    found: list[str] = []
    for k, token in enumerate(tokens):
        m = _WORD.match(token)
        if m is None or m.group("word").lower() in STOP_WORDS or (k and tokens[k - 1].lower() == "the"):
            continue  # "the Reeves family", "the Clinton administration": a name that qualifies a noun
        before = tokens[k - 1].lstrip("`'\"“‘(") if k else ""
        joined_before = (before[:1].isupper() and before.lower() not in STOP_WORDS  # "For Levitsky, ..."
                         and not before.endswith((",", ";", ":", "'", '"', "”", ")")))
        joined_after = k + 1 < len(tokens) and not m.group("end") and tokens[k + 1][:1].isupper()
        if not joined_before and not joined_after and m.group("word") not in found:
            found.append(m.group("word"))
    return found


def glossable(surname: str, text: str, source_id: int, writers: Writers, common: set[str],
              found: dict[tuple[str, bool, bool], bool]) -> bool:
    """Whether a point of this ``text`` (a sentence of source ``source_id``) that names someone by ``surname``
    alone would say who that is: the first point to use a surname bare is glossed (``glossed``) when the story
    gives one person of that name, in full, as a person; never a word the story also writes in lower case.
    ``common`` is ``common_words`` of the story's sources, ``writers`` their ``Writers``; ``found`` keeps the answers
    for sentences that do not give the full name themselves, which depend only on the surname and how the sentence
    uses it (``_how_named``)."""
    if surname not in _bare_surnames(text) or surname.lower() in common:
        return False
    key = (surname, *_how_named(surname, text))
    if key not in found:
        found[key] = _gloss(surname, text, source_id, writers, common) is not None
    return found[key]


def _how_named(surname: str, text: str) -> tuple[bool, bool]:
    """Whether ``text`` has ``surname`` speak ("Han says"), and whether it does not name two people by it with a
    given name each ("John and Patsy Ramsey")."""
    at = _written(surname, text)
    return (any(_SPEAKS.match(text, k + len(surname)) for k in at),
            not any(_AND_CAPITAL.match(text, k + len(surname)) for k in at))


_AND_CAPITAL = re.compile(r"\s+and\s+[A-Z]")  # "John and Patsy Ramsey": after the first given name
_BEFORE_AGE = re.compile(r",\s+(?:both\s+)?\d{1,3},")  # "Aaron McKinney, 21,": after the name
_PLACES = frozenset({"in", "from", "across", "into", "on", "at", "near"})  # "in Jordan": before the word
_POSSESSIVE = re.compile(r"['’]s\b")  # "at Roh's party": after it, no place
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr"})  # "Mr. Schwartz"
_IN_NAMES = frozenset(".'’-")  # what a capitalised word between "said" and a name holds, with word characters


def _word_char(char: str) -> bool:
    r"""Whether ``char`` is a word character, as ``\w`` of a pattern on text reads it."""
    return char.isalnum() or char == "_"


def _written(surname: str, text: str) -> list[int]:
    r"""Where ``text`` writes ``surname`` (which opens on a letter) as a word of its own from its start: where
    ``\bSURNAME`` matches. A gloss reads the few places a source writes the surname this way rather than compile
    patterns of each surname to search it with (about a thousand patterns a large story)."""
    found = []
    at = text.find(surname)
    while at >= 0:
        if not at or not _word_char(text[at - 1]):
            found.append(at)
        at = text.find(surname, at + 1)
    return found


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The characters right before ``end`` that are no space, and where whitespace before them starts (``end`` when
    there is none): a word before a name, and where the one before it ends."""
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    space = start
    while space and text[space - 1].isspace():
        space -= 1
    return text[start:end], space


def _spaces_before(text: str, end: int) -> int:
    r"""Where the whitespace right before ``end`` starts (``end`` when there is none): ``\s+`` before a word."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


def _opens(word: str, text: str, end: int) -> bool:
    r"""Whether ``text`` writes ``word`` (of word characters) right before ``end`` as a word of its own from its
    start: ``\bWORD`` matched there."""
    start = end - len(word)
    return start >= 0 and text.startswith(word, start) and (not start or not _word_char(text[start - 1]))


def _ends_word(text: str, end: int) -> bool:
    r"""Whether no word character follows ``end`` (a name that ends in a letter): ``\b`` after it."""
    return end == len(text) or not _word_char(text[end])


def _as_place(surname: str, text: str, at: int) -> bool:
    """Whether ``text`` writes ``surname`` at ``at`` (``_written``) as a place: "in Jordan", "from the Haram", not
    "at Roh's party"."""
    end = at + len(surname)
    if not _ends_word(text, end) or _POSSESSIVE.match(text, end):
        return False
    space = _spaces_before(text, at)
    if space == at:
        return False
    if text.endswith("the", 0, space):  # "in the Haram"
        before = _spaces_before(text, space - 3)
        if before < space - 3 and any(_opens(word, text, before) for word in _PLACES):
            return True
    return any(_opens(word, text, space) for word in _PLACES)


def _as_person(surname: str, text: str, at: int) -> bool:
    """Whether ``text`` writes ``surname`` at ``at`` (``_written``) as a person's: speaking ("Mekdad said", "said
    Schwartz", "said Chief Inspector Schwartz"), after "Mr." or "Dr.", or before an age ("Aaron McKinney, 21,")."""
    end = at + len(surname)
    if _SPEAKS.match(text, end) or _BEFORE_AGE.match(text, end):
        return True
    space = _spaces_before(text, at)
    if not _ends_word(text, end) or space == at:
        return False
    dot = space - 1 if text.endswith(".", 0, space) else space
    if any(_opens(title, text, dot) for title in _HONORIFICS):
        return True
    for _ in range(4):  # "said", then up to three capitalised words, before the name
        if _opens("said", text, space):
            return True
        word, before = _word_before(text, space)
        if not word or before == space - len(word) or not (word[0].isascii() and word[0].isupper()) \
                or not all(_word_char(c) or c in _IN_NAMES for c in word):
            return False
        space = before
    return False


def common_words(sources: Sequence[Source]) -> set[str]:
    """The words the story writes in lower case: a capitalised one of them is no surname to gloss."""
    return {w for source in sources for w in _LOWER.findall(source.text)}


def _gloss(surname: str, text: str, source_id: int, writers: Writers, common: set[str]) -> Gloss | None:
    """The one person ``surname`` names in the story, as the best source introduces them; None when no
    source gives a full name for it, several people share it, the word also names a place, or nothing
    says it is a person."""
    speaker, by_given = _how_named(surname, text)
    people: set[str] = set()
    person = False  # whether a source has the word speak ("Mekdad said", "said Schwartz"), call it "Mr.", give an
    # age or a title, or say "he" or "his" after the full name in its sentence
    named: dict[str, bool] = {}  # name -> whether it names a person (``_modifies`` asked once a name)
    best: tuple[tuple[int, int, int, int], Gloss] | None = None
    for source in writers.of(surname):
        written = _written(surname, source.text)  # (a source the index gives writes it, as a word or in one)
        if any(_as_place(surname, source.text, k) for k in written):
            return None
        person = person or any(_as_person(surname, source.text, k) for k in written)
        for name, role, at in _names(source.text, surname, speaker, by_given):
            name, role, at = _without_title_words(name, role, at, source.text, common)
            if name not in named:
                named[name] = not (any(w.lower().strip(".") in common for w in name.split())
                                   or _modifies(name, surname, writers))
            if not named[name]:
                continue  # "Management Studies", "Mary Last", "Cypriot Helios": no person's name
            if name in text:
                return None  # the point introduces them itself ("Ambassador Hong Seok-Hyun ... Hong's")
            person = person or role is not None  # a title before the name: "President Roh Moo-hyun"
            rest = source.text[at.end():at.end() + _SENTENCE_REACH].split(". ")[0]
            person = person or _PERSONAL.search(rest) is not None  # "Jeff Bowers turned to ... his metabolism"
            given = [w for w in name.split() if w != surname]
            first = next((w for w in given if not _INITIAL.fullmatch(w)), given[0] if given else "")
            people.add(first.lower())  # "Vladimir Putin", "Vladimir V. Putin", "M. Gerald ..." and "Gerald ...": one
            gloss = _verbatim(source, surname, name, role, at)
            rank = (0 if gloss.text != name else 1, 0 if source.id == source_id else 1,
                    len(gloss.text), source.id)
            if best is None or rank < best[0]:
                best = (rank, gloss)
    if not person or len(people) != 1 or best is None:
        return None
    return best[1]


def _without_title_words(name: str, role: str | None, at: re.Match[str], text: str,
                         common: set[str]) -> tuple[str, str | None, re.Match[str]]:
    """``name`` without the words before it that end a title and that the story also writes in lower case
    ("Minister of Transport and Civil Aviation Ibrahim el-Demiri": "Civil Aviation" is the ministry's, not his),
    with that title as its role; the name as it was when nothing is left out."""
    words = name.split()
    drop = 0
    while len(words) - drop > 2 and words[drop].lower().strip(".") in common:
        drop += 1
    if not drop:
        return name, role, at
    shorter = " ".join(words[drop:])
    found = re.compile(rf"{_alone(shorter)}(?![\w-])").search(text, at.start())
    if found is None:
        return name, role, at
    return shorter, _title_before(text, found.start()), found


def _modifies(name: str, surname: str, writers: Writers) -> bool:
    """Whether a word of ``name`` besides ``surname`` is written before a common word in the story, as an
    adjective is ("Cypriot airline"): a first name is not, unless that word is a verb ("Han says"). Only
    words before the surname count: a given name after it ("Roh Moo-hyun called") is followed by a verb."""
    words = name.split()
    for word in words[:words.index(surname)] if surname in words else words:
        if word == surname or word.endswith("."):
            continue
        modifier = re.compile(rf"{_alone(word)}\s+(?P<next>[a-z]+)(?![\w'’-])")  # not "Jan d'Oliveira"
        for source in writers.of(word):
            if any(m.group("next") not in _VERBS for m in modifier.finditer(source.text)):
                return True
    return False


def _names(text: str, surname: str, speaker: bool, given: bool = False) -> list[tuple[str, str | None, re.Match[str]]]:
    """The full names ``text`` gives for ``surname``, each with the title before it when it is one ("Faisal
    Mekdad", "Deputy Foreign Minister") and where the text first writes it; else, for a ``speaker`` ("Han
    says"), names in which it comes first ("Han Xingguo")."""
    names = []
    for name, role in full_names(text, surname):
        if name.split()[-1] != surname or any(w.lower() in STOP_WORDS for w in name.split()):
            continue
        if at := re.search(rf"{_alone(name)}(?![\w-])", text):
            names.append((name, role if role and role[:1].isupper() and titled(role) else None, at))  # not "asked King"
    if not names:
        first = re.compile(rf"{_alone(surname)}\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\b(?![\s-]+[A-Z])")
        firsts: dict[str, re.Match[str]] = {}
        for m in first.finditer(text):
            firsts.setdefault(m.group(), m)  # each name where the text first writes it
        # a given name after the surname is read as one for a speaker ("Han says"), or when it is hyphenated
        # as romanised Korean and Chinese names are ("Roh Moo-hyun", "Kim Man-Soo"); and the word is a given name,
        # its next word the surname, when the text uses that surname alone too ("Samantha Reeves, a well-regarded
        # amateur ...", then "Reeves failed the test"): the point names her by her given name ("Samantha's use")
        names = [(name, _title_before(text, m.start()), m) for name, m in firsts.items()
                 if speaker or "-" in name or (given and _used_alone(name.split()[-1], surname, text)
                                               and not _DETERMINER_BEFORE.search(text, 0, m.start()))]
    return names


# "this Dutch Caribbean island": a word after a determiner is no given name.
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts|[Tt]heir)\s+$")


def _used_alone(surname: str, given: str, text: str) -> bool:
    """Whether ``text`` writes ``surname`` without ``given`` or "the" before it, as a person's name: before a
    possessive or a word in lower case ("Reeves failed the test", "Reeves' decision"; not "the Caribbean")."""
    return re.search(rf"(?<!{re.escape(given)} )(?<![Tt]he )(?<!\ba )(?<!\ban )\b{re.escape(surname)}(?:['’]|\s+[a-z])",
                     text) is not None


_IN_TITLES = frozenset({"of", "and", "for"})  # words a title joins its capitalised words with


def _title_before(text: str, start: int) -> str | None:
    """The title written right before a name at ``start`` ("South Korean President "), when there is one:
    the capitalised words there, from the first that is neither a stop word nor a weekday."""
    words = text[max(0, start - 80):start].split("\n")[-1].split(" ")[:-1]
    taken: list[str] = []
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        bare = word.strip(".").lower()
        if bare in _IN_TITLES and taken and n and words[n - 1][:1].isupper():
            taken.insert(0, word)  # "Minister of Transport and Civil Aviation"
            continue
        if not word[:1].isupper() or bare in STOP_WORDS or bare in WEEKDAYS or not word[-1:].isalpha():
            break
        taken.insert(0, word)
    while taken and taken[0] in _IN_TITLES:
        taken.pop(0)
    role = " ".join(taken)
    return role if taken and titled(role) else None


def _verbatim(source: Source, surname: str, name: str, role: str | None, at: re.Match[str]) -> Gloss:
    """The words of ``source`` that introduce ``name``, which it writes ``at``: its title right before it
    ("Deputy Foreign Minister Faisal Mekdad"), an apposition after it ("Chuck Schwartz, a U.S.
    Geological Survey researcher") or before it ("the Kremlin's special envoy to Syria, Aleksandr
    Lavrentyev") or the body they are of ("Han Xingguo of the Xishuangbanna Tropical Botanical Garden"), else
    the name alone."""
    text = source.text
    start, end = at.start(), at.end()
    if role and text[max(0, start - len(role) - 1):start] == role + " ":
        start -= len(role) + 1
    elif (after := _APPOSITION.match(text[end:end + 120])) and (after.group("article") or titled(after.group())):
        end += after.end()
    elif (before := _ROLE_BEFORE.search(text[max(0, start - 100):start])) and titled(before.group()):
        start -= len(before.group())
    elif affiliation := _AFFILIATION.match(text[end:end + 100]):
        end += affiliation.end()
    return Gloss(surname, text[start:end], source.id, start, end)


# "Han Xingguo of the Xishuangbanna Tropical Botanical Garden": the body a person is of, in capitals.
_AFFILIATION = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’.&-]*)*")
