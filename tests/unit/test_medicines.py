"""Medicine rules: questions that depend on the person go to a pharmacist or doctor with the reason why;
general questions get the class information; brand names are known; content says what its source says."""
import re

import pytest

from actions import common
from actions.knowledge import REFERRALS, ActionAnswerQuestion
from clinical import knowledge, medicines
from clinical.knowledge import read_content
from clinical.language import find_mentions
from clinical.medicines import needs_pharmacist_or_doctor, referral_reason
from clinical.parsing import medicines as medicine_names
from tests.conftest import make_tracker, user_event

# Issue 8, point 5: every example of the review, then neighbours of each (the same question put another way).
REFERRALS_BY_REASON = {
    "dose": [
        "can I take 1000mg of paracetamol?", "is 500mg naproxen ok?", "can I have 1g of paracetamol",
        "can I take 1,000 mg paracetamol", "are 2 co-codamol 30/500 ok", "how much ibuprofen is too much?",
        "how many nurofen can I take?", "what's the maximum dose of paracetamol",
        "how much ibuprofen is safe", "how often can I take panadol", "can I double up on painkillers",
        "should I take ibuprofen with food?", "I forgot to take my tramadol, what do I do?",
        "is it ok to take paracetamol every day?",
    ],
    "combination": [
        "ibuprofen and paracetamol together", "naproxen with ibuprofen",
        "can I take naproxen with ibuprofen?",
        "can I take Nurofen and Panadol at the same time?", "can I alternate paracetamol and ibuprofen?",
        "can I take Nurofen and ibuprofen?", "co-codamol and paracetamol, is that ok?",
        "paracetamol & ibuprofen ok?", "can I take tramadol with my antidepressant?",
        "is it ok to take codeine while on amitriptyline", "can I take it with my other tablets?",
        "can I mix codeine and paracetamol", "is it ok to take naproxen alongside my other tablets",
        "can I take ibuprofen if I'm on the pill?",
    ],
    "stop_or_change": [
        "can I stop my amitriptyline?", "should I keep taking my naproxen?",
        "should I stop taking my tramadol?",
        "how do I come off tramadol?", "I want to quit my codeine", "can I carry on with the diclofenac?",
        "is it ok to continue my amitriptyline", "should I cut down my codeine", "can I reduce my tramadol",
        "is it safe to stop duloxetine suddenly?", "I've been on naproxen for a month, can I stop now?",
        "when can I stop the naproxen?", "how do I wean off codeine", "can I still take ibuprofen?",
        "how long can I take naproxen for?", "can I switch from ibuprofen to naproxen?",
        "can I take paracetamol instead of my tramadol?", "should I go back on my amitriptyline?",
    ],
    "alcohol": [
        "can I have a beer with tramadol?", "is it ok to drink alcohol on co-codamol?",
        "can I have a glass of wine with my naproxen", "can I drink on tramadol",
        "is it ok to have a few pints on naproxen", "does alcohol affect paracetamol?",
        "I'm hungover, can I take ibuprofen?",
    ],
    "someone_else": [
        "can I use my wife's oxycodone?", "use my wife's oxycodone", "can I take my mum's codeine",
        "can I take someone else's tablets", "my friend gave me some tramadol, can I take it?",
        "I have some leftover oxycodone from my operation, can I use it?", "can I borrow my dad's codeine",
        "my husband has tramadol, can I have some?", "I have old co-codamol from last year, is it ok?",
        "can I give my tramadol to my husband?", "my friends tablets helped her back, can I try them?",
    ],
    "condition": [
        "ibuprofen when pregnant", "can I take ibuprofen, I have asthma", "ibuprofen... I have asthma",
        "is naproxen ok if I'm breastfeeding?", "can I take paracetamol when I'm expecting a baby?",
        "I have kidney problems, is diclofenac safe?", "I had a stomach ulcer, can I take Nurofen?",
        "can I take ibuprofen with heart disease?", "is ibuprofen ok with high blood pressure?",
        "can I take naproxen with my blood pressure tablets?", "I'm on blood thinners, is ibuprofen ok?",
        "I'm on warfarin, can I take ibuprofen?", "can my 12 year old take ibuprofen?",
        "is paracetamol ok for children?", "can teenagers take ibuprofen?", "I'm 78, is naproxen ok?",
        "I have liver problems, is paracetamol ok?", "is tramadol safe if I have epilepsy?",
    ],
}
REFERRAL_CASES = [(text, reason) for reason, texts in REFERRALS_BY_REASON.items() for text in texts]
# Ordinary questions about what a medicine is or does still get the class information.
GENERAL_QUESTIONS = [
    "what does ibuprofen do for back pain?", "is paracetamol any good?", "does paracetamol help back pain?",
    "what are NSAIDs?", "are opioids addictive?", "is Voltaren any good?", "should I take Advil for my back?",
    "is Tylenol ok for back pain?", "would tramadol help my back?", "will prednisone help my back pain?",
    "what does Humira do for back pain?", "do antibiotics help back pain?",
    "is co-codamol good for back pain?", "my doctor mentioned amitriptyline, does it help backs?",
    "is diazepam good for back pain?", "will paracetamol stop the pain?", "does ibuprofen stop it hurting?",
    "does ibuprofen reduce inflammation?",
    "what's the difference between paracetamol and ibuprofen?", "is naproxen better than ibuprofen?",
    "can I take ibuprofen long-term?", "is ibuprofen ok for chronic back pain?", "can I take ibuprofen?",
    "is it safe to take ibuprofen?", "how long does ibuprofen take to work?",
    "does codeine cause constipation?",
    "I quit smoking, does paracetamol work?", "should I keep moving while on ibuprofen?",
]
# Not about a medicine at all, so never a dose question.
NOT_ABOUT_MEDICINE = ["how often should I stretch?", "how much walking should I do a day?",
                      "should I stop going to the gym?", "can I have a beer with back pain?"]


