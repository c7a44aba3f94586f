"""The domain's safety wording and the links between actions and responses."""
import re

from rasa_sdk.executor import ActionExecutor

from tests.conftest import ROOT


def test_introduction_says_automated_not_a_diagnosis_and_gives_the_emergency_number(domain):
    intro = domain["responses"]["utter_intro"][0]["text"]
    assert "automated" in intro
    assert "diagnose" in intro and "clinician" in intro
    assert "{emergency_number}" in intro


def test_bot_challenge_answer_is_truthful(domain):
    answer = domain["responses"]["utter_iamabot"][0]["text"]
    assert "automated" in answer and "not a person" in answer


def test_the_crisis_reply_gives_both_lines_and_asks_whether_the_person_is_safe_now(domain):
    # sixth persona run, s11: the reply gave the lines but never asked about safety
    reply = domain["responses"]["utter_escalate_crisis"][0]["text"]
    assert "{emergency_number}" in reply and "{crisis_line}" in reply
    assert "safe right now" in reply and reply.rstrip().endswith("?")


def test_every_response_named_in_actions_exists_in_the_domain(domain):
    named = set()
    for path in (ROOT / "actions").rglob("*.py"):
        named |= set(re.findall(r"response=\"(utter_\w+)\"", path.read_text()))
    assert named, "expected actions to call domain responses by name"
    assert named <= set(domain["responses"]), named - set(domain["responses"])


def test_every_custom_action_is_declared_in_the_domain_and_vice_versa(domain):
    executor = ActionExecutor()
    executor.register_package("actions")
    registered = set(executor.actions)
    assert registered == set(domain["actions"]), registered ^ set(domain["actions"])


def _dialogue_text() -> str:
    return "\n".join(p.read_text() for p in (ROOT / "data").rglob("*.yml"))


def test_every_response_is_used_by_a_rule_a_form_or_an_action(domain):
    from clinical.findings import CHECKABLE
    from clinical.moves import EXPLAINED_WORDS, OUTCOME_WORDS
    from clinical.triage import BY_SLOT

    actions_code = "\n".join(p.read_text() for p in (ROOT / "actions").rglob("*.py"))
    actions_code += "\n".join(p.read_text() for p in (ROOT / "clinical").rglob("*.py"))
    form_questions = {f"utter_ask_{slot}" for form in domain["forms"].values()
                      for slot in form["required_slots"]}
    # said on "not sure" or "why do you ask?"
    explanations = {f"utter_explain_{slot}" for slot, q in BY_SLOT.items()
                    if q.kind == "red_flag" or q.answer in ("polar", "checklist", "details")}
    explanations |= {f"utter_check_{f.code}" for f in CHECKABLE}  # said by actions/triage.py ask_check
    # "not sure" to a check question (actions/checks.py read_check_reply), for a sign asked only that way
    explanations |= {f"utter_explain_{f.code}" for f in CHECKABLE}
    # a word asked about, explained
    explanations |= {f"utter_explain_{word}" for word in (*EXPLAINED_WORDS, *OUTCOME_WORDS)}
    used_by_rules = set(re.findall(r"action: (utter_\w+)", _dialogue_text()))
    used_by_code = set(re.findall(r"\"(utter_\w+)\"", actions_code))
    said_by_rasa = {"utter_restart"}  # Rasa's built-in action_restart says it
    unused = (set(domain["responses"]) - form_questions - explanations - used_by_rules - used_by_code
              - said_by_rasa)
    assert not unused, f"responses nothing says: {sorted(unused)}"


def test_every_red_flag_question_has_an_explanation_for_not_sure(domain):
    from clinical.triage import QUESTIONS

    for q in QUESTIONS:
        assert f"utter_ask_{q.slot}" in domain["responses"], q.slot
        if q.kind == "red_flag":
            assert f"utter_explain_{q.slot}" in domain["responses"], q.slot


def test_form_asks_the_questions_in_the_order_the_clinical_package_defines(domain):
    from clinical.triage import QUESTIONS

    assert domain["forms"]["triage_form"]["required_slots"] == [q.slot for q in QUESTIONS]


def test_every_checkable_red_flag_has_a_check_question_with_yes_no_buttons(domain):
    from clinical.findings import CHECKABLE
    from clinical.triage import interpret

    for finding in CHECKABLE:
        check = domain["responses"][f"utter_check_{finding.code}"][0]
        assert check["text"].startswith("Just to check"), finding.code
        payloads = [b["payload"] for b in check["buttons"]]
        if finding.code == "progressive_weakness":
            # the answer said, not "Yes" (a yes about the weakness itself is not a yes to its getting worse)
            assert [b["title"] for b in check["buttons"]] == ["Getting worse or stopped working",
                                                              "About the same", "Not sure"]
            assert [interpret(p, None, "progressive_weakness", {"leg_weakness": "yes"}, []).values.get(
                "progressive_weakness") for p in payloads[:2]] == ["yes", "no"] and payloads[2] == "/unsure"
        else:
            assert payloads == ["/affirm", "/deny", "/unsure"], finding.code


def test_the_domain_has_one_custom_slot_for_every_answer_and_finding(domain):
    from clinical.findings import FINDINGS
    from clinical.triage import ANSWER_SLOTS, RECORDED_ONLY

    assert RECORDED_ONLY == ("spreading_numbness", "self_harm", "osteoporotic_fall")
    for slot in {*ANSWER_SLOTS, *(f.code for f in FINDINGS)}:
        assert domain["slots"][slot]["mappings"] == [{"type": "custom"}], slot


def test_every_variable_a_response_names_is_given_by_a_slot_or_by_the_actions(domain):
    """A response whose {variable} nobody fills shows the braces to the person."""
    actions_code = "\n".join(p.read_text() for folder in ("actions", "clinical")
                             for p in (ROOT / folder).glob("*.py"))
    given = set(domain["slots"]) | set(re.findall(r"(\w+)=", actions_code)) | set(
        re.findall(r"\"(\w+)\":", actions_code))
    for name, variants in domain["responses"].items():
        for variant in variants:
            for variable in re.findall(r"{(\w+)}", variant.get("text", "")):
                assert variable in given, f"{name} names {{{variable}}}, which nothing fills"
