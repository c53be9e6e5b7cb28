"""Documents become numbered sources: cleaned, language-checked, de-duplicated, split into sentences."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Sequence, TypeVar

from brief.cleaning import Cleaned, clean
from brief.cleaning.shared import drop_shared_furniture
from brief.headline import source_title
from brief.inputs.dedupe import group_duplicates, normalized_words, sentences_in_common
from brief.inputs.digests import on_the_story
from brief.inputs.document import Document
from brief.inputs.language import Guess, detect
from brief.inputs.offsets import with_input_spans
from brief.inputs.versions import VERSION_SENTENCES, copies, credit, kin, reports
from brief.model import DroppedLine, Problem, Sentence, Source
from brief.safety import one_line
from brief.sentences import split_sentences

if TYPE_CHECKING:
    from brief.cache import Pieces


@dataclass(frozen=True)
class _Candidate:
    document: Document
    cleaned: Cleaned
    sentences: list[Sentence]
    language: str | None


T = TypeVar("T")

# Characters of one input that are cleaned and briefed: far beyond any article (about 300,000
# words), and it keeps the work of an 8 MiB file bounded; what lies past it is reported dropped.
TEXT_BUDGET = 2_000_000


def _clean(document: Document) -> Cleaned:
    page = document.kind == "page"
    text = document.text
    if len(text) > TEXT_BUDGET:
        cut = text.rfind("\n", 0, TEXT_BUDGET) + 1 or TEXT_BUDGET
        text = text[:cut]
    cleaned = clean(text, extracted=page, title=document.title if page else None)
    if len(text) < len(document.text):
        rest = len(document.text) - len(text)
        cut_line = DroppedLine(text.count("\n") + 1, f"({rest:,} more characters)",
                               f"past the {TEXT_BUDGET:,}-character budget of one input")
        cleaned = replace(cleaned, dropped=(*cleaned.dropped, cut_line))
    if page:
        # the page's own metadata beats what cleaning guessed from the text's shape
        headline = one_line(document.title or "") or cleaned.headline
        cleaned = replace(cleaned, title=headline or cleaned.title, headline=headline or None,
                          outlet=document.outlet or cleaned.outlet, date=document.date or cleaned.date)
    return cleaned


@dataclass(frozen=True)
class _Split:
    """What one cleaned input reads as: its language, and its sentences (none when not English)."""

    guess: Guess | None
    sentences: tuple[Sentence, ...]


def _split(document: Document, cleaned: Cleaned) -> _Split:
    # Cleaning judges English shapes; when it leaves too little to tell, the text as given decides,
    # so that a page in Chinese is refused by its language rather than as "no article text".
    guess = detect(cleaned.text) or detect(document.text)
    if guess is not None and not guess.is_english:
        return _Split(guess, ())
    sentences = split_sentences(cleaned.text, 0)
    if document.kind == "text":  # a file or stdin: say where each sentence is in it, as read
        sentences = with_input_spans(sentences, document.text)
    return _Split(guess, tuple(sentences))


def _prepare(document: Document, cleaned: Cleaned, store: Pieces | None = None) -> _Candidate | Problem:
    split = _split_kept(document, cleaned, store)
    guess = split.guess
    if guess is not None and not guess.is_english:
        return Problem(document.path, f"looks like {guess.name}, brief summarizes English only")
    if not split.sentences:
        page = document.kind == "page"
        return Problem(document.path, "not an article (no article text found on the page)" if page
                       else "no article text found")
    return _Candidate(document, cleaned, list(split.sentences), guess.code if guess else None)


def split_key(document: Document, cleaned: Cleaned) -> list[str]:
    """What ``_split`` reads: the parts its result is kept by."""
    return [document.kind, document.text, cleaned.text]


def _split_kept(document: Document, cleaned: Cleaned, store: Pieces | None) -> _Split:
    """``_split``, served from ``store`` when this input was so cleaned and split before."""
    return _cached(store, "sentences", split_key(document, cleaned), _Split, lambda: _split(document, cleaned))


def cleaned_key(document: Document) -> list[str]:
    """What ``_clean`` reads: the parts its result is kept by."""
    return [repr((document.kind, document.title, document.outlet, document.date)), document.text]


def _cleaned(document: Document, store: Pieces | None) -> Cleaned:
    """``_clean``, served from ``store`` when this input (its text and metadata) was cleaned before."""
    return _cached(store, "cleaned", cleaned_key(document), Cleaned, lambda: _clean(document))


def _cached(store: Pieces | None, step: str, parts: list[str], kind: type, compute: Callable[[], T]) -> T:
    """``compute()``, or what ``store`` kept of it for ``step`` on ``parts`` (kept there when new)."""
    if store is None:
        return compute()
    found = store.get(step, parts, kind)
    if found is None:
        found = compute()
        store.put(step, parts, found)
    return found


def _prepare_all(items: Sequence[Document | Problem], store: Pieces | None = None) -> list[_Candidate | Problem]:
    """Clean every document, keep a digest's items on the story the others tell (``digests``), then drop what
    several of them repeat as their site's furniture."""
    documents = [item for item in items if isinstance(item, Document)]
    beside = sys.modules.get("brief.beside")  # (not imported: the store is no Beside)
    shared = store if beside is not None and isinstance(store, beside.Beside) else None
    if shared is not None:  # a second process cleans a share of the documents, then splits a share
        shared.cleaned(documents)
    on_story = on_the_story([_cleaned(d, store) for d in documents])
    furnished = drop_shared_furniture(on_story, [d.text for d in documents])
    if shared is not None:
        shared.split(documents, furnished)
    cleaned = iter(furnished)
    return [item if isinstance(item, Problem) else _prepare(item, next(cleaned), store) for item in items]


