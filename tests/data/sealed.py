"""The sealed parts of the blind corpus, and whether a text repeats one of them: exactly, or nearly for a
sentence of six words or more. One- and two-word replies ("bye", "not sure") are not compared: anyone
writing examples writes those. Used to keep sealed cases out of every kind of training data (with
`nlu_example_texts`, the NLU examples as plain text)."""
from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

NLU_DIR = Path(__file__).resolve().parents[2] / "data" / "nlu"
BLIND = Path(__file__).resolve().parent / "blind"
SIMILAR = 0.85
LONG = 6  # words


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


@lru_cache(maxsize=1)
def sealed_texts() -> tuple[str, ...]:
    texts = []
    for path in sorted(BLIND.glob("*sealed*.json")):
        texts += [_norm(c["text"]) for c in json.loads(path.read_text(encoding="utf-8"))["cases"]]
    return tuple(t for t in texts if len(t.split()) >= 3)


_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "  # every character _norm keeps


def _character_counts(text: str) -> np.ndarray:
    return np.array([text.count(c) for c in _ALPHABET])


@lru_cache(maxsize=1)
def _long_sealed() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    texts = tuple(t for t in sealed_texts() if len(t.split()) >= LONG)
    counts = np.array([_character_counts(t) for t in texts]).reshape(len(texts), len(_ALPHABET))
    return texts, counts, np.array([len(t) for t in texts])


def repeats_sealed(text: str) -> bool:
    norm = _norm(text)
    if norm in sealed_texts():
        return True
    if len(norm.split()) < LONG:
        return False
    # difflib.get_close_matches(norm, texts, cutoff=SIMILAR), with its character-count bound (quick_ratio)
    # computed for every sealed text at once: the same answer, a hundred times faster
    texts, counts, lengths = _long_sealed()
    bound = 2 * np.minimum(counts, _character_counts(norm)).sum(axis=1) / (lengths + len(norm))
    return any(difflib.SequenceMatcher(None, texts[i], norm).ratio() >= SIMILAR
               for i in np.flatnonzero(bound >= SIMILAR))


def nlu_example_texts() -> list[str]:
    """Every NLU example's text, entity annotations removed ("[ibuprofen](medicine)" -> "ibuprofen")."""
    texts = []
    for path in sorted(NLU_DIR.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                line = re.sub(r"^\s*-\s*", "", line).strip()
                line = re.sub(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})", r"\1", line)
                if line:
                    texts.append(line)
    return texts
