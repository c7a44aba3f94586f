"""Routing misses read from blind sealed set 17 at its one scoring (now development data), each tested in
other words. The topic questions are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves, parsing
from tests.unit.readings import routed


@pytest.mark.parametrize(("text", "kind"), [
    ("can I just turn up at A&E or should I phone first?", "where"),
    ("how do I find an after-hours clinic open on a Saturday?", "where"),
])
def test_how_to_reach_the_help_is_a_getting_help_question(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("text", ["could I take a nurofen while I wait for the ambulance?",
                                  "anything I can do this evening to ease it a bit?"])
def test_a_medicine_or_self_care_question_while_waiting_is_no_question_about_waiting(text):
    assert moves.getting_help_question(text) is None


def test_asking_whether_a_relative_sees_the_answers_is_about_privacy():
    assert moves.about_the_assistant("will my GP get to see what I write here?") == "privacy"


def test_why_a_question_matters_is_asked_why_not_a_report():
    assert routed("why would it matter if I've had a fever?") == "ask_why"


def test_a_sarcastic_flare_report_is_a_flare():
    text = "great, did the walk and now I can hardly get up off the couch"
    assert moves.plan_report(text) == "report_flare"


def test_fearing_permanent_harm_is_a_worry():
    assert moves.fears_something_serious("what if I've done something lasting to my spine carrying the twins")


@pytest.mark.parametrize("text", ["couldn't tell you, sorry, my memory's not great",
                                  "I can't recall, love"])
def test_not_remembering_is_not_sure(text):
    assert parsing.polarity(text, "nlu_fallback") == "unsure"


@pytest.mark.parametrize("text", ["will the doctor see it on an x-ray?", "can the GP see it today?"])
def test_a_doctor_seeing_the_back_is_no_privacy_question(text):
    assert moves.about_the_assistant(text) is None


def test_a_brace_that_keeps_it_from_worsening_is_no_privacy_question():
    assert moves.about_the_assistant("will this brace keep it from getting worse?") is None


@pytest.mark.parametrize("text", ["sharp pain in my thai when I bend", "I know German but my back hurts"])
def test_a_language_named_in_passing_is_no_question_about_languages(text):
    assert moves.about_the_assistant(text) is None
