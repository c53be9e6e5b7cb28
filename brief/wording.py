"""Where sentences that state one fact differ in their words: the spans a reader should compare.

Two outlets quoting one statement rarely agree to the character: a bracket for a parenthesis, a
figure rounded, a name spelled out. ``unshared_words`` finds, in one sentence, the words (and
brackets, quote marks, figures) that another sentence does not have, so a view can highlight them.
Case and the typographic form of quote marks and apostrophes are not differences.
"""

from __future__ import annotations

import re
from typing import Sequence

# A figure with its separators ("1,000", "3.5"), an abbreviation ("U.S."), a word with inner
# apostrophes or hyphens ("it's", "al-Mayadeen"), or any single other visible character
# (brackets, quote marks, punctuation).
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|(?:[^\W\d_]\.){2,}|\w+(?:['’‘-]\w+)*|[^\w\s]")
# Punctuation that only ends or joins clauses: a comma more or less is not a difference in wording.
_IGNORED = frozenset(",.;:")
_SAME = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def _key(token: str) -> str:
    return token.translate(_SAME).casefold()


def words(text: str) -> list[tuple[str, int, int]]:
    """Every token of ``text`` as ``(key, start, end)``: the key is what is compared."""
    return [(_key(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def unshared_words(text: str, others: Sequence[str]) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of ``text``'s words that at least one of ``others`` does not have.

    Comparison is by word, wherever it stands in the other sentence; neighbouring words that
    differ form one span (with the spaces between them). Commas, full stops, colons and
    semicolons are never a difference. No ``others``: no spans.
    """
    vocabularies = [{key for key, _, _ in words(other)} for other in others]
    spans: list[tuple[int, int]] = []
    for key, start, end in words(text):
        if key in _IGNORED or all(key in vocabulary for vocabulary in vocabularies):
            continue
        if spans and not text[spans[-1][1]:start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans
