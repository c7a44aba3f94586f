"""Answers misread in the fifth persona run (tests/data/personas/results_run5_*.md), each written here in
new words as well as the persona's own."""
import pytest

from clinical import parsing
from clinical.triage import interpret
from clinical.urgency import assess


def answer(text, requested, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [])


@pytest.mark.parametrize("text", [
    "No, I sleep quite well. It is a little sore when I roll over in bed, but it isn't worse at night.",
    "no, only catches me when I'm turning over in bed",
    "nope, just sore getting out of bed then it settles",
])
def test_pain_on_moving_in_bed_is_not_pain_worse_at_night(text):
    assert answer(text, "night_pain").values.get("night_pain") == "no"


@pytest.mark.parametrize("text", ["yes it's worse in bed at night and wakes me",
                                  "the pain is bad lying down in bed"])
def test_pain_worse_in_bed_is_still_night_pain(text):
    assert answer(text, "night_pain").values.get("night_pain") == "yes"


@pytest.mark.parametrize("text, days", [
    ("it's happened a few times over the years", None),
    ("had this a few times over the years, this time 6 days", 6.0),
    ("my back goes every few years, this lot since yesterday", 1.0),
    ("twice a year or so it flares, this time about 2 weeks", 14.0),
])
def test_how_often_earlier_episodes_came_is_not_how_long_this_one_has_lasted(text, days):
    assert parsing.duration_days(text) == days


def test_a_long_history_is_still_read_as_long():
    assert parsing.duration_days("I've had it for years") == 730.0


def test_the_inflammatory_reason_does_not_claim_an_age_or_duration_the_person_never_gave():
    reasons = " ".join(r.text for r in assess({"night_pain": "yes", "age": 63, "duration_days": 12}).reasons)
    assert "worse at night" in reasons
    assert "under 45" not in reasons and "3 months" not in reasons


@pytest.mark.parametrize("text", ["should I take time off work?", "should I stay off work?",
                                  "do I need to stay off work", "is it ok if it wakes me at night?"])
def test_a_question_about_work_or_nights_tells_nothing_about_the_pain(text):
    values = answer(text, "bladder_bowel", intent="ask_question").values
    assert "sleep_work_impact" not in values and "night_pain" not in values


@pytest.mark.parametrize("text, slot", [
    ("I can't work, should I see someone?", "sleep_work_impact"),
    ("it wakes me at night, is that bad?", "night_pain"),
])
def test_what_is_told_before_a_question_in_the_same_sentence_is_kept(text, slot):
    assert answer(text, "bladder_bowel", intent="ask_question").values.get(slot) == "yes"


def test_a_red_flag_inside_a_question_is_still_checked():
    assert "saddle_numbness" in answer("should I worry that my bum is numb?", "bladder_bowel").to_check


def test_a_question_the_classifier_took_for_a_goodbye_is_a_question():
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from components.clinical_facts import ClinicalFactExtractor

    def intent_of(text):
        message = Message({TEXT: text, INTENT: {"name": "goodbye", "confidence": 0.45},
                           INTENT_RANKING_KEY: [{"name": "goodbye", "confidence": 0.45}]})
        ClinicalFactExtractor().process([message])
        return message.get(INTENT)["name"]

    assert intent_of("should I take time off?") == "ask_question"
    assert intent_of("ok bye, thanks") == "goodbye"


@pytest.mark.parametrize("text, cause", [
    ("I carry washing machine up two floor, feel pull when I turn on stairs", "lifting"),
    ("hauled the kayak onto the roof rack", "lifting"),
    ("No single injury, it crept up", "no_clear_cause"),
])
def test_how_it_started_in_plain_or_non_native_words(text, cause):
    assert parsing.onset(text) == cause
