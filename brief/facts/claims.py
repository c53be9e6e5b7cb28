"""Whether two sentences of one fact make other claims: one says a thing happened, the other that it did
not, or that it is only planned ("will sign" / "signed", ``planned_done``).

A sentence *denies* a word when a negation stands before it in its clause ("did not confirm",
"has never been found", "is no longer expected"): the word is the first content word after the
negation, auxiliaries and adverbs skipped. Two sentences oppose each other on that word only when
the other sentence states it, and the content word before it and the next two after it ("*Mitch* did
not hit *Miami*"), and holds no negation or word of denial anywhere ("denied", "refused",
"without"...): "denied he would resign" and "said he would not resign" say the same, and brief
compares no further than it can be sure of.

An act given as planned and one reported done are read by the verb (``outcome``: "are scheduled to hold" /
"held"; "Gary Graham, set to be executed" / "Graham was executed", done to the one named before the verb:
``done_to``); an event given as still to come and one reported come, by the noun that names it (``to_come`` /
``held``: "clearing the way for closing arguments next week" / "said in her closing arguments Wednesday";
"The trial ... has been postponed" / "as the trial of Russell Henderson began").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from brief.english import NUMBER_WORDS, STOP_WORDS, WEEKDAYS
from brief.facts.spelling import alike
from brief.lexical import stem

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|[^\w\s]")
_NEGATIONS = frozenset({"not", "never", "n't", "cannot"})
_CONTRACTED = re.compile(r"(?i)^(?:[a-z]+)n['’]t$")
# Words that make a clause negative or doubtful whatever follows: when the other sentence holds one,
# brief cannot tell what it asserts.
_DOUBT = frozenset("""no nor neither none nobody nothing without deny denies denied denial refuse refuses refused
    reject rejects rejected dismiss dismissed fail fails failed unable unlikely doubt doubts doubted if whether
    unless rumor rumors rumour rumours reportedly only except than short instead deadlock deadlocked stalled""".split())
_RESTRICTIVE = frozenset({"only", "except", "than", "unless", "but"})  # "not ... other than", "not ... but"
_SKIPPED = frozenset("""be been being is are was were am do does did have has had will would shall should can
    could may might must yet even ever always also still already immediately necessarily actually really so
    quite to longer""".split())
_CLAUSE_END = frozenset(",;:.!?()\"“”—–")


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]


def _following(tokens: list[str], most: int, skip: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Stems of the first ``most`` content words of ``tokens``, within their clause, in order, the words in
    ``skip`` left out."""
    found: list[str] = []
    for token in tokens:
        if token in _CLAUSE_END or len(found) == most:
            break
        if (token.isalpha() and len(token) > 2 and token not in _SKIPPED and token not in STOP_WORDS
                and token not in skip):
            found.append(stem(token))
    return tuple(found)


def _is_negation(token: str) -> bool:
    # (a contraction ends in "t": the pattern is asked of those alone, a tenth of a sentence's tokens or less)
    return token in _NEGATIONS or (token.endswith(("t", "T")) and _CONTRACTED.match(token) is not None)


