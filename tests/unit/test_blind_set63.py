"""Misreadings found by blind set 63 (tests/data/blind/README_sealed63.md), each in the set's own words and in
new ones."""
import pytest

from clinical import moves
from clinical.parsing import age
from clinical.triage import interpret
from tests.unit.readings import routed


def read(text, requested=None):
    return interpret(text, "describe_pain", requested, {}, [])


# --- false escalations: loud music in the belly, a bride's fever, an epidural's numbness years ago ----------

def test_bass_thumping_in_the_belly_is_sound_not_a_pulse():
    update = read("The bass from my subs was thumping in my belly all night at the gig. Back a bit sore from "
                  "loading them, 33, DJ.")
    assert update.values.get("vascular") != "yes" and "vascular" not in update.to_check


@pytest.mark.parametrize("text", [
    "there is a thumping in my belly like a heartbeat and my back is killing me",
    "my tummy is pulsing and the music was loud but it is still going now"])
def test_a_beat_in_the_belly_without_a_sound_source_is_still_a_vascular_sign(text):
    assert read(text).values.get("vascular") == "yes"


def test_a_brides_fever_told_by_her_wedding_planner_is_not_the_planners():
    update = read("Wedding planner here. Our bride has a temperature of 39 and back ache on the morning of "
                  "her wedding. My own back is only stiff from the marquee.")
    assert update.values.get("fever") != "yes"


def test_the_bride_with_a_fever_herself_has_one():
    update = read("I am the bride and I have a temperature of 39 and my back aches")
    assert update.values.get("fever") == "yes"


@pytest.mark.parametrize("text", [
    "both legs went numb from an epidural for my c-section in 2019, came back within hours. back just sore "
    "now from carrying the 2 yr old. 34",
    "both legs went numb from an epidural in 2019, the feeling came back within hours. back sore now"])
def test_numbness_long_ago_whose_feeling_came_back_is_over(text):
    assert read(text).values.get("both_legs") != "yes"


def test_numbness_that_came_back_again_now_is_not_over():
    update = read("both legs went numb yesterday, feeling came back within hours but now they are numb again")
    assert update.values.get("both_legs") == "yes"


@pytest.mark.parametrize("text, years", [("back just sore now from carrying the 2 yr old. 34", None),
                                         ("i have a 2 year old, 36 yo", 36),
                                         ("I am a 34 year old mum", 34),
                                         ("lifting my 4yo all day, im 31", 31)])
def test_a_childs_age_is_not_the_writers(text, years):
    assert age(text) == years


# --- routing: a question before the story, a request to be put through, thanks with a plan, a story that
# says "when I said" -------------------------------------------------------------------------------------

def test_a_plain_question_before_the_story_is_kept_to_answer():
    assert moves.question_before_the_story(
        "Does smoking make back pain worse? I'm on about 15 a day and my back has been dodgy since I started "
        "on the drains.") == "does smoking make back pain worse?"


@pytest.mark.parametrize("text", ["I think I slept funny? lower back is tight when I stand up",
                                  "Guess where it hurts. Give up? Lower back, right side, since Tuesday.",
                                  "what should I do? my back has been sore since Sunday"])
def test_no_question_to_keep_when_the_first_sentence_asks_nothing_to_answer(text):
    assert moves.question_before_the_story(text) is None


def test_asking_to_be_put_through_to_a_physio_asks_for_a_person():
    text = ("would it be possible to be put through to a physio or a doctor? I'm 82 and typing on this thing "
            "is hard work")
    assert routed(text, "ask_question") == "request_human"


def test_thanks_and_off_to_the_bowls_club_is_no_question_about_getting_help():
    assert moves.getting_help_question("Thank you, that's really helpful. Off to the bowls club now to sit "
                                       "and watch this afternoon.") is None
    assert moves.getting_help_question("thanks heaps, heading to the doctor this afternoon") == "going"


def test_being_run_down_to_the_clinic_is_going():
    assert moves.getting_help_question("Thanks, I'll get my daughter to run me down to the after hours "
                                       "clinic now.") == "going"
    assert moves.getting_help_question("the gp is closed, where do I go?") == "gp_closed"


def test_reading_the_plan_after_dinner_is_no_wait():
    assert moves.getting_help_question("Yes please, send it through. I'll read it tonight in the cabin after "
                                       "dinner.") is None
    assert moves.getting_help_question("I'll wait until after dinner") == "wait"


def test_when_i_said_in_a_story_is_no_correction():
    assert not moves.corrects("My physio used the words graded activity when I said I wanted to get back to "
                              "the forge. What does that actually mean in practice?")
    assert moves.corrects("no, I said I slept fine")
