"""Whom a point cites: versions of one report (a wire story and its update) count as one report in every marker,
and a source is cited only when it states the point: not with other figures (in other scales, shares or
bounds), another day's events, or a question."""

from __future__ import annotations

import json
from pathlib import Path

from brief.facts.figures import disagree, figures
from brief.pipeline import Options, make_briefing
from brief.render import render_json, render_markdown, render_plain

FIRST = ("The harbour bridge reopened to traffic on Tuesday after eight months of repairs that cost the city "
         "more than forty million dollars.")
CABLES = ("Engineers replaced the corroded steel cables and resurfaced the main deck, the transport department "
          "said in a statement.")


def _write(folder: Path, name: str, headline: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _story(folder: Path) -> list[Path]:
    """An independent report, and a wire story with its update (two sentences word for word)."""
    gazette = _write(folder, "a_gazette.txt", "Bridge back in service", [
        "Traffic is flowing across the harbour bridge again: the city reopened it on Tuesday, eight months and "
        "more than forty million dollars after repairs began.",
        "The mayor thanked residents for their patience during the long closure and the detours it caused.",
        "Inspectors had found cracks in two of the bridge's supports last July, forcing it to close."])
    wire = _write(folder, "b_wire.txt", "Harbour bridge reopens", [
        FIRST, CABLES,
        "Commuters had faced long detours since the bridge was closed last July, when inspectors found cracks "
        "in two of its supports."])
    update = _write(folder, "c_update.txt", "Harbour bridge reopens, queues clear", [
        FIRST, CABLES,
        "By the evening rush hour the queues on the ring road had cleared, traffic police said on Tuesday night."])
    return [gazette, wire, update]


def test_two_versions_of_one_wire_story_are_one_report_in_the_markers(tmp_path: Path) -> None:
    briefing = make_briefing(_story(tmp_path), Options(keywords=0))
    plain = render_plain(briefing)
    assert plain.splitlines()[1].startswith("3 sources, up to 2 independent reports · ")
    opening = next(line for line in plain.splitlines() if FIRST in line)
    assert opening.endswith("[1, 2+3]")  # the gazette, and one wire report in two versions: not three outlets
    cables = next(line for line in plain.splitlines() if CABLES in line)
    assert cables.endswith("[2+3]")  # the wire's two versions alone: one report, never "[2, 3]"
    assert "    same report as [3] · shares" in plain and "    same report as [2] · shares" in plain
    assert "\\[1, 2+3\\]" in render_markdown(briefing)
    data = json.loads(render_json(briefing))
    point = next(p for p in data["points"] if p["text"] == FIRST)
    assert point["source_ids"] == [1, 2, 3] and point["reports"] == [[1], [2, 3]]
    assert [s["report"] for s in data["sources"]] == [1, 2, 2]


def test_a_background_sentence_two_stories_copy_from_the_wire_is_one_report_of_that_point(
        tmp_path: Path) -> None:
    background = ("Built in 1932, the harbour bridge carries about ninety thousand vehicles a day and was last "
                  "closed for repairs in 1998.")
    gazette = _write(tmp_path, "a_gazette.txt", "Bridge back in service", [
        "Traffic is flowing across the harbour bridge again after the city reopened it on Tuesday morning.",
        "The mayor thanked residents for their patience during the long closure and the detours it caused."])
    reopening = _write(tmp_path, "b_wire.txt", "Harbour bridge reopens", [
        FIRST + " " + background, "Commuters cheered as the first bus crossed the span shortly after six o'clock."])
    tolls = _write(tmp_path, "c_wire.txt", "Bridge tolls to rise", [
        "Drivers crossing the harbour bridge will pay a dollar more from March to cover the repair bill, the "
        "council decided on Monday. " + background,
        "Lorry drivers' unions said they would ask the courts to block the rise before it takes effect."])
    briefing = make_briefing([gazette, reopening, tolls], Options(keywords=0, words=300))
    plain = render_plain(briefing)
    # three stories, none a version of another; the two that copy the wire's sentence are one newsroom's
    assert plain.splitlines()[1].startswith("3 sources, up to 2 independent reports · ") and "same report" not in plain
    line = next(line for line in plain.splitlines() if background in line)
    assert line.endswith("[2+3]")  # one wire sentence in two stories: one report of it, not two agreeing
    point = next(p for p in json.loads(render_json(briefing))["points"] if p["text"] == background)
    assert point["source_ids"] == [2, 3] and point["reports"] == [[2, 3]]


def test_independent_reports_that_quote_the_same_words_stay_independent(tmp_path: Path) -> None:
    said = "``We are delighted to see the bridge open again,''"
    said2 = "``It was finished two weeks ahead of schedule,''"
    first = _write(tmp_path, "a.txt", "Bridge open", [
        "The city reopened the harbour bridge on Tuesday after eight months of repairs.",
        said + " the mayor said on Tuesday.", said2 + " the mayor added."])
    second = _write(tmp_path, "b.txt", "Bridge reopens to traffic", [
        "Cars crossed the harbour bridge again on Tuesday once a long repair job had ended.",
        said + " Mayor Ann Lee told reporters at the bridge.", said2 + " she said."])
    plain = render_plain(make_briefing([first, second], Options(keywords=0)))
    assert plain.splitlines()[1].startswith("2 sources · ")  # shared quotations are not copied reporting
    assert "+" not in "".join(line.rsplit("[", 1)[-1] for line in plain.splitlines() if line.startswith("•"))
    assert "same report" not in plain


def test_stories_that_print_a_statement_word_for_word_are_one_newsroom(tmp_path: Path) -> None:
    # Two stories carry the commissioner's statement in the same two sentences, attribution and all: one
    # agency's copy (Xinhua's two stories of the Helios crash), though each is otherwise its own story.
    statement = ["``It is with great sadness that I have learned of today's airliner crash near Athens.",
                 "My sympathies go out to the families and friends of the victims,'' the commissioner said in a "
                 "statement."]
    first = _write(tmp_path, "a.txt", "EU mourns crash victims", [
        "The European transport commissioner expressed his condolences on Sunday to the victims of the crash "
        "of a Cypriot airliner in Greece.", *statement])
    second = _write(tmp_path, "b.txt", "Cypriot airliner crashes in Greece", [
        "A Cypriot airliner with 121 people on board crashed into a hill north of Athens on Sunday, killing "
        "everyone aboard.", "The European transport commissioner expressed his condolences to the victims of "
        "the crash on Sunday.", *statement])
    briefing = make_briefing([first, second], Options(keywords=0, words=300))
    plain = render_plain(briefing)
    assert plain.splitlines()[1].startswith("2 sources, 1 independent report · ")
    line = next(line for line in plain.splitlines() if line.startswith("• The European transport commissioner"))
    assert line.endswith("[1+2]")  # not [1, 2]: one newsroom's word, not two outlets agreeing


def test_a_rewritten_update_of_a_wire_story_is_still_one_report(tmp_path: Path) -> None:
    # The update changes a figure and a word or two in each sentence it keeps: no sentence is copied whole.
    wire = _write(tmp_path, "a.txt", "Ferry sinks", [
        "A crowded ferry sank off the northern coast on Monday, killing at least 15 people, the coast guard said.",
        "Rescue boats searched the dark water through the night for dozens of passengers who were still missing.",
        "The ferry had left the harbour in heavy seas with more than two hundred people aboard, officials said."])
    update = _write(tmp_path, "b.txt", "Ferry toll rises", [
        "A crowded ferry sank off the northern coast on Monday, killing at least 41 people, the coast guard said "
        "on Tuesday.",
        "Rescue boats searched the dark water through the night for dozens of passengers who are still missing.",
        "The ferry had left the harbour in heavy seas with more than 230 people aboard, officials said."])
    other = _write(tmp_path, "c.txt", "Dozens dead as ferry goes down", [
        "Dozens of people drowned when an overloaded ferry went down in a storm off the north coast this week.",
        "Relatives gathered at the port waiting for news of the missing."])
    plain = render_plain(make_briefing([wire, update, other], Options(keywords=0)))
    assert plain.splitlines()[1].startswith("3 sources, up to 2 independent reports · ")
    assert "same report as [2]" in plain and "same report as [1]" in plain


def test_a_source_giving_other_figures_is_not_cited_for_the_point(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.txt", "Station costs", [
        "The space station is expected to cost at least $40 billion, with the United States planning to pay "
        "$24 billion of it.", "Russia built the first module, which was launched from Kazakhstan on Friday."])
    second = _write(tmp_path, "b.txt", "Station launched", [
        "The station will cost at least $40 billion in all, and the United States plans to pay $21 billion.",
        "Engineers in Moscow celebrated the launch of the first module from the Baikonur cosmodrome."])
    third = _write(tmp_path, "c.txt", "A costly outpost", [
        "The United States is planning to pay $24 billion of the space station's cost of at least $40 billion.",
        "The first piece of the outpost rose from the steppes of Kazakhstan on a Russian rocket on Friday."])
    briefing = make_briefing([first, second, third], Options(keywords=0))
    for point in briefing.points:
        if "billion" in point.text and "24" in point.text:
            assert 2 not in point.source_ids  # [2] says $21 billion: it does not state this point


