"""The intent classifier is Rasa's LogisticRegressionClassifier with its weights kept column-major: the
same predictions, trained and loaded as Rasa's own (issue 14)."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.intent_classifier import ColumnMajorLogisticRegressionClassifier

INTENTS = ("greet", "describe_pain", "ask_question")


def message(seed: int, intent: str | None = None) -> Message:
    """A message with sparse and dense sentence features, as the featurizers before the classifier give."""
    rng = np.random.default_rng(seed)
    message = Message(data={TEXT: f"text {seed}", **({"intent": intent} if intent else {})})
    sparse = scipy.sparse.random(1, 300, density=0.05, random_state=seed, format="coo")
    message.add_features(Features(sparse, "sentence", TEXT, "counts"))
    message.add_features(Features(rng.normal(size=(1, 16)), "sentence", TEXT, "embedding"))
    return message


def trained(cls, tmp_path, name: str):
    (tmp_path / name).mkdir()
    storage = LocalModelStorage(tmp_path / name)
    resource = Resource(name)
    context = ExecutionContext(GraphSchema({}), "test")
    config = {**cls.get_default_config(), "max_iter": 200}
    component = cls.create(config, storage, resource, context)
    component.train(TrainingData([message(i, INTENTS[i % 3]) for i in range(60)]))
    return cls.load(config, storage, resource, context)


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("classifiers")
    return (trained(ColumnMajorLogisticRegressionClassifier, tmp_path, "ours"),
            trained(LogisticRegressionClassifier, tmp_path, "rasas"))


def test_the_loaded_weights_are_column_major(both):
    ours, rasas = both
    assert ours.clf.coef_.flags["F_CONTIGUOUS"] and not rasas.clf.coef_.flags["F_CONTIGUOUS"]
    assert ours.clf.coef_.T.flags["C_CONTIGUOUS"]  # what scikit-learn multiplies by: no copy needed


def test_the_predictions_are_rasas_own(both):
    ours, rasas = both
    ours_out = ours.process([message(1000 + i) for i in range(20)])
    rasas_out = rasas.process([message(1000 + i) for i in range(20)])
    for a, b in zip(ours_out, rasas_out, strict=True):
        assert a.get("intent")["name"] == b.get("intent")["name"]
        assert [r["name"] for r in a.get("intent_ranking")] == [r["name"] for r in b.get("intent_ranking")]
        assert np.allclose([r["confidence"] for r in a.get("intent_ranking")],
                           [r["confidence"] for r in b.get("intent_ranking")], rtol=0, atol=1e-12)
