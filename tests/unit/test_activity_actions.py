"""The activity-plan actions: the red-flag questions before a first plan, no plan after an escalation,
answers checked, the plan's safety advice and aim, plans stored and moved."""
import pytest
import yaml

from actions.activity import (
    NOT_NOW,
    SCREEN_FLAG,
    ActionMakePlan,
    ActionShowPlan,
    ActionStartActivityPlan,
    ActionUpdatePlan,
    ValidateActivityForm,
)
from actions.outcome import ActionTriageOutcome
from clinical import knowledge, plans
from clinical.findings import BY_CODE
from clinical.triage import BY_SLOT, QUESTIONS
from tests.conftest import ROOT, make_tracker, slots_of, user_event

# Derived from clinical/triage.py at run time: the questions change as triage grows.
RED_FLAG_SLOTS = [q.slot for q in QUESTIONS if q.kind == "red_flag" and not q.covers]  # the lists left out
FIRST_RED_FLAG = next(q.slot for q in QUESTIONS if q.kind == "red_flag" and not q.covers and q.ask_if({}))
ALL_NO = {slot: "no" for slot in RED_FLAG_SLOTS}  # as after a complete triage with nothing found


@pytest.fixture(autouse=True)
def temporary_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'plans.db'}")


def responses(dispatcher):
    return [m.get("response") for m in dispatcher.messages]



def form_tracker(text, intent, slots, candidate=None, sender_id="test-user"):
    """A message inside the activity form; `candidate` is the plan answer Rasa took from the text."""
    events = [user_event(text, intent)]
    if candidate is not None:
        events.append({"event": "slot", "name": slots["requested_slot"], "value": candidate})
    return make_tracker(events, slots=slots, active_loop="activity_form", sender_id=sender_id)


async def validated(dispatcher, domain, *message, **kwargs):
    """The slots validate_activity_form sets for one message inside the form."""
    return slots_of(await ValidateActivityForm().run(dispatcher, form_tracker(*message, **kwargs), domain))


async def test_no_plan_questions_after_an_urgent_outcome(dispatcher, domain):
    request = user_event("/ask_activity_plan", "ask_activity_plan")
    tracker = make_tracker([request], slots={"triage_level": "urgent"})
    events = await ActionStartActivityPlan().run(dispatcher, tracker, domain)
    assert {k: v for k, v in slots_of(events).items() if v is not None} == {
        "activity": NOT_NOW, "tolerance_minutes": NOT_NOW, "activity_days": NOT_NOW}
    assert responses(dispatcher) == []  # no safety questions either: the plan waits anyway
    waiting = make_tracker(slots={"triage_level": "urgent", "activity": NOT_NOW})
    await ActionMakePlan().run(dispatcher, waiting, domain)
    assert responses(dispatcher) == ["utter_no_plan_until_seen"]


async def test_an_activity_named_in_the_request_is_taken(dispatcher, domain):
    tracker = make_tracker([user_event("can I have a swimming plan?", "ask_activity_plan")], slots=ALL_NO)
    events = await ActionStartActivityPlan().run(dispatcher, tracker, domain)
    assert slots_of(events)["activity"] == "swimming"


@pytest.mark.parametrize(("method", "value", "expected", "complaint"), [
    ("validate_tolerance_minutes", "half an hour", 30, None),
    ("validate_tolerance_minutes", "banana", None, "utter_minutes_unclear"),
    ("validate_tolerance_minutes", "9999 minutes", None, "utter_minutes_unclear"),
    ("validate_activity_days", "every day", 7, None),
    ("validate_activity_days", "9 days", None, "utter_days_unclear"),
    ("validate_activity", "I love walking the dog", "walking", None),
    ("validate_activity", "", None, "utter_activity_unclear"),
])
def test_answers_are_checked_with_a_clear_re_ask(dispatcher, domain, method, value, expected, complaint):
    result = getattr(ValidateActivityForm(), method)(value, dispatcher, make_tracker(), domain)
    assert list(result.values()) == [expected]
    assert responses(dispatcher) == ([complaint] if complaint else [])


