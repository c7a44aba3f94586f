"""Wordings missed, wrongly escalated or wrongly answered on blind sealed set 26 at its one scoring (said
here in other words, so that the set's own cases stay out of every test and training file)."""
import pytest

from clinical import parsing
from clinical.language import find_mentions, possible_red_flags
from clinical.triage import osteoporotic_fall_check_asks
from tests.unit.readings import possible_codes, reported_codes


def test_a_general_question_the_person_says_is_about_themselves_is_checked():
    text = ("what does it mean when you feel a throbbing lump in your belly? I'm 70 with a bad back, asking "
            "for myself")
    assert "vascular" in possible_red_flags(find_mentions(text))


def test_a_general_question_about_someone_unnamed_is_not_checked():
    text = "what does it mean when you feel a throbbing lump in your belly? saw it on a medical show"
    assert "vascular" not in possible_red_flags(find_mentions(text))


def test_an_overdose_long_ago_with_help_and_years_well_since_is_only_checked():
    text = ("as a teenager I took an overdose, I got help and I am well and happy for fifteen years now. "
            "back sore from weeding")
    assert "self_harm" not in reported_codes(text)
    assert "self_harm" in possible_codes(text)


def test_an_overdose_now_is_still_a_crisis():
    assert "self_harm" in reported_codes("I took an overdose an hour ago and my back hurts")


def test_being_sure_of_a_fever_is_still_a_fever():
    assert "fever" in reported_codes("I'm pretty sure it's a fever, 39 degrees and my back aches")


@pytest.mark.parametrize("text", ["what are biologics, are they for ordinary back pain",
                                  "wat are biologic drugs used for"])
def test_asking_what_a_medicine_is_reports_no_weak_immune_system(text):
    assert "immunosuppression" not in reported_codes(text)


def test_taking_a_medicine_is_still_reported():
    assert "immunosuppression" in reported_codes("I'm on biologics for my crohns and my back is sore")


def test_a_check_asks_about_thin_bones_when_they_were_only_asked_about():
    assert osteoporotic_fall_check_asks("what happens if you have osteoporosis and you have a little fall") \
        == "osteoporosis"
    assert osteoporotic_fall_check_asks("i have osteoporosis and slipped on the step") == "fall"
    assert osteoporotic_fall_check_asks("a little tumble in the bathroom") == "osteoporosis"


@pytest.mark.parametrize("text", ["kinda embarrassing, I pulled it doing a dance video",
                                  "a bit awkward, I hurt it reaching for the top shelf",
                                  "sort of funny story, I slipped off the sofa"])
def test_a_comment_on_the_telling_is_no_yes(text):
    assert parsing.polarity(text, "describe_pain", words_only=True) is None


@pytest.mark.parametrize("text", ["kinda", "a bit", "sort of, when I sit down"])
def test_a_little_is_still_a_yes(text):
    assert parsing.polarity(text, "describe_pain", words_only=True) == "yes"
