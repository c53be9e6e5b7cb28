"""Web pages: trafilatura finds the article's main text and its metadata, offline.

Navigation, cookie banners, comments and footers stay behind; what comes out is one paragraph,
heading or list item per line, which is then cleaned and split like any text.

trafilatura has two useful settings and neither wins on every page: ``favor_precision`` leaves
out more furniture but sometimes finds nothing, or the wrong block (a reprint notice), and
drops headings, list items and even link text inside paragraphs; the default finds the whole
article but also the teasers and sign-up prompts that follow it. brief extracts both and
decides by evidence (see ``choose``): the precise text, where it is substantial, marks where
the article is on the page; the default text supplies the complete lines inside that span.
"""

from __future__ import annotations

import re
from typing import Any

from brief.inputs.document import Document, ReadError
from brief.safety import strip_controls, strip_escape_bytes

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(rb"<(?:p|div|article|title|meta|br|h[1-6]|span|a)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)
_QUIET = ("trafilatura", "htmldate", "courlan", "justext")
_SUBSTANTIAL = 0.3  # the precise text must hold this share of the default text's words to be trusted
_FEW_WORDS = 20  # default text without a sentence is an article only if it has this many words
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_COVERED = 0.5  # a default line whose word triples are this much in the precise text is the same line


def looks_like_html(data: bytes) -> bool:
    """Is this (the start of) an HTML document rather than text that mentions a tag?"""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_TAGS.findall(head)) >= 5


def _quiet_logs() -> None:
    # trafilatura reports what it discards through logging; with no handler configured Python
    # would print those warnings on stderr, where only brief's own one-line problems belong.
    import logging  # (here: a briefing of text files has no use for it)

    for name in _QUIET:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _triples(text: str) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {tuple(words[i:i + 3]) for i in range(max(len(words) - 2, 1))} if words else set()


def _running(lines: list[str]) -> bool:
    return any(_SENTENCE_END.search(line) and len(_WORD.findall(line)) >= _FEW_WORDS // 4 for line in lines)


def _same(a: str, b: str | None) -> bool:
    return b is not None and _WORD.findall(a.casefold()) == _WORD.findall(b.casefold())


def choose(precise: list[str], default: list[str], title: str | None = None) -> list[str]:
    """The article's lines from trafilatura's precise and default extractions of one page.

    When the precise text is empty or holds under a third of the default text's words, it
    missed the article and the default text is taken whole (cleaning judges it), provided it
    holds a sentence or, when the precise text is empty, some twenty words. Otherwise
    the default lines from the first to the last line the precise text shares are the
    article (complete headings, list items and paragraphs); before that span, the standfirst
    under the page's headline is left out (the headline itself is the title);
    after it, what the default adds is the furniture that follows an article.
    """
    default_words = sum(len(_WORD.findall(line)) for line in default)
    precise_words = sum(len(_WORD.findall(line)) for line in precise)
    if not default or precise_words < _SUBSTANTIAL * default_words:
        # the default settings also pick up menus: alone, they must find some running text
        return default if _running(default) or precise_words == 0 and default_words >= _FEW_WORDS else precise
    exact = {line for line in precise}
    known = set().union(*map(_triples, precise))
    core = [i for i, line in enumerate(default)
            if line in exact or len(_triples(line) & known) >= _COVERED * len(_triples(line))]
    if not core:
        return precise
    lead = default[: core[0]]
    headline = next((i for i, line in enumerate(lead) if _same(line, title)), None)
    if headline is not None:  # the headline stays (cleaning reports it as the title), its standfirst goes
        lead = [lead[headline], *lead[headline + 2:]]
    return lead + default[core[0]: core[-1] + 1]


def _extract(html: bytes | str, url: str | None, precise: bool) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                       include_tables=True, favor_precision=precise)


def _both(html: bytes | str, url: str | None = None) -> tuple[Any, list[str]]:
    """trafilatura's default result (for metadata) and the article's chosen lines."""
    _quiet_logs()
    default = _extract(html, url, precise=False)
    precise = _extract(html, url, precise=True)
    title = getattr(default, "title", None) or getattr(precise, "title", None)
    lines = choose(_lines(getattr(precise, "text", None)), _lines(getattr(default, "text", None)), title)
    return default or precise, lines


def extract(html: bytes | str, shown: str, url: str | None = None) -> Document:
    """The article in a page, with its title, site name, date and canonical address.

    Raises ReadError when the page holds no article text.
    """
    if isinstance(html, bytes):
        html = strip_escape_bytes(html)
    else:
        html = strip_controls(html)
    try:
        found, lines = _both(html, url)
    except Exception as error:  # trafilatura/lxml raise many types on malformed markup
        raise ReadError(f"not an article (the page could not be parsed: {type(error).__name__})") from None
    if not lines:
        raise ReadError("not an article (no article text found on the page)")
    return Document(
        path=shown,
        text="\n".join(lines),
        kind="page",
        title=getattr(found, "title", None) or None,
        outlet=getattr(found, "sitename", None) or getattr(found, "hostname", None) or None,
        date=getattr(found, "date", None) or None,
        url=getattr(found, "url", None) or url,
    )
