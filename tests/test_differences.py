"""Where sources of one fact differ: the values brief compares, and when it says nothing."""

from __future__ import annotations

from brief.facts.differences import compare, difference
from brief.model import Sentence, Source

ATHLETES_5 = "The Bangkok games are expected to attract more than 10,000 athletes from 43 nations."
ATHLETES_6 = "The Bangkok games are expected to attract about 6,000 athletes from 41 nations."


def _sentence(source_id: int, text: str) -> Sentence:
    return Sentence(source_id, 0, 0, len(text), text)


def _source(source_id: int, text: str, date: str | None = None) -> Source:
    return Source(source_id, f"{source_id}.txt", f"Source {source_id}", text, date=date)


def test_the_athletes_and_nations_each_source_counts_are_told_apart() -> None:
    assert compare(ATHLETES_5, ATHLETES_6) == (
        "figures", ("more than 10,000 athletes", "43 nations"), ("about 6,000 athletes", "41 nations"))


def test_one_count_rounded_is_no_difference() -> None:
    assert compare("Officials said about 6,000 athletes from 41 nations will attend.",
                   "Officials said 6,200 athletes from 41 nations will attend.") is None
    assert compare("The storm killed at least 231 people in Honduras.",
                   "The storm killed 250 people in Honduras.") is None


def test_the_same_count_of_another_scope_is_not_flagged() -> None:
    # Hurricane Mitch: one country's toll against the region's, and deaths against people.
    assert compare("Mitch caused at least 231 deaths in Honduras, officials said.",
                   "Mitch caused about 7,000 deaths in the region, officials said.") is None
    assert compare("The hurricane left at least 231 deaths in Honduras.",
                   "About 7,000 people have died in the region since the hurricane struck.") is None


def test_the_same_number_of_other_things_is_not_flagged() -> None:
    assert compare("Police fired 41 times at the man.", "The man was hit 19 times by police fire.") is None
    assert compare("The ship carried 300 passengers and 20 crew.",
                   "The ship carried 300 passengers and 40 cars.") is None


def test_years_dates_and_times_are_not_counts_but_a_date_is_compared_as_one() -> None:
    assert compare("The treaty was signed on Nov. 3, 1998 at 3 p.m. in Paris.",
                   "The treaty was signed on Nov. 4, 1997 at 5 p.m. in Paris.") == ("when", ("Nov. 3",), ("Nov. 4",))
    assert compare("The plane crashed at about 12:20 p.m. near the coastal town of Grammatikos.",
                   "12:05 p.m. (0905 GMT) _ Airliner crashes near coastal town of Grammatiko.") == (
        "when", ("12:20 p.m.",), ("12:05 p.m.",))


def test_weekdays_and_dates_of_other_events_are_not_compared() -> None:
    assert compare("The treaty was signed on Monday in Paris by both leaders.",
                   "The treaty was signed on Tuesday in Paris by both leaders.") is None  # counted from the writing
    assert compare("The treaty signed on Nov. 3 takes effect on Jan. 1, officials said.",
                   "The treaty takes effect on Jan. 1, officials said.") is None  # two dates: which is which
    assert compare("Talks opened on Nov. 3 in Geneva between the rivals.",
                   "Fighting resumed on Nov. 5 in the north of the country.") is None


def test_a_date_never_updates() -> None:
    a = _sentence(1, "The treaty was signed on Nov. 3 in Paris by both leaders.")
    b = _sentence(2, "The treaty was signed on Nov. 4 in Paris by both leaders.")
    diff = difference(a, b, [_source(1, a.text, "1998-11-04"), _source(2, b.text, "1998-11-06")])
    assert diff is not None and (diff.kind, diff.what) == ("conflict", "when")


def test_a_denied_claim_against_the_same_claim_made() -> None:
    assert compare("The company did not confirm the merger on Monday.",
                   "The company confirmed the merger on Monday.") == ("claim", ("did not confirm",), ("confirmed",))


def test_a_denial_said_two_ways_is_no_difference() -> None:
    assert compare("Prodi said he would not resign.", "Prodi denied he would resign.") is None
    assert compare("Prodi said he would not govern with any majority other than the one that elected him.",
                   "Prodi said he will govern only with the majority that elected him.") is None
    assert compare("The party won 64 seats but not the two-thirds majority needed.",
                   "The party won 64 seats, short of the two-thirds majority needed.") is None


