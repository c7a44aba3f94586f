"""NLU featurizer: a pretrained sentence embedding (all-MiniLM-L6-v2, components/minilm.py) as dense
sentence features beside the word and character counts.

Counts only match wordings seen in our examples; on blind sets, people describing their own back in idiom
or asking a topic in new words went to the wrong intent. The embedding places a new wording near
examples that mean the same. `scale` sets its weight against the count features in the linear classifier
(chosen by cross-validation with `make compare-pipelines`). Button payloads ("/affirm") are not encoded.
"""
from __future__ import annotations

from collections.abc import Callable
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
        # All examples encoded together: several times faster than one at a time, and the same vectors.
        texts = sorted({text for message in training_data.training_examples
                        if (text := message.get(TEXT)) is not None and not text.startswith("/")})
        encoded = dict(zip(texts, shared_encoder().encode_many(texts), strict=True)) if texts else {}
        self._add(training_data.training_examples, encoded.__getitem__)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        self._add(messages, _embedding)
        return messages

    def _add(self, messages: list[Message], embedding: Callable[[str], np.ndarray]) -> None:
        for message in messages:
            text = message.get(TEXT)
            if text is None:  # a training example without text (a response or an action): nothing to encode
                continue
            vector = (np.zeros(DIMENSIONS, dtype=np.float32) if text.startswith("/")
                      else embedding(text) * self.scale)
            # one "token" for the sequence, one for the sentence: only the sentence features are used
            features = vector.reshape(1, DIMENSIONS)
            self.add_features_to_message(sequence=features, sentence=features, attribute=TEXT,
                                         message=message)


@lru_cache(maxsize=4096)
def _embedding(text: str) -> np.ndarray:
    """Most triage replies are short and common ("no", "not sure", "a few days"): each is encoded once per
    process. The array is read-only, so no caller can change the cached copy."""
    vector = shared_encoder().encode(text)
    vector.setflags(write=False)
    return vector
