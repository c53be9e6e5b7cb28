"""sumy's summarizers as brief rankers: each rates every sentence, greedy selection does the rest.

sumy and NLTK are imported only when one of these rankers runs (``import nltk`` alone takes
about two seconds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    from brief.model import Sentence
    from brief.ranking.base import Limit, Ranked, Ranker
    from brief.story import Story

SUMY_ALGORITHMS = ("lexrank", "lsa", "textrank", "luhn", "edmundson", "kl", "sumbasic", "reduction")


def _tokenizer() -> Any:
    """A sumy Tokenizer whose sentences come from our Punkt splitter and words from NLTK."""
    import nltk
    from sumy.nlp.tokenizers import Tokenizer

    from brief.sentences import split_sentences

    class PunktTokenizer(Tokenizer):
        def __init__(self) -> None:  # no NLTK data lookup: Punkt ships as Python data
            self._language = "english"

        def to_sentences(self, paragraph: str) -> tuple[str, ...]:
            return tuple(s.text for s in split_sentences(paragraph, 0))

        def to_words(self, sentence: str) -> tuple[str, ...]:
            words = nltk.word_tokenize(sentence, preserve_line=True)
            return tuple(w for w in words if self._is_word(w))

    return PunktTokenizer()


def _frequent_words(document: Any, stop_words: frozenset[str], n: int = 10) -> list[str]:
    """The story's most frequent content words: Edmundson's cue ("bonus") words."""
    counts: dict[str, int] = {}
    for word in document.words:
        word = word.lower()
        if word not in stop_words and len(word) > 2:
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))[:n]


def _summarizer(name: str, stemmer: Any, stop_words: frozenset[str], document: Any) -> Any:
    from sumy.summarizers import edmundson, kl, lex_rank, lsa, luhn, reduction, sum_basic, text_rank

    classes = {
        "lexrank": lex_rank.LexRankSummarizer,
        "lsa": lsa.LsaSummarizer,
        "textrank": text_rank.TextRankSummarizer,
        "luhn": luhn.LuhnSummarizer,
        "edmundson": edmundson.EdmundsonSummarizer,
        "kl": kl.KLSummarizer,
        "sumbasic": sum_basic.SumBasicSummarizer,
        "reduction": reduction.ReductionSummarizer,
    }
    summarizer = classes[name](stemmer)
    summarizer.stop_words = stop_words
    if name == "edmundson":
        summarizer.null_words = stop_words
        summarizer.bonus_words = _frequent_words(document, stop_words) or ["news"]
        summarizer.stigma_words = ["reportedly", "allegedly"]
    return summarizer


def sumy_scores(name: str, sentences: Sequence[Sentence]) -> list[float]:
    """Rate every sentence with sumy's ``name`` summarizer (sources form one document)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    tokenizer = _tokenizer()
    paragraphs: dict[int, list[Any]] = {}
    for s in sentences:
        paragraphs.setdefault(s.source_id, []).append(SumySentence(s.text, tokenizer))
    document = ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])
    summarizer = _summarizer(name, Stemmer("english"), frozenset(get_stop_words("english")), document)
    ratings: dict[str, float] = {}

    def capture(infos: list[Any]) -> list[Any]:
        # sumy hands the count callable every sentence sorted by rating, best first
        for rank, info in enumerate(infos):
            ratings.setdefault(str(info.sentence), float(len(infos) - rank))
        return infos

    summarizer(document, capture)
    top = max(ratings.values(), default=1.0)
    return [ratings.get(s.text, 0.0) / top for s in sentences]


def make_sumy_ranker(name: str) -> Ranker:
    """A brief ranker backed by sumy's ``name`` summarizer."""

    def rank(story: Story, limit: Limit) -> list[Ranked]:
        from brief.ranking.by_score import select_by_score

        if not story.sentences:
            return []
        return select_by_score(story, sumy_scores(name, story.sentences), limit, name)

    rank.__doc__ = f"sumy's {name} summarizer, greedy non-redundant selection by its rating."
    return rank
