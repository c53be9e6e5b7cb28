"""``--quotes``: every quotation of the story by speaker, in plain text, Markdown or JSON.

Each speaker once, with the role a source gives them, then each thing they said, as the first source
typed it (a bracket stays a bracket: source text is never markup), with every source that quotes it.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Sequence

from brief.english import counted
from brief.model import Quote, Source
from brief.render.markdown import escape
from brief.safety import escape_json, one_line

SCHEMA_VERSION = 1


def by_speaker(quotes: Sequence[Quote]) -> list[tuple[str, str | None, list[Quote]]]:
    """``(speaker, role, their quotes)``, speakers in order of their first quotation."""
    groups: dict[str, tuple[str, str | None, list[Quote]]] = {}
    for quote in quotes:
        name, role, said = groups.setdefault(quote.speaker, (quote.speaker, quote.role, []))
        said.append(quote)
        if role is None and quote.role:
            groups[quote.speaker] = (name, quote.role, said)
    return list(groups.values())


def quote_marker(quote: Quote, sources: Sequence[Source]) -> str:
    """``[1, 2]`` for a quote two sources carry, ``[1+2]`` for two versions of one report."""
    reports: dict[int, list[int]] = {}
    for source_id in quote.source_ids:
        reports.setdefault(sources[source_id - 1].report_id, []).append(source_id)
    return "[" + ", ".join("+".join(map(str, ids)) for ids in sorted(reports.values())) + "]"


def _header(quotes: Sequence[Quote], sources: Sequence[Source]) -> str:
    speakers = len({q.speaker for q in quotes})
    return f"{counted(len(quotes), 'quote')} by {counted(speakers, 'speaker')} · {counted(len(sources), 'source')}"


def speaker_line(name: str, role: str | None) -> str:
    """``Faisal Mekdad, Deputy Foreign Minister``: the name, and the role when a source gives one."""
    return one_line(f"{name}, {role}" if role else name)


def quotes_plain(quotes: Sequence[Quote], sources: Sequence[Source]) -> str:
    """The quotes as plain text."""
    lines = ["Quotes", _header(quotes, sources)]
    for name, role, said in by_speaker(quotes):
        lines += ["", speaker_line(name, role)]
        lines += [f"  “{one_line(q.text)}” {quote_marker(q, sources)}" for q in said]
    lines += ["", "Sources", *(f"[{s.id}] {one_line(s.title)}" for s in sources)]
    return "\n".join(lines) + "\n"


def quotes_markdown(quotes: Sequence[Quote], sources: Sequence[Source]) -> str:
    """The quotes as Markdown, source text escaped."""
    lines = ["# Quotes", "", f"*{_header(quotes, sources)}*"]
    for name, role, said in by_speaker(quotes):
        lines += ["", f"## {escape(speaker_line(name, role))}", ""]
        lines += [f"- “{escape(q.text)}” {escape(quote_marker(q, sources))}" for q in said]
    lines += ["", "## Sources", "", *(f"{s.id}. **{escape(s.title)}**" for s in sources)]
    return "\n".join(lines) + "\n"


def _quote(quote: Quote) -> dict[str, Any]:
    return {"speaker": quote.speaker, "role": quote.role, "text": quote.text, "source_ids": list(quote.source_ids),
            "said": [{"source_id": u.source_id, "sentence_index": u.sentence_index, "span": [u.start, u.end],
                      "text": u.text} for u in quote.said]}


def quotes_json(quotes: Sequence[Quote], sources: Sequence[Source]) -> str:
    """The quotes as JSON: each with its speaker, role, words and every source's span of them."""
    data = {"schema": SCHEMA_VERSION, "quotes": [_quote(q) for q in quotes],
            "sources": [{"id": s.id, "title": s.title, "path": s.path} for s in sources]}
    return escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


QUOTE_RENDERERS: dict[str, Callable[[Sequence[Quote], Sequence[Source]], str]] = {
    "plain": quotes_plain, "markdown": quotes_markdown, "json": quotes_json}