def test_the_tui_sources_pane_says_which_sources_are_one_report(tmp_path: Path) -> None:
    from brief.tui.widgets.briefing import point_prompt
    from brief.tui.widgets.sources import source_details

    briefing = make_briefing(_story(tmp_path), Options(keywords=0))
    assert "same report as [3]" in source_details(briefing.sources[1], 2, briefing)
    assert "same report" not in source_details(briefing.sources[0], 2, briefing)
    opening = next(p for p in briefing.points if p.text == FIRST)
    assert point_prompt(1, opening, briefing).plain.endswith("[1, 2+3]")


def test_stories_sharing_only_background_are_not_one_report_but_a_copy_under_another_credit_is(
        tmp_path: Path) -> None:
    from brief.inputs.versions import reports
    from brief.sentences import split_sentences

    background = ["The bridge, built in 1932, carries about ninety thousand vehicles across the harbour every day.",
                  "It was last closed for repairs in 1998, when its southern approach was rebuilt over a summer."]
    own = [
        "Council planners said ferries would carry commuters across the harbour while the deck is resurfaced.",
        "Bus lanes on the ring road will open at dawn on Monday and stay open until the spring.",
        "Cyclists were told to use the old rail tunnel, which the city lit and paved last year.",
        "Taxi drivers complained that fares had fallen by a third since the detours began in July.",
        "A temporary footbridge near the stadium is expected to take about four thousand walkers a day.",
        "Shopkeepers on the southern ramp asked the mayor for help with rents during the closure.",
        "Engineers from two firms will inspect every cable before any lorry is allowed back on the bridge.",
        "The transport department published a map of the diversions on its website late on Friday.",
        "Police will keep officers at five junctions where queues formed during the first weekend.",
        "Residents of the island suburbs said their journeys to work now took an hour longer than before.",
        "The harbour authority moved two cargo berths so that the ferries could dock closer to the city.",
        "School buses will leave fifteen minutes earlier each morning until the work is finished.",
        "A consultant's report found that the old bearings had worn far faster than their makers predicted.",
        "Unions at the port said the night shifts would be paid at the higher rate for the whole winter.",
        "The mayor's office said the final cost would be published once the contractors had been paid.",
        "Two families who live under the approach road asked to be moved while the noisy work goes on.",
        "Traffic wardens handed out fewer fines in the first week because drivers were still learning the routes.",
        "The city's insurers agreed to cover the cost of repairing the damaged toll booths on the northern side.",
        "A local radio station began broadcasting traffic reports every ten minutes during the rush hour.",
        "Delivery firms said their vans were spending twice as long on the roads as they did before the closure.",
        "The council promised to repaint the railings in the bridge's original colour, a deep shade of red.",
        "Fishermen at the north quay said the barges moored under the bridge had kept them from their boats.",
        "Hospital staff were given permits to drive across the closed lane in an emergency at night.",
        "The contractor said it would fine itself if the bridge did not reopen on the promised date in May.",
    ]
    first = "WELLINGTON (AP) _ " + " ".join([*own[:12], *background])
    second = "WELLINGTON (AP) _ " + " ".join([*own[12:24], *background])  # another AP story, same background
    short = "WELLINGTON (AP) _ " + " ".join([*own[12:18], *background])  # a short one: background is a third of it
    sentences = [s for k, text in enumerate((first, second, short), 1) for s in split_sentences(text, k)]
    assert reports(sentences, {1: first, 2: first, 3: short}) == {2: 2, 3: 2}  # 2 and 3 share their own news
    sentences = [s for k, text in enumerate((first, short), 1) for s in split_sentences(text, k)]
    assert reports(sentences, {1: first, 2: short}) == {}  # one passage in common: background, not a version
    # Another agency running the AP story under its own credit is still that story; an AP story that
    # shares a third of its sentences with another agency's, in two passages, is not.
    copied = "WELLINGTON, May 4 (Xinhua) -- " + " ".join([*own[:12], *background])
    partial = "WELLINGTON, May 5 (Xinhua) -- " + " ".join([own[0], *own[12:20], own[5], *background])
    sentences = [s for k, text in enumerate((first, copied, partial), 1) for s in split_sentences(text, k)]
    assert reports(sentences, {1: first, 2: copied, 3: partial}) == {1: 1, 2: 1}


