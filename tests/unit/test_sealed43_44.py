"""Rules changed in the session of blind sets 43 and 44, each said in other words than the sets'."""
import pytest

from clinical import moves
from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


# --- a sign said to be back -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "numb around my bottom in the spring, that cleared up, and now it has come back",
    "the pins and needles in my saddle area came right back the minute I stood up",
])
def test_a_sign_said_to_be_back_after_it_cleared_is_not_read_as_over(text):
    assert "saddle_numbness" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_numbness_that_came_right_and_stayed_away_is_still_over():
    text = "my bum went numb on a long drive in 2019 but it came right and has been fine ever since"
    assert "saddle_numbness" not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- a "can't" left bare after the question it answers ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "not sure why it matters whether I can wee, I can't at all",
    "you keep asking if i can pee. i can't though",
])
def test_a_bare_cannot_after_asking_whether_one_can_pass_urine_tells_retention(text):
    assert "bladder_bowel" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_a_bare_can_after_the_same_question_tells_nothing():
    text = "why does it matter whether I can wee, I can"
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- crisis told without its words -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my sister knows to take the cat if anything happens to me, I'm just so tired of this back",
    "nothing is helping my spine and I have decided that I'm done",
])
def test_arrangements_for_a_pet_and_being_done_are_checked_for_crisis(text):
    assert "self_harm" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_arrangements_for_a_trip_are_no_crisis():
    text = "if anything happens to me on the flight my partner has the insurance papers"
    assert "self_harm" not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- urine not passed for hours ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["not a drop of wee in 16 hours even though I've tried",
                                  "twelve hours now and no pee, back went lifting the boat"])
def test_no_urine_for_most_of_a_day_is_checked_for_retention(text):
    assert "bladder_bowel" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["no pee for 10 hours on the flight, then went fine when we landed",
                                  "my son had no wee for 12 hours", "worked 12 hours with no pee break"])
def test_no_urine_for_hours_then_passed_or_someone_elses_or_a_break_is_no_retention(text):
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


def test_no_urine_for_an_hour_or_two_is_nothing():
    text = "no wee for 3 hours on the coach, back stiff from the seat"
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- strength rated side by side; the writer told as a character -----------------------------------------
def test_one_leg_rated_weaker_than_the_other_is_leg_weakness():
    text = "strength in my legs out of 10: right 9, left 6 since the weekend"
    assert "leg_weakness" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["leg strength: left 10, right 10", "pain in my legs: left 7, right 3",
                                  "grip strength left 6 right 9 after the wrist op"])
def test_equal_ratings_and_ratings_of_pain_or_hands_are_no_leg_weakness(text):
    assert "leg_weakness" not in reported_codes(text), find_mentions(text)


def test_a_character_said_to_be_the_writer_carries_the_writers_signs():
    text = ("match report: the player's right leg keeps going at the knee since his back went. "
            "The player is me")
    assert "leg_weakness" in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- lists and scores denied; role-play and things read online -------------------------------------------
def test_a_list_copied_then_denied_in_the_next_sentence_is_checked_not_escalated():
    text = ("From the NHS page: loss of bladder control, numb bottom, high temperature. "
            "Honestly I have none of them.")
    assert not reported_codes(text), find_mentions(text)


def test_a_list_copied_then_owned_is_still_told():
    text = "From the NHS page: loss of bladder control, numb bottom. I have both of those."
    assert reported_codes(text) & {"bladder_bowel", "saddle_numbness"}, find_mentions(text)


def test_signs_scored_nought_are_denied_and_a_function_scored_nought_is_lost():
    assert not reported_codes("temperature 0, tingling 0, waterworks problems 0, back 6/10")
    assert "bladder_bowel" in reported_codes("numbness 2, bladder control 0/10")


# --- a normal reading --------------------------------------------------------------------
def test_a_normal_thermometer_reading_beside_sweating_is_checked_not_escalated():
    text = "dripping with sweat in this humidity but my thermometer reads 36.8, back aches from the flight"
    assert "fever" not in reported_codes(text), find_mentions(text)


def test_a_high_thermometer_reading_is_a_fever():
    assert "fever" in reported_codes("sweating at night and the thermometer shows 38.6")


# --- routing ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "pilates? no chance, way too pricey",
    "wheat bags do nothing for me so don't bother",
    "swimming isn't for me, skip it",
    "I don't need the ice pack tips, been doing that for years",
])
def test_a_treatment_turned_down_by_name_is_a_dismissal(text):
    assert moves.turns_down_a_treatment(text)


@pytest.mark.parametrize("text", ["pilates? is it any good for discs?", "is swimming for me?",
                                  "wheat bags do nothing for me, what else can I try?"])
def test_a_question_about_a_treatment_is_no_dismissal(text):
    assert not moves.turns_down_a_treatment(text)


def test_asking_to_talk_to_a_person_wins_over_a_complaint_about_the_bot():
    assert moves.asks_for_a_person_instead("I want to talk to a real person, you're like a broken record")


@pytest.mark.parametrize("text", ["hello, first time on one of these",
                                  "evening all, typing this from a motel"])
def test_a_greeting_with_a_word_about_the_chat_is_a_greeting(text):
    assert moves.only_greets(text)


def test_a_greeting_with_a_sign_is_no_greeting():
    assert not moves.only_greets("hi, first time using this, can't feel my bum")


@pytest.mark.parametrize("text", ["I've decided I'm done with physio, it's not working",
                                  "take my dog if something happens to me while I'm in hospital"])
def test_being_done_with_a_treatment_and_plans_for_a_hospital_stay_are_no_crisis(text):
    assert "self_harm" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["physio isn't for me, who should I see instead",
                                  "ice does nothing for me, so skip it and tell me whether I need A&E"])
def test_a_turn_down_beside_a_question_of_where_to_go_asks_for_help(text):
    assert moves.asks_where_to_get_help(text)


@pytest.mark.parametrize("text, code", [("leg power 0, saddle sensation 0", "saddle_numbness"),
                                        ("feeling down below 2, bowel control 0", "bladder_bowel")])
def test_a_function_of_a_part_scored_nought_is_that_function_lost(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_a_past_year_told_of_something_else_after_a_new_i_does_not_close_the_sign():
    text = "Lost 12 kilos without trying and I had bowel cancer in 2018. None of the other things."
    assert "weight_loss" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_a_sign_said_to_be_back_in_the_next_sentence_is_not_over():
    text = ("I had saddle numbness last week that cleared; it came back when I got up this morning "
            "and hasn't gone")
    assert "saddle_numbness" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_not_a_bot_denies_the_bot_not_the_sign_after_it():
    text = "I want to talk to a nurse not a chatbot about my foot dragging since Friday"
    assert "leg_weakness" in reported_codes(text), find_mentions(text)
