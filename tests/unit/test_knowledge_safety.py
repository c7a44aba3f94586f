"""Knowledge answers say red flags as triage does, and sources are cited with how far they were reviewed.

Content that names a red flag declares it; the answer then says the flag's level and what to do from
clinical/findings.py with the configured region's numbers. A source pending human review says so in
citations, and no red-flag advice rests on it alone.
"""
import re
import shutil
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from actions import common
from actions.knowledge import ActionAnswerQuestion
from clinical import knowledge
from clinical.db import _alembic_config, session
from clinical.findings import BY_CODE, FINDINGS, Urgency
from clinical.knowledge import CONTENT_DIR, PENDING_REVIEW, ContentError, read_content
from clinical.regions import REGIONS
from tests.conftest import make_tracker, user_event


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    monkeypatch.setenv("BACKCARE_DATABASE_URL", url)
    return url


@pytest.fixture
def loaded(db_url):
    knowledge.load(url=db_url)
    return db_url


def _render(domain, message) -> str:
    if message.get("text"):
        return message["text"]
    template = domain["responses"][message["response"]][0]["text"]
    return template.format_map({k: v for k, v in message.items() if isinstance(v, str)})


async def _ask(question: str, domain, dispatcher, slots=None) -> list[str]:
    tracker = make_tracker([user_event(question, intent="ask_question")], slots=slots)
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    return [_render(domain, m) for m in dispatcher.messages]


def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(CONTENT_DIR, target)
    return target


# --------------------------------------------------------------------------- point 4: levels as triage


async def test_when_to_get_help_says_bladder_or_bowel_loss_is_an_emergency_with_the_number(
        loaded, domain, dispatcher):
    said = await _ask("when should I see a doctor?", domain, dispatcher)
    emergency = [m for m in said if BY_CODE["bladder_bowel"].summary in m]
    assert emergency, said
    assert "EMERGENCY" in emergency[0] and "emergency department" in emergency[0]
    assert common.contacts(make_tracker())["emergency_number"] in emergency[0]
    assert BY_CODE["saddle_numbness"].summary in emergency[0]
    assert not re.search(r"\burgent help\b", " ".join(said))


async def test_the_numbers_are_those_of_the_configured_region(loaded, domain, dispatcher, monkeypatch):
    monkeypatch.setattr(common, "REGION", REGIONS["UK"])
    said = " ".join(await _ask("what are the red flags?", domain, dispatcher))
    assert "call 999 now" in said
    assert REGIONS["UK"].same_day_care in said
    assert "111 now" not in said


async def test_a_pulsing_feeling_in_the_belly_is_stated_as_an_emergency(loaded, domain, dispatcher):
    result = knowledge.answer("when_to_seek_help", url=loaded)
    levels = {code: group.level for group in result.signs_by_level() for code in group.codes}
    assert levels["vascular"] == "emergency"
    said = await _ask("when should I go to hospital?", domain, dispatcher)
    pulsing = [m for m in said if "pulsing" in m]
    assert pulsing and all(m.startswith("EMERGENCY") for m in pulsing), said
    assert not any("also check" in m for m in said)


async def test_urgent_signs_say_see_a_doctor_today_and_where(loaded, domain, dispatcher):
    said = await _ask("when should I see a doctor?", domain, dispatcher)
    fever = [m for m in said if BY_CODE["fever"].summary in m]
    assert fever and fever[0].startswith("URGENT") and "today" in fever[0]
    assert common.contacts(make_tracker())["same_day_care"] in fever[0]


def test_every_declared_red_flag_is_said_at_its_triage_level(loaded):
    """Every topic whose items declare red flags groups them exactly by their level in findings.py."""
    for topic_id in {item["topic"] for item in read_content().items if item.get("red_flags")}:
        for band in (None, "acute", "subacute", "chronic"):
            for legs in (None, True, False):
                result = knowledge.answer(topic_id, band, legs, url=loaded)
                if result is None:
                    continue
                for group in result.signs_by_level():
                    for code, summary in zip(group.codes, group.summaries, strict=True):
                        assert BY_CODE[code].urgency.label == group.level
                        assert summary == BY_CODE[code].summary
                said = {c for g in result.signs_by_level() for c in g.codes}
                assert said == set(result.red_flags) - {knowledge.CRISIS}


