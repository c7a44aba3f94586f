"""Wordings wrongly escalated or misread on blind sealed set 24 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
import pytest

from clinical import parsing
from clinical.language import find_mentions
from clinical.triage import interpret
from tests.unit.readings import own_readings, reported_codes


def _reading(text: str, code: str):
    return next(m for m in find_mentions(text) if m.code == code)


def test_advice_to_come_back_for_a_sign_that_has_not_come_is_not_the_sign():
    text = "the physio told me to ring if my foot started dragging. neither has happened, just the usual ache"
    assert "leg_weakness" not in reported_codes(text)
    assert _reading(text, "leg_weakness").hypothetical


def test_advice_to_come_back_for_a_sign_said_alone_is_checked_not_escalated():
    text = "the GP said to go to A&E if I couldn't control my bladder"
    assert ("bladder_bowel", "possible") in own_readings(text)
    assert "bladder_bowel" not in reported_codes(text)


@pytest.mark.parametrize("text", [
    "the GP said to go to A&E if I couldn't control my bladder, and now I can't",
    "they told me to ring if my foot started dragging. well it started dragging this morning",
    "the nurse said to call 111 if I got a temperature, I've got a fever of 39 tonight",
])
def test_advice_to_come_back_for_a_sign_that_has_come_is_the_sign(text):
    assert reported_codes(text) & {"bladder_bowel", "leg_weakness", "fever"}


@pytest.mark.parametrize("text", ["I can't stop worrying about my back",
                                  "can't stop going over it in my head", "couldn't stop crying last night"])
def test_not_being_able_to_stop_doing_something_is_no_loss_of_bladder_control(text):
    assert "bladder_bowel" not in reported_codes(text)


@pytest.mark.parametrize("text", ["I can't stop peeing myself", "I couldn't stop it, I wet myself",
                                  "I can't stop urinating", "cant stop peing"])
def test_not_being_able_to_stop_the_bladder_still_is(text):
    assert "bladder_bowel" in reported_codes(text)


def test_a_free_text_worry_mid_triage_answers_no_question():
    update = interpret("I can't stop thinking about this back, I'm in tears most days", None,
                       "saddle_numbness", {}, [])
    assert "bladder_bowel" not in update.values and "saddle_numbness" not in update.values


@pytest.mark.parametrize("text", ["in tears most days", "on bad days I can hardly move",
                                  "some days are better than others"])
def test_how_often_is_not_how_long(text):
    assert parsing.duration_days(text) is None


def test_how_often_beside_how_long_keeps_how_long():
    assert parsing.duration_days("worse some days, it's been 3 weeks now") == 21


def test_chest_pain_after_a_chest_infection_is_still_chest_pain():
    text = "chest infection last week and now sudden crushing chest pain into my back"
    assert "vascular" in reported_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    # a sign after the advice's own clause is read as usual, whatever was denied before it
    ("the physio said to ring if my foot started dragging, not happened but I have a fever of 39", "fever"),
    ("gp said ring 111 if i lost control of my bladder, nothing like that but i cant feel my bum",
     "saddle_numbness"),
    ("I'll call if I need to but I can't feel my bum", "saddle_numbness"),
    ("GP said come back if it got worse, it's got worse and I can't feel my bum", "saddle_numbness"),
])
def test_a_sign_said_outside_the_advice_is_reported(text, code):
    assert code in reported_codes(text)


@pytest.mark.parametrize("text", ["I lost bladder control", "losing bowel control since this morning",
                                  "no bladder control since yesterday"])
def test_lost_bladder_or_bowel_control_said_in_that_order_is_reported(text):
    assert "bladder_bowel" in reported_codes(text)


@pytest.mark.parametrize("text", ["no loss of bladder control", "I haven't lost bladder control"])
def test_no_loss_of_bladder_control_is_a_denial(text):
    assert "bladder_bowel" not in reported_codes(text)