def test_only_in_is_not_claimed_when_a_longer_sentence_elsewhere_says_it_too(tmp_path: Path) -> None:
    """Mad cow in Japan: one source's short line says what another's long lead says with more in it."""
    (tmp_path / "japan.txt").write_text(
        "Japan's 14th case of mad cow disease confirmed\n\nA 48-month-old cow that died recently has been confirmed "
        "as having had mad cow disease, making it the 14th case in Japan, the country's Agriculture, Forestry and "
        "Fisheries Ministry said Thursday.\n\nThe cow was born in Shikaoi, in Hokkaido, in October 2000.\n",
        encoding="utf-8")
    (tmp_path / "talks.txt").write_text(
        "Japan, US start mad cow talks\n\nJapanese and U.S. officials began talks on Tuesday on resuming imports of "
        "American beef.\n\nThe 14th case in Japan was confirmed last week.\n\nJapan banned U.S. beef in December "
        "2003 after a case of mad cow disease was found in Washington state.\n", encoding="utf-8")
    briefing = make_briefing([str(tmp_path / "japan.txt"), str(tmp_path / "talks.txt")],
                             Options(sentences=10, keywords=0))
    point = next(p for p in briefing.points if p.text == "The 14th case in Japan was confirmed last week.")
    assert point.only_in is None
    assert "only in" not in next(line for line in render_plain(briefing).splitlines() if "The 14th case" in line)


