"""Who a point's bare surname is: the ``who:`` line under it, in the words of the source that introduces them.

Each test reads small articles written here, makes points of the sentences a reader would find
wanting ("Hammerman's book explores ..."), and reads what plain text, Markdown and JSON print.
"""

from __future__ import annotations

import json
from pathlib import Path

from brief.glosses import glossed
from brief.model import Briefing, Point, Support
from brief.pipeline import load
from brief.render import render_json, render_markdown, render_plain

FAITH = {
    "a.txt": ("Faith goes online\n\nRabbi Joshua Hammerman of Baltimore said on Monday that more people seek faith "
              "on the Internet than in temples.\n\nHe has studied it for a decade.\n"),
    "b.txt": ("Seekers online\n\nMany young adults now look for religion on the web, a new study says.\n\n"
              "Hammerman's book explores the reasons that people are using the Internet to find faith.\n\n"
              "Hammerman said the web is a new kind of sanctuary.\n"),
}
BEARS = {
    "a.txt": ("Grizzlies recover\n\nThe grizzly bears of Yellowstone have grown to about 600, said Chuck Schwartz, a "
              "U.S. Geological Survey researcher, on Tuesday.\n\nHumans are responsible for 85 percent of "
              "Yellowstone bear deaths, Schwartz said.\n"),
}


def _brief(folder: Path, files: dict[str, str], *needles: str) -> Briefing:
    """A briefing whose points are the sentences holding ``needles``, in that order, glossed as brief glosses."""
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    sources, sentences, _ = load([str(folder / name) for name in files])
    points = []
    for needle in needles:
        s = next(s for s in sentences if needle in s.text)
        points.append(Point(s, 1.0, (Support(s.source_id, s.index, s.start, s.end, 1.0),)))
    return Briefing("Faith", glossed(points, sources), tuple(sources), sentences=tuple(sentences))


def _under(text: str, needle: str) -> list[str]:
    """The lines right under the point holding ``needle`` (indented), until the next point or section."""
    lines = text.splitlines()
    at = next(k for k, line in enumerate(lines) if needle in line)
    out = []
    for line in lines[at + 1:]:
        if not line.startswith("  ") or line.strip().startswith(("-", "•")):
            break
        out.append(line.strip().removeprefix("<br>"))
    return out


def test_a_point_naming_someone_by_surname_says_who_that_is(tmp_path: Path) -> None:
    briefing = _brief(tmp_path, FAITH, "Hammerman's book")
    assert _under(render_plain(briefing), "Hammerman's book") == ["who: Rabbi Joshua Hammerman of Baltimore [1]"]
    assert _under(render_markdown(briefing), "Hammerman's book") == [
        "who: Rabbi Joshua Hammerman of Baltimore \\[1\\]"]


def test_the_json_gloss_points_at_the_words_of_its_source(tmp_path: Path) -> None:
    briefing = _brief(tmp_path, FAITH, "Hammerman's book")
    data = json.loads(render_json(briefing))
    (gloss,) = data["points"][0]["glosses"]
    start, end = gloss["span"]
    assert (gloss["surname"], gloss["source_id"]) == ("Hammerman", 1)
    assert data["sources"][0]["text"][start:end] == gloss["text"] == "Rabbi Joshua Hammerman of Baltimore"


def test_who_is_said_once_at_the_first_point_that_needs_it(tmp_path: Path) -> None:
    text = render_plain(_brief(tmp_path, FAITH, "Hammerman's book", "new kind of sanctuary"))
    assert _under(text, "Hammerman's book") == ["who: Rabbi Joshua Hammerman of Baltimore [1]"]
    assert _under(text, "new kind of sanctuary") == []


def test_a_point_that_gives_the_full_name_introduces_it_for_the_points_after(tmp_path: Path) -> None:
    text = render_plain(_brief(tmp_path, FAITH, "Rabbi Joshua Hammerman", "Hammerman's book"))
    assert "who:" not in text


def test_an_apposition_after_the_name_says_who(tmp_path: Path) -> None:
    text = render_plain(_brief(tmp_path, BEARS, "Humans are responsible"))
    assert _under(text, "Humans are responsible") == ["who: Chuck Schwartz, a U.S. Geological Survey researcher [1]"]


