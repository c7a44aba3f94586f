"""Graded activity plans: time-based quotas that start a little below today's tolerance and grow by small
fixed steps toward at least 150 minutes of moderate activity a week.

Sources (see data/knowledge/activity.yml for the wording shown): build activity up gradually around
activities the person likes, with a plan they are confident with; some pain while active is safe, ease
back if pain is getting worse or the person is distressed; aim over time for 150 minutes a week
(Treatment guide NZ). Keep moving, avoid long bed rest, activity as tolerated (GP guide UK).

Before a first plan the red-flag questions of triage must have been answered in the conversation:
`safety_question` picks the next one still open (from clinical/triage.py QUESTIONS, so the screen always
asks what triage asks), and `safety_stops_plan` says when the answers mean the triage outcome, not a plan.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from clinical.language import normalise
from clinical.parsing import spelled_number
from clinical.triage import BY_SLOT, QUESTIONS, Answers, checklist_applies, next_question
from clinical.urgency import assess

WEEKLY_AIM_MINUTES = 150
AIM_DAYS = 5  # 5 x 30 minutes is the usual way to reach 150 minutes a week
STEP_MINUTES = 3  # added to each session every week: small, fixed, and by the clock
START_FRACTION = 0.8  # start a little below what the person can do today
MIN_SESSION_MINUTES = 2  # even when nothing is tolerated today, a couple of gentle minutes
MAX_TOLERANCE_MINUTES = 600  # anything above 10 hours a session is not a realistic answer
MAX_WEEKS = 16  # a plan longer than this is shown up to here, with a note to keep going

ACTIVITIES = {
    "walking": r"\b(walk\w*|stroll\w*|hik\w*)\b",
    "swimming": r"\b(swim\w*|pool|aqua\w*|hydrotherapy)\b",
    "cycling": r"\b(cycl\w*|bike|biking|exercise bike|spin\w*)\b",
    "yoga": r"\b(yoga|pilates|tai chi|stretch\w*)\b",
    "gardening": r"\b(garden\w*|weeding|mowing)\b",
    "dancing": r"\b(danc\w*|zumba)\b",
    "gym": r"\b(gym|weights|workout|cross trainer|elliptical|treadmill)\b",
    "running": r"\b(run|running|jog\w*)\b",
}


@dataclass(frozen=True)
class Week:
    number: int
    minutes_per_session: int
    days: int

    @property
    def weekly_minutes(self) -> int:
        return self.minutes_per_session * self.days


@dataclass(frozen=True)
class Plan:
    activity: str
    weeks: tuple[Week, ...]
    reaches_aim: bool  # the last week reaches 150 minutes

    def week(self, number: int) -> Week:
        return self.weeks[max(1, min(number, len(self.weeks))) - 1]


def activity_name(text: str) -> str | None:
    """The activity someone likes or can do, from free text ("I like walking the dog" -> walking)."""
    t = normalise(text)
    for name, pattern in ACTIVITIES.items():
        if re.search(pattern, t):
            return name
    return None


def minutes(text: str) -> int | None:
    """Minutes from "10 minutes", "half an hour", "an hour", "about 5", "none" (0); None if unreadable."""
    t = normalise(text)
    nothing = re.search(r"\b(none|nothing|not at all|can't|cannot|can not|zero|0)\b", t)
    if nothing and not re.search(r"[1-9]", t):
        return 0
    if re.search(r"\bhalf an? hour\b", t):
        return 30
    if re.search(r"\bquarter of an hour\b", t):
        return 15
    hours = re.search(r"\b(\d+(?:\.\d+)?|an|a|one|two)\s*(?:hours?|hrs?)\b", t)
    if hours:
        value = {"an": 1, "a": 1, "one": 1, "two": 2}.get(hours.group(1))
        return round((value if value is not None else float(hours.group(1))) * 60)
    number = re.search(r"\b(\d+(?:\.\d+)?)\b", t)
    if number:
        return round(float(number.group(1)))
    spelled = spelled_number(t)
    if spelled is not None:
        return round(spelled)
    return 60 if re.search(r"^\W*(about |around )?(hour|an hour|1 hour)\b", t) else None  # "hour ok."


def days_per_week(text: str) -> int | None:
    """Days a week from "3 days", "every day", "twice a week", "most days"; None if unreadable."""
    t = normalise(text)
    if re.search(r"\b(every ?day|daily|each day|7 days)\b", t):
        return 7
    if re.search(r"\bmost days\b", t):
        return 5
    if re.search(r"\btwice\b", t):
        return 2
    if re.search(r"\bonce\b", t):
        return 1
    number = re.search(r"\b(\d+)\b", t)
    if number:
        return int(number.group(1))
    spelled = spelled_number(t)
    return int(spelled) if spelled is not None and spelled == int(spelled) else None


@dataclass(frozen=True)
class PlanChange:
    minutes: int | None  # what the person can do or wants per session now
    days: int | None


# A change asked for ("can we make it 5 minutes instead?", "I'd rather do 3 days a week") or a limit told
# ("I can only manage about 5 minutes"); not a report of what was done ("I walked 20 minutes instead of 10").
_ASKS_FOR_CHANGE = re.compile(r"\b(can|could|may) (i|we|you)\b|\bmake (it|them|that|the|my)\b|\bchange\b|"
                              r"\b(i'?d|i would) (rather|prefer|like)\b|\blet'?s\b|\bplease\b|\?")
_CHANGE_WORDS = re.compile(r"\b(instead|make|change|shorter|longer|fewer|less|cut|reduce|drop)\b")
_LIMIT_TOLD = re.compile(r"\b((can )?only (manage|do|walk|swim|cycle|go for)|can'?t (do|manage) more than|"
                         r"too (much|long|hard|many))\b")
_MINUTES_ASKED = re.compile(r"(?<!instead of )(?<!from )(?<!than )\b(\d{1,3}) ?-?(min|mins|minute|minutes)\b")
_DAYS_ASKED = re.compile(r"(?<!instead of )(?<!from )\b([1-7]) (days?|times) (a|per|each) week\b")
_BARE_NUMBER_INSTEAD = re.compile(r"\b(\d{1,3}) instead\b")


def asked_plan_change(text: str) -> PlanChange | None:
    """The minutes or days a message asks the plan to change to, if it asks for a change."""
    t = normalise(text or "")
    if not ((_ASKS_FOR_CHANGE.search(t) and _CHANGE_WORDS.search(t)) or _LIMIT_TOLD.search(t)):
        return None
    minutes, days = _MINUTES_ASKED.search(t), _DAYS_ASKED.search(t)
    if minutes is None and days is None:
        minutes = _BARE_NUMBER_INSTEAD.search(t)  # "make it 5 instead": the minutes of the plan
    if minutes is None and days is None:
        return None
    return PlanChange(int(minutes.group(1)) if minutes else None, int(days.group(1)) if days else None)


class PlanInputError(ValueError):
    """An answer the plan cannot use; the message says what to give instead."""


def build_plan(activity: str, tolerance_minutes: int, days: int) -> Plan:
    """Week-by-week quotas. Minutes per session grow by STEP_MINUTES a week up to 30; after that, or once
    minutes are there, days grow by one a week up to AIM_DAYS, until the week reaches 150 minutes."""
    if not 0 <= tolerance_minutes <= MAX_TOLERANCE_MINUTES:
        raise PlanInputError(f"minutes must be between 0 and {MAX_TOLERANCE_MINUTES}")
    if not 1 <= days <= 7:
        raise PlanInputError("days a week must be between 1 and 7")
    session_aim = math.ceil(WEEKLY_AIM_MINUTES / AIM_DAYS)
    minutes_now = max(MIN_SESSION_MINUTES, math.floor(tolerance_minutes * START_FRACTION))
    days_now = days
    weeks = [Week(1, minutes_now, days_now)]
    while weeks[-1].weekly_minutes < WEEKLY_AIM_MINUTES and len(weeks) < MAX_WEEKS:
        if minutes_now < session_aim:
            minutes_now = min(minutes_now + STEP_MINUTES, session_aim)
        elif days_now < AIM_DAYS:
            days_now += 1
        else:
            minutes_now += STEP_MINUTES
        weeks.append(Week(len(weeks) + 1, minutes_now, days_now))
    return Plan(activity, tuple(weeks), weeks[-1].weekly_minutes >= WEEKLY_AIM_MINUTES)


def after_progress(current_week: int, plan: Plan) -> int:
    """Managed this week: move on one week (staying on the last week once the aim is reached)."""
    return min(current_week + 1, len(plan.weeks))


def after_flare(current_week: int) -> int:
    """A flare-up: go back to the previous week's level (never below week 1) and build up again."""
    return max(1, current_week - 1)