async def test_plan_is_made_stored_shown_moved_on_and_eased_back(dispatcher, domain):
    slots = {"activity": "walking", "tolerance_minutes": 10, "activity_days": 4, "duration_days": 200.0}
    await ActionMakePlan().run(dispatcher, make_tracker(slots=slots, sender_id="p1"), domain)
    assert "utter_plan_intro" in responses(dispatcher)
    assert any("Week 1: 8 min, 4 days" in (m.get("text") or "") for m in dispatcher.messages)
    assert plans.load_plan("p1").current_week == 1

    await ActionUpdatePlan().run(dispatcher, make_tracker([user_event("I managed week 2", "report_progress")],
                                                          sender_id="p1"), domain)
    assert plans.load_plan("p1").current_week == 3
    await ActionUpdatePlan().run(dispatcher, make_tracker([user_event("it flared up", "report_flare")],
                                                          sender_id="p1"), domain)
    assert plans.load_plan("p1").current_week == 2
    assert responses(dispatcher)[-2:] == ["utter_plan_flare", "utter_emergency_signs"]
    await ActionShowPlan().run(dispatcher, make_tracker(sender_id="p1"), domain)
    assert dispatcher.messages[-2]["response"] == "utter_plan_now" and dispatcher.messages[-2]["week"] == 2


@pytest.mark.parametrize("report", ["missed two of the walks, work was mad", "only managed 2 days out of 4",
                                    "didn't get round to them this week"])
async def test_a_week_with_sessions_missed_is_done_again_not_praised_and_moved_on(report, dispatcher, domain):
    slots = {"activity": "walking", "tolerance_minutes": 10, "activity_days": 4, "duration_days": 200.0}
    await ActionMakePlan().run(dispatcher, make_tracker(slots=slots, sender_id="p2"), domain)
    # the classifier calls these progress reports; the week was not done
    await ActionUpdatePlan().run(dispatcher, make_tracker([user_event(report, "report_progress")],
                                                          sender_id="p2"), domain)
    assert plans.load_plan("p2").current_week == 1
    assert responses(dispatcher)[-1] == "utter_plan_same_week" and dispatcher.messages[-1]["week"] == 1


async def test_no_stored_plan_offers_to_make_one(dispatcher, domain):
    await ActionShowPlan().run(dispatcher, make_tracker(sender_id="nobody"), domain)
    assert responses(dispatcher) == ["utter_no_plan_yet"]


@pytest.mark.parametrize("action_class, text, intent", [
    (ActionUpdatePlan, "today? cant i just finish the week and go friday", "report_progress"),
    (ActionShowPlan, "All right. What shall I tell them when I ring?", "show_plan"),
])
async def test_after_an_escalation_a_message_read_as_about_a_plan_is_about_getting_help(
        dispatcher, domain, action_class, text, intent):
    # persona run 29: both got "You don't have an activity plan with me yet" after an escalation
    tracker = make_tracker([user_event(text, intent)], slots={"triage_level": "urgent"}, sender_id="nobody")
    events = await action_class().run(dispatcher, tracker, domain)
    assert "utter_no_plan_yet" not in responses(dispatcher)
    said = responses(dispatcher)
    assert "utter_firm_urgent" in said and said[-1] == "utter_emergency_signs"
    # answered here, with no follow-up action: after one, no rule knows what comes next (persona run 29's
    # replay: the fallback nine times over, then every later message unanswered)
    assert not [e for e in events if e.get("event") == "followup"]


async def test_a_question_that_names_no_plan_is_answered_not_met_with_the_offer_of_one(dispatcher, domain):
    # the replay of persona run 31 (f01): "week" is a word of plans, so this got "You don't have an activity
    # plan with me yet"
    text = "cool so can i work saturday brunch? its the worst shift of the week"
    tracker = make_tracker([user_event(text, "report_progress")], slots={"triage_level": "self_care"},
                           sender_id="nobody")
    await ActionUpdatePlan().run(dispatcher, tracker, domain)
    assert responses(dispatcher) and "utter_no_plan_yet" not in responses(dispatcher)


async def test_a_question_about_the_plan_itself_still_gets_the_offer(dispatcher, domain):
    tracker = make_tracker([user_event("how many walks this week on my plan?", "report_progress")],
                           slots={"triage_level": "self_care"}, sender_id="nobody")
    await ActionUpdatePlan().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_no_plan_yet"]


