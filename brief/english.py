"""What brief knows of English: its word lists, and how to tell a headline by its capitals.

brief briefs English only (other languages are refused by name, ``brief.inputs.language``), and
several steps lean on English words: ranking skips stop words and sentences that open by pointing
back; cleaning tells running prose from lists of names and reads date lines; keyword extraction
ends a noun phrase at a closed-class word. Every such list lives here, named for what it holds,
and the steps build their patterns from it. Two kinds of list stay with their step: the function
words that tell languages apart (``brief.inputs.stopwords``, one profile per language) and the
phrases of web furniture (cleaning's patterns, the keyword step's ``BOILERPLATE_PHRASES``).
"""

from __future__ import annotations

import re
from typing import Iterable

# --- stop words and function words ------------------------------------------------------------

STOP_WORDS = frozenset(
    """a about above after again against all almost also although am among an and another any are
    around as at be became because been before being below between both but by can could did do does
    doing done down during each either else even ever every few for from further had has have having
    he her here hers herself him himself his how however i if in into is it its itself just least less
    let like many may me might more most much must my myself near neither no nor not now of off often
    on once one only or other others otherwise our ours ourselves out over own per perhaps quite rather
    said same say says several shall she should since so some such than that the their theirs them
    themselves then there these they this those though through thus to too toward under until up upon
    us very was we were what whatever when where whether which while who whom whose why will with
    within without would yet you your yours yourself mr mrs ms""".split()
)
"""Words that say nothing of a sentence's subject: left out of the terms ranking and
corroboration compare, and a capitalised word after initials ("B.J. The") that ends a sentence."""

FREQUENT_WORDS = frozenset(
    """the a an of to in and is are was were for on with that it as at by be from has have had or this
    but not he she they we you i his her their its our will would said""".split()
)
"""The most frequent English words: running text has a tenth of its words among them at least,
a list of names or a menu run together has fewer."""

LONG_FUNCTION_WORDS = frozenset(
    """that this with from have were will would their they them there then than been which also after
    more said says about when what your into just only some such very over most other these those
    while where being does could should make made like because before between""".split()
)
"""Function words of four letters or more (cleaning's subject vocabulary ignores shorter words)."""

# --- dates and names ----------------------------------------------------------------------------

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
HONORIFICS = ("mr", "mrs", "ms", "dr", "st", "jr", "sr", "rep", "reps", "sen", "gov", "gen", "lt", "col",
              "sgt", "capt")
"""Titles and honorifics written before or after a name, without their dots."""
NAME_TITLES = ("mr", "mrs", "ms", "dr", "rev", "msgr", "fr", "mt", "ft", "st", "sen", "rep", "gov", "gen", "lt",
               "col", "maj", "sgt", "cpl", "pfc", "capt", "adm", "cmdr", "prof", "pres", "supt", "insp", "det")
"""Abbreviated titles written before a name, without their dots ("the Rev. Paul Schenck", "Mt. Columbine"):
a sentence does not end after one when a name follows."""
CLOCK_WORDS = ("am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "ist", "hkt", "aest", "et", "pt",
               "ct", "mt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "updated", "published",
               "posted", "last", "on", "at")
"""Words of a page's time stamp besides the date's ("04:05 pm PT", "Updated 1909 GMT", "Published on")."""
SHARE_NETWORKS = ("facebook", "twitter", "email", "e-mail", "mail", "linkedin", "reddit", "pinterest", "whatsapp",
                  "messenger", "tumblr", "flipboard", "pocket", "telegram", "sms", "print", "copy", "link",
                  "share", "tweet", "pin", "comments", "instagram", "youtube", "digg", "xing", "vk")
"""The labels of a page's sharing buttons, a network's name each or a button's word."""
NUMBER_WORDS = ("zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
                "billions", "dozen", "dozens")
BODY_NOUNS = frozenset("""administration department agency commission committee service office bureau institute
    authority council ministry union center centre company corporation association foundation""".split())
