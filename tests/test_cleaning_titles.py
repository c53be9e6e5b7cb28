"""A copied page's title and site: its headline and publisher, never a share bar, a time stamp or a teaser."""

from __future__ import annotations

from brief.cleaning import clean
from brief.cleaning.furniture import furniture

BODY = [
    "The harbour bridge in Dundee reopened to traffic on Tuesday after three weeks of storm repairs, "
    "the city council said.",
    "Engineers replaced two damaged bridge cables and resurfaced the deck, the council's transport "
    "director told reporters at the harbour.",
    "Traders near the harbour said the closure of the bridge had cost them a third of their usual "
    "customers during the repairs.",
    "The council said the bridge repairs cost 4 million pounds and would be paid from its storm reserve.",
]

WIRE = "The council told Reuters on Monday that the November storms had also damaged the harbour wall."


def page(*top: str, bottom: tuple[str, ...] = ()) -> str:
    """A copied page: the lines above the article, its body, the lines below it."""
    return "\n\n".join([*top, *BODY, *bottom])


def test_a_row_of_share_buttons_is_not_the_title() -> None:
    text = page("Currently Reading", "Harbour bridge reopens after storm repairs",
                "Facebook Twitter Email LinkedIn Reddit Pinterest", "Harbour bridge reopens after storm repairs",
                "JANE DOE", "Facebook Twitter Email LinkedIn Reddit Pinterest",
                "Harbour bridge reopens after storm repairs", "Facebook Twitter Email LinkedIn Reddit Pinterest")
    assert clean(text).title == "Harbour bridge reopens after storm repairs"
    assert furniture("Facebook Twitter Email LinkedIn Reddit Pinterest") == "sharing or follow buttons"
    assert furniture("Facebook and Twitter fined over bridge ads") is None


def test_an_agency_and_time_stamp_under_the_headline_is_not_the_title() -> None:
    text = page("Support independent journalism", "Harbour bridge in Dundee reopened after storm and cable repairs",
                "Reuters November 18, 2019 11:03 PM", "Above: The harbour bridge at dawn.", bottom=(WIRE,))
    cleaned = clean(text)
    assert cleaned.title == "Harbour bridge in Dundee reopened after storm and cable repairs"
    assert "Reuters November 18" not in cleaned.text


def test_a_date_and_time_line_is_not_the_title() -> None:
    text = page("Review", "Harbour bridge review: the repairs are probably enough to convince those waiting",
                "By Jane Doe and John Roe", "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", bottom=(WIRE,))
    assert clean(text).title == "Harbour bridge review: the repairs are probably enough to convince those waiting"


def test_the_headline_above_a_list_of_related_videos_is_the_title() -> None:
    teasers = ["Council made 45 false claims about the bridge repairs", "Mayor speaks to press about the bridge",
               "Traders question the harbour closure", "Ferry fares rise during the bridge repairs",
               "Storm damage closes the coast road", "Engineers describe the cable repairs",
               "Harbour traders count the cost of the closure", "Bridge tolls to stay frozen next year",
               "Council budget vote delayed again", "Police close harbour road for a day",
               "Rail link plans back on the table", "School buses rerouted during the closure",
               "Coast path reopens after landslip", "New ferry ordered for the harbour"]
    text = page("Why you can't trust the council on the bridge repairs",
                "Analysis by Jane Doe, Herald Editor-at-large", "Updated 1909 GMT (0309 HKT) November 18, 2019",
                "JUST WATCHED", "Replay", "More Videos ...", "MUST WATCH", *teasers)
    assert clean(text).title == "Why you can't trust the council on the bridge repairs"


def test_a_slideshow_caption_is_furniture_but_a_sentence_opening_with_a_count_is_not() -> None:
    captions = ["1 of 3 A trader looks at the closed harbour bridge in Dundee, Tuesday, Nov. 19, 2019, before repairs.",
                "2 of 3 Engineers replace a damaged bridge cable at the harbour in Dundee, Tuesday, Nov. 19, 2019.",
                "3 of 3 Traffic crosses the harbour bridge in Dundee after the repairs, Tuesday, Nov. 19, 2019."]
    cleaned = clean(page("Harbour Bridge Reopens After Storm Repairs", "Back to Gallery", *captions))
    assert not any(caption in cleaned.text for caption in captions)
    statistic = "1 of 4 traders near the harbour bridge said they had lost customers during the repairs."
    assert statistic in clean(page("Harbour Bridge Reopens After Storm Repairs", bottom=(statistic,))).text


