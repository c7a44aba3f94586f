"""The action server's responses are still checked, against the schema compiled once (issue 14)."""
from __future__ import annotations

from unittest.mock import AsyncMock, patch

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

import components  # noqa: F401  (installs the compiled check, as the Rasa server's model loading does)
from components import action_response

GOOD = {
    "events": [{"event": "slot", "timestamp": None, "name": "fever", "value": "no"},
               {"event": "active_loop", "name": None}],
    "responses": [{"text": "Thanks.", "buttons": [{"title": "Yes", "payload": "/affirm"}], "custom": {}}],
}
MALFORMED = {
    "events not a list": {"events": {"event": "slot"}},
    "event without its kind": {"events": [{"name": "fever", "value": "no"}]},
    "unknown event kind": {"events": [{"event": "teleport"}]},
    "slot event without a name": {"events": [{"event": "slot", "value": "no"}]},
    "response not an object": {"responses": ["just text"]},
    "not an object at all": ["events"],
}


def remote_action() -> RemoteAction:
    return RemoteAction("validate_triage_form", EndpointConfig("http://127.0.0.1:9/webhook"))


def stock_error(result: object) -> str:
    action_response.uninstall()
    try:
        with pytest.raises(ValidationError) as caught:
            remote_action()._validate_action_result(result)
        return caught.value.message
    finally:
        action_response.install()


def test_importing_the_components_installs_the_compiled_check():
    assert RemoteAction._validate_action_result is action_response.validate_action_result


def test_a_good_response_is_accepted():
    assert remote_action()._validate_action_result(GOOD) is True
    assert remote_action()._validate_action_result({}) is True  # Rasa accepts an empty response too


@pytest.mark.parametrize("name", MALFORMED)
def test_a_malformed_response_is_refused_with_rasas_own_error(name):
    with pytest.raises(ValidationError) as caught:
        remote_action()._validate_action_result(MALFORMED[name])
    assert "Failed to validate Action server response" in caught.value.message
    assert caught.value.message == stock_error(MALFORMED[name])


async def test_a_running_action_refuses_a_malformed_response_and_takes_a_good_one():
    tracker = DialogueStateTracker("someone", [])
    arguments = (CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}), tracker, Domain.empty())
    action = remote_action()
    malformed = AsyncMock(return_value=MALFORMED["unknown event kind"])
    with patch.object(action.action_endpoint, "request", malformed), pytest.raises(ValidationError):
        await action.run(*arguments)
    good = AsyncMock(return_value={"events": GOOD["events"][:1]})
    with patch.object(action.action_endpoint, "request", good):
        events = await action.run(*arguments)
    assert events == [SlotSet("fever", "no")]
