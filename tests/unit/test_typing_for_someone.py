"""Someone typing for the patient is asked about the patient ("how old are they?"), not about themselves.

Persona run 20's t05, a mother typing for her son of 16, was asked "how old are you?" and "how are you
feeling about your back pain?"; a line explained that "you" meant him. The questions now have variations
for the slot `answering_for_someone`, set once the conversation is found to be typed for someone else."""
import re

import pytest
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet as RasaSlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from actions.common import ANSWERING_FOR_SOMEONE, ask_details
from actions.triage import ActionStartTriage, ValidateTriageForm
from clinical.language import speaks_for_someone
from clinical.triage import BY_SLOT
from tests.conftest import make_tracker, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)

_YOU = re.compile(r"\b(you|your|yourself)\b", re.IGNORECASE)


def _for_someone(variation):
    return any(c.get("name") == ANSWERING_FOR_SOMEONE for c in variation.get("condition") or [])


def _question_responses(domain):
    """The triage's questions: each answer's, the lists', the check questions and the parts of the details."""
    asked = {f"utter_ask_{slot}" for slot in BY_SLOT if slot != "details"}
    return {name: variations for name, variations in domain["responses"].items()
            if name in asked or name.startswith(("utter_ask_checklist_", "utter_check_", "utter_detail_"))}


def test_the_triage_questions_are_all_found(domain):
    assert len(_question_responses(domain)) > 45


def test_every_question_that_says_you_has_a_variation_for_someone_else(domain):
    for name, variations in _question_responses(domain).items():
        plain = [v for v in variations if not _for_someone(v)]
        theirs = [v for v in variations if _for_someone(v)]
        assert len(plain) == 1, name
        if _YOU.search(plain[0]["text"]):
            assert len(theirs) == 1, f"{name} says 'you' and has no variation for someone else"
        for variation in theirs:
            assert not _YOU.search(variation["text"]), name
            assert variation.get("buttons") == plain[0].get("buttons"), name


@pytest.mark.parametrize("for_someone, expected", [(True, "How old are they?"), (False, "How old are you?")])
async def test_rasa_picks_the_variation_by_the_slot(for_someone, expected):
    domain = Domain.load("domain")
    tracker = DialogueStateTracker.from_events("someone", [RasaSlotSet(ANSWERING_FOR_SOMEONE, for_someone)],
                                               slots=domain.slots)
    message = await TemplatedNaturalLanguageGenerator(domain.responses).generate(
        "utter_ask_age", tracker, CollectingOutputChannel.name())
    assert message["text"] == expected


def _slot_set(events, name):
    return next((e["value"] for e in events if e.get("event") == "slot" and e.get("name") == name), None)


async def test_an_opening_typed_for_someone_sets_the_slot(dispatcher, domain):
    opening = user_event("Hi, I'm asking for my son, who is 16. He's had low back pain for four months.",
                         "describe_pain")
    events = await ActionStartTriage().run(dispatcher, make_tracker([opening]), domain)
    assert _slot_set(events, ANSWERING_FOR_SOMEONE) is True
    responses = said(dispatcher)
    assert responses.index("utter_questions_for_someone") < responses.index("utter_triage_start")


async def test_an_opening_about_ones_own_back_does_not(dispatcher, domain):
    opening = user_event("I've had low back pain for four months", "describe_pain")
    events = await ActionStartTriage().run(dispatcher, make_tracker([opening]), domain)
    assert _slot_set(events, ANSWERING_FOR_SOMEONE) is None
    assert "utter_questions_for_someone" not in said(dispatcher)


def _mid_triage(text, slots=None, metadata=None):
    opening = user_event("sore lower back for a week", "describe_pain")
    latest = {**user_event(text, "inform"), **({"metadata": metadata} if metadata else {})}
    return make_tracker([opening, latest], slots={"requested_slot": "age", **(slots or {})},
                        active_loop="triage_form")


async def test_said_mid_triage_the_questions_turn_to_them_from_then_on(dispatcher, domain):
    tracker = _mid_triage("sorry, it's actually for my mum, not me")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert _slot_set(events, ANSWERING_FOR_SOMEONE) is True
    assert "utter_questions_for_someone" in said(dispatcher)


async def test_told_once_only(dispatcher, domain):
    tracker = _mid_triage("she is 82", slots={ANSWERING_FOR_SOMEONE: True})
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert _slot_set(events, ANSWERING_FOR_SOMEONE) is None
    assert "utter_questions_for_someone" not in said(dispatcher)


async def test_staff_at_the_console_keep_the_questions_they_read_out(dispatcher, domain):
    # a member of staff reads the questions to the caller, so "you" is right for them
    tracker = _mid_triage("caller says it is for her mum", metadata={"staff_entered": True})
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert _slot_set(events, ANSWERING_FOR_SOMEONE) is None


@pytest.mark.parametrize("for_someone, expected", [(True, "how old are they"), (False, "how old are you")])
def test_the_open_question_for_details_names_them_too(dispatcher, domain, for_someone, expected):
    tracker = make_tracker([], slots={"location": "lower back", "duration_days": 3.0, "onset": "lifting",
                                      ANSWERING_FOR_SOMEONE: for_someone})
    ask_details(dispatcher, tracker, domain)
    assert dispatcher.messages[-1]["wanted"] == expected


@pytest.mark.parametrize("text", [
    "its actually for my mum, not me",
    "Sorry I should have said, this is about my son Jake, he is 15",
    "it is my husband who has the pain",
    "this is all for my nan, she is 82"])
def test_said_later_that_the_pain_is_someone_elses(text):
    assert speaks_for_someone(text)


@pytest.mark.parametrize("text", [
    "no, not me, its my dad who had cancer",  # his cancer, not the patient's: the writer answered no
    "its for my mums birthday that I need to be fit",
    "it is my mum who told me to ask",
    "this is about my back"])
def test_other_people_named_do_not_make_the_writer_someone_elses_typist(text):
    assert not speaks_for_someone(text)


@pytest.mark.parametrize("for_someone", [True, False])
async def test_the_outcome_says_whom_its_you_means(dispatcher, domain, for_someone):
    from actions.outcome import ActionTriageOutcome
    answers = {q: "no" for q in ("bladder_bowel", "saddle_numbness", "sexual_dysfunction", "leg_weakness",
                                 "leg_numbness", "major_trauma", "vascular", "weight_loss", "cancer_history",
                                 "immunosuppression", "leg_pain", "night_pain", "morning_stiffness",
                                 "sleep_work_impact", "improving")}
    slots = {**answers, "fever": "yes", "duration_days": 3.0, "age": 16, "location": "lower_back",
             "onset": "sport_or_exercise", "mood": "ok", ANSWERING_FOR_SOMEONE: for_someone}
    await ActionTriageOutcome().run(dispatcher, make_tracker([user_event("no", "deny")], slots=slots), domain)
    responses = said(dispatcher)
    assert ("utter_outcome_for_someone" in responses) is for_someone
    if for_someone:  # never before the level itself
        assert responses.index("utter_outcome_for_someone") == 1
