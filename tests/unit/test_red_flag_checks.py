"""Check questions about possible red flags (clinical guide, check-question rule): asked once with the
confirm payload, then yes escalates at the flag's level, no carries on, not sure is explained and never
read as no. Also the NLU component that routes a possible red flag to the triage."""
import pytest

from actions.triage import ValidateTriageForm
from clinical.triage import CHECK_SLOT, QUESTIONS
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.readings import parsed

NO_TO_ALL_BEFORE_FEVER = {q.slot: "no" for q in QUESTIONS[:[q.slot for q in QUESTIONS].index("fever")]
                          if not q.follows}


def payloads(dispatcher):
    return [m.get("custom") for m in dispatcher.messages if m.get("custom")]


async def _validate(dispatcher, domain, text, intent="inform", **slots):
    tracker = make_tracker([user_event(text, intent)], slots=slots, active_loop="triage_form")
    return slots_of(await ValidateTriageForm().run(dispatcher, tracker, domain))


async def test_a_possible_red_flag_mid_triage_gets_a_check_question_with_its_payload(dispatcher, domain):
    slots = await _validate(dispatcher, domain, "I get night sweats from the menopause",
                            requested_slot="fever", **NO_TO_ALL_BEFORE_FEVER)
    assert slots["requested_slot"] == CHECK_SLOT
    assert slots[CHECK_SLOT]["code"] == "fever"
    assert [m["response"] for m in dispatcher.messages] == ["utter_check_fever"]
    assert payloads(dispatcher) == [{"triage": {"confirm": "fever"}}]
    assert "fever" not in slots  # neither escalated nor dismissed


async def test_yes_to_a_check_records_the_flag_with_the_words_that_raised_it(dispatcher, domain):
    pending = {"code": "saddle_numbness", "words": "my bum is numb from sitting too long"}
    slots = await _validate(dispatcher, domain, "/affirm", "affirm", requested_slot=CHECK_SLOT,
                            red_flag_check=pending, **NO_TO_ALL_BEFORE_FEVER)
    assert slots["saddle_numbness"] == "yes"
    assert slots["red_flag_words"] == {"saddle_numbness": pending["words"]}
    assert slots["requested_slot"] is None  # the form ends; the outcome action escalates
    assert slots[CHECK_SLOT] is None


async def test_no_to_a_check_carries_on_where_the_triage_was_and_is_not_asked_again(dispatcher, domain):
    pending = {"code": "fever", "words": "night sweats from the menopause"}
    slots = await _validate(dispatcher, domain, "no, just the menopause", requested_slot=CHECK_SLOT,
                            red_flag_check=pending, **NO_TO_ALL_BEFORE_FEVER)
    assert slots["requested_slot"] == "weight_loss"  # the check asked the fever question: no is no
    assert slots["triage_progress"]["checked"] == ["fever"]
    assert slots["fever"] == "no"


async def test_not_sure_on_a_check_is_explained_then_asked_again_and_never_read_as_no(dispatcher, domain):
    pending = {"code": "both_legs", "words": "my legs feel weak"}
    slots = await _validate(dispatcher, domain, "/unsure", "unsure", requested_slot=CHECK_SLOT,
                            red_flag_check=pending)
    said = [m["response"] for m in dispatcher.messages]
    assert said == ["utter_explain_both_legs", "utter_check_both_legs"]
    assert slots["requested_slot"] == CHECK_SLOT
    dispatcher.messages.clear()
    slots = await _validate(dispatcher, domain, "I really don't know", requested_slot=CHECK_SLOT,
                            red_flag_check=pending, triage_progress={"explained": ["both_legs"]})
    assert slots["both_legs"] == "unsure"  # at the outcome: see a doctor today, one level below
    assert slots["requested_slot"] == "bladder_bowel"  # and the triage carries on


async def test_an_unreadable_reply_to_a_check_is_asked_again_then_kept_as_not_sure(dispatcher, domain):
    pending = {"code": "vascular", "words": "my stomach hurts too"}
    slots = await _validate(dispatcher, domain, "purple", requested_slot=CHECK_SLOT, red_flag_check=pending)
    assert [m["response"] for m in dispatcher.messages] == ["utter_triage_missed", "utter_check_vascular"]
    assert slots["requested_slot"] == CHECK_SLOT
    slots = await _validate(dispatcher, domain, "purple", requested_slot=CHECK_SLOT, red_flag_check=pending,
                            triage_progress={"misses": {"check:vascular": 1}})
    assert slots["vascular"] == "unsure"


async def test_a_higher_possible_flag_is_checked_before_a_lower_one_escalates(dispatcher, domain):
    slots = await _validate(dispatcher, domain, "my legs feel weak", requested_slot="leg_weakness",
                            bladder_bowel="no", saddle_numbness="no", sexual_dysfunction="no")
    assert slots["leg_weakness"] == "yes"
    assert slots[CHECK_SLOT]["code"] == "both_legs"
    assert payloads(dispatcher) == [{"triage": {"confirm": "both_legs"}}]


