"""The sealed parts of the blind corpus stay sealed: no NLU example and no red-flag training example repeats
one (tests/data/sealed.py says what counts as a repeat)."""
import re
from pathlib import Path

import pytest
import yaml

from clinical.recall import load_examples
from tests.data.sealed import repeats_sealed, sealed_texts

ROOT = Path(__file__).resolve().parents[2]


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
    assert len(sealed_texts()) >= 200


@pytest.mark.parametrize(("where", "texts"), [
    ("NLU data", _nlu_examples()),
    ("red-flag training data", [e.text for e in load_examples()]),
])
def test_no_example_repeats_a_sealed_case(where, texts):
    repeated = [t for t in texts if repeats_sealed(t)]
    assert not repeated, f"{where} repeats sealed cases: {repeated[:5]}"
