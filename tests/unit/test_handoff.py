"""The live handoff (issue 12): when a person can wait on the chat for staff, the pause and the three ways
the assistant gets the conversation back, and the console's watcher (red flags said while waiting, nobody
free in time)."""
from __future__ import annotations

import datetime as dt

import pytest

from actions.handoff import ActionAskForPerson, ActionHandBack, ActionHandoffRedFlag, ActionNoStaffFree
from actions.outcome import ActionTriageOutcome
from clinical.db import session
from console import app as console_app
from console import handoff, store
from tests.conftest import make_tracker, user_event

PASSWORD = "a long enough password"
UTC = dt.timezone.utc


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'console.db'}")
    # open from an hour before now to two hours after ("00:00-23:59" left out the minute before midnight, and
    # a run of the suite that passed through it failed)
    now = dt.datetime.now(UTC)
    monkeypatch.setenv("CONSOLE_OPENING_HOURS", f"{(now.hour - 1) % 24:02d}:00-{(now.hour + 2) % 24:02d}:00")
    monkeypatch.setenv("CONSOLE_TIMEZONE", "UTC")


def _staff_on_console():
    store.create_account("alice", PASSWORD)
    token, _ = store.sign_in("alice", PASSWORD)
    store.signed_in(token)  # a page asked just now
    return token


def said(dispatcher):
    return [m["response"] for m in dispatcher.messages]


# ---- opening hours -------------------------------------------------------------------------------------

@pytest.mark.parametrize("hours, hour, open_", [("08:00-20:00", 7, False), ("08:00-20:00", 8, True),
                                                ("08:00-20:00", 20, False), ("22:00-06:00", 23, True),
                                                ("22:00-06:00", 5, True), ("22:00-06:00", 12, False)])
def test_opening_hours_including_a_night_shift(monkeypatch, hours, hour, open_):
    monkeypatch.setenv("CONSOLE_OPENING_HOURS", hours)
    monkeypatch.setenv("CONSOLE_TIMEZONE", "UTC")
    moment = dt.datetime(2026, 12, 1, hour, 0, tzinfo=UTC)
    assert handoff.OpeningHours.from_environment().open_at(moment) is open_


@pytest.mark.parametrize("zone, said", [("Pacific/Auckland", "(Auckland time)"),
                                         ("America/New_York", "(New York time)"), ("UTC", "(UTC time)")])
def test_opening_hours_name_the_zone_as_people_say_it(monkeypatch, zone, said):
    monkeypatch.setenv("CONSOLE_OPENING_HOURS", "08:00-20:00")
    monkeypatch.setenv("CONSOLE_TIMEZONE", zone)
    assert handoff.OpeningHours.from_environment().words() == f"08:00 to 20:00 {said}"


def test_mistyped_opening_hours_say_what_they_should_look_like(monkeypatch):
    monkeypatch.setenv("CONSOLE_OPENING_HOURS", "9 to 5")
    with pytest.raises(ValueError, match="08:00-20:00"):
        handoff.OpeningHours.from_environment()


def test_staff_are_on_the_chat_only_when_someone_is_signed_in_and_active(db):
    assert not handoff.staff_on_chat_now()
    _staff_on_console()
    assert handoff.staff_on_chat_now()
    with session() as s:
        s.query(store.StaffSession).one().last_seen = dt.datetime.utcnow() - dt.timedelta(minutes=5)
    assert not handoff.staff_on_chat_now()


def test_outside_opening_hours_nobody_is_on_the_chat_even_if_signed_in(db, monkeypatch):
    _staff_on_console()
    now = dt.datetime.now(UTC)
    monkeypatch.setenv("CONSOLE_OPENING_HOURS", f"{(now.hour + 2) % 24:02d}:00-{(now.hour + 3) % 24:02d}:00")
    assert not handoff.staff_on_chat_now()


# ---- asking for a person, and getting the assistant back -------------------------------------------------

async def test_with_staff_on_the_console_the_person_waits_on_a_paused_chat(db, dispatcher, domain):
    _staff_on_console()
    tracker = make_tracker([user_event("I want to talk to a real person", "request_human")], sender_id="p1")
    events = await ActionAskForPerson().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_handoff_waiting"]
    assert dispatcher.messages[0]["emergency_number"]  # the emergency number while they wait
    assert [e["event"] for e in events] == ["pause"]
    [case] = store.queue()
    assert (case["conversation_id"], case["reason"], case["handoff"]) == ("p1", "asked_for_person", "waiting")


