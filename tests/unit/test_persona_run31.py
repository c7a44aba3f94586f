"""What persona run 31 and blind set 71 found (tests/data/personas/results_run31*.md,
tests/data/blind/README_sealed71.md), and two faults left from run 30, each with the reading that failed."""
import pytest

from actions.knowledge import ActionAnswerQuestion
from actions.triage import ValidateTriageForm
from clinical import moves, parsing
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)

_OPENING = user_event("my lower back has been sore for 2 weeks since I lifted a box, no leg pain, I'm 48",
                      "describe_pain")


async def _validate(dispatcher, domain, text, intent="inform", **slots):
    tracker = make_tracker([_OPENING, user_event(text, intent)], slots=slots, active_loop="triage_form")
    return slots_of(await ValidateTriageForm().run(dispatcher, tracker, domain))


# --- run 30, g06: "Honestly 9 out of 10. I cry in the bathroom" to the mood question was asked again --------

@pytest.mark.parametrize("text", ["Honestly 9 out of 10. I cry in the bathroom", "in tears most nights",
                                  "i often cry about it", "I've been crying a lot"])
def test_crying_is_high_distress(text):
    assert parsing.distress(text) == "high"


# (run 30, g05: "sweet as" to the same question was not understood)
@pytest.mark.parametrize("text", ["fine, I cried once at the start but ok now", "ok thanks", "sweet as",
                                  "not too bad", "meh"])
def test_a_cry_long_past_or_a_calm_answer_is_not(text):
    assert parsing.distress(text) == "not_high"


# --- run 30, g07: "Why are you asking that? Do you think it's cancer? No, I've never had it": the questions
# beside the answer were passed over ----------------------------------------------------------------------

async def test_why_and_a_fear_beside_an_answer_are_both_answered(dispatcher, domain):
    slots = await _validate(dispatcher, domain,
                            "Why are you asking that? Do you think it's cancer? No, I've never had it",
                            "ask_question", requested_slot="cancer_history")
    assert slots["cancer_history"] == "no"
    assert "utter_explain_cancer_history" in said(dispatcher)
    assert "utter_worry" in said(dispatcher)


async def test_a_plain_answer_gets_no_explanation(dispatcher, domain):
    slots = await _validate(dispatcher, domain, "No, I've never had it", requested_slot="cancer_history")
    assert slots["cancer_history"] == "no"
    assert not {"utter_explain_cancer_history", "utter_worry"} & set(said(dispatcher))


@pytest.mark.parametrize("text", ["Do you think it's cancer?", "is it cancer?"])
def test_asking_whether_it_is_cancer_is_a_fear(text):
    assert moves.fears_something_serious(text)


def test_a_statement_about_cancer_is_no_fear_asked():
    assert not moves.fears_something_serious("it is cancer free for 10 years now")


# --- found trying practical questions after a self-care outcome: "how much does it cost to see a GP?" got
# "the guides don't cover costs" and then the whole list of warning signs ------------------------------------

async def test_the_cost_of_a_gp_gets_who_can_tell_without_the_warning_signs(dispatcher, domain):
    tracker = make_tracker([user_event("how much does it cost to see a GP?", "ask_question")],
                           slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_access_not_covered"]


async def test_whether_funding_covers_a_physio_still_gets_what_a_physio_does(dispatcher, domain):
    tracker = make_tracker([user_event("will ACC cover a physio?", "ask_question")],
                           slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_access_not_covered"
    assert any((m.get("custom") or {}).get("knowledge", {}).get("topic") == "physiotherapy"
               for m in dispatcher.messages)
