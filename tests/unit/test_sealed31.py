"""What blind set 31's first scoring found, each said in other words than the set's. Red flags: none missed;
false escalations from a faint at a bill, "weak at the knees" at a fright, no poo on codeine, looking for a
sign that is not there, and sweats in a hot bed. Routing: a goodbye for the night, a real person on the phone,
medicine questions read as reports of taking them, a declined plan, and a correction."""
import pytest

from clinical import moves
from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes, routed


@pytest.mark.parametrize("text", [
    "almost fainted at the price of the MRI, back's just sore from the move",
    "my knees went weak at the knees when I saw the quote for the roof, lol, back is stiff from ladders",
])
def test_figures_of_speech_are_no_sign(text):
    assert not reported_codes(text) and not possible_codes(text) & {"vascular", "leg_weakness"}, \
        find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("haven't been for a poo for four days since the tramadol, bunged up otherwise fine", "bladder_bowel"),
    ("I keep feeling for a throbbing lump in my belly since I read about aneurysms", "vascular"),
    ("soaked in sweat this morning but the electric blanket was on all night", "fever"),
])
def test_a_sign_with_a_harmless_account_is_checked_not_escalated(text, code):
    assert code not in reported_codes(text) and code in possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("on codeine and I can't pee at all since this morning", "bladder_bowel"),
    ("the codeine bungs me up but now I've had an accident and pooed myself", "bladder_bowel"),
    ("my belly is throbbing like a heartbeat and the back pain came on suddenly", "vascular"),
    ("nearly fainted in the shower and the back pain is the worst ever", "vascular"),
])
def test_the_sign_itself_is_still_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, guess, intent", [
    ("right, that's me off for the night, ta", "goodbye", "goodbye"),
    ("is there a number where I can talk to an actual person?", "request_human", "request_human"),
    ("what's the deal with Humira, is it only for people with arthritis?", "ask_question", "ask_question"),
    ("why can't I just take prednisone to settle the inflammation?", "ask_question", "ask_question"),
    ("not interested in an exercise plan today", "report_progress", "deny"),
    ("oops no, it was my right side, not the left", "inform", "correct_answer"),
])
def test_routing(text, guess, intent):
    assert routed(text, guess) == intent


def test_a_goodbye_for_tonight_is_no_question_about_going_tonight():
    assert moves.getting_help_question("cheers, that's me done for tonight") is None
    assert moves.says_goodbye("cheers, that's me done for tonight")


@pytest.mark.parametrize("text", ["what do I take with me to A&E?",
                                  "how can I find a GP that's taking new patients?",
                                  "is it ok to have the physio session by phone, or do I go in person?"])
def test_practical_questions_about_getting_help(text):
    assert moves.getting_help_question(text) == "where"


def test_asking_whether_a_person_is_there_instead_is_a_request_for_one():
    text = "is there someone real I could chat to, or is it only a bot?"
    assert routed(text, "bot_challenge") == "request_human"
    assert routed("are you a real person?", "bot_challenge") == "bot_challenge"


@pytest.mark.parametrize("text", [
    # a review of this session's rules found each of these dropped by a first version of them
    "temp's higher than normal, night sweats", "my temperature isn't ok, night sweats",
    "temp normal yesterday, 39c today. sweats", "temp 37 point 9, sweats",
    "took nurofen, temp down to 37.1. was sweating buckets all night before that",
    "son's temp is 37.2 thank god. me on the other hand, drenched every night and back pain",
    "temp normal, sweats and shivers or shakes at night",
    "temp's normal, but cold sweats and teeth chattering",
    "soaked in sweat every night, no heating on, no electric blanket, just sweats",
    "shivering and shaking all night, temp normal",
])
def test_sweats_and_chills_are_never_dropped_for_a_temperature_or_a_heater(text):
    assert "fever" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("passed out at the checkout, back pain was unreal, couldn't even see the total", "vascular"),
    ("nearly passed out from the pain when I got the quote from the physio and stood up", "vascular"),
    ("sudden back pain into my chest w chest infection", "vascular"),
    ("legs went weak at the knees when I saw the stairs and both my legs are weak and numb now", "both_legs"),
    ("I keep checking and there's a pulsing lump by my belly button, I can see it beating", "vascular"),
    ("numb between my legs and round my back passage, wears off when i take the tramadol then comes back",
     "saddle_numbness"),
])
def test_a_figure_of_speech_is_read_only_where_it_is_said(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "what are the signs that my back pain is serious, like losing bladder control?",
    "how would I know that I have cauda equina, would my legs both go numb?",
])
def test_a_general_question_with_that_i_is_no_report(text):
    assert not reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("does the numbness in my bum mean I need an MRI?", "saddle_numbness"),
    ("do i need to go to a&e for numb privates?", "saddle_numbness"),
])
def test_a_sign_asked_about_as_ones_own_is_checked(text, code):
    assert code in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("my bottom goes numb after a long shift in the cab but wears off when I get out and walk", None),
    ("numb bum when I sit, goes when I stand, but since yesterday it stays even when I walk", "reported"),
    ("since the back pain my bum goes numb sitting but goes when I stand", "reported"),
])
def test_numbness_from_sitting_that_goes_on_getting_up_has_answered_the_check(text, code):
    if code is None:
        assert "saddle_numbness" not in reported_codes(text) | possible_codes(text), find_mentions(text)
    else:
        assert "saddle_numbness" in reported_codes(text), find_mentions(text)