"""Nouns that end the name of a body, which may hold "and" ("Food and Drug Administration")."""
NAME_PARTICLES = ("de", "du", "da", "di", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "ten", "ter")
"""Lower-case particles that open a surname ("de Klerk", "van Gogh", "bin Laden")."""
PLACE_ABBREVIATIONS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "U.A.E.", "D.C."})
"""Places written as initials. Before a capitalised word they modify it ("U.S. Dollars", "U.S. Circuit
Court"); a sentence ends after one before a function word or a speaker ("left the U.S. | Critics said")."""
NAME_OPENERS = ("new",)
"""Closed-class words that open a name when written with a capital before one ("New York", "New Delhi")."""
WIRE_SERVICES = ("AP", "Reuters", "AFP", "CNN", "CNN Business", "UPI", "Xinhua", "Bloomberg", "dpa", "DPA", "EFE",
                 "Kyodo", "Yonhap", "TASS", "ANSA", "AAP", "PTI", "IANS", "ANI")
"""News agencies credited in parentheses before a story ("(Reuters) — ", "(CNN)", "WASHINGTON (AP) _ ")."""

# --- words a phrase or a sentence turns on ------------------------------------------------------

_GRAMMAR = """
a an the this that these those some any no every each either neither all both half
much many more most few fewer less least several such own same other another various
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him
his himself she her hers herself it its itself they them their theirs themselves one
ones who whom whose which what whatever whoever whichever where when why how whether
there here then than thus hence also too very just only even still yet already ever
never not nor and or but so if unless because since though although while whereas as
of in on at by for with without within into onto upon from to toward towards about
above below under over between among amid through throughout during before after
against across along around behind beyond near off out up down via per plus despite
except including inside outside like unlike versus vs
am is are was were be been being do does did done doing have has had having
can could may might must shall should will would ought cannot
say says said saying tell tells told telling add adds added adding report reports
reported reporting announce announced claim claimed according asked ask asks
get gets got make makes made take takes took go goes went come came see saw seen know
knew known think thought want wanted seem seemed give gave given put keep kept let
inc co corp ltd etc
now today yesterday tomorrow tonight ago later earlier soon recently currently again
once twice always often sometimes usually almost nearly about approximately around
however therefore meanwhile moreover furthermore instead otherwise perhaps maybe
rather quite really well back away else further
week weeks month months year years day days time times
first second third last next previous former latter recent latest new
percent yes everyone everybody someone somebody anyone anybody nobody none nothing
something anything everything
"""
CLOSED_CLASS = frozenset(_GRAMMAR.split()) | frozenset(
    (*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS, *HONORIFICS, *NUMBER_WORDS))
"""Words that never belong in a keyphrase: determiners, pronouns, prepositions, conjunctions,
auxiliaries, reporting and light verbs, adverbs, dates, titles, counts."""

BEFORE_A_VERB = frozenset(
    """to will would can could should may might must shall do does did don't doesn't didn't
    won't wouldn't can't couldn't shouldn't i we they he she who which that not never also
    cannot""".split()
)
"""After these a word that can be a verb is one: "to beat drums", "would cause shifts"."""

POINTS_BACK = frozenset(
    """he she it they this these those that his her its their him them we but and or so also however yet
    both such then still instead meanwhile moreover furthermore besides nevertheless nonetheless thus
    therefore hence otherwise there's another other further which""".split()
)
"""Openings that need the previous sentence to make sense ("He said ...", "But ...", "Both countries ...")."""

INTERJECTIONS = ("no", "yes", "ah", "oh", "well", "indeed", "sure", "okay", "ok", "alas")
"""An opening "No," or "Ah," answers or reacts to what came before ("No, not the computer maker but ...")."""

