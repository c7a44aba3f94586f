""""Delete my data" and retention on SQLite (the same scenarios run on PostgreSQL in tests/scaled): after a
deletion in the chat, from the console or by the retention purge, every table holds zero rows of that
person and all of everyone else's; the audit keeps that it happened, when and by whom, never what was said."""
from __future__ import annotations

import pytest
import requests

from actions.privacy import DELETE_MY_DATA
from clinical import erasure, moves
from console import store
from stores.tracker import ERASE_ACTION, GuardedSQLTrackerStore
from tests import privacy_scenarios
from tests.unit.test_console import PASSWORD, _signed_in, console  # noqa: F401  (the served console)


@pytest.fixture
def stores(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'backcare.db'}"
    tracker_url = f"sqlite:///{tmp_path / 'tracker.db'}"
    monkeypatch.setenv("BACKCARE_DATABASE_URL", url)
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "tracker.db"))
    monkeypatch.delenv("TRACKER_STORE_URL", raising=False)
    tracker_store = GuardedSQLTrackerStore(domain=privacy_scenarios.DOMAIN, dialect="sqlite",
                                           db=str(tmp_path / "tracker.db"))
    return tracker_store, url, tracker_url


def test_the_action_is_the_one_the_tracker_store_erases_on():
    assert DELETE_MY_DATA == ERASE_ACTION


async def test_delete_my_data_in_the_chat_leaves_zero_rows_of_the_person_and_keeps_others(stores):
    await privacy_scenarios.chat_deletion(*stores)


async def test_deleting_from_the_console_leaves_zero_rows_of_the_person_and_keeps_others(stores):
    await privacy_scenarios.console_deletion(*stores)


async def test_deleted_words_are_gone_from_the_sqlite_files_too_not_just_from_the_tables(stores, tmp_path):
    """SQLite keeps a deleted row's bytes in free pages, and the tracker's write-ahead log keeps copies."""
    tracker_store, url, tracker_url = stores
    person, _, case_id = await privacy_scenarios.seed_person(tracker_store, url, "bytes-person")
    words = privacy_scenarios.WORDS.format(person).encode()

    def files_holding_the_words() -> list[str]:
        return sorted(path.name for path in tmp_path.iterdir()
                      if path.is_file() and words in path.read_bytes())

    assert "tracker.db" in "".join(files_holding_the_words())  # stored (in the file or its log)
    erasure.erase_everything(person, actor="erin", url=url, tracker_url=tracker_url, case_id=case_id)
    assert files_holding_the_words() == []


async def test_the_retention_purge_deletes_what_is_older_and_keeps_what_is_recent(stores):
    await privacy_scenarios.retention_purge(*stores)


async def test_a_database_fault_still_tells_the_person_what_was_and_was_not_deleted(monkeypatch, tmp_path):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.privacy import ActionDeleteMyData
    from tests.conftest import load_domain, make_tracker, user_event
    (tmp_path / "a-folder").mkdir()
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'a-folder'}")
    dispatcher = CollectingDispatcher()
    await ActionDeleteMyData().run(dispatcher, make_tracker([user_event("yes", "affirm")]), load_domain())
    assert [m["response"] for m in dispatcher.messages] == ["utter_data_not_deleted"]