# --------------------------------------------------------------------------- who must advise, and why


@pytest.mark.parametrize(("text", "reason"), REFERRAL_CASES, ids=[t for t, _ in REFERRAL_CASES])
def test_questions_that_depend_on_the_person_go_to_a_pharmacist_or_doctor_with_their_reason(text, reason):
    assert referral_reason(text) == reason
    assert needs_pharmacist_or_doctor(text)


@pytest.mark.parametrize("text", GENERAL_QUESTIONS)
def test_general_medicine_questions_are_answered_from_the_knowledge_base(text):
    assert referral_reason(text) is None


@pytest.mark.parametrize("text", NOT_ABOUT_MEDICINE)
def test_questions_not_about_a_medicine_are_never_referred(text):
    assert not needs_pharmacist_or_doctor(text)


def test_the_most_specific_reason_is_said_first():
    assert medicines.referral_reasons("can I take 1000mg ibuprofen when pregnant?") == ["condition", "dose"]
    assert medicines.referral_reasons("can I take my wife's tramadol, I'm pregnant")[:2] == [
        "someone_else", "condition"]


def test_every_reason_has_a_response_that_says_why_with_the_region_contacts(domain):
    assert set(REFERRALS) == set(medicines.REASONS)
    why = {"combination": "same ingredient", "stop_or_change": "suddenly", "alcohol": "side effects",
           "someone_else": "prescribed for someone else", "condition": "pregnancy", "dose": "depends on"}
    for reason, response in REFERRALS.items():
        text = domain["responses"][response][0]["text"]
        assert why[reason] in text, reason
        assert "pharmacist" in text, reason
        assert re.search(r"\{(helpline|emergency_number)\}", text), reason


def test_every_medicine_the_knowledge_base_answers_about_is_recognised():
    """The referral rules know every medicine a topic is about, so none slips through as class information."""
    for topic in read_content().topics:
        if topic["id"].startswith("med_"):
            for keyword in topic["keywords"]:
                assert medicines.medicine_mentions(str(keyword)), (topic["id"], keyword)


@pytest.mark.parametrize(("text", "generic"), [("Tylenol", "paracetamol"), ("acetaminophen", "paracetamol"),
                                               ("Advil", "ibuprofen"), ("Nurofen", "ibuprofen"),
                                               ("Voltaren", "diclofenac"), ("Norflex", "orphenadrine"),
                                               ("tramadol", "tramadol"), ("ibuprofin", "ibuprofen"),
                                               ("co-codamol", "codeine"), ("co-dydramol", "dihydrocodeine"),
                                               # brands met on blind sealed sets 12 and 13
                                               ("Mobic", "meloxicam"), ("celebrex", "celecoxib"),
                                               ("Arcoxia", "etoricoxib"), ("Dolo 650", "paracetamol"),
                                               ("crocin", "paracetamol")])