def test_a_copied_wire_sentence_holding_a_quotation_is_one_report_of_that_point(tmp_path: Path) -> None:
    """Three stories (the jury, the defence, the family) carry one wire line that quotes the mother."""
    mother = ("Mrs. Shepard declined to discuss the trial, saying only that she and her husband ``want to allow "
              "justice to run its course.''")
    jury = _write(tmp_path, "a_jury.txt", "Jury selection goes on", [
        "Seven people were dismissed Thursday as jury selection continued in the trial in Laramie. " + mother,
        "The judge said he hoped to seat a jury by the end of next week."])
    defence = _write(tmp_path, "b_defence.txt", "Defence to argue panic", [
        "Lawyers for the accused said they would argue he panicked when the victim made an advance. " + mother,
        "Prosecutors said they would seek the death penalty if the jury convicts."])
    family = _write(tmp_path, "c_family.txt", "Mother asks for hate-crime laws", [
        "The victim's mother asked Congress on Tuesday to pass laws against crimes of bias. " + mother,
        "She spoke at a hearing of the Senate Judiciary Committee in Washington."])
    briefing = make_briefing([jury, defence, family], Options(keywords=0, words=300))
    plain = render_plain(briefing)
    assert plain.splitlines()[1].startswith("3 sources · ")  # three stories, none a version of another
    line = next(line for line in plain.splitlines() if mother in line)
    assert line.endswith("[1+2+3]")  # one copied wire line, not three outlets agreeing


def test_a_wire_sentence_edited_in_each_story_is_still_one_report_of_that_point() -> None:
    from brief.inputs.versions import copied_groups

    said = [
        (6, "Authorities said Henderson and Aaron McKinney, 21, posed as homosexuals and lured the 5-foot-2, "
            "105-pound Shepard out of a bar Oct. 6, kidnapped and pistol-whipped him."),
        (7, "Authorities said Henderson and McKinney, both high-school dropouts, posed as homosexuals and lured the "
            "5-foot-2, 105-pound Shepard out of a bar last October."),
        (8, "Russell Henderson, 21, is accused of posing as a homosexual to lure the 5-foot-2, 105-pound Shepard "
            "out of a bar Oct. 6."),
        (4, "Two men who met the student in a bar in Laramie are charged with beating him and leaving him tied "
            "to a fence."),
    ]
    assert copied_groups(said) == ((6, 7, 8),)  # eight words and more in a row: one agency's line, edited


