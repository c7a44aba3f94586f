"""Events are read back as the same classes Rasa's own lookup gives, from a table (issue 14)."""
from __future__ import annotations

import json

import pytest
import rasa.shared.utils.common
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

import components  # noqa: F401  (installs the table, as the Rasa server's model loading does)
from components import event_lookup

EVERY_TYPE_NAME = sorted({cls.type_name for cls in rasa.shared.utils.common.all_subclasses(Event)})


def stock(type_name: str, default=None):
    event_lookup.uninstall()
    try:
        return Event.resolve_by_type(type_name, default)
    finally:
        event_lookup.install()


def test_importing_the_components_installs_the_table():
    assert Event.resolve_by_type("slot") is SlotSet
    assert Event.resolve_by_type.__code__ is event_lookup.resolve_by_type.__code__


@pytest.mark.parametrize("type_name", EVERY_TYPE_NAME)
def test_every_event_type_resolves_to_the_class_rasas_own_walk_gives(type_name):
    assert Event.resolve_by_type(type_name) is stock(type_name)


def test_unknown_names_behave_as_in_rasa():
    assert Event.resolve_by_type("topic") is None  # Rasa's old TopicSet events are skipped
    assert Event.resolve_by_type("teleport", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'teleport'"):
        Event.resolve_by_type("teleport")


def test_an_event_class_defined_later_is_found():
    class LaterEvent(SlotSet):
        type_name = "later_event_for_test"

    assert Event.resolve_by_type("later_event_for_test") is LaterEvent


def test_a_conversation_reads_back_the_same_as_with_rasas_lookup():
    domain = Domain.load("domain")
    events = [ActionExecuted("action_listen"),
              UserUttered("my back hurts", {"name": "describe_pain", "confidence": 0.9}),
              SlotSet("fever", "no"), ActionExecuted("triage_form")]
    stored = [json.loads(json.dumps(event.as_dict())) for event in events]
    ours = DialogueStateTracker.from_dict("someone", stored, domain.slots)
    event_lookup.uninstall()
    try:
        theirs = DialogueStateTracker.from_dict("someone", stored, domain.slots)
    finally:
        event_lookup.install()
    assert list(ours.events) == list(theirs.events)
    assert ours.get_slot("fever") == "no"