# --------------------------------------------------------------------------- safety questions first


async def test_a_plan_without_triage_asks_the_first_red_flag_question_not_the_activity(dispatcher, domain):
    request = [user_event("/ask_activity_plan", "ask_activity_plan")]
    events = await ActionStartActivityPlan().run(dispatcher, make_tracker(request), domain)
    assert responses(dispatcher) == ["utter_plan_safety_first"]
    assert slots_of(events)["requested_slot"] is None  # nothing left over from an earlier form
    # At activation Rasa runs the validation action, which picks the first question.
    events = await ValidateActivityForm().run(dispatcher, make_tracker(request), domain)
    assert slots_of(events)["requested_slot"] == FIRST_RED_FLAG
    assert f"utter_ask_{FIRST_RED_FLAG}" in domain["responses"]


async def test_after_a_complete_triage_the_plan_questions_come_straight_away(dispatcher, domain):
    slots = {**ALL_NO, "duration_days": 3.0, "triage_level": "self_care"}
    request = [user_event("/ask_activity_plan", "ask_activity_plan")]
    await ActionStartActivityPlan().run(dispatcher, make_tracker(request, slots=slots), domain)
    events = await ValidateActivityForm().run(dispatcher, make_tracker(request, slots=slots), domain)
    assert responses(dispatcher) == []
    assert slots_of(events)["requested_slot"] == "activity"


async def test_each_answer_is_read_as_triage_reads_it_and_the_next_open_question_follows(dispatcher, domain):
    events = await validated(dispatcher, domain, "no", "deny", {"requested_slot": FIRST_RED_FLAG})
    assert events[FIRST_RED_FLAG] == "no"
    answered = {FIRST_RED_FLAG, *BY_SLOT[FIRST_RED_FLAG].covers}  # "no" to a list answers each sign on it
    second = next(q.slot for q in QUESTIONS if q.kind == "red_flag" and q.slot not in answered
                  and (not q.covers or q.listed_by_default) and q.ask_if({}))
    assert events["requested_slot"] == second
    assert SCREEN_FLAG not in events


async def test_a_yes_to_a_safety_question_escalates_as_triage_does_and_no_plan(dispatcher, domain):
    tracker = form_tracker("yes", "affirm", {"requested_slot": FIRST_RED_FLAG}, sender_id="screened")
    events = slots_of(await ValidateActivityForm().run(dispatcher, tracker, domain))
    assert events[FIRST_RED_FLAG] == "yes"
    assert events[SCREEN_FLAG] is True and events["requested_slot"] is None  # the form ends here
    assert events["activity"] is None and events["tolerance_minutes"] is None

    # The rules then run the triage outcome, not the plan.
    outcome = slots_of(await ActionTriageOutcome().run(dispatcher, make_tracker(
        [user_event("yes", "affirm")], slots={FIRST_RED_FLAG: "yes"}, sender_id="screened"), domain))
    assert outcome["triage_level"] == BY_CODE[FIRST_RED_FLAG].urgency.label
    assert plans.load_plan("screened") is None


def test_the_rules_escalate_instead_of_planning_when_the_screen_found_a_red_flag(domain):
    assert domain["slots"][SCREEN_FLAG]["influence_conversation"] is True
    rules = yaml.safe_load((ROOT / "data" / "rules" / "activity.yml").read_text())["rules"]
    ending = {}
    for rule in rules:
        steps = rule["steps"]
        if steps[0] == {"action": "activity_form"}:
            slots = [slot for step in steps for slot in step.get("slot_was_set", [])]
            flagged = any(slot.get(SCREEN_FLAG) is True for slot in slots)
            ending[flagged] = steps[-1]["action"]
    assert ending == {False: "action_make_plan", True: "action_triage_outcome"}


