"""NLU featurizer: a pretrained sentence embedding (all-MiniLM-L6-v2, components/minilm.py) as dense
sentence features beside the word and character counts.

Counts only match wordings seen in our examples; on blind sets, people describing their own back in idiom
or asking a topic in new words went to the wrong intent. The embedding places a new wording near
examples that mean the same. `scale` sets its weight against the count features in the linear classifier
(chosen by cross-validation with `make compare-pipelines`). Button payloads ("/affirm") are not encoded.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.minilm import DIMENSIONS, shared_encoder


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config(), "scale": 1.0}

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SentenceEmbeddingFeaturizer:
        shared_encoder()  # loaded here, so that the first message is not slow
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        if float(config.get("scale", 1.0)) <= 0:
            raise ValueError("SentenceEmbeddingFeaturizer: 'scale' must be a positive number.")

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self.scale = float(config["scale"])

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text is None:  # a training example without text (a response or an action): nothing to encode
                continue
            vector = (np.zeros(DIMENSIONS, dtype=np.float32) if text.startswith("/")
                      else _embedding(text) * self.scale)
            # one "token" for the sequence, one for the sentence: only the sentence features are used
            features = vector.reshape(1, DIMENSIONS)
            self.add_features_to_message(sequence=features, sentence=features, attribute=TEXT,
                                         message=message)
        return messages


@lru_cache(maxsize=4096)
def _embedding(text: str) -> np.ndarray:
    """Most triage replies are short and common ("no", "not sure", "a few days"): each is encoded once per
    process. The array is read-only, so no caller can change the cached copy."""
    vector = shared_encoder().encode(text)
    vector.setflags(write=False)
    return vector
