"""Wordings missed on blind sealed set 9 at its one scoring (said here in other words, so that the set's
own cases stay out of every test and training file)."""
from clinical.language import find_mentions, speaks_for_someone


def test_typing_for_someone_without_the_g_makes_their_symptoms_the_patients():
    text = "typin for my wife, shes got pins and needles down both legs since sunday"
    assert speaks_for_someone(text)
    assert ("both_legs", True) in {(m.code, m.about_user) for m in find_mentions(text)}
    assert speaks_for_someone("her son here textin for her")
    assert not speaks_for_someone("my wife keeps texting me about dinner")
