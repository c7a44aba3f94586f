"""A second, recall-first reading of red flags: a small text classifier that notices a *possible* red flag
the rules did not find, so that the assistant asks one check question about it instead of passing over it.

It never escalates anything by itself: the rules in clinical/language.py stay the only way a red flag is
reported. The classifier only adds "suggested" mentions, which lead to a check question, for findings the
rules did not mention or mentioned only as a question (if the rules read "no bladder problems" as denied,
no bladder flag is suggested).

It is trained when first used (a few seconds, deterministic) from the examples in clinical/data/: red-flag
utterances written blind from the clinical guide, the development parts of the blind test corpus, and
ordinary messages from the NLU data as negatives (`scripts/collect-red-flag-examples.py` refreshes the
collected file). The sealed test cases are never used.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from clinical.findings import BY_CODE
from clinical.language import Mention, normalise

DATA_DIR = Path(__file__).resolve().parent / "data"
NONE_LABEL = "none"  # also "none:<kind>" (negated, someone else's, a worry, ...): kinds of "no red flag"
# Chosen on the held-out third blind development set (README "How triage works"): the share of the
# classifier's belief that the message holds some red flag before a check question is asked, and the
# least belief in one finding for it to be the one asked about.
ANY_FLAG_THRESHOLD = 0.75
FINDING_THRESHOLD = 0.25


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # a red-flag finding code, or "none"


def load_examples(data_dir: Path = DATA_DIR) -> list[Example]:
    examples: list[Example] = []
    for path in sorted(data_dir.glob("red_flag_training*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["examples"]:
            label = item["label"]
            if not _is_none(label) and not (label in BY_CODE and BY_CODE[label].is_red_flag):
                raise ValueError(f"{path.name}: unknown red-flag label {label!r}")
            examples.append(Example(item["text"], label))
    return examples


def _is_none(label: str) -> bool:
    return label == NONE_LABEL or label.startswith(NONE_LABEL + ":")


class RecallDetector:
    """Word and character n-grams with a class-balanced logistic regression over the red-flag findings and
    the kinds of "none". Learning the kinds apart (a denial, someone else's symptom, a worry, an old injury)
    halves the check questions on such messages at the same recall."""

    def __init__(self, examples: list[Example]) -> None:
        # Imported here so that importing the clinical package stays cheap for code that never reads text.
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        features = make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
        self._model = make_pipeline(features, LogisticRegression(C=10.0, class_weight="balanced",
                                                                 max_iter=3000))
        self._model.fit([e.text for e in examples], [e.label for e in examples])
        # Scoring multiplies the sparse features by the transposed weights; stored column-major, that
        # transpose is contiguous, so SciPy no longer copies all the weights (about 8 MB) for every message.
        classifier = self._model[-1]
        classifier.coef_ = np.asfortranarray(classifier.coef_)
        self._labels: list[str] = list(self._model.classes_)

    def scores(self, text: str) -> dict[str, float]:
        """The classifier's belief in each finding (and each kind of "none") for this text; they sum to 1."""
        probabilities = self._model.predict_proba([text])[0]
        return dict(zip(self._labels, (float(p) for p in probabilities), strict=True))

    def possible(self, text: str, any_flag: float = ANY_FLAG_THRESHOLD,
                 finding: float = FINDING_THRESHOLD) -> list[str]:
        """Codes of the red flags this text may hold, most urgent first ([] when it probably holds none)."""
        if not text.strip():
            return []
        scores = {label: score for label, score in self.scores(text).items() if not _is_none(label)}
        if sum(scores.values()) < any_flag:
            return []
        candidates = [code for code, score in scores.items() if score >= finding]
        return sorted(candidates, key=lambda code: (-(BY_CODE[code].urgency or 0), -scores[code]))


@lru_cache(maxsize=1)
def detector() -> RecallDetector:
    return RecallDetector(load_examples())


def with_suggestions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The rules' mentions plus a "suggested" one for each red flag the classifier thinks possible and the
    rules did not mention, or mentioned only as a question (a finding the rules read as denied or someone
    else's is left to them)."""
    if not text.strip():
        return mentions
    # a flag the rules read only as a question ("can you get a numb saddle from a bad back? cos that's what
    # I've got") may still be the person's own: the classifier, which knows worries apart, may suggest it
    seen = {m.code for m in mentions if not (m.hypothetical and m.about_user and m.status != "absent")}
    words = normalise(text)[:200]
    return [*mentions, *(Mention(code, "suggested", True, False, words)
                         for code in detector().possible(text) if code not in seen)]
