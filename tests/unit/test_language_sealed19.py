"""Wordings missed or wrongly escalated on blind sealed set 19 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
import pytest

from tests.unit.readings import reported_codes


def test_a_yes_after_a_list_of_noes_is_not_denied_with_them():
    text = "no to the peeing one, no to numbness down below, yes my right foot is weak and catches on steps"
    assert "leg_weakness" in reported_codes(text)


def test_weakness_the_same_since_a_day_this_week_is_still_weakness():
    text = "my left foot has been weak and slapping, about the same since Monday"
    assert "leg_weakness" in reported_codes(text)


def test_unchanged_for_years_still_counts_as_the_same():
    assert not reported_codes("bladder has been the same since my prostate op years ago")


@pytest.mark.parametrize("text", [
    "a guy in my football team took an overdose at Christmas, he's ok now. my back's stiff from training",
    "the skipper of our side has a fever and a bad back, she's seeing her GP. mine's just a bit tight",
    "our coach has lost a lot of weight without trying, we're all worried. my back's only sore",
])
def test_someone_in_the_person_s_team_is_someone_else(text):
    assert not reported_codes(text)


@pytest.mark.parametrize("text", ["I took an overdose last night, a lad in my team found me",
                                  "my husband said it was weird I couldn't feel his hand on my inner thighs"])
def test_the_person_s_own_sign_beside_someone_else_is_still_theirs(text):
    assert reported_codes(text)


def test_a_sports_dead_leg_is_a_bruised_thigh_not_loss_of_use():
    text = "copped a dead leg at rugby, knee straight into the thigh, walking ok. lower back sore too"
    assert not reported_codes(text) & {"progressive_weakness", "leg_weakness", "both_legs"}


def test_a_dead_leg_that_will_not_move_is_still_read():
    assert reported_codes("my right leg has gone dead, I can't move it at all since this morning")


@pytest.mark.parametrize("text", ["my specialist wants to start me on Enbrel after Xmas, does it matter?",
                                  "the rheumatologist is going to start me on methotrexate next month"])
def test_a_treatment_a_doctor_wants_to_start_is_not_taken_yet(text):
    assert "immunosuppression" not in reported_codes(text)


def test_a_treatment_started_is_taken():
    assert "immunosuppression" in reported_codes("they started me on methotrexate in March, still on it")