LINKING_PHRASES = ("in fact", "after all", "of course", "even so", "by contrast", "in contrast", "as a result",
                   "in addition", "on the other hand", "for that reason", "in that case", "at the same time",
                   "later", "earlier", "for example", "for instance", "since then", "by then", "until then",
                   "by comparison", "in comparison", "similarly", "likewise", "in response", "in turn", "in return",
                   "that said", "even then", "to that end", "in other words", "by the same token", "specifically",
                   "in particular", "again", "eventually", "first", "second", "third", "finally", "lastly",
                   "actually", "in the meantime", "originally", "elsewhere", "nationally", "locally")
"""Openings that tie the sentence to the one before ("As a result, ...", "By comparison, ..."); or set it against
that sentence's claim, time, place or scale ("Actually, ...", "In the meantime, ...", "Originally, ...",
"Elsewhere, ...", "Nationally, ...")."""

BACK_ADVERBS = ("thus", "therefore", "hence", "however", "nevertheless", "nonetheless", "consequently",
                "accordingly")
"""Among a sentence's first words, adverbs that draw on the sentence before ("The runway thus had not ...")."""

COORDINATORS = (", and", ", but", ";", "while", "whereas", "not only")
"""Before "also" in one sentence, they join a clause that makes the addition the sentence's own
("X won the vote, and also ..."); "and" alone may join two nouns ("Syrian and Turkish forces also ...")."""

PERSONAL_PRONOUNS = ("he", "she", "him", "his", "her", "they", "them", "their", "it", "its")
"""Third-person pronouns: they name someone or something a sentence has named before them."""

KIND_NOUNS = ("country", "city", "state", "region", "area", "province", "island", "site", "road", "company", "firm",
              "agency", "group", "party", "government", "court", "panel", "commission", "committee", "organization",
              "organisation", "project", "program", "programme", "plan", "proposal", "scheme", "law", "bill", "rules",
              "ban", "case", "investigation", "study", "survey", "report", "disease")
"""Nouns that name a kind, not one thing: "the country", "the project" is the one an earlier sentence named."""

PLACE_KINDS = ("country", "city", "state", "region", "area", "province", "island")
"""Kind nouns of places: "in the country" says where only when a name in the sentence says which."""

NEAR_DEMONSTRATIVES = ("this", "these", "those")
PREPOSITIONS = ("of", "in", "on", "at", "by", "for", "with", "over", "under", "from", "to", "about", "after", "before",
                "than", "beyond", "below", "above", "into", "onto", "through", "during", "despite", "against", "toward",
                "towards", "behind", "beside", "besides", "within", "without", "like", "unlike")
"""Prepositions: after one, "that" or "those" before a noun is a demonstrative ("over that number"), never the
"that" that opens a clause ("said that officials ...")."""
TIME_NOUNS = ("year", "years", "week", "weeks", "month", "months", "morning", "afternoon", "evening", "night",
              "time", "season", "summer", "winter", "spring", "fall", "autumn", "weekend", "decade", "century",
              "quarter", "day", "days", "hour", "hours", "minute", "minutes", "moment", "point", "stage")
"""After "this"/"these" a time noun points at the calendar ("this year", "at this point"), any other noun back
("this attitude")."""

DEMONSTRATIVES = ("the", "this", "that", "these", "those")
ANAPHORIC_NOUNS = ("move", "decision", "remark", "remarks", "comment", "comments", "statement", "announcement",
                   "two", "three", "latter", "former", "same", "above", "following", "incident", "attack", "plan",
                   "deal", "measure", "step", "man", "woman", "point", "related", "other", "remaining", "rest")
"""After a demonstrative, nouns that name something said before: "The move ...", "The two ..."."""

SHELL_NOUNS = ("situation", "matter", "issue", "affair", "incident", "episode", "crisis", "case", "debate",
               "controversy", "dispute")
"""Nouns whose content another sentence gives ("shell nouns"): "tackle the situation", "an investigation into
the case", "The debate has pitted ...": which situation, case or debate, only the sentence before says, however
often the story's sources use the word."""

