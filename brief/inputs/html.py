"""Web pages: trafilatura finds the article's main text and its metadata, offline.

Navigation, cookie banners, comments and footers stay behind; what comes out is one paragraph
per line, which is then cleaned and split like any text.
"""

from __future__ import annotations

import logging
import re

from brief.inputs.document import Document, ReadError

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(rb"<(?:p|div|article|title|meta|br|h[1-6]|span|a)\b", re.IGNORECASE)
_QUIET = ("trafilatura", "htmldate", "courlan", "justext")


def looks_like_html(data: bytes) -> bool:
    """Is this (the start of) an HTML document rather than text that mentions a tag?"""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_TAGS.findall(head)) >= 5


def _quiet_logs() -> None:
    # trafilatura reports what it discards through logging; with no handler configured Python
    # would print those warnings on stderr, where only brief's own one-line problems belong.
    for name in _QUIET:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def extract_text(html: bytes | str) -> str:
    """The main text of an HTML fragment or page, paragraphs separated by blank lines ("" if none)."""
    import trafilatura

    _quiet_logs()
    found = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    return "\n\n".join(line.strip() for line in (found or "").splitlines() if line.strip())


def extract(html: bytes | str, shown: str, url: str | None = None) -> Document:
    """The article in a page, with its title, site name, date and canonical address.

    Raises ReadError when the page holds no article text.
    """
    import trafilatura

    _quiet_logs()
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    except Exception as error:  # trafilatura/lxml raise many types on malformed markup
        raise ReadError(f"not an article (the page could not be parsed: {type(error).__name__})") from None
    text = "\n\n".join(line.strip() for line in (getattr(found, "text", None) or "").splitlines() if line.strip())
    if not text:
        raise ReadError("not an article (no article text found on the page)")
    return Document(
        path=shown,
        text=text,
        kind="page",
        title=getattr(found, "title", None) or None,
        outlet=getattr(found, "sitename", None) or getattr(found, "hostname", None) or None,
        date=getattr(found, "date", None) or None,
        url=getattr(found, "url", None) or url,
    )
