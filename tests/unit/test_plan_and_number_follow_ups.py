"""Follow-ups read from their words (clinical/moves.py): a plan report told as a pain score that changed
or as sessions missed, and a question about which number to call. Wordings of our own, in the kinds that
the read blind sets showed being misread (tests/data/blind/README_sealed16.md to README_sealed18.md)."""
import pytest

from clinical import moves


@pytest.mark.parametrize(("text", "report"), [
    ("pain went from a 2 to a 6 after the walk", "report_flare"),
    ("from 3/10 up to 8/10 since Tuesday", "report_flare"),
    ("pain's down from 6 to 3 now", "report_progress"),
    ("back to square one today", "report_flare"),
    ("from a 4 to a 4, no change", None),
])
def test_a_plan_report_told_as_a_score_that_changed(text, report):
    assert moves.plan_report(text) == report


@pytest.mark.parametrize("text", [
    "missed two of the walks this week", "I skipped Wednesday and Thursday", "only managed 2 days out of 4",
    "didn't get round to the walks", "too busy with work to do them", "haven't done them since Monday",
])
def test_sessions_missed_are_told_apart(text):
    assert moves.missed_plan_sessions(text)


@pytest.mark.parametrize("text", [
    "did all four walks, felt fine", "managed every day", "I didn't miss a single day", "week 2 done",
])
def test_a_whole_week_done_is_not_a_missed_week(text):
    assert not moves.missed_plan_sessions(text)


# --------------------------------------------------------------------------- which number, in the chat


@pytest.fixture()
def records(tmp_path, monkeypatch):
    from clinical import knowledge
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'records.db'}")
    knowledge.load()


@pytest.mark.parametrize("text", ["what number do I ring?", "I'm in NZ, what's the number?"])
async def test_which_number_before_any_outcome_gets_both_lines_not_no_information(text, dispatcher, domain,
                                                                                  records):
    from actions.conversation import ActionStandFirm
    from tests.conftest import make_tracker, user_event

    await ActionStandFirm().run(dispatcher, make_tracker([user_event(text, "ask_getting_help")]), domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_numbers_before_outcome"]
    assert dispatcher.messages[0]["emergency_number"] and dispatcher.messages[0]["helpline"]


async def test_which_number_after_an_urgent_outcome_restates_it_with_where_to_go(dispatcher, domain, records):
    from actions.conversation import ActionStandFirm
    from tests.conftest import make_tracker, user_event

    tracker = make_tracker([user_event("which number should I call?", "ask_getting_help")],
                           slots={"triage_level": "urgent"})
    await ActionStandFirm().run(dispatcher, tracker, domain)
    said = [m["response"] for m in dispatcher.messages]
    assert said[:2] == ["utter_firm_urgent", "utter_firm_urgent_no_gp"]


# --------------------------------------------------------------------------- the NLU component's decision


@pytest.mark.parametrize("first", ["nlu_fallback", "start_over"])
def test_a_plan_report_behind_an_unsure_or_refused_guess_is_decided_by_the_words(first):
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from components.clinical_facts import ClinicalFactExtractor

    ranking = [{"name": first, "confidence": 0.3}, {"name": "report_progress", "confidence": 0.17},
               {"name": "report_flare", "confidence": 0.15}]
    message = Message({TEXT: "back to square one today", INTENT: ranking[0], INTENT_RANKING_KEY: ranking})
    ClinicalFactExtractor().process([message])
    assert message.get(INTENT)["name"] == "report_flare"


def test_a_place_and_which_number_is_a_question_about_getting_help():
    from tests.unit.readings import routed

    assert routed("I'm in NZ, what's the number?", guess="out_of_scope") == "ask_getting_help"
