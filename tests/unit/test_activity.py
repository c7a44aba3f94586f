"""Graded activity plan arithmetic and the reading of answers."""
import pytest

from clinical import activity
from clinical.activity import PlanInputError, after_flare, after_progress, build_plan
from clinical.findings import BY_CODE
from clinical.triage import BY_SLOT, QUESTIONS, QUICK_PATH, next_question
from clinical.urgency import assess


def test_plan_starts_a_little_below_today_and_grows_by_fixed_steps_to_150_a_week():
    plan = build_plan("walking", 10, 3)
    first, second = plan.weeks[0], plan.weeks[1]
    assert (first.minutes_per_session, first.days) == (8, 3)
    assert second.minutes_per_session - first.minutes_per_session == activity.STEP_MINUTES
    assert plan.reaches_aim and plan.weeks[-1].weekly_minutes >= 150
    assert all(b.weekly_minutes >= a.weekly_minutes for a, b in zip(plan.weeks, plan.weeks[1:], strict=False))
    assert all(w.minutes_per_session <= 30 or w.days >= 5 for w in plan.weeks)


def test_zero_tolerance_starts_with_a_couple_of_gentle_minutes():
    plan = build_plan("walking", 0, 5)
    assert plan.weeks[0].minutes_per_session == activity.MIN_SESSION_MINUTES


def test_someone_already_at_the_aim_gets_a_one_week_plan():
    plan = build_plan("cycling", 60, 5)
    assert len(plan.weeks) == 1 and plan.reaches_aim


def test_even_from_nothing_on_one_day_a_week_the_aim_is_reached_within_the_cap():
    plan = build_plan("walking", 0, 1)
    assert plan.reaches_aim and len(plan.weeks) <= activity.MAX_WEEKS


def test_a_plan_cut_at_the_cap_says_to_keep_going(monkeypatch):
    monkeypatch.setattr(activity, "MAX_WEEKS", 4)
    plan = build_plan("walking", 0, 1)
    assert len(plan.weeks) == 4
    assert not plan.reaches_aim
    assert "keep adding" in activity.plan_table(plan)


@pytest.mark.parametrize(("tolerance", "days"), [(-1, 3), (100_000, 3), (10, 0), (10, 8)])
def test_impossible_numbers_are_refused(tolerance, days):
    with pytest.raises(PlanInputError):
        build_plan("walking", tolerance, days)


def test_progress_and_flare_move_the_week():
    plan = build_plan("swimming", 10, 3)
    assert after_progress(2, plan) == 3
    assert after_progress(len(plan.weeks), plan) == len(plan.weeks)
    assert after_flare(3) == 2
    assert after_flare(1) == 1


@pytest.mark.parametrize(("text", "expected"), [("10 minutes", 10), ("half an hour", 30), ("an hour", 60),
                                                ("about 5", 5), ("I can't at the moment", 0),
                                                ("twenty minutes", 20), ("banana", None)])
def test_minutes(text, expected):
    assert activity.minutes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("3 days", 3), ("every day", 7), ("twice a week", 2),
                                                ("most days", 5), ("four", 4), ("whenever", None)])
def test_days_per_week(text, expected):
    assert activity.days_per_week(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I like walking the dog", "walking"), ("swimming", "swimming"), ("my exercise bike", "cycling"),
    ("pottering in the garden", "gardening"), ("nothing really", None)])
def test_activity_name(text, expected):
    assert activity.activity_name(text) == expected


def test_plan_table_marks_the_current_week():
    table = activity.plan_table(build_plan("walking", 10, 5), current_week=2)
    assert "Week 1: 8 min, 5 days (40 min a week)" in table
    assert "Week 2: 11 min, 5 days (55 min a week)  <- now" in table


def test_the_plan_payload_holds_the_same_weeks_as_the_table_for_a_chart():
    plan = build_plan("walking", 10, 5)
    drawn = activity.plan_payload(plan, current_week=2)["plan"]
    assert drawn["current_week"] == 2 and drawn["weekly_aim_minutes"] == 150
    charted = [(w["week"], w["minutes_per_session"], w["days"], w["weekly_minutes"]) for w in drawn["weeks"]]
    assert charted == [(w.number, w.minutes_per_session, w.days, w.weekly_minutes) for w in plan.weeks]
    assert drawn["weeks"][1] == {"week": 2, "minutes_per_session": 11, "days": 5, "weekly_minutes": 55}


# --------------------------------------------------------------------------- safety questions before a plan

RED_FLAG_QUESTIONS = [q for q in QUESTIONS if q.kind == "red_flag" and not q.covers]  # derived; no lists
DEFAULT_LISTS = [q for q in QUESTIONS if q.listed_by_default]


def test_the_safety_questions_are_triages_red_flag_questions_in_order_and_none_after_a_full_screen():
    answers, asked = {}, []
    while (slot := activity.safety_question(answers)) is not None:
        asked.append(slot)
        answers[slot] = "no"
        answers.update({covered: "no" for covered in BY_SLOT[slot].covers})  # "none of these"
    listed = {covered for q in DEFAULT_LISTS for covered in q.covers}
    assert asked == [q.slot for q in QUESTIONS if q.kind == "red_flag" and q.ask_if(answers)
                     and q.slot not in listed and (not q.covers or q.listed_by_default)]
    assert "checklist_saddle" in asked and "saddle_numbness" not in asked  # asked together by default
    assert not activity.safety_stops_plan(answers)


def test_on_the_quick_path_the_safety_screen_is_triages_four_lists_then_the_blood_vessel_question():
    answers, asked = {QUICK_PATH: True}, []
    while (slot := activity.safety_question(answers)) is not None:
        asked.append(slot)
        answers[slot] = "no"
        answers.update({covered: "no" for covered in BY_SLOT[slot].covers})  # "none of these"
    lists = ["checklist_nerves", "checklist_legs", "checklist_general", "checklist_history"]
    assert asked == [*lists, "vascular"]
    assert not activity.safety_stops_plan(answers)


def test_after_a_yes_the_screen_asks_triages_follow_up_or_ends_and_stops_the_plan():
    for index, q in enumerate(RED_FLAG_QUESTIONS):
        answers = {earlier.slot: "no" for earlier in RED_FLAG_QUESTIONS[:index]}
        answers[q.slot] = "yes"
        following = activity.safety_question(answers, q.slot)
        triage_next = next_question(answers, q.slot)
        if triage_next is None or BY_SLOT[triage_next].kind == "red_flag":
            assert following == triage_next, q.slot  # "is the weakness getting worse?" and the like
        if following is None and assess(answers).red_flags:
            assert activity.safety_stops_plan(answers), q.slot


def test_a_red_flag_still_not_sure_stops_the_plan_but_is_never_read_as_no():
    flag = next(q.slot for q in RED_FLAG_QUESTIONS if q.slot in BY_CODE and BY_CODE[q.slot].is_red_flag)
    answers = {q.slot: "no" for q in RED_FLAG_QUESTIONS}
    answers[flag] = "unsure"
    assert activity.safety_question(answers) is None
    assert activity.safety_stops_plan(answers)
