"""A fear said before a sign. A fear of what it is ("terrified it is cauda equina cant feel my bum") may or
may not reach the sign told straight after it, so the sign is checked with one question; a break, a time, a
reason or a new "I" ends its reach and what follows is read as usual. A fear of what may come is a worry
unless it has begun; a cancer only feared is a worry, a feared return of one's own is a history."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


def hypothetical(text: str, code: str) -> bool:
    return all(m.hypothetical for m in find_mentions(text) if m.code == code)


@pytest.mark.parametrize("fear", ["worried", "scared", "afraid", "terrified", "frightened", "petrified"])
def test_a_cancer_only_feared_is_a_worry_with_every_fear_word(fear):
    text = f"I'm {fear} it's cancer"
    assert "cancer_history" not in reported_codes(text)
    assert hypothetical(text, "cancer_history")


@pytest.mark.parametrize("text", ["worried it's cancer back pain", "worried its cancer",
                                  "scared it might be a tumour", "panicking it's cancer, worse now"])
def test_a_feared_cancer_said_with_back_or_worse_is_still_only_feared(text):
    assert "cancer_history" not in reported_codes(text), find_mentions(text)


def test_a_cancer_told_after_a_feared_one_is_checked():
    text = "scared it's cancer had bowel cancer 3 years ago"
    assert "cancer_history" in reported_codes(text) | possible_codes(text)


@pytest.mark.parametrize("text, code", [
    ("petrified it's cauda equina numb round my bum", "saddle_numbness"),
    ("terrified it could be an aneurysm pulsing lump in my belly", "vascular"),
    ("frightened I'll wet myself again like this morning", "bladder_bowel"),
])
def test_a_sign_straight_after_a_fear_is_checked(text, code):
    assert code in possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("frightened it's something bad, I haven't been able to pee since last night", "bladder_bowel"),
    ("terrified it is serious i cant pee since yesterday", "bladder_bowel"),
    ("petrified it's cancer and I've lost a stone without trying", "weight_loss"),
    ("terrified it's broken, came off a ladder from 4 metres", "major_trauma"),
    ("frightened it may be an infection temp of 39 and shivering", "fever"),
    ("scared it's cauda equina cos I can't feel my bum", "saddle_numbness"),
    ("worried it'll get worse, already cant feel my bum", "saddle_numbness"),
    ("terrified it's broken. osteoporosis and slipped in the shower this morning", "osteoporotic_fall"),
])
def test_a_break_a_time_or_a_new_i_ends_the_fear_and_the_sign_is_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["I'm frightened I'll end up incontinent",
                                  "terrified that I'm going to lose control of my bladder one day",
                                  "scared it'll lead to me wetting myself"])
def test_a_fear_of_what_may_come_is_a_worry(text):
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["worried it'll get so bad i can't control my bladder",
                                  "afraid it could get so bad that i wet myself"])
def test_a_sign_further_on_in_a_fear_of_what_may_come_is_never_escalated(text):
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


def test_a_sign_straight_after_a_fear_is_checked_whatever_follows_it():
    # ("touch wood" or "nothing like that before" may say it is new: never a worry only)
    for text in ("frightened it's cauda equina wetting myself, touch wood it hasn't happened",
                 "scared its cauda equina cant feel my bum. Nothing like that has ever happened before"):
        assert reported_codes(text) | possible_codes(text) & {"bladder_bowel", "saddle_numbness"}


@pytest.mark.parametrize("text", ["petrified it's my cancer back", "frightened it's the cancer coming back"])
def test_a_feared_return_of_ones_own_cancer_is_a_cancer_history(text):
    assert "cancer_history" in reported_codes(text), find_mentions(text)


def test_crisis_wording_after_a_fear_is_still_a_crisis():
    assert "self_harm" in reported_codes("scared this will never end, want to die")


def test_a_crisis_list_denied_whole_stays_denied():
    assert "self_harm" not in reported_codes("no thoughts of self-harm, plans or wanting to die")


@pytest.mark.parametrize("text, code", [
    ("terrified it'll get worse peeing myself", "bladder_bowel"),
    ("scared I'm going to lose my legs they're getting weaker every day", "progressive_weakness"),
    ("scared ill lose control of my bowels it happened twice", "bladder_bowel"),
    ("worried ill need an operation been wetting myself", "bladder_bowel"),
])
def test_a_sign_further_on_than_what_may_come_is_checked(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["terrified its cancer back again",
                                  "worried its cancer back had it 5 years ago",
                                  "scared its cancer had chemo 2 years ago", "terrified it's cancer again"])
def test_a_cancer_had_before_is_read_through_the_fear(text):
    assert "cancer_history" in reported_codes(text), find_mentions(text)


def test_worried_it_is_cancer_or_a_tumour_is_still_a_worry():
    assert "cancer_history" not in reported_codes("worried its cancer or a tumour")


def test_terrified_if_im_honest_is_no_condition():
    assert "saddle_numbness" in reported_codes("terrified if im honest cant feel my bum")


@pytest.mark.parametrize("text", ["Never, ever want to hurt myself", "I would never, ever hurt myself"])
def test_a_denial_that_goes_on_after_a_comma_still_denies_crisis_wording(text):
    assert "self_harm" not in reported_codes(text)
