"""Helpers shared by the actions: region contacts, the triage answers held in slots, the latest message."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from clinical import medicines
from clinical.findings import BY_CODE, Urgency
from clinical.language import (
    Mention,
    as_the_patients,
    find_mentions,
    looks_like_question,
    opens_with_a_relatives_back,
    speaks_for_someone,
    statements_in,
)
from clinical.outcome import describe_changes
from clinical.recall import with_suggestions
from clinical.regions import EUROPE, OTHER_COUNTRY, REGIONS, RegionContacts, current_region, region_contacts
from clinical.triage import (
    ANSWER_SLOTS,
    BY_SLOT,
    QUICK_PATH,
    Update,
    interpret,
    questions_left,
    someone_elses_red_flag,
)
from clinical.urgency import assess

# Read once per process: a wrong BACKCARE_REGION stops the action server at start-up with a clear error.
REGION = current_region()


def region_of(tracker: Tracker) -> RegionContacts:
    """The lines of the region the person said they are in (the `region` slot), or else the deployment's."""
    return region_contacts(tracker.get_slot("region")) if tracker.get_slot("region") else REGION


def contacts(tracker: Tracker) -> dict[str, str]:
    """Template variables for responses that name a number to call: the lines of the region the person
    said they are in (the `region` slot), or else the deployment's."""
    region = region_of(tracker)
    return {"emergency_number": region.emergency_number, "helpline": region.helpline,
            "same_day_care": region.same_day_care, "crisis_line": region.crisis_line,
            "after_hours": region.after_hours, "own_doctor": region.own_doctor}


def introduce(dispatcher: CollectingDispatcher, region: RegionContacts) -> None:
    """Who we are and the emergency number; which country's numbers those are, when they are one country's
    (a person told only "call 111" could not know it was New Zealand's, nor that they can change it)."""
    dispatcher.utter_message(response="utter_intro", emergency_number=region.emergency_number)
    if region.code in REGIONS:
        dispatcher.utter_message(response="utter_intro_region", region_name=region.name)


def region_slots(tracker: Tracker) -> list[EventType]:
    """The contact slots that responses said by rules use ({emergency_number}, {helpline}), brought in line
    with the region the person named, if they named one since they were last set."""
    lines = contacts(tracker)
    if (tracker.get_slot("emergency_number"), tracker.get_slot("helpline")) == (lines["emergency_number"],
                                                                                lines["helpline"]):
        return []
    return [SlotSet("emergency_number", lines["emergency_number"]), SlotSet("helpline", lines["helpline"])]


