"""The readers' probabilities computed without scikit-learn's per-call checks are its own numbers
(clinical/trained_cache.py class_probabilities; issue 14)."""
import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

from clinical import intent_reader, recall, topic_reader
from clinical.trained_cache import class_probabilities

TEXTS = ["my back hurts since tuesday", "I can't feel my bum when I wipe", "", "😀", "x" * 3000,
         "can I take ibuprofen?", "zzzz qqqq unseen words only", "legs weak, both, getting worse by the hour"]


def small_pipeline(**tfidf):
    model = make_pipeline(make_union(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, **tfidf),
                                     TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=1)),
                          LogisticRegression(max_iter=500))
    texts = ["back pain", "sore back lifting", "numb bum", "can't pee", "fever and chills", "weak leg"]
    return model.fit(texts, ["none", "none", "saddle", "bladder", "fever", "weakness"])


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_probabilities_as_scikit_learn_on_a_small_reader(text):
    model = small_pipeline()
    assert np.array_equal(class_probabilities(model)(text), model.predict_proba([text])[0])


def test_a_pipeline_of_another_shape_gets_scikit_learns_own_path():
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=500)).fit(["sore back", "numb bum"],
                                                                            ["x", "y"])
    assert class_probabilities(model).__name__ == "stock"
    assert class_probabilities(small_pipeline(binary=True)).__name__ == "stock"


@pytest.mark.parametrize("load", [recall.detector, intent_reader.reader, topic_reader.reader])
def test_the_trained_readers_give_scikit_learns_numbers(load):
    model = load()._model
    fast = class_probabilities(model)
    assert fast.__name__ == "fast"
    for text in TEXTS:
        assert np.allclose(fast(text), model.predict_proba([text])[0], rtol=0, atol=1e-12)
