"""Site furniture: the phrases pages put around every article, whatever the site.

Each kind is recognised by wording any site uses for it (cookie notices speak of cookies and
consent, sign-up forms of e-mail and passwords, comment threads of replies), not by strings
of particular pages. A phrase alone is weak evidence in a long paragraph (an article may
mention cookies or newsletters), so in lines of running text it counts only when the line
also addresses the reader, as furniture does ("you", "your", "our", "we", "us"), and in long
paragraphs only for the kinds that never occur in prose.
"""

from __future__ import annotations

import re

from brief.cleaning.lines import words
from brief.english import PUBLISHER_WORDS, READER_WORDS, SHARE_NETWORKS, alternation

_SHORT = 12  # words: a line this short is judged by its phrase alone
_CREDIT_WORDS = 8
_LONG = 25  # words: a line longer than this is a paragraph, furniture only by the strongest evidence
_READER = re.compile(rf"\b{alternation((*READER_WORDS, *PUBLISHER_WORDS))}\b", re.I)  # "you're", "we'll" too

Parts = list[tuple[re.Pattern[str], tuple[str, ...]]]  # a kind's pattern: alternatives, each with its own words


def _whole(pattern: str) -> Parts:
    """A kind's pattern searched as one."""
    return [(re.compile(pattern, re.I), ())]


def _split(alternatives: list[tuple[str, tuple[str, ...]]]) -> Parts:
    """A kind's pattern searched alternative by alternative, each after a test of its own words."""
    return [(re.compile(alternative, re.I), needs) for alternative, needs in alternatives]


# The two kinds whose hints are in most paragraphs ("(", "/", " is ") are searched alternative by alternative,
# each after its own test: an alternative anchored at the line's start or end is cheap, and any match of another
# contains one of its words, lowercased (none has an "i" or an "s", which re.I also matches as "ı" and "ſ", so
# the test is exact). A paragraph then costs a few substring tests rather than a scan of the whole pattern.
_CAPTION = _split([
    (r"^(?:(?:file )?photo|image|picture|illustration|video|credit|source|caption)s?\s*(?::|by\b|credit\b|courtesy\b)",
     ()),
    (r"\((?:photo|image|picture)[^)]*\)", ("(",)),
    (r"\b(?:getty images|shutterstock|ap photo|afp (?:photo|via getty)|reuters/|epa-efe|alamy|istock(?:photo)?)\b",
     ("getty", "hutter", "photo", "afp", "reuter", "epa-efe", "alamy", "tock")),
    (r"\bphoto(?:graph)? (?:by|courtesy|credit)\b", ("photo",)),
    (r"[\[(](?:getty|reuters|afp|ap|epa|anadolu|xinhua|shutterstock|alamy|istock|file)\b[^\])]{0,30}[\])]$", ("[", "(")),
    (r"\s/\s*(?:ap|reuters|afp|getty images|epa|bloomberg)(?: file| photo)?\s*$", ("/",)),
    (r"^(?:above|below|top|pictured|left|right)\s*:", ()),
    (r"\b(?:stock|file) (?:image|photo)\b", ("mage", "photo")),
    (r"\bartist'?s?’?s? (?:illustration|impression|rendering|concept)\b", ("llu", "mpre", "render", "concept")),
    (r"^(?:with )?(?:additional )?(?:reporting|editing) (?:by|from)\b", ()),
])
_BIO = _split([
    (r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?: \(@\w+\))? (?:is|was) (?:a|an|the)\b[^.]{0,100}?"
     r"\b(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|freelancer|blogger)\b", ()),
    (r"\b(?:contributed (?:to )?(?:this )?report(?:ing)?)\b", ("contr",)),
    (r"^write to \w+", ()),
])

