"""Wordings missed on blind sealed set 12 at its one scoring (said here in other words, so that the set's
own cases stay out of every test and training file)."""
import pytest

from clinical.language import find_mentions
from clinical.recall import with_suggestions
from tests.unit.readings import own_readings


@pytest.mark.parametrize("text", ["somebody rear-ended me on the motorway at 100 and my back is agony",
                                  "a guy shunted me at the lights doing 60, back's wrecked"])
def test_a_crash_someone_else_caused_is_the_persons_own(text):
    assert ("major_trauma", "present") in own_readings(text)


def test_a_crash_that_happened_to_someone_else_stays_theirs():
    assert ("major_trauma", "present") not in own_readings("my dad was rear-ended last week; my back is sore "
                                                           "from the garden")


def test_a_vehicle_driven_into_the_back_of_the_persons_car_is_major_trauma():
    assert ("major_trauma", "present") in own_readings("a ute ploughed into the back of my car at speed, my "
                                                       "back is killing me")


def test_a_confident_reading_given_to_someone_else_by_the_rules_is_checked():
    """A flag the rules give to someone named earlier in a long message (a baby's pram, then "my leg") is
    checked with one question when the classifier is confident it is the person's own."""
    text = ("It began carrying my sister's pram up the steps. Since yesterday my right leg has been weak and "
            "this morning I'm dragging it, worse every couple of hours.")
    codes = {m.code for m in with_suggestions(text, find_mentions(text))
             if m.about_user and m.status in ("present", "possible", "suggested")}
    assert "progressive_weakness" in codes


@pytest.mark.parametrize("text", ["my right leg is getting weaker every few hours",
                                  "the left leg is weak and worse by the minute"])
def test_weakness_worse_every_few_hours_is_progressive(text):
    assert ("progressive_weakness", "present") in own_readings(text)


def test_dragging_a_leg_is_a_sign_of_weakness():
    assert ("leg_weakness", "present") in own_readings("since Tuesday I've been dragging my leg when I walk")


@pytest.mark.parametrize("text", ["I've got thin bones, what happens if I ever fall on my back?",
                                  "with my osteoporosis, what should I do in case I fall?"])
def test_a_fall_that_might_happen_with_osteoporosis_is_no_fall(text):
    assert all(m.hypothetical or m.status != "present" for m in find_mentions(text)
               if m.code == "osteoporotic_fall")


def test_a_fall_that_happened_with_osteoporosis_still_counts_even_when_worried_about():
    mentions = [m for m in find_mentions("I have osteoporosis and I'm worried about my fall this morning")
                if m.code == "osteoporotic_fall"]
    assert mentions and not mentions[0].hypothetical and mentions[0].status == "present"


@pytest.mark.parametrize("text", ["numb backside after a four-hour drive, gone when I got out of the car",
                                  "bum went numb on the plane to Perth, fine once I stood up"])
def test_a_numb_bottom_after_hours_of_sitting_is_checked_not_escalated(text):
    assert ("saddle_numbness", "present") not in own_readings(text)


@pytest.mark.parametrize("text", ["after the trampoline park my back feels like I was hit by a truck",
                                  "back's sore like I've been run over by a truck after the move"])
def test_hit_by_a_truck_as_a_figure_of_speech_is_no_trauma(text):
    assert ("major_trauma", "present") not in own_readings(text)


def test_hit_by_a_truck_said_plainly_is_still_trauma():
    assert ("major_trauma", "present") in own_readings("I was hit by a truck crossing the road this morning")


def test_a_fall_with_osteoporosis_is_not_suggested_to_someone_who_says_they_have_none():
    text = "my bone density scan last year showed no osteoporosis, back sore since bowls on Saturday"
    assert "osteoporotic_fall" not in {m.code for m in with_suggestions(text, find_mentions(text))}