async def test_without_staff_the_person_gets_the_helpline_and_the_hours_and_no_pause(db, dispatcher, domain):
    tracker = make_tracker([user_event("I want to talk to a real person", "request_human")], sender_id="p2")
    events = await ActionAskForPerson().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_handoff", "utter_handoff_hours"]
    assert events == []
    assert store.queue()[0]["handoff"] is None


async def test_someone_in_another_country_is_not_given_our_teams_hours(db, dispatcher, domain):
    # persona run 36: "hamilton, ontario" was told the team answers "08:00 to 20:00 (Auckland time)"
    tracker = make_tracker([user_event("I want to talk to a real person", "request_human")],
                           slots={"region": "CANADA"}, sender_id="p2b")
    await ActionAskForPerson().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_handoff"]


async def test_someone_in_scotland_under_a_uk_deployment_gets_the_hours(db, dispatcher, domain, monkeypatch):
    from actions import handoff as handoff_actions
    from clinical.regions import REGIONS
    monkeypatch.setattr(handoff_actions, "REGION", REGIONS["UK"])
    tracker = make_tracker([user_event("I want to talk to a real person", "request_human")],
                           slots={"region": "UK_SCOT"}, sender_id="p2c")
    await ActionAskForPerson().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_handoff", "utter_handoff_hours"]


async def test_in_a_crisis_the_crisis_lines_come_before_the_helpline(db, dispatcher, domain):
    # run 20, t12: "If I call that number do they send cops to my house?" in a crisis was met with the
    # helpline's hours and a doctor's office
    text = "If I call that number do they send cops to my house?"
    tracker = make_tracker([user_event(text, "request_human")],
                           slots={"crisis_active": True, "triage_level": "emergency"}, sender_id="p3")
    await ActionAskForPerson().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_crisis_still_here"


@pytest.mark.parametrize("action, first", [(ActionHandBack, "utter_handed_back"),
                                           (ActionNoStaffFree, "utter_no_staff_free")])
async def test_the_assistant_resumes_and_asks_the_open_question_again(dispatcher, domain, action, first):
    tracker = make_tracker([user_event("thanks for the chat", "thank")], slots={"requested_slot": "fever"},
                           active_loop="triage_form")
    events = await action().run(dispatcher, tracker, domain)
    assert said(dispatcher) == [first, "utter_ask_fever"]
    assert events[0]["event"] == "resume"


async def test_an_activity_question_is_asked_afresh_after_a_handoff(dispatcher, domain):
    # the chat with staff may have filled the open slot (slot mappings take any text): it is emptied
    tracker = make_tracker([user_event("ok bye", "goodbye")],
                           slots={"requested_slot": "activity", "activity": "ok bye"},
                           active_loop="activity_form")
    events = await ActionHandBack().run(dispatcher, tracker, domain)
    assert {"event": "slot", "name": "activity", "value": None} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]


async def test_a_red_flag_while_waiting_gets_the_outcome_and_ends_the_triage_form(db, dispatcher, domain):
    text = "I've just wet myself and didn't even feel it"
    tracker = make_tracker([user_event(text, "inform")], slots={"requested_slot": "fever"},
                           active_loop="triage_form", sender_id="p3")
    events = await ActionHandoffRedFlag().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_escalate_emergency"
    kinds = [e["event"] for e in events]
    assert kinds[0] == "resume" and "active_loop" in kinds


# ---- red flags said during a handoff --------------------------------------------------------------------

def test_a_red_flag_in_a_message_to_staff_is_found_with_its_words_and_level():
    alerts, urgency = handoff.red_flags_in("since this morning I can't feel anything when I wipe")
    assert urgency == "emergency"
    assert [(a["code"], a["certainty"]) for a in alerts] == [("saddle_numbness", "said")]


@pytest.mark.parametrize("text", ["no numbness anywhere, just the ache", "thanks, I'll wait for her"])
def test_no_red_flag_in_a_message_without_one(text):
    assert handoff.red_flags_in(text) == ([], None)


