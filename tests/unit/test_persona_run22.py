"""Misreadings found by persona run 22 (tests/data/personas/results_run22_*.md), each in the persona's own
words and in new ones."""
import datetime as dt

import pytest

from actions.conversation import ActionStandFirm, ActionTriageProgress
from clinical import parsing
from clinical.triage import answer_check, interpret
from clinical.urgency import assess
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.readings import routed, topics_for
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)

SUNDAY = dt.date(2026, 12, 6)


def read(text, requested=None, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [], today=SUNDAY)


# --- o09: "missed the bottom step ... sat down rather hard. Not a fall as such", osteoporosis confirmed, got
# self-care: the fall was read as sitting, so the yes to thin bones settled nothing (an under-triage) ---

_O09_FALL = ("I missed the bottom step coming in from the garden and sat down rather hard on it. Not a fall "
             "as such. Regards, Margaret")


@pytest.mark.parametrize("text", [_O09_FALL, "missed the last step and sat down quite hard",
                                  "sat down pretty heavily on the kitchen floor"])
def test_a_small_fall_played_down_is_a_fall(text):
    assert parsing.onset(text) == "fall"


def test_a_small_fall_then_thin_bones_confirmed_is_urgent():
    update = read(_O09_FALL, "major_trauma")
    assert update.values.get("onset") == "fall" and "osteoporotic_fall" in update.to_check
    reply = answer_check("Yes, I believe that is the word. Dr Patel says my bones are thin.", "affirm",
                         "osteoporotic_fall", update.to_check["osteoporotic_fall"], dict(update.values), [])
    answers = {**update.values, **reply.values}
    assert answers["osteoporosis"] == "yes" and answers["onset"] == "fall"
    assert assess(answers).level >= assess({"osteoporosis": "yes", "onset": "fall"}).level > 0


# --- o05 (first attempt): "the leg is worse id say leg 6 back 4" to "is a leg getting weaker ...?" was read
# as yes: an emergency for leg pain worse than back pain --------------------------------------------------

@pytest.mark.parametrize("text", ["the leg is worse id say leg 6 back 4", "leg worse than the back",
                                  "leg pain is 7 and back is 3"])
def test_leg_pain_against_back_pain_is_not_a_weakness_getting_worse(text):
    assert parsing.getting_worse(text) is None
    update = answer_check(text, "inform", "progressive_weakness", "all the way down the left leg", {}, [])
    assert update.values.get("progressive_weakness") != "yes" and update.missed


@pytest.mark.parametrize("text", ["worse, the leg is weaker than this morning",
                                  "leg 6 back 4 and the foot is weaker every hour"])
def test_a_weakness_said_to_be_worse_still_is(text):
    assert parsing.getting_worse(text) == "yes"


# --- answers not understood: "n" (o03), "know" by voice (o05), "kāo" (o01), "nahi, I wish!" (o07) ----------

@pytest.mark.parametrize("text, answer", [
    ("n", "no"), ("N.", "no"), ("y", "yes"), ("know", "no"), ("kāo", "no"), ("kao", "no"),
    ("kāo, no cancer", "no"), ("nahi, I wish! still carrying the baby weight lol", "no"), ("haan", "yes"),
    ("āe", "yes")])
def test_a_short_or_other_language_answer_is_read(text, answer):
    assert parsing.polarity(text, words_only=True) == answer


@pytest.mark.parametrize("text", ["know what i mean", "y tho", "Hindi speaker here", "n/a"])
def test_words_that_only_look_like_answers_are_not(text):
    assert parsing.polarity(text, words_only=True) is None


@pytest.mark.parametrize("text, guess, intent", [("kāo", "greet", "deny"), ("āe", "thank", "affirm"),
                                                 ("hello", "greet", "greet")])
def test_a_no_or_yes_in_te_reo_is_not_a_greeting(text, guess, intent):
    assert routed(text, guess) == intent


# --- durations misread: "friday night" (o01), "since last weekend" (o04), a stay in port (o08) ------------

