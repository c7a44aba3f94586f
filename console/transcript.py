"""A conversation's transcript for staff, read from Rasa's SQL tracker store (the `events` table).

The store is the one `endpoints.yml` names: TRACKER_STORE_URL when set (for example a postgresql:// URL),
otherwise the SQLite file TRACKER_DB that `make run` uses.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError


def tracker_store_url() -> str | None:
    if os.environ.get("TRACKER_STORE_URL"):
        return os.environ["TRACKER_STORE_URL"]
    path = os.environ.get("TRACKER_DB")
    return f"sqlite:///{path}" if path else None


@lru_cache(maxsize=2)
def _engine(url: str) -> Engine:
    return create_engine(url, future=True, pool_pre_ping=True)


def transcript(conversation_id: str, since: float = 0.0, url: str | None = None) -> list[dict[str, Any]]:
    """What the person and the assistant said, in order: [{"who": "person"|"assistant", "text", "at"}], the
    person's lines with the assistant's reading of them ("reading", None when there is none). Empty when the
    tracker store is not configured or cannot be read (the case summary still shows). `since`: only what
    was said from that moment (seconds since 1970), read by the database, not after loading it all."""
    url = url or tracker_store_url()
    if not url:
        return []
    try:
        with _engine(url).connect() as connection:
            rows = connection.execute(
                text("SELECT type_name, timestamp, data FROM events WHERE sender_id = :sender "
                     "AND type_name IN ('user', 'bot') AND timestamp >= :since ORDER BY id"),
                {"sender": conversation_id, "since": since}).all()
    except SQLAlchemyError:
        return []
    lines = []
    for type_name, timestamp, data in rows:
        event = json.loads(data) if isinstance(data, str) else (data or {})
        said = event.get("text") or ""
        if type_name == "bot" and not said:
            said = "(buttons or a card)"
        staff = (event.get("metadata") or {}).get("from_staff") if type_name == "bot" else None
        who = "person" if type_name == "user" else f"staff ({staff})" if staff else "assistant"
        line = {"who": who, "text": said, "at": timestamp}
        if type_name == "user":  # what the assistant's NLU read in it (components/clinical_facts.py)
            line["reading"] = ((event.get("parse_data") or {}).get("clinical_reading") or {}).get("mentions")
        lines.append(line)
    return lines
