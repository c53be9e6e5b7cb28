"""Who said a quotation: the name (and role) its sentence gives, never a pronoun.

The attribution is read beside the quote marks: after them (`", Mekdad told al-Mayadeen`, `", said Ms.
Jones`, `", he said`) or before them (`Mekdad told al-Mayadeen: "`). The words naming the speaker are
split into a role and a name: the name is the run of capitalised words at their end, after the last
role word ("Iranian Foreign Ministry spokesman | Bahram Qasemi", "Deputy Foreign Minister | Faisal
Mekdad"). Words that name no one ("the ministry", "officials") give no speaker: the quote is left out.
"""

from __future__ import annotations

import re
from typing import Iterator

from brief.english import BODY_NOUNS, MONTHS, SPEAKER_PRONOUNS, STOP_WORDS, WEEKDAYS

_VERBS = ("said", "says", "say", "added", "adds", "told", "tells", "asked", "wrote", "writes", "explained",
          "continued", "insisted", "argued", "noted", "warned", "declared", "stated", "announced", "recalled",
          "replied", "stressed", "urged", "acknowledged", "conceded", "complained", "predicted", "vowed")
_VERB = r"(?:" + "|".join(_VERBS) + r")"
_AFTER = re.compile(rf"^[\s,—–-]*(?P<who>[^.!?:;\"“”]{{1,90}}?)\s+{_VERB}\b")
_TITLE_DOTS = "|".join(rf"(?<=\b{t})\." for t in ("Maj", "Gen", "Col", "Sgt", "Capt", "Supt", "Adm", "Cpl", "Insp"))
_AFTER_VERB_FIRST = re.compile(rf"^[\s,—–-]*{_VERB}\s+(?P<who>(?:[^,.;:!?\"“”(]|\.(?=\S)|(?<=\b[A-Z])\.|"
                               rf"{_TITLE_DOTS}){{1,60}})")  # "said ... spokesman Maj. Thomas Schoenherr"
_BEFORE = re.compile(rf"(?:^|[.;:,]\s|\s)(?P<who>[^.;:!?\"“”]{{1,120}}?)\s+{_VERB}\b[^\"“”]{{0,150}}?[:,]?\s*$")
_ROLE_WORDS = frozenset("""president minister secretary spokesman spokeswoman spokesperson deputy foreign prime general
    colonel chief director commissioner governor senator sen rep representative mayor ambassador chairman chairwoman
    leader king queen prince princess sheriff judge officer official lieutenant lt captain capt commander coach
    manager executive ceo head vice assistant attorney defense defence interior envoy adviser advisor aide
    premier chancellor speaker pope cardinal bishop rev reverend dr mr mrs ms sgt sergeant major admiral marshal
    analyst professor prof economist founder owner founder chair member lawmaker justice inspector superintendent
    detective agent diplomat negotiator candidate eyewitness witness resident survivor former archbishop
    government council party police army military actor actress congressman congresswoman republican democrat
    democratic""".split())
_WHEN = frozenset((*WEEKDAYS, *MONTHS, "today", "yesterday", "tonight"))
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "capt", "sgt",
                         "maj", "col", "supt", "adm", "cpl", "insp"})
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*\.?|(?:[A-Z]\.)+|(?:de|van|von|bin|al|el|da|di|du|la|le|der|den)"
                        r"|(?:al|el)-\w+|d['’][A-Z]\w+)$")
