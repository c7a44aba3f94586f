"""What a message is for (its intent), learned from messages people wrote without seeing our examples.

The NLU classifier learns from the project's own examples, and on each new blind routing set it had first
routed 77% to 89% right: people say the same things in words nobody wrote for it. This reader learns from
those examples and also from the routing cases of the blind corpus's development material and its sealed
sets already read (`scripts/collect-training-examples.py`, never an unread sealed set). Trained only on
the sets before each of sets 14 to 24 and scored on that set, it routed more right leading the classifier
where it is at least 70% sure than the classifier alone, whose examples were by then partly written from
those very sets (`benchmarks/intent_reader_temporal.py`; figures in the README). The NLU component
`components/intent_reader.py` applies it; `may_lead` says when. Trained in under a minute and kept in
var/cache/ (clinical/trained_cache.py; `python -m clinical.intent_reader build`).
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
CACHE = TrainedCache("intent reader", "intent-reader-", "intent_training*.json", _HERE,
                     depends=(_HERE.with_name("language.py"), _HERE.with_name("lexicon.py")))

# How sure the reader must be to lead the classifier (0.5 and 0.9 routed fewer right on the sets before).
LEAD_THRESHOLD = 0.7
# Telling one's own pain: two intents the triage treats alike, so the reader's belief in them is added up,
# and it never moves a message from one to the other.
OWN_SYMPTOMS = frozenset({"describe_pain", "inform"})
# Intents the reader never takes a message away from: a red flag and a stated place are decided by the
# clinical rules; a question about waiting or going after an escalation must get the outcome restated; a
# yes, no or not sure may be the answer to a red-flag question; data is kept or deleted as asked.
KEPT = frozenset({"red_flag", "tell_region", "ask_getting_help", "affirm", "deny", "unsure",
                  "delete_my_data", "confirm_delete_data", "keep_my_data", "keep_answers"})
# The only intents it leads to: asking, telling, plans, thanks and greetings. Never an answer (a "yes" to the
# bladder question), a goodbye (which stops the safety questions), a conversation move (start again,
# correct, dismiss: the clinical component would fall back to the classifier's next guess unchecked), a
# person, "out of scope", or anything about data.
LEADS_TO = frozenset({"ask_question", "describe_pain", "inform", "report_flare", "report_progress",
                      "ask_activity_plan", "show_plan", "ask_why", "thank", "greet", "bot_challenge"})


def load_examples(data_dir: Path = DATA_DIR) -> tuple[list[str], list[str]]:
    """The example messages (normalised as they are read) and their intents."""
    texts, intents = [], []
    for path in sorted(data_dir.glob("intent_training*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["examples"]:
            texts.append(normalise(item["text"]))
            intents.append(item["label"])
    return texts, intents


class IntentReader:
    """Word and character n-grams with a class-balanced logistic regression over the intents."""

    def __init__(self, model: Any) -> None:
        import numpy as np

        self._model = model
        self._intents: list[str] = list(model.classes_)
        # stored column-major, the transposed weights need no copy for each message (as in clinical/recall.py)
        classifier = model[-1]
        classifier.coef_ = np.asfortranarray(classifier.coef_)
        self._probabilities = class_probabilities(model)

    @staticmethod
    def trained_model(data_dir: Path) -> Any:
        # Imported here so that importing the clinical package stays cheap for code that never reads text.
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        features = make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
        model = make_pipeline(features, LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000))
        model.fit(*load_examples(data_dir))
        for _, vectorizer in features.transformer_list:
            vectorizer.stop_words_ = None  # the n-grams too rare to keep: only for inspection (scikit-learn)
        return model

    def beliefs(self, text: str) -> dict[str, float]:
        """The reader's belief in each intent for this text ({} for an empty one); they sum to 1."""
        words = normalise(text)
        if not words.strip():
            return {}
        probabilities = self._probabilities(words)
        return dict(zip(self._intents, (float(p) for p in probabilities), strict=True))

    def may_lead(self, text: str, classifier_intent: str | None) -> tuple[str, float] | None:
        """The intent the reader is sure of where it differs from the classifier's, with its belief; None
        when the classifier's intent stands."""
        if classifier_intent in KEPT:
            return None
        beliefs = self.beliefs(text)
        if not beliefs:
            return None
        own = sum(beliefs.get(name, 0.0) for name in OWN_SYMPTOMS)
        best, belief = max(beliefs.items(), key=lambda item: item[1])
        if own > belief:
            if classifier_intent in OWN_SYMPTOMS:
                return None
            best, belief = max(OWN_SYMPTOMS, key=lambda name: beliefs.get(name, 0.0)), own
        if belief < LEAD_THRESHOLD or best == classifier_intent or best not in LEADS_TO:
            return None
        return best, belief


def load_or_train(data_dir: Path = DATA_DIR, cache_dir: Path | None = None) -> IntentReader:
    return IntentReader(CACHE.load_or_train(IntentReader.trained_model, data_dir, cache_dir))


@lru_cache(maxsize=1)
def reader() -> IntentReader:
    return load_or_train()


def main(argv: list[str]) -> int:
    if argv != ["build"]:
        print("usage: python -m clinical.intent_reader build", file=sys.stderr)
        return 2
    return CACHE.build(IntentReader.trained_model, "about half a minute")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
