"""A keyword counts in a source only where its whole phrase, or a variant of it, occurs (issue 25)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from brief.model import Keyword, Occurrence, Source

SANTEE = (
    "Tribe opens a clinic\n\nThe Santee Sioux opened a clinic on the reservation on Monday. Leaders of the Santee "
    "Sioux said the clinic would serve four thousand people. The Sioux have waited ten years for it.",
    "City budget passes\n\nThe city council passed its budget on Monday. The Sioux of the city said they welcomed "
    "it. The city will hire ten more police officers and repave the river road next summer.",
    "Clinics in the region\n\nTribal clinics across the region are short of doctors. The state said it would "
    "pay for two more doctors at every tribal clinic next year.",
)


def test_a_part_of_a_name_in_a_source_that_never_names_it_whole_is_not_counted() -> None:
    from brief.keywords import all_keywords

    sources = [Source(n, f"s{n}", text.split("\n")[0], text) for n, text in enumerate(SANTEE, 1)]
    keywords, _ = all_keywords(sources, 30)
    santee = next(k for k in keywords if k.text == "Santee Sioux")
    assert santee.source_ids == (1,)
    found = {sources[o.source_id - 1].text[o.start:o.end] for o in santee.occurrences}
    assert found == {"Santee Sioux", "Sioux"}  # "The Sioux" of source 1, which names them whole


def test_a_located_keyword_counts_only_sources_that_name_it_whole() -> None:
    """Beyond the sampled sources a keyword is located by its forms: a part ("West") is looked for
    only in a source that also names the whole ("Grand Canyon West")."""
    from brief.keywords import locate

    texts = ["The Hualapai opened Grand Canyon West to visitors. West of the skywalk the road ends.",
             "Settlers moved West in the 1800s, and the West changed for ever.",
             "Visitors to Grand Canyon West paid twenty dollars each on Monday."]
    sources = [Source(n, f"s{n}", f"t{n}", text) for n, text in enumerate(texts, 1)]
    first = texts[0]
    keyword = Keyword("Grand Canyon West", 1.0, (
        Occurrence(1, first.index("Grand"), first.index("Grand") + len("Grand Canyon West")),
        Occurrence(1, first.index("West of"), first.index("West of") + 4)))
    (located,) = locate([keyword], sources)
    assert located.source_ids == (1, 3)
    assert [texts[o.source_id - 1][o.start:o.end] for o in located.occurrences] == [
        "Grand Canyon West", "West", "Grand Canyon West"]


def test_a_titled_name_still_names_the_person_whole() -> None:
    from brief.keywords import all_keywords

    texts = ["Syria says no\n\nSyrian President Bashar al-Assad rejected the demand on Monday. Assad said the "
             "troops would stay in Syria.",
             "Damascus rejects demand\n\nThe government of Bashar al-Assad said the troops would stay in Syria."]
    sources = [Source(n, f"s{n}", text.split("\n")[0], text) for n, text in enumerate(texts, 1)]
    keywords, _ = all_keywords(sources, 20)
    assad = next(k for k in keywords if k.text.endswith("Bashar al-Assad"))
    assert assad.source_ids == (1, 2)
    assert "Assad" in {texts[0][o.start:o.end] for o in assad.occurrences if o.source_id == 1}



_PIECES = ["Grand", "grand", "GRAND", "Canyon", "canyon", "West", "west", "WEST", "Westerly", "U.S.", "u.s.", "_West",
           "3West", "West3", "$5", "'s", "-", ".", " ", " ", "\n", "café", "CAFÉ", "(", ")"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join), min_size=1, max_size=4),
       st.lists(st.sampled_from(["Grand Canyon West", "West", "west", "WEST", "U.S.", "$5", "'s", "canyon", "café",
                                 "Westerly"]), min_size=1, max_size=4, unique=True))
def test_a_located_keyword_is_found_wherever_a_form_stands_as_a_word_in_any_case(texts: list[str],
                                                                                forms: list[str]) -> None:
    """Each form seen is found case-insensitively, only with no word character on either side, in ASCII
    sources and others alike ("café"), at the start of a text or anywhere after."""
    import re

    from brief.keywords import locate
    from brief.keywords._occurrences import part_of_phrase

    sources = [Source(n, f"s{n}", f"t{n}", text) for n, text in enumerate(texts, 1)]
    name, seen = forms[0], [Occurrence(s.id, s.text.index(f), s.text.index(f) + len(f))
                            for f in forms[1:] for s in sources[:1] if f in s.text]
    (located,) = locate([Keyword(name, 1.0, tuple(seen))], sources)
    named = sorted({texts[0][o.start:o.end] for o in seen} | {name}, key=lambda f: (-len(f), f))
    every, whole = (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, these)) + r")(?!\w)", re.IGNORECASE)
                    for these in (named, [f for f in named if not part_of_phrase(f, name)]))
    expected = [(s.id, m.start(), m.end()) for s in sources if whole.search(s.text) for m in every.finditer(s.text)]
    assert [(o.source_id, o.start, o.end) for o in located.occurrences] == expected