@lru_cache(maxsize=1 << 12)
def denied(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """The stems of the words ``text`` negates, each with the words that negate it ("did not confirm")
    and the stems of the content word before it and the next two in its clause (who does not confirm what)."""
    tokens = _tokens(text)
    found: dict[str, tuple[str, frozenset[str]]] = {}
    for n, token in enumerate(tokens):
        if not _is_negation(token) or (n and tokens[n - 1] in ("may", "might")):
            continue  # "may not sign": a doubt, not a denial
        for k in range(n + 1, min(n + 5, len(tokens))):
            word = tokens[k]
            if word in _CLAUSE_END or _is_negation(word):
                break
            if word in _SKIPPED:
                continue
            if word.isalpha() and len(word) > 2 and word not in STOP_WORDS and word not in NUMBER_WORDS:
                first = n - 1 if n and tokens[n - 1] in _SKIPPED and tokens[n - 1].isalpha() else n  # "did not"
                around = frozenset((*_following(tokens[k + 1:], 2), *_following(tokens[:first][::-1], 1)))
                found.setdefault(stem(word), (" ".join(tokens[first:k + 1]), around))
            break
    return found


@lru_cache(maxsize=1 << 14)
def asserted(text: str) -> dict[str, str] | None:
    """The stems of ``text``'s words, each with the word as written; None when the sentence holds a
    negation or doubt anywhere (then brief cannot tell what it asserts)."""
    tokens = _tokens(text)
    if any(_is_negation(t) or t in _DOUBT for t in tokens):
        return None
    return {stem(t): t for t in tokens if t.isalpha() and len(t) > 2}


def opposed(a: str, b: str) -> tuple[str, str] | None:
    """``(what a says, what b says)`` when one of the sentences denies a word the other asserts
    ("did not confirm", "confirmed"); None when they do not, or brief cannot tell."""
    for first, second, swap in ((a, b, False), (b, a, True)):
        words = asserted(second)
        if words is None or asserted(first) is not None or _RESTRICTIVE & set(_tokens(first)):
            continue
        for word, (phrase, objects) in sorted(denied(first).items()):
            if word in words and _verb(words[word]) is not None and all(
                    o in {stem(w) for w in words.values()} for o in objects):
                return (words[word], phrase) if swap else (phrase, words[word])
    return None


def denies(a: str, b: str) -> bool:
    """Whether one of the sentences denies a word the other asserts, as ``opposed`` reads them but without
    asking what the word is or what surrounds it: "the pilots did not see any movement in the cockpit"
    against "the pilots reported seeing two people trying to take the controls in the cockpit". Not
    enough to say the two differ (``opposed`` is), enough not to say they agree."""
    for first, second in ((a, b), (b, a)):
        words = asserted(second)
        if words is None or asserted(first) is not None or _RESTRICTIVE & set(_tokens(first)):
            continue
        if any(word in words for word in denied(first)):
            return True
    return False


# a plan: "will hold", "plans to hold", "is scheduled to hold", and without its "is" where it is told of someone
# named just before it ("Gary Graham, set to be executed today": ``_bare_plan``), not "they expected to find"
_PLANS = re.compile(r"\b(?:will|would|plans? to|planned to|intends? to|intended to|(?:is|are|was|were) "
                    r"(?:expected|set|scheduled|due|going) to|(?:is|are|was|were) to|deciding to|decide to|"
                    r"(?P<bare>(?:expected|set|scheduled) to))\s+(?:\w+\s+)?$")
_PENDING = re.compile(r"\b(decid(?:e|es|ing)) whether to\b", re.I)
# "announced the cancellation of the season": an act done, named by its noun after the verb that reports it
_DONE_NOUN = re.compile(r"^(?:announced|confirmed|approved|ordered|completed|finalized|finalised) (?:the|its|a|an) "
                        r"([a-z]+) of$")
_WHEN = frozenset((*WEEKDAYS, "today", "yesterday", "tomorrow", "tonight"))
_PAST_NOT = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must", "not"})


@lru_cache(maxsize=1 << 15)
def _verb(word: str) -> str | None:
    """The verb ``word`` is a form of ("cancelled": "cancel"), when it can only be a verb ("media reports"
    may be a noun: None)."""
    from brief.lemmas import all_lemmas

    lemmas = all_lemmas(word)
    return lemmas["VERB"][0] if list(lemmas) == ["VERB"] else None


def _stated(text: str) -> tuple[dict[str, tuple[str, frozenset[str]]], dict[str, tuple[str, frozenset[str]]]]:
    """The verbs ``text`` gives as planned ("would cancel") and as done ("cancelled"), each with the words
    as written and the next two content words (what is cancelled)."""
    tokens = _tokens(text)
    planned: dict[str, tuple[str, frozenset[str]]] = {}
    done: dict[str, tuple[str, frozenset[str]]] = {}
    for n, word in enumerate(tokens):
        if not word.isalpha() or len(word) < 4 or word in STOP_WORDS:
            continue
        before = " ".join(tokens[max(0, n - 4):n]) + " "
        objects = frozenset(_following(tokens[n + 1:], 2, _WHEN))  # "signed the treaty Monday"
        plan = _PLANS.search(before)
        nominal = _DONE_NOUN.match(" ".join(tokens[max(0, n - 2):n + 2]))
        if plan:
            from brief.lemmas import all_lemmas

            base = all_lemmas(word).get("VERB", (None,))[0]
            if base == word:
                planned.setdefault(base, (" ".join(plan.group().split() + [word]), objects))
        elif nominal and (act := _from_noun(word)) is not None:
            done.setdefault(act, (f"{tokens[n - 2]} {tokens[n - 1]} {word}",
                                  frozenset(_following(tokens[n + 2:], 2, _WHEN))))
        elif word.endswith("ed") and not _PAST_NOT & set(tokens[max(0, n - 3):n]):
            base = _verb(word)
            if base is not None:
                done.setdefault(base, (word, objects))
    return planned, done


def _from_noun(noun: str) -> str | None:
    """The verb whose act ``noun`` names ("cancellation": "cancel", "approval": "approve"), or None."""
    from brief.lemmas import all_lemmas

    stems = [noun] + [noun[:-len(end)] + add for end, adds in (("ation", ("", "e", "ate")), ("ion", ("", "e")),
                                                               ("ment", ("",)), ("al", ("", "e")))
                      if noun.endswith(end) for add in adds]
    for verb in stems + [re.sub(r"(.)\1$", r"\1", v) for v in stems]:
        if all_lemmas(verb).get("VERB") == (verb,):
            return verb
    return None


@lru_cache(maxsize=1 << 14)
def _pending(text: str) -> str:
    """``text`` with a decision still to make read as one ("deciding whether to cancel": "deciding to
    cancel"): "whether" there doubts no fact, where elsewhere it makes brief unable to tell."""
    # Most sentences hold no "whether to" (whatever its case): the substring is asked before the pattern.
    return _PENDING.sub(r"\1 to", text) if "whether to" in text.lower() else text


def plan_in_first(a: str, b: str) -> bool | None:
    """Whether ``a`` gives as planned what ``b`` gives as done (True), the other way round (False), or
    neither (None): see ``planned_done``."""
    a, b = _pending(a), _pending(b)
    if asserted(a) is None or asserted(b) is None:
        return None
    plans_a, done_a = _stated(a)
    plans_b, done_b = _stated(b)
    for plans, done, first in ((plans_a, done_b, True), (plans_b, done_a, False)):
        if any(verb in done and objects and objects == done[verb][1] for verb, (_, objects) in plans.items()):
            return first
    return None


def planned_done(a: str, b: str) -> tuple[str, str] | None:
    """``(what a says, what b says)`` when one gives as planned what the other gives as done ("would sign
    the treaty" / "signed the treaty"; "deciding to cancel the season" / "announced the cancellation of
    the season"), with the same next words, neither holding a negation or doubt."""
    first = plan_in_first(a, b)
    if first is None:
        return None
    written = a if first else b
    a, b = _pending(a), _pending(b)
    (plans, _), (_, done) = (_stated(a), _stated(b)) if first else (_stated(b), _stated(a))
    verb = min(v for v, (_, objects) in plans.items() if v in done and objects and objects == done[v][1])
    plan = plans[verb][0]
    if plan not in written.lower():  # "deciding whether to cancel", as the sentence writes it
        plan = plan.replace(" to ", " whether to ", 1)
    return (plan, done[verb][0]) if first else (done[verb][0], plan)


_PRESENT = frozenset({"is", "are", "am", "be", "being", "get", "gets"})  # "are delivered": what is done as a rule
_PLAN_MARK = re.compile(r"\b(?:will|would|(?:plans?|planned|intends?|intended|expected|scheduled|due|going|like)"
                        r" to)\b", re.I)  # a plan anywhere in a sentence, whatever verb follows
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PLAN_ENDS = frozenset({"will", "would", "to"})  # every plan ``_PLANS`` reads ends on one of these
_LATER = frozenset({"later", "soon", "next", "week", "month", "year", "weekend", "morning", "afternoon", "evening",
                    "night", "early"})  # "visit Turkey later this week": when, not what
_NOT_WHAT = _WHEN | _LATER  # what is planned or done is told without its when ("signed the treaty Monday")


Acts = dict[str, tuple[str, tuple[str, ...], str, frozenset[str]]]
# Words of numbers ("200,000-employee") are one token, not a comma that ends the clause; "May" after the first
# word is the month ("In May, GM spun off ..."), not the modal.
_ACT_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[,.]\d+)*|[^\w\s]")
_PLAN_WORDS = frozenset("""will would plan plans planned intend intends intended is are was were expected set
    scheduled due going to be also soon""".split())  # the words of a plan before its verb ("set to be")
