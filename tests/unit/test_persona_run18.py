"""What persona run 18 found, in general terms: "has not improved" read as improving and "can't figure out
why" not read as no clear cause (two missed `soon` outcomes), and night pain over and said so ("sleeping all
right now") read as night pain (an over-triage); a wife asked to drive after an emergency."""
import pytest

from clinical import moves, parsing
from clinical.triage import interpret
from clinical.urgency import assess

SIGNS_NO = {"bladder_bowel": "no", "saddle_numbness": "no", "sexual_dysfunction": "no", "leg_weakness": "no",
            "leg_numbness": "no", "major_trauma": "no", "fever": "no", "weight_loss": "no",
            "cancer_history": "no", "immunosuppression": "no"}


@pytest.mark.parametrize("text, reading", [
    ("has not improved despite stretching and ibuprofen", "no"), ("not getting any better", "no"),
    ("it isn't any better", "no"), ("it is getting better", "yes"), ("has improved a lot", "yes"),
])
def test_improvement_denied_in_full_words_is_not_improving(text, reading):
    assert parsing.improving(text) == reading


def test_nine_weeks_that_have_not_improved_is_soon():
    # v06: "has not improved despite stretching and ibuprofen" was read as improving: self-care, not soon
    opening = ("Good afternoon. I have had an ache in my lower back for approximately seven weeks. It began "
               "after a long drive to the Highlands and has not improved despite stretching and ibuprofen.")
    answers = {**SIGNS_NO, **interpret(opening, "describe_pain", None, {}, []).values}
    assert answers["improving"] == "no"
    assert assess({**answers, "duration_days": 63, "age": 47}).level.label == "soon"


def test_a_first_episode_at_56_whose_cause_she_cannot_find_is_soon():
    # v08: "I honestly can't figure out why ... never had back problems before" at 56: self-care, not soon
    opening = ("Hi there! I've had this nagging ache in my lower back for about three weeks and I honestly "
               "can't figure out why. I've never had back problems before in my life.")
    answers = {**SIGNS_NO, **interpret(opening, "describe_pain", None, {}, []).values}
    assert answers["onset"] == "no_clear_cause" and answers["first_episode"] == "yes"
    # a desk job told later is no cause given for the pain
    later = interpret("No, no fall or bump. I'm at a desk all day at the vet clinic.", "inform",
                      "major_trauma", answers, [])
    answers.update(later.values)
    assert answers["onset"] == "no_clear_cause"
    assert assess({**answers, "age": 56}).level.label == "soon"


def test_night_pain_over_and_said_so_is_no_night_pain():
    # v03: "Bit sore turning over the first two nights, I am sleeping all right now" gave soon for night pain
    update = interpret("Bit sore turning over the first two nights, I am sleeping all right now", "inform",
                       "night_pain", {}, [])
    assert update.values["night_pain"] == "no"


@pytest.mark.parametrize("text", ["Can't the wife just drive me in. Ambos take forever out here",
                                  "That's not what I asked. Can she drive me or not"])
def test_asking_whether_someone_can_drive_is_about_getting_there(text):
    # v11: after an emergency, "Can't the wife just drive me in" got advice on keeping active, twice
    assert moves.getting_help_question(text) == "transport"
    assert moves.getting_help_question("my wife drives me to physio on tuesdays") is None
