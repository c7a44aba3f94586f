"""Routing misses read from blind sealed set 26 at its one scoring (now development data), each tested in
other words."""
from clinical import moves
from clinical.language import normalise


def test_how_the_back_is_tonight_is_no_question_about_getting_help():
    assert moves.getting_help_question("Did a full shift, back coped fine, bit sore tonight.") is None
    assert moves.getting_help_question("back is sore, can I see the gp tonight") == "later_today"


def test_nah_leave_it_waves_the_question_away():
    assert moves.dismisses("nah leave it, no worries")


def test_what_can_it_do_in_text_speak():
    assert moves.about_the_assistant("wat can u actually do") == "abilities"


def test_doubting_the_answers_asks_where_they_come_from():
    assert moves.about_the_assistant("how do I know you're not just guessing?") == "makers"


def test_tank_you_is_thanks():
    assert moves.thanks("ok tank you, will do")


def test_a_misspelt_medicine_class_is_corrected():
    assert "antibiotics" in normalise("do antibiotiks help a sore back")


def test_what_can_it_do_in_text_speak_is_a_question_whatever_the_guess():
    from tests.unit.readings import routed

    assert routed("wat can u actually do", guess="inform") == "bot_challenge"