_PASSIVE = frozenset({"was", "were", "been"})  # "was executed", "has been executed": done to the subject


def _bare_plan(original: list[str], n: int) -> bool:
    """Whether "expected", "set" or "scheduled" at ``original[n]`` gives a plan without its "is": after an
    appositive's comma or a name ("Gary Graham, set to be executed", "Ford scheduled to begin talks"), not after
    a pronoun or a noun ("they expected to find": what they thought)."""
    before = original[n - 1] if n > 0 else ""
    return before == "," or (before[:1].isupper() and before.lower() not in STOP_WORDS)


def _years_by(tokens: list[str], n: int) -> frozenset[str]:
    """The years told before ``tokens[n]`` or in its clause ("won 77 seats in 1994", "In 1994, he won"), not in a
    clause after it ("Graham was executed in Huntsville, ... of the 1981 murder"): when an act was done."""
    end = next((k for k in range(n + 1, len(tokens)) if tokens[k] in _CLAUSE_END), len(tokens))
    return frozenset(t for t in tokens[:end] if _YEAR.fullmatch(t))


def _theme(original: list[str], start: int) -> str:
    """The surname of the person or thing named just before ``original[start]``, an appositive's comma or a
    "who" between ("Gary Graham, set to be executed": "graham"), folded; "" when none is named there."""
    from brief.facts.spelling import fold

    n = start - 1
    if n >= 0 and original[n].lower() in ("who", "which", "that"):
        n -= 1
    if n >= 0 and original[n] == ",":
        n -= 1
    word = original[n] if n >= 0 else ""
    return fold(word) if word[:1].isupper() and word.lower() not in STOP_WORDS else ""


