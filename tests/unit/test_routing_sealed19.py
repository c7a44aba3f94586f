"""Routing misses read from blind sealed set 19 at its one scoring (now development data), each tested in
other words. The topic questions are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves
from tests.unit.readings import routed


@pytest.mark.parametrize("text", ["forget what I asked", "ah never mind then", "nah all good, skip it"])
def test_waving_a_question_away(text):
    assert moves.dismisses(text)


def test_how_far_through_the_questions():
    assert moves.asks_how_many_more("how far along are we?")


@pytest.mark.parametrize(("text", "kind"), [
    ("can my brother drive me to the hospital instead of the ambulance?", "transport"),
    ("could I go to the chemist instead of the doctor?", "where"),
])
def test_a_lift_to_hospital_and_a_pharmacist_instead_are_getting_help(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize(("text", "report"), [("it was a 2 yesterday and a 6 today", "report_flare"),
                                              ("a 7 yesterday, a 4 today", "report_progress")])
def test_scores_on_two_days_are_a_plan_report(text, report):
    assert moves.plan_report(text) == report


@pytest.mark.parametrize("text", ["what if I can't work for months?",
                                  "terrified I won't be able to run ever again"])
def test_fears_for_work_and_sport_are_worries(text):
    assert moves.fears_something_serious(text)


def test_a_fear_read_as_a_plan_report_is_a_worry():
    assert routed("scared I won't be able to surf again this summer", guess="report_flare") == "express_worry"


def test_a_flare_with_a_fear_is_still_a_flare():
    assert routed("much worse after the walk, scared I'll never be able to work again",
                  guess="report_flare") == "report_flare"