@pytest.mark.parametrize(("text", "question", "flag"), [
    ("yes, I strain and nothing comes out", "bladder_bowel", "bladder_bowel"),
    ("yes and it's getting worse by the day", "leg_weakness", "progressive_weakness"),
    ("yes, both of them", "leg_numbness", "both_legs"),
])
async def test_an_answer_is_read_in_the_context_of_its_question(dispatcher, domain, text, question, flag):
    slots = await _validate(dispatcher, domain, text, requested_slot=question)
    assert slots[flag] == "yes"


@pytest.mark.parametrize(("text", "intent"), [
    ("my bum is numb from sitting too long", "describe_pain"),
    ("my legs feel weak", "describe_pain"),  # urgent weakness, but maybe both legs: check first
    ("I wet myself this morning", "red_flag"),
    ("I get night sweats from menopause", "describe_pain"),
    ("tell me a joke", "out_of_scope"),  # nothing to check: the classifier's intent stays
])
def test_the_nlu_component_routes_a_possible_red_flag_to_the_triage(text, intent):
    from rasa.shared.nlu.constants import INTENT

    assert parsed(text, "out_of_scope").get(INTENT)["name"] == intent


@pytest.mark.parametrize(("text", "question", "not_flag"), [
    ("what if I stopped feeling the paper when I wipe?", "saddle_numbness", "saddle_numbness"),
    ("a numb patch on the side of my left thigh", "saddle_numbness", "saddle_numbness"),
    ("does having a temperature with back ache mean an infection?", "fever", "fever"),
    ("my flatmate came off his motorbike last week", "major_trauma", "major_trauma"),
])
async def test_questions_worries_and_other_body_sites_do_not_answer_a_red_flag_question(
        dispatcher, domain, text, question, not_flag):
    slots = await _validate(dispatcher, domain, text, requested_slot=question)
    assert slots.get(not_flag) != "yes", slots


@pytest.mark.parametrize(("text", "code"), [
    ("is it normal that my privates feel numb?", "saddle_numbness"),
    ("why can't I feel the toilet paper any more?", "saddle_numbness"),
    ("my leg used to give way before my operation", "leg_weakness"),
])
def test_a_question_about_ones_own_symptom_or_a_past_one_is_checked(text, code):
    from clinical.language import find_mentions, possible_red_flags

    mentions = find_mentions(text)
    reported = {m.code for m in mentions if m.reported}
    assert code in set(possible_red_flags(mentions)) | reported, mentions  # never dismissed


def test_a_conditional_question_is_not_a_report():
    from clinical.language import find_mentions

    assert not [m for m in find_mentions("if my leg got weaker would I need a scan?") if m.reported]


def test_the_nlu_component_reading_travels_with_the_message_and_is_used_by_the_actions():
    from actions.common import latest_reading
    from clinical.triage import interpret
    from components.clinical_facts import READING_KEY

    text = "I get night sweats from the menopause and my groin feels numb"
    message = parsed(text)
    reading = message.as_dict(only_output_properties=True)[READING_KEY]
    tracker = make_tracker([{"event": "user", "text": text,
                             "parse_data": {"text": text, "intent": {"name": "describe_pain"},
                                            "entities": [], READING_KEY: reading}}])
    mentions = latest_reading(tracker)
    assert {m.code for m in mentions} >= {"fever", "saddle_numbness"}
    read_again = interpret(text, "inform", None, {}, [])
    assert interpret(text, "inform", None, {}, [], mentions=mentions) == read_again


@pytest.mark.parametrize("text", ["done my back in lifting the dog", "my lumbago's playing me up",
                                  "I'm in agony with this back of mine"])
def test_own_pain_the_classifier_calls_out_of_scope_starts_the_triage(text):
    from rasa.shared.nlu.constants import INTENT

    assert parsed(text, "out_of_scope").get(INTENT)["name"] == "describe_pain"


def test_an_unrelated_message_stays_out_of_scope():
    from rasa.shared.nlu.constants import INTENT

    message = parsed("what's the weather in Wellington", "out_of_scope")
    assert message.get(INTENT)["name"] == "out_of_scope"


async def test_falling_asleep_is_not_numbness_even_as_an_answer(dispatcher, domain):
    slots = await _validate(dispatcher, domain, "keep falling asleep on the sofa and my back pays for it",
                            requested_slot="saddle_numbness")
    assert slots.get("saddle_numbness") != "yes"


@pytest.mark.parametrize(("text", "region"), [("I'm in Cork by the way", "EUROPE"),
                                              ("I live in the Netherlands", "EUROPE"),
                                              ("I'm in Toronto by the way", "CANADA"),
                                              ("I'm in Mumbai by the way", "ELSEWHERE"),
                                              ("I'm in Leeds", "UK"), ("my back hurts", None)])
def test_the_component_names_the_persons_region_or_a_country_outside_ours(text, region):
    from rasa.shared.nlu.constants import ENTITIES

    found = [e["value"] for e in parsed(text, "inform").get(ENTITIES) or [] if e["entity"] == "region"]
    assert found == ([region] if region else [])
