"""Routing misses read from blind sealed set 15 at its one scoring (now development data), each tested in
other words. The topic questions are in tests/data/topic_questions.yml."""
from clinical import moves


def test_how_long_the_wait_in_ed_will_be_is_a_question_about_waiting():
    assert moves.getting_help_question("how long will we be sitting waiting in A&E?") == "wait"


def test_leave_it_for_now_waves_the_question_away():
    assert moves.dismisses("leave it for the moment")


def test_fearing_it_never_comes_right_is_a_worry():
    assert moves.fears_something_serious("what if my back never comes right, I've got kids to look after")
