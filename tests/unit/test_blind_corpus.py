"""The sealed parts of the blind corpus stay sealed: no NLU example and no red-flag training example repeats
one: not exactly, nor nearly for sentences of six words or more. One- and two-word replies ("bye", "not
sure") are left out of the comparison: anyone writing examples writes those."""
import difflib
import json
import re
from pathlib import Path

import pytest
import yaml

from clinical.recall import load_examples

ROOT = Path(__file__).resolve().parents[2]
SIMILAR = 0.85


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


def _sealed() -> list[str]:
    texts = []
    for path in (ROOT / "tests" / "data" / "blind").glob("*sealed*.json"):
        texts += [_norm(c["text"]) for c in json.loads(path.read_text(encoding="utf-8"))["cases"]]
    return [t for t in texts if len(t.split()) >= 3]


def _nlu_examples() -> list[str]:
    texts = []
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            for line in str(block.get("examples", "")).splitlines():
                line = re.sub(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})", r"\1", re.sub(r"^\s*-\s*", "", line))
                if line.strip():
                    texts.append(line)
    return texts


def test_the_sealed_parts_exist():
    assert len(_sealed()) >= 200


@pytest.mark.parametrize(("where", "texts"), [
    ("NLU data", _nlu_examples()),
    ("red-flag training data", [e.text for e in load_examples()]),
])
def test_no_example_repeats_a_sealed_case(where, texts):
    sealed = _sealed()
    long_sealed = [t for t in sealed if len(t.split()) >= 6]
    repeated = [t for t in texts if _norm(t) in sealed or (
        len(_norm(t).split()) >= 6 and difflib.get_close_matches(_norm(t), long_sealed, n=1, cutoff=SIMILAR))]
    assert not repeated, f"{where} repeats sealed cases: {repeated[:5]}"