def test_reports_sharing_a_name_or_a_short_phrase_stay_independent() -> None:
    from brief.inputs.versions import copied_groups

    said = [(1, "Officers Kenneth Boss and Sean Carroll pleaded innocent in a Bronx courtroom on Monday."),
            (2, "Kenneth Boss and Sean Carroll, two of the four officers, denied the charges before the judge."),
            (3, "The four officers pleaded innocent to second-degree murder, their lawyers said on Monday.")]
    assert copied_groups(said) == ()


def test_a_source_telling_of_another_days_events_is_not_cited_for_the_point(tmp_path: Path) -> None:
    tuesday = _write(tmp_path, "a.txt", "Army presses offensive", [
        "Government troops on Tuesday continued air and artillery attacks on rebel positions in the northern "
        "mountains, destroying two rebel bases, the defence ministry said.",
        "Thousands of villagers have fled the fighting to camps across the border."])
    friday = _write(tmp_path, "b.txt", "Offensive goes on", [
        "Government troops continued air and artillery attacks on rebel positions in the northern mountains on "
        "Friday as the army said the first stage of its offensive was over.",
        "Aid agencies said the camps were running short of food and clean water."])
    same_day = _write(tmp_path, "c.txt", "Bases destroyed", [
        "Troops kept up air and artillery attacks on rebel positions in the northern mountains on Tuesday, "
        "destroying two rebel bases, the defence ministry said.",
        "The rebels said they had shot down a helicopter, which the army denied."])
    briefing = make_briefing([tuesday, friday, same_day], Options(keywords=0))
    attacks = [p for p in briefing.points if "artillery" in p.text and "Tuesday" in p.text]
    assert attacks, render_plain(briefing)
    for point in attacks:  # [2] tells of Friday's attacks: another day's events, not this point
        assert 2 not in point.source_ids and set(point.source_ids) == {1, 3}, render_plain(briefing)


def test_one_agencys_stock_line_edited_in_two_of_its_stories_is_one_report(tmp_path: Path) -> None:
    monday = _write(tmp_path, "a.txt", "Trial of second defendant delayed", [
        "CHEYENNE, Wyo. (AP) -- A judge on Monday delayed the trial of the second man charged in the killing of "
        "a college student outside a bar in October.",
        "Henderson and Aaron James McKinney, both 21, are charged with murder and face the death penalty if "
        "convicted.",
        "The judge said the defence needed more time to review the evidence."])
    thursday = _write(tmp_path, "b.txt", "Jury selection begins", [
        "LARAMIE, Wyo. (AP) -- Jury selection began on Thursday in the trial of one of two men accused in the "
        "killing of a college student.",
        "Henderson and McKinney, both 21, face the death penalty if convicted in a case that has drawn national "
        "attention.",
        "About 70 prospective jurors filled out questionnaires in the county courthouse."])
    other = _write(tmp_path, "c.txt", "A town on trial", [
        "DENVER (Reuters) -- Prosecutors will seek the death penalty against both men, Henderson and McKinney, "
        "who are 21, if they are convicted of murder.",
        "Residents of the college town say they are tired of the attention the case has brought."])
    briefing = make_briefing([monday, thursday, other], Options(keywords=0, sentences=8))
    penalty = [p for p in briefing.points if "death penalty" in p.text]
    assert penalty, render_plain(briefing)
    for point in penalty:  # [1] and [2] are AP's line, edited: one report; Reuters wrote its own
        assert {1, 2} <= set(point.source_ids), render_plain(briefing)
        assert (1, 2) in briefing.point_reports(point), render_plain(briefing)


def test_another_quotation_of_the_same_speaker_is_not_cited_for_a_quoted_point(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.txt", "Party shifts its tone", [
        "``The tone has totally changed,'' said Rich Tafel, executive director of the Log Cabin Republicans.",
        "Delegates voted on Tuesday to drop a platform plank that had condemned gay organisations."])
    second = _write(tmp_path, "b.txt", "Convention welcomes gay Republicans", [
        "``We're happy to see changes taking place at our convention,'' said Rich Tafel, executive director of "
        "the Log Cabin Republicans.",
        "Several gay delegates addressed a party meeting for the first time in its history."])
    briefing = make_briefing([first, second], Options(keywords=0, sentences=4))
    quoted = [p for p in briefing.points if p.text.startswith("``")]
    assert quoted, render_plain(briefing)
    for point in quoted:  # each source quotes Tafel saying something else: two statements, not one fact
        assert len(point.source_ids) == 1, render_plain(briefing)


