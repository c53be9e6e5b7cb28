"""Which language a text is in, from the share of each language's function words (no dependencies).

Ranking and keywords are English-centric, so brief refuses text that is clearly in another
language rather than summarizing it as if it were English. Text too short, or with too few
function words to judge (a list of names, a headline), is given the benefit of the doubt.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from brief.inputs.stopwords import PROFILES

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MAX_WORDS = 3000  # enough to judge; keeps detection fast on long texts
_MIN_WORDS = 6
_MIN_SHARE = 0.12  # share of tokens that must be the winning language's function words
_MARGIN = 1.5  # how far another language must beat English to be called
_OWN_SCRIPT = {"MALAYALAM": "Malayalam", "ARABIC": "Arabic", "HEBREW": "Hebrew", "CJK": "Chinese",
               "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean", "DEVANAGARI": "Hindi",
               "THAI": "Thai", "BENGALI": "Bengali", "TAMIL": "Tamil", "GEORGIAN": "Georgian",
               "ARMENIAN": "Armenian", "ETHIOPIC": "Amharic", "LAO": "Lao", "KHMER": "Khmer",
               "MYANMAR": "Burmese"}
# Japanese mixes Chinese characters with its own kana, and Korean may too: one family, so that a page
# split between scripts is still told; any kana makes it Japanese, any Hangul Korean.
# Languages Punkt has no model for, so stopwords.py does not list them, written in Latin letters.
_EXTRA: dict[str, tuple[str, frozenset[str]]] = {
    "id": ("Indonesian or Malay", frozenset("yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke "
                                           "karena ada mereka oleh adalah sebagai atau saat bisa telah sudah kami "
                                           "kita".split())),
    "vi": ("Vietnamese", frozenset("của và các là những được trong cho có một người này với không đã để khi "
                                  "đến theo như từ về sẽ".split())),
}
_PROFILES = {**PROFILES, **_EXTRA}


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Each function word -> the languages whose profile lists it (so a text's words are looked up once)."""
    found: dict[str, list[str]] = {}
    for code, (_, vocab) in _PROFILES.items():
        for word in vocab:
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}


_USED_BY = _languages_of_words()
_FAMILY = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}
_KANA_SHARE = 0.05


@dataclass(frozen=True)
class Guess:
    """A detected language: ISO 639-1 code (or "" for a script-only guess) and English name."""

    code: str
    name: str

    @property
    def is_english(self) -> bool:
        """Is this English?"""
        return self.code == "en"


@lru_cache(maxsize=4096)
def _script_of(ch: str) -> str:
    """The script a letter belongs to: the first word of its Unicode name ("LATIN", "CJK")."""
    return unicodedata.name(ch, "UNKNOWN").split()[0]


def _script(text: str) -> str | None:
    """The name of the script most letters are in, when it is one without a word profile."""
    if text[:20000].isascii():  # every letter Latin: no script of its own (the common case, without a count)
        return None
    scripts: Counter[str] = Counter()
    # Each distinct character is named once (a text holds a few hundred), in order of first
    # appearance, so ties between scripts fall as they would character by character.
    for ch, n in Counter(text[:20000]).items():
        if ch.isalpha():
            scripts[_script_of(ch)] += n
    if not scripts:
        return None
    total = sum(scripts.values())
    families: Counter[str] = Counter()
    for script, count in scripts.items():
        families[_FAMILY.get(script, script)] += count
    top, count = families.most_common(1)[0]
    if top == "CJK" and count > total / 2:
        if scripts["HIRAGANA"] + scripts["KATAKANA"] > _KANA_SHARE * count:
            return "Japanese"
        return "Korean" if scripts["HANGUL"] > scripts["CJK"] else "Chinese"
    if top in _OWN_SCRIPT and count > total / 2:
        return _OWN_SCRIPT[top]
    return None


def detect(text: str) -> Guess | None:
    """The language ``text`` is written in, or None when there is too little to tell."""
    script = _script(text)
    if script is not None:
        return Guess("", script)
    head = text[:_MAX_WORDS * 12]
    if head.isascii():  # one lower() of the text: in ASCII it is every word's casefold(), and the same words
        words = _WORD.findall(head.lower())[:_MAX_WORDS]
    else:
        words = [w.casefold() for w in _WORD.findall(head)][:_MAX_WORDS]
    if len(words) < _MIN_WORDS:
        return None
    found: Counter[str] = Counter()
    for word, n in Counter(words).items():
        for code in _USED_BY.get(word, ()):
            found[code] += n
    shares = {code: found[code] / len(words) for code in _PROFILES}
    best = max(shares, key=lambda code: (shares[code], code == "en"))
    english = shares["en"]
    if best != "en" and shares[best] >= _MIN_SHARE and shares[best] > _MARGIN * english:
        return Guess(best, _PROFILES[best][0])
    if english >= _MIN_SHARE / 2:
        return Guess("en", "English")
    return None

