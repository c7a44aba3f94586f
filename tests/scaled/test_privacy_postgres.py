""""Delete my data" and retention on PostgreSQL: the same scenarios as tests/unit/test_privacy.py (SQLite),
against a real cluster: zero rows of the person in every table afterwards, everyone else's kept."""
from __future__ import annotations

import pytest

from stores.tracker import GuardedSQLTrackerStore
from tests import privacy_scenarios


@pytest.fixture
def stores(postgres, monkeypatch):
    url, tracker_url = postgres.url("backcare"), postgres.url("tracker")
    monkeypatch.setenv("BACKCARE_DATABASE_URL", url)  # the action deletes from the configured database
    tracker_store = GuardedSQLTrackerStore(domain=privacy_scenarios.DOMAIN, dialect="postgresql",
                                           host="127.0.0.1", port=postgres.port, db="tracker",
                                           username="backcare", password=postgres.password)
    yield tracker_store, url, tracker_url
    tracker_store.engine.dispose()


async def test_delete_my_data_in_the_chat_leaves_zero_rows_on_postgresql(stores):
    await privacy_scenarios.chat_deletion(*stores)


async def test_deleting_from_the_console_leaves_zero_rows_on_postgresql(stores):
    await privacy_scenarios.console_deletion(*stores)


async def test_the_retention_purge_on_postgresql_deletes_the_old_and_keeps_the_recent(stores):
    await privacy_scenarios.retention_purge(*stores)