@lru_cache(maxsize=1 << 16)  # every sentence of a story of 1,000 articles (28,000): ``acts`` and ``held`` both ask
def _acts(text: str) -> tuple[Acts, Acts]:
    """The verbs ``text`` gives as planned ("is scheduled to hold": "hold") and as done, regular or not
    ("held", "was held": "hold"), each with the words as written and the next two content words (what is
    held); a verb after "not", "to" or a modal is not done, nor one in the present passive ("are delivered")."""
    from brief.lemmas import all_lemmas

    original = _ACT_TOKEN.findall(_pending(text))
    tokens = ["" if t == "May" and n else t.lower().replace("’", "'") for n, t in enumerate(original)]
    planned: Acts = {}
    done: Acts = {}
    # Before each word, where the last word a plan ends on stands, and the last word after which a verb is not
    # done: one walk of the sentence, where a window's set for each word cost more than all the rest.
    last_end, last_not = [], []
    end = stop = -9
    for n, word in enumerate(tokens):
        last_end.append(end)
        last_not.append(stop)
        if word in _PLAN_ENDS:
            end = n
        if word in _PAST_NOT:
            stop = n
    for n, word in enumerate(tokens):
        if not word.isalpha() or len(word) < 3 or word in STOP_WORDS:
            continue
        # (a word of the four before ends a plan)
        plan = _PLANS.search(" ".join(tokens[max(0, n - 4):n]) + " ") if last_end[n] >= n - 4 else None
        if plan and plan.group("bare") and not _bare_plan(original, n - len(plan.group().split())):
            plan = None
        if plan:
            verb = all_lemmas(word).get("VERB", (None,))[0]
            passive = tokens[n - 1] == "be" and _verb(word) is not None
            if verb == word or passive:  # "to hold", "to be held"
                start = n
                while start and tokens[start - 1] in _PLAN_WORDS:
                    start -= 1
                planned.setdefault(verb or word, (" ".join(plan.group().split() + [word]),
                                                  _following(tokens[n + 1:], 2, _NOT_WHAT),
                                                  _theme(original, start) if passive else "", frozenset()))
        elif (n + 1 < len(tokens) and tokens[n + 1] == "of" and _DONE_NOUN.match(" ".join(tokens[max(0, n - 2):n + 2]))
              and (act := _from_noun(word)) is not None):
            done.setdefault(act, (f"{tokens[n - 2]} {tokens[n - 1]} {word}",  # "announced the cancellation of"
                                  _following(tokens[n + 2:], 2, _NOT_WHAT), "", _years_by(tokens, n)))
        elif (not word.endswith(("ing", "s")) and last_not[n] < n - 3  # none of the three before in _PAST_NOT
              and tokens[n - 1] not in _PRESENT and (base := _verb(word)) is not None and base != word):
            start = n - 1 - (tokens[n - 2:n] in (["has", "been"], ["have", "been"], ["had", "been"]))
            done.setdefault(base, (word, _following(tokens[n + 1:], 2, _NOT_WHAT),  # "held", "was signed"
                                   _theme(original, start) if tokens[n - 1] in _PASSIVE else "", _years_by(tokens, n)))
    return planned, done


