"""Misreadings found by blind set 62 (tests/data/blind/README_sealed62.md), each in the set's own words and in
new ones."""
import pytest

from clinical.triage import interpret
from tests.unit.readings import routed


def read(text, requested=None):
    return interpret(text, "describe_pain", requested, {}, [])


# --- signs long over, said to be over, escalated: a flu fever "gone by February", a steroid course "finished
# long ago" -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, slot", [
    ("Had a fever of 39 with the flu in January, gone by February. This back pain only started 4 days ago "
     "after kneeling at the temple.", "fever"),
    ("I was on steroids for one month in 2019 for an asthma flare, finished long ago. Got back ache from the "
     "commute now.", "immunosuppression")])
def test_a_sign_over_long_ago_is_no_red_flag_now(text, slot):
    assert read(text).values.get(slot) != "yes"


def test_a_fever_now_is_still_a_fever():
    assert read("fever of 39 since last night and my back is killing me").values.get("fever") == "yes"


# --- a hypothetical said with "say", and a horse's leg -----------------------------------------------------

def test_say_i_got_hit_by_a_car_is_a_question_not_a_crash():
    update = read("say i got hit by a car on my e-scooter, how bad would the back pain need to be before i "
                  "rang 999")
    assert update.values.get("major_trauma") != "yes"


def test_a_mare_dragging_a_hind_leg_is_no_weakness_of_the_writer():
    update = read("My mare is dragging a hind leg and the vet's on the way. I'm fine, only a sore back from "
                  "holding her up in the stable all evening.")
    assert "yes" not in {update.values.get(slot) for slot in ("leg_weakness", "progressive_weakness")}
    assert not update.to_check


def test_falling_off_ones_horse_is_still_ones_own_fall():
    update = read("I came off my horse at a gallop and landed on my back, cant move my legs")
    assert update.values.get("major_trauma") == "yes"


# --- routing: a request said beside a bus, a move, and going back somewhere --------------------------------

@pytest.mark.parametrize("text, guess, intent", [
    ("Can you show me the plan again? I lost it when my phone died on the night bus.", "ask_question",
     "show_plan"),
    ("plan again pls, I want to screenshot it and pin it up on the stables noticeboard", "ask_activity_plan",
     "show_plan"),
    ("are we nearly done? the bus gets to my stop in 5 mins and my battery's on 8 percent", "report_progress",
     "ask_progress"),
    ("can I get the bus to the hospital or do I need an ambulance?", "ask_question", "ask_getting_help")])
def test_a_bus_in_passing_is_no_question_of_getting_there(text, guess, intent):
    assert routed(text, guess) == intent


def test_asking_to_change_the_region_after_moving_back_is_telling_the_region():
    text = "Please change the region to the UK, I've moved back to Manchester after 3 years working in Dubai."
    assert routed(text, "describe_pain") == "tell_region"