_STARTS = frozenset({"the", "a", "an", "this", "that", "these", "those", "but", "and", "in", "on", "at", "when",
                     "since", "after", "before", "while", "as", "if", "with", "for", "by", "to", "then", "yet",
                     "however", "still", "now", "also"})
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{2}[.!?])\s+|(?<=[.!?][\"”'])\s+")
PRONOUN = ("pronoun", None)


def _bare(word: str) -> str:
    return word.lower().strip('.,"“”').split("-")[0]


def titled(words: str) -> bool:
    """Whether ``words`` hold a title or a role ("Deputy Foreign Minister", "the Kremlin's special envoy")."""
    return any(_bare(w) in _ROLE_WORDS or _bare(w) in _HONORIFICS for w in words.split())


def capitalised(word: str) -> bool:
    """Whether ``word`` is written as a name is: capitalised, or after an article ("el-Demiri", "d'Oliveira")."""
    return word[:1].isupper() or re.match(r"(?:al|el)-[A-Z]|d['’][A-Z]", word) is not None


def split(who: str, leading: bool = False) -> tuple[str, str | None] | None:
    """``(name, role)`` of the words naming a speaker; None when they name no one. ``leading``: the words
    follow the speech verb ("said Muasher Friday when ..."), so the name is the first run of them."""
    who = _SENTENCE_END.split(who.strip())[-1]  # "... the segment. Agency chief Yuri Koptev": its own sentence
    described = who.split()
    if described and described[0].lower() in ("the", "a", "an") and described[-1].islower() and " of " in who:
        return None  # "the University of Colorado research team": a team, not the university
    parts = [part.strip() for part in who.split(",")]
    head = parts[0].split()
    apposition = (len(parts) > 1 and parts[1][:1].islower() and bool(head) and head[0][0].isupper()
                  and head[0].lower() not in _STARTS | {"in", "from", "of"})  # never "In Athens"
    who = parts[0] if apposition else parts[-1]  # "Kreider, director of ..."; "In Moscow, Colonel ..."
    who = re.split(r"\s+of\s+|\s+from\s+|\s+at\s+", who, maxsplit=1)[0]
    words = who.split()
    if leading:  # "Muasher Friday when concluding a visit to Israel": up to the first function word after a name
        seen = next((n for n, w in enumerate(words) if w[:1].isupper()), len(words))
        cut = next((n for n in range(seen, len(words)) if words[n].lower() in STOP_WORDS
                    and not (words[n] == "and" and n + 1 < len(words) and words[n + 1][:1].isupper())), len(words))
        words = words[:cut]  # "Fish and Wildlife Service spokeswoman Patricia Foulk" stays whole
    while words and words[-1].lower().strip(".,") in _WHEN:
        words = words[:-1]  # "Muasher Friday"
    if not words or len(words) > 9:
        return None
    if len(words) == 1 and words[0].lower() in SPEAKER_PRONOUNS:
        return PRONOUN
    name: list[str] = []
    for word in reversed(words):
        bare = word.lower().rstrip(".").split("-")[0]  # "Premier-designate"
        if word == "and" and name and name[0][0].isupper() and name[-1].lower() in BODY_NOUNS:
            name.insert(0, word)  # "Food and Drug Administration", never "Culleton and Steven Brounstein"
            continue
        if bare in _ROLE_WORDS or bare in _HONORIFICS or not _NAME_WORD.match(word) or any(c.isdigit() for c in word):
            break
        if bare in SPEAKER_PRONOUNS:
            return None  # "Notice I said": no name
        name.insert(0, word)
    while name and (name[0].lower() in _STARTS | {"he", "she", "they", "and"} or name[0].endswith(("'s", "’s"))):
        name.pop(0)  # "Yet Lori Thacker", "Germany's Minzlaff"
    if not name or len(name) > 4 or not capitalised(name[-1]) or name[-1].lower().rstrip(".") in _HONORIFICS:
        return None
    if name[-1].endswith(("'s", "’s")):
        return None  # "President Clinton's visit": whose, not who
    before = words[len(words) - len(name) - 1] if len(words) > len(name) else ""
    if len(name) >= 3 and before in _TITLE_PLACES and _country(name[0]):
        name.pop(0)  # "Swiss Ambassador to Indonesia Gerard Fonjallaz": the country is the title's
    role_words = [w for w in words[:len(words) - len(name)]
                  if w.lower().rstrip(".") not in _HONORIFICS and any(c.isalpha() for c in w)]
    while role_words and role_words[0].lower() in _STARTS:
        role_words.pop(0)
    for n in range(len(role_words) - 1, -1, -1):  # the role is the title right before the name
        word = role_words[n]
        modifier = n + 1 < len(role_words) and _bare(role_words[n + 1]) in _ROLE_WORDS and word not in STOP_WORDS
        if word in _TITLE_PLACES and n > 0 and _bare(role_words[n - 1]) in _ROLE_WORDS:
            continue  # "Ambassador to Indonesia": one title
        if "(" in word or ")" in word or (word[0].islower() and _bare(word) not in _ROLE_WORDS and not modifier):
            role_words = role_words[n + 1:]  # "Sunday with | Israeli Prime Minister", "Korea (AP) | U.S. President"
            break
    titled = any(_bare(w) in _ROLE_WORDS for w in role_words)
    return " ".join(name), (" ".join(role_words) if titled else None)


_TITLE_PLACES = frozenset({"to", "in", "for"})  # "Ambassador to Indonesia", "envoy in Beijing", "Minister for Iraq"


def _country(word: str) -> bool:
    """Whether ``word`` is a country's name ("Indonesia")."""
    from brief.facts.places import kind

    return kind(word) == "country"


def attribution(before: str, after: str) -> tuple[str, str | None] | None:
    """The speaker the text beside a quotation names: ``(name, role)``, ``PRONOUN`` for "he said", or
    None when it names none."""
    m = _AFTER.match(after)
    if m:
        return split(m.group("who"))
    m = _AFTER_VERB_FIRST.match(after)
    if m:
        return split(m.group("who"), leading=True)
    m = _BEFORE.search(before)
    if m:
        return split(m.group("who"))
    return None


_RUN = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+){0,5}[A-Z][\w'’-]+")


def persons(text: str, known: set[str]) -> dict[str, str]:
    """The people ``text`` names as able to speak, by surname, each with the name as written: a name after
    a role word ("spokesman Bahram Qasemi"), before a speech verb ("Kornberg said"; "Marvyn Kornberg, who
    represents Officer Sean Carroll, said": both named), or a surname ``known`` as a speaker's. Not a word
    that qualifies a role ("her former Latin professor")."""
    found: dict[str, str] = {}
    for m in _RUN.finditer(text):
        run = m.group()
        preceding = text[:m.start()].split()[-1:] or [""]
        following = text[m.end():].split()[:1] or [""]
        if following[0].islower() and _bare(following[0]) in _ROLE_WORDS:
            continue  # "Latin professor", "Hun Sen aide": what the title is of, not who
        parsed = split(" ".join([*preceding, run]))
        if parsed is None or parsed == PRONOUN:
            continue
        name, role = parsed
        surname = name.split()[-1]
        titled = any(w.lower().strip('.,"“”') in _ROLE_WORDS for w in (role or "").split())
        speaks_later = (" " in name and following[0].endswith(",")
                        and re.search(rf"\b{_VERB}\b", text[m.end():]) is not None)
        if titled or following[0].strip(",.") in _VERBS or speaks_later or surname in known:
            if len(name) > len(found.get(surname, "")):
                found[surname] = name
    return found


def full_names(text: str, surname: str) -> list[tuple[str, str | None]]:
    """Every full name ending in ``surname`` that ``text`` gives ("Yuri Koptev"), each once with its role;
    two for "John and Patsy Ramsey"."""
    names: dict[str, tuple[str, str | None]] = {}
    for m in re.finditer(rf"\b([A-Z][\w'’-]+) and [A-Z][\w'’-]+ {re.escape(surname)}\b", text):
        names.setdefault(m.group(1), (f"{m.group(1)} {surname}", None))
    for m in _words_before(text, surname):
        found = split(m.group())
        if found is not None and found != PRONOUN and " " in found[0]:
            names.setdefault(found[0].split()[-2], found)  # by the word before the surname: "Patsy", "JonBenet"
    return list(names.values())


_SPACES = re.compile(r"\s+")


def _words_before(text: str, surname: str) -> Iterator[re.Match[str]]:
    r"""The matches of ``(?:\S+\s+){0,6}SURNAME\b`` in ``text`` (up to six words and the surname after them),
    as ``re.finditer`` finds them, but with the search started a little before each place the surname is
    written: a match holds the surname, at a place ``q``, after at most six runs of whitespace, so none
    begins before the end of the seventh run before ``q`` (there the pattern, tried at every position from
    the last match, would fail and go on: most of a long text)."""
    pattern = re.compile(rf"(?:\S+\s+){{0,6}}{re.escape(surname)}\b")
    if not surname or surname[0].isspace():
        yield from pattern.finditer(text)
        return
    word = re.compile(rf"{re.escape(surname)}\b")
    pos = 0
    while (hit := word.search(text, pos)) is not None:
        found = pattern.search(text, max(pos, _seventh_run_end(text, hit.start())))
        if found is None:  # (the surname where it was found is a match of its own: never)
            return
        yield found
        pos = found.end()


def _seventh_run_end(text: str, end: int) -> int:
    """Where the seventh run of whitespace before ``end`` ends (0 when there are fewer), from the text just
    before ``end``, a wider stretch of it only when that holds fewer than seven runs."""
    width = 256
    while True:
        start = max(0, end - width)
        ends = [m.end() for m in _SPACES.finditer(text, start, end)]  # (a run cut at ``start`` ends where it ends)
        if len(ends) >= 7:
            return ends[-7]
        if start == 0:
            return 0
        width *= 4


def fuller(text: str, surname: str) -> tuple[str, str | None] | None:
    """The one full name ending in ``surname`` that ``text`` gives, with its role; None when it gives none
    or several (then whose surname it is is unclear)."""
    names = full_names(text, surname)
    return names[0] if len(names) == 1 else None
