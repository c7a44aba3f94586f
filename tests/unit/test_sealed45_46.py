"""Rules changed for blind sets 45 and 46, each said in other words than the sets'."""
import pytest

from clinical import moves
from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes, routed, rules_possible_codes


# --- crisis told without its words -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "no one will need to worry about me after Sunday, this back has beaten me",
    "I've got all my pills lined up and I'm not sticking around if this is forever",
    "I keep thinking about jumping off the bridge on my walk home, the pain never stops",
])
def test_goodbyes_tablets_lined_up_and_thoughts_of_jumping_are_crisis(text):
    assert "self_harm" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["finally sorted my will at the lawyer's, back is stiff from the chair",
                                  "the kids were jumping off the couch and I hurt my back catching one"])
def test_a_will_or_children_jumping_are_no_crisis(text):
    assert "self_harm" not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- whose sign it is --------------------------------------------------------------------------------------
def test_the_writer_describing_herself_keeps_her_own_signs():
    text = "I am an old woman with osteoporosis and I slipped in the bath yesterday, my back is very sore"
    assert "osteoporotic_fall" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["my 9 year old has a temperature of 38.8 and says her back hurts",
                                  "the coach said blokes can lose bladder control after a back injury"])
def test_a_child_named_by_age_and_blokes_in_general_are_someone_else(text):
    assert not reported_codes(text) & {"fever", "bladder_bowel"}, find_mentions(text)


# --- lists and what-ifs ------------------------------------------------------------------------------------
def test_a_numbered_list_of_signs_to_watch_then_denied_is_checked_not_escalated():
    text = "The leaflet says ring 111 if: 1. leaking wee 2. numb bottom. I have neither of those thank god."
    assert not reported_codes(text), find_mentions(text)


def test_a_numbered_list_of_ones_own_signs_is_still_told():
    text = "my symptoms: 1. leaking wee 2. numb bottom 3. back pain"
    assert reported_codes(text) & {"bladder_bowel", "saddle_numbness"}, find_mentions(text)


@pytest.mark.parametrize("text", [
    "if some day my back goes and I get a temperature too, should I see someone?",
])
def test_if_one_day_is_not_reported(text):
    assert "fever" not in reported_codes(text), find_mentions(text)


# --- weight after a birth -----------------------------------------------------------------------------------
def test_weight_lost_since_a_birth_is_checked_not_escalated():
    text = "dropped 6 kilos since having the baby, I'm breastfeeding, and my back aches from lifting her"
    assert "weight_loss" not in reported_codes(text), find_mentions(text)
    assert "weight_loss" in possible_codes(text), find_mentions(text)


def test_weight_lost_since_a_birth_without_trying_is_still_told():
    text = "lost 9 kilos since the birth without trying and I'm not breastfeeding"
    assert "weight_loss" in reported_codes(text), find_mentions(text)


# --- routing ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["stretching is so dull, skip it",
                                  "massage no, can't stand being touched, skip",
                                  "please quit pushing the mindfulness on me",
                                  "I don't want the pilates, forget it"])
def test_more_ways_of_turning_a_treatment_down(text):
    assert moves.turns_down_a_treatment(text)


def test_not_wanting_a_treatment_to_hurt_is_no_turn_down():
    assert not moves.turns_down_a_treatment("I don't want the stretching to make it worse, is it safe?")


@pytest.mark.parametrize("text", ["can my boss find out I've used this?",
                                  "will this get put on my medical record?"])
def test_worries_about_who_sees_the_chat_are_about_privacy(text):
    assert moves.about_the_assistant(text) == "privacy"


def test_asking_whether_any_humans_are_around_asks_for_a_person():
    assert moves.asks_for_a_person_instead("is there anybody... any real people on here? sick of this")


@pytest.mark.parametrize("text", ["wipe all that, new chat", "could we go back to the very start please"])
def test_starting_again_in_more_words(text):
    assert moves.asks_to_start_over(text)


@pytest.mark.parametrize("text", ["evening, typing from the tea room at work",
                                  "hi, I am writing using google translate"])
def test_a_greeting_with_where_it_is_typed_or_a_translator_is_a_greeting(text):
    assert moves.only_greets(text)


# --- narrowed after the review ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I'm not sticking around at this job if they won't give me a proper chair",
    "I'm thinking of jumping off the sofa less, I twisted my back doing it",
    "got my tablets lined up for the week in the dosette box",
    "nobody needs to worry about me after the operation, my daughter is staying",
])
def test_everyday_leaving_jumping_tablets_and_plans_are_no_crisis(text):
    # (the crisis wordings of the rules; the red-flag reader's crisis bar may still ask one check question)
    assert "self_harm" not in reported_codes(text) | rules_possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    ("The doctor said go to A&E if I lost bladder control, which it has this morning. "
     "I have no way of getting there."),
    "Nurse said go to A&E if I lost feeling in my bum. I have no feeling there now.",
])
def test_a_safety_net_met_stays_told_whatever_i_have_no_follows(text):
    assert reported_codes(text) & {"bladder_bowel", "saddle_numbness"}, find_mentions(text)


def test_a_safety_net_met_after_an_if_i_got_is_checked_not_dropped():
    text = "the out-of-hours nurse said ring back if I got a temperature. It's happened, 38.9 tonight"
    assert "fever" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_weight_lost_after_breastfeeding_ended_is_still_told():
    text = "breastfeeding finished in March and I've lost another stone since without trying"
    assert "weight_loss" in reported_codes(text), find_mentions(text)


def test_the_writer_who_describes_their_own_body_in_the_third_person_keeps_the_sign():
    text = "I'm a bloke who can't feel his bum since lifting the trailer"
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["should I go to my GP?",
                                  "I have to go to my GP on Monday, is it ok to wait?"])
def test_going_to_the_gp_is_no_privacy_question(text):
    assert moves.about_the_assistant(text) is None


@pytest.mark.parametrize("text", ["I fell at home and there weren't any people around to help me up",
                                  "hi there, typing this from the ambulance",
                                  "Physio no longer helps, I had to leave work today"])
def test_stories_are_not_requests_greetings_or_turn_downs(text):
    assert not (moves.asks_for_a_person_instead(text) or moves.only_greets(text)
                or moves.turns_down_a_treatment(text))


@pytest.mark.parametrize("guess", ["ask_getting_help", "ask_question", "inform"])
def test_a_treatment_turned_down_with_its_name_asked_back_is_a_dismissal_whatever_the_guess(guess):
    assert routed("physio? not a chance, cant afford it, take it out", guess) == "dismiss"


def test_a_treatment_turned_down_beside_a_question_of_waiting_is_no_dismissal():
    assert routed("yoga isn't for me, can I leave it till Monday?", "ask_getting_help") != "dismiss"