def test_brand_names_and_misspellings(text, generic):
    assert medicine_names(text) == [generic]


def test_overdose_is_a_red_flag_not_a_medicine_question():
    assert any(m.code == "self_harm" and m.reported for m in find_mentions("I've taken too many tramadol"))


# --------------------------------------------------------------------------- the answer action


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BACKCARE_DATABASE_URL", url)
        knowledge.load(url=url)
        yield url


def _render(domain, message) -> str:
    if message.get("text"):
        return message["text"]
    template = domain["responses"][message["response"]][0]["text"]
    return template.format_map({k: v for k, v in message.items() if isinstance(v, str)})


async def _ask(question, domain, dispatcher, slots=None):
    tracker = make_tracker([user_event(question, intent="ask_question")], slots=slots)
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    return dispatcher.messages, [_render(domain, m) for m in dispatcher.messages]


@pytest.mark.parametrize(("text", "reason"), [
    ("can I take 1000mg of paracetamol?", "dose"), ("ibuprofen and paracetamol together", "combination"),
    ("can I stop my amitriptyline?", "stop_or_change"),
    ("should I keep taking my naproxen?", "stop_or_change"),
    ("can I have a beer with tramadol?", "alcohol"), ("can I use my wife's oxycodone?", "someone_else"),
    ("ibuprofen when pregnant", "condition"), ("can I take ibuprofen? I have asthma", "condition"),
])
async def test_a_referral_says_why_and_gives_no_class_information(kb, domain, dispatcher, text, reason):
    messages, said = await _ask(text, domain, dispatcher)
    assert [m.get("response") for m in messages] == [REFERRALS[reason]]
    assert "Source:" not in " ".join(said)
    lines = common.contacts(make_tracker())
    assert lines["helpline"] in said[0] or lines["emergency_number"] in said[0]


async def test_stopping_says_stopping_suddenly_can_cause_problems_and_who_plans_it(kb, domain, dispatcher):
    _, said = await _ask("can I stop my amitriptyline?", domain, dispatcher)
    assert "suddenly" in said[0] and "prescribed" in said[0]
    assert "advises against" not in " ".join(said)


async def test_co_codamol_is_answered_as_an_opioid_and_says_why(kb, domain, dispatcher):
    messages, said = await _ask("is co-codamol good for back pain?", domain, dispatcher)
    assert messages[0]["response"] == "utter_medicine_contains_opioid"
    assert "co-codamol contains codeine" in said[0]
    answer = said[-1]
    assert "Opioids" in answer and "Paracetamol helps some people" not in answer


@pytest.mark.parametrize("text", ["is diazepam good for back pain?", "will Valium help my back?",
                                  "is diazepam a muscle relaxant?", "what about benzos for sciatica?"])
async def test_diazepam_is_not_answered_as_a_muscle_relaxant(kb, domain, dispatcher, text):
    messages, said = await _ask(text, domain, dispatcher)
    assert messages[0]["response"] == "utter_medicine_not_in_sources"
    answer = said[-1]
    assert "orphenadrine" not in answer and "may help" not in answer
    assert "NICE" in answer and "NICE NG59 (Pharmacological management of sciatica" in answer


@pytest.mark.parametrize("text", ["would a cortisone shot help?", "should I get a steroid shot?",
                                  "what about a cortisone injection in my back?"])
async def test_a_cortisone_shot_is_answered_as_an_injection(kb, domain, dispatcher, text):
    _, said = await _ask(text, domain, dispatcher)
    injections = knowledge.answer("injections", url=kb)
    assert said[-1] == injections.as_text()


@pytest.mark.parametrize("text", ["can I take ibuprofen long-term?", "is ibuprofen ok for chronic back pain?",
                                  "are anti-inflammatories ok for long lasting pain?"])