def outcome(plan: str, done: str, strict: bool = True, what: bool = True) -> tuple[str, str] | None:
    """``(what plan says, what done says)`` when ``done`` reports as done an act ``plan`` gives only as
    planned ("are scheduled to hold their first bargaining session" / "held their first bargaining
    session"): the same verb, planned in the one, done in the other, which plans nothing and names no year
    the plan does not; neither holds a negation or doubt; and the same words follow the verb in both (what
    is held; one sentence may say less: "visit Turkey later this week" / "visited Turkey"), or, not
    ``strict``, the words that follow it in one are anywhere in the other ("would return to classes
    Thursday a few miles south" / "returned to classes Thursday at Chatfield"). Told of one fact, the two
    are a plan and its outcome, and whoever wrote the outcome wrote after the plan was made. Strict, it
    says that two sources differ; loose, it needs other evidence that the two tell of one act
    (``brief.ranking.updates.plans_done``), unless the act is done to someone both name just before it, in
    the passive ("Gary Graham, set to be executed today in Huntsville" / "Graham was executed in Hunstville",
    the words after it alike however spelt: ``done_to``). Loose and not ``what``, the words after the verb
    are not compared at all: the caller knows the two tell of the same people and things."""
    words = {stem(t) for t in _tokens(plan)}, {stem(t) for t in _tokens(done)}
    for _, (said, ahead, theme), (did, after, subject) in _planned_then_done(plan, done):
        shorter = min(len(ahead), len(after))
        if ahead[:shorter] == after[:shorter] if strict else (
                not what or (ahead and set(ahead) <= words[1]) or (after and set(after) <= words[0])
                or _same_theme(theme, subject, ahead, after)):
            if not shorter and strict:
                continue  # nothing follows: what is done is not said
            if said not in plan.lower():  # "deciding whether to cancel", as the sentence writes it
                said = said.replace(" to ", " whether to ", 1)
            return said, did
    return None


def _planned_then_done(plan: str, done: str) -> list[tuple[str, tuple[str, tuple[str, ...], str],
                                                              tuple[str, tuple[str, ...], str]]]:
    """Each verb ``plan`` gives as planned (and not done) and ``done`` as done, with what each reads of it
    (``_acts``), in verb order; none when either negates or doubts anything, or ``done`` plans anything
    ("Ford would like to spin off": a plan still); not a verb ``done`` tells with a year ``plan`` does not
    name, before it or in its clause ("won 77 seats in 1994": another time's act)."""
    as_plan, as_done = _as_plan(plan), _as_done(done)
    if as_plan is None or as_done is None:
        return []
    planned, plan_done, years = as_plan
    return [(v, planned[v][:3], as_done[v][:3]) for v in sorted(planned)
            if v in as_done and v not in plan_done and not as_done[v][3] - years]


@lru_cache(maxsize=1 << 14)
def _as_plan(plan: str) -> tuple[Acts, Acts, frozenset[str]] | None:
    """What ``_planned_then_done`` reads of a plan, once per sentence: its acts planned and done and the years it
    names; None when it negates or doubts anything."""
    if asserted(_pending(plan)) is None:
        return None
    planned, plan_done = _acts(plan)
    return planned, plan_done, frozenset(_YEAR.findall(plan))