class FakeAssistant:
    def __init__(self):
        self.actions = []

    async def run_action(self, conversation_id, action):
        self.actions.append((conversation_id, action))


@pytest.fixture
def waiting_case(db, monkeypatch):
    fake = FakeAssistant()
    monkeypatch.setattr(console_app.assistant, "run_action", fake.run_action)
    case_id = store.raise_case("p4", "asked_for_person", {"urgency": "self_care"}, handoff=True)
    lines = []
    monkeypatch.setattr(console_app, "transcript",
                        lambda conversation_id, since=0.0: [line for line in lines if line["at"] >= since])
    return case_id, lines, fake


def _said_now(lines, text):
    lines.append({"who": "person", "text": text, "at": dt.datetime.now(UTC).timestamp() + 1})


async def _watch(case_id):
    [case] = [c for c in store.handoffs_to_watch() if c["id"] == case_id]
    await console_app._watch_one(case)


async def test_watcher_a_red_flag_while_waiting_is_shown_and_answered_by_the_assistant(waiting_case):
    case_id, lines, fake = waiting_case
    _said_now(lines, "hello? is anyone there")
    await _watch(case_id)
    assert fake.actions == [] and store.get_case(case_id)["alerts"] == []
    _said_now(lines, "my legs have both gone numb and weak")
    await _watch(case_id)
    case = store.get_case(case_id)
    assert fake.actions == [("p4", "action_handoff_red_flag")]
    assert case["handoff"] == "ended" and case["urgency"] == "emergency"
    assert case["alerts"] and case["alerts"][0]["words"]
    assert "red_flag_during_handoff" in [a["action"] for a in store.audit_trail(case_id)]


async def test_watcher_a_red_flag_on_a_live_chat_is_shown_to_staff_who_keep_the_chat(waiting_case):
    case_id, lines, fake = waiting_case
    store.claim(case_id, "alice")
    _said_now(lines, "oh and I've lost control of my bowels today")
    await _watch(case_id)
    case = store.get_case(case_id)
    assert fake.actions == [] and case["handoff"] == "live"
    assert [a["code"] for a in case["alerts"]] == ["bladder_bowel"]
    await _watch(case_id)  # read once: not alerted twice
    assert len(store.get_case(case_id)["alerts"]) == 1


async def test_watcher_nobody_took_the_chat_in_time(waiting_case, monkeypatch):
    case_id, _, fake = waiting_case
    await _watch(case_id)
    assert fake.actions == []
    monkeypatch.setenv("CONSOLE_CLAIM_TIMEOUT", "0")
    await _watch(case_id)
    assert fake.actions == [("p4", "action_no_staff_free")]
    assert store.get_case(case_id)["handoff"] == "ended"


@pytest.mark.parametrize("staff_there", [True, False])
async def test_after_an_escalation_a_person_is_offered_only_when_staff_are_on_the_console(
        db, dispatcher, domain, staff_there):
    if staff_there:
        _staff_on_console()
    tracker = make_tracker([user_event("I've wet myself and can't feel it", "inform")],
                           slots={"bladder_bowel": "yes"}, sender_id="p5")
    await ActionTriageOutcome().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_escalate_emergency"
    assert ("utter_offer_person" in said(dispatcher)) is staff_there


@pytest.mark.parametrize("text, flags", [
    ("she says she cannot pass urine and her bottom is numb", {"bladder_bowel"}),
    ("patient reports urinary retention and saddle anaesthesia", {"bladder_bowel", "saddle_numbness"})])
async def test_in_a_triage_staff_run_for_a_caller_the_callers_symptoms_count(dispatcher, domain, text, flags):
    # a try-out: typed as a nurse types them, they stayed "self care" (read as someone else's symptoms)
    from actions.triage import ValidateTriageForm
    said_by_staff = {**user_event(text, "inform"), "metadata": {"staff_entered": True}}
    tracker = make_tracker([said_by_staff], slots={"requested_slot": "bladder_bowel"},
                           active_loop="triage_form")
    events = await ValidateTriageForm().run(dispatcher, tracker, domain)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert {code for code in flags if slots.get(code) == "yes"} == flags