AUXILIARIES = ("would", "will", "is", "was", "has", "had", "could", "can", "should", "may", "might", "must")
"""After a generic "one" they make a sentence that leans on the one before ("One would ...")."""

SPEAKER_PRONOUNS = ("he", "she", "they", "it", "we", "i")
SPEECH_VERBS = ("said", "says", "added", "told", "asked", "wrote", "explained", "continued", "insisted",
                "argued", "noted", "warned")
"""Verbs that attribute a quotation to its speaker ("..., he said")."""

COMPANY_SUFFIXES = ("inc", "llc", "ltd", "pty", "plc", "corp", "limited", "corporation")
"""What follows a company's name in its legal form ("CNBC LLC", "ScienceAlert Pty Ltd", "Future US, Inc.")."""

READER_WORDS = ("you", "your")
PUBLISHER_WORDS = ("we", "our", "us")
"""How a site addresses its reader and speaks of itself: article text seldom does either."""


def counted(n: int, noun: str) -> str:
    """``1 point``, ``6 points``: a count with its noun, plural when it is not one."""
    return f"{n} {noun}{'s' * (n != 1)}"


OPENING_APOSTROPHES = r"(?<![^\s(\[])''(?=[^\s'])"
"""Two apostrophes at the start of a word: they open a quotation in copy that writes ''...'' for ``...''."""
QUOTATION = re.compile(rf"``.*?''|{OPENING_APOSTROPHES}.*?''|\".*?\"|“.*?”", re.S)
"""A quotation in a sentence, its marks included: the wire's ``...'' (or ''...'', as some newspapers' copy
opens it too), straight "..." or curly “...”."""
_OPENING_APOSTROPHES = re.compile(OPENING_APOSTROPHES)


def wire_quote_marks(text: str, lone: bool = False) -> tuple[int, int]:
    """How many wire-style quotations ``text`` opens (two backticks, or two apostrophes at a word's start; with
    ``lone``, a lone backtick too, wire copy's slip for two) and closes (two apostrophes anywhere else)."""
    nyt = len(_OPENING_APOSTROPHES.findall(text)) if "''" in text else 0
    doubled = text.count("``")
    return doubled + nyt + (text.count("`") - 2 * doubled if lone else 0), text.count("''") - nyt


def alternation(words: Iterable[str]) -> str:
    """A regular-expression group matching any of ``words`` (escaped, longest first)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


# --- headlines ----------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)


def is_title_case(text: str, *, min_words: int = 3, share: float = 0.8, shortest: int = 4) -> bool:
    """Whether ``text`` is capitalised like an English headline ("Damascus Rejects U.S. Demand ...").

    Of its words that start with a letter and have ``shortest`` characters or more (short words
    such as "of" and "to" stay lowercase in a headline), at least ``min_words`` are there and at
    least ``share`` of them are capitalised. Numbers count neither way. The defaults are what
    ranking asks before a line may be a point; the callers that ask otherwise say why.
    """
    found = [w for w in _WORD.findall(text) if w[0].isalpha() and len(w) >= shortest]
    return len(found) >= min_words and sum(1 for w in found if w[0].isupper()) >= share * len(found)


# The particles (``NAME_PARTICLES``, and "el") that may stand between a given name and the surname a story then uses
# alone, joined to it by a hyphen or a space: "Lt. Gen. Amer al-Saadi" (then "Saadi said ..."), "Paul van der Sloot";
# a pattern to put before a surname.
BEFORE_SURNAME = rf"(?:{alternation((*NAME_PARTICLES, 'el'))}(?:-|\s+))*"


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may match a case-blind pattern that needs one of ``words`` (in lower case): one of them is in
    the lowered text, asked before the pattern as it costs far less on the many lines and sentences that hold none.
    Not ASCII, a letter may match another case-blind, as "ſ" does "s": then the pattern decides."""
    if not text.isascii():
        return True
    lower = text.lower()
    return any(word in lower for word in words)