def _origins(candidates: Sequence[_Candidate]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for candidate in candidates:
        seen.setdefault(candidate.document.path, None)
    return tuple(seen)


def make_sources(items: Sequence[Document | Problem],
                 store: Pieces | None = None) -> tuple[list[Source], list[Sentence], list[Problem]]:
    """Number the documents that hold English article text, one source per distinct article.

    What two otherwise different articles repeat at their top or bottom (a site's blurb or
    disclaimer) is dropped from both. Copies of one article (given twice, or syndicated) become
    the first copy's source, which
    lists every copy's path in ``origins``; sources that repeat others in part list them in
    ``shares``, and versions of one report name it in ``report``. Documents that cannot be briefed become problems,
    reported in input order with the problems already among ``items``. With a ``store`` (the cache), an
    input cleaned or split in an earlier run is not cleaned or split again.
    """
    candidates: list[_Candidate] = []
    problems: list[Problem] = []
    for prepared in _prepare_all(items, store):
        if isinstance(prepared, Problem):
            problems.append(prepared)
        else:
            candidates.append(prepared)
    sources: list[Source] = []
    sentences: list[Sentence] = []
    for group in group_duplicates([c.cleaned.text for c in candidates]):
        first = candidates[group[0]]
        doc, cleaned, source_id = first.document, first.cleaned, len(sources) + 1
        title = cleaned.headline or source_title([s.text for s in first.sentences[:8]]) or cleaned.title
        outlet = cleaned.outlet or credit(cleaned.text)  # the site, else the agency its dateline credits
        sources.append(Source(source_id, doc.path, title, cleaned.text, outlet, cleaned.date,
                              cleaned.dropped, origins=_origins([candidates[i] for i in group]), url=doc.url,
                              language=first.language, headline=cleaned.headline))
        sentences.extend(replace(s, source_id=source_id) for s in first.sentences)
    words_of = [normalized_words(s.text) for s in sentences]  # (read by both comparisons of sentences)
    in_common, sizes = sentences_in_common(sentences, words_of)
    for source_id, counts in in_common.items():
        ranked = sorted(((b, n / sizes[source_id]) for b, n in counts.items()), key=lambda item: (-item[1], item[0]))
        rounded = tuple((b, round(share, 4)) for b, share in ranked)
        sources[source_id - 1] = replace(sources[source_id - 1], shares=rounded)
    texts, found = {s.id: s.text for s in sources}, copies(sentences, words_of)
    for source_id, report in reports(sentences, texts, found).items():
        sources[source_id - 1] = replace(sources[source_id - 1], report=report)
    identical = {(a, b) for a, counts in in_common.items() for b, n in counts.items()
                 if a < b and n >= VERSION_SENTENCES}  # two sentences printed word for word
    for source_id, others in kin(found, identical).items():
        sources[source_id - 1] = replace(sources[source_id - 1], kin=others)
    return sources, sentences, problems
