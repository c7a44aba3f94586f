"""Standing firm: the outcome in force restated in one sentence with concrete options for its level and
region, whatever the person asks or says after it (the crisis lines first after a crisis reply)."""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import answers_from, contacts, latest_text_and_intent, region_of
from clinical import moves
from clinical.case_summary import summary_for_a_doctor
from clinical.regions import REGIONS, where_number_is_emergency, where_number_is_not_emergency

TRIAGE_FORM = "triage_form"
ESCALATED = ("emergency", "urgent")
FIRM = {"emergency": "utter_firm_emergency", "urgent": "utter_firm_urgent", "soon": "utter_firm_soon",
        "self_care": "utter_firm_self_care"}
GOING = {"emergency": "utter_going_emergency", "urgent": "utter_going_urgent"}
# Extra lines for the kind of question, after the outcome restated (clinical/moves.py names the kinds).
FIRM_EXTRAS = {
    "emergency": {"no_gp": "utter_firm_emergency_no_gp", "gp_closed": "utter_firm_emergency_no_gp",
                  "where": "utter_firm_emergency_no_gp", "which_number": "utter_firm_emergency_no_gp",
                  "transport": "utter_firm_emergency_transport",
                  "cost": "utter_firm_cost", "minimise": "utter_firm_minimise"},
    "urgent": {"no_gp": "utter_firm_urgent_no_gp", "gp_closed": "utter_firm_urgent_no_gp",
               "where": "utter_firm_urgent_no_gp", "which_number": "utter_firm_urgent_no_gp",
               "wait": "utter_firm_urgent_no_gp",
               "transport": "utter_firm_urgent_transport", "cost": "utter_firm_cost",
               "minimise": "utter_firm_minimise"},
}


def stand_firm(dispatcher: CollectingDispatcher, tracker: Tracker, kind: str | None,
               level: str | None = None) -> None:
    """The outcome in force restated in one sentence with concrete options for its level and region
    (`level`: the outcome just given, when it is not in the tracker yet)."""
    level = level or tracker.get_slot("triage_level")
    if level in ESCALATED and moves.asks_for_a_summary(latest_text_and_intent(tracker)[0]):
        # "What shall I tell them when I ring?" (persona run 29, routed as anything from a question to a plan
        # report): what the person told, to tell the people they ring, before the instruction
        dispatcher.utter_message(response="utter_summary_to_tell_them", summary=summary_for_a_doctor(
            answers_from(tracker), tracker.get_slot("red_flag_words") or {}))
    if tracker.get_slot("crisis_active"):
        dispatcher.utter_message(response="utter_crisis_still_here", **contacts(tracker))
        if level != "emergency" or not _other_emergency(tracker):
            return
    if level == "urgent" and kind == "later_today":
        kind = "going"  # "tonight then, after 5": still today, which is what `urgent` asks
    if level in ESCALATED and kind == "going":  # "we'll ring now, thanks": agreed, not told off again
        dispatcher.utter_message(response=GOING[level], **contacts(tracker))
        if level == "urgent":
            dispatcher.utter_message(response="utter_emergency_signs", **contacts(tracker))
    elif level in ESCALATED:
        dispatcher.utter_message(response=FIRM[level], **contacts(tracker))
        extra = FIRM_EXTRAS[level].get(kind or "")
        if extra:
            dispatcher.utter_message(response=extra, **contacts(tracker))
        if kind != "transport" and moves.speaks_of_the_way_there(latest_text_and_intent(tracker)[0]):
            # "can't I just lie down and see if it settles? wife's got the car", "can I drive myself or not?
            # partner's at work till 6": the way there too
            dispatcher.utter_message(response=FIRM_EXTRAS[level]["transport"], **contacts(tracker))
        if level == "urgent":
            dispatcher.utter_message(response="utter_emergency_signs", **contacts(tracker))
    elif tracker.active_loop_name == TRIAGE_FORM:
        dispatcher.utter_message(response="utter_firm_before_outcome", **contacts(tracker))
    elif level in FIRM:
        dispatcher.utter_message(response=FIRM[level], **contacts(tracker))
        dispatcher.utter_message(response="utter_emergency_signs", **contacts(tracker))
    else:
        dispatcher.utter_message(response="utter_firm_no_triage", **contacts(tracker))
    if kind == "cannot_phone":  # "me Deaf. phone no.": the numbers alone are no way to reach help
        dispatcher.utter_message(response="utter_cannot_phone", **contacts(tracker))


# A goodbye after an escalation says once more what to do now, never only "come back if it gets worse"
GOODBYE = {"emergency": "utter_goodbye_emergency", "urgent": "utter_goodbye_urgent"}


def say_goodbye(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """"alright bab. tara" after "call 999 now": the goodbye restates what to do now; after a crisis reply,
    the lines again."""
    if tracker.get_slot("crisis_active"):
        stand_firm(dispatcher, tracker, None)
    else:
        level = tracker.get_slot("triage_level") or ""
        dispatcher.utter_message(response=GOODBYE.get(level, "utter_goodbye"), **contacts(tracker))
        if level == "urgent":
            dispatcher.utter_message(response="utter_emergency_signs", **contacts(tracker))


def _other_emergency(tracker: Tracker) -> bool:
    words = tracker.get_slot("red_flag_words") or {}
    return any(code != "self_harm" for code in words)


def say_about_number(dispatcher: CollectingDispatcher, tracker: Tracker, numbers: list[str]) -> None:
    """"911?", "111? thought it was triple zero": where each number named is the emergency number, and where
    any of them is only an advice line (111 in the United Kingdom), so that nobody waits on the wrong one;
    then, unless the person said where they are, whose numbers ours are. The person's own advice line, named
    below an emergency ("ring 111 now then" after `urgent` in the UK), is agreed to."""
    # "yes: call it now" only when the outcome in force is an emergency (or the crisis reply); otherwise the
    # number is for the emergency signs, and the outcome in force is restated after it
    level = tracker.get_slot("triage_level")
    now = level == "emergency" or bool(tracker.get_slot("crisis_active"))
    ours = region_of(tracker)
    ours_confirmed = False
    for position, number in enumerate(numbers):
        if ours.is_advice_line(number) and not now:
            dispatcher.utter_message(response="utter_number_is_own_advice_line", named_number=number,
                                     region_name=ours.name, **contacts(tracker))
            ours_confirmed = True
            continue
        emergency_in = where_number_is_emergency(number)
        ours_confirmed = ours_confirmed or ours.code in {r.code for r in emergency_in}
        if emergency_in:
            response = ("utter_number_is_emergency" if now else "utter_number_before_outcome" if level is None
                        else "utter_number_for_signs")
            dispatcher.utter_message(response=response, named_number=number,
                                     named_regions=" and ".join(r.name_in_a_sentence for r in emergency_in))
        elif position == 0:
            response = "utter_number_if_local" if now else "utter_number_if_local_later"
            dispatcher.utter_message(response=response, named_number=number)
        for region in where_number_is_not_emergency(number):
            dispatcher.utter_message(response="utter_number_not_emergency", named_number=number,
                                     region_name=region.name, region_emergency=region.emergency_number)
    if not tracker.get_slot("region") and ours.code in REGIONS and not ours_confirmed:
        dispatcher.utter_message(response="utter_intro_region", region_name=ours.name)
