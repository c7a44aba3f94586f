"""Routing misses read from blind sealed set 27 at its one scoring (now development data), each tested in
other words."""
import pytest

from clinical import moves
from tests.unit.readings import routed


@pytest.mark.parametrize("text", ["Could someone at the practice call me to sort an appointment?",
                                  "can the clinic phone me back about it"])
def test_asking_to_be_rung_asks_for_a_person_not_about_surgery(text):
    assert routed(text, guess="ask_question") == "request_human"


def test_asking_for_an_ambulance_to_be_called_is_still_about_getting_help():
    assert not moves.asks_to_be_rung("can you call me an ambulance?")
    assert moves.getting_help_question("can you call me an ambulance?") == "transport"


def test_a_duration_in_minutes_put_right_is_a_correction():
    assert moves.corrects("actually 20 minutes, not 45, I got carried away")


@pytest.mark.parametrize("text", ["ta, I'll get in to see the doctor this evening",
                                  "thanks heaps, we'll ring the GP this afternoon"])
def test_thanks_with_a_plan_to_be_seen_today_is_going_not_a_question(text):
    assert moves.getting_help_question(text) == "going"


def test_seeing_how_it_goes_tonight_is_still_waiting():
    assert moves.getting_help_question("I'll see how it goes tonight") == "later_today"


def test_actually_leave_it_waves_the_question_away():
    assert moves.dismisses("actually, forget it")
    assert routed("actually, leave it", guess="ask_question") == "dismiss"
