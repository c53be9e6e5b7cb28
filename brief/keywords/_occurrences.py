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
