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


async def test_a_check_question_still_not_sure_after_the_explanation_puts_the_case_in_the_staff_queue(
        dispatcher, domain, tmp_path, monkeypatch):
    from actions.checks import read_check_reply
    from console import store
    from tests.conftest import make_tracker, user_event
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'cases.db'}")
    pending = {"code": "bladder_bowel", "words": "I sometimes leak a bit"}
    progress = {"explained": [], "checked": [], "misses": {}}
    first = make_tracker([user_event("not sure", "unsure")], sender_id="unsure-person")
    reply = read_check_reply(dispatcher, first, domain, pending, {}, progress)
    assert reply.still_open and store.queue() == []  # explained, asked again
    answers: dict = {}
    read_check_reply(dispatcher, make_tracker([user_event("I really don't know", "unsure")],
                                              sender_id="unsure-person"), domain, pending, answers, progress)
    assert answers["bladder_bowel"] == "unsure"
    assert [(c["conversation_id"], c["reason"]) for c in store.queue()] == [("unsure-person", "not_sure")]
