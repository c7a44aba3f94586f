"""The Rasa adapters around triage: events returned and responses dispatched."""
import pytest

from actions.common import REGION
from actions.outcome import ActionTriageOutcome
from actions.triage import ActionExplainQuestion, ActionStartTriage, ValidateTriageForm
from clinical.triage import QUESTIONS
from tests.conftest import make_tracker, slots_of, user_event

# Every safety question before the fever question, answered no.
EARLIER_NO = {q.slot: "no" for q in QUESTIONS[:[q.slot for q in QUESTIONS].index("fever")] if not q.follows}



@pytest.fixture(autouse=True)
def temporary_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'records.db'}")


async def test_start_reads_the_opening_message_and_introduces_the_questions(dispatcher, domain):
    opening = user_event("I've had lower back pain for 2 weeks after lifting", "describe_pain")
    tracker = make_tracker([opening])
    events = await ActionStartTriage().run(dispatcher, tracker, domain)
    assert slots_of(events) == {"location": "lower_back", "duration_days": 14.0, "onset": "lifting"}
    assert [m["response"] for m in dispatcher.messages] == ["utter_triage_start"]


async def test_a_question_after_the_opening_report_is_kept_for_after_the_safety_questions(dispatcher, domain):
    opening = user_event("hurt my lower back moving a fridge 4 days ago, how can I avoid doing it again",
                         "describe_pain")
    events = await ActionStartTriage().run(dispatcher, make_tracker([opening]), domain)
    slots = slots_of(events)
    assert slots["held_questions"] == ["how can i avoid doing it again"]
    assert slots["duration_days"] == 4.0
    assert [m["response"] for m in dispatcher.messages] == ["utter_question_held", "utter_triage_start"]


async def test_a_question_asked_before_the_opening_report_is_kept_too(dispatcher, domain):
    opening = user_event("Does smoking make back pain worse? I'm on about 15 a day and my back has been sore "
                         "for 5 days since the drains job.", "describe_pain")
    events = await ActionStartTriage().run(dispatcher, make_tracker([opening]), domain)
    slots = slots_of(events)
    assert slots["held_questions"] == ["does smoking make back pain worse?"]
    assert slots["duration_days"] == 5.0
    assert [m["response"] for m in dispatcher.messages] == ["utter_question_held", "utter_triage_start"]


@pytest.mark.parametrize("text", ["Can you help me? My back has been sore for 5 days.",
                                  "Is this serious? My back went on Tuesday.",
                                  "What should I do? My back has hurt since the weekend."])
async def test_a_plea_for_help_before_the_report_is_no_question_to_keep(dispatcher, domain, text):
    tracker = make_tracker([user_event(text, "describe_pain")])
    events = await ActionStartTriage().run(dispatcher, tracker, domain)
    assert "held_questions" not in slots_of(events)


async def test_whether_to_see_someone_after_the_opening_report_is_left_to_the_questions(dispatcher, domain):
    opening = user_event("my back went yesterday bending over, do I need to see a doctor about it",
                         "describe_pain")
    events = await ActionStartTriage().run(dispatcher, make_tracker([opening]), domain)
    assert "held_questions" not in slots_of(events)
    assert [m["response"] for m in dispatcher.messages] == ["utter_triage_start"]


