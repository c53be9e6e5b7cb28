"""Whether two names are one person's, place's or body's however each source spells them.

Sources spell one name many ways: a transliteration ("Qaddafi", "Gadhafi", "Khadafy"), a British or
American spelling ("Endeavour", "Endeavor"), a hyphen ("Kim Dae-jung", "Kim Dae Jung"), an
abbreviation ("Ala.", "Alabama"; "PNG", "Papua New Guinea"), a demonym ("Greek", "Greece"), or the
surname alone ("Motsak", "Admiral Mikhail Motsak"). brief takes two names for one whenever their words
may be: it then reports no difference, which is saying less, never something false.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from os.path import commonprefix

SOUNDS_ALIKE = 0.75  # similarity of two words as they sound (``_sound``) above which they are one spelt two ways


def fold(word: str) -> str:
    """``word`` lower-cased, without its possessive and anything but letters ("Dae-jung's": "daejung")."""
    return re.sub(r"[^a-z]", "", re.sub(r"['’]s?$", "", word.lower()))


def _sound(word: str) -> str:
    """``word`` as it sounds, roughly: "qaddafi", "gadhafi" and "khadafy" are all "kadafi"."""
    word = re.sub(r"(?<=[bcdgkpt])h", "", word)
    word = re.sub(r"[cgq]", "k", word).replace("ph", "f")
    word = re.sub(r"y$", "i", word)
    return re.sub(r"(.)\1+", r"\1", word)


def alike(a: str, b: str) -> bool:
    """Whether two folded words are one spelt two ways: one the other cut short ("ala", "alabama"), both
    with a stem in common ("greek", "greece"), or a letter or two apart ("qaddafi", "gadhafi")."""
    if a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))):
        return True
    if len(commonprefix((a, b))) >= 4:
        return True
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, _sound(a), _sound(b)).ratio() >= SOUNDS_ALIKE


def same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether names of the folded words ``a`` and ``b`` may be one: a word in common however spelt,
    one written as the other's initials ("png", "papua new guinea"), or both run together alike."""
    if "".join(a) == "".join(b) or any(alike(x, y) for x in a for y in b):
        return True
    return "".join(a) == "".join(w[0] for w in b) or "".join(b) == "".join(w[0] for w in a)