def test_no_gloss_when_the_story_names_two_people_of_that_surname(tmp_path: Path) -> None:
    files = {"a.txt": FAITH["a.txt"].replace("said on Monday", "and his wife, Cantor Ruth Hammerman, said on Monday"),
             "b.txt": FAITH["b.txt"]}
    assert "who:" not in render_plain(_brief(tmp_path, files, "Hammerman's book"))


def test_no_gloss_for_a_word_that_also_names_a_place(tmp_path: Path) -> None:
    files = {"a.txt": ("Smoking bans spread\n\nKing Abdullah Jordan said on Monday that smoking bans work.\n\n"
                       "Jordan said the law would be enforced.\n"),
             "b.txt": "Bans in the region\n\nCafes in Jordan ignore the law, Jordan said.\n"}
    assert "who:" not in render_plain(_brief(tmp_path, files, "Jordan said the law"))


def test_no_gloss_when_no_source_has_the_person_speak(tmp_path: Path) -> None:
    files = {"a.txt": ("A crash\n\nThe Cypriot Helios flight lost cabin pressure over Greece on Sunday.\n\n"
                       "The F-16s intercepted the Helios flight at 34,000 feet.\n")}
    assert "who:" not in render_plain(_brief(tmp_path, files, "F-16s intercepted"))


def test_a_surname_after_an_opening_word_is_found(tmp_path: Path) -> None:
    files = {"a.txt": ("Supplements\n\nMany buy pills because the label says natural, said David Levitsky, a nutrition "
                       "professor, on Monday.\n\nFor Levitsky, the placebo effect explains much of it.\n")}
    text = render_plain(_brief(tmp_path, files, "For Levitsky"))
    assert _under(text, "For Levitsky") == ["who: David Levitsky, a nutrition professor [1]"]


def test_a_role_after_the_name_without_an_article_says_who(tmp_path: Path) -> None:
    files = {"a.txt": ("Pandas and bamboo\n\nThe bamboo is flowering, said Zhang Kerong, director of the Baishuijiang "
                       "State Nature Preserve, on Monday.\n\nZhang said the pandas will need new forest.\n")}
    text = render_plain(_brief(tmp_path, files, "Zhang said"))
    assert _under(text, "Zhang said") == ["who: Zhang Kerong, director of the Baishuijiang State Nature Preserve [1]"]


def test_one_person_written_with_and_without_a_middle_initial_is_one_person(tmp_path: Path) -> None:
    files = {"a.txt": ("Chechnya\n\nRussian Prime Minister Vladimir Putin said on Monday that the campaign would go on."
                       "\n\nPutin blames the fighters for a series of bomb blasts.\n"),
             "b.txt": "Raids go on\n\nPremier Vladimir V. Putin said the troops would stay.\n"}
    text = render_plain(_brief(tmp_path, files, "Putin blames"))
    assert _under(text, "Putin blames") == ["who: Russian Prime Minister Vladimir Putin [1]"]


def test_one_person_written_with_and_without_a_first_initial_is_one_person(tmp_path: Path) -> None:
    # editor25, TAC D1040G-A: "Schwartzbach reminded jurors ..." had no gloss, its sources writing both
    files = {"a.txt": ("Blake trial\n\nDefense lawyer M. Gerald Schwartzbach said the evidence was thin.\n\n"
                       "Schwartzbach reminded jurors that no witness saw the shooting.\n"),
             "b.txt": "Closing arguments\n\nGerald Schwartzbach called 38 witnesses during the trial.\n"}
    text = render_plain(_brief(tmp_path, files, "Schwartzbach reminded"))
    assert _under(text, "Schwartzbach reminded") == ["who: M. Gerald Schwartzbach [1]"]


def test_a_surname_whose_full_name_comes_with_an_age_is_glossed(tmp_path: Path) -> None:
    files = {"a.txt": ("Trial opens\n\nRussell Henderson, 21, went on trial on Monday, one of two men charged in the "
                       "beating death of a college student.\n\nAaron McKinney, 21, will be tried in August.\n"),
             "b.txt": ("Wyoming trial\n\nHenderson and McKinney face the death penalty if convicted of the murder.\n")}
    briefing = _brief(tmp_path, files, "face the death penalty")
    glosses = {g.surname: g.text for g in briefing.points[0].glosses}
    assert glosses == {"Henderson": "Russell Henderson", "McKinney": "Aaron McKinney"}


