"""A fear said before a sign ("terrified it's ...", "frightened I'll ..."): where the fear ends cannot be told
from the words, so the sign is checked with one question, never escalated as a report nor passed over as a
worry; a new "I" after the fear tells what is happening, a cancer that is the person's own is theirs, and a
cancer only feared, or a fear said not to have come true, is a worry."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("fear", ["worried", "scared", "afraid", "terrified", "frightened", "petrified"])
def test_a_cancer_only_feared_is_a_worry_with_every_fear_word(fear):
    text = f"I'm {fear} it's cancer"
    assert "cancer_history" not in reported_codes(text)
    assert all(m.hypothetical for m in find_mentions(text) if m.code == "cancer_history")


def test_a_cancer_told_after_a_feared_one_is_checked():
    assert "cancer_history" in possible_codes("scared it's cancer, had bowel cancer 3 years ago")


@pytest.mark.parametrize("text, code", [
    ("petrified it's cauda equina, no feeling down below on the loo seat", "saddle_numbness"),
    ("frightened I'll wet myself again like this morning", "bladder_bowel"),
    ("terrified it could be an aneurysm, pulsing lump in my belly", "vascular"),
])
def test_a_sign_after_a_fear_with_no_new_speaker_is_checked(text, code):
    assert code in possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("frightened it's something bad, I haven't been able to pee since last night", "bladder_bowel"),
    ("terrified it is serious i cant pee since yesterday", "bladder_bowel"),
    ("petrified it's cancer and I've lost a stone without trying", "weight_loss"),
])
def test_a_sign_told_by_a_new_i_after_the_fear_is_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["I'm frightened I'll end up incontinent",
                                  "terrified that I'm going to lose control of my bladder one day"])
def test_a_fear_of_what_may_come_is_checked_not_escalated(text):
    assert "bladder_bowel" not in reported_codes(text)
    assert "bladder_bowel" in possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["petrified it's my cancer back", "frightened it's the cancer coming back"])
def test_a_feared_return_of_ones_own_cancer_is_a_cancer_history(text):
    assert "cancer_history" in reported_codes(text), find_mentions(text)


def test_a_fear_said_not_to_have_come_true_is_a_worry():
    text = "frightened I'll wet myself one day, it hasn't happened"
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text), find_mentions(text)
