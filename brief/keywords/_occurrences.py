"""Where a keyword occurs in a text, as character spans, variants included.

Matching is on the normalised token sequence (lower-cased Porter stems, demonyms
folded), so it is case-insensitive, respects word boundaries and finds "spills" for
"oil spill", "Syrian" for "Syria", and "Golob" for "Richard Golob".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from brief.keywords._tokens import Token
from brief.keywords._variants import porter_stem


def token_keys(tokens: Sequence[Token], aliases: dict[str, str]) -> list[str]:
    """The normalised key of every token."""
    return [aliases.get(porter_stem(t.text), porter_stem(t.text)) for t in tokens]


def mentions(key: str, variant: str, named: Iterable[str]) -> bool:
    """Whether a source's phrase ``variant``, folded into the keyword ``key``, mentions it.

    It does when it is the keyword's whole phrase, or holds it whole ("Syrian President Bashar
    al-Assad" for "Bashar al-Assad"), or when the same source names the whole phrase elsewhere
    (``named``: its phrases' keys), so its lone "Assad" is that man. A part alone, in a source
    that never gives the whole ("West" for "Grand Canyon West", "Sioux" for "Santee Sioux"), is
    not a mention: it may name something else, and counting it would say more sources report the
    keyword than do.
    """
    return variant == key or variant.endswith(" " + key) or key in named


def named_wholes(keys: Iterable[str]) -> set[str]:
    """Every phrase a source names whole: each of its phrases' keys and their endings
    ("syrian president bashar al-assad" names "bashar al-assad" too), for ``mentions``."""
    wholes: set[str] = set()
    for key in keys:
        words = key.split(" ")
        wholes.update(" ".join(words[i:]) for i in range(len(words)))
    return wholes


def part_of_phrase(form: str, phrase: str) -> bool:
    """Is ``form`` only a part of ``phrase``, fewer of its words ("West" of "Grand Canyon West",
    "Assad" of "Bashar al-Assad")? Not a variant of the whole ("Syrian" of "Syria", "spills")."""
    words = form.casefold().split()
    whole = phrase.casefold().split()
    pieces = set(whole) | {w.rsplit("-", 1)[-1] for w in whole}
    return len(words) < len(whole) and all(w in pieces for w in words)


def find_spans(tokens: Sequence[Token], keys: Sequence[str], phrase_keys: Iterable[str]) -> list[tuple[int, int]]:
    """Sorted ``[start, end)`` spans of every occurrence of any of ``phrase_keys``.

    A span inside a longer one that was also found (the surname inside the full
    name) is dropped, so highlights never nest.
    """
    spans: set[tuple[int, int]] = set()
    for phrase in phrase_keys:
        words = phrase.split(" ")
        n = len(words)
        for i in range(len(keys) - n + 1):
            if keys[i] == words[0] and keys[i : i + n] == words:
                spans.add((tokens[i].start, tokens[i + n - 1].end))
    ordered = sorted(spans, key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in ordered:
        if kept and start < kept[-1][1]:
            continue  # overlaps (or nests in) an earlier, longer span
        kept.append((start, end))
    return kept
