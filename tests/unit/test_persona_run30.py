"""What persona run 30 and blind set 70 found (tests/data/personas/results_run30*.md,
tests/data/blind/README_sealed70.md), each with the reading that failed."""
import pytest

from clinical import parsing
from clinical.findings import Urgency
from clinical.language import find_mentions
from clinical.recall import with_suggestions
from clinical.triage import BY_SLOT, interpret
from clinical.urgency import assess


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# --- g01: "God no, nothing like that. I was only asking about the cert" to the self-harm check was a yes: a
# crisis reply that stayed -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["God no, nothing like that. I was only asking about the cert", "jesus no",
                                  "good lord no", "hell no", "oh god no"])
def test_a_no_after_an_exclamation_is_no(text):
    assert parsing.polarity(text, None, explicit_only=True, words_only=True) == "no"


def test_god_knows_is_no_answer():
    assert parsing.polarity("god knows", None) is None


# ... and the check came from a question about a sick note and its cost
@pytest.mark.parametrize("text", [
    "Quick one while I think of it. If I took a couple of days off would I need a cert from the GP? And what "
    "would that cost me, I've no medical card",
    "I took ibuprofen yesterday. can I take paracetamol as well?",
])
def test_time_off_and_painkiller_questions_bring_no_self_harm_check(text):
    assert not [m for m in with_suggestions(text, find_mentions(text)) if m.code == "self_harm"]


# --- g08: "cant push the floor machine. went home early twice" to the bladder question was an emergency -----

def test_a_machine_that_cannot_be_pushed_is_no_straining():
    update = read("cant push the floor machine. went home early twice", "bladder_bowel", intent="inform")
    assert update.values.get("bladder_bowel") != "yes"


@pytest.mark.parametrize("text, slot", [
    ("its worse every day and today my right leg cant push the clutch in so i cant drive", "leg_weakness"),
    ("i cant push the poo out, been straining for days", "bladder_bowel"),
])
def test_pushing_with_a_leg_or_on_the_toilet_is_still_read(text, slot):
    read_as = {m.code for m in find_mentions(text) if m.status == "present"}
    assert read_as & {slot, "progressive_weakness"}


# --- set 70: other people's signs read as the writer's, and a fever long over -----------------------------

@pytest.mark.parametrize("text, code", [
    ("one of the kennel girls has a fever of 39 and a bad back, she's 19, should she see someone", "fever"),
    ("the tram driver I share shifts with had a melanoma before and now has new back pain. I'm fine, just "
     "wondering what to tell him", "cancer_history"),
])
def test_a_colleagues_sign_is_not_the_writers(text, code):
    assert read(text).values.get(code) != "yes"


def test_a_fever_with_normal_readings_every_day_since_is_over():
    update = read("had a temp of 39 last week with the flu, fine now, thermometer has said 36.8 every day "
                  "since. back just stiff from gaming")
    assert update.values.get("fever") != "yes"


def test_a_fever_only_yesterday_said_to_be_fine_now_is_checked_not_dropped():
    update = read("had a fever of 39 yesterday, fine now")
    assert "fever" in update.to_check and update.values.get("fever") != "no"


def test_no_fever_yesterday_or_today_is_no():
    assert read("no fever yesterday or today").values.get("fever") == "no"


def test_a_numb_bottom_back_to_normal_on_getting_out_is_answered():
    update = read("taxi driver, after a 10 hr shift my bum goes a bit numb in the seat but it's back to "
                  "normal the second i get out and stretch")
    assert update.values.get("saddle_numbness") != "yes" and "saddle_numbness" not in update.to_check


# --- run 29's replay, h06: a first episode at 57 that came on over 12-hour shifts on a plough seat got
# self-care: sitting was taken as a clear cause, so whether it was his first was never asked ----------------

def test_a_first_back_pain_over_50_from_long_sitting_is_soon():
    answers = {slot: "no" for slot in (
        "bladder_bowel", "saddle_numbness", "sexual_dysfunction", "leg_weakness", "leg_numbness",
        "major_trauma", "fever", "weight_loss", "cancer_history", "immunosuppression", "vascular", "leg_pain",
        "night_pain", "morning_stiffness", "sleep_work_impact")}
    answers.update(age=57, duration_days=17.5, onset="sitting_or_driving", first_episode="yes",
                   mood="not_high")
    assert assess(answers).level == Urgency.SOON


def test_the_first_episode_question_is_asked_after_a_sitting_onset_over_50():
    assert BY_SLOT["first_episode"].ask_if({"age": 57, "onset": "sitting_or_driving"})
    assert not BY_SLOT["first_episode"].ask_if({"age": 57, "onset": "lifting"})


def test_exercises_done_with_a_physio_leave_the_signs_the_writers():
    # (the rule for someone the writer works beside must not take in "the exercises I do with my physio")
    update = read("the exercises I do with my physio made both my legs numb")
    assert update.values.get("both_legs") == "yes"
