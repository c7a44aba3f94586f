"""What persona run 14 found, in general terms: a relative's back pain told at the opening, a plain no to a
list beside a sign only guessed, and causes of the pain said in ordinary words."""
import pytest

from actions.common import latest_reading
from actions.triage import ActionStartTriage
from clinical import parsing
from clinical.language import find_mentions, opens_with_a_relatives_back
from clinical.triage import QUESTIONS, interpret, next_question
from clinical.urgency import assess
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text", [
    "My dad (74) just got a really bad pain in his back out of nowhere, he says its just his back but he"
    " looks awful",
    "my wife's back went this morning and she can't stand up",
    "hi, my husband hurt his lower back lifting the trailer",
    "my mum, 81, has really bad pain in her back",
])
def test_an_opening_about_a_relatives_back_is_written_for_them(text):
    assert opens_with_a_relatives_back(text)


@pytest.mark.parametrize("text", [
    "my dad hurt his back the same way years ago, and now my back hurts",
    "my back hurts and my wife's back is sore too",
    "My back is sore. My husband says his back is fine",
    "my dad had back pain for years",
    "my wife says I should get my back checked",
])
def test_a_relative_beside_the_writers_own_back_is_not(text):
    assert not opens_with_a_relatives_back(text)


def test_after_an_opening_about_a_relatives_back_the_signs_told_are_the_patients():
    opening = "My dad (74) just got a really bad pain in his back out of nowhere, he looks awful"
    later = "yes he says its in his stomach too. he went all grey and sweaty when he stood up"
    tracker = make_tracker([user_event(opening, "describe_pain"), user_event(later, "inform")])
    assert any(m.code == "vascular" and m.about_user for m in latest_reading(tracker))
    # the opening's own signs stay his, told to him at their level: the writer has not said she types for him
    told_at_once = "my husband can't pee since yesterday and his back is bad"
    assert not any(m.about_user for m in find_mentions(told_at_once))
    assert latest_reading(make_tracker([user_event(told_at_once, "describe_pain")])) is None


def test_the_relatives_age_in_that_opening_is_the_patients_but_not_in_the_writers_own_story():
    opening = "My dad (74) just got a really bad pain in his back out of nowhere"
    assert interpret(opening, "describe_pain", None, {}, []).values["age"] == 74
    # ...but a relative's age in the writer's own story is not the writer's
    own = "my back hurts, my dad (74) had the same thing"
    assert interpret(own, "describe_pain", None, {}, []).values.get("age") is None
    assert parsing.relatives_age("my mum, 81, has pain in her back") == 81


def test_a_plain_no_to_the_list_stands_beside_a_sign_the_recall_reader_only_guessed():
    # (an old, unchanged problem hedged with "anyway" drew a check, then the saddle question on its own)
    update = interpret("No... not since the back started anyway.", "deny", "checklist_saddle",
                       {"bladder_bowel": "no"}, [])
    assert update.values["saddle_numbness"] == "no" and update.values["sexual_dysfunction"] == "no"
    assert not update.to_check
    assert next_question({"bladder_bowel": "no", **update.values}) == "leg_weakness"


def test_a_sign_told_in_words_to_the_list_still_counts():
    update = interpret("no, but it's a bit numb down there when I sit", "inform", "checklist_saddle",
                       {"bladder_bowel": "no"}, [])
    assert update.values.get("checklist_saddle") == "yes" or "saddle_numbness" in update.to_check


@pytest.mark.parametrize("text, label", [
    ("It started the Sunday evening after two days painting the ceilings.", "housework_or_gardening"),
    ("up and down a stepladder decorating", "housework_or_gardening"),
    ("No, that's what's odd. I haven't lifted anything or had a fall. It just sort of crept up on me.",
     "no_clear_cause"),
    ("i haven't had a fall", None),
])
def test_causes_in_ordinary_words_and_causes_denied(text, label):
    assert parsing.onset(text) == label


@pytest.mark.parametrize("text, value", [
    ("after playing with the grandkids", "other_cause"), ("from sneezing", "other_cause"),
    ("no idea", "unknown"), ("nothing, it just came on", "no_clear_cause"),
])
def test_the_how_did_it_start_question_takes_any_cause_told(text, value):
    assert interpret(text, "inform", "onset", {}, []).values["onset"] == value