async def test_not_sure_is_explained_once_then_kept_as_unsure_and_no_plan(dispatcher, domain):
    others_no = {slot: "no" for slot in RED_FLAG_SLOTS if slot != FIRST_RED_FLAG}
    first = form_tracker("not sure", "unsure", {"requested_slot": FIRST_RED_FLAG, **others_no})
    events = slots_of(await ValidateActivityForm().run(dispatcher, first, domain))
    assert responses(dispatcher) == [f"utter_explain_{FIRST_RED_FLAG}"]
    assert FIRST_RED_FLAG not in events and events["requested_slot"] == FIRST_RED_FLAG  # asked again

    again = form_tracker("still not sure", "unsure", {"requested_slot": FIRST_RED_FLAG, **others_no,
                                                      "triage_progress": events["triage_progress"]})
    events = slots_of(await ValidateActivityForm().run(dispatcher, again, domain))
    assert events[FIRST_RED_FLAG] == "unsure"  # never "no"
    assert events[SCREEN_FLAG] is True and events["requested_slot"] is None


async def test_a_red_flag_said_while_answering_a_plan_question_escalates(dispatcher, domain):
    slots = {**ALL_NO, "activity": "walking", "requested_slot": "tolerance_minutes"}
    text = "10 minutes, but I can't control my bladder since yesterday"
    events = await validated(dispatcher, domain, text, "red_flag", slots, text)
    assert events["bladder_bowel"] == "yes" and events[SCREEN_FLAG] is True
    assert events["tolerance_minutes"] is None and events["requested_slot"] is None
    assert "duration_days" not in events  # only red flags are taken from plan answers


async def test_plan_answers_are_not_read_as_facts_about_the_pain(dispatcher, domain):
    slots = {**ALL_NO, "activity": "walking", "tolerance_minutes": 10, "requested_slot": "activity_days"}
    events = await validated(dispatcher, domain, "3 days", "inform", slots, "3 days")
    assert events["activity_days"] == 3 and events["requested_slot"] is None
    assert "duration_days" not in events and SCREEN_FLAG not in events


# --------------------------------------------------------------------------- what every plan says


def _item(content, item_id):
    item = next(i for i in content.items if i["id"] == item_id)
    source = next(s for s in content.sources if s["id"] == item["source"])
    return item, f"{source['short']} ({item['section']}"


@pytest.mark.parametrize("duration_days", [3.0, 60.0, 200.0], ids=["acute", "subacute", "chronic"])
async def test_every_plan_says_check_with_a_doctor_or_physio_and_the_150_minute_aim_cited(
        dispatcher, domain, duration_days):
    knowledge.load()
    slots = {"activity": "walking", "tolerance_minutes": 10, "activity_days": 4,
             "duration_days": duration_days}
    await ActionMakePlan().run(dispatcher, make_tracker(slots=slots), domain)
    said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert "Week 1: 8 min, 4 days" in said
    content = knowledge.read_content()
    for item_id in ("plan-check-first", "graded-aim"):
        item, citation = _item(content, item_id)
        assert " ".join(item["text"].split()) in said and citation in said, item_id
    assert "doctor or physiotherapist" in said and "150 minutes a week" in said


# --------------------------------------------------------------------------- "none" today


async def test_none_today_asks_why_before_any_plan(dispatcher, domain):
    slots = {**ALL_NO, "activity": "walking", "requested_slot": "tolerance_minutes"}
    answer = "none, I can't at the moment"
    events = await validated(dispatcher, domain, answer, "deny", slots, answer)
    assert events["tolerance_minutes"] == 0
    assert events["requested_slot"] == "tolerance_reason"
    assert "utter_ask_tolerance_reason" in domain["responses"]


async def test_a_reason_that_is_not_a_red_flag_gets_advice_and_no_plan(dispatcher, domain):
    knowledge.load()
    slots = {**ALL_NO, "activity": "walking", "tolerance_minutes": 0, "requested_slot": "tolerance_reason"}
    reason = "it just hurts too much"
    events = await validated(dispatcher, domain, reason, "inform", slots, reason)
    assert events["tolerance_reason"] == reason and events["requested_slot"] is None
    assert SCREEN_FLAG not in events

    slots = {**slots, "tolerance_reason": reason}
    await ActionMakePlan().run(dispatcher, make_tracker(slots=slots, sender_id="none-today"), domain)
    assert responses(dispatcher)[0] == "utter_plan_not_from_zero"
    said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert "Week 1" not in said and plans.load_plan("none-today") is None
    item, citation = _item(knowledge.read_content(), "plan-none-see-gp")
    assert " ".join(item["text"].split()) in said and citation in said