@lru_cache(maxsize=1 << 14)
def _as_done(done: str) -> Acts | None:
    """What ``_planned_then_done`` reads of an outcome, once per sentence: its acts done; None when it negates or
    doubts anything, or plans anything."""
    if asserted(done) is None:
        return None
    outcome_plans, outcome_done = _acts(done)
    if outcome_plans or _PLAN_MARK.search(done):
        return None
    return outcome_done


def _same_theme(theme: str, subject: str, ahead: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Whether a passive plan and a passive act are done to one named subject ("Gary Graham, set to be
    executed" / "Graham was executed"), the words after each alike (``_told_alike``)."""
    return bool(theme and subject and alike(theme, subject) and _told_alike(ahead, after))


@dataclass(frozen=True)  # (not slots: a second process's 28,000 are unpickled in half the time)
class Reading:
    """What ``_planned_then_done`` reads of one sentence, read once for every pair it is in (``reading``; a second
    process may read it ahead, and the cache keeps it): as a plan, each verb it gives as planned and not as done,
    with the words after it and the one named just before it in the passive (``_acts``), and the years it names;
    as an outcome, each verb it reports done, with the words after it, the one it is done to in the passive and
    the years by it. Each is empty where ``_planned_then_done`` reads nothing: a plan that negates or doubts
    anything, an outcome that does or plans anything."""

    plans: dict[str, tuple[tuple[str, ...], str]]
    years: frozenset[str]
    outcomes: dict[str, tuple[tuple[str, ...], str, frozenset[str]]]


def reading(text: str) -> Reading:
    """``text``'s ``Reading``: what ``_as_plan`` and ``_as_done`` read of it, asked only of a sentence that plans or
    reports an act (a sentence's negations and doubts cost more to find than its acts)."""
    planned, done = _acts(text)
    plans = {verb: act[1:3] for verb, act in planned.items() if verb not in done}
    if plans and asserted(_pending(text)) is None:
        plans = {}
    outcomes: dict[str, tuple[tuple[str, ...], str, frozenset[str]]] = {}
    if done and not planned and asserted(text) is not None and not _PLAN_MARK.search(text):
        outcomes = {verb: act[1:] for verb, act in done.items()}
    return Reading(plans, frozenset(_YEAR.findall(text)) if plans else frozenset(), outcomes)


def may_be_outcome(plan: Reading, done: Reading) -> list[str]:
    """The verbs ``plan`` gives as planned that ``done`` reports done, by no year the plan does not name, as
    ``_planned_then_done`` reads them: without one, ``done`` is no ``outcome`` of ``plan``, nor is anything
    ``done_to`` the one it names."""
    return [verb for verb in plan.plans if verb in done.outcomes and not done.outcomes[verb][2] - plan.years]


def done_to(plan: Reading, done: Reading, verbs: Iterable[str]) -> bool:
    """Whether ``done`` reports one of the ``verbs`` (``may_be_outcome``) done, in the passive, to someone ``plan``
    names just before the same verb in the passive as planned ("Gary Graham, set to be executed today in
    Huntsville" / "Graham was executed in Hunstville, Texas"), as ``outcome`` reads plans and acts: the one act,
    whatever else either tells."""
    return any(_same_theme(plan.plans[verb][1], done.outcomes[verb][1], plan.plans[verb][0], done.outcomes[verb][0])
               for verb in verbs)


def _told_alike(ahead: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Whether the words after a verb in one sentence are each in the other's, however spelt ("today in
    Huntsville" / "in Hunstville"), or either says none."""
    return not ahead or not after or all(any(alike(a, b) for b in after) for a in ahead) or all(
        any(alike(b, a) for a in ahead) for b in after)


# An event still to come ("closing arguments will begin Wednesday", "the trial ... has been postponed", "clearing
# the way for closing arguments next week") and one that has come ("as Henderson's trial opened", "told jurors
# Wednesday in closing arguments"): what comes is named by a noun, one word or two, as written in lower case.
_EVENT = r"(?<![\w'’-])([a-z]+(?: [a-z]+)?)"
_NAMED = r"(?: of (?:[A-Z][\w.'’-]*(?: |$))+)?"  # "the trial of Russell Henderson began"
_BEGIN = r"(?:begin|start|open|resume|get under way|take place|be held)"
_COMING = (r" (?:(?:will|would|(?:is|are|was|were) (?:expected |scheduled |set |due )?to) " + _BEGIN
           + r"|(?:has|have|had) been (?:postponed|delayed|put off)|(?:is|are|was|were) (?:postponed|delayed)"
           + r"|next (?:week|month)|later this (?:week|month))\b")
_TO_COME = re.compile(_EVENT + _COMING)
_NAME_COMING = re.compile(r"[A-Z][\w.'’-]*" + _COMING)  # "... student Matthew Shepard has been postponed"
_OPENING = re.compile(r"^(?:The|A|An) ([a-z]+)\b")  # the subject of such a sentence: "The trial for ..."
_HELD = re.compile(_EVENT + r"(?: of (?:[A-Z][\w.'’-]*(?: |(?=\W)))+)? ?(?:began|opened|started|resumed|got under way|"
                   r"(?:was|were) held)\b|\b(?:during (?:the |his |her |their |its )?|in (?:his |her |their |its ))"
                   + _EVENT + r"\b")
_NOT_EVENT = STOP_WORDS | {"way", "case"}  # "clearing the way for ...": no event
# Words one of which every match of ``_COMING`` holds, and of ``_HELD``: most sentences hold none, and these
# substrings cost far less to look for than the patterns (which try a noun at every word).
_COMING_WORDS = ("begin", "start", "open", "resume", "get under way", "take place", "be held", "postponed", "delayed",
                 "put off", "next week", "next month", "later this")
_HELD_WORDS = ("began", "opened", "started", "resumed", "got under way", "held", "during ", "in his ", "in her ",
               "in their ", "in its ")


def _phrases(found: list[str]) -> frozenset[str]:
    """The events of ``found`` phrases, their stop words before the noun dropped ("the trial": "trial")."""
    out = set()
    for phrase in found:
        words = phrase.split()
        while words and words[0] in _NOT_EVENT:
            words = words[1:]
        if words and not _NOT_EVENT & set(words) and not words[-1].endswith("ed"):  # "to be announced": no noun
            out.add(" ".join(words))
    return frozenset(out)


def to_come(text: str) -> frozenset[str]:
    """The events ``text`` gives as still to come: a noun, or two, that will begin, is scheduled to, has
    been postponed, or comes "next week"; when a name stands before those words, the noun the sentence
    opens on ("The trial for one of two men accused in ... Matthew Shepard has been postponed": "trial").
    None in a sentence that negates or doubts anything ("could not say when production was expected to
    resume")."""
    lowered = _pending(text[:1].lower() + text[1:])
    if not any(word in lowered for word in _COMING_WORDS):
        return frozenset()
    found = [m.group(1) for m in _TO_COME.finditer(lowered)]
    opening = _OPENING.match(text)
    if opening and _NAME_COMING.search(lowered):
        found.append(opening.group(1))
    if not found or asserted(_pending(text)) is None:
        return frozenset()  # "could not say when production was expected to resume"
    return _phrases(found)


def held(text: str) -> frozenset[str]:
    """The events ``text`` reports as come, when it reports an act done and plans, doubts and denies
    nothing: a noun, or two, that began, opened or was held, or during which, or in someone's, something was
    done, the verb that says so just before ("a prosecutor said in her closing arguments Wednesday"; not "a
    loss of oil in production", nor "how to protect Clinton during his first visit")."""
    from brief.lemmas import all_lemmas

    lowered = text[:1].lower() + text[1:]
    if not any(word in lowered for word in _HELD_WORDS) or _HELD.search(lowered) is None or (
            asserted(text) is None or _PLAN_MARK.search(text) or not _acts(text)[1]):
        return frozenset()  # most sentences name no event held: that is asked first, as it costs least
    found = []
    for m in _HELD.finditer(lowered):
        if m.group(1):
            found.append(m.group(1))
        elif any(w.isalpha() and not w.endswith(("ing", "s")) and all_lemmas(w).get("VERB", (w,))[0] != w
                 for w in _tokens(text[:m.start()])[-3:]):  # "said in her closing arguments", not "how to
            found.append(m.group(2))                      # protect Clinton during his first visit"
    return _phrases(found)