def test_two_stories_of_one_agency_are_one_report_of_a_point_they_word_differently(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.txt", "Embassy toll rises", [
        "NAIROBI, Kenya (AP) -- Rescue workers ended their search on Sunday at the bombed embassy.",
        "The bombing of the embassy in Nairobi killed 213 people, including 12 Americans, hospital officials "
        "said.",
        "Rescue workers were still searching the rubble of a neighbouring office block."])
    second = _write(tmp_path, "b.txt", "Suspects charged", [
        "DAR ES SALAAM, Tanzania (AP) -- Two men were charged on Monday in the bombing of the American "
        "embassy here.",
        "The blast at the embassy building in downtown Nairobi killed 213 people, 12 of them Americans."])
    third = _write(tmp_path, "c.txt", "Kenya mourns", [
        "NAIROBI (Reuters) -- Kenyans held a day of mourning on Sunday for the victims of the bombing.",
        "A nearly simultaneous attack in the Kenyan capital killed 213 people, including 12 Americans."])
    briefing = make_briefing([first, second, third], Options(keywords=0, sentences=6))
    toll = [p for p in briefing.points if "213" in p.text and {1, 2} <= set(p.source_ids)]
    assert toll, render_plain(briefing)
    for point in toll:  # [1] and [2] are AP's, however each words it; Reuters is another outlet
        assert (1, 2) in briefing.point_reports(point) and (3,) in briefing.point_reports(point), render_plain(briefing)
    assert "· AP" in render_plain(briefing) and "· Reuters" in render_plain(briefing)
    assert render_plain(briefing).splitlines()[1].startswith("3 sources, 2 independent reports · ")


def test_a_source_that_denies_what_a_point_says_is_not_cited_for_it(tmp_path: Path) -> None:
    saw = _write(tmp_path, "a.txt", "Airliner crashes north of Athens", [
        "Before the plane crashed, the Greek fighter pilots reported seeing two people trying to take the "
        "controls in the cockpit.",
        "The airliner was carrying 121 people from Larnaca to Prague when it lost contact with the tower."])
    saw_too = _write(tmp_path, "b.txt", "Pilots saw two people at the controls", [
        "The Greek fighter pilots reported seeing two people trying to take the controls in the cockpit "
        "before the plane crashed.",
        "Investigators were examining the wreckage for signs of a loss of cabin pressure."])
    denied = _write(tmp_path, "c.txt", "Investigators look at cabin pressure", [
        "The Greek fighter pilots did not see any movement in the cockpit before the plane crashed, state "
        "television reported.",
        "Rescue workers recovered both flight recorders from the wreckage on Monday."])
    briefing = make_briefing([saw, saw_too, denied], Options(keywords=0, sentences=4))
    cockpit = [p for p in briefing.points if "two people trying to take the controls" in p.text]
    assert cockpit, render_plain(briefing)
    for point in cockpit:  # [3] says the pilots saw nothing move: the opposite, not one more report of it
        assert set(point.source_ids) == {1, 2}, render_plain(briefing)


def test_one_line_an_agency_copies_from_another_does_not_make_the_two_agencies_one_report(
        tmp_path: Path) -> None:
    background = ("Sipadan is a popular diving resort off the northeast coast of Sabah state, about an hour by "
                  "boat from the town of Semporna.")
    ap = _write(tmp_path, "a.txt", "Gunmen seize tourists", [
        "SEMPORNA, Malaysia (AP) -- Armed men seized twenty people from a diving resort on Sunday night, police "
        "said.", background,
        "The gunmen fled by speedboat toward the Philippines, a police official told reporters."])
    ap_later = _write(tmp_path, "b.txt", "Rebels claim kidnapping", [
        "MANILA, Philippines (AP) -- Muslim rebels claimed responsibility on Tuesday for the kidnapping of twenty "
        "people from a Malaysian resort.",
        "The rebels demanded the release of militants jailed in the United States, a radio station said."])
    xinhua = _write(tmp_path, "c.txt", "Hostages taken on Malaysian island", [
        "KUALA LUMPUR, April 24 (Xinhua) -- Twenty people including foreign tourists were taken hostage on "
        "Sipadan island on Sunday night, Malaysian police sources said on Monday.",
        background.replace("about an hour", "about one hour"),
        "Foreign Minister Syed Hamid Albar said the government would do its utmost to free them."])
    briefing = make_briefing([ap, ap_later, xinhua], Options(keywords=0, sentences=6))
    plain = render_plain(briefing)
    assert briefing.source(3).kin == (1,), plain  # Xinhua copied AP's line about the resort, edited ...
    # ... which makes them one report of that line, not one newsroom: AP's two stories and Xinhua's are two
    assert plain.splitlines()[1].startswith("3 sources, 2 independent reports · "), plain


