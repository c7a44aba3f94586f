"""What blind set 28's first scoring found, each said in other words than the set's: someone else named by a
word the lexicon lacked (a roommate, a South African grandparent), and a conditional question followed by a
denial read as a yes to the question asked; and what the review of those fixes found: a sign asked about
with "is that normal" was denied by the "normal", and a form's single "numb bum: no" was not a denial."""
import pytest

from clinical import triage
from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    ("my roomie came off his motorbike at 100 km/h and he's in intensive care; my back is just stiff from "
     "sitting with him all night", "major_trauma"),
    ("my ouma lost all feeling in both legs this morning and is in hospital, I hurt my back lifting her",
     "both_legs"),
])
def test_someone_else_named_by_a_family_or_household_word_is_not_the_person(text, code):
    assert code not in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_a_roommate_named_beside_the_persons_own_fall_does_not_take_it_away():
    text = "I fell off the garage roof onto concrete and my roommate called the ambulance"
    assert "major_trauma" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("my bum goes numb, is that normal?", "saddle_numbness"),
    ("both my legs keep giving way, is that ok?", "both_legs"),
])
def test_is_that_normal_asks_about_a_sign_and_does_not_deny_it(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["my legs are fine, is that ok?", "bladder normal. is it ok to swim?"])
def test_a_plain_fine_still_denies(text):
    assert not reported_codes(text) & {"both_legs", "leg_weakness", "bladder_bowel"}, find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("numb bum: no, is that ok?", "saddle_numbness"),
    ("Fever: none, is that normal?", "fever"),
    ("fever - no", "fever"),
    ("leg weakness: nope", "leg_weakness"),
    ("Fever: no\nNumb bum: yes", "fever"),
])
def test_a_forms_single_no_after_a_colon_or_dash_denies(text, code):
    assert code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("right leg weak - no, worse than that, it buckled on the stairs twice today", "leg_weakness"),
    ("numbish round my bottom: no, actually properly numb, can't feel the loo paper", "saddle_numbness"),
    ("Numb bum: no, well yes a bit", "saddle_numbness"),
    ("Wet the bed: no... well once, last night", "bladder_bowel"),
    ("Fever: no, 39.4 this evening", "fever"),
    ("I think I've just wet myself - no", "bladder_bowel"),
    ("Numb bum: no.\nActually yes", "saddle_numbness"),
])
def test_a_no_that_takes_back_what_was_said_denies_nothing(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("if my bottom went numb, is that serious?", "saddle_numbness"),
    ("if I ever lose control of my bladder, should I ring 111?", "bladder_bowel"),
    ("If both my legs go numb, is that an emergency?", "both_legs"),
])
def test_a_what_if_question_is_still_a_what_if(text, code):
    assert code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "If I sit for a while, it goes numb, is that bad? Only started this week",
    "If it's numb now, should I go in? it is a bit",
    "If I get numbness, is that serious? No idea but I think I've got it",
    "If it goes numb, is that bad? Not sure, it sort of is numb already",
])
def test_a_conditional_question_followed_by_no_denial_still_answers_yes(text):
    update = triage.interpret(text, None, "saddle_numbness", {"location": "lower_back"}, [])
    assert update.values.get("saddle_numbness") == "yes" or "saddle_numbness" in update.to_check


def test_a_conditional_question_is_no_yes_to_the_question_asked():
    text = "Unless I get numbness or dribbling, can I keep on with the exercises? Had neither, just sore."
    answers = {"bladder_bowel": "no", "location": "lower_back"}
    update = triage.interpret(text, None, "saddle_numbness", answers, [])
    assert update.values.get("saddle_numbness") != "yes"
    assert "saddle_numbness" not in update.to_check


@pytest.mark.parametrize("text", ["got a numb bottom since yesterday", "bottom's gone numb",
                                  "Numb bottom: yes", "tingly bottom when I sit on the loo"])
def test_a_numb_bottom_is_the_saddle_area(text):
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["the bottom of my back is numb", "numb at the bottom of my back",
                                  "numb bottom of my spine", "no numb bottom", "my dad has a numb bottom"])
def test_the_bottom_of_the_back_or_a_denied_or_someone_elses_bottom_is_no_report(text):
    assert "saddle_numbness" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [("temp: no, leaking: yes", "bladder_bowel"),
                                        ("fever: no, numb bum: yes", "saddle_numbness"),
                                        ("Fever: no\nNumb bum: yes", "saddle_numbness")])
def test_a_forms_no_answers_its_own_label_not_the_next_item(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)
