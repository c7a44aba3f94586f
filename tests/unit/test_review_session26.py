"""Wordings a reviewer found while set 26's fixes were checked: fear said before a sign, a stomach upset by a
medicine beside a real belly sign, crisis wording beside a request for help, giving up a thing, and "yes"
beside a comment on the telling."""
import pytest

from clinical import moves, parsing
from clinical.language import find_mentions, possible_red_flags
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    ("terrified it's cauda equina, can't feel my bum and wet myself", "saddle_numbness"),
    ("panicked it's cauda equina, wet myself this morning", "bladder_bowel"),
    ("frightened it's an aneurysm, there's a pulsing lump in my belly", "vascular"),
    ("panicking it's an infection, got a fever and chills", "fever"),
    ("scared it's serious, I can't feel my bum", "saddle_numbness"),
])
def test_a_sign_told_after_a_fear_is_never_passed_over(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_the_persons_own_after_a_fear_is_read_as_usual():
    assert "cancer_history" in reported_codes("Terrified it's my cancer back")


@pytest.mark.parametrize("text", ["worried it's cancer", "scared it might be a fever"])
def test_a_fear_of_what_it_is_is_no_report(text):
    assert not reported_codes(text) & {"cancer_history", "fever"}


@pytest.mark.parametrize("text", [
    "sudden severe pain in my back and stomach, thought it was heartburn",
    "I can feel a throbbing lump in my tummy, like indigestion",
    "pulsating feeling in my tummy and upset tummy",
    "sudden severe back pain and stomach pain, ate on an empty stomach",
])
def test_indigestion_or_an_upset_stomach_beside_a_belly_sign_hides_nothing(text):
    assert "vascular" in reported_codes(text) | possible_codes(text)


@pytest.mark.parametrize("text", [
    "I've felt suicidal on and off for years, how can I get help",
    "I've had thoughts of ending my life for years and am well aware I need help",
    "I've been suicidal for years, not happy since the accident",
])
def test_crisis_wording_beside_a_request_for_help_or_a_not_is_still_a_crisis(text):
    assert "self_harm" in reported_codes(text)


@pytest.mark.parametrize("text", ["I want to give up the tablets",
                                  "I want to give up cigarettes to help my back",
                                  "I feel like giving up the tablets, they do nothing"])
def test_giving_up_a_thing_is_no_crisis_check(text):
    assert "self_harm" not in possible_red_flags(find_mentions(text))


def test_what_is_the_point_anymore_is_checked_for_crisis():
    assert "self_harm" in possible_red_flags(find_mentions("what's the point anymore"))


@pytest.mark.parametrize("text", ["yes, embarrassing", "Yes, TMI", "sure, awkward"])
def test_a_yes_beside_a_comment_on_the_telling_is_yes(text):
    assert parsing.polarity(text, None, words_only=True) == "yes"


@pytest.mark.parametrize("text", ["back is agony, is later today ok", "pain's awful, tonight ok",
                                  "still sore, this evening fine"])
def test_asking_whether_later_will_do_is_still_about_getting_help(text):
    assert moves.getting_help_question(text) == "later_today"


def test_whether_keeping_working_is_wrong_is_no_question_about_the_assistant():
    assert moves.about_the_assistant("how do I know it is not wrong to keep working") is None


@pytest.mark.parametrize("text", ["awkward, never noticed till now but yes",
                                  "weird, never had that before but yes it is numb now"])
def test_a_comment_before_a_never_is_no_no(text):
    assert parsing.polarity(text, None, words_only=True) != "no"


# A second review: fear said without punctuation, a "my" before a guess, giving up said plainly, a "never"
# about the pain before crisis wording
@pytest.mark.parametrize("text, code", [
    ("worried this is serious I can't pee", "bladder_bowel"),
    ("scared that it's cauda equina i can't pee", "bladder_bowel"),
    ("terrified it'll get worse I already can't feel my bum", "saddle_numbness"),
    ("worried this is an infection I have a fever", "fever"),
    ("afraid it may be the cancer I had breast cancer 3 years ago", "cancer_history"),
    ("Worried this is serious. I have osteoporosis and slipped in the shower.", "osteoporotic_fall"),
])
def test_a_sign_after_a_fear_without_punctuation_is_reported(text, code):
    assert code in reported_codes(text)


@pytest.mark.parametrize("text, code", [
    ("scared it's cauda equina i've wet myself twice today", "bladder_bowel"),
    ("petrified it's my spine, fell off a ladder from the roof yesterday", "major_trauma"),
])
def test_a_sign_the_person_tells_after_a_fear_is_at_least_checked(text, code):
    assert code in reported_codes(text) | possible_codes(text)


@pytest.mark.parametrize("text", ["worried it's my heart or an aneurysm",
                                  "scared it's my kidneys or even cancer"])
def test_a_my_before_a_guess_makes_no_report(text):
    assert not reported_codes(text) & {"vascular", "cancer_history"}


@pytest.mark.parametrize("text", ["I just want to give up", "i wanna give up", "I'm ready to give up"])
def test_giving_up_said_plainly_is_checked_for_crisis(text):
    assert "self_harm" in possible_red_flags(find_mentions(text))


@pytest.mark.parametrize("text", ["this pain will never end I want to die",
                                  "nothing ever helps i want to end it all"])
def test_a_never_about_the_pain_does_not_deny_crisis_wording_after_it(text):
    assert "self_harm" in reported_codes(text)


@pytest.mark.parametrize("text", ["I don't want to die", "no thoughts of ending my life", "not suicidal",
                                  "I don't think I want to die", "no way I'd ever take an overdose",
                                  "I'm not saying I want to die",
                                  "never have I thought about killing myself"])
def test_crisis_wording_plainly_denied_stays_denied(text):
    assert "self_harm" not in reported_codes(text)


@pytest.mark.parametrize("text", ["I'm upset my stomach is throbbing like a heartbeat",
                                  "sudden severe back pain and an upset stomach",
                                  "there's a throbbing lump that upsets my tummy"])
def test_an_upset_person_or_an_upset_stomach_beside_a_belly_sign_hides_nothing(text):
    assert "vascular" in reported_codes(text) | possible_codes(text)


def test_a_sore_back_tonight_is_no_question_about_later():
    assert moves.getting_help_question("my back is really sore tonight") is None