async def test_a_reason_that_is_a_red_flag_escalates(dispatcher, domain):
    slots = {**ALL_NO, "activity": "walking", "tolerance_minutes": 0, "requested_slot": "tolerance_reason"}
    reason = "I can't control my bladder"
    events = await validated(dispatcher, domain, reason, "red_flag", slots, reason)
    assert events["bladder_bowel"] == "yes" and events[SCREEN_FLAG] is True
    assert events["requested_slot"] is None


@pytest.mark.parametrize("action_class", ["ActionMakePlan", "ActionShowPlan", "ActionUpdatePlan"])
async def test_plan_store_unavailable_gets_a_clear_answer_with_the_numbers(action_class, dispatcher, domain,
                                                                           monkeypatch):
    from sqlalchemy.exc import OperationalError

    import actions.activity as module

    def unavailable(*args, **kwargs):
        raise OperationalError("SELECT 1", {}, Exception("database is down"))

    for name in ("save_plan", "load_plan", "move_to_week"):
        monkeypatch.setattr(module.plans, name, unavailable)
    slots = {"activity": "walking", "tolerance_minutes": 10, "activity_days": 3, "duration_days": 3}
    tracker = make_tracker([user_event("what's my plan?", "show_plan")], slots=slots)
    await getattr(module, action_class)().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages][-1] == "utter_plan_store_unavailable"
    assert "{emergency_number}" in domain["responses"]["utter_plan_store_unavailable"][0]["text"]


# --------------------------------------------------------------------------- check questions while planning


async def test_a_possible_red_flag_while_planning_gets_a_check_question_not_an_answer(dispatcher, domain):
    slots = {**ALL_NO, "saddle_numbness": None, "requested_slot": "activity"}
    text = "my bum goes numb when I sit too long"
    events = await validated(dispatcher, domain, text, "describe_pain", {**slots, "activity": text}, text)
    assert events["red_flag_check"]["code"] == "saddle_numbness"
    assert events["requested_slot"] == "red_flag_check" and events["activity"] is None
    assert [m.get("custom") for m in dispatcher.messages if m.get("custom")] == [
        {"triage": {"confirm": "saddle_numbness"}}]


async def test_yes_to_a_check_while_planning_escalates_and_no_plan(dispatcher, domain):
    pending = {"code": "saddle_numbness", "words": "my bum goes numb when I sit too long"}
    slots = {**ALL_NO, "saddle_numbness": None, "requested_slot": "red_flag_check", "red_flag_check": pending}
    events = await validated(dispatcher, domain, "/affirm", "affirm", slots)
    assert events["saddle_numbness"] == "yes" and events[SCREEN_FLAG] is True


async def test_no_to_a_check_while_planning_asks_the_plan_question_again(dispatcher, domain):
    pending = {"code": "saddle_numbness", "words": "my bum goes numb when I sit too long"}
    slots = {**ALL_NO, "saddle_numbness": None, "requested_slot": "red_flag_check", "red_flag_check": pending}
    events = await validated(dispatcher, domain, "/deny", "deny", slots)
    assert events["red_flag_check"] is None and events["requested_slot"] == "activity"
    assert events["triage_progress"]["checked"] == ["saddle_numbness"]
    assert SCREEN_FLAG not in events


async def test_a_report_about_the_pain_with_no_plan_and_no_outcome_starts_the_questions(dispatcher, domain):
    opening = user_event("hiya, done my back in at work last week and its going right down my right leg",
                         "report_progress")
    events = await ActionUpdatePlan().run(dispatcher, make_tracker([opening], sender_id="new"), domain)
    assert responses(dispatcher) == ["utter_triage_start"]
    assert any(e["event"] == "followup" and e["name"] == "triage_form" for e in events)
    assert slots_of(events)["duration_days"] == 7


async def test_a_progress_report_with_no_plan_after_an_outcome_is_told_there_is_no_plan(dispatcher, domain):
    report = user_event("walked 20 minutes today", "report_progress")
    tracker = make_tracker([report], slots={"triage_level": "self_care"}, sender_id="new")
    await ActionUpdatePlan().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_no_plan_yet"]