@pytest.mark.parametrize("text, days", [
    ("kia ora, hurt my back at mahi friday night lifting a big stock pot off the range, got home and crashed "
     "on the couch and its been tino mamae since. bit better today tho", 2.0),
    ("hola, I drive Uber like 11 hrs a day and my lower back me está matando since last weekend. its a "
     "little better now", 8.0),
    ("I'm crewing on a yacht delivery and we're in port for a few days. I've had a low backache for about "
     "10 days now.", 10.0),
    ("did my back in on saturday morning", 1.0)])
def test_how_long_the_pain_has_lasted(text, days):
    assert read(text, intent="describe_pain").values.get("duration_days") == days


@pytest.mark.parametrize("today, days", [(dt.date(2026, 12, 7), 2.0), (SUNDAY, 8.0)])
def test_last_weekend_is_the_one_before_when_said_at_a_weekend(today, days):
    assert parsing.duration_days("sore since last weekend", today) == days


# --- after the outcome: thanks with a plan of one's own (o02), a question of where to go abroad (o08) ------

def test_thanks_with_a_plan_of_ones_own_is_thanks():
    assert routed("Okay, ta! I'll ask my midwife next week then.", "ask_question") == "thank"


@pytest.mark.parametrize("text, guess", [
    ("Where would I actually go here? I don't speak Portuguese and I have no idea how things work. Is there "
     "a number to call?", "bot_challenge"),
    ("English is fine, thank you. My question is where I would go to see a doctor here, and whether there is "
     "a number to call.", "bot_challenge")])
def test_where_to_go_abroad_is_a_question_about_getting_help_not_language(text, guess):
    assert routed(text, guess) == "ask_getting_help"


def test_a_language_asked_for_is_still_about_the_assistant():
    assert routed("can you speak Spanish?", "bot_challenge") == "bot_challenge"


@pytest.mark.parametrize("text", ["What would you suggest?", "what do you recommend"])
def test_asking_for_a_suggestion_is_a_self_care_question(text):
    assert topics_for(text)[:1] == ["self_care"]


# --- o10: "how many more of these ffs. im in cairns btw" and a cost question after it: the numbers changed
# without a word, and only two replies later --------------------------------------------------------------

_IN_CAIRNS = [{"entity": "region", "value": "AU"}]


async def test_a_place_told_with_how_many_more_switches_the_numbers_and_says_so(dispatcher, domain):
    text = "how many more of these ffs. im in cairns btw if it matters. well gordonvale"
    tracker = make_tracker([user_event(text, "ask_progress", entities=_IN_CAIRNS)],
                           slots={"region": "AU", "triage_level": "urgent"})
    events = await ActionTriageProgress().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_region_set", "utter_triage_progress_none"]
    assert slots_of(events)["emergency_number"] == "000"


async def test_a_place_told_with_a_question_after_an_escalation_switches_the_numbers_first(dispatcher,
                                                                                          domain):
    text = "whats a gp gonna sting me, none of em bulk bill round here. im near cairns"
    tracker = make_tracker([user_event(text, "ask_getting_help", entities=_IN_CAIRNS)],
                           slots={"region": "AU", "triage_level": "urgent"})
    await ActionStandFirm().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_region_set"
    assert "utter_firm_urgent" in said(dispatcher)
    assert all(m.get("emergency_number") in (None, "000") for m in dispatcher.messages)


# --- replay: voice typing ("my lift leg", "pins in needles", "know never") and "n no meds" (o05, o03) -------

_O05_OPENING = ("hey mate ive got a sore back and my lift leg is worse than the back now it goes all the way "
                "down the outside to my foot with pins in needles been about 3 weeks im a deckhand on a cray "
                "boat out of bluff what should i do")


def test_words_misheard_by_voice_typing_are_read_as_meant():
    values = read(_O05_OPENING, intent="describe_pain").values
    assert values.get("leg_numbness") == "yes" and values.get("onset") != "lifting"
    assert values.get("duration_days") == 21.0


@pytest.mark.parametrize("text, slot", [("know never", "cancer_history"), ("n no meds", "immunosuppression"),
                                        ("theres know weakness mate", "leg_weakness"),
                                        ("know fall or nothing it just went", "major_trauma")])
def test_a_voice_typed_or_one_letter_no_answers_the_question(text, slot):
    assert read(text, slot).values.get(slot) == "no"


