"""Which knowledge topic a question is about, learned from questions people wrote without seeing ours.

The topic keywords (clinical.knowledge.match_topics) find a topic by the words it is usually asked in; a
question in other words went to the topic whose word it happened to use ("what will the physio do at the
first appointment?" went to physiotherapy rather than what an assessment involves; "should I check with
my doctor before starting?" to exercise programmes). This reader learns the topic from the questions in
the blind corpus's development material (`scripts/collect-training-examples.py`, never an unread sealed
set): trained on the sets before each of sets 11 to 23 and scored on that set, it found the writer's topic
for 94% of 738 questions, against 87% for the keywords on sets 19 to 23 when each was first scored.
clinical/questions.py uses it first when it is confident, and the keywords and the medicine rules
otherwise. Trained in about ten seconds and kept in var/cache/ (clinical/trained_cache.py; `python -m
clinical.topic_reader build`).
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from clinical.language import normalise
from clinical.trained_cache import DATA_DIR, TrainedCache, class_probabilities

# (it learns from normalised text, so a change to normalising trains it again)
_HERE = Path(__file__)
CACHE = TrainedCache("topic reader", "topic-reader-", "topic_training*.json", _HERE,
                     depends=(_HERE.with_name("language.py"), _HERE.with_name("lexicon.py")))


def load_examples(data_dir: Path = DATA_DIR) -> tuple[list[str], list[str]]:
    """The example questions (normalised as they are read) and their topic ids."""
    texts, topics = [], []
    for path in sorted(data_dir.glob("topic_training*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["examples"]:
            texts.append(normalise(item["text"]))
            topics.append(item["label"])
    return texts, topics


class TopicReader:
    """Word and character n-grams with a logistic regression over the topic ids."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._topics: list[str] = list(model.classes_)
        self._probabilities = class_probabilities(model)

    @staticmethod
    def trained_model(data_dir: Path) -> Any:
        # Imported here so that importing the clinical package stays cheap for code that never reads text.
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        features = make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2),
        )
        model = make_pipeline(features, LogisticRegression(C=10.0, max_iter=3000))
        model.fit(*load_examples(data_dir))
        for _, vectorizer in features.transformer_list:
            vectorizer.stop_words_ = None  # the n-grams too rare to keep: only for inspection (scikit-learn)
        return model

    def best(self, text: str) -> tuple[str, float] | None:
        """The likeliest topic and the reader's belief in it (None for an empty text)."""
        words = normalise(text)
        if not words.strip():
            return None
        probabilities = self._probabilities(words)
        index = int(probabilities.argmax())
        return self._topics[index], float(probabilities[index])


def load_or_train(data_dir: Path = DATA_DIR, cache_dir: Path | None = None) -> TopicReader:
    return TopicReader(CACHE.load_or_train(TopicReader.trained_model, data_dir, cache_dir))


@lru_cache(maxsize=1)
def reader() -> TopicReader:
    return load_or_train()


def main(argv: list[str]) -> int:
    if argv != ["build"]:
        print("usage: python -m clinical.topic_reader build", file=sys.stderr)
        return 2
    return CACHE.build(TopicReader.trained_model, "about ten seconds")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
