"""Wordings missed on blind sealed set 11 at its one scoring (said here in other words, so that the set's
own cases stay out of every test and training file)."""
from clinical.language import speaks_for_someone
from tests.unit.readings import own_readings


def test_helpline_staff_typing_what_the_caller_did_is_the_callers():
    text = "Caller says he swallowed his whole box of tramadol after lunch, back pain for months"
    assert speaks_for_someone(text)
    assert ("self_harm", "present") in own_readings(text)
    assert speaks_for_someone("pt reports new leg weakness since this morning")
    assert not speaks_for_someone("my patient neighbour helped me up")


def test_typing_for_mum_without_my_makes_her_symptoms_the_patients():
    text = "typing for Mum, 79, she got hit by a car backing out at the shops and her back is agony"
    assert ("major_trauma", "present") in own_readings(text)


def test_staff_shorthand_for_a_cancer_history_is_read():
    assert ("cancer_history", "present") in own_readings("Pt hx breast ca 2016, now new back pain for 3/52")
    assert ("cancer_history", "present") not in own_readings("back pain for ca. 3 weeks after moving house")


def test_a_steroid_the_gp_only_mentioned_is_checked_not_escalated():
    own = own_readings("my doctor mentioned prednisone for the back, what is that about?")
    assert ("immunosuppression", "present") not in own
    assert ("immunosuppression", "possible") in own
    assert ("immunosuppression", "present") in own_readings("I've been on prednisone for years for my asthma")


def test_an_irish_me_da_is_someone_else():
    text = "me da has been on long-term prednisolone for years, but it's me that has the bad back"
    assert ("immunosuppression", "present") not in own_readings(text)
    assert ("immunosuppression", "present") in own_readings("I've been on long-term prednisolone for years")