def test_a_promotion_asking_the_reader_to_click_and_subscribe_is_dropped() -> None:
    promo = ("In each episode of her weekly video show, Jane Doe will delve a little deeper into the surreal "
             "world of harbour politics. Click to subscribe!")
    text = page("Harbour Bridge Reopens After Storm Repairs", bottom=(promo, "The council will meet on Friday."))
    assert promo not in clean(text).text


def test_the_site_is_the_copyright_holder_not_the_words_around_the_year() -> None:
    footer = ("Copyright and Reprint\neEdition", "©2019 Harbour Herald")
    assert clean(page("Harbour Bridge Reopens After Storm Repairs", bottom=footer)).outlet == "Harbour Herald"
    footer = ("Copyright © 2019, Quiller Media, Inc., Contact Us",)
    assert clean(page("Harbour Bridge Reopens After Storm Repairs", bottom=footer)).outlet == "Quiller Media"
    footer = ("Copyright 2019. Washington Examiner. All Rights Reserved.",)
    assert clean(page("Harbour Bridge Reopens After Storm Repairs", bottom=footer)).outlet == "Washington Examiner"


def site(*top: str, bottom: tuple[str, ...] = ()) -> str | None:
    """The site cleaning names for a page with these lines above and below its article."""
    return clean(page("Harbour Bridge Reopens After Storm Repairs", *top, bottom=bottom)).outlet


def test_a_copyright_link_or_a_photo_credit_is_not_the_site() -> None:
    footer = ("Copyright Policy", "Copyright ©2019 Harbour Media & Company, Inc. All Rights Reserved.")
    assert site(bottom=footer) == "Harbour Media & Company"
    assert site("© WIRE / POOL", bottom=("© 2019 Harbour Herald. All rights reserved",)) == "Harbour Herald"
    credit = "© Jane Doe A trader looks at the closed bridge at Tay Street, a landmark in Dundee."
    assert site(credit) is None


def test_the_site_is_read_from_a_copyright_sign_within_a_line_and_without_its_trimmings() -> None:
    footer = ("This material may not be published. ©2019 Harbour News Network, LLC. All rights reserved.",)
    assert site(bottom=footer) == "Harbour News Network"
    assert site(bottom=("copyright Harbour Herald 2019 - ISSN: 1234-5678",)) == "Harbour Herald"
    assert site(bottom=("©All Rights Reserved Harbour Institute 2019, a nonprofit",)) == "Harbour Institute"
    assert site(bottom=("© Harbour.org 2003 - 2019 powered by Coast Network",)) == "Harbour.org"
    assert site(bottom=("© 2019 Harbour News.Coast Broadcasting System, Inc.",)) == "Harbour News"
    assert site(bottom=("© Harbour Media Pty Ltd. All rights reserved.",)) == "Harbour Media"


def test_a_cookie_notice_or_a_teaser_saying_we_does_not_name_the_site() -> None:
    notice = "By choosing I Accept, you consent to our use of cookies and other tracking technologies."
    assert site(bottom=(notice,)) is None
    assert site(bottom=("Further information on data privacy can be found in our Data Protection Policy.",)) is None
    teaser = "Jane Doe laughs off the harbour bridge backlash: 'We didn't close the harbour'"
    assert site(bottom=(teaser,)) is None


def test_the_headline_stands_above_its_byline_not_under_it() -> None:
    text = page("Harbour Herald", "Business", "Harbour bridge reopens: so many ways to cross…and pay",
                "Traders have more ways than ever to reach the harbour. Here's how to choose.", "By", "Jane Doe",
                "Harbour Herald", "Biography", "@janedoe", "Nov. 19, 2019 8:03 am ET")
    assert clean(text).title == "Harbour bridge reopens: so many ways to cross…and pay"
    text = page("Previous articles", "Harbour", "The Bridge Clock", "By Jane Doe", "About Jane Doe",
                "Follow Jane Doe on Twitter", "November 19, 2019 6:30 AM")
    assert clean(text).title == "The Bridge Clock"


