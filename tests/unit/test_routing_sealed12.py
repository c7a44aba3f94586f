"""Routing misses read from blind sealed set 12 at its one scoring (now development data), each tested in
other words."""
import pytest

from clinical import moves


@pytest.mark.parametrize("text", ["whoops wrong leg, it's the right one", "sorry wrong side, the left"])
def test_naming_the_wrong_side_is_a_correction(text):
    assert moves.corrects(text)


def test_the_wrong_side_of_forty_is_no_correction():
    assert not moves.corrects("I'm on the wrong side of forty")


@pytest.mark.parametrize("text", ["many more questions?", "still lots of questions to go?"])
def test_how_many_more_without_how(text):
    assert moves.asks_how_many_more(text)


@pytest.mark.parametrize("text", ["reset please", "restart now", "restart"])
def test_a_polite_restart_is_a_restart(text):
    assert moves.asks_to_start_over(text)


@pytest.mark.parametrize("text", ["who should I book in with, the physio or my GP?",
                                  "is an after-hours clinic ok or does it have to be my GP?"])
def test_asking_where_to_be_seen(text):
    assert moves.getting_help_question(text) == "where"


def test_while_waiting_for_the_physio_is_no_question_about_waiting():
    assert moves.getting_help_question("while I wait for my physio appointment, is a heat pack ok?") is None
    assert moves.getting_help_question("can I wait for my physio appointment?") == "wait"


def test_a_fear_of_never_working_again_is_a_fear():
    assert moves.fears_something_serious("what if I'm never able to work again? I'm panicking")
