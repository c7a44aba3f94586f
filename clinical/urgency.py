"""Urgency rules: the clinical guide's table (shared/clinical-guide.md, "Urgency levels") as code.

`assess(answers)` takes the triage answers (slot name -> value; yes/no findings are "yes", "no",
"unsure" or absent) and returns the most severe level any rule reaches, with every reason.
Each rule names its level, a plain-words reason, and its source (short names as in findings.py).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from clinical.findings import BY_CODE, RED_FLAGS, Urgency
from clinical.parsing import ACUTE_MAX_DAYS

Answers = Mapping[str, Any]
E, U, S = Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON
INFLAMMATORY_AGE_LIMIT = 45
FIRST_EPISODE_AGE = 50
# Waking up with the pain is no cause: it tells when it began, not why (persona run 11: a first episode at 58
# that began overnight was given self-care). Nor is sitting or driving for long, a load on the back rather
# than a strain or an injury (persona run 29's replay: a plough driver of 57, never a back pain before, whose
# ache came on over 12-hour shifts, was given self-care and never asked whether it was his first).
NO_CLEAR_CAUSE = ("no_clear_cause", "sleeping", "sitting_or_driving")
CHRONIC_DAYS = 84


def yes(answers: Answers, slot: str) -> bool:
    return answers.get(slot) == "yes"


def _days(answers: Answers) -> float | None:
    value = answers.get("duration_days")
    return float(value) if isinstance(value, (int, float)) else None


def _age(answers: Answers) -> int | None:
    value = answers.get("age")
    return int(value) if isinstance(value, (int, float)) else None


@dataclass(frozen=True)
class Rule:
    code: str
    level: Urgency
    reason: str
    source: str
    applies: Callable[[Answers], bool]


# Red flags that can also be reached from separate answers, not only from one "yes".
REACHED_FROM_ANSWERS: dict[str, Callable[[Answers], bool]] = {
    # osteoporosis answered yes, and the pain started with a fall
    "osteoporotic_fall": lambda a: yes(a, "osteoporosis") and a.get("onset") == "fall",
}


def _red_flag_rule(code: str) -> Rule:
    finding = BY_CODE[code]
    assert finding.urgency is not None
    other_way = REACHED_FROM_ANSWERS.get(code, lambda a: False)
    return Rule(code, finding.urgency, finding.summary, finding.source,
                lambda a, c=code, o=other_way: yes(a, c) or o(a))


RULES: tuple[Rule, ...] = (
    # emergency and urgent: every red flag of clinical/findings.py, at its own level
    *(_red_flag_rule(f.code) for f in RED_FLAGS),
    # soon: book a GP or physiotherapist within one to two weeks
    Rule("persistent", S, "pain for more than 6 weeks that is not clearly getting better",
         "ACP: duration bands; NZ: review when not making progress",
         lambda a: (_days(a) or 0) >= ACUTE_MAX_DAYS and a.get("improving") not in (None, "yes")),
    # Each reason names only what the person told: "numbness in a leg" is not said to someone whose leg pain
    # is worse than the back pain, nor "pain worse at night" to someone who is stiff in the morning.
    Rule("sciatica_leg_pain", S, "leg pain worse than the back pain (a nerve may be irritated)",
         "NZ: severe leg pain; CLN: radicular (sciatica-type) pain",
         lambda a: yes(a, "leg_pain_worse")),
    Rule("sciatica_numbness", S, "numbness or tingling in a leg (a nerve may be irritated)",
         "NZ: numbness in your leg; clinical guide: numbness or tingling in one leg, with or without leg "
         "pain",
         lambda a: yes(a, "leg_numbness")),
    # (the guide's "especially under 45 and over 3 months" is left out: said to a 63-year-old with 12 days of
    # pain, it gave a reason that did not fit the person)
    Rule("inflammatory_stiffness", S, "morning stiffness lasting more than 30 minutes (sometimes a sign of "
         "inflammation)",
         "GP: inflammatory causes; OPT: inflammatory back pain after 3 months; CLN: inflammatory pattern",
         lambda a: yes(a, "morning_stiffness")),
    Rule("inflammatory_night", S, "pain that is worse at night (sometimes a sign of inflammation)",
         "GP: inflammatory causes; OPT: inflammatory back pain after 3 months; CLN: inflammatory pattern",
         lambda a: yes(a, "night_pain")),
    Rule("function", S, "pain that stops you working or sleeping",
         "GP: impact on daily activities and sleep", lambda a: yes(a, "sleep_work_impact")),
    Rule("first_episode_over_50", S, "a first episode of back pain after 50 with no clear cause",
         "CKS: new back pain over 50", lambda a: (_age(a) or 0) > FIRST_EPISODE_AGE
         and a.get("onset") in NO_CLEAR_CAUSE and a.get("first_episode") not in (None, "no")),
    Rule("distress", S, "the distress the pain is causing you",
         "NZ: distress and how you feel; ACP: psychosocial risk factors",
         lambda a: a.get("mood") == "high"),
)


@dataclass(frozen=True)
class Reason:
    code: str
    level: Urgency
    text: str
    source: str


@dataclass
class Assessment:
    level: Urgency
    reasons: list[Reason] = field(default_factory=list)
    unresolved: list[Reason] = field(default_factory=list)  # red-flag questions answered "not sure"

    @property
    def red_flags(self) -> list[str]:
        return [r.code for r in self.reasons if r.level >= Urgency.URGENT]


def assess(answers: Answers) -> Assessment:
    """The most severe level reached. A red-flag question still "not sure" after it was explained is never
    read as no: it leads one level below the flag's own (an emergency sign -> see a doctor today)."""
    reasons = [Reason(r.code, r.level, r.reason, r.source) for r in RULES if r.applies(answers)]
    unresolved = []
    for flag in RED_FLAGS:
        if answers.get(flag.code) == "unsure":
            assert flag.urgency is not None
            unresolved.append(Reason(flag.code, Urgency(max(flag.urgency - 1, Urgency.SOON)),
                                     f"a sign you weren't sure about ({flag.summary})", flag.source))
    level = max([r.level for r in reasons + unresolved], default=Urgency.SELF_CARE)
    return Assessment(Urgency(level), sorted(reasons, key=lambda r: -r.level), unresolved)

