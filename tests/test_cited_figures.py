"""A source is cited for a point only when it states it: not with a question, nor with other figures
written in other scales, shares or bounds."""

from __future__ import annotations

from pathlib import Path

from brief.facts.figures import disagree, figures
from brief.pipeline import Options, make_briefing


def _write(folder: Path, name: str, headline: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _cited_for(paths: list[Path], words: str) -> set[int]:
    """The sources brief cites for the sentence holding ``words``, were it a point (``Point.source_ids``
    are these, for the point's sentence)."""
    got = {}
    make_briefing(paths, Options(keywords=0), aligned=lambda story: got.setdefault("story", story))
    story = got["story"]
    i = next(k for k, s in enumerate(story.sentences) if words in s.text)
    return {story.sentences[link.position].source_id for link in story.facts.fact(i)}


def test_a_question_is_never_cited_as_stating_the_point(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.txt", "Council passes school budget", [
        "The city council approved the new budget of the school district on Monday after a long debate.",
        "Teachers had protested outside the town hall for three weeks before the vote."])
    second = _write(tmp_path, "b.txt", "What the school budget means", [
        "Did the city council approve the new budget of the school district on Monday after a long debate?",
        "Parents at the meeting said they still did not know which classes would be cut in the autumn."])
    third = _write(tmp_path, "c.txt", "School budget vote", [
        "Council members voted for the school district's budget on Monday evening, ending a long debate.",
        "The mayor is expected to sign the spending plan into law before the end of the week."])
    assert 2 not in _cited_for([first, second, third], "approved the new budget")


def test_a_figure_keeps_its_scale_and_its_percent_sign() -> None:
    assert figures("1.5 million to 2.4 million (or 3 percent to 5 percent)") == {"1500000", "2400000", "3%", "5%"}
    assert figures("$24 billion") == figures("24 billion dollars") == {"24000000000"}
    assert figures("3 per cent") == figures("3%") == figures("three percent") == {"3%"}
    assert figures("Malaria kills one million people") == {"1000000"} and figures("one of the men") == set()
    # "3 million children" states no "3 percent": each states a figure the other does not
    assert disagree("An estimated 3 million school-age children have the disorder.",
                    "Experts estimate that 1.5 million to 2.4 million (or 3 percent to 5 percent) of schoolchildren "
                    "have the disorder.")
    # a range's scale or share is its first number's too
    assert figures("between 3 and 5 percent of children") == {"3%", "5%"}
    assert figures("1.5 to 2.4 million people") == {"1500000", "2400000"}
    assert not disagree("Experts estimate that 1.5 million to 2.4 million (or 3 percent to 5 percent) of "
                        "schoolchildren have the disorder.", "It is believed to affect between 3 and 5 percent of "
                                                            "children.")


def test_a_number_put_below_a_figure_and_one_put_above_it_disagree() -> None:
    assert disagree("Adoptions from foreign countries are expected to approach 15,000 this year.",
                    "More than 15,000 international adoptions are expected to take place this year.")
    assert disagree("Nearly 600 people were killed.", "Over 600 people were killed.")
    assert not disagree("Nearly 600 people were killed.", "About 600 people were killed.")
    assert not disagree("More than 600 people were killed.", "At least 600 people were killed.")


def test_a_source_giving_a_count_in_millions_is_not_cited_for_a_share(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.txt", "Disorder common in schools", [
        "Experts estimate that 1.5 million to 2.4 million (or 3 percent to 5 percent) of schoolchildren in "
        "the United States have attention-deficit hyperactivity disorder.",
        "The panel met in Bethesda for three days to hear doctors, parents and teachers."])
    second = _write(tmp_path, "b.txt", "Panel hears from parents", [
        "An estimated 3 million schoolchildren in the United States have attention-deficit hyperactivity "
        "disorder, experts estimate.",
        "Parents told the panel in Bethesda that the drugs had changed their children's lives."])
    third = _write(tmp_path, "c.txt", "Doctors split on drugs", [
        "Between 3 and 5 percent of schoolchildren in the United States are believed to have "
        "attention-deficit hyperactivity disorder, experts estimate.",
        "Doctors at the hearing disagreed about how often the drugs are prescribed."])
    cited = _cited_for([first, second, third], "1.5 million to 2.4 million")
    assert 2 not in cited and 3 in cited  # [3]'s "between 3 and 5 percent" is the point's share


def test_a_mutual_best_match_short_of_a_link_is_not_cited() -> None:
    from brief.facts.alignment import LINK, Alignment, Link
    from brief.facts.lexical import LexicalMatcher
    from brief.sentences import split_sentences

    sentences = [*split_sentences("Mad cow disease eats holes in the brains of cattle, scientists say.", 1),
                 *split_sentences("It is the second case since March in which the disease has been confirmed.", 2),
                 *split_sentences("The disease, which eats holes in cattle brains, is called BSE by scientists.", 3)]
    close, same = round(0.87 / 1.5, 4), round(LINK / 1.5, 4)  # scores: a mutual best match, and a link
    links = {0: [Link(1, close, "meaning"), Link(2, same, "meaning")]}
    alignment = Alignment(sentences, links, {}, {0, 1, 2}, {}, LexicalMatcher(sentences), set(), whole=True)
    assert [sentences[link.position].source_id for link in alignment.fact(0)] == [1, 3]
    assert alignment.same_fact(0, 1)  # still one fact to the ranker: the two are never both points
