"""Cleaning copied article text: drop web boilerplate by its evidence, keep what was dropped.

``clean`` is the one entry point (``core``); ``lines`` splits text into units and reads their
shape, ``furniture`` recognises site furniture by its wording, ``span`` finds the article's
run of lines and its vocabulary.
"""

from __future__ import annotations

from brief.cleaning.core import Cleaned, clean
from brief.cleaning.lines import is_sentence_shaped, parse_date_line

__all__ = ["Cleaned", "clean", "is_sentence_shaped", "parse_date_line"]
