"""What persona run 15 found, in general terms: a family better off with the insurance, the two sides of the
back, and an answer said again."""
import pytest

from actions.triage import ActionStartTriage, ValidateTriageForm
from clinical import moves, parsing
from clinical.language import find_mentions, opens_with_a_relatives_back
from clinical.outcome import build_outcome
from clinical.triage import QUICK_PATH, interpret, next_question, someone_elses_red_flag
from tests.conftest import make_tracker, slots_of, user_event


def _own(text):
    return {m.code for m in find_mentions(text) if m.about_user and m.status == "present"}


@pytest.mark.parametrize("text", [
    "nah. honestly some days i reckon the wife and kids would be better off with the insurance money",
    "the kids would be better off with my life insurance",
])
def test_a_family_better_off_with_the_insurance_is_the_writers_own_thought_of_dying(text):
    assert "self_harm" in _own(text)


def test_someone_elses_insurance_stays_theirs():
    assert "self_harm" not in _own("my brother says his kids would be better off with his insurance")


@pytest.mark.parametrize("text", ["low down both sides. 2 years like i said. 52",
                                  "it aches across both sides of my lower back"])
def test_both_sides_of_the_back_are_not_both_legs(text):
    assert "both_legs" not in _own(text)


def test_both_legs_are_still_both_legs():
    assert "both_legs" in _own("numb down both legs")


@pytest.mark.parametrize("text, requested, values", [
    ("As I said, none of these.", "checklist_saddle", {"saddle_numbness": "no", "sexual_dysfunction": "no"}),
    ("As I said, no.", "fever", {"fever": "no"}),
    ("like i said, nope", "weight_loss", {"weight_loss": "no"}),
])
def test_an_answer_said_again_is_the_answer_not_a_correction(text, requested, values):
    update = interpret(text, "correct_answer", requested, {"bladder_bowel": "no"}, [])
    assert values.items() <= update.values.items()


def test_a_correction_of_another_answer_is_still_one():
    update = interpret("I said I'm 45, not 54", "correct_answer", "fever", {"age": 54}, [])
    assert update.values == {"age": 45} and "fever" not in update.values


@pytest.mark.parametrize("text, value", [
    ("Not really. It aches a little when I first lie down at night but then I drift right off. It doesn't "
     "wake me.", "no"),
    ("not really, it wakes me most nights", "yes"),
])
def test_pain_when_lying_down_that_does_not_wake_is_not_night_pain(text, value):
    assert interpret(text, "inform", "night_pain", {}, []).values["night_pain"] == value


def test_asking_whether_back_pain_can_be_a_tumour_is_a_fear():
    assert moves.fears_something_serious("can back pain be a tumour? And should I be lying down or not?")


@pytest.mark.parametrize("text, asks", [
    ("nah. can we do the quicker lists", True), ("no. can you show them as a list?", True),
    ("no. is it ok to ride the quad?", False), ("no, can I have a shorter list of exercises?", False),
])
def test_the_lists_asked_for_after_an_answer(text, asks):
    question = moves.side_question_after_answer(text)
    assert bool(question and moves.asks_for_the_lists(question)) == asks


@pytest.fixture(autouse=True)
def temporary_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'records.db'}")


async def test_an_answer_then_a_request_for_the_lists_takes_both(dispatcher, domain):
    # (a farmer's "nah. can we do the quicker lists" was kept as a side question, answered "no information")
    tracker = make_tracker([user_event("nah. can we do the quicker lists", "deny")],
                           slots={"bladder_bowel": "no", "checklist_saddle": "no", "saddle_numbness": "no",
                                  "sexual_dysfunction": "no", "requested_slot": "leg_weakness"},
                           active_loop="triage_form")
    slots = slots_of(await ValidateTriageForm().run(dispatcher, tracker, domain))
    assert slots["leg_weakness"] == "no" and slots[QUICK_PATH] is True
    assert slots["requested_slot"] == "leg_numbness"  # the legs' list has one sign left: asked alone
    assert "utter_question_held" not in [m.get("response") for m in dispatcher.messages]


def test_legs_fine_answers_whether_the_pain_spreads_down_a_leg():
    assert interpret("nah legs fine", "deny", "leg_weakness", {}, []).values["leg_pain"] == "no"


def test_days_compared_are_no_duration_and_a_slipped_disc_no_fall():
    opening = ("I went to my first bootcamp class Saturday and did a million kettlebell swings, now my lower "
               "back is tight. It's a little better today than yesterday but did I slip a disc?")
    values = interpret(opening, "describe_pain", None, {}, []).values
    assert "duration_days" not in values and values.get("onset") != "fall"


