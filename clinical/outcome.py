"""What the assistant says at the end of triage (or on a red flag), as data: which domain responses, in
which order, with which reasons, and the machine-readable payload for widgets, staff and evaluation."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from clinical import parsing
from clinical.findings import BY_CODE, Urgency
from clinical.urgency import assess

BAND_MEANING = {
    "acute": "under 6 weeks",
    "subacute": "6 to 12 weeks",
    "chronic": "over 12 weeks",
}
# The clinical guide asks to say which band applies and why: sources use different cut-offs.
BAND_WHY = ("guidelines differ slightly; we count up to 6 weeks as acute because that is when advice on "
            "scans changes, and over 12 weeks as chronic, when inflammatory causes are considered")


def join_words(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


MONTHS_FROM_DAYS = 91  # under 13 weeks, a length told in whole weeks is said in weeks ("10 weeks", not
# "2 months")


def describe_days(days: float) -> str:
    if days < 1:
        return "less than a day"
    if days < MONTHS_FROM_DAYS and days >= 14 and float(days) % 7 == 0:
        return f"{round(days / 7)} weeks"
    for unit, size in (("year", 365), ("month", 30.4), ("week", 7)):
        if days >= size * (2 if unit != "year" else 1):
            n = round(days / size)
            return f"{n} {unit}{'s' if n != 1 else ''}"
    n = round(days)
    return f"{n} day{'s' if n != 1 else ''}"


@dataclass
class Outcome:
    level: str
    responses: list[str]
    reasons_text: str
    unsure_text: str
    payload: dict[str, Any]
    answers: dict[str, Any]
    red_flag_records: list[dict[str, str]] = field(default_factory=list)
    band_variables: dict[str, str] = field(default_factory=dict)

    @property
    def record_kind(self) -> str:
        return "escalation" if self.level in ("emergency", "urgent") else "completed"


# The blood-vessel sign is several signs; the outcome names the ones the person's words told (persona run 36:
# "You told me about a pulsing feeling in the belly, or back pain with chest pain ..." after a sudden
# tearing pain, which reads as if she had said all of them)
_VASCULAR_PARTS = (
    (re.compile(r"\b(puls\w*|throb\w*|beat\w*|lump|mass|heartbeat)\b"), "a pulsing feeling in the belly"),
    (re.compile(r"\b(sudden\w*|all of a sudden|out of nowhere|tear\w*|rip\w*|worst)\b"),
     "sudden, very severe back pain"),
    (re.compile(r"\b(belly|stomach|tummy|abdom\w*|gut|guts)\b"), "belly pain with the back pain"),
    (re.compile(r"\bchest\b"), "chest pain with the back pain"),
    (re.compile(r"\b(faint\w*|collaps\w*|pass(ed|ing)? out|black(ed)? out|blackout|keeled|came to|"
                r"woozy|dizzy|light-?headed)\b"), "fainting or feeling faint with the back pain"),
)


def _as_told(code: str, text: str, red_flag_words: dict[str, str]) -> str:
    """A reason in the words of what was told, where its sign has several parts."""
    words = (red_flag_words or {}).get(code, "").lower()
    if code != "vascular" or not words:
        return text
    told = [part for pattern, part in _VASCULAR_PARTS if pattern.search(words)]
    return join_words(told) if told else text


def build_outcome(answers: dict[str, Any], red_flag_words: dict[str, str]) -> Outcome:
    assessment = assess(answers)
    level = assessment.level
    days = answers.get("duration_days")
    band = parsing.duration_band(days)
    at_level = [r for r in assessment.reasons + assessment.unresolved if r.level == level]
    reasons_text = join_words([_as_told(r.code, r.text, red_flag_words) for r in at_level])
    unsure_text = join_words([BY_CODE[r.code].summary for r in assessment.unresolved])

    if level == Urgency.EMERGENCY:
        emergency_codes = {r.code for r in assessment.reasons if r.level == Urgency.EMERGENCY}
        responses = ["utter_escalate_crisis"] if "self_harm" in emergency_codes else []
        if emergency_codes - {"self_harm"}:
            responses.append("utter_escalate_emergency")
    elif level == Urgency.URGENT:
        responses = ["utter_escalate_urgent", "utter_emergency_signs"]
    else:
        responses = ["utter_outcome_soon" if level == Urgency.SOON else "utter_outcome_self_care"]
        if band:
            responses.append("utter_duration_band")
        if assessment.unresolved and level == Urgency.SOON:
            responses.append("utter_unsure_followup")
        responses += ["utter_emergency_signs", "utter_safety_net", "utter_offer_next"]

    payload = {"triage": {"urgency": level.label, "red_flags": assessment.red_flags, "duration_band": band,
                          "answers": answers,
                          "reasons": [{"code": r.code, "level": r.level.label, "source": r.source}
                                      for r in assessment.reasons + assessment.unresolved]}}
    # ("about 3 weeks", but never "about less than a day")
    said_days = describe_days(float(days)) if band else ""
    band_variables = ({"duration": said_days if float(days) < 1 else f"about {said_days}", "band": band,
                       "band_meaning": f"{BAND_MEANING[band]}; {BAND_WHY}"} if band else {})
    red_flag_records = [{"code": code, "words": red_flag_words.get(code, "(answered yes to the question)")}
                        for code in assessment.red_flags]
    return Outcome(level.label, responses, reasons_text, unsure_text, payload, dict(answers),
                   red_flag_records, band_variables)



# Plain names of the answers that are not red flags (a red flag is named by its finding's summary).
ANSWER_LABELS = {
    "duration_days": "how long you've had the pain", "age": "your age", "severity": "how bad the pain is",
    "location": "where the pain is", "onset": "how it started", "improving": "whether it is improving",
    "leg_pain": "pain down your leg", "leg_pain_worse": "leg pain worse than the back pain",
    "night_pain": "pain at night", "morning_stiffness": "morning stiffness over 30 minutes",
    "sleep_work_impact": "the pain stopping you sleeping or working", "first_episode": "first episode",
    "medication_tried": "medicines tried", "mood": "how you're feeling",
}
_VALUE_WORDS = {"yes": "yes", "no": "no", "unsure": "not sure", "partly": "a little", "unknown": "not known"}


# How each cause of the pain is said back ("how it started: now a fall (it was something else you did)");
# "other_cause" is anything told that is none of the named kinds (persona run 35: "it was other cause")
_ONSET_WORDS = {"no_clear_cause": "no clear cause", "sitting_or_driving": "sitting or driving",
                "sport_or_exercise": "sport or exercise", "housework_or_gardening": "housework or gardening",
                "other_cause": "something else you were doing", "fall": "a fall", "injury": "an injury"}


def onset_words(onset: Any) -> str:
    return _ONSET_WORDS.get(str(onset), str(onset).replace("_", " "))


def _value_words(slot: str, value: Any) -> str:
    if slot == "duration_days" and isinstance(value, (int, float)):
        return describe_days(float(value))
    if slot == "onset" and value is not None:
        return onset_words(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return _VALUE_WORDS.get(str(value), str(value).replace("_", " "))


def describe_changes(corrected: dict[str, tuple[Any, Any]]) -> str:
    """"pain at night: now no (it was yes)" for each changed answer, in plain words."""
    parts = []
    for slot, (old, new) in corrected.items():
        label = BY_CODE[slot].summary if slot in BY_CODE and BY_CODE[slot].is_red_flag else \
            ANSWER_LABELS.get(slot, slot.replace("_", " "))
        parts.append(f"{label}: now {_value_words(slot, new)} (it was {_value_words(slot, old)})")
    return "; ".join(parts)
