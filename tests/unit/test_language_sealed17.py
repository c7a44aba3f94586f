"""Wordings missed or wrongly escalated on blind sealed set 17 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import reported_codes


@pytest.mark.parametrize("text", [
    "with the baby up all night and my back gone, some days I think of walking into the ocean",
    "lol my back is that bad I've been looking up painless ways to die. only sort of joking",
    "the kids would be better off with someone else, honestly, and my back is killing me",
])
def test_indirect_crisis_wording_is_self_harm(text):
    assert "self_harm" in reported_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("had a temperature a fortnight ago with tonsillitis but its gone now, back sore from the trampoline",
     "fever"),
    ("was on steroid tablets for six weeks back in 2016, came off them and nothing since. sore back from "
     "gardening", "immunosuppression"),
])
def test_a_flag_long_over_is_not_escalated(text, code):
    assert code not in reported_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("my grandaughter's dropped heaps of weight and has a sore back, her mum's taking her in. my own back "
     "is just stiff", "weight_loss"),
    ("my gran had breast cancer years ago. me, never. I'm 30 and pulled something at netball",
     "cancer_history"),
    ("my grandkids both have a fever, and my back is sore from carrying them", "fever"),
])
def test_a_grandparents_or_grandchilds_flag_is_theirs(text, code):
    assert code not in reported_codes(text)


def test_a_sarcastic_not_takes_the_claim_back():
    text = "yeah and I've dropped 15 kilos as well. Not. back's just sore"
    assert "weight_loss" not in reported_codes(text)


def test_a_symptom_taken_back_at_once_is_not_escalated_and_the_rest_is_read():
    text = "I can't feel my bottom - no wait, it's the back of my right thigh that's numb, bum is fine"
    assert "saddle_numbness" not in reported_codes(text)
    assert any(m.code == "leg_numbness" and m.reported for m in find_mentions(text))


def test_a_plain_claim_without_the_sarcastic_not_is_still_read():
    assert "weight_loss" in reported_codes("I've dropped 15 kilos without trying. Not eating much either.")


def test_its_gone_dead_is_no_recovery():
    assert "saddle_numbness" in reported_codes("can't feel my bum at all, its gone dead since Sunday")
