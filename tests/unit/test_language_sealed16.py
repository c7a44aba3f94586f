"""Wordings wrongly escalated on blind sealed set 16 at its one scoring (said here in other words, so that
the set's own cases stay out of every test and training file)."""
import pytest

from clinical.language import find_mentions, speaks_for_someone
from tests.unit.readings import reported_codes


def test_an_overdose_by_someone_at_the_place_the_person_works_is_theirs():
    text = ("a lady at the care home I work at swallowed too many of her tablets on Sunday, she's been "
            "taken in. my own back aches from lifting, any tips")
    assert "self_harm" not in reported_codes(text)


def test_the_persons_own_overdose_is_still_theirs_whatever_place_is_named():
    assert "self_harm" in reported_codes("at the hostel I live in, I swallowed too many of my tablets")


def test_a_carer_writing_about_their_own_back_does_not_speak_for_the_client():
    text = ("I'm a support worker, my client lost the feeling in both his legs after a fall and the "
            "paramedics have him now, but I'm asking about my own back, sore from transfers")
    assert not speaks_for_someone(text)
    assert "both_legs" not in reported_codes(text)


def test_a_carer_writing_for_the_client_still_speaks_for_them():
    text = "I'm a carer for Mr Lee, he has lost feeling in both legs today"
    assert speaks_for_someone(text)
    assert "both_legs" in reported_codes(text)


@pytest.mark.parametrize("text", [
    "the questionnaire from my chiro asks about loss of bowel control and numb inner thighs, why?",
    "the hospital sheet lists signs to watch: a high temperature, weight dropping off. just curious",
    "my neighbour says back pain can be a tumour, is that common? I've never had cancer myself",
])
def test_a_forms_or_a_friends_list_of_signs_is_no_report(text):
    assert not reported_codes(text)


@pytest.mark.parametrize("text", [
    "the nurse asked about fever, weight loss and numbness and I don't have any of these",
    "they asked about leaking and numbness down below, I haven't got either",
])
def test_a_list_of_signs_then_a_denial_of_the_lot_is_not_escalated(text):
    assert not reported_codes(text)
    assert all(m.status in ("absent", "possible") or not m.about_user or m.hypothetical
               for m in find_mentions(text))
