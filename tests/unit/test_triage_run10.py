"""Readings missed in the tenth and eleventh persona runs (tests/data/personas/results_run10_*.md and
results_run11_*.md), each written here in the persona's words and in new ones."""
import pytest

from clinical import moves, parsing
from clinical.language import find_mentions, possible_red_flags, worsening_unknown
from clinical.triage import answer_check, interpret, next_question
from clinical.urgency import Urgency, assess


def answer(text, requested, answers=None, intent="inform", checked=()):
    return interpret(text, intent, requested, answers or {}, [], checked=checked)


@pytest.mark.parametrize("text", ["Had sciatica in my left leg nearly 2 weeks, now my foot's gone all floppy",
                                  "my right foot has started slapping down when I walk",
                                  "my leg keeps giving way on the stairs"])
def test_weakness_told_without_its_course_is_checked_for_worsening_before_any_outcome(text):
    # q06: "now my foot's gone all floppy" gave `urgent` at once; whether it was getting worse quickly (an
    # emergency) was never asked
    assert worsening_unknown(find_mentions(text))
    # what the NLU component checks first
    assert possible_red_flags(find_mentions(text))[0] == "progressive_weakness"
    update = answer(text, None)
    assert update.values.get("leg_weakness") == "yes"
    assert "progressive_weakness" in update.to_check
    mid_triage = answer(text, "fever", {"bladder_bowel": "no"})
    assert "progressive_weakness" in mid_triage.to_check


def test_weakness_whose_course_is_told_or_checked_is_not_checked_again():
    told = answer("my legs keep giving way and it's getting worse", None)
    assert "progressive_weakness" not in told.to_check
    checked = answer("my foot drags", None, checked=("progressive_weakness",))
    assert "progressive_weakness" not in checked.to_check
    # the answer to the weakness question itself: "is it getting worse?" follows it as the next question
    update = answer("yes my foot drags", "leg_weakness")
    assert "progressive_weakness" not in update.to_check
    answers = {"bladder_bowel": "no", "saddle_numbness": "no", **update.values}
    assert next_question(answers, just_answered="leg_weakness") == "progressive_weakness"


def test_the_check_answered_yes_is_an_emergency_and_no_stays_urgent():
    weak = {"leg_weakness": "yes"}
    assert assess({**weak, "progressive_weakness": "yes"}).level == Urgency.EMERGENCY
    assert assess({**weak, "progressive_weakness": "no"}).level == Urgency.URGENT


@pytest.mark.parametrize("text", ["I wish! No, not at all.", "Ooh, well! No, no change there.",
                                  "Gosh, no", "if only! nope"])
def test_an_exclamation_before_the_no_does_not_hide_it(text):
    # q10: "I wish! No, not at all." to the weight-loss question was asked again
    assert parsing.polarity(text) == "no"


@pytest.mark.parametrize("text", ["I wish!", "ooh well"])
def test_an_exclamation_alone_is_no_answer(text):
    assert parsing.polarity(text) is None


@pytest.mark.parametrize("text", ["do you think it could be cancer??", "it might be a tumour, mightn't it?"])
def test_a_fear_said_with_the_subject_first_is_a_fear(text):
    # q11: "do you think it could be cancer??" got "I don't have information on that"
    assert moves.fears_something_serious(text)


@pytest.mark.parametrize("text, kind", [
    ("do i call 911 or just get someone to drive me in", "transport"),  # q12: read as asking for a person
    ("can my son take me there?", "transport"),
    ("We'll ring 111 now. Thank you", "going"),  # q10: told again not to put it off
    ("alright ill try and book in with my doctor then, thanks", "going"),  # q05: "no information"
    ("yeah ok. ill ring em. cheers", "going"),  # replay, q06: told again not to wait
    # q12, replayed: was offered an activity plan
    ("ugh ok. i'll get my neighbour to sit with the kids and go to the ER. thx", "going"),
    ("when I sit long in the bus, my bottom goes numb", None), ("I got the bus here", None),
])
def test_getting_there_and_going_said_in_new_words(text, kind):
    assert moves.getting_help_question(text) == kind


def test_a_side_question_changes_no_earlier_answer():
    # q07: a question about standing desks was read as "how it started: now sitting or driving"
    earlier = {"onset": "lifting", "bladder_bowel": "no"}
    text = "Sorry, random question - is a standing desk actually worth it? I'm sat at my desk all day"
    update = answer(text, "cancer_history", earlier, intent="ask_question")
    assert "onset" not in update.values and not update.corrected
    said = answer("I said it started sitting at my desk, not lifting", "cancer_history", earlier,
                  intent="ask_question")
    assert said.values.get("onset") == "sitting_or_driving"


