"""The urgency rules against the clinical guide's table (shared/clinical-guide.md, "Urgency levels")."""
import pytest

from clinical.findings import FINDINGS, RED_FLAGS, Urgency
from clinical.urgency import RULES, assess

E, U, S, C = Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON, Urgency.SELF_CARE

# One row per example of the guide's table: the answers that describe it, and the level it must give.
GUIDE_TABLE = [
    ({"bladder_bowel": "yes"}, E),
    ({"saddle_numbness": "yes"}, E),
    ({"leg_weakness": "yes", "progressive_weakness": "yes"}, E),
    ({"progressive_weakness": "yes"}, E),
    ({"major_trauma": "yes"}, E),
    ({"vascular": "yes"}, E),
    ({"fever": "yes"}, U),
    ({"weight_loss": "yes"}, U),
    ({"cancer_history": "yes"}, U),
    ({"immunosuppression": "yes"}, U),
    ({"leg_weakness": "yes", "progressive_weakness": "no"}, U),
    ({"bony_tenderness": "yes"}, U),
    ({"osteoporosis": "yes", "onset": "fall"}, U),
    ({"duration_days": 60, "improving": "no"}, S),
    ({"leg_pain": "yes", "leg_pain_worse": "yes"}, S),
    ({"leg_pain": "yes", "leg_numbness": "yes"}, S),
    ({"morning_stiffness": "yes"}, S),
    ({"night_pain": "yes"}, S),
    ({"sleep_work_impact": "yes"}, S),
    ({"age": 55, "onset": "no_clear_cause", "first_episode": "yes"}, S),
    ({"mood": "high"}, S),
    ({}, C),
    ({"duration_days": 3, "leg_pain": "yes", "leg_numbness": "no", "age": 36, "onset": "lifting"}, C),
    ({"duration_days": 60, "improving": "yes"}, C),
    ({"osteoporosis": "yes", "onset": "lifting"}, C),
    ({"age": 55, "onset": "lifting"}, C),
    ({"sleep_work_impact": "partly"}, C),
]


@pytest.mark.parametrize(("answers", "level"), GUIDE_TABLE)
def test_guide_table(answers, level):
    assert assess(answers).level == level


def test_most_severe_level_wins_and_every_reason_is_listed():
    result = assess({"fever": "yes", "bladder_bowel": "yes", "night_pain": "yes"})
    assert result.level == E
    assert [r.code for r in result.reasons] == ["bladder_bowel", "fever", "inflammatory_night"]
    assert result.red_flags == ["bladder_bowel", "fever"]


@pytest.mark.parametrize(("flag", "level"), [("bladder_bowel", U), ("fever", S), ("cancer_history", S)])
def test_not_sure_on_a_red_flag_is_never_read_as_no(flag, level):
    result = assess({flag: "unsure"})
    assert result.level == level
    assert [r.code for r in result.unresolved] == [flag]


def test_a_red_flag_decides_triage_but_a_soon_reason_does_not():
    assert assess({"cancer_history": "yes"}).red_flags == ["cancer_history"]
    assert assess({"night_pain": "yes"}).red_flags == []
    assert assess({"bladder_bowel": "unsure"}).red_flags == []


def test_every_rule_and_finding_names_its_source():
    assert all(rule.source for rule in RULES)
    assert all(f.source for f in FINDINGS)


def test_every_red_flag_has_a_rule_at_its_own_level():
    by_code = {r.code: r for r in RULES}
    for flag in RED_FLAGS:
        assert by_code[flag.code].level == flag.urgency


def test_a_reason_is_only_given_when_its_question_was_answered():
    # "first episode" was never asked (another reason had already decided `soon`): it must not be claimed
    reasons = [r.code for r in assess({"duration_days": 240, "improving": "no", "age": 52,
                                       "onset": "no_clear_cause"}).reasons]
    assert reasons == ["persistent"]


# The guide's rows added after the clinical safety review (issue 8): both legs, sexual function, vascular
# signs asked for, and numbness in a leg with or without leg pain.
NEW_GUIDE_ROWS = [
    ({"both_legs": "yes"}, E),
    ({"sexual_dysfunction": "yes"}, E),
    ({"spreading_numbness": "yes"}, E),
    ({"vascular": "yes"}, E),
    ({"leg_numbness": "yes"}, S),  # one leg, no leg pain: possible nerve root involvement
    ({"leg_numbness": "yes", "leg_pain": "no"}, S),
    ({"leg_weakness": "yes", "progressive_weakness": "no", "both_legs": "no"}, U),
    ({"both_legs": "unsure"}, U),  # not sure about an emergency sign: see a doctor today, never "no"
]


@pytest.mark.parametrize(("answers", "level"), NEW_GUIDE_ROWS)
def test_new_guide_rows(answers, level):
    assert assess(answers).level == level


@pytest.mark.parametrize(("text", "level"), [
    ("sudden severe back pain with pain in my belly", E),
    ("I feel dizzy and my back pain came on suddenly with stomach pain", E),
    ("I think I'm going to pass out", E),
    ("I can't feel my legs", E),
    ("the numbness in my legs is spreading", E),
    ("both my legs are weak", E),
    ("I can't get an erection since the back pain started", E),
    ("no feeling during sex", E),
    ("I have a known aortic aneurysm and my back suddenly hurts", E),
    ("my left leg has pins and needles", S),
    ("my leg is numb", S),
])
def test_free_text_reaches_the_guide_level(text, level):
    from clinical.triage import interpret

    assert assess(interpret(text, "inform", None, {}, []).values).level == level
