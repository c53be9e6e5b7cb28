"""Sentence splitting: abbreviations stay inside sentences, spans point at the text."""

from __future__ import annotations

from brief.sentences import split_sentences


def test_abbreviations_do_not_end_sentences() -> None:
    text = ("U.S. Gen. Mark Milley arrived on Jan. 5 in Kabul. Dr. Jones met him there.\n\n"
            "The U.S. Army said nothing.")
    assert [s.text for s in split_sentences(text, 1)] == [
        "U.S. Gen. Mark Milley arrived on Jan. 5 in Kabul.",
        "Dr. Jones met him there.",
        "The U.S. Army said nothing.",
    ]


def test_initials_stay_with_the_name_they_belong_to() -> None:
    text = ("Indonesian President B.J. Habibie finds the summit difficult. It was designed by I.M. Pei. "
            "He lives in the U.S. The company is in Texas. The novel was by J.R.R. The publisher declined.")
    sentences = split_sentences(text, 1)
    assert [s.text for s in sentences] == [
        "Indonesian President B.J. Habibie finds the summit difficult.",
        "It was designed by I.M. Pei.",
        "He lives in the U.S.",  # a place abbreviation before a new sentence still ends it
        "The company is in Texas.",
        "The novel was by J.R.R.",  # initials before a function word end the sentence
        "The publisher declined.",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_sentence_never_opens_in_lower_case_or_with_a_semicolon() -> None:
    text = ("A guard stopped him at the door, issued him I.D. tags and tried to make him accept an escort. "
            "The shootings in Pearl, Miss.; West Paducah, Ky.; and Richmond, Va., alarmed the nation. "
            "``Stress?'' his oldest brother responded gruffly. "
            "He did not apply for amnesty. de Klerk has said he learned of it late. "
            "The report accuses F.W. de Klerk, the last apartheid-era president.")
    assert [s.text for s in split_sentences(text, 1)] == [
        "A guard stopped him at the door, issued him I.D. tags and tried to make him accept an escort.",
        "The shootings in Pearl, Miss.; West Paducah, Ky.; and Richmond, Va., alarmed the nation.",
        "``Stress?'' his oldest brother responded gruffly.",
        "He did not apply for amnesty.",
        "de Klerk has said he learned of it late.",  # a surname may open a sentence in lower case
        "The report accuses F.W. de Klerk, the last apartheid-era president.",
    ]


def test_a_line_break_after_initials_still_ends_the_sentence() -> None:
    assert [s.text for s in split_sentences("Designed by I.M.\nPei wrote back.", 1)] == ["Designed by I.M.",
                                                                                         "Pei wrote back."]


def test_spans_index_the_text_and_know_their_paragraph() -> None:
    text = "First one here. Second one.\n\nThird in a new paragraph!"
    sentences = split_sentences(text, 7)
    assert [text[s.start:s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert {s.source_id for s in sentences} == {7}
    assert [s.index for s in sentences] == [0, 1, 2]


def test_punctuation_only_fragments_are_not_sentences() -> None:
    assert [s.text for s in split_sentences("•\n\nReal words here.", 1)] == ["Real words here."]


def test_a_wire_dateline_is_not_part_of_the_first_sentence_and_spans_stay_exact() -> None:
    for text, first in [
        ("NAIROBI, Kenya (AP) _ Police said twelve people died on Monday. More were hurt.",
         "Police said twelve people died on Monday."),
        ("WASHINGTON (Reuters) - The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."),
        ("DAR ES SALAAM, Tanzania (AP) -- A bomb exploded near the embassy.", "A bomb exploded near the embassy."),
        ("NEW YORK _ Stocks fell sharply in early trading.", "Stocks fell sharply in early trading."),
        ("NAIROBI, October 23 (Xinhua) -- One out of 10 children in Kenya dies before the age of five.",
         "One out of 10 children in Kenya dies before the age of five."),
        ("MOSCOW, Russia, Nov. 5 (AP) _ The Duma met on Friday.", "The Duma met on Friday."),
        ("CARACAS, Venezuela (AP) _Venezuelan ministers will meet in Madrid next week.",  # DUC 2006 D0642F
         "Venezuelan ministers will meet in Madrid next week."),
        ("JAKARTA (JP): The attorney general met the lawyers on Monday.",  # The Jakarta Post's credit
         "The attorney general met the lawyers on Monday."),
    ]:
        sentence = split_sentences(text, 1)[0]
        assert sentence.text == first
        assert text[sentence.start:sentence.end] == sentence.text
    # capitals that are no dateline stay: "U.S. - Iran talks", "The NATO - led force"
    for text in ("U.S. - Iran talks resumed on Monday.", "NATO - led forces left the town on Monday.",
                 "NEW YORK-Stocks fell sharply in early trading."):
        assert split_sentences(text, 1)[0].text == text


def test_a_place_abbreviation_stays_with_the_word_it_modifies() -> None:
    text = ("The World Bank has granted Kenya 40 million U.S. Dollars for the fight against AIDS. "
            "A panel of the 5th U.S. Circuit Court of Appeals agreed. It was opposed by the U.S. Fish and "
            "Wildlife Service. He lives in the U.S. The company is in Texas. "
            "She left the U.S. Critics said she was gone.")
    sentences = split_sentences(text, 1)
    assert [s.text for s in sentences] == [
        "The World Bank has granted Kenya 40 million U.S. Dollars for the fight against AIDS.",
        "A panel of the 5th U.S. Circuit Court of Appeals agreed.",
        "It was opposed by the U.S. Fish and Wildlife Service.",
        "He lives in the U.S.",  # a function word opens a new sentence
        "The company is in Texas.",
        "She left the U.S.",  # so does a speaker ("Critics said")
        "Critics said she was gone.",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_wire_credit_is_not_part_of_the_first_sentence() -> None:
    for text, first in [
        ("(Reuters) — The New York State Attorney General is investigating WeWork. More later.",
         "The New York State Attorney General is investigating WeWork."),
        ("(CNN)President Donald Trump made an unscheduled trip to Walter Reed hospital.",
         "President Donald Trump made an unscheduled trip to Walter Reed hospital."),
        ("(AP) — Stocks fell sharply on Monday.", "Stocks fell sharply on Monday."),
        ("(AFP) - Stocks fell sharply on Monday.", "Stocks fell sharply on Monday."),
        ("Washington (CNN) - The Senate passed the bill.", "The Senate passed the bill."),
        ("Hong Kong (CNN)Protesters returned to the streets.", "Protesters returned to the streets."),
    ]:
        sentence = split_sentences(text, 1)[0]
        assert sentence.text == first
        assert text[sentence.start:sentence.end] == sentence.text
    # a parenthesis that credits no news agency stays
    for text in ("(Updated) — Stocks fell sharply on Monday.", "(Pictured) Stocks fell sharply on Monday."):
        assert split_sentences(text, 1)[0].text == text


def test_datelines_are_the_spans_split_sentences_leaves_out() -> None:
    from brief.sentences import datelines

    text = ("NAIROBI, October 23 (Xinhua) -- Kenya has 1.9 million people with HIV.\n\n"
            "(Reuters) — The company said no.\n\nU.S. - Iran talks resumed.")
    assert [text[a:b] for a, b in datelines(text)] == ["NAIROBI, October 23 (Xinhua) -- ", "(Reuters) — "]
    sentences = split_sentences(text, 1)
    assert [s.start for s in sentences][:2] == [b for _, b in datelines(text)]