@pytest.mark.parametrize("text", ["i know what you mean", "do you know why", "i lift weights at the gym"])
def test_know_and_lift_in_their_own_sense_are_left_alone(text):
    from clinical.language import normalise

    assert normalise(text) == text


# --- replay (o03): "a bit stiff getting up, gone after brekkie" to the night question was read as yes ---

def test_a_little_of_the_other_questions_topic_is_no_answer():
    update = read("a bit stiff getting up gone after brekkie", "night_pain")
    assert "night_pain" not in update.values


@pytest.mark.parametrize("text", ["a bit sore at night", "a bit", "a bit stiff at night too"])
def test_a_little_at_night_is_still_a_yes_to_the_night_question(text):
    assert read(text, "night_pain").values.get("night_pain") == "yes"


# --- found while mending "theres know weakness": "there is no weakness" to the weakness question had been
# read as yes (the question's own words, "my leg is weak", read beside the answer); "there isn't any feeling
# down there" to the saddle question was not understood ------------------------------------------------------

@pytest.mark.parametrize("text, slot", [("there is no weakness", "leg_weakness"),
                                        ("theres no numbness mate", "leg_numbness")])
def test_there_is_no_sign_is_a_no(text, slot):
    assert read(text, slot).values.get(slot) == "no"


@pytest.mark.parametrize("text, slot", [("there isnt any feeling down there", "saddle_numbness"),
                                        ("there isn't any feeling in my bum", "saddle_numbness"),
                                        ("theres no strength in it", "leg_weakness"),
                                        ("there is no feeling in my foot", "leg_numbness")])
def test_there_is_no_feeling_or_strength_is_a_yes(text, slot):
    assert read(text, slot).values.get(slot) == "yes"


def test_no_way_i_can_walk_on_my_heels_is_never_a_no():
    assert read("there is no way i can walk on my heels", "leg_weakness").values.get("leg_weakness") != "no"


@pytest.mark.parametrize("text, guess, intent", [
    ("wait am I talking to a computer question mark", "bot_challenge", "bot_challenge"),
    ("nah, I don't want any stretches thanks", "ask_question", "dismiss")])
def test_the_new_rules_leave_other_moves_alone(text, guess, intent):
    # "wait" is no question about waiting for care; a thanks that turns something down is no plain thanks
    assert routed(text, guess) == intent


# --- o02: 28 weeks pregnant, said at the opening; "ibuprofen is fine ... Can I take it?" later got what
# anti-inflammatories can do, with no word of the pregnancy ------------------------------------------------

_IBUPROFEN = "A girl at work says ibuprofen is fine and works better than paracetamol. Can I take it?"


@pytest.mark.parametrize("opening, referred", [
    ("Hi, pastry chef here, 28 weeks pregnant, and my lower back aches by the end of a shift", True),
    ("I have asthma and my lower back aches after a double shift", True),
    ("Hi, pastry chef here, 31, and my lower back aches by the end of a shift", False)])
async def test_a_condition_told_earlier_sends_a_later_medicine_question_to_a_pharmacist(dispatcher, domain,
                                                                                          opening, referred):
    from actions.knowledge import ActionAnswerQuestion

    tracker = make_tracker([user_event(opening, "describe_pain"), user_event(_IBUPROFEN, "ask_question")])
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert ("utter_medicine_condition" in said(dispatcher)) is referred


# --- o02: "Is this just pregnancy or should I be doing something?" got the general activity text as if it
# answered about pregnancy, which none of the sources speaks of -------------------------------------------

@pytest.mark.parametrize("text, noted", [
    ("28 weeks pregnant. Is this just pregnancy or should I be doing something?", True),
    ("Is it safe to keep doing my stretches now the baby was born 5 weeks ago, after the c-section?", True),
    ("should I be doing something for my back after a long shift?", False)])
async def test_a_question_in_pregnancy_says_the_sources_do_not_cover_it(dispatcher, domain, text, noted):
    from actions.knowledge import ActionAnswerQuestion

    await ActionAnswerQuestion().run(dispatcher, make_tracker([user_event(text, "ask_question")]), domain)
    assert ("utter_pregnancy_not_covered" in said(dispatcher)) is noted
    assert said(dispatcher)[-1] == "text"  # the general advice, with its source, follows