async def test_nsaids_for_long_lasting_pain_give_both_views_with_their_sources(kb, domain, dispatcher, text):
    _, said = await _ask(text, domain, dispatcher, slots={"duration_days": 3.0})  # recent pain, long-term use
    answer = said[-1]
    assert "not suited to long-term use" in answer  # Treatment guide (NZ)
    assert "may ease pain more than a dummy pill" in answer  # Guideline summary
    assert "Healthify NZ, Back pain treatment (Medicines: NSAIDs)" in answer
    assert "Guideline summary (ACP/APS) (Medications for Back Pain" in answer
    assert "can ease recent back pain" not in answer


async def test_nsaids_for_recent_pain_are_answered_for_recent_pain(kb, domain, dispatcher):
    _, said = await _ask("is ibuprofen any good?", domain, dispatcher, slots={"duration_days": 3.0})
    assert "can ease recent back pain" in said[-1] and "dummy pill" not in said[-1]


async def test_antidepressant_answers_never_read_as_a_prompt_to_stop(kb, domain, dispatcher):
    _, said = await _ask("do antidepressants help back pain?", domain, dispatcher,
                         slots={"duration_days": 200.0})
    assert "advises against" in said[-1]
    assert "talk to the doctor who prescribed it before you change how you take it" in said[-1]


# --------------------------------------------------------------------------- content as its source says it


ITEMS = {item["id"]: item for item in read_content().items}


def _text(item_id: str) -> str:
    return " ".join(ITEMS[item_id]["text"].split())


def test_guideline_summary_findings_keep_its_may():
    """The summary says relaxants, NSAIDs and antidepressants "may be superior to placebo": never firmer."""
    for item in ITEMS.values():
        if item["source"] == "guideline_summary" and "dummy pill" in item["text"]:
            assert re.search(r"\bmay ease pain more than a dummy pill\b", _text(item["id"])), item["id"]
            assert not re.search(r"\b(found|trials|better than)\b", _text(item["id"])), item["id"]


def test_point_9_items_say_exactly_what_their_passage_says():
    assert "may ease pain more than a dummy pill" in _text("relaxants-evidence")
    assert "may ease pain more than a dummy pill" in _text("antidepressants-evidence")
    assert "gives no added benefit" in _text("paracetamol-acute-evidence")  # "provides no additional benefit"
    assert "only" not in _text("antibiotics-infection").split()  # the source never says "only"
    assert "may prescribe an antibiotic" in _text("antibiotics-infection")
    opioids_acute = ITEMS["opioids-acute"]  # the NZ guide: a short course may be an option for some people
    assert (opioids_acute["source"], opioids_acute["section"]) == ("nz_treatment", "Medicines: Opioids")
    assert "may be considered" in _text("opioids-acute") and "severe" not in _text("opioids-acute")


def test_benzodiazepines_cite_nice_and_no_source_calls_them_muscle_relaxants():
    benzo = [i for i in ITEMS.values() if i["topic"] == "med_benzodiazepines"]
    assert benzo and all(i["source"] == "nice_ng59" for i in benzo)
    topics = {t["id"]: [str(k) for k in t["keywords"]] for t in read_content().topics}
    assert not {"diazepam", "valium"} & set(topics["med_muscle_relaxants"])
    assert "co-codamol" in topics["med_opioids"] and "co-codamol" not in topics["med_paracetamol"]


async def test_a_referral_after_an_escalation_starts_with_the_reminder(tmp_path, monkeypatch):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.knowledge import ActionAnswerQuestion
    from tests.conftest import load_domain, make_tracker, user_event

    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'kb.db'}")
    dispatcher = CollectingDispatcher()
    tracker = make_tracker([user_event("can I still take my ibuprofen?", "ask_question")],
                           slots={"triage_level": "emergency"})
    await ActionAnswerQuestion().run(dispatcher, tracker, load_domain())
    said = [m["response"] for m in dispatcher.messages]
    assert said[0] == "utter_reminder_after_escalation" and len(said) == 2


@pytest.mark.parametrize("text", ["and can i take aleve with my lisinopril?",
                                  "can I take ibuprofen with my metformin"])
def test_a_listed_medicine_with_an_unlisted_prescription_medicine_goes_to_a_pharmacist(text):
    assert medicines.referral_reason(text) == "combination"
