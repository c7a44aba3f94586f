"""Signs told in the present after something that was over, feared or asked. Each case was a missed red flag
found by reading the rules after blind set 29 (said here in other words than the set's): what was over in an
earlier clause closed a fever measured now; a fear of what may come reached a weakness already happening; and
a negative question ("Isn't ... a sign of ...?") read as a denial."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    ("I was on antibiotics but I've been off them since Friday and my temperature is 39", "fever"),
    ("had a kidney infection, cleared with antibiotics and my temp is 38.9 again", "fever"),
    ("I had a car crash in 2002 and my legs are both numb", "leg_numbness"),
])
def test_a_sign_told_now_after_an_earlier_clause_that_was_over_is_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("had a fever last week but it went away", "fever"),
    ("had a fever, cleared with antibiotics and the fever is gone now", "fever"),
    ("car crash in 2002, fully recovered", "major_trauma"),
])
def test_a_sign_said_to_be_over_stays_over(text, code):
    assert code not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["scared I'm going to lose my legs they're getting weaker every day",
                                  "frightened my legs will give out, theyre getting weaker by the day"])
def test_a_weakness_happening_after_a_fear_of_what_may_come_is_not_only_feared(text):
    assert "progressive_weakness" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["scared I'm going to lose my legs they'll get weaker",
                                  "worried it'll get so bad they stop working"])
def test_a_weakness_still_inside_the_fear_is_a_worry(text):
    assert "progressive_weakness" not in reported_codes(text), find_mentions(text)


def test_a_negative_question_about_ones_own_signs_denies_none_of_them():
    text = ("Isn't numbness in my bum, weakness in both my legs or leaking a sign of cauda equina? "
            "I have all three")
    assert {"saddle_numbness", "bladder_bowel"} <= reported_codes(text) | possible_codes(text), \
        find_mentions(text)
    assert not any(m.status == "absent" for m in find_mentions(text))


@pytest.mark.parametrize("text", ["It isn't numb down there", "there isn't any numbness in my bum"])
def test_a_negation_that_asks_nothing_still_denies(text):
    assert "saddle_numbness" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("ending", ["I'm still feverish", "I still have a fever", "I've got a fever again",
                                    "my temp's 39", "I feel feverish"])
def test_every_way_of_telling_a_fever_now_after_a_course_that_ended_is_reported(ending):
    text = f"I was on antibiotics but I've been off them since Friday and {ending}"
    assert "fever" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("When I was little, I had a high fever that is why my mum is so anxious", "fever"),
    ("When I was young, 20 years ago, I lost weight from a parasite, then I got better", "weight_loss"),
])
def test_a_sign_told_in_the_past_after_a_distant_time_stays_past(text, code):
    assert code not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["Back in 2002, I was hit by a car and now I'm fine",
                                  "scared I'll lose my legs they're saying my legs could go weak",
                                  "scared I'll be incontinent they mentioned loss of bowel control",
                                  "scared I'll lose my legs they can get weaker with this"])
def test_what_others_say_may_come_or_a_past_injury_is_not_escalated(text):
    assert not reported_codes(text) & {"major_trauma", "progressive_weakness", "bladder_bowel"}, \
        find_mentions(text)


@pytest.mark.parametrize("text", ["my legs will give out, they're getting weaker by the day",
                                  "scared I'm going to lose my legs theyre getting weaker"])
def test_they_after_legs_means_the_legs(text):
    assert "progressive_weakness" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("Isn't numbness in my bum a sign of cauda equina?", "saddle_numbness"),
    ("Doctor, isn't numbness in the bum a red flag? I have it", "saddle_numbness"),
    ("So aren't my legs meant to go weak with this? Both of them are", "leg_weakness"),
])
def test_a_negative_question_about_a_sign_is_checked(text, code):
    assert code in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I haven't had any fever, numbness in my groin, trouble peeing or weight loss",
    "denies fever, night sweats, weight loss, numb bum, saddle numbness or incontinence",
    "no fever, numbness, leaking or weight loss",
    "denies fever, chills, and saddle numbness",
    "No numbness, tingling, and weakness in my legs",
])
def test_a_denial_reaches_every_sign_of_a_long_list_it_heads(text):
    assert not reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("Neither of us has any numbness, leaking or fever", "fever"),
    ("No fever, both legs numb or tingly", "both_legs"),
    ("no fever, no sweats, numb bum or leaking", "saddle_numbness"),
])
def test_a_sign_in_a_short_list_or_after_a_denial_of_its_own_is_checked(text, code):
    assert code in possible_codes(text) and code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("no fever or chills, and both legs are numb", "leg_numbness"),
    ("I haven't had any fever, sweats, chills, my legs are numb", "leg_numbness"),
    ("no fever, chills, sweats, I've wet myself", "bladder_bowel"),
    ("no fever or sweats, tingling in my foot or wetting myself", "bladder_bowel"),
    ("I don't have a fever, chills, night sweats, just leaking and a numb bum", "bladder_bowel"),
    ("no fever, chills, night sweats, cancer, just leaking and numb bum", "saddle_numbness"),
    ("No fever, numb bum or any leaking though", "saddle_numbness"),
    ("no fever, numb bum or leaking since yesterday", "saddle_numbness"),
    ("no fever, sweats, numb bum, wet myself last night", "bladder_bowel"),
])
def test_a_sign_after_a_list_has_closed_or_been_broken_is_not_denied(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["had a fever, it cleared with antibiotics and I'm fever free now",
                                  "kidney infection cleared with antibiotics and I'm glad the fever is gone",
                                  "broke my back in 2002 and it's still a bit stiff, fell off a horse"])
def test_a_sign_said_to_be_over_in_its_own_part_stays_over(text):
    assert not reported_codes(text) & {"fever", "major_trauma"}, find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("broke my back in 2002 and I fell off a ladder this morning", "major_trauma"),
    ("hurt my back in 2002, fully healed, wet myself yesterday", "bladder_bowel"),
    ("off them since Friday and last night I was burning up", "fever"),
])
def test_a_sign_with_a_recent_time_of_its_own_is_not_closed_by_an_old_one(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["scared I'll lose my legs they're going weaker every day",
                                  "my legs will give out, they're getting weaker by the day"])
def test_legs_going_weaker_after_a_fear_are_reported(text):
    assert "progressive_weakness" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_they_after_someone_elses_legs_are_those_people():
    assert "fever" not in reported_codes("helped my kids with sore legs, they've got a fever")


@pytest.mark.parametrize("text", [
    "Never had pain like this, numb bum, weak legs, leaking or pooing myself",
    "No injury, numb bum, both legs weak, leaking or soiling",
    "not too bad pain wise, numb bum, weak legs, wetting or soiling",
])
def test_a_denial_of_the_pain_or_an_injury_heads_no_list_of_signs(text):
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("No fall, fever 39, night sweats, 10kg weight loss or chills", "fever"),
    ("No fever, chills, night sweats, lost a stone or so", "weight_loss"),
    ("no fever, chills, sweats, weight down 10kg or more", "weight_loss"),
])
def test_a_number_a_past_verb_or_an_or_so_is_no_item_of_a_denied_list(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_a_bare_no_heading_a_list_of_cauda_equina_signs_is_checked_not_denied():
    text = "no fever, numb bum, weak legs, leaking or soiling"
    assert {"saddle_numbness", "bladder_bowel"} <= possible_codes(text) | reported_codes(text), \
        find_mentions(text)


def test_a_negative_question_that_tells_ones_own_sign_reports_it():
    text = "Isn't it serious that I've wet myself twice and can't feel my bum?"
    assert {"bladder_bowel", "saddle_numbness"} <= reported_codes(text), find_mentions(text)


def test_a_misspelt_theyre_after_legs_is_still_the_legs():
    text = "scared I'm going to lose my legs theyre getting weaker"
    assert "progressive_weakness" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("No cough, fever 38.5, aching all over", "fever"),
    ("no cough, temp 39 last night", "fever"),
    ("woke up without any feeling in my bum, groin, legs or feet", "saddle_numbness"),
])
def test_a_sign_measured_in_an_item_of_its_own_or_felt_without_feeling_is_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["no fever, temp 36.8", "I can walk without any feeling of weakness",
                                  "no fever, chills or sweats, 2 weeks of pain"])
def test_a_normal_measure_or_a_feeling_of_nothing_is_no_sign(text):
    assert not reported_codes(text) & {"fever", "leg_weakness", "saddle_numbness"}, find_mentions(text)


@pytest.mark.parametrize("text, code", [("Isnt it bad that I cant feel my bum", "saddle_numbness"),
                                        ("isn't it weird I keep wetting myself", "bladder_bowel")])
def test_a_negative_question_without_its_mark_that_tells_ones_own_sign_reports_it(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_a_denial_inside_an_unmarked_negative_question_still_denies():
    assert not reported_codes("isn't it fine that I don't have any numbness down there")


@pytest.mark.parametrize("text, code", [
    ("the pills don't help, legs going numb", "leg_numbness"),
    ("doctor won't listen, wet myself twice", "bladder_bowel"),
    ("nothing helps, both legs weak", "leg_weakness"),
    ("they wont scan me, legs getting weaker", "progressive_weakness"),
])
def test_a_denial_of_something_else_does_not_reach_a_sign_after_the_comma(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["no to all of those, no numbness", "doesn't go down my legs, no numbness",
                                  "it doesn't spread, legs are fine"])
def test_a_sign_denied_after_the_comma_stays_denied(text):
    assert not reported_codes(text) & {"leg_numbness", "saddle_numbness", "both_legs"}, find_mentions(text)
