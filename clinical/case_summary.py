"""The case summary helpline staff read: one function, from the triage answers and the person's own words.

Every red flag is listed as yes / no / not sure / not asked, with what the person said where they said it,
so that staff can see at a glance what was covered and what still needs asking on the phone.
"""
from __future__ import annotations

from typing import Any

from clinical import parsing
from clinical.findings import BY_CODE, RED_FLAGS, Urgency
from clinical.outcome import BAND_MEANING, describe_days, onset_words
from clinical.triage import next_question
from clinical.urgency import assess

NOT_ASSESSED = "unknown"  # the staff console's word for it: "not assessed yet"

_ANSWER_WORDS = {"yes": "yes", "no": "no", "unsure": "not sure", "unknown": "not known", "partly": "a little"}
_LEG_SLOTS = {"leg_pain": "pain down a leg", "leg_pain_worse": "leg pain worse than the back",
              "leg_numbness": "numbness or tingling in a leg", "leg_weakness": "weakness in a leg",
              "both_legs": "in both legs"}


def _answer(value: Any) -> str:
    if value is None:
        return "not asked"
    return _ANSWER_WORDS.get(str(value), str(value).replace("_", " "))


def case_summary(answers: dict[str, Any], red_flag_words: dict[str, str] | None = None, *,
                 region: str | None = None, channel: str | None = None,
                 activity: dict[str, Any] | None = None) -> dict[str, Any]:
    """A structured summary of one conversation's triage: urgency and its reasons, each red flag with the
    person's words, and the context staff need (duration band, location, legs, severity, medicines, mood,
    activity level, region and channel). Plain data, ready for JSON, a page or a CSV row."""
    words = red_flag_words or {}
    assessment = assess(answers)
    days = answers.get("duration_days")
    band = parsing.duration_band(days)
    legs = {label: _answer(answers.get(slot)) for slot, label in _LEG_SLOTS.items()
            if answers.get(slot) is not None}
    activity = activity or {}
    # Below urgent, a level means something only once the questions are done: until then, not assessed
    # (an empty conversation is not "self care").
    finished = assessment.level >= Urgency.URGENT or next_question(answers) is None
    return {
        "urgency": assessment.level.label if finished else NOT_ASSESSED,
        "assessed": finished,
        "reasons": [{"code": r.code, "level": r.level.label, "text": r.text, "source": r.source}
                    for r in assessment.reasons],
        "not_sure": [{"code": r.code, "text": r.text} for r in assessment.unresolved],
        "red_flags": [{"code": f.code, "summary": f.summary, "answer": _answer(answers.get(f.code)),
                       "words": words.get(f.code)} for f in RED_FLAGS],
        "duration": describe_days(float(days)) if isinstance(days, (int, float)) else _answer(days),
        "duration_band": f"{band} ({BAND_MEANING[band]})" if band else "not known",
        "location": _answer(answers.get("location")),
        "legs": legs or {"leg symptoms": "not asked"},
        "severity": _answer(answers.get("severity")) if answers.get("severity") is not None else "not said",
        "medicines_tried": _medicines(answers.get("medication_tried")),
        "mood": _answer(answers.get("mood")),
        "activity_level": _activity_words(activity),
        "age": _answer(answers.get("age")),
        "region": region or "not said",
        "channel": channel or "unknown",
    }


def _medicines(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none said"
    return "none said" if value in (None, "no") else str(value)


def _activity_words(activity: dict[str, Any]) -> str:
    name, minutes = activity.get("activity"), activity.get("tolerance_minutes")
    if not name:
        return "not discussed"
    return f"{name} for about {minutes:g} minutes" if isinstance(minutes, (int, float)) else str(name)


_LEVEL_FOR_A_DOCTOR = {"self_care": "self-care for now",
                       "soon": "see a GP or physiotherapist within 1 to 2 weeks",
                       "urgent": "see a doctor today", "emergency": "emergency care now"}


def summary_for_a_doctor(answers: dict[str, Any], red_flag_words: dict[str, str] | None = None) -> str:
    """What the person told, in short lines they can show their own doctor ("could you write me a short
    summary I can hand to Dr. Okafor?", persona run 26): the level and its reasons, the pain, the warning
    signs asked about and how each was answered. Plain text, built from the same data as the staff's."""
    case = case_summary(answers, red_flag_words)
    lines = [f"Result: {_LEVEL_FOR_A_DOCTOR.get(case['urgency'], 'questions not finished')}"]
    if case["reasons"]:
        lines.append("Because of: " + "; ".join(r["text"] for r in case["reasons"]))
    if case["not_sure"]:
        lines.append("Not sure about: " + "; ".join(BY_CODE[r["code"]].summary if r["code"] in BY_CODE
                                                      else r["text"] for r in case["not_sure"]))
    pain = [f"for {case['duration']}" if case["duration"] != "not asked" else "",
            f"in the {case['location'].replace('_', ' ')}" if case["location"] != "not asked" else "",
            f"{case['severity']} out of 10" if case["severity"] != "not said" else ""]
    if any(pain):
        lines.append("Back pain " + ", ".join(part for part in pain if part))
    onset = answers.get("onset")
    if onset and onset != "unknown":
        lines.append("How it started: " + onset_words(onset))
    if case["age"] != "not asked":
        lines.append(f"Age: {case['age']}")
    legs = [f"{label}: {answer}" for label, answer in case["legs"].items() if label != "leg symptoms"]
    if legs:
        lines.append("Legs: " + "; ".join(legs))
    denied = [flag["summary"] for flag in case["red_flags"] if flag["answer"] == "no"]
    if denied:
        lines.append("Said no to: " + "; ".join(denied))
    if case["medicines_tried"] != "none said":
        lines.append(f"Medicines tried: {case['medicines_tried']}")
    return "\n".join(f"- {line}" for line in lines)