@pytest.mark.parametrize("told, named, not_named", [
    ({"morning_stiffness": "yes"}, "morning stiffness", "night"),
    ({"night_pain": "yes"}, "worse at night", "stiffness"),
    ({"leg_numbness": "yes"}, "numbness", "leg pain worse"),
    ({"leg_pain_worse": "yes"}, "leg pain worse", "numbness"),
])
def test_a_soon_reason_names_only_what_the_person_told(told, named, not_named):
    # (a student stiff "like a robot" each morning was told of "pain that is worse at night", never asked)
    reasons = " ".join(r.text for r in assess(told).reasons)
    assert named in reasons and not_named not in reasons


@pytest.mark.parametrize("text, value", [
    ("Not now. I took it easy on Monday and Tuesday, but I am walking the dog again.", "no"),
    ("As I said, not now. I am managing my usual activities.", "no"),
    ("yes, I can't sleep for it", "yes"),
])
def test_not_stopped_now_answers_whether_the_pain_stops_usual_activities(text, value):
    intent = "correct_answer" if text.startswith("As I said") else "inform"
    update = interpret(text, intent, "sleep_work_impact", {"duration_days": 6}, [])
    assert update.values["sleep_work_impact"] == value


def test_content_or_a_nuisance_is_a_calm_mood():
    update = interpret("Quite content, thank you. It is a nuisance rather than a worry.", "inform", "mood",
                       {}, [])
    assert update.values["mood"] == "not_high"


async def test_a_question_kept_with_no_safety_question_left_is_kept_without_promising_one(dispatcher, domain):
    # (after the outcome, "Should I take a few days off work?" started the triage again and was told "I'll
    # answer it as soon as we've finished the safety questions", with none left)
    done = {q.slot: "no" for q in QUESTIONS if q.kind == "red_flag"}
    done.update({"location": "lower_back", "duration_days": 10.0, "onset": "housework_or_gardening",
                 "age": 38, "details": "asked", "leg_pain": "no", "night_pain": "no",
                 "morning_stiffness": "no", "sleep_work_impact": "no", "mood": "not_high"})
    assert next_question(done) is None
    message = user_event("my back is still sore, should I take a few days off work?", "describe_pain")
    events = await ActionStartTriage().run(dispatcher, make_tracker([message], slots=done), domain)
    assert slots_of(events)["held_questions"] == ["should i take a few days off work?"]
    assert "utter_question_held" not in [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize("text, place", [
    ("low down in the middle of my back", "lower_back"),
    ("I don't think I said upper back, but lower back is right", "lower_back"),
    ("Sorry, it's my lower back, not my upper back", "lower_back"),
    ("It isn't the lower back, it's between my shoulder blades", "upper_back"),
    ("middle of my back", "upper_back"),
])
def test_a_place_is_read_with_its_words_around_it(text, place):
    assert parsing.location(text) == place


@pytest.mark.parametrize("text, requested, leg_pain", [
    ("No, nothing going on in my legs at all.", "leg_numbness", "no"),
    ("none, no problems with either leg", "checklist_legs", "no"),
    ("No. Nothing in the legs. Only the pain deep in the buttock, sometimes left, sometimes right.",
     "leg_numbness", "yes"),
    ("no", "leg_numbness", None),
])
def test_nothing_in_the_legs_answers_the_leg_pain_question_too(text, requested, leg_pain):
    # (a nurse-line caller who said "nothing going on in my legs at all" was then asked whether the pain
    # spreads down a leg)
    assert interpret(text, "deny", requested, {}, []).values.get("leg_pain") == leg_pain


def test_a_negation_elsewhere_does_not_hide_the_place():
    assert parsing.location("can't move my lower back") == "lower_back"


def test_a_relatives_back_told_later_in_the_conversation_does_not_make_it_theirs():
    events = [user_event("my lower back hurts", "describe_pain"), user_event("no", "deny"),
              user_event("no", "deny"), user_event("my husband hurt his back too", "inform"),
              user_event("he can't pee", "inform")]
    assert not any(m.about_user for m in latest_reading(make_tracker(events)) or [])


@pytest.mark.parametrize("text", [
    "Not now. I took it easy on Monday and Tuesday, but I am walking the dog again.",
    "I don't want to change anything. I'll just book in with my GP then. Cheers.",
])
def test_a_calm_reply_draws_no_check_question_about_self_harm(text):
    # (the red-flag reader had asked these calm people whether they had thoughts of harming themselves;
    # neither message is among its training examples)
    assert "self_harm" not in possible_codes(text) | reported_codes(text)
