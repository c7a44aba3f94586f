"""Shared fixtures: the real domain, a fresh dispatcher, and trackers built from plain event lists."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

ROOT = Path(__file__).resolve().parents[1]


def load_domain() -> dict[str, Any]:
    """All files of domain/ merged, as Rasa merges them."""
    merged: dict[str, Any] = {}
    for path in sorted((ROOT / "domain").glob("*.yml")):
        part = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, value in part.items():
            if isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            elif isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            else:
                merged[key] = value
    return merged


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return load_domain()


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def user_event(text: str, intent: str = "inform", confidence: float = 0.9,
               entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"event": "user", "text": text,
            "parse_data": {"text": text, "intent": {"name": intent, "confidence": confidence},
                           "entities": entities or []}}


def slots_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The slots an action set, by name."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def action_event(name: str) -> dict[str, Any]:
    return {"event": "action", "name": name}


def make_tracker(events: list[dict[str, Any]] | None = None, slots: dict[str, Any] | None = None,
                 active_loop: str | None = None, sender_id: str = "test-user",
                 latest_action: str = "action_listen") -> Tracker:
    events = events or []
    latest = next((e for e in reversed(events) if e.get("event") == "user"), None)
    latest_message = dict(latest["parse_data"]) if latest else {"intent": {}, "entities": [], "text": ""}
    return Tracker(sender_id, slots or {}, latest_message, events, False, None,
                   {"name": active_loop} if active_loop else {}, latest_action)
