"""Wordings missed or wrongly escalated on blind sealed set 25 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
import pytest

from clinical.language import find_mentions, possible_red_flags
from tests.unit.readings import reported_codes


@pytest.mark.parametrize("text", [
    "lately I keep wondering how I might end it",
    "I no longer wish to go on with this pain",
    "not sure I want to be alive any more",
    "honestly don't want to carry on anymore",
    # the "not" of "not sure" or "don't know" denies nothing
    "not sure if I should end it all",
    "I don't know if I should end my life",
])
def test_crisis_wording_with_a_doubt_in_it_is_still_a_crisis(text):
    assert "self_harm" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I don't want to go on holiday with my back like this",
    "I no longer want to go on the bike, is walking better",
    "I want to be here for my grandkids, so what can I do",
    "I'm not sure I want to be here at the physio's, it's a waste of time",
    "I no longer want to live in London with this commute",
])
def test_going_on_or_being_here_about_plans_is_no_crisis(text):
    assert "self_harm" not in reported_codes(text)


def test_a_doubt_about_living_with_something_is_no_crisis_and_denies_nothing():
    text = "I don't wish to live with a catheter"
    assert "self_harm" not in reported_codes(text)


def test_what_the_internet_says_is_no_history():
    text = "the forums say back pain is a sign of cancer, is that true? I'm 30 and well otherwise"
    mentions = find_mentions(text)
    assert "cancer_history" not in reported_codes(text)
    assert "cancer_history" not in possible_red_flags(mentions)


@pytest.mark.parametrize("text", ["urgh never mind, forget it", "pfft whatever, doesn't matter"])
def test_a_sigh_before_waving_it_away_is_still_waving_it_away(text):
    from clinical import moves

    assert moves.dismisses(text)


def test_second_language_correction_is_a_correction():
    from clinical import moves

    assert moves.corrects("sorry I said wrong, the pain is in the right side")
    assert not moves.corrects("I put the wrong weight on the bar at the gym and my back went")


@pytest.mark.parametrize(("text", "report"), [
    ("it was getting better but then I lifted the shopping and it seized up again", "report_flare"),
    ("was doing a lot better until yesterday, now it's gone into a spasm", "report_flare"),
    ("it was getting better, and now it's even better", "report_progress"),
])
def test_better_once_and_worse_now_is_a_flare(text, report):
    from clinical import moves

    assert moves.plan_report(text) == report
