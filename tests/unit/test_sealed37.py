"""Rules changed in the session of blind set 37, each said in other words than the set's."""
import pytest

from clinical import moves
from clinical.language import find_mentions
from clinical.triage import someone_elses_red_flag
from tests.unit.readings import possible_codes, reported_codes, routed


@pytest.mark.parametrize("text", [
    # a sign told of each leg in its own clause or line
    "L leg pain 6/10. left foot: tingling. right foot: tingling as well.",
    "my left thigh has gone numb, and the right thigh is numb now too",
    "Q1 back: sore. Q2 right leg: weak. Q3 left leg: weak too",
    "my left foot is numb and my right foot has pins and needles since this morning",
])
def test_a_sign_in_each_leg_told_apart_is_a_sign_in_both(text):
    assert "both_legs" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "right leg tingling since Friday, left leg fine",
    "left calf numb, right calf normal",
])
def test_one_leg_and_the_other_fine_is_no_sign_in_both(text):
    assert "both_legs" not in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_both_feet_numb_for_years_from_diabetes_is_checked_not_escalated():
    text = "left foot numb for years with my diabetes, and my right foot is numb as well"
    assert "both_legs" not in reported_codes(text), find_mentions(text)
    assert "both_legs" in possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    # a checklist answered label by label
    ("Temperature: nil. Weight loss: none. Bum numb: no. Just a stiff back", None),
    ("temp: 38.9 since last night", "fever"),
    # a fever that broke has gone; one that came back has not
    ("the fever finally broke on Sunday and I'm over the flu, back just aches from bed", None),
    # a hedged denial with an exception still tells the sign
    ("I wouldn't say I'm feverish really, just 38.6 on the thermometer", "fever"),
    ("I wouldn't say my feet are numb at all, just cold", None),
])
def test_label_answers_fevers_that_broke_and_hedged_denials(text, code):
    reported = reported_codes(text)
    assert (code in reported) if code else not reported, find_mentions(text)


def test_a_fever_that_broke_and_came_back_is_not_taken_as_over():
    text = "the temperature broke, then came back last night at 39.3"
    assert "fever" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_one_of_several_children_is_someone_else():
    text = "the kids have all got the flu and one has a temperature of 39, my back's sore from lifting them"
    assert "fever" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I had tingling in my groin when I was carrying my son. It went away after he was born, years back.",
])
def test_a_saddle_sign_said_over_in_the_next_sentence_is_checked_not_escalated(text):
    assert "saddle_numbness" not in reported_codes(text) and "saddle_numbness" in possible_codes(text)


@pytest.mark.parametrize("text", [
    "numb round my bum this morning. it went away but it's back now",
    "my bum went numb. It went away for ten minutes and then came back",
])
def test_a_saddle_sign_that_came_back_is_still_reported(text):
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)


def test_a_sign_compared_with_a_friends_is_checked_as_the_writers():
    text = ("my brother's foot went floppy after his disc surgery and stayed that way. mine isn't the same "
            "as his, it's getting weaker by the hour")
    assert "progressive_weakness" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, guess, intent", [
    ("almost through all the questions?", "ask_why", "ask_progress"),
    ("meh. that's of no use to me", "ask_why", "dismiss"),
    ("skip it, not interested in stretching", "inform", "dismiss"),
    ("good afternoon, hope I've come to the right spot", "thank", "greet"),
    ("how can an app tell what's going on in my spine?", "ask_question", "bot_challenge"),
    ("how can I get an urgent appointment? the practice never answers", "ask_question", "ask_getting_help"),
    ("is a pharmacist alright instead of my GP for this?", "ask_question", "ask_getting_help"),
    ("my daughter installed this in Melbourne, but it's me using it and I live in Auckland", "inform",
     "tell_region"),
])
def test_routing_fixed_in_set_37(text, guess, intent):
    assert routed(text, guess) == intent


@pytest.mark.parametrize("text, guess", [
    ("a twinge when I bend, otherwise it's fine", "describe_pain"),  # how the back is, not "it's nothing"
    ("I'm fine", "inform"),  # an answer about how one feels stays an answer
])
def test_what_set_37_routing_fixes_must_not_take(text, guess):
    assert routed(text, guess) == guess


def test_that_is_no_use_then_a_report_is_no_dismissal():
    assert not moves.dismisses("that's no use to me, my back still hurts every morning")


# What the review of these rules found they took, each put back (said in other words than the review's)
@pytest.mark.parametrize("text, code", [
    # the weather ruled out, or a fever beside it
    ("temperature 39.5 overnight - and it's not the heatwave, the house is cool", "fever"),
    ("sweltering outside but my temp is 38.8 and I'm shivering", "fever"),
    # only part regained, a loss going on, or "it" meaning the pain
    ("dropped 9 kilos since Easter without trying, a couple came back on, it's going again", "weight_loss"),
    ("lost 12 pounds and the pain, it's come back on both sides of my back", "weight_loss"),
    # "wouldn't say" before a sign staying is no denial of it
    ("I wouldn't say the numbness round my bum is any better, it's worse", "saddle_numbness"),
    # a fever that "broke" but is still there or kept down by a tablet
    ("my fever broke after two panadol, still 38.4 now", "fever"),
    # a resolution in the next sentence that is recent is no sign over
    ("couldn't feel the toilet paper when I wiped this morning. It went away after ten minutes.",
     "saddle_numbness"),
    ("wet myself on the bus yesterday. It cleared up by teatime.", "bladder_bowel"),
])
def test_the_reviews_signs_stay_read(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_a_past_high_temperature_compared_is_no_fever_now():
    text = "my temperature has been 39.5 before, with covid, but not with this back"
    assert "fever" not in reported_codes(text), find_mentions(text)


def test_a_cancer_treated_and_fine_since_is_still_a_past_cancer():
    text = "Bowel cancer removed in 2018. All good since. Now a new ache low in my back for a fortnight."
    assert "cancer_history" in reported_codes(text), find_mentions(text)


def test_a_comparison_with_a_milder_own_back_raises_no_check():
    text = "my uncle had numbness round his bottom before his op. mine isn't like his, only a stiff back"
    assert "saddle_numbness" not in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "my partner was off work with a fever last month, and my back's sore now",
    "my dad had a weak leg before his hip was done",
])
def test_someone_elses_past_sign_gets_no_line(text):
    assert someone_elses_red_flag(find_mentions(text)) is None


@pytest.mark.parametrize("text, guess", [
    ("Hi again, thanks to you my back's much better", "thank"),
    ("Evening! that advice was a lifesaver", "thank"),
    ("never mind, it started about a month ago", "inform"),
    ("I live in Hobart and my lower back's been sore since the weekend", "describe_pain"),
    ("how would the app know if my nerve is trapped without a scan?", "ask_question"),
    ("doing the walks for a fortnight now, am I almost through?", "report_progress"),
])
def test_what_the_review_found_the_routing_fixes_took(text, guess):
    assert routed(text, guess) == guess
