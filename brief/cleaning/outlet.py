"""The site that published a copied page: the holder its copyright line names, or the name
that opens a paragraph in which the site speaks of itself ("Example Media reaches ... our ...").

A guess that cannot be told from a photo credit, a link or a teaser is no guess: no site
shown is better than a wrong one.
"""

from __future__ import annotations

import re

from brief.cleaning.lines import Unit, is_prose, words
from brief.english import COMPANY_SUFFIXES, PUBLISHER_WORDS, STOP_WORDS, alternation

# "Copyright © 2019, Quiller Media, Inc.", "©2019 Hearst", "IPSO Regulated Copyright ©2019 Express Newspapers."
# Within a line only the sign counts: "Morningstar: Copyright 2018 Morningstar, Inc." credits a data provider.
_MARK = re.compile(r"(?:(?<=\s)(?=©)|^)(?P<mark>©|\([cс]\)|copyright)\s*(?:(?:©|\([cс]\)|@)\s*)?"
                   r"(?:\d{4}(?:\s*[-–]\s*\d{0,4})?[,.]?\s*)?"
                   r"(?P<who>[^\W\d_](?:[^.,|(—–]|\.(?=(?-i:[a-z]))| [-–] (?!\d))*)", re.I)
_YEAR_BEFORE = re.compile(r"\d{4}")
_YEAR = re.compile(r"\s+\d{4}\b")  # "Inexhibit 2019 - ISSN: 2283-5474" is "Inexhibit"
_RESERVED = re.compile(r"\s*all rights reserved\s*", re.I)
_SUFFIX = re.compile(rf"(?:[\s,]+{alternation(COMPANY_SUFFIXES)}\b\.?)+$", re.I)
_COMPANY_AFTER = re.compile(rf"^[\s,]*{alternation(COMPANY_SUFFIXES)}\b", re.I)  # "Future US, Inc."
_OUTLET_SUBJECT = re.compile(r"^(?P<who>[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*){0,3})\s+[a-z]")
# "Story Filed By Cox Newspapers": a news service's line under an article it distributes for another newsroom.
_FILED_BY = re.compile(r"^(?:Story\s+)?Filed\s+By\s+(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*$", re.I)
_SELF = re.compile(rf"\b{alternation(PUBLISHER_WORDS)}\b", re.I)
_QUOTED = re.compile(r"[\"“‘'][^\"“”‘’]*[\"”’]")


def copyright_holder(text: str) -> str | None:
    """The name a copyright line reserves the rights of, or None when the line is not one.

    A site's line dates its copyright, reserves its rights or names a company ("© 2019
    Sputnik", "© ScienceAlert Pty Ltd. All rights reserved."); a photo credit ("© REUTERS /
    POOL") and a link ("Copyright Policy") do none of these.
    """
    for match in _MARK.finditer(text):
        who = _RESERVED.sub(" ", match["who"]).strip()
        year_after = _YEAR.search(who)
        who = who[:year_after.start()] if year_after else who
        if not who or not who[0].isupper() and (match["mark"].casefold() == "copyright"
                                                or who.split()[0].casefold() in STOP_WORDS):
            continue  # "Copyright and Reprints"; "© pv magazine 2019" is a name
        dated = bool(year_after or _YEAR_BEFORE.search(text[match.start():match.start("who")]))
        company = _SUFFIX.search(who) or _COMPANY_AFTER.match(text[match.end("who"):])
        if dated or company or _RESERVED.search(text):
            return _SUFFIX.sub("", who).strip() or who
    return None


def self_described(text: str) -> str | None:
    """The name opening a paragraph in which a site speaks of itself ("Example Media reaches
    millions of readers through our partners."): a sentence, whose "we" or "our" is not
    inside a quotation, opened by a name (not "By choosing ..." or "Further information ...").
    """
    match = _OUTLET_SUBJECT.match(text)
    if not match or not is_prose(text) or not _SELF.search(_QUOTED.sub("", text)):
        return None
    if any(w.casefold() in STOP_WORDS for w in words(match["who"])):
        return None
    return match["who"]


def outlet(units: list[Unit], last: int) -> str | None:
    """The publisher: from a copyright line, a news service's line naming the newsroom that filed the story,
    or a paragraph after the article that says "we"."""
    for unit in units:
        holder = copyright_holder(unit.text) if not unit.keep else None
        if holder:
            return holder
    for unit in units[last + 1:]:
        filed = _FILED_BY.match(unit.text.strip())
        if filed and filed["who"][:1].isupper():
            return filed["who"]
    for unit in units[last + 1:]:
        name = self_described(unit.text)
        if name:
            return name
    return None