def say_region(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Which numbers the person gets from now on (the `region` slot is set), and the slots that match."""
    region = region_contacts(tracker.get_slot("region"))
    response = {OTHER_COUNTRY.code: "utter_region_elsewhere", EUROPE.code: "utter_region_europe"}.get(
        region.code, "utter_region_set")
    dispatcher.utter_message(response=response, region_name=region.name, **contacts(tracker))
    if tracker.get_slot("crisis_active"):  # the crisis line of where the person is, not the one said before
        dispatcher.utter_message(response="utter_crisis_line_for_region", **contacts(tracker))
    return region_slots(tracker)


def announce_region(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """When the latest message named where the person is, say which numbers they get from now on: once,
    though several actions run on that message (the first one sets the number slots)."""
    named = any(e.get("entity") == "region" for e in (tracker.latest_message or {}).get("entities") or [])
    not_yet_said = bool(region_slots(tracker))
    return say_region(dispatcher, tracker) if named and tracker.get_slot("region") and not_yet_said else []


# Set once someone is found to type for the patient; the domain's questions have variations for it
ANSWERING_FOR_SOMEONE = "answering_for_someone"
# The parts of the open question for details (clinical/triage.py gathers), each a domain response.
DETAIL_QUESTIONS = {"location": "utter_detail_location", "duration_days": "utter_detail_duration_days",
                    "onset": "utter_detail_onset", "age": "utter_detail_age"}


def ask_details(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> None:
    """The open question for details, naming only those not yet told ("where exactly is the pain and how old
    are you?" after an opening that said how long and how it started)."""
    responses = domain.get("responses", {})
    gathers = BY_SLOT["details"].gathers
    untold = [slot for slot in gathers if tracker.get_slot(slot) is None] or list(gathers)
    for_someone = bool(tracker.get_slot(ANSWERING_FOR_SOMEONE))
    parts = [_variation_text(responses[DETAIL_QUESTIONS[slot]], for_someone) for slot in untold]
    wanted = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    dispatcher.utter_message(response="utter_ask_details", wanted=wanted)


def _variation_text(variations: list[dict[str, Any]], for_someone: bool) -> str:
    """A response's text for the patient ("how old are you") or for someone typing for them ("how old are
    they"): the variation conditioned on ANSWERING_FOR_SOMEONE, or the plain one."""
    for variation in variations:
        conditioned = any(condition.get("name") == ANSWERING_FOR_SOMEONE
                          for condition in variation.get("condition") or [])
        if conditioned == for_someone:
            return variation["text"]
    return variations[0]["text"]


def introduce_questions(dispatcher: CollectingDispatcher, answers: dict[str, Any]) -> None:
    """The triage start, with about how many questions come one at a time and how many as short lists, so
    the person can choose with the numbers in front of them."""
    dispatcher.utter_message(response="utter_triage_start", count=questions_left(answers),
                             quick_count=questions_left({**answers, QUICK_PATH: True}))


def note_typing_for_someone(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Once someone is found to type for the patient, at the start or later ("it's my son's back, not
    mine"): say that the questions are about the patient, and word them so from here on ("how old are
    they?": a mother typing for her son had been asked "how old are you?"; the domain's variations)."""
    if tracker.get_slot(ANSWERING_FOR_SOMEONE) or not typed_for_someone(tracker):
        return []
    dispatcher.utter_message(response="utter_questions_for_someone")
    return [SlotSet(ANSWERING_FOR_SOMEONE, True)]


def answers_from(tracker: Tracker) -> dict[str, Any]:
    return {slot: tracker.get_slot(slot) for slot in ANSWER_SLOTS if tracker.get_slot(slot) is not None}


def latest_text_and_intent(tracker: Tracker) -> tuple[str, str | None]:
    message = tracker.latest_message or {}
    return str(message.get("text") or ""), (message.get("intent") or {}).get("name")


def latest_reading(tracker: Tracker) -> list[Mention] | None:
    """The mentions the NLU component read in the latest message (components/clinical_facts.py), or None
    when it did not (a button payload, or an older model): then the text is read again."""
    reading = (tracker.latest_message or {}).get("clinical_reading")
    for_someone = held_for_someone(tracker)
    try:
        mentions = [Mention.from_dict(m) for m in reading["mentions"]]
    except (KeyError, TypeError):
        if not for_someone:
            return None
        text, _ = latest_text_and_intent(tracker)
        mentions = [] if text.startswith("/") else with_suggestions(text, find_mentions(text))
    # someone typing for the patient said so earlier: "she has osteoporosis" is the patient's
    return as_the_patients(mentions) if for_someone else mentions


def replies_to(tracker: Tracker, action_name: str) -> bool:
    """Whether the latest message replies to what `action_name` said: it was the last action before it."""
    seen_message = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_message:
                return False
            seen_message = True
        elif seen_message and event.get("event") == "action" and event.get("name") != "action_listen":
            return event.get("name") == action_name
    return False


def answers_the_clearing_question(tracker: Tracker) -> bool:
    """Whether the latest message replies to "clear everything and start again?": its "no" keeps the answers
    and answers no triage question (persona run 28: a typed "yes" there was taken as yes to the question
    waiting behind it, an emergency)."""
    return replies_to(tracker, "action_confirm_restart")


def events_since_latest_message(tracker: Tracker) -> list[dict[str, Any]]:
    """The events after the person's latest message, latest first (what this turn has done so far)."""
    since = []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        since.append(event)
    return since


def tell_of_someone_elses_red_flag(dispatcher: CollectingDispatcher, tracker: Tracker) -> str | None:
    """"My husband can't pee since yesterday": that person is told to get emergency help ("my wife has a
    fever of 39": to see a doctor today), before the writer's own questions go on (never left without a
    word). Once per message: the triage start and the form both read the opening message. Returns the
    urgency told ("emergency", "urgent"), or None."""
    if any(e.get("event") == "action" and e.get("name") == "action_start_triage"
           for e in events_since_latest_message(tracker)):
        return None
    mentions = latest_reading(tracker)
    if mentions is None:  # (no reading from the NLU component: the text is read here)
        text, _ = latest_text_and_intent(tracker)
        mentions = [] if text.startswith("/") else find_mentions(text)
    code = someone_elses_red_flag(mentions)
    if code == "self_harm":
        dispatcher.utter_message(response="utter_someone_elses_crisis", **contacts(tracker))
        return Urgency.EMERGENCY.label
    if code:
        emergency = BY_CODE[code].urgency == Urgency.EMERGENCY
        dispatcher.utter_message(response="utter_someone_elses_emergency" if emergency
                                 else "utter_someone_elses_urgent_sign",
                                 sign=BY_CODE[code].summary, **contacts(tracker))
        return BY_CODE[code].urgency.label
    return None


OPENING_MESSAGES = 2  # a greeting, then the opening


def held_for_someone(tracker: Tracker) -> bool:
    """Someone types for the patient: they said so, or a member of staff runs the triage for a caller (the
    staff console marks those messages), where "she can't pass urine" is the caller's; or an earlier message
    opened with a relative's back pain ("My dad just got a really bad pain in his back"; after a greeting at
    most), and the answers since are about him."""
    user_events = [e for e in tracker.events if e.get("event") == "user"]
    return (any((e.get("metadata") or {}).get("staff_entered") or speaks_for_someone(e.get("text") or "")
                for e in user_events)
            or any(opens_with_a_relatives_back(e.get("text") or "")
                   for e in user_events[:-1][:OPENING_MESSAGES]))


def typed_for_someone(tracker: Tracker) -> bool:
    """held_for_someone, the opening just read included ("My dad just got a really bad pain in his back"),
    and not a member of staff at the console, who knows."""
    if any((e.get("metadata") or {}).get("staff_entered")
           for e in tracker.events if e.get("event") == "user"):
        return False
    return held_for_someone(tracker) or opens_with_a_relatives_back(latest_text_and_intent(tracker)[0])


def progress_from(tracker: Tracker) -> dict[str, Any]:
    """Bookkeeping of the triage form: explained "not sure" questions, missed answers per question,
    possible red flags already checked and answered no, whether the lists were offered again, and the level
    already told before the follow-up questions (`level_said`)."""
    stored = tracker.get_slot("triage_progress") or {}
    return {"explained": list(stored.get("explained", [])), "misses": dict(stored.get("misses", {})),
            "checked": list(stored.get("checked", [])),
            "quick_path_offered": bool(stored.get("quick_path_offered")),
            "level_said": stored.get("level_said")}


# Questions asked during the safety questions, kept and answered after the outcome
MAX_HELD_QUESTIONS = 3
MAX_HELD_CHARS = 500
# Facts kept from any message, whatever it was routed to ("I'm 45, 3 days of lower back pain, 6/10 - can I
# take ibuprofen?"), so that they are never asked for again. Red flags are not among them: a message that
# reports one is routed to the escalation by the NLU component.
KEPT_FACTS = ("age", "duration_days", "location", "severity", "onset", "medication_tried", "improving",
              "first_episode")


def kept_facts(tracker: Tracker, questions_too: bool = False) -> list[EventType]:
    """Facts said in the latest message (age, how long, where...), kept for the triage. Sentences that ask
    something are skipped ("can I run 5 km?"), unless the question is about this person's own pain."""
    text, _ = latest_text_and_intent(tracker)
    if not text or text.startswith("/"):
        return region_slots(tracker)
    statements = text if questions_too else statements_in(text)
    if not statements:
        return region_slots(tracker)
    answers = answers_from(tracker)
    update = interpret(statements, "inform", None, answers, [], mentions=[])  # facts only: no flag re-reading
    return [*region_slots(tracker), *(SlotSet(slot, value) for slot, value in update.values.items()
                                      if slot in KEPT_FACTS and answers.get(slot) is None)]


def tells_what_raises_the_outcome(tracker: Tracker) -> bool:
    """After an outcome, a fact told in passing that raises its level ("would it matter that I have the needle
    for my thin bones?" after a fall): the outcome is recomputed, as for a correction."""
    if tracker.get_slot("triage_level") is None or tracker.get_slot("crisis_active"):
        return False
    text, intent = latest_text_and_intent(tracker)
    if not text or text.startswith("/"):
        return False
    answers = answers_from(tracker)
    reading = interpret(text, intent, None, answers, [], mentions=latest_reading(tracker))
    return raises_the_level(answers, reading)


def raises_the_level(answers: dict[str, Any], update: Update) -> bool:
    """Whether a message's reading (`update`) raises the level the earlier answers gave."""
    return assess({**answers, **update.values}).level > assess(answers).level


def say_changes(dispatcher: CollectingDispatcher, corrected: dict[str, tuple[Any, Any]]) -> None:
    """Every changed answer said plainly ("pain at night: now no (it was yes)")."""
    if corrected:
        dispatcher.utter_message(response="utter_answer_changed", changes=describe_changes(corrected))


def tells_no_new_sign(tracker: Tracker, update: Update) -> bool:
    """Every red flag the message tells was told before ("would I be alright taking ibuprofen with the
    methotrexate?" after the methotrexate gave `urgent`): no new outcome (persona run 37)."""
    return not set(update.red_flag_words) - set(tracker.get_slot("red_flag_words") or {})


def asks_something(text: str) -> bool:
    """A question, or a medicine question for a pharmacist or doctor said without a question's shape."""
    return looks_like_question(text) or medicines.referral_reason(text) is not None