def plan_table(plan: Plan, current_week: int | None = None) -> str:
    lines = []
    for week in plan.weeks:
        marker = "  <- now" if week.number == current_week else ""
        lines.append(f"Week {week.number}: {week.minutes_per_session} min, {week.days} days "
                     f"({week.weekly_minutes} min a week){marker}")
    if not plan.reaches_aim:
        lines.append(f"...then keep adding {STEP_MINUTES} minutes a week until you reach "
                     f"{WEEKLY_AIM_MINUTES} minutes a week.")
    return "\n".join(lines)


def plan_payload(plan: Plan, current_week: int | None = None) -> dict[str, Any]:
    """The plan for a page that can draw it (a week-by-week bar chart); plan_table is its text."""
    return {"plan": {"activity": plan.activity, "current_week": current_week,
                     "weekly_aim_minutes": WEEKLY_AIM_MINUTES, "reaches_aim": plan.reaches_aim,
                     "weeks": [{"week": w.number, "minutes_per_session": w.minutes_per_session,
                                "days": w.days, "weekly_minutes": w.weekly_minutes} for w in plan.weeks]}}


def safety_question(answers: Answers, just_answered: str | None = None) -> str | None:
    """The next red-flag question to ask before a plan, or None once every one that applies has an answer,
    or a red flag has ended the questions. Triage's own order and follow-ups apply ("is the weakness
    getting worse?" after a yes), so after a complete triage nothing is asked again."""
    following = next_question(answers, just_answered)
    if following is None or BY_SLOT[following].kind == "red_flag":
        return following
    return next((q.slot for q in QUESTIONS if q.kind == "red_flag" and answers.get(q.slot) is None
                 and q.ask_if(answers) and (not q.covers or checklist_applies(q, answers))), None)


def safety_stops_plan(answers: Answers) -> bool:
    """A red flag, or a red-flag question still answered "not sure": no plan; the triage outcome instead."""
    assessment = assess(answers)
    return bool(assessment.red_flags or assessment.unresolved)
