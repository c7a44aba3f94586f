"""The triage outcome: escalation when a red flag is present, otherwise `soon` or `self_care` with reasons
and safety-netting. Every outcome message carries the machine-readable payload and is recorded."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import (
    ANSWERING_FOR_SOMEONE,
    REGION,
    announce_region,
    answers_from,
    asks_something,
    contacts,
    events_since_latest_message,
    introduce,
    latest_reading,
    latest_text_and_intent,
    progress_from,
    region_of,
    say_changes,
    tells_no_new_sign,
    typed_for_someone,
)
from actions.firm import ESCALATED, TRIAGE_FORM, stand_firm
from actions.knowledge import answer_question
from actions.staff import raise_for_staff, staff_on_chat_now
from clinical import moves, places, records
from clinical.outcome import Outcome, build_outcome
from clinical.regions import EUROPE, REGIONS, SEVERAL_REGIONS, region_contacts
from clinical.triage import EMERGENCY_SCREEN, emergency_questions_cut_short, interpret, next_question
from clinical.urgency import Urgency

logger = logging.getLogger(__name__)
SERVES_SEVERAL = REGION.code == SEVERAL_REGIONS


def name_the_numbers_elsewhere(dispatcher: CollectingDispatcher, tracker: Tracker,
                               unconfirmed_too: bool = True) -> list[EventType]:
    """On a deployment for one region, when the person never said where they are: if their words suggest
    another of our regions ("the ER", a temperature of 98.4, "ringin 000"), that region's emergency number;
    otherwise the other emergency numbers we know, for anyone who is not where ours work (four people of
    persona run 24 in Australia, the UK and Korea were told 111). Said once, beside an escalation, with an
    invitation to say where they are; a country hinted later is still named once (persona run 26: "ER",
    "Tylenol" after the other numbers had been listed). (`unconfirmed_too`: the other numbers too, not only a
    hinted one.)"""
    if tracker.get_slot("region") or tracker.get_slot("region_hinted"):
        return []
    hinted = places.country_hinted([e.get("text") or "" for e in tracker.events if e.get("event") == "user"])
    if hinted is not None and hinted != REGION.code:
        country = region_contacts(hinted)
        dispatcher.utter_message(response="utter_region_hinted", hinted_country=country.name_in_a_sentence,
                                 hinted_emergency_number=country.emergency_number, **contacts(tracker))
        return [SlotSet("region_asked", True), SlotSet("region_hinted", True)]
    if tracker.get_slot("region_asked"):
        return []
    if unconfirmed_too and REGION.code in REGIONS:
        others = [f"{lines.emergency_number} in {lines.name_in_a_sentence}" for code, lines in REGIONS.items()
                  if code != REGION.code] + [f"{EUROPE.emergency_number} in most of {EUROPE.name}"]
        dispatcher.utter_message(response="utter_region_unconfirmed", region_name=REGION.name_in_a_sentence,
                                 other_numbers=", ".join(others))
    else:
        return []
    return [SlotSet("region_asked", True)]


class ActionTriageOutcome(Action):
    def name(self) -> str:
        return "action_triage_outcome"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        answers = answers_from(tracker)
        text, intent = latest_text_and_intent(tracker)
        # a red flag said outside the form
        update = interpret(text, intent, None, answers, [], mentions=latest_reading(tracker))
        set_this_turn = {e.get("name") for e in events_since_latest_message(tracker)
                         if e.get("event") == "slot"}
        for slot in set_this_turn & set(update.values):
            # the form has read this message already: "yeah i guess? like I said it's taking ages to get
            # going, no leaking tho" confirmed the bladder check, and read again its "like I said ... no
            # leaking" must not take the red flag back (that gave self-care, the other questions unasked)
            del update.values[slot]
            update.corrected.pop(slot, None)
        answers.update(update.values)
        words = {**(tracker.get_slot("red_flag_words") or {}), **update.red_flag_words}
        outcome = build_outcome(answers, words)
        previous_level = tracker.get_slot("triage_level")
        say_changes(dispatcher, update.corrected)
        # (persona run 37 got the whole urgent outcome thrice, each time the methotrexate was named again)
        repeated = previous_level == outcome.level and tells_no_new_sign(tracker, update)
        # questions asked during the safety questions, answered now ("should I see someone?" just was), before
        # the offer of what to do next, so that the offer is the last thing said
        held = [q for q in tracker.get_slot("held_questions") or [] if not moves.answered_by_the_outcome(q)]
        # (never after an escalation: an activity plan or self-care offered beside "call 111 now" confuses)
        offer_next_later = (("utter_offer_next",) if held and not repeated and outcome.level not in ESCALATED
                            else ())
        if repeated and asks_something(text):
            answer_question(dispatcher, tracker, text)  # (after the outcome's reminder, framed by its level)
        elif repeated:  # said once already: restate it in one sentence, not the whole outcome again
            stand_firm(dispatcher, tracker, None)
        else:
            say_outcome(dispatcher, outcome, tracker, leaving_out=offer_next_later)
            if outcome.level in ESCALATED and staff_on_chat_now():  # someone can join while they arrange help
                dispatcher.utter_message(response="utter_offer_person")
        events = announce_region(dispatcher, tracker)
        if tracker.get_slot("intro_pending"):  # held back so that the escalation came first
            introduce(dispatcher, region_of(tracker))
        if (outcome.level in ESCALATED and SERVES_SEVERAL and not tracker.get_slot("region")
                and not tracker.get_slot("region_asked")):  # every number was named; now the right one
            dispatcher.utter_message(response="utter_ask_region")
            events.append(SlotSet("region_asked", True))
        elif outcome.level in ESCALATED and not repeated:
            # (right after the introduction, which has just said whose numbers they are, only a hint)
            events.extend(name_the_numbers_elsewhere(dispatcher, tracker,
                                                     unconfirmed_too=not tracker.get_slot("intro_pending")))
        if held and outcome.level == Urgency.EMERGENCY.label:
            # ("is it a disc?" after "call 111 now": "most back pain has no serious cause" would undo it)
            dispatcher.utter_message(response="utter_held_after_emergency")
            held = []
        for question in held:
            dispatcher.utter_message(response="utter_answering_held")
            answer_question(dispatcher, tracker, question, level=outcome.level)
        for response in offer_next_later:
            dispatcher.utter_message(response=response)

        if update.values or previous_level != outcome.level:
            record_outcome(tracker.sender_id, outcome)
            if outcome.level in ESCALATED or outcome.unsure_text:  # staff follow up escalations and doubts
                raise_for_staff(tracker, "escalated" if outcome.level in ESCALATED else "not_sure",
                                answers, words)
        crisis = "self_harm" in outcome.payload["triage"]["red_flags"]
        if typed_for_someone(tracker) and not tracker.get_slot(ANSWERING_FOR_SOMEONE):
            # the outcome said so; the questions after it are worded for them too
            events.append(SlotSet(ANSWERING_FOR_SOMEONE, True))
        screen = [] if repeated or crisis else screen_for_an_emergency(dispatcher, tracker, answers, outcome)
        return [*events, *(SlotSet(k, v) for k, v in update.values.items()), SlotSet("red_flag_words", words),
                SlotSet("triage_level", outcome.level), SlotSet("intro_pending", False),
                SlotSet("held_questions", []),
                SlotSet("crisis_active", crisis or bool(tracker.get_slot("crisis_active"))), *screen]


def screen_for_an_emergency(dispatcher: CollectingDispatcher, tracker: Tracker, answers: dict[str, Any],
                            outcome: Outcome) -> list[EventType]:
    """After an urgent outcome that came before the emergency questions (a cancer history in the first
    message), those are asked: the person has been told what to do, and a yes makes it an emergency."""
    if (outcome.level != Urgency.URGENT.label or answers.get(EMERGENCY_SCREEN)
            or not emergency_questions_cut_short(answers)):
        return []
    screened = {**answers, EMERGENCY_SCREEN: True}
    if next_question(screened) is None:
        return []
    dispatcher.utter_message(response="utter_emergency_screen")
    progress = progress_from(tracker)
    progress["level_said"] = outcome.level  # (so not again as "URGENT so far" before a follow-up)
    return [SlotSet(EMERGENCY_SCREEN, True), SlotSet("triage_progress", progress),
            FollowupAction(TRIAGE_FORM)]


def say_outcome(dispatcher: CollectingDispatcher, outcome: Outcome, tracker: Tracker,
                leaving_out: tuple[str, ...] = ()) -> None:
    variables = {**contacts(tracker), "reasons": outcome.reasons_text, "unsure": outcome.unsure_text}
    # The first message states the level and what to do; for an emergency nothing comes before it.
    first, *rest = outcome.responses
    dispatcher.utter_message(response=first, json_message=outcome_payload(outcome, variables), **variables)
    # the outcome's "you" is the patient, not the one typing ("Asking for my daughter, 17, she's lost 8kg
    # without trying", told at the opening, before any question could say so)
    if tracker.get_slot(ANSWERING_FOR_SOMEONE) or typed_for_someone(tracker):
        dispatcher.utter_message(response="utter_outcome_for_someone")
    for response in (r for r in rest if r not in leaving_out):
        if response == "utter_duration_band":
            dispatcher.utter_message(response=response, **outcome.band_variables)
        else:
            dispatcher.utter_message(response=response, **variables)


def outcome_payload(outcome: Outcome, lines: dict[str, str], **extra: Any) -> dict[str, Any]:
    """The outcome's payload with the region's numbers, which travel with the level so that a page can show
    a call button beside an emergency."""
    numbers = {"emergency_number": lines["emergency_number"], "helpline": lines["helpline"]}
    return {**outcome.payload, "triage": {**outcome.payload["triage"], **numbers, **extra}}


def record_outcome(conversation_id: str, outcome: Outcome) -> None:
    try:
        records.save_triage(conversation_id, outcome.record_kind, outcome.level, outcome.red_flag_records,
                            outcome.answers)
    except SQLAlchemyError as exc:  # the person still gets their answer; operators see the failure
        logger.error("Could not record the triage outcome (%s): check BACKCARE_DATABASE_URL",
                     type(exc).__name__)