# What blind set 32's first scoring found, each said in other words than the set's.
@pytest.mark.parametrize("text, code", [
    ("dropped foot since the back went, stable", "leg_weakness"),
    ("injecting drug user, back pain new this week", "immunosuppression"),
])
def test_set32_signs_are_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["yeah right, like I'd have a temperature, my back's just sore from the gym",
                                  "lost 2 kilos with a tummy bug last week, back aches from lying about"])
def test_set32_sarcasm_and_a_stomach_bug_are_no_sign(text):
    assert not reported_codes(text), find_mentions(text)


def test_set32_a_medicine_stopped_long_ago_is_checked():
    text = "came off prednisone back in 2015, back hurts now"
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, check", [
    ("whatever, I'll just sort it myself", moves.dismisses),
    ("are we nearly there?", moves.asks_how_many_more),
    ("oops not 2 days, 2 weeks", moves.corrects),
    ("so does that mean I have cancer?", moves.fears_something_serious),
])
def test_set32_moves(text, check):
    assert check(text)


@pytest.mark.parametrize("text", ["pata nahi yaar", "ek weet nie", "ewan ko po"])
def test_set32_not_sure_in_other_languages(text):
    from clinical.parsing import polarity

    assert polarity(text) == "unsure"


@pytest.mark.parametrize("text, guess, intent", [
    ("pata nahi", "deny", "unsure"),
    ("almost done? I'm on my break", "report_progress", "ask_progress"),
    ("no", "deny", "deny"),
])
def test_set32_routing(text, guess, intent):
    assert routed(text, guess) == intent


# A review of the set-32 fixes found each of these misread by a first version of them.
@pytest.mark.parametrize("text, code", [
    ("it's as if i'd have no control over my bladder anymore", "bladder_bowel"),
    ("I suppose you're going to ask if I've lost weight, yes 8kg", "weight_loss"),
    ("weight dropping off me, not gastro, not dieting", "weight_loss"),
    ("still on pred, never stopped", "immunosuppression"),
    ("HIV positive, stopped smoking", "immunosuppression"),
])
def test_set32_review_signs_still_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["fever gone, temp stable", "leg numbness gone, all stable now",
                                  "had a numb leg years ago, stable ever since"])
def test_stable_after_a_sign_said_to_be_over_stays_over(text):
    assert not reported_codes(text), find_mentions(text)


def test_a_stomach_bug_only_checks_weight_loss():
    text = "I've lost weight unintentionally, not from a stomach bug"
    assert "weight_loss" in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, guess, intent", [
    ("yeah might as well", "affirm", "affirm"),
    ("no, can't say I have", "deny", "deny"),
    ("almost done", "affirm", "affirm"),
    ("ok i'll sort it", "affirm", "affirm"),
    ("no sé", "deny", "unsure"),
])
def test_set32_review_routing(text, guess, intent):
    assert routed(text, guess) == intent


@pytest.mark.parametrize("text, code", [("numb bum, unchanged", "saddle_numbness"),
                                        ("weak right leg, bladder and bowels unchanged", "leg_weakness"),
                                        ("incontinence unchanged", "bladder_bowel")])
def test_a_sign_said_unchanged_is_checked_never_dropped(text, code):
    # ("unchanged" had read it as over; only with a long-standing time is it over)
    assert code in possible_codes(text) | reported_codes(text), find_mentions(text)


def test_a_sign_unchanged_for_years_is_over():
    text = "I leak a little when I cough, have done for years, no change, back pain is new from lifting"
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)
