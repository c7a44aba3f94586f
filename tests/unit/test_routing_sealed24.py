"""Routing misses read from blind sealed set 24 at its one scoring (now development data), each tested in
other words."""
from clinical import moves
from tests.unit.readings import topics_for


def test_no_wait_before_a_change_is_a_correction_not_a_question_about_waiting():
    assert moves.getting_help_question("no wait, I can only manage afternoons") is None


def test_a_partner_rubbing_ones_back_is_about_massage():
    assert topics_for("my husband rubs my back at night, does that help at all?")[0] == "massage"


def test_no_wait_at_the_start_corrects_what_was_just_said():
    assert moves.corrects("no wait, it started on the Monday, not the Tuesday")
    assert not moves.corrects("no, wait till the morning?")
    assert not moves.corrects("no wait, could I wait until Monday?")


def test_when_one_means_to_go_is_still_a_wait():
    assert moves.getting_help_question("after the school run") == "wait"
    assert moves.getting_help_question("it's agony but after my shift") == "wait"
