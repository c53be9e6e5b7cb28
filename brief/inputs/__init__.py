"""Inputs: files, folders, patterns, stdin, web pages, URLs and feeds become sources.

``read_items`` turns arguments into documents (or one problem line each); ``make_sources``
cleans them, refuses what is not English, merges copies of one article and splits sentences.
Heavy libraries (trafilatura, httpx, feedparser) are imported only when an input needs them.
"""

from __future__ import annotations

from brief.inputs.document import Document, ReadError
from brief.inputs.reader import read_documents, read_items
from brief.inputs.sources import make_sources

__all__ = ["Document", "ReadError", "make_sources", "read_items", "read_documents"]
