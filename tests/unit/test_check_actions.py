"""The check question that actions/checks.py asks about a possible red flag."""
from actions.checks import open_check
from clinical.triage import Update


def test_a_warm_red_patch_is_asked_about_the_patch_not_about_a_fever(dispatcher):
    # persona run 11: asked about fever, "no fever" answered it, and the patch was never asked about
    update = Update(to_check={"fever": "the missus reckons there's a red patch on my back and it's warm"})
    open_check(dispatcher, update, {})
    assert dispatcher.messages[0]["response"] == "utter_check_fever_skin"
    assert dispatcher.messages[0]["custom"] == {"triage": {"confirm": "fever"}}


def test_a_possible_fever_in_other_words_gets_the_fever_check(dispatcher):
    open_check(dispatcher, Update(to_check={"fever": "i've been a bit sweaty at night"}), {})
    assert dispatcher.messages[0]["response"] == "utter_check_fever"
