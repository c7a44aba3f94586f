"""NLU component: the intent reader (clinical/intent_reader.py), learned from messages written without
seeing our examples, leads the classifier where it is sure of another intent.

It runs after the classifier and before the fallback and the clinical component, which still decide red
flags, conversation moves and everything else from the words. What the reader may lead to, and what it
never takes a message away from, is in `clinical.intent_reader` (`LEADS_TO`, `KEPT`).
"""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from clinical.intent_reader import reader


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LearnedIntentReader(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> LearnedIntentReader:
        reader()  # loaded here (trained if no saved copy), so that the first message is not slow
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):  # button payloads carry their intent already
                continue
            led = reader().may_lead(text, (message.get(INTENT) or {}).get("name"))
            if led is None:
                continue
            name, belief = led
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
            # at least as sure as anything below it: the fallback step reads a lead that is less sure than
            # the next intent as an ambiguous message
            surest = max([belief, *(r.get("confidence") or 0.0 for r in ranking)])
            decided = {"name": name, "confidence": surest}
            message.set(INTENT, decided, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [decided, *ranking], add_to_output=True)
        return messages
