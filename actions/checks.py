"""Check questions about a possible red flag, shared by every form that reads the person's messages
(triage and activity planning): ask one plain question with the confirm payload, then read the reply.
Yes records the flag, no marks it checked, not sure is explained once and then kept as "unsure"."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_reading, latest_text_and_intent
from actions.staff import raise_for_staff
from clinical.findings import BY_CODE
from clinical.language import concepts_in
from clinical.triage import (
    CHECK_SLOT,
    MAX_MISSES,
    SIDE_QUESTION_INTENTS,
    Update,
    answer_check,
    osteoporotic_fall_check_asks,
)
from clinical.urgency import assess


def slot_events(update: Update, tracker: Tracker) -> list[EventType]:
    events: list[EventType] = [SlotSet(slot, value) for slot, value in update.values.items()]
    if update.red_flag_words:
        words = {**(tracker.get_slot("red_flag_words") or {}), **update.red_flag_words}
        events.append(SlotSet("red_flag_words", words))
    return events


# A possible fever raised by a warm red patch on the back is asked about the patch: "no fever" must not
# answer it (persona run 11).
_CHECK_BY_WORDS = {"fever": ({"RED_SKIN", "WARM_SKIN", "HOT_RED_AREA"}, "utter_check_fever_skin")}


def ask_check(dispatcher: CollectingDispatcher, code: str, words: str = "") -> None:
    """The check question about a possible red flag, with the payload channels and staff can see."""
    response = f"utter_check_{code}"
    if code in _CHECK_BY_WORDS and concepts_in(words) & _CHECK_BY_WORDS[code][0]:
        response = _CHECK_BY_WORDS[code][1]
    elif code == "osteoporotic_fall" and osteoporotic_fall_check_asks(words) == "fall":
        response = "utter_check_osteoporotic_fall_after_fall"
    dispatcher.utter_message(response=response, json_message={"triage": {"confirm": code}})


def explain(dispatcher: CollectingDispatcher, domain: dict[str, Any], slot: str) -> None:
    response = f"utter_explain_{slot}"
    has_own = response in domain.get("responses", {})
    dispatcher.utter_message(response=response if has_own else "utter_explain_generic")


def pending_check(tracker: Tracker) -> dict[str, str] | None:
    """The open check question ({code, words}), if the form is waiting for its answer."""
    if tracker.get_slot("requested_slot") != CHECK_SLOT:
        return None
    return tracker.get_slot(CHECK_SLOT)


def open_check(dispatcher: CollectingDispatcher, update: Update, answers: dict[str, Any]) -> list[EventType]:
    """Ask about the most urgent possible red flag that could still raise the level; [] if there is none."""
    code = most_urgent_possible_flag(update, answers)
    if code is None:
        return []
    ask_check(dispatcher, code, update.to_check[code])
    return [SlotSet(CHECK_SLOT, {"code": code, "words": update.to_check[code]}),
            SlotSet("requested_slot", CHECK_SLOT)]


@dataclass
class CheckReply:
    events: list[EventType] = field(default_factory=list)
    update: Update = field(default_factory=Update)
    still_open: bool = False  # asked again (after "not sure" or an unreadable reply, or a side question)


def read_check_reply(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any],
                     pending: dict[str, str], answers: dict[str, Any],
                     progress: dict[str, Any]) -> CheckReply:
    """The reply to the open check question; `answers` and `progress` are updated in place."""
    code = pending["code"]
    text, intent = latest_text_and_intent(tracker)
    update = answer_check(text, intent, code, pending["words"], answers, progress["explained"],
                          mentions=latest_reading(tracker), checked=tuple(progress["checked"]))
    answers.update(update.values)
    reply = CheckReply(slot_events(update, tracker), update)
    if update.checked:
        progress["checked"].append(code)
    if update.explain:
        progress["explained"].append(code)
        explain(dispatcher, domain, code)
        ask_check(dispatcher, code, pending["words"])
        reply.still_open = True
    elif update.missed and assess(answers).red_flags:
        pass  # "actually, thinking about it, I had the shakes and woke drenched": a red flag decides
    elif update.missed and (other := most_urgent_possible_flag(update, answers, code)):
        # "he went all grey and sweaty and said he was going to pass out" to the bladder check: no answer to
        # it, but another possible red flag, asked about first; the bladder check is asked after it
        ask_check(dispatcher, other, update.to_check[other])
        reply.events.append(SlotSet(CHECK_SLOT, {"code": other, "words": update.to_check[other],
                                                 "then": {"code": code, "words": pending["words"]}}))
        reply.still_open = True
    elif update.missed:
        key = f"check:{code}"
        progress["misses"][key] = progress["misses"].get(key, 0) + 1
        side_question = intent in SIDE_QUESTION_INTENTS
        if side_question:  # "what is sciatica?": answered or kept, and the check asked again
            from actions.conversation import hold_question  # (here: conversation's module imports this one)
            reply.events.extend(hold_question(dispatcher, tracker, text))
        if progress["misses"][key] >= MAX_MISSES:  # never read as no: kept as not sure
            answers[code] = "unsure"
            reply.events.append(SlotSet(code, "unsure"))
        else:
            if not side_question:
                dispatcher.utter_message(response="utter_triage_missed")
            ask_check(dispatcher, code, pending["words"])
            reply.still_open = True
    elif update.checked is None and update.values.get(code) is None:
        reply.still_open = True  # a side question: the check stays open
    if reply.still_open and assess(answers).red_flags:
        reply.still_open = False  # a red flag said instead of an answer decides the outcome
    if answers.get(code) == "unsure":  # a possible red flag nobody could rule out: staff follow it up
        raise_for_staff(tracker, "not_sure", answers)
    reply.events.append(SlotSet("triage_progress", progress))
    if not reply.still_open:
        follow = _next_check(update, answers, code, pending.get("then"))
        if follow:
            ask_check(dispatcher, follow["code"], follow["words"])
            reply.events.append(SlotSet(CHECK_SLOT, follow))
            reply.still_open = True
        else:
            reply.events.append(SlotSet(CHECK_SLOT, None))
    return reply


def most_urgent_possible_flag(update: Update, answers: dict[str, Any],
                              answered: str | None = None) -> str | None:
    """The most urgent possible red flag a message told (other than the one just checked) that could still
    raise the level. (The most urgent first: "my toes catch ... now it's worse every time I try" is checked
    for weakness getting worse, whose yes records the weakness too, not for the weakness alone.)"""
    level = assess(answers).level
    raising = [c for c in update.to_check if c != answered and (BY_CODE[c].urgency or 0) > level]
    return max(raising, key=lambda c: BY_CODE[c].urgency or 0) if raising else None


def _next_check(update: Update, answers: dict[str, Any], answered: str,
                deferred: dict[str, str] | None) -> dict[str, Any] | None:
    """After a check is settled: a new possible red flag its reply told ("no he did a wee fine, but his
    tummy hurts"), then a check put off for another one, each only while it could still raise the level.
    A possible red flag is never dropped silently."""
    level = assess(answers).level
    other = most_urgent_possible_flag(update, answers, answered)
    if other:
        return {"code": other, "words": update.to_check[other], **({"then": deferred} if deferred else {})}
    if (deferred and (BY_CODE[deferred["code"]].urgency or 0) > level
            and answers.get(deferred["code"]) in (None, "no")):
        return deferred
    return None
