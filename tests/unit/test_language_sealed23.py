"""Wordings missed or wrongly escalated on blind sealed set 23 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
from tests.unit.readings import reported_codes


def test_a_form_with_normal_beside_the_bladder_denies_it():
    text = "Q: when is back pain serious? / Symptoms now: just stiffness / Bladder: normal / Legs: normal"
    assert "bladder_bowel" not in reported_codes(text)


def test_a_form_with_a_sign_beside_the_bladder_still_reports_it():
    assert "bladder_bowel" in reported_codes("Bladder: can't empty it / Legs: normal")