def test_a_full_name_a_personal_pronoun_follows_is_a_persons_and_glossed(tmp_path: Path) -> None:
    files = {"a.txt": ("Supplement scare\n\nSeeking to boost his workouts at the gym, Jeff Bowers turned to a "
                       "popular herbal supplement to increase his metabolism.\n\nBowers bought the product at a "
                       "health food store in San Antonio.\n")}
    briefing = _brief(tmp_path, files, "Bowers bought")
    assert [g.text for g in briefing.points[0].glosses] == ["Jeff Bowers"]


def test_a_capitalised_word_never_given_an_age_or_a_voice_is_not_glossed(tmp_path: Path) -> None:
    files = {"a.txt": ("Storm season\n\nHurricane forecasters at the center watched Tropical Storm Floyd grow on "
                       "Monday.\n\nFloyd could reach the coast by Thursday, the forecasters warned.\n")}
    briefing = _brief(tmp_path, files, "could reach the coast")
    assert briefing.points[0].glosses == ()


def test_a_surname_written_before_a_hyphenated_given_name_is_glossed_with_its_title(tmp_path: Path) -> None:
    files = {"a.txt": ("Spy probe\n\nSouth Korean President Roh Moo-hyun on Monday ordered an inquiry into illegal "
                       "wiretaps by the spy agency.\n\nOfficials at Roh's Uri Party said the agency must be "
                       "reformed.\n\n"
                       "Roh asked prosecutors to question former agents, his spokesman said.\n")}
    briefing = _brief(tmp_path, files, "Roh asked prosecutors")
    assert _under(render_plain(briefing), "Roh asked") == ["who: South Korean President Roh Moo-hyun [1]"]
    gloss = json.loads(render_json(briefing))["points"][0]["glosses"][0]
    assert gloss["surname"] == "Roh" and gloss["text"] == "South Korean President Roh Moo-hyun"


def test_a_surname_first_name_given_in_full_in_an_earlier_point_needs_no_gloss(tmp_path: Path) -> None:
    files = {"a.txt": ("Spy probe\n\nThe ambassador called the office of President Roh Moo-hyun late Monday and "
                       "offered to resign.\n\nRoh asked prosecutors to question former agents, his spokesman "
                       "said.\n")}
    briefing = _brief(tmp_path, files, "The ambassador called", "Roh asked prosecutors")
    assert _under(render_plain(briefing), "Roh asked") == []  # point 1 gave "President Roh Moo-hyun"


def test_a_surname_after_an_arabic_article_is_glossed_with_a_title_of_several_words(tmp_path: Path) -> None:
    # editor9 and editor11, DUC 2006 D0617H: "..., el-Demiri said." had no who: line
    files = {"a.txt": ("Crash theory\n\nCAIRO, Sept. 16 (Xinhua) -- Egyptian Minister of Transport and Civil "
                       "Aviation Ibrahim el-Demiri said on Saturday that he did not rule out interference.\n\n"
                       "Investigators of civil aviation accidents in both countries have studied the flight data.\n\n"
                       "Electromagnetic waves could have confused the computer of the plane, el-Demiri said.\n")}
    briefing = _brief(tmp_path, files, "Electromagnetic waves")
    assert _under(render_plain(briefing), "Electromagnetic waves") == [
        "who: Egyptian Minister of Transport and Civil Aviation Ibrahim el-Demiri [1]"]


def test_an_acronym_a_source_spells_out_is_said_once_at_the_first_point_that_uses_it_bare(tmp_path: Path) -> None:
    # editor11 and editor13, TAC 2010 D1045H-A: "The SEPA confirmed ..." never said what SEPA is
    files = {"a.txt": ("River polluted\n\nChina's State Environmental Protection Administration (SEPA) said on "
                       "Wednesday that the Songhua River suffered a major pollution incident.\n\n"
                       "The SEPA confirmed the major pollution of the river on Wednesday.\n\n"
                       "The SEPA ordered the plant to stop work, officials said.\n\n"
                       "The plant's owner told the AP its own tests found little benzene in the water.\n")}
    briefing = _brief(tmp_path, files, "The SEPA confirmed", "The SEPA ordered", "told the AP")
    plain = render_plain(briefing)
    assert _under(plain, "The SEPA confirmed") == ["what: State Environmental Protection Administration (SEPA) [1]"]
    assert _under(plain, "The SEPA ordered") == []  # said once
    assert _under(plain, "told the AP") == []  # no source spells "AP" out: nothing said
    gloss = json.loads(render_json(briefing))["points"][0]["glosses"][0]
    assert gloss["kind"] == "what" and gloss["surname"] == "SEPA"