@pytest.mark.parametrize("text, reply", [
    ("worse eh. this morning i could still walk on my heel a bit, "
     "now i cant lift the front of my foot at all", "yes"),  # q06's words
    ("it's getting weaker by the hour", "yes"), ("yeah worse", "yes"),
    ("no, about the same since yesterday", "no"), ("not getting worse, it's stable", "no"),
    ("I can still walk fast", None),
])
def test_the_worsening_check_is_answered_by_how_the_weakness_is_going(text, reply):
    update = answer_check(text, "inform", "progressive_weakness", "my foot's gone floppy",
                          {"leg_weakness": "yes"}, [])
    assert update.values.get("progressive_weakness") == reply


# --- run 11 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "it was a wee bit floppy at breakfast and now at teatime it's pure useless",
    "my left foot was a bit weak this morning and now it's useless",
    "my foot was floppy at lunchtime and now I can't lift it at all",
])
def test_weakness_that_has_become_a_loss_of_use_in_hours_is_an_emergency_at_once(text):
    # r12: told in one message, the foot going from floppy to useless was only checked, and a "naw" to the
    # check gave `urgent`
    update = answer(text, "leg_weakness")
    assert update.values.get("progressive_weakness") == "yes"
    assert assess(update.values).level == Urgency.EMERGENCY


def test_weakness_that_has_settled_is_not_progressive():
    update = answer("my foot was a bit weak this morning but it's fine now", "leg_weakness")
    assert update.values.get("progressive_weakness") != "yes"


@pytest.mark.parametrize("reply", ["nah not trying. 7 or 8 kg since about june. belts on the last notch",
                                   "no, wasn't trying, down about 6 kilos since winter"])
def test_no_to_trying_with_an_amount_lost_is_weight_loss(reply):
    # r10: the "nah" was about trying; the loss was read as no and the urgent sign lost
    assert answer(reply, "weight_loss").values["weight_loss"] == "yes"
    checked = answer_check(reply, None, "weight_loss", "a bit, put it down to stress", {}, [])
    assert checked.values["weight_loss"] == "yes"


@pytest.mark.parametrize("reply", ["no, still 80 kg same as always", "no I haven't been trying to lose any",
                                   "nah"])
def test_a_weight_said_without_a_loss_is_still_no(reply):
    assert answer(reply, "weight_loss").values["weight_loss"] == "no"


def test_pain_at_night_no_worse_than_by_day_is_not_night_pain():
    # r10: "aches at night same as the day. not worse" was taken as night pain, the outcome's only reason
    assert answer("aches at night same as the day. not worse", "night_pain").values["night_pain"] == "no"
    assert answer("yes much worse at night", "night_pain").values["night_pain"] == "yes"


@pytest.mark.parametrize("text", [
    "the missus reckons there's a red patch on my back right where it hurts, and it's warm when she "
    "puts her hand on it",
    "there's a red patch over my spine that feels warm"])
def test_a_warm_red_patch_on_the_back_is_at_least_checked(text):
    # r09: a warm red patch over the spine, seen by his wife, was told four times and never counted
    assert any(m.code == "fever" and m.about_user and m.status in ("present", "possible")
               for m in find_mentions(text))


def test_someone_elses_own_symptom_they_report_stays_theirs():
    assert not any(m.about_user for m in find_mentions("my wife says she has a fever and a sore back")
                   if m.code == "fever")


def test_a_first_episode_over_50_that_began_on_waking_is_soon():
    # r07: 58, "I woke up with a backache ... never had back trouble in my life": given self-care
    opening = answer("I woke up with a backache about three weeks ago and it just hasn't let up. I've never "
                     "had back trouble in my life so I thought I'd better ask.", None)
    answers = {**opening.values, "age": 58}
    assert answers["onset"] == "sleeping" and answers["first_episode"] == "yes"
    assert assess(answers).level == Urgency.SOON
    assert assess({**answers, "age": 45}).level == Urgency.SELF_CARE


def test_a_question_the_classifier_took_for_an_answer_changes_no_earlier_answer():
    # r07 replay: the bus question turned "woke up with it" into "sitting or driving", and the first
    # episode over 50 was lost
    text = "I drive a school bus and I'm fixing to start my route again Monday. Is it safe for me to drive?"
    update = interpret(text, "inform", "mood", {"onset": "sleeping", "age": 58, "first_episode": "yes"}, [])
    assert "onset" not in update.values and not update.corrected
