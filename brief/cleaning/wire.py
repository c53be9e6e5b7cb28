"""A news wire's own markup: typesetting codes, notes to editors, notes to the wire's clients.

Wire copy (the New York Times News Service's, in the DUC collections) carries typesetting codes
in SGML-entity form: ``&UR;`` and ``&LR;`` (upper and lower rail), ``&QL;`` and ``&QC;`` (a line
set flush left or centred), ``&HT;`` (a tab). They are layout, never words: they are removed
from every line. Two kinds of lines speak to the newspapers that buy the story, not to its
readers: the notes to editors, in capitals and parentheses ("(STORY CAN END HERE. OPTIONAL
MATERIAL FOLLOWS)", "(END OPTIONAL TRIM)"), and the wire's notes about itself and its sale
("NEW AMERICA NEWS SERVICE", "(Distributed by New York Times Special Features)", "To purchase
this material contact ..."). Both are dropped wherever they stand.
"""

from __future__ import annotations

import re

from brief.english import may_hold

# Two capitals between & and ;: no HTML entity has that form but &GT; and &LT;, which are kept.
_CODE = re.compile(r"(?:[ \t]*&(?!GT;|LT;)[A-Z]{2};)+[ \t]*")  # a run of codes, with the spaces around it
# A note to editors: a parenthesis holding capitals, spaces and punctuation only, of two words or more.
_EDITORS_NOTE = re.compile(r"^\((?=[^a-z]*[A-Z]{2,}[^a-z]*\s[^a-z]*[A-Z]{2,})[^a-z()]*\)\.?$")
# A line addressed to the editors, however long: "ATTENTION EDITORS: The following photos are part of tonight's ...",
# "EDITOR'S NOTE -- Lauran Neergaard covers health and medical issues for The Associated Press ...", and the wire's
# "Eds:" ("EDs: Moving in (w) Washington and (p) politics categories.", "Eds: Embargoed for Thursday, Dec. 2.").
_TO_EDITORS = re.compile(r"^(?:ATTENTION\s+EDITORS?\s*:|EDITOR['’]?S['’]?\s+NOTES?\s*(?::|--|—|-\s)|(?i:eds)\s*:)")
# The same in running case: "(Story can end here. Optional adds follow)".
_OPTIONAL = re.compile(r"^\((?:story (?:can|could) end here\b|(?:begin |end )?optional (?:trim|material|adds?)\b)"
                       r"[^()]*\)\.?$", re.I)
# The wire about itself: its service's name, its distribution and its sale, to its clients; where a reprint first
# ran ("The following editorial appeared in Thursday's Washington Post:").
_TO_CLIENTS = re.compile(
    r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+NEWS\s+SERVICES?\b|\bdistributed by\b.{0,60}\b(?:syndicate|features|service)\b"
    r"|\bto purchase this material\b|\b(?:sales|syndicate) (?:representative|executive)s?\b"
    r"|^(?:EDITORS?|NONSUBSCRIBERS|SUBSCRIBERS)\s*:"
    r"|^the following (?:editorial|column|commentary|article|story|review) (?:appeared|was published|ran)\b", re.I)


# ... and where its clients buy the service's pictures or pages: a news service and its telephone number or site
# ("CoxNet layouts are for sale ... through the New York Times News Service's PageExpress service, at www....").
_SERVICE = re.compile(r"\b(?:news\s+service|syndicate|newswire)\b", re.I)
_CONTACT = re.compile(r"\b\d{3}[-.]\d{3}[-.]\d{4}\b|\bwww\.|https?://")

_CONTACT_WORDS = 50  # ... on a line of at most this many words (a longer one holds the article's end too)
_WORDS = 12  # a line this short that speaks of the wire's sale is the wire's
_CODED_WORDS = 40  # the same, on a line set with the wire's codes (a paragraph of the article is longer)


def has_codes(line: str) -> bool:
    """Does ``line`` carry a wire typesetting code (``&UR;``, ``&QL;``...)?"""
    return _CODE.search(line) is not None


def without_codes(text: str) -> str:
    """``text`` with every wire typesetting code removed (with the spaces around it: one left between words)."""
    return _CODE.sub(_space, text)


def _space(match: re.Match[str]) -> str:
    start, end = match.span()
    text = match.string
    inside = start > 0 and text[start - 1] not in "\n" and end < len(text) and text[end] != "\n"
    return " " if inside else ""


def wire_reason(line: str, coded: bool) -> str | None:
    """Why ``line`` (its codes removed) is the wire's and not the article's, or None.

    A note about the wire and its sale counts only on a short line, or one in capitals: an
    article may name a news service in a sentence of its own, and a paragraph that ends in such a
    note is article text first. A line that carried the wire's codes (``coded``) may be longer, and
    may be several notes in parentheses set one after another: it is the wire's when one of them is.
    """
    text = line.strip()
    if (reason := _note(text, coded)) is not None:
        return reason
    if _SLUGS.match(text):
        return "wire slugs of other stories"
    if coded and text.endswith(")") and (notes := _ONLY_NOTES.fullmatch(text)) is not None and any(
            _note(note, coded) for note in re.findall(r"\([^()]*\)", notes.group(0))):
        return "wire service's note to its clients"
    return None


# The slugs of related stories, the tail of a note listing them: "ATTACK-ALBANIA, ATTACK-EVIDENCE, ...,
# ATTACK-PAKISTAN.)".
_SLUGS = re.compile(r"(?:[A-Z0-9]+(?:-[A-Z0-9]+)+,\s+(?:and\s+)?)+[A-Z0-9]+(?:-[A-Z0-9]+)+\.?\)?$")


def _note(text: str, coded: bool) -> str | None:
    """``wire_reason`` of one stripped line, but for a line of several notes."""
    if _EDITORS_NOTE.match(text) or _OPTIONAL.match(text) or _TO_EDITORS.match(text):
        return "wire service's note to editors"
    size = len(text.split())
    # the cheap test first: the pattern backtracks over every word of a long paragraph
    if (size <= (_CODED_WORDS if coded else _WORDS) or text.upper() == text) and _TO_CLIENTS.search(text):
        return "wire service's note to its clients"
    # _SERVICE needs "news" or "syndicate": looked for first, as most lines hold neither
    if (size <= _CONTACT_WORDS and may_hold(text, ("news", "syndicate")) and _CONTACT.search(text)
            and _SERVICE.search(text)):
        return "wire service's note to its clients"
    return None


# A line of the wire's notes in parentheses only, as its codes set them one after another ("-0- (To publish this
# article, it must be purchased ... from New York Times Syndicate sales representative ...) (She also has ...)").
_ONLY_NOTES = re.compile(r"(?:-0-\s*)?\([^()]*\)(?:\s*\([^()]*\))*")
