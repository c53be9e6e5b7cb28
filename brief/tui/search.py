"""Search across every source: literal, case-insensitive matches as (source id, start, end) marks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from brief.model import Source
from brief.tui.wrapping import inert

Mark = tuple[int, int, int]  # (source id, start, end) into that source's text


def find_in(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping ``[start, end)`` of ``needle`` in ``text``, ignoring case."""
    if not needle:
        return []
    haystack, wanted = text.casefold(), needle.casefold()
    if len(haystack) != len(text):  # casefold changed a length ("ß" → "ss"): offsets need lower()
        haystack, wanted = text.lower(), needle.lower()
    spans, at = [], haystack.find(wanted)
    while at >= 0 and wanted:
        spans.append((at, at + len(wanted)))
        at = haystack.find(wanted, at + len(wanted))
    return spans


def find_all(sources: Sequence[Source], needle: str) -> list[Mark]:
    """Every match in every source, in source order then text order (the order ``n`` steps in)."""
    return [(s.id, a, b) for s in sources for a, b in find_in(inert(s.text), needle)]


def per_source(matches: Sequence[Mark]) -> str:
    """``3 matches in [1], 2 in [2]`` (sources without a match left out); ``no match`` when empty."""
    counts = Counter(source_id for source_id, _, _ in matches)
    if not counts:
        return "no match"
    parts = [f"{n} in [{source_id}]" for source_id, n in sorted(counts.items())]
    first = parts[0].split(" ", 1)
    parts[0] = f"{first[0]} match{'es' * (counts[min(counts)] != 1)} {first[1]}"
    return ", ".join(parts)