# Each kind: its reason, words one of which any match contains (a cheap test before the pattern), its pattern.
_KINDS: list[tuple[str, tuple[str, ...], Parts]] = [
    ("cookie notice", ('cookie',), _whole(
        r"\bcookies?\b.{0,80}\b(?:use|uses|accept|consent|policy|settings|experience|browsing)\b"
        r"|\b(?:accept|agree|consent)\b.{0,40}\bcookies\b")),
    ("privacy or terms notice", ('privacy', 'terms', 'personal'), _whole(
        r"\bprivacy (?:policy|notice|settings)\b|\bterms (?:of (?:use|service)|and conditions)\b"
        r"|\bpersonal (?:data|information)\b")),
    ("newsletter or alerts prompt", ('newsletter', 'delivered', 'alert', 'sign up', 'subscribe'), _whole(
        r"\bnewsletters?\b|\bdelivered (?:to your inbox|weekday|daily|every)\b|\bbreaking news alerts?\b"
        r"|\bsign up for (?:our|the|free)\b|\bsubscribe to (?:our|the)\b")),
    ("newsletter, sign-up or sign-in prompt", ('subscri', 'sign', 'log', 'register', 'inbox', 'opt', 'mail', 'password', 'name', 'website', 'search'), _whole(
        r"\b(?:subscribe|subscribing|sign(?:ing)? up|sign in|log ?in|logged in|register|unsubscribe"
        r"|inbox|opt-?in|e-?mail address)\b"
        r"|^(?:breaking news )?(?:e-?mails?|alerts)$"
        r"|^(?:e-?mail|password|confirm password|user ?name|screen name|name|website|search(?: for)?)\s*[:*]?\s*$")),
    ("sharing or follow buttons", ('share', 'tweet', 'mail', 'print', 'pin', 'like', 'follow', 'save', 'comment', 'sharing'), _whole(
        r"^(?:share|tweet|e-?mail|print|pin|like|follow|save|comment)(?: (?:this|it|us|the story|article|on \w+)"
        r"(?: on \w+)?)?\s*[:!.]?$|\bshare this\b|\blike loading\b|\bbloggers like this\b|\bsharing is caring\b"
        r"|^follow (?:us|@?\w+ on)\b|\bfollow (?:us|me|him|her) (?:on|at) (?:twitter|facebook|instagram)\b"
        r"|\bsharing options\b|^share (?:on|via|with|all)\b")),
    ("call to action", ('click', 'tap'), _whole(
        r"\b(?:click|tap)(?: here)? to (?:subscribe|sign up|follow|watch|listen|download|learn more|read more)\b")),
    ("comments", ('comment', 'repl', 'respons', 'discussion', 'conversation', 'abuse', 'notify'), _whole(
        r"^\[?\s*(?:\d+\s+)?(?:comments?|repl(?:y|ies)|responses?)\s*\]?$|^(?:leave|post|add|write) an? (?:comment|reply)"
        r"|^join the (?:discussion|conversation)|^(?:show|view|read|load|see) (?:all )?(?:\d+ )?comments"
        r"|^top rated comments|^view the discussion|\breport (?:abuse|this comment)\b|\bnotify me\b")),
    ("advertisement or affiliate notice", ('advert', 'sponsor', 'promoted', 'paid', 'ad', 'affiliate', 'commission', 'share'), _whole(
        r"^(?:advertisement|advertising|sponsored(?: content)?|promoted|paid (?:post|content)|ad)\s*[:.]?$"
        r"|\baffiliate\b|\bearn (?:a )?commission\b|\bmay (?:get|earn) a share\b")),
    ("related stories", ('related', 'read', 'more', 'like', 'recommend', 'popular', 'most', 'also', 'trending', 'next', 'up', 'latest', 'miss', 'pick', 'previous', 'newer', 'older', '['), _whole(
        r"^(?:related(?: stories| articles| coverage)?|read more|more from|you may also like|recommended(?: for you)?"
        r"|most (?:read|viewed|popular|shared)|also read|see also|trending(?: now)?|popular(?: now)?|up next"
        r"|latest(?: news| headlines| stories)?|more (?:stories|news|on this story)|don'?t miss|editors'? picks"
        r"|what to read next|next article|previous article|more in|see more)\b\s*[:.!]?"
        r"|\b(?:previous|next|newer|older) (?:post|story|article)\b"
        r"|\[(?:video|watch|insight|reaction|photos?|gallery|poll|live|analysis|opinion|pics)\]\W*$")),
    ("link prompt", ('here',), _whole(
        r"\b(?:click|tap) here\b|(?:^|:\s*)(?:get|find|see|read|check out|learn|download|watch|shop)\b[^.!?]*\bhere[.!]?$")),
    ("caption or credit", ('photo', 'image', 'picture', 'illustration', 'video', 'credit', 'source', 'caption', 'getty', 'shutterstock', 'afp', 'reuters', 'epa', 'alamy', 'istock', '[', '(', '/', 'above', 'below', 'top', 'left', 'right', 'stock', 'file', 'artist', 'reporting', 'editing'), _CAPTION),
    ("copyright or legal notice", ('©', '(c)', 'copyright', 'rights reserved', 'trademark', 'commercial use'), _whole(
        r"©|\(c\) ?\d{4}|^copyright\b|\bcopyright (?:©|\(c\)|\d{4})|\ball rights reserved\b"
        r"|\bis a registered trademark\b|\bfor your personal,? non-?commercial use\b")),  # a reprint notice
    ("author bio", (' is ', ' was ', 'contributed', 'write to'), _BIO),
    ("page label", ('read', 'updated', 'published', 'posted', 'loading', 'ago', 'skip', 'jump', 'top', 'go to'), _whole(
        r"^\d+\s*min(?:ute)?s? read$|^(?:updated|published|posted|last updated)\b.{0,40}$|^loading\b"
        r"|\b(?:\d+|an?) (?:hours?|minutes?|days?|weeks?) ago$|^(?:skip to|jump to|back to top|go to)\b")),
]