def test_topics_shown_with_activity_plans_declare_no_red_flags():
    """actions/activity.py shows plan guidance as text only, without the signs that follow an answer."""
    code = (Path(__file__).resolve().parents[2] / "actions" / "activity.py").read_text()
    plan_topics = set(re.findall(r'_say_guidance\(dispatcher, "(\w+)"', code))
    assert plan_topics
    for item in read_content().items:
        assert not (item["topic"] in plan_topics and item.get("red_flags")), item["id"]


def test_no_content_states_urgency_or_a_phone_number_of_its_own():
    for item in read_content().items:
        assert not knowledge.URGENCY_WORDING.search(item["text"].lower()), item["id"]
        assert not re.search(r"(?<!\d)(111|999|911|000)(?!\d)", item["text"]), item["id"]


def test_every_red_flag_named_in_content_is_declared():
    for item in read_content().items:
        assert set(knowledge.names_red_flags(item["text"])) <= set(item.get("red_flags") or []), item["id"]


@pytest.mark.parametrize(("mutation", "message"), [
    # the examination item names fever and a tender bone: without its declaration it is refused
    (lambda s: s.replace("    red_flags: [fever, bony_tenderness]\n", "", 1),
     "names the red flag 'fever'"),
    (lambda s: s.replace("They also look for the rare signs",
                         "Get urgent help for bladder problems. They also look for the rare signs", 1),
     "states its own urgency ('urgent')"),
    (lambda s: s.replace("They also look for the rare signs", "Call 111 for the rare signs", 1),
     "phone number '111'"),
    (lambda s: s.replace("red_flags: [fever, bony_tenderness]", "red_flags: [fever, leg_pain]", 1),
     "'leg_pain' is not a red flag"),
])
def test_content_check_refuses_red_flags_not_stated_as_triage_states_them(tmp_path, db_url, mutation,
                                                                            message):
    directory = _copy_content(tmp_path)
    path = directory / "about_back_pain.yml"
    before = path.read_text()
    path.write_text(mutation(before))
    assert path.read_text() != before
    with pytest.raises(ContentError) as err:
        knowledge.load(directory, url=db_url)
    assert message in str(err.value)
    assert re.search(r"about_back_pain\.yml:\d+: item 'assessment-exam'", str(err.value))


# --------------------------------------------------------------------------- point 10: review status


def test_the_guideline_summary_is_registered_as_pending_human_review():
    sources = {s["id"]: s for s in read_content().sources}
    assert sources["guideline_summary"]["status"] == PENDING_REVIEW
    assert sources["guideline_summary"].get("reviewed") is None
    assert all(s["status"] in knowledge.SOURCE_STATUSES for s in sources.values())


def test_the_status_is_stored_and_shown_where_the_guideline_summary_is_the_only_source(tmp_path, db_url):
    directory = _copy_content(tmp_path)
    (directory / "zz_extra.yml").write_text(
        "topics:\n  - {id: bands_only, title: Bands, keywords: [bands only]}\n"
        "items:\n  - id: bands-only\n    topic: bands_only\n"
        "    text: Guidelines sort back pain by how long it has lasted, in three groups.\n"
        "    applies_to: {duration: [any], leg_symptoms: any}\n    source: guideline_summary\n"
        "    section: From the Guidelines\n    reviewed: 2026-11-30\n")
    knowledge.load(directory, url=db_url)
    with session(db_url) as s:
        assert s.get(knowledge.Source, "guideline_summary").status == PENDING_REVIEW
        assert s.get(knowledge.Source, "gp_guide").status == "reviewed"
    result = knowledge.answer("bands_only", url=db_url)
    assert result.citation == f"Guideline summary (ACP/APS) (From the Guidelines; {PENDING_REVIEW})"
    assert "pending human review" in result.as_text()
    reviewed_only = knowledge.answer("inflammatory_back_pain", "acute", url=db_url)
    assert "pending" not in reviewed_only.citation