def test_less_than_a_day_is_not_said_as_about_less_than_a_day():
    outcome = build_outcome({"duration_days": 0.5}, {})
    assert outcome.band_variables["duration"] == "less than a day"
    assert build_outcome({"duration_days": 21}, {}).band_variables["duration"] == "about 3 weeks"


# --------------------------------------------------------------------------- found in review of the change


@pytest.mark.parametrize("text, requested, told, not_told", [
    # an answer said again is only a bare answer: "I said no fever" answers the fever question, not this one
    ("I said no fever?? its just the menopause sweats", "weight_loss", {}, "weight_loss"),
    # no activity, no cause: the first-episode question stays for an older person
    ("It came on when I was asleep", "onset", {}, "onset"),
    ("from nothing really", "onset", {}, "onset"),
    # a fall told after a denied lift is still a fall
    ("wasnt lifting, had a fall off the ladder", "onset", {"onset": "fall"}, None),
    ("I didnt lift anything, had a fall on the stairs", "onset", {"onset": "fall"}, None),
    # legs fine, but pain down one: the leg-pain question stays
    ("No, my legs are fine apart from the pain going down the right one", "leg_weakness", {}, "leg_pain"),
    # worse at night is night pain, whatever wakes
    ("No, it doesn't wake me, but it's much worse at night", "night_pain", {"night_pain": "yes"}, None),
    # not doing the usual is no "doing my usual"
    ("Not doing my usual stuff at all", "sleep_work_impact", {}, "sleep_work_impact"),
    ("not managing at all", "mood", {"mood": "high"}, None),
    ("I just feel like giving up", "mood", {"mood": "high"}, None),
    # a sign told in words to the saddle pair, by someone typing for the patient
    ("actually she says she can't feel anything when she wipes", "checklist_saddle",
     {"saddle_numbness": "yes"}, None),
])
def test_review_findings(text, requested, told, not_told):
    values = interpret(text, "correct_answer" if text.startswith("I said") else "inform", requested,
                       {"bladder_bowel": "no"}, []).values
    assert told.items() <= values.items()
    assert not_told is None or not_told not in values


def test_a_quicker_way_to_a_gp_is_no_request_for_the_lists():
    assert not moves.asks_for_the_lists("Is there a quicker way to get a GP appointment?")


def test_the_relatives_age_wins_over_the_writers_in_an_opening_about_them():
    text = "My dad (74) just got a really bad pain in his back. I am 45 and can drive him"
    assert interpret(text, "describe_pain", None, {}, []).values["age"] == 74


def test_a_relatives_old_back_beside_the_writers_own_pain_is_not_written_for_them():
    text = "My husband hurt his back last year and now I have got back pain too"
    assert not opens_with_a_relatives_back(text)


def test_both_sides_into_the_legs_are_both_legs():
    assert "both_legs" in _own("from my lower back down both sides into my legs")


def test_someone_elses_family_and_insurance_stay_theirs():
    assert "self_harm" not in _own("my brother says his family would be better off with the insurance money")


def test_after_a_yes_to_the_saddle_pair_the_lists_do_not_ask_it_again():
    answers = {QUICK_PATH: True, "bladder_bowel": "no", "checklist_saddle": "yes"}
    assert next_question(answers) == "saddle_numbness"


@pytest.mark.parametrize("text", ["no idea how it started, I'm 34", "don't know how it happened"])
def test_not_knowing_how_it_started_is_no_clear_cause(text):
    assert parsing.onset(text) == "no_clear_cause"


@pytest.mark.parametrize("text, code", [
    ("My mum just got a bad pain in her back, she has been having thoughts of ending it all", "self_harm"),
    ("my husband says he wants to end it all", "self_harm"),
    ("my brother took an overdose years ago", None),
])
def test_someone_elses_crisis_now_is_told_with_the_lines(text, code):
    # (found in review: a crisis told of a relative was neither answered nor asked about)
    assert someone_elses_red_flag(find_mentions(text)) == code


async def test_the_writer_is_given_the_crisis_lines_for_someone_else(dispatcher, domain):
    text = "My mum just got a bad pain in her back, she has been having thoughts of ending it all"
    opening = user_event(text, "describe_pain")
    await ActionStartTriage().run(dispatcher, make_tracker([opening]), domain)
    crisis = next(m for m in dispatcher.messages if m.get("response") == "utter_someone_elses_crisis")
    said = domain["responses"]["utter_someone_elses_crisis"][0]["text"].format(**crisis)
    assert "1737" in said and "111" in said