def furniture(text: str, size: int | None = None) -> str | None:
    """The kind of site furniture ``text`` is (the reason to drop it), or None for article text.

    A line of up to twelve words is judged by its phrase alone; a longer one of up to 25 words
    also needs to address the reader (or a distinctive phrase: a newsletter's); a paragraph
    longer still is article prose unless its kind never occurs in prose (a copyright line, a
    credit, an author bio), or it is a cookie notice addressed to the reader, or it is the
    site speaking to the reader ("we", "our" and "you" together). ``size`` is the line's
    number of words when the caller knows it.
    """
    size = len(words(text)) if size is None else size
    if size <= _SHORT and _share_buttons(text):
        return "sharing or follow buttons"
    reader = bool(_READER.search(text))
    site_to_reader = reader and bool(_SELF.search(text) and _YOU.search(text))
    lower = text.lower()
    # the kinds this line can be, by its length and voice: most lines of an article are long and need
    # only the three whose wording never occurs in prose
    if size <= _SHORT or site_to_reader or (size <= _LONG and reader):
        kinds = _KINDS
    elif size <= _LONG:
        kinds = _PHRASED_KINDS
    else:
        kinds = _ADDRESSED_KINDS if reader else _ALWAYS_KINDS
    for reason, hints, parts in kinds:
        if any(hint in lower for hint in hints) and any(
                (not needs or any(w in lower for w in needs)) and part.search(text) for part, needs in parts):
            return reason
    return None


_SHARE_LABELS = frozenset(SHARE_NETWORKS)
_SHARE_BAR = 3  # labels: "Facebook Twitter Email" is a row of buttons, "Facebook Twitter" may be a topic
_SHARE_SHARE = 0.75


def _share_buttons(text: str) -> bool:
    """A row of sharing buttons copied as one line ("Facebook Twitter Email LinkedIn Reddit Pinterest")."""
    found = [w.lower() for w in words(text)]
    labels = sum(1 for w in found if w in _SHARE_LABELS)
    return labels >= _SHARE_BAR and labels >= _SHARE_SHARE * len(found)


# Kinds whose wording does not occur in article prose, at any length.
_ALWAYS = {"copyright or legal notice", "author bio", "caption or credit"}
# Kinds whose phrases are distinctive enough in a sentence of up to 25 words.
_PHRASED = {"newsletter or alerts prompt", "caption or credit", "call to action"}
# Kinds that are furniture at any length when they address the reader.
_ADDRESSED = {"cookie notice"}
# The kinds a line longer than _SHORT words can be when the site does not speak to the reader in it: in a
# line of up to _LONG words, those of _ALWAYS and _PHRASED (with "you" or "we", any kind); in a longer one,
# those of _ALWAYS (with "you", "we", those of _ADDRESSED too). Each in _KINDS's order.
_PHRASED_KINDS = [kind for kind in _KINDS if kind[0] in _ALWAYS | _PHRASED]
_ALWAYS_KINDS = [kind for kind in _KINDS if kind[0] in _ALWAYS]
_ADDRESSED_KINDS = [kind for kind in _KINDS if kind[0] in _ALWAYS | _ADDRESSED]
# A site speaking of itself to the reader ("we bring you", "our newsletter ... your inbox"): furniture's voice.
_SELF = re.compile(rf"\b{alternation(PUBLISHER_WORDS)}\b", re.I)
_YOU = re.compile(rf"\b{alternation(READER_WORDS)}\b", re.I)


def is_comments_heading(text: str, kind: str | None) -> bool:
    """Does this line, of furniture ``kind``, open a comment thread ("12 comments", "Leave a reply")?"""
    return kind == "comments" and len(words(text)) <= 6


_AGENCY = re.compile(r"\b(?:getty(?: images)?|shutterstock|ap(?: photo)?|afp|reuters|epa(?:-efe)?|bloomberg|alamy"
                     r"|istock(?:photo)?|pool|xinhua|anadolu|credit|courtesy)\b", re.I)


_WRITING = re.compile(r"\b(?:report|edit|writ|contribut)\w*", re.I)  # a reporting credit is not a photo's


_SEPARATED = re.compile(r"\w\s*[|/]\s*\w")


def is_photo_credit(text: str, size: int | None = None) -> bool:
    """A bare photo credit: a few words naming a photographer and an agency ("Jane Doe | Reuters")."""
    if (len(words(text)) if size is None else size) > _CREDIT_WORDS or text.rstrip().endswith(".") or _WRITING.search(text):
        return False
    # a photographer and an agency side by side ("Jane Doe | Getty Images", "Jane Doe/Reuters"); an agency's
    # name alone may be a dateline's or a video's, and "(Image: Getty)" ends a caption rather than following one
    return bool(_AGENCY.search(text)) and bool(_SEPARATED.search(text))


_SLIDE = re.compile(r"^(?P<at>\d{1,3}) of (?P<of>\d{1,3})\b")


def slideshow_captions(texts: list[str]) -> set[int]:
    """The indices of a slideshow's captions, each opening with its place in it ("2 of 4 A shopper …").

    A line opening so is a caption when another line counts against the same total (a sentence
    may open "1 of 4 Americans …", a gallery numbers its pictures), or when it is the bare count.
    """
    places: dict[int, tuple[int, int]] = {}
    for i, text in enumerate(texts):
        match = _SLIDE.match(text)
        if match and 1 <= int(match["at"]) <= int(match["of"]):
            places[i] = (int(match["at"]), int(match["of"]))
    return {i for i, (at, of) in places.items()
            if _SLIDE.fullmatch(texts[i].strip()) or any(o == of and a != at for a, o in places.values())}