def test_content_check_refuses_red_flag_advice_resting_on_a_pending_source_alone(tmp_path, db_url):
    directory = _copy_content(tmp_path)
    path = directory / "self_care.yml"
    text = path.read_text()
    start = text.index("  - id: seek-help-serious-signs")
    end = text.index("  - id: seek-help-other-signs")
    path.write_text(text[:start] + text[start:end].replace("source: gp_guide", "source: guideline_summary")
                    + text[end:])
    with pytest.raises(ContentError) as err:
        knowledge.load(directory, url=db_url)
    assert "red-flag advice rests on 'guideline_summary' alone" in str(err.value)


SHORT_NAMES = {"NZ", "OPT", "ACP", "CLN", "GP", "CKS"}


def test_no_red_flag_rests_on_the_guideline_summary_alone():
    for finding in FINDINGS:
        if not finding.is_red_flag or finding.code == "self_harm":  # a safety rule of the service itself
            continue
        named = set(re.findall(r"\b([A-Z]{2,3}):", finding.source)) & SHORT_NAMES
        assert named - {"ACP"}, f"{finding.code} rests on the Guideline summary alone: {finding.source}"


def test_upgrading_an_existing_database_keeps_its_content(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(_alembic_config(url), "0003")
    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(text("INSERT INTO sources (id, title, publisher, type, short) "
                       "VALUES ('gp_guide', 't', 'p', 'page', 'GP')"))
    engine.dispose()
    knowledge.load(url=url)  # upgrades to the latest schema, then makes the rows match the files
    with session(url) as s:
        assert s.get(knowledge.Source, "gp_guide").status == "reviewed"
        item = s.get(knowledge.KnowledgeItem, "seek-help-serious-signs")
        assert "bladder_bowel" in item.red_flags


# --------------------------------------------------------------------------- point 9: cited claims


@pytest.mark.parametrize(("item_id", "gone", "why"), [
    ("recovery-weeks", "without any treatment", "that is the NZ guide, not the GP page's self-care section"),
    ("inflammatory-signs", "eases as you move", "that is the Clinical overview, not the GP page"),
    ("inflammatory-three-months", "early treatment helps", "the Treatment options page does not say it"),
    ("surgery-when", "badly squeezed", "nerve compression is the Clinical overview, not Treatment options"),
    ("self-care-heat-cold", "wrapped in a cloth", "the GP page lists heat or cold packs only"),
    ("graded-heat-cold", "before or after activity", "the GP page lists heat or cold packs only"),
    ("plan-chronic-physio", "works best with support", "Treatment options does not say it"),
    ("seek-help-not-improving", "stops you working", "the GP page lists that as assessed, not as a reason"),
])
def test_claims_not_in_the_cited_passage_are_gone(item_id, gone, why):
    items = {item["id"]: item for item in read_content().items}
    assert gone not in " ".join(items[item_id]["text"].split()), why


def test_only_the_red_flags_of_findings_py_are_named_with_urgency_in_the_domain_answer(domain):
    """The knowledge responses say the level's action; the flags themselves are filled in from findings."""
    emergency = domain["responses"]["utter_knowledge_signs_emergency"][0]["text"]
    urgent = domain["responses"]["utter_knowledge_signs_urgent"][0]["text"]
    assert "{emergency_number}" in emergency and "{signs}" in emergency
    assert "{same_day_care}" in urgent and "{signs}" in urgent
    assert Urgency.EMERGENCY.label.upper() in emergency and Urgency.URGENT.label.upper() in urgent