def test_a_surname_after_an_apostrophe_particle_is_glossed(tmp_path: Path) -> None:
    # editor14, DUC 2004 d31001t: "d'Oliveira called the period ``wholly impractical''" had no who: line
    files = {"a.txt": ("Amnesty cases\n\nTwo officers are under investigation, the official, Jan d'Oliveira, told "
                       "reporters on Monday.\n\nThe commission's chairman has called for a two-year limit on "
                       "prosecutions; d'Oliveira called the period ``wholly impractical.''\n")}
    briefing = _brief(tmp_path, files, "d'Oliveira called")
    assert _under(render_plain(briefing), "d'Oliveira called") == ["who: the official, Jan d'Oliveira [1]"]


def test_a_surname_with_a_capital_inside_it_is_glossed(tmp_path: Path) -> None:
    # editor16, TAC D1006A-A: "FitzGerald led the studies ..." had no who: line
    files = {"a.txt": ("Painkiller risks\n\nThe drugs may raise heart risks too, according to Dr. Garret FitzGerald, "
                       "a University of Pennsylvania cardiologist.\n\nFitzGerald said the agency should warn "
                       "doctors and their patients at once.\n")}
    briefing = _brief(tmp_path, files, "FitzGerald said")
    assert _under(render_plain(briefing), "FitzGerald said") == [
        "who: Garret FitzGerald, a University of Pennsylvania cardiologist [1]"]


def test_a_title_naming_a_country_with_to_is_the_title_not_the_name(tmp_path: Path) -> None:
    # editors 13 and 15, TAC D1016C-A: "Fonjallaz denied ..." had no who: line ("Indonesia Gerard Fonjallaz"
    # read as a name)
    files = {"a.txt": ("Assets abroad\n\nThe attorney general met Swiss Ambassador to Indonesia Gerard Fonjallaz at "
                       "his office on Friday.\n\nFonjallaz denied that the investigation was on the agenda during "
                       "his meeting with the attorney general.\n")}
    briefing = _brief(tmp_path, files, "Fonjallaz denied")
    assert _under(render_plain(briefing), "Fonjallaz denied") == [
        "who: Swiss Ambassador to Indonesia Gerard Fonjallaz [1]"]


def test_a_person_a_point_names_by_given_name_is_glossed(tmp_path: Path) -> None:
    # editors 17 and 19, DUC 2006 D0602B: "... Samantha's use of the steroid was purely accidental." had no who: line
    files = {"a.txt": ("Tennis and steroids\n\nWhen Samantha Reeves, a well-regarded amateur on the women's tour, "
                       "wanted to get back into shape, she tried a dietary supplement.\n\nReeves failed a drug test in "
                       "December, officials said.\n\nAccording to her family, Samantha's use of the steroid was purely "
                       "accidental.\n")}
    briefing = _brief(tmp_path, files, "Samantha's use")
    assert _under(render_plain(briefing), "Samantha's use") == [
        "who: Samantha Reeves, a well-regarded amateur on the women's tour [1]"]
    # "the Dutch Caribbean island": no person; "John and Patsy Ramsey": the point names them
    files = {"b.txt": ("Aruba search\n\nThe search went on across this Dutch Caribbean island on Monday, police said. "
                       "Caribbean officials met in the capital.\n\nHe is the son of a Dutch judge, the police said on "
                       "Tuesday.\n")}
    briefing = _brief(tmp_path, files, "son of a Dutch judge")
    assert _under(render_plain(briefing), "son of a Dutch judge") == []


