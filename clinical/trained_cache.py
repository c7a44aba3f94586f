"""Where a small text classifier trained from the examples in clinical/data/ is kept between processes.

Training takes seconds to a minute and, for the red-flag reader, 600 MB at its peak, so a trained model is
kept in var/cache/ (BACKCARE_CACHE_DIR), named by a fingerprint of its examples, the code that trains it
and scikit-learn's version; every process loads it from there in a fraction of a second, and a change to
any of those trains a new one (`python -m clinical.recall build` and `python -m clinical.topic_reader
build`, which scripts/servers.sh runs before starting the servers). Training is deterministic, so a model
trained again is the same model. The file is joblib's (pickle): skops, which Rasa uses for shared models,
took ten times as long and 130 MB more to load. It is safe here because the file never leaves this
installation: this process writes it, owner-only, into the installation's own git-ignored var/, and
whoever can write there can change the code beside it.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_CACHE_DIR = Path(__file__).resolve().parents[1] / "var" / "cache"
SUFFIX = ".joblib"


@dataclass(frozen=True)
class TrainedCache:
    """One kind of trained model: what it is called, its examples and the module that trains it."""
    name: str  # "red-flag reader": said in messages and logs
    prefix: str  # "red-flag-reader-": the start of its file name in the cache
    examples: str  # "red_flag_training*.json": its example files in the data folder
    trainer: Path  # the module that trains it: a change to its code trains a new model
    depends: tuple[Path, ...] = ()  # other code that shapes what it learns from (how text is normalised)

    def path(self, data_dir: Path = DATA_DIR, cache_dir: Path | None = None) -> Path:
        """Where the model trained on these examples, by this code and this scikit-learn, is kept."""
        import sklearn

        digest = hashlib.sha256(f"{sklearn.__version__}\n".encode())
        for code in (Path(__file__), self.trainer, *self.depends):
            digest.update(code.read_bytes())
        for example_file in sorted(data_dir.glob(self.examples)):
            digest.update(example_file.name.encode() + b"\n" + example_file.read_bytes())
        folder = cache_dir or Path(os.environ.get("BACKCARE_CACHE_DIR") or DEFAULT_CACHE_DIR)
        return folder / f"{self.prefix}{digest.hexdigest()[:16]}{SUFFIX}"

    def load(self, path: Path) -> Any | None:
        import joblib

        try:
            model = joblib.load(path)
        except FileNotFoundError:
            return None
        except Exception as error:  # a damaged or unexpected file is replaced
            logger.warning("The saved %s could not be loaded (%s); training it again.", self.name,
                           type(error).__name__)
            return None
        if not _a_trained_classifier(model):  # a file that loads but holds something else is replaced too
            logger.warning("The saved %s could not be loaded (it holds a %s, not a trained classifier); "
                           "training it again.", self.name, type(model).__name__)
            return None
        return model

    def save(self, model: Any, path: Path) -> None:
        import joblib

        partial: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # written beside its final name, then renamed: a starting process never reads half a file
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as handle:
                partial = Path(handle.name)
            joblib.dump(model, partial)
            os.replace(partial, path)
            for older in path.parent.glob(f"{self.prefix}*"):
                if older != path:
                    older.unlink(missing_ok=True)
        except OSError as error:
            if partial is not None:
                partial.unlink(missing_ok=True)
            logger.warning("The %s could not be saved in %s (%s); it will be trained again at the next "
                           "start.", self.name, path.parent, error.strerror or type(error).__name__)

    def load_or_train(self, train: Callable[[Path], Any], data_dir: Path = DATA_DIR,
                      cache_dir: Path | None = None) -> Any:
        """The saved model for these examples, or one newly trained by `train(data_dir)` (then saved)."""
        path = self.path(data_dir, cache_dir)
        model = self.load(path)
        if model is None:
            model = train(data_dir)
            self.save(model, path)
        return model

    def build(self, train: Callable[[Path], Any], duration: str) -> int:
        """The command line's `build`: train and save the model unless the saved one is up to date."""
        path = self.path()
        title = self.name[0].upper() + self.name[1:]
        if path.exists():  # a damaged file is found, and replaced, by the process that loads it
            print(f"{title}: up to date ({path.name}).")
            return 0
        print(f"{title}: training it on the examples in clinical/data/ ({duration})...", flush=True)
        self.save(train(DATA_DIR), path)
        print(f"{title}: saved as {path}." if path.exists() else f"{title}: trained, not saved.")
        return 0 if path.exists() else 1


def _a_trained_classifier(model: Any) -> bool:
    """A fitted scikit-learn pipeline that ends in a classifier giving probabilities, as every trainer
    here makes."""
    from sklearn.pipeline import Pipeline

    return (isinstance(model, Pipeline) and hasattr(model[-1], "classes_")
            and hasattr(model[-1], "predict_proba"))


def class_probabilities(model: Any) -> Callable[[str], Any]:
    """`lambda text: model.predict_proba([text])[0]` for the pipelines the readers here train (a union of
    TF-IDF vectorizers, then a classifier), with the same numbers but without scikit-learn's per-call checks
    of the vectorizers: each checks that it is fitted by computing its `idf_`, a sum over its whole weight
    table (130,000 terms), on every message (issue 14: about 5% of the Rasa server's time). The weights
    are the fitted ones, taken once; anything else gets scikit-learn's own path."""
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.pipeline import FeatureUnion
    from sklearn.preprocessing import normalize

    def stock(text: str) -> Any:
        return model.predict_proba([text])[0]

    union = model[0] if len(model) == 2 else None
    if not isinstance(union, FeatureUnion) or union.transformer_weights or any(
            type(part) is not TfidfVectorizer or not part.use_idf or part.binary
            for _, part in union.transformer_list):
        return stock
    parts = [(part, part._tfidf._idf_diag, part.sublinear_tf, part.norm)
             for _, part in union.transformer_list]
    classifier = model[-1]

    def fast(text: str) -> Any:
        blocks = []
        for vectorizer, idf, sublinear, norm in parts:
            counts = CountVectorizer.transform(vectorizer, [text]).astype(np.float64)
            if sublinear:
                np.log(counts.data, counts.data)
                counts.data += 1
            weighted = counts * idf
            blocks.append(normalize(weighted, norm=norm, copy=False) if norm else weighted)
        return classifier.predict_proba(sparse.hstack(blocks).tocsr())[0]

    return fast
