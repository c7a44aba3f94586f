"""The outcome said at the end of triage, its machine-readable payload, and the database record."""
import json

from clinical import records
from clinical.outcome import build_outcome, describe_days


def test_emergency_says_the_escalation_first_with_the_payload():
    outcome = build_outcome({"bladder_bowel": "yes", "duration_days": 3}, {"bladder_bowel": "can't hold it"})
    assert outcome.responses == ["utter_escalate_emergency"]
    triage = outcome.payload["triage"]
    assert triage["urgency"] == "emergency" and triage["red_flags"] == ["bladder_bowel"]
    assert triage["duration_band"] == "acute"
    assert outcome.red_flag_records == [{"code": "bladder_bowel", "words": "can't hold it"}]
    json.dumps(outcome.payload)  # serialisable for every channel


def test_self_harm_gets_the_crisis_message():
    assert build_outcome({"self_harm": "yes"}, {}).responses == ["utter_escalate_crisis"]
    both = build_outcome({"self_harm": "yes", "saddle_numbness": "yes"}, {}).responses
    assert both == ["utter_escalate_crisis", "utter_escalate_emergency"]


def test_soon_gives_reasons_band_safety_net_and_what_next():
    outcome = build_outcome({"duration_days": 180, "improving": "no", "mood": "high"}, {})
    assert outcome.level == "soon"
    assert outcome.responses == ["utter_outcome_soon", "utter_duration_band", "utter_emergency_signs",
                                 "utter_safety_net", "utter_offer_next"]
    assert "6 weeks" in outcome.reasons_text and "distress" in outcome.reasons_text
    assert outcome.band_variables["band"] == "chronic"


def test_unsure_red_flag_answers_are_named_in_the_outcome():
    outcome = build_outcome({"weight_loss": "unsure"}, {})
    assert outcome.level == "soon"
    assert "utter_unsure_followup" in outcome.responses
    assert "weight loss" in outcome.unsure_text


def test_an_escalation_from_a_not_sure_answer_reads_as_a_sentence():
    outcome = build_outcome({"bladder_bowel": "unsure"}, {})
    assert outcome.level == "urgent"
    # said after "You told me about ..." in the escalation
    assert outcome.reasons_text == ("a sign you weren't sure about (loss of bladder or bowel control, "
                                    "or trouble passing urine)")


def test_self_care_outcome():
    outcome = build_outcome({"duration_days": 2, "age": 30}, {})
    assert outcome.level == "self_care"
    assert outcome.payload["triage"]["red_flags"] == []


def test_describe_days():
    assert describe_days(1) == "1 day"
    assert describe_days(21) == "3 weeks"
    assert describe_days(182) == "6 months"
    assert describe_days(800) == "2 years"


def test_records_are_saved_and_read_back(tmp_path):
    url = f"sqlite:///{tmp_path / 'test.db'}"
    first = records.save_triage("conv-1", "escalation", "urgent", [{"code": "fever", "words": "hot"}],
                                {"fever": "yes"}, url=url)
    records.save_triage("conv-2", "completed", "self_care", [], {"fever": "no"}, url=url)
    history = records.triage_history("conv-1", url=url)
    assert first == 1
    assert [(h["kind"], h["level"], h["red_flags"]) for h in history] == [
        ("escalation", "urgent", [{"code": "fever", "words": "hot"}])]


def test_the_emergency_signs_are_worded_once_and_said_after_every_outcome_below_emergency(domain):
    responses = domain["responses"]
    def names_the_signs(text: str) -> bool:
        return "bladder or bowel control" in text and "{emergency_number}" in text

    worded = [name for name, variants in responses.items()
              if any(names_the_signs(v.get("text", "")) for v in variants)]
    assert worded == ["utter_emergency_signs"]
    for answers in ({"fever": "yes"}, {"duration_days": 180}, {"duration_days": 3}):
        assert "utter_emergency_signs" in build_outcome(answers, {}).responses