def test_a_surname_an_earlier_point_gave_in_full_in_other_capitals_needs_no_gloss(tmp_path: Path) -> None:
    # editor21, TAC D1021D-A: "who: Debra LaFave" under "... said LaFave will forever lose her teaching
    # certificate" two points after "Debra Lafave, 25, will serve three years of house arrest ..."
    files = {"a.txt": ("Teacher sentenced\n\nDebra Lafave, 25, will serve three years of house arrest, the judge "
                       "ruled on Tuesday.\n\nJudge Wayne Timmerman said LaFave will lose her teaching certificate "
                       "and must register with the state.\n\nDebra LaFave, a former teacher, said she accepted "
                       "full responsibility.\n")}
    briefing = _brief(tmp_path, files, "Debra Lafave, 25", "said LaFave will lose")
    assert _under(render_plain(briefing), "said LaFave will lose") == []


def test_no_what_line_for_an_acronym_an_earlier_point_writes_out(tmp_path: Path) -> None:
    # editor21, TAC D1044H-A: "what: Food Standard Agency (FSA)" under a point after one that says "The Food
    # Standards Agency said ..."
    files = {"a.txt": ("Dye scare\n\nThe Food Standards Agency said the dye could raise the risk of cancer.\n\n"
                       "Over the past week, the FSA has ordered the withdrawal of 419 products.\n\n"
                       "Britain's Food Standard Agency (FSA) began its largest ever investigation.\n")}
    briefing = _brief(tmp_path, files, "The Food Standards Agency said", "the FSA has ordered")
    assert _under(render_plain(briefing), "the FSA has ordered") == []
    briefing = _brief(tmp_path, files, "the FSA has ordered")
    assert _under(render_plain(briefing), "the FSA has ordered") == ["what: Food Standard Agency (FSA) [1]"]


def test_the_body_a_person_is_of_says_who_they_are(tmp_path: Path) -> None:
    # editor20, TAC D1015C-A: "who: Han Xingguo" without the source's "of the Xishuangbanna Tropical Botanical Garden"
    files = {"a.txt": ("Rain forest shrinks\n\nThe forest has shrunk by a third, said Mojib Latif of the Max Planck "
                       "Institute for Meteorology on Monday.\n\nLatif said the loss would change the region's "
                       "rainfall.\n")}
    briefing = _brief(tmp_path, files, "Latif said the loss")
    assert _under(render_plain(briefing), "Latif said the loss") == [
        "who: Mojib Latif of the Max Planck Institute for Meteorology [1]"]


def test_where_a_surname_names_a_place_or_a_person_reads_as_the_patterns_did() -> None:
    """The gloss reads the places a source writes a surname (``_as_place``, ``_as_person``) where it once searched
    patterns compiled for each surname: the same answers, on the shapes each pattern took."""
    import re

    from brief.glosses import _SPEAKS, _as_person, _as_place, _written

    texts = ["said Mr. Smith-Jones, 21, in the  Smith said", "in the\nSmith's", "Dr Smith", "Mrs.Smith",
             "said A.B. O'C Dr. Smith", "said One Two Three Four Smith", "said One Two Three Smith", "Xsaid Smith",
             "-said Smith", "Mr.  Smith", "at  the  Smith", "bathe Smith", "in Smith_x", "in Smithé", "near Smith’s",
             "near Smith’sx", "Smith ,", "Smith's, said", "Smith,  both 100,", "Smith, 100,", "said Über Smith",
             "within Smith", "said\tSmith", "The Smith family said", "from\nthe Smith", "Mr. Smiths"]
    place = re.compile(r"\b(?:in|from|across|into|on|at|near)\s+(?:the\s+)?Smith\b(?!['’]s\b)")
    person = re.compile(rf"\bSmith{_SPEAKS.pattern}|\bsaid\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}Smith\b"
                        r"|\b(?:Mr|Mrs|Ms|Dr)\.?\s+Smith\b|\bSmith,\s+(?:both\s+)?\d{1,3},")
    answers = set()
    for text in texts:
        at = _written("Smith", text)
        read = (any(_as_place("Smith", text, k) for k in at), any(_as_person("Smith", text, k) for k in at))
        assert read == (place.search(text) is not None, person.search(text) is not None), text
        answers.add(read)
    assert answers == {(False, False), (False, True), (True, False), (True, True)}
