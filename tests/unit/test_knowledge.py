"""Knowledge base: content checks, loading (validation, idempotence, edits), topic recognition, answers."""
import re
import shutil
from pathlib import Path

import pytest
import textstat
import yaml

from clinical import knowledge
from clinical.knowledge import CONTENT_DIR, ContentError, read_content
from clinical.questions import separate_questions
from tests.conftest import ROOT

MAX_GRADE = 10  # Flesch-Kincaid grade: readable by a worried person with back pain
QUESTIONS = yaml.safe_load((ROOT / "tests" / "data" / "topic_questions.yml").read_text())


@pytest.fixture(scope="module")
def content():
    return read_content()


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'kb.db'}"


def test_content_files_are_valid(content):
    assert content.errors == []
    assert len(content.items) >= 50


def test_every_item_has_a_registered_source_and_a_known_topic(content):
    sources = {s["id"] for s in content.sources}
    topics = {t["id"] for t in content.topics}
    for item in content.items:
        assert item["source"] in sources, item["id"]
        assert item["topic"] in topics, item["id"]


def test_every_topic_has_content(content):
    covered = {item["topic"] for item in content.items}
    assert covered == {t["id"] for t in content.topics}


@pytest.mark.parametrize("item", read_content().items, ids=lambda i: i["id"])
def test_every_item_is_readable(item):
    grade = textstat.flesch_kincaid_grade(item["text"])
    assert grade <= MAX_GRADE, f"{item['id']}: grade {grade}"


def test_topics_named_by_the_domain_and_actions_exist(content):
    topic_ids = {t["id"] for t in content.topics}
    code = "\n".join(p.read_text() for p in (ROOT / "actions").rglob("*.py"))
    named = set(re.findall(r'topic="(\w+)"', code))
    assert named <= topic_ids


def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(CONTENT_DIR, target)
    return target


@pytest.mark.parametrize(("mutation", "message"), [
    (lambda s: s.replace("source: nz_treatment", "source: made_up", 1), "unknown source 'made_up'"),
    (lambda s: s.replace("    section: \"FAQ: Is back pain", "    sectionx: \"FAQ: Is back pain", 1),
     "missing field 'section'"),
    (lambda s: s.replace("id: what-is-common-cause", "id: what-is-symptom", 1), "duplicate item id"),
])
def test_invalid_content_is_refused_with_file_and_line(tmp_path, db_url, mutation, message):
    directory = _copy_content(tmp_path)
    path = directory / "about_back_pain.yml"
    path.write_text(mutation(path.read_text()))
    with pytest.raises(ContentError) as err:
        knowledge.load(directory, url=db_url)
    assert message in str(err.value)
    assert re.search(r"data/knowledge/about_back_pain\.yml:\d+|about_back_pain\.yml:\d+", str(err.value))


def test_loading_twice_changes_nothing_and_an_edit_changes_the_answer(tmp_path, db_url):
    directory = _copy_content(tmp_path)
    first = knowledge.load(directory, url=db_url)
    second = knowledge.load(directory, url=db_url)
    assert first["added"] > 0
    assert second["added"] == second["updated"] == second["removed"] == 0
    path = directory / "self_care.yml"
    path.write_text(path.read_text().replace("Heat packs or cold packs are one of the simple",
                                             "Warmth or cold is one of the simple"))
    third = knowledge.load(directory, url=db_url)
    assert third["updated"] == 1
    assert any("Warmth or cold" in t for t in knowledge.answer("self_care", url=db_url).texts)


def test_answers_fit_the_duration_band_and_cite_their_source(tmp_path, db_url):
    knowledge.load(url=db_url)
    early = knowledge.answer("imaging", "acute", url=db_url)
    later = knowledge.answer("imaging", "chronic", url=db_url)
    assert any("first 6 weeks" in t for t in early.texts)
    assert not any("first 6 weeks" in t for t in later.texts)
    assert any("After 6 weeks" in t for t in later.texts)
    assert "Healthify NZ" in early.citation


def test_each_statement_carries_its_own_source_for_pages_that_show_it_beneath(db_url):
    knowledge.load(url=db_url)
    result = knowledge.answer("imaging", "acute", url=db_url)
    statements = result.payload()["knowledge"]["statements"]
    assert [s["text"] for s in statements] == result.texts
    assert len({s["source"] for s in statements}) > 1  # this topic draws on several sources
    # the plain text names each source once, in the order the statements use them
    assert result.as_text().endswith("(Source: " + "; ".join(dict.fromkeys(s["source"] for s in statements))
                                     + ")")


@pytest.mark.parametrize("case", QUESTIONS["questions"], ids=lambda c: c["q"][:40])
def test_topic_recognition(case, content):
    topics = [(t["id"], [str(k) for k in t["keywords"]]) for t in content.topics]
    assert knowledge.match_topics(case["q"], topics)[:1] == [case["topic"]]


@pytest.mark.parametrize("question", QUESTIONS["unanswerable"])
def test_questions_without_content_get_no_topic(question, content):
    topics = [(t["id"], [str(k) for k in t["keywords"]]) for t in content.topics]
    assert knowledge.match_topics(question, topics) == []


@pytest.mark.parametrize("text, parts", [
    ("can i take my husbands panadeine? and do i need an xray",
     ["can i take my husbands panadeine?", "do i need an xray"]),
    ("is it a disc? can I work? should I rest?", ["is it a disc?", "can I work?"]),  # two at most
    ("can I take ibuprofen and paracetamol together?", ["can I take ibuprofen and paracetamol together?"]),
    ("I need operation also?", ["I need operation also?"]),
])
def test_separate_questions_in_one_message(text, parts):
    assert separate_questions(text) == parts