def test_the_headline_right_above_its_dated_byline_beats_the_menu_above_it() -> None:
    text = page("Who Pays for the Harbour Herald", "Suggest a Bridge Check", "Donate",
                "The Herald's guide to understanding the harbour bridge repairs",
                "By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.")
    assert clean(text).title == "The Herald's guide to understanding the harbour bridge repairs"


def test_a_reprint_notice_is_not_the_article_and_a_two_sentence_headline_in_title_case_is_one() -> None:
    notice = ("This copy is for your personal, non-commercial use only. To order presentation-ready copies for "
              "distribution to your colleagues, clients or customers visit https://reprints.example.com.")
    cleaned = clean(page("Harbour Herald", "Subscribe", notice, "Business",
                         "Harbour Bridge Tolls Are Rising After the Repairs. Why Traders Shouldn’t Worry.",
                         "By", "Jane Doe", "Updated Nov. 19, 2019 8:21 am ET"))
    assert cleaned.title == "Harbour Bridge Tolls Are Rising After the Repairs. Why Traders Shouldn’t Worry."
    assert notice not in cleaned.text


def test_a_wire_desks_service_note_after_the_headline_is_left_out() -> None:
    cleaned = clean(page("Harbour bridge reopens after storm repairs ATTENTION - UPDATES with council's costs ///"))
    assert cleaned.title == "Harbour bridge reopens after storm repairs"
    assert cleaned.headline == "Harbour bridge reopens after storm repairs"
    assert "ATTENTION" not in cleaned.text and "///" not in cleaned.text


def test_a_wire_desks_byline_picture_tag_and_version_label_are_left_out_of_the_headline() -> None:
    # AFP sets its writer's byline and a picture tag after the headline; Xinhua labels a version before it.
    for line, headline in [
            ("Britain probes three firms amid biggest ever food recall by Deborah Haynes ATTENTION - RECASTS "
             "with probe update ///", "Britain probes three firms amid biggest ever food recall"),
            ("England pleads guilty at Iraq abuse court martial by Mira Oberman = (PICTURE) =",
             "England pleads guilty at Iraq abuse court martial"),
            ("Dutch filmmaker shot dead on Amsterdam street by Stephanie van den Berg (ADDS filmmaker's quotes)",
             "Dutch filmmaker shot dead on Amsterdam street"),
            ("1st lead: Lebanon says Hariri killed by suicide car bomb",
             "Lebanon says Hariri killed by suicide car bomb"),
            ("URGENT: Plume rises from Mount St. Helens", "Plume rises from Mount St. Helens"),
            ("hke042451-- Philippine Military to Go After Abductors in Malaysia",  # the desk's story code
             "Philippine Military to Go After Abductors in Malaysia")]:
        assert clean(page(line)).headline == headline, line
    for line in ["Hostages Taken by Armed Pirates in Malaysia Safe", "Diabetics to Top 250 Million by 2025",
                 "Study: the dope on dopamine and Parkinson's"]:  # no byline, no desk label: the headline whole
        assert clean(page(line)).headline == line, line


def test_a_label_for_what_follows_is_not_a_headline() -> None:
    # "Timeline for EgyptAir Flight 990:" opens a list of times; a headline does not end in a colon
    assert clean(page("Harbour Bridge Reopens After Storm Repairs:")).headline is None


def test_an_agency_byline_cut_short_in_wire_copy_is_not_the_title() -> None:
    cleaned = clean("*Associated Press Write\n\n" + "\n\n".join(BODY))
    assert cleaned.title != "*Associated Press Write" and cleaned.headline is None
    assert "Associated Press Write" not in cleaned.text


def test_a_wires_part_number_after_a_headline_is_not_part_of_the_title() -> None:
    # editor20, TAC D1015C-A: the briefing was titled "China Taking Steps To Protect Tropical Rain Forest (1)"
    text = ("China Taking Steps To Protect Tropical Rain Forest (1)\n\nBEIJING, June 5 (Xinhua) -- China has taken "
            "steps to protect its tropical rain forest, officials said today.\n")
    assert clean(text).title == "China Taking Steps To Protect Tropical Rain Forest"
    # a count in brackets that is the headline's own stays
    assert clean("Storm Kills Dozens in Three Provinces (Update 2 of 3)\n\nThe storm killed dozens of people on "
                 "Monday in three provinces, officials said.\n").title.endswith("(Update 2 of 3)")