def test_a_negation_about_something_else_is_no_difference() -> None:
    assert compare("The hurricane did not hit Miami but killed 10 people.", "The hurricane hit Honduras.") is None
    assert compare("His whereabouts are not known, investigators said.",
                   "His last known address was in St. Albans, investigators said.") is None


def test_a_later_dated_toll_is_an_update() -> None:
    early = _sentence(1, "The tsunami killed at least 70 people and crushed villages, officials said.")
    later = _sentence(2, "The tsunami killed nearly 600 people and crushed villages, officials said.")
    sources = [_source(1, early.text, "1998-07-18"), _source(2, later.text, "1998-07-20")]
    diff = difference(later, early, sources)
    assert diff is not None and (diff.kind, diff.what) == ("update", "figures")
    assert (diff.point.values, diff.other.values) == (("nearly 600 people",), ("at least 70 people",))


def test_a_later_dated_lower_toll_is_no_update_but_a_difference() -> None:
    early = _sentence(1, "The blast at the embassy in Nairobi killed 247 people, including 12 Americans.")
    later = _sentence(2, "The blast at the embassy in Nairobi killed 213 people, including 12 Americans.")
    sources = [_source(1, early.text, "1998-09-21"), _source(2, later.text, "1998-10-14")]
    diff = difference(early, later, sources)
    assert diff is not None and (diff.kind, diff.what) == ("conflict", "figures")
    assert (diff.point.values, diff.other.values) == (("247 people",), ("213 people",))


def test_undated_counts_that_both_may_be_right_are_not_flagged() -> None:
    early = _sentence(1, "The tsunami killed at least 70 people and crushed villages, officials said.")
    later = _sentence(2, "The tsunami killed nearly 600 people and crushed villages, officials said.")
    assert difference(later, early, [_source(1, early.text), _source(2, later.text)]) is None


def test_undated_counts_that_cannot_both_be_right_conflict() -> None:
    a, b = _sentence(1, ATHLETES_5), _sentence(2, ATHLETES_6)
    diff = difference(a, b, [_source(1, a.text), _source(2, b.text)])
    assert diff is not None and diff.kind == "conflict"
    assert (diff.point.source_id, diff.other.source_id) == (1, 2)


def test_planned_against_done_is_a_difference_of_claim() -> None:
    assert compare("The two leaders will sign the peace treaty in Washington on Monday.",
                   "The two leaders signed the peace treaty in Washington on Monday.") == (
        "claim", ("will sign",), ("signed",))
    assert compare("The two leaders will sign the peace treaty in Washington on Monday.",
                   "The two leaders signed a trade deal in Washington on Monday.") is None  # something else signed
    assert compare("The two leaders may not sign the peace treaty in Washington on Monday.",
                   "The two leaders signed the peace treaty in Washington on Monday.") is None  # doubt: cannot tell


def test_counts_of_other_places_other_acts_or_a_part_are_not_flagged() -> None:
    assert compare("A nearly simultaneous bombing at the U.S. Embassy in neighboring Kenya killed 248 people.",
                   "Another 11 people were killed in the nearly simultaneous bombing of the U.S. Embassy in "
                   "neighboring Tanzania.") is None
    assert compare("Last year the virus sickened 55 people and killed 7 in Queens, all of them elderly.",
                   "Last summer the virus killed seven people in Queens and sickened more than 60 others.") is None
    assert compare("Twin bombings at U.S. Embassies on Aug. 7 killed 257 people, 11 of them in Tanzania.",
                   "The Aug. 7 bombings of U.S. Embassies killed 11 people, all Africans.") is None


def test_a_noun_is_not_the_claim_its_verb_would_make() -> None:
    assert compare("Some media reports have said the tycoons paid a ransom after the kidnapping in Hong Kong.",
                   "The tycoons never reported any kidnapping to Hong Kong authorities.") is None


def test_a_denial_is_told_from_the_same_thing_said_negatively() -> None:
    from brief.facts.claims import denies

    assert denies("The pilots did not see any movement in the cockpit before the crash.",
                  "The pilots reported seeing two people trying to take the controls in the cockpit.")
    assert not denies("Sharon said he would never shake the hand of Yasser Arafat.",
                      "Sharon has said he would refuse to shake the hand of Arafat.")
    assert not denies("The opposition leaders said they could not negotiate freely in Cambodia.",
                      "Negotiations to form the next government have become deadlocked.")
    assert not denies("The officers pleaded not guilty to the charges.",
                      "The officers pleaded innocent in a Bronx courtroom.")