def test_a_news_services_filed_by_line_names_the_newsroom_and_its_stock_phrase_is_not_anothers_copy(
        tmp_path: Path) -> None:
    # editor10, TAC D1009B-A: two Cox stories counted as two reports, one folded into AP's group by a phrase
    recap = "JonBenet was found beaten and strangled Dec. 26, 1996"
    cox_monday = _write(tmp_path, "a.txt", "Grand jury hears Ramsey case", [
        "A Boulder grand jury began hearing evidence on Monday in the death of six-year-old JonBenet Ramsey.",
        f"Her brother Burke was in the family's Boulder home when 6-year-old {recap[:9]}{recap[9:]}.",
        "Story Filed By Cox Newspapers", "For Use By Clients of the New York Times News Service"])
    cox_friday = _write(tmp_path, "b.txt", "Prosecutors appointed", [
        "The district attorney appointed two outside prosecutors on Friday to advise the Ramsey grand jury.",
        "Both have tried murder cases in Denver for more than a decade.",
        "Story Filed By Cox Newspapers"])
    ap = _write(tmp_path, "c.txt", "Ramseys give interview", [
        "LONDON (AP) _ The parents of JonBenet Ramsey proclaimed their innocence in a television interview "
        "broadcast on Thursday night.",
        f"{recap} in her home in Boulder, Colorado."])
    briefing = make_briefing([cox_monday, cox_friday, ap], Options(keywords=0, sentences=8))
    plain = render_plain(briefing)
    assert [s.outlet for s in briefing.sources] == ["Cox Newspapers", "Cox Newspapers", "AP"], plain
    assert plain.splitlines()[1].startswith("3 sources, 2 independent reports · "), plain
    found = [p for p in briefing.points if p.text.startswith(recap)]
    assert found, plain
    for point in found:  # AP and Cox each wrote the phrase: two reports, not one wire sentence
        assert briefing.point_reports(point) == ((1,), (3,)), plain


def test_a_line_too_short_to_state_a_fact_is_not_cited_for_one() -> None:
    from brief.facts.alignment import Alignment, Link
    from brief.facts.lexical import LexicalMatcher
    from brief.model import Sentence

    # editor14, TAC 2010 D1011C-A: a resource line ("... Association: www....") linked to a prevalence figure
    # (words, confirmed by meaning) was cited for it
    texts = [(1, "According to the National Eating Disorders Association, about 7 million U.S. females and 1 "
                 "million males suffer from an eating disorder."),
             (2, "Mental health officials say that eating disorders often begin in the teenage years."),
             (2, "National Eating Disorders Association: www.nationaleatingdisorders.org"),
             (3, "About 7 million women and 1 million men in the country have an eating disorder, the group says.")]
    sentences = [Sentence(source, k, 0, len(text), text) for k, (source, text) in enumerate(texts)]
    links = {0: [Link(2, 0.62, "meaning"), Link(3, 0.7, "meaning")], 2: [Link(0, 0.62, "meaning")],
             3: [Link(0, 0.7, "meaning")]}
    facts = Alignment(sentences, links, {}, set(), {}, LexicalMatcher(sentences), set())
    assert [sentences[link.position].source_id for link in facts.fact(0)] == [1, 3]  # not [2]'s line