def test_the_purge_command_prints_counts_only_and_keeps_everything_when_unset(stores, monkeypatch, capsys):
    monkeypatch.delenv(erasure.RETENTION_SETTING, raising=False)
    assert erasure.main(["purge"]) == 0
    assert "nothing deleted" in capsys.readouterr().out
    monkeypatch.setenv(erasure.RETENTION_SETTING, "thirty")
    assert erasure.main(["purge"]) == 2
    assert "whole number of days" in capsys.readouterr().err
    monkeypatch.setenv(erasure.RETENTION_SETTING, "30")
    assert erasure.main(["purge"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("deleted what was older than 30 days: 0 conversations, 0 events")
    assert erasure.main(["purge", "--days", "0"]) == 2


@pytest.mark.parametrize("text", ["delete my data", "forget everything I told you", "erase my conversation",
                                  "I want my information removed", "delete everything you know about me",
                                  "can you remove my details", "right to be forgotten"])
def test_requests_to_delete_data_are_read_from_the_words(text):
    assert moves.asks_to_delete_data(text)


@pytest.mark.parametrize("text", ["don't delete my data", "do you keep my data?", "remove the pain",
                                  "I deleted my messages to my boss", "start again", "forget it"])
def test_other_messages_are_not_requests_to_delete_data(text):
    assert not moves.asks_to_delete_data(text)


# ---- from the staff console, over HTTP (`python -m console serve`, test_console.py's fixture) ------------

async def test_staff_delete_a_persons_data_from_the_case_page_after_confirming(console):  # noqa: F811
    base, url = console
    tracker_path = url.removeprefix("sqlite:///").replace("console.db", "tracker.db")
    tracker_url = f"sqlite:///{tracker_path}"
    tracker_store = GuardedSQLTrackerStore(domain=privacy_scenarios.DOMAIN, dialect="sqlite", db=tracker_path)
    person, _, case_id = await privacy_scenarios.seed_person(tracker_store, url, "console-http-person")
    other, _, other_case = await privacy_scenarios.seed_person(tracker_store, url, "console-http-other")
    before, other_before = (privacy_scenarios.rows_of(person, case_id, url, tracker_url),
                            privacy_scenarios.rows_of(other, other_case, url, tracker_url))
    store.create_account("hana", PASSWORD, url=url)
    browser, csrf = _signed_in(base, "hana")

    assert f'href="/cases/{case_id}/delete"' in browser.get(f"{base}/cases/{case_id}").text
    confirm = browser.get(f"{base}/cases/{case_id}/delete").text
    assert "cannot be undone" in confirm and 'name="csrf_token"' in confirm
    assert privacy_scenarios.rows_of(person, case_id, url, tracker_url) == before  # asking deletes nothing
    refused = browser.post(f"{base}/cases/{case_id}/delete", data={"csrf_token": "forged"})
    assert refused.status_code == 403 and "nothing was deleted" in refused.text
    signed_out = requests.post(f"{base}/cases/{case_id}/delete", data={"csrf_token": csrf},
                               allow_redirects=False)
    assert signed_out.headers.get("Location") == "/login"
    assert privacy_scenarios.rows_of(person, case_id, url, tracker_url) == before

    done = browser.post(f"{base}/cases/{case_id}/delete", data={"csrf_token": csrf})
    assert done.status_code == 200 and "is deleted" in done.text
    assert privacy_scenarios.rows_of(person, case_id, url, tracker_url) == {table: 0 for table in before}
    assert privacy_scenarios.rows_of(other, other_case, url, tracker_url) == other_before
    assert browser.get(f"{base}/cases/{case_id}").status_code == 404
    line = privacy_scenarios.audit_lines(url, "data_deleted")[-1]
    assert (line["actor"], line["case_id"]) == ("hana", case_id)
    assert privacy_scenarios.WORDS.format(person) not in privacy_scenarios.all_audit_text(url)


# ---- a typed yes or no to the deletion question is its answer, not the waiting question's -----------------

def _after_deletion_question(reply: str, intent: str):
    from tests.conftest import action_event, make_tracker, user_event
    events = [user_event("my back hurts", "describe_pain"), action_event("triage_form"),
              user_event("delete my data", "delete_my_data"), action_event("utter_confirm_delete_data"),
              {"event": "bot", "text": "Do you want me to delete your data?"}, action_event("action_listen"),
              user_event(reply, intent)]
    return make_tracker(events, slots={"requested_slot": "saddle_numbness"}, active_loop="triage_form")


@pytest.mark.parametrize("reply, intent", [("no", "deny"), ("yes", "affirm"),
                                           ("/keep_my_data", "keep_my_data"),
                                           ("forget everything I told you", "delete_my_data")])
async def test_the_triage_form_steps_aside_for_a_deletion_request_or_reply(reply, intent, domain):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.triage import ValidateTriageForm
    dispatcher = CollectingDispatcher()
    events = await ValidateTriageForm().run(dispatcher, _after_deletion_question(reply, intent), domain)
    # only requested_slot, unchanged: the form finds no answer, so the dialogue rules answer the question
    assert events == [{"event": "slot", "name": "requested_slot", "value": "saddle_numbness",
                       "timestamp": None}]
    assert dispatcher.messages == []


def test_only_a_typed_reply_right_after_the_deletion_question_counts():
    from actions.privacy import about_deleting_data
    from tests.conftest import action_event, make_tracker, user_event
    assert about_deleting_data(_after_deletion_question("no", "deny"))
    assert not about_deleting_data(_after_deletion_question("no", "red_flag"))
    later = make_tracker([user_event("delete my data", "delete_my_data"),
                          action_event("utter_confirm_delete_data"), action_event("action_listen"),
                          user_event("no", "deny"), action_event("utter_data_kept"),
                          action_event("triage_form"), action_event("action_listen"),
                          user_event("no", "deny")])
    assert not about_deleting_data(later)  # "no" to the question asked again is its answer