async def test_validation_records_the_answer_and_asks_the_next_question(dispatcher, domain):
    tracker = make_tracker([user_event("/deny", "deny")],
                           slots={"requested_slot": "bladder_bowel"},
                           active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert slots_of(events) == {"bladder_bowel": "no", "requested_slot": "checklist_saddle"}
    assert dispatcher.messages == []


async def test_validation_ends_the_form_on_a_red_flag_without_saying_anything_first(dispatcher, domain):
    tracker = make_tracker([user_event("I've lost control of my bladder", "red_flag")],
                           slots={"requested_slot": "leg_weakness", "bladder_bowel": "no"},
                           active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    slots = slots_of(events)
    assert slots["bladder_bowel"] == "yes" and slots["requested_slot"] is None
    assert "bladder_bowel" in slots["red_flag_words"]
    assert dispatcher.messages == []


async def test_validation_explains_a_not_sure_red_flag_answer_once(dispatcher, domain):
    tracker = make_tracker([user_event("/unsure", "unsure")], slots={"requested_slot": "fever", **EARLIER_NO},
                           active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_explain_fever"]
    assert slots_of(events)["requested_slot"] == "fever"
    assert slots_of(events)["triage_progress"]["explained"] == ["fever"]


async def test_a_side_question_returns_only_the_requested_slot_so_the_form_steps_aside(dispatcher, domain):
    tracker = make_tracker([user_event("why do you ask?", "ask_why")],
                           slots={"requested_slot": "fever", **EARLIER_NO}, active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert slots_of(events) == {"requested_slot": "fever"}


async def test_unreadable_answers_move_on_without_reading_no(dispatcher, domain):
    # (a safety question gets three tries, the last asked plainly: tests/unit/test_persona_run26.py)
    tracker = make_tracker([user_event("purple", "inform")], active_loop="triage_form",
                           slots={"requested_slot": "saddle_numbness",
                                  "triage_progress": {"explained": [], "misses": {"saddle_numbness": 2}}})
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert slots_of(events)["saddle_numbness"] == "unsure"


async def test_explain_uses_the_current_questions_explanation(dispatcher, domain):
    tracker = make_tracker([user_event("what does that mean", "ask_why")],
                           slots={"requested_slot": "saddle_numbness"})
    await ActionExplainQuestion().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_explain_saddle_numbness"


@pytest.mark.parametrize("question, asked_at, explained", [
    ("what does saddle area mean?", "bladder_bowel", "saddle_numbness"),
    ("sorry whats osteoporosis", "fever", "osteoporosis"),
    ("what do you mean by immune system", "cancer_history", "immunosuppression"),
    ("why would you ask about my bladder", "fever", "bladder_bowel"),
    ("what is sciatica?", "leg_numbness", "leg_pain"),
])
async def test_explain_names_the_word_asked_about_not_the_open_question(dispatcher, domain, question,
                                                                        asked_at, explained):
    tracker = make_tracker([user_event(question, "ask_why")], slots={"requested_slot": asked_at})
    await ActionExplainQuestion().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == [f"utter_explain_{explained}"]


async def test_refusing_a_question_naming_another_explains_the_open_question(dispatcher, domain):
    tracker = make_tracker([user_event("i dont want to talk about my bladder, skip", "dismiss")],
                           slots={"requested_slot": "saddle_numbness"})
    await ActionExplainQuestion().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_skip_not_offered",
                                                            "utter_explain_saddle_numbness"]


async def test_outcome_escalates_a_red_flag_said_outside_triage_with_payload_first(dispatcher, domain):
    tracker = make_tracker([user_event("I have a high temperature and my back aches", "red_flag")])
    events = await ActionTriageOutcome().run(dispatcher, tracker, domain)
    first = dispatcher.messages[0]
    assert first["response"] == "utter_escalate_urgent"
    assert first["custom"]["triage"]["urgency"] == "urgent"
    assert first["custom"]["triage"]["red_flags"] == ["fever"]
    # the number to call travels with the level (a page shows it as a call link)
    assert first["custom"]["triage"]["emergency_number"] == REGION.emergency_number
    assert first["custom"]["triage"]["helpline"] == REGION.helpline
    assert slots_of(events)["triage_level"] == "urgent"


async def test_outcome_is_recorded_once(dispatcher, domain):
    from clinical.records import triage_history

    tracker = make_tracker([user_event("no", "deny")], sender_id="conv-9",
                           slots={"duration_days": 3.0, "night_pain": "yes"})
    await ActionTriageOutcome().run(dispatcher, tracker, domain)
    repeat = make_tracker([user_event("no", "deny")], sender_id="conv-9",
                          slots={"duration_days": 3.0, "night_pain": "yes", "triage_level": "soon"})
    await ActionTriageOutcome().run(dispatcher, repeat, domain)
    history = triage_history("conv-9")
    assert [(h["kind"], h["level"]) for h in history] == [("completed", "soon")]


async def test_choosing_the_quick_path_brings_the_next_safety_questions_as_a_list(dispatcher, domain):
    from actions.triage import ActionChooseQuickPath

    request = user_event("/choose_quick_path", "choose_quick_path")
    tracker = make_tracker([request], slots={"requested_slot": "bladder_bowel"}, active_loop="triage_form")
    events = await ActionChooseQuickPath().run(dispatcher, tracker, domain)
    assert slots_of(events) == {"quick_path": True}
    chosen = make_tracker([request], slots={"requested_slot": "bladder_bowel", "quick_path": True},
                          active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, chosen, domain)
    assert slots_of(events) == {"requested_slot": "checklist_nerves"}
    assert [m["response"] for m in dispatcher.messages] == ["utter_quick_path_on"]  # no "didn't get that"


async def test_a_question_after_an_answer_is_kept_and_the_answer_taken(dispatcher, domain):
    tracker = make_tracker([user_event("no. also can i still drive the forklift at work?", "deny")],
                           slots={"requested_slot": "bladder_bowel"}, active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    slots = slots_of(events)
    assert slots["bladder_bowel"] == "no" and slots["requested_slot"] == "checklist_saddle"
    assert slots["held_questions"] == ["can i still drive the forklift at work?"]
    assert [m["response"] for m in dispatcher.messages] == ["utter_question_held"]


async def test_a_question_about_the_answer_itself_is_not_kept_for_later(dispatcher, domain):
    tracker = make_tracker([user_event("no, is that bad?", "deny")],
                           slots={"requested_slot": "bladder_bowel"}, active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert "held_questions" not in slots_of(events) and dispatcher.messages == []


async def test_an_answer_before_a_question_is_taken_and_the_question_kept_whatever_the_intent(dispatcher,
                                                                                             domain):
    # run 13: the dialogue rule that keeps questions runs only when the form finds no answer
    tracker = make_tracker([user_event("none. also can i still drive the forklift at work?", "ask_question")],
                           slots={"requested_slot": "checklist_nerves", "quick_path": True},
                           active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    slots = slots_of(events)
    assert slots["checklist_nerves"] == "no" and slots["bladder_bowel"] == "no"
    assert slots["held_questions"] == ["can i still drive the forklift at work?"]


async def test_after_someone_says_they_type_for_the_patient_she_is_the_patient(dispatcher, domain):
    opening = user_event("Hello, I'm typing this for my mum who is 85. Her back is very sore.",
                         "describe_pain")
    tracker = make_tracker([opening, user_event("She says she's wet herself twice and can't feel when she "
                                                "needs to go", "inform")],
                           slots={"requested_slot": "bladder_bowel"}, active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    slots = slots_of(events)
    assert slots["bladder_bowel"] == "yes" and slots["requested_slot"] is None


async def test_without_anyone_typing_for_them_she_is_someone_else(dispatcher, domain):
    tracker = make_tracker([user_event("no. She has osteoporosis, my sister", "deny")],
                           slots={"requested_slot": "saddle_numbness"}, active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert "osteoporosis" not in slots_of(events)


async def test_the_lists_are_offered_once_more_before_the_leg_questions(dispatcher, domain):
    tracker = make_tracker([user_event("no", "deny")], active_loop="triage_form",
                           slots={"requested_slot": "sexual_dysfunction", "bladder_bowel": "no",
                                  "saddle_numbness": "no"})
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_quick_path_reminder"]
    assert dispatcher.messages[0]["count"] >= 8
    assert slots_of(events)["triage_progress"]["quick_path_offered"] is True
    assert slots_of(events)["requested_slot"] == "leg_weakness"


async def test_the_lists_are_not_offered_again_once_offered_or_chosen(dispatcher, domain):
    for extra in ({"triage_progress": {"quick_path_offered": True}}, {"quick_path": True}):
        dispatcher.messages.clear()
        tracker = make_tracker([user_event("no", "deny")], active_loop="triage_form",
                               slots={"requested_slot": "sexual_dysfunction", "bladder_bowel": "no",
                                      "saddle_numbness": "no", **extra})
        await ValidateTriageForm().run(dispatcher, tracker, domain)
        assert "utter_quick_path_reminder" not in [m["response"] for m in dispatcher.messages]


async def test_how_many_more_after_an_answer_gets_the_count(dispatcher, domain):
    # runs 12 and 13: "how many more questions?" inside an answer was never answered
    tracker = make_tracker([user_event("no. how many more questions r there", "deny")],
                           slots={"requested_slot": "bladder_bowel"}, active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert slots_of(events)["bladder_bowel"] == "no"
    assert [m["response"] for m in dispatcher.messages] == ["utter_triage_progress"]
    assert dispatcher.messages[0]["count"] > 5


# Every safety question before the leg-weakness question, answered no.
BEFORE_LEGS_NO = {q.slot: "no" for q in QUESTIONS[:[q.slot for q in QUESTIONS].index("leg_weakness")]
                  if not q.covers}


def urgent_so_far(dispatcher):
    return [m for m in dispatcher.messages if m["response"] == "utter_urgent_so_far"]


async def test_weakness_answered_yes_is_told_as_urgent_before_the_worsening_question(dispatcher, domain):
    # a person who stops answering after "yes" has already been told to see a doctor today
    tracker = make_tracker([user_event("/affirm", "affirm")], active_loop="triage_form",
                           slots={"requested_slot": "leg_weakness", **BEFORE_LEGS_NO})
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    [message] = urgent_so_far(dispatcher)
    assert message["custom"]["triage"]["urgency"] == "urgent"
    assert message["custom"]["triage"]["so_far"] is True
    assert message["custom"]["triage"]["red_flags"] == ["leg_weakness"]
    assert slots_of(events)["requested_slot"] == "progressive_weakness"
    assert slots_of(events)["triage_progress"]["level_said"] == "urgent"


async def test_a_weakness_check_answered_yes_is_told_as_urgent_before_the_worsening_question(dispatcher,
                                                                                              domain):
    pending = {"code": "leg_weakness", "words": "my foot drags a bit"}
    tracker = make_tracker([user_event("yes", "affirm")], active_loop="triage_form",
                           slots={"requested_slot": "red_flag_check", "red_flag_check": pending,
                                  "bladder_bowel": "no"})
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert len(urgent_so_far(dispatcher)) == 1
    assert slots_of(events)["requested_slot"] == "progressive_weakness"


async def test_the_level_so_far_is_said_once_and_not_when_nothing_follows(dispatcher, domain):
    tracker = make_tracker([user_event("/affirm", "affirm")], active_loop="triage_form",
                           slots={"requested_slot": "leg_weakness", **BEFORE_LEGS_NO,
                                  "triage_progress": {"level_said": "urgent"}})
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert slots_of(events)["requested_slot"] == "progressive_weakness" and urgent_so_far(dispatcher) == []
    # a red flag with no follow-up question ends the form: the outcome itself comes next
    tracker = make_tracker([user_event("/affirm", "affirm")], active_loop="triage_form",
                           slots={"requested_slot": "fever", **EARLIER_NO})
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    assert slots_of(events)["requested_slot"] is None and urgent_so_far(dispatcher) == []
