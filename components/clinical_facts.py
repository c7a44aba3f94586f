"""NLU component: every message is read for red flags by the clinical rules, whatever the classifier says.

A message that reports a red flag (present, about the user, not a "what if") gets the intent `red_flag`
and one `red_flag` entity per finding, so the dialogue escalates at once in any state. A message the
classifier put under `red_flag` but in which the rules find none (for example "no bladder problems")
is given its next-best intent instead, so a negated mention never escalates. A message with no
English words in it (empty, emoji, another language) is marked as not understood; an uncertain one that
is phrased as a question goes to the knowledge base.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from clinical.language import looks_like_question, readable_as_english, red_flag_spans

RED_FLAG_INTENT = "red_flag"
FALLBACK_INTENT_WITHOUT_FLAG = "inform"
NOT_UNDERSTOOD_INTENT = "nlu_fallback"  # empty, emoji-only or non-English: ask to rephrase
QUESTION_INTENT = "ask_question"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=False,
)
class ClinicalFactExtractor(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> ClinicalFactExtractor:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.startswith("/"):  # button payloads carry their intent already
            return
        flags = red_flag_spans(text)
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != RED_FLAG_INTENT]
        if not flags and not readable_as_english(text):
            not_understood = {"name": NOT_UNDERSTOOD_INTENT, "confidence": 1.0}
            message.set(INTENT, not_understood, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [not_understood, *ranking], add_to_output=True)
        elif flags:
            entities = list(message.get(ENTITIES) or [])
            for start, end, code in flags:
                entities.append({"entity": "red_flag", "value": code, "start": start, "end": end,
                                 "confidence": 1.0, "extractor": type(self).__name__})
            message.set(ENTITIES, entities, add_to_output=True)
            top = {"name": RED_FLAG_INTENT, "confidence": 1.0}
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)
        elif (message.get(INTENT) or {}).get("name") == NOT_UNDERSTOOD_INTENT and looks_like_question(text):
            # An uncertain question goes to the knowledge base, which says honestly when it has no answer.
            question = {"name": QUESTION_INTENT, "confidence": 1.0}
            message.set(INTENT, question, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [question, *ranking], add_to_output=True)
        elif (message.get(INTENT) or {}).get("name") == RED_FLAG_INTENT:
            best = ranking[0] if ranking else {"name": FALLBACK_INTENT_WITHOUT_FLAG, "confidence": 1.0}
            message.set(INTENT, best, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
