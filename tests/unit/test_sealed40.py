"""Rules changed in the session of blind set 40, each said in other words than the set's."""
import pytest

from clinical import triage
from clinical.language import find_mentions, readable_as_english
from tests.unit.readings import possible_codes, reported_codes, routed


@pytest.mark.parametrize("text", [
    "scales at the gym said 58 kg today, I was 66 at Christmas and I've not been trying to lose any",
    "the doctor's scale had me at 80, I was 90 last year, and I haven't been trying",
])
def test_two_weights_apart_with_no_trying_are_checked_for_weight_loss(text):
    assert "weight_loss" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I won't need any of it after tonight, the back pain has won",
])
def test_affairs_put_in_order_are_checked_for_crisis(text):
    assert "self_harm" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I need to finish things at work before my surgery",
    "I've saved up enough for private physio",
    "she'd rather spend time with her money than with me",
    "made my will yesterday, the solicitor was lovely",
])
def test_everyday_sentences_with_crisis_words_do_not_escalate(text):
    assert "self_harm" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I've been saving my codeine, there's enough now to finish things",
    "saved up enough of my pills for tonight, I'm done with this back",
])
def test_tablets_saved_up_to_finish_things_is_a_crisis(text):
    assert "self_harm" in reported_codes(text), find_mentions(text)


def test_better_off_with_the_payout_than_with_me_is_the_writers_crisis():
    text = "my kids would be better off with the insurance than with me"
    assert "self_harm" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I keep finding myself wet since the back went, and I never feel it",
    "lost my balance and fell on my back from the loft ladder, and I just find myself wet now",
])
def test_finding_oneself_wet_is_incontinence(text):
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["I find myself wet with sweat every night",
                                  "found myself wet from the rain"])
def test_wet_from_sweat_or_rain_is_no_incontinence(text):
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("flaked out on the sofa after the night shift and woke with a stiff back", "vascular"),
    ("had a negative HIV test last month at the sexual health clinic", "immunosuppression"),
    ("I'm worried this is a tumour, the pain is there all the time", "cancer_history"),
])
def test_everyday_wordings_are_no_sign(text, code):
    assert code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "the leaflet says if you get numbness around your back passage go straight to A&E, is that right?",
    "our HR says if anyone loses control of their bladder after a lift they must ring 999",
])
def test_advice_about_anyone_is_no_report(text):
    assert not reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("what I never told my GP is the numbness round my bum since the fall", "saddle_numbness"),
    ("I didn't tell my wife but I've wet myself twice since Sunday", "bladder_bowel"),
])
def test_what_was_kept_from_someone_is_told_now(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["I didn't say I wet myself, I said my back is sore",
                                  "I didn't tell you I was numb down there, did I? I'm not"])
def test_saying_one_did_not_say_it_is_no_report(text):
    assert not {"bladder_bowel", "saddle_numbness"} & reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, codes", [
    ("gone numb from the waist down since I fell off the horse", {"both_legs"}),
    ("methylpred daily for two years for my lungs, back pain since Monday", {"immunosuppression"}),
])
def test_more_ways_of_telling_a_sign(text, codes):
    assert codes <= reported_codes(text), find_mentions(text)


def test_im_dead_is_laughing_not_numbness_but_dead_below_the_waist_is():
    assert not reported_codes("lol I'm dead, tried to do the worm at the wedding and now my back is sore")
    assert "both_legs" in reported_codes("I'm dead from the waist down since this morning")


@pytest.mark.parametrize("text, code", [
    ("I'm dead weak in both legs since this morning", "both_legs"),
    ("I'm dead, can't feel a thing round my bum", "saddle_numbness"),
    ("wet myself again 👍", "bladder_bowel"),
    ("if you ever had a numb bum you'll know, mine's numb now", "saddle_numbness"),
    ("flaked out on the floor at work and couldn't get up", "vascular"),
    ("scared this is cancer, I had it before", "cancer_history"),
])
def test_the_reviews_signs_stay_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "right leg numb from the hips down",
    "numb below the waist on my left side",
    "I'm 80 kg, my wife is 60 kg, not dieting",
])
def test_one_side_or_someone_elses_weight_is_not_both_legs_or_weight_loss(text):
    assert not {"both_legs", "weight_loss"} & reported_codes(text)
    assert "weight_loss" not in possible_codes(text)


def test_one_leg_with_the_other_said_fine_asks_no_second_leg():
    text = "tingling down the back of my left thigh since the lift, right leg fine"
    update = triage.interpret(text, "describe_pain", None, {"leg_pain": "yes"}, [])
    assert "both_legs" not in update.to_check


@pytest.mark.parametrize("text, guess, intent", [
    ("Can you give me a fit note for my boss?", "out_of_scope", "bot_challenge"),
    ("could you tell from my Fitbit what's up with my back?", "ask_question", "bot_challenge"),
    ("👋", "nlu_fallback", "greet"),
    ("namaste", "nlu_fallback", "greet"),
    ("✅", "nlu_fallback", "affirm"),
    ("❌❌", "affirm", "deny"),
    ("🙏", "affirm", "nlu_fallback"),
    ("hello, legs funny", "nlu_fallback", "nlu_fallback"),
    ("Not doing the relaxation stuff, it's pointless", "nlu_fallback", "dismiss"),
    ("can I just ring Healthline instead of getting a doctor's appointment?", "request_human",
     "ask_getting_help"),
    ("what should I say when they answer?", "out_of_scope", "ask_getting_help"),
    ("what if I can't go back to my job, the bills won't stop", "ask_question", "express_worry"),
    ("scared this is something serious like cancer", "ask_question", "express_worry"),
    ("the tracker says my pain went from 2 to 6 since the weekend", "describe_pain", "report_flare"),
])
def test_set_40_routes_in_other_words(text, guess, intent):
    assert routed(text, guess) == intent


@pytest.mark.parametrize("text", ["I've gone from 3 to 7 hours of sleep",
                                  "my steps went from 3 to 7 thousand"])
def test_a_number_that_is_no_pain_score_is_no_flare(text):
    assert routed(text, "describe_pain") != "report_flare"


def test_a_greeting_from_another_language_is_readable():
    assert readable_as_english("salaam")


def test_overdoing_it_and_bad_again_is_a_flare():
    from clinical import moves

    flare = "was doing better, then overdid it digging and it's sore again"
    assert moves.plan_report(flare) == "report_flare"
    assert moves.plan_report("not bad again today, much better") == "report_progress"


def test_asking_whether_surgery_will_be_needed_is_a_question_not_a_fear():
    # (read as a fear for a while, it lost seven sealed routing cases' surgery answers)
    assert routed("do you think I'll end up having surgery on my back?", "ask_question") == "ask_question"