def _printed(outlets: dict[int, str | None]) -> str:
    """A briefing of three sources whose first point joins 1 and 2 as one wire sentence ("[1+2]"), and whose
    second point sources 1, 2 and 3 all state in their own words, rendered as plain text."""
    from brief.model import Briefing, Point, Sentence, Source, Support

    texts = {1: "Lead one. Second one.", 2: "Lead two. Second two.", 3: "Lead three. Second three."}
    sources = tuple(Source(k, f"{k}.txt", f"Source {k}", text, outlet=outlets.get(k)) for k, text in texts.items())

    def point(index: int, ids: tuple[int, ...], copied: tuple[tuple[int, ...], ...]) -> Point:
        start = 0 if index == 0 else texts[ids[0]].index(". ") + 2
        end = texts[ids[0]].index(".", start) + 1
        own = Sentence(ids[0], index, start, end, texts[ids[0]][start:end])
        return Point(own, 1.0, tuple(Support(k, index, 0, 1, 1.0) for k in ids), copied=copied)

    briefing = Briefing("A title", (point(0, (1, 2), ((1, 2),)), point(1, (1, 2, 3), ())), sources,
                        algorithm="multidoc")
    return render_plain(briefing)


def test_sources_one_point_prints_as_one_wire_sentence_are_one_report_in_every_other_point() -> None:
    plain = _printed({})
    assert "[1+2]" in plain and "[1+2, 3]" in plain and "[1, 2, 3]" not in plain, plain
    # two agencies credited by their datelines stay two newsrooms: one copied line is one report of its point
    plain = _printed({1: "AP", 2: "Xinhua"})
    assert "[1+2]" in plain and "[1, 2, 3]" in plain, plain


def test_a_dateline_crediting_an_agency_in_lower_case_names_it(tmp_path: Path) -> None:
    # editor19, DUC 2006 D0618I: "HANOI, January 28 (xinhua) -- ..." had no "· Xinhua" under Sources
    story = _write(tmp_path, "a.txt", "Malaria deaths fall in Vietnam", [
        "HANOI, January 28 (xinhua) -- The number of malaria deaths in Vietnam last year dropped by 70 percent "
        "compared with that of 1995, local media reported today.",
        "Only 198 cases were reported in the year against 660 cases in 1995, the reports said."])
    briefing = make_briefing([story], Options(keywords=0))
    assert briefing.source(1).outlet == "Xinhua"
    assert any(line.strip().endswith("· Xinhua") for line in render_plain(briefing).splitlines())


def test_an_agency_relaying_one_version_of_anothers_story_does_not_merge_the_two_agencies() -> None:
    # editor16, TAC D1004A-A: one Xinhua story relaying a text AP also carried made "10 sources, 1 independent
    # report" of six AP stories and four Xinhua ones
    from brief.model import Briefing, Source

    outlets = {1: "AP", 2: "AP", 3: "Xinhua", 4: "Xinhua"}
    sources = tuple(Source(k, f"{k}.txt", f"Story {k}", "A sentence.", outlet=o, report=1 if k in (1, 3) else None)
                    for k, o in outlets.items())
    briefing = Briefing("Tsunami", (), sources, algorithm="multidoc")
    assert briefing.reports((1, 2, 3, 4)) == ((1, 2, 3), (4,))  # AP's report (Xinhua's copy of it too), Xinhua's
    assert render_plain(briefing).splitlines()[1].startswith("4 sources, 2 independent reports")


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


def test_the_header_counts_independent_reports_exactly_only_when_it_can_name_every_reports_outlet(
        tmp_path: Path) -> None:
    # editors: "9 independent reports" for four papers whose texts name no outlet; brief cannot tell two such
    # stories of one paper apart from two papers' stories, so it gives the count as a bound
    unnamed = _story(tmp_path)
    plain = render_plain(make_briefing(unnamed, Options(keywords=0)))
    assert plain.splitlines()[1].startswith("3 sources, up to 2 independent reports · "), plain
    named = tmp_path / "named"
    named.mkdir()
    for path in unnamed:  # the same texts, each with a dateline crediting its agency
        agency = "Reuters" if path.name.startswith("a_") else "AP"
        head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        (named / path.name).write_text(f"{head}\n\nHARBOUR CITY ({agency}) -- {body}", encoding="utf-8")
    briefing = make_briefing(sorted(named.iterdir()), Options(keywords=0))
    plain = render_plain(briefing)
    assert [s.outlet for s in briefing.sources] == ["Reuters", "AP", "AP"], plain
    assert plain.splitlines()[1].startswith("3 sources, 2 independent reports · "), plain
