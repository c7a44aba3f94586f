"""What blind set 30's first scoring found, each said in other words than the set's: a loss of erections said
as "can't get or keep", an urge to burn oneself, thoughts of not waking up, all missed; a denial list whose
own item says "have" ("things I don't have: ..."), a warning of what a sign would mean, and what the pain
"could turn into", all escalated."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes, rules_possible_codes


@pytest.mark.parametrize("text, code", [
    ("since my back went I can't get or keep an erection", "sexual_dysfunction"),
    ("the pain has me wanting to burn myself on purpose again", "self_harm"),
    ("I have the urge to burn myself with a lighter", "self_harm"),
    ("lying here thinking about not waking up tomorrow", "self_harm"),
])
def test_these_signs_are_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["careful, I burn myself with the wheat bag if it's too hot",
                                  "I'm worried I'll burn myself with the hot water bottle"])
def test_everyday_burns_are_no_crisis(text):
    assert "self_harm" not in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_oversleeping_on_painkillers_is_no_crisis_by_the_rules():
    # (the red-flag reader's crisis bar may still ask, and its question asks about too much medicine too)
    text = "I keep not waking up until ten on these painkillers"
    assert "self_harm" not in reported_codes(text) | rules_possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "Stuff I haven't got: fever, numbness, pins and needles, weight loss, or any problems peeing",
    "the physio said it could turn into sciatica down both legs if I overdo the gardening",
])
def test_denied_or_only_possible_signs_are_not_escalated(text):
    assert not reported_codes(text) & {"bladder_bowel", "weight_loss", "both_legs"}, find_mentions(text)


def test_a_warning_of_what_a_sign_would_mean_is_checked_not_escalated():
    text = "the nurse warned me that numbness in both legs means going straight to hospital"
    assert "both_legs" in possible_codes(text) and "both_legs" not in reported_codes(text), \
        find_mentions(text)


def test_a_present_sign_after_what_it_could_turn_into_is_reported():
    assert "both_legs" in reported_codes("it could turn into something worse, both legs are numb now")


def test_a_negative_question_about_the_sign_asked_is_no_yes_to_it():
    from clinical.triage import interpret

    text = ("Wouldn't numb buttocks be the thing to look out for? Only asking, I haven't got that, "
            "just a sore back.")
    update = interpret(text, "ask_question", "saddle_numbness", {"bladder_bowel": "no"}, [])
    assert update.values.get("saddle_numbness") != "yes", update


@pytest.mark.parametrize("text", ["wouldn't say so", "don't think so",
                                  "Don't have any of those, just the ache"])
def test_a_negative_statement_is_no_question(text):
    from clinical.language import looks_like_question

    assert looks_like_question(text) == text.rstrip().endswith("?")


@pytest.mark.parametrize("text", ["I thought antibiotics were only for chest infections?",
                                  "had a chest infection last month, the back's just sore from coughing",
                                  "hurt my back lifting the chest of drawers"])
def test_a_chest_infection_or_a_chest_of_drawers_is_no_pain_in_the_chest(text):
    assert "vascular" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [("the back pain goes right through to my chest", "vascular"),
                                        ("sudden ripping pain into my chest and back", "vascular")])
def test_pain_reaching_the_chest_is_still_checked_or_reported(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)