def test_a_plan_and_its_outcome_in_another_verb_form_are_a_difference_of_claim() -> None:
    plan = "The owners and players are scheduled to hold their first bargaining session on Thursday."
    done = "The owners and players held their first bargaining session on Thursday."
    assert compare(plan, done) == ("claim", ("are scheduled to hold",), ("held",))
    assert compare(done, plan) == ("claim", ("held",), ("are scheduled to hold",))
    assert compare("Mubarak was expected to visit Turkey later this week.", "Mubarak visited Turkey on Wednesday.") == (
        "claim", ("was expected to visit",), ("visited",))
    assert compare(plan, "The owners and players held a news conference on Thursday.") is None  # something else held
    assert compare("Lafave will also plead guilty to three sex charges in Marion County.",
                   "Lafave pleaded guilty to two counts of lewd and lascivious battery, a felony, in exchange for "
                   "three years of community control.") is None  # other charges
    assert compare("The separatists were expected to win 77 of the assembly's 125 seats.",
                   "In the 1994 election, the separatists won 77 of the assembly's 125 seats.") is None  # 1994's
    assert compare(plan, "The owners and players said they would hold their first bargaining session on "
                         "Thursday.") is None  # a plan again, not its outcome


def test_a_lower_bound_another_report_raises_is_superseded_and_no_other_count_is() -> None:
    from brief.facts.differences import raised

    early = "The ferry sank on Monday, killing at least 15 people, the coast guard said."
    assert raised(early, "The ferry sank on Monday, killing at least 41 people, the coast guard said.")
    assert raised(early, "The ferry sank on Monday, killing 41 people, the coast guard said.")
    assert not raised("The ferry sank on Monday, killing at least 41 people, the coast guard said.", early)
    assert not raised("The ferry sank on Monday, killing 15 people, the coast guard said.",
                      "The ferry sank on Monday, killing 41 people, the coast guard said.")  # cannot both be right
    assert not raised("The sheriff said 15 people died in the shooting.",
                      "The sheriff said as many as 25 people died in the shooting.")  # an estimate, not a later toll


def test_a_toll_of_the_dead_is_read_as_a_reader_counts_it() -> None:
    from brief.facts.quantities import tolls

    def read(text: str) -> list[tuple[float, bool]]:
        return [(t.value, t.risen) for t in tolls(text)]

    assert read("At least eight people have been confirmed killed and 30 others injured.") == [(8, False)]
    assert read("Seven miles away, in Galtuer, the death toll rose to 16, with 15 still missing.") == [(16, True)]
    assert read("The death toll caused by the avian flu has increased to four.") == [(4, True)]
    assert read("The official death toll rose by more than 100 people Wednesday to 94,200.") == [(94200, True)]
    assert read("Seven people have been infected so far, with two dead.") == [(2, False)]
    assert read("The bird flu, which has killed two people, is no epidemic.") == [(2, False)]
    assert read("The storm battered the fleet, killing at least two crew members.") == []  # a part of a toll
    assert read("Two sailors died and 15 others were missing.") == []
    assert read("A series of snowslides killed 56 people in the village of Blons in 1954.") == [(56, False)]


def test_an_event_still_to_come_and_one_that_has_come_are_read_as_a_reader_reads_them() -> None:
    from brief.facts.claims import held, to_come

    assert to_come("Both sides rested their cases, clearing the way for closing arguments next week.") == {
        "closing arguments"}
    assert to_come("The judge said closing arguments will begin Wednesday.") == {"closing arguments"}
    assert to_come("The trial for one of two men accused in the death of student Matthew Shepard has been "
                   "postponed.") == {"trial"}  # the event the sentence opens on, not the name before the verb
    assert to_come("The talks will resume next week.") == {"talks"}
    assert to_come("He will visit Turkey next week.") == set()
    assert held("Prosecutor Shellie Samuels said in her closing arguments Wednesday that Blake killed Bakley.") == {
        "closing arguments"}
    assert held("His statements came as the trial of Russell Henderson began in Albany County.") == {"trial"}
    assert held("Talks resumed in Geneva on Monday.") == {"talks"}
    assert held("The talks may resume in Geneva on Monday.") == set()  # a doubt: nothing has come
    assert held("After closing arguments, the jury will get the case.") == set()  # a plan
    assert held("Agents have arrived in Gaza to plan how to protect Clinton during his first visit.") == set()
