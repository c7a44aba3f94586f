"""Readings left open after blind set 36: the air's temperature, weight lost and regained, a reading
told with "has been", and an urgent sign of someone else."""
import pytest

from clinical.language import find_mentions
from clinical.triage import someone_elses_red_flag
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text", [
    "my temperature has been 39 since yesterday",
    "my temp has stayed at 38.5 for two days and my back is killing me",
    "can back pain cause a fever? my temperature has been 39.4 since last night",
    # the weather beside one's own temperature leaves the reading the person's
    "we're in a heatwave but my temperature is 39 and I'm shivering",
    "summer here and I've had a temperature of 39 since Sunday",
])
def test_a_temperature_told_as_a_reading_is_a_fever(text):
    assert "fever" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "heatwave here, the temperature was 40 today and my back is stiff from the garden",
    "the temp outside hit 39 this afternoon, so I've been lying on the cold floor with my sore back",
    "temps have been 100 here all week and my back is stiff",
    "the spa's water temp has been 40 all winter, lovely for my back",
])
def test_the_airs_temperature_is_no_fever(text):
    assert "fever" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "had covid in the winter and dropped 7kg, but it all came back on by spring",
    "lost a stone when I had the flu and put it all back on since",
    "lost about 6 kilos after my operation, regained it all within the year",
])
def test_weight_lost_and_regained_is_no_weight_loss(text):
    assert "weight_loss" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    # the regain's words go, and only them: a sign told after is read
    ("lost 5kg with covid and put it all back on, and now my bum is numb", "saddle_numbness"),
    # a sign that "came back on" a day is no weight regained
    ("lost 8 kilos without trying, and the fevers came back on tuesday", "weight_loss"),
])
def test_a_sign_beside_a_regain_is_still_read(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("my wife has had a fever of 39 since last night and her back is bad", "fever"),
    ("my dad's left foot has gone weak since his back went", "leg_weakness"),
    # the most urgent of two is named
    ("my husband has a fever and can't pee since this morning", "bladder_bowel"),
])
def test_someone_elses_red_flag_now_is_named_at_its_level(text, code):
    assert someone_elses_red_flag(find_mentions(text)) == code


@pytest.mark.parametrize("text", [
    "my uncle has prostate cancer and his back is sore",  # a history, not a sign to act on today
    "my nan is on steroids for her chest",
])
def test_a_relatives_history_gets_no_line(text):
    assert someone_elses_red_flag(find_mentions(text)) is None


async def test_the_triage_tells_a_writer_to_get_same_day_care_for_someone_elses_fever(dispatcher, domain):
    from actions.triage import ActionStartTriage
    from tests.conftest import make_tracker, user_event
    tracker = make_tracker([user_event("my wife has had a fever of 39 since last night and her back is bad, "
                                       "and my own back is sore too", "describe_pain")])
    await ActionStartTriage().run(dispatcher, tracker, domain)
    told = [m for m in dispatcher.messages if m.get("response") == "utter_someone_elses_urgent_sign"]
    assert len(told) == 1 and "fever" in told[0]["sign"] and told[0]["same_day_care"]
    assert not any(m.get("response") == "utter_someone_elses_emergency" for m in dispatcher.messages)
