"""The sealed parts of the blind corpus, and whether a text repeats one of them: exactly, or nearly for a
sentence of six words or more. One- and two-word replies ("bye", "not sure") are not compared: anyone
writing examples writes those. Used to keep sealed cases out of the NLU examples (`nlu_example_texts`, the
NLU examples as plain text) and unread sealed cases out of the learned readers' examples.

A sealed set is scored once, blind; then its misses are read and fixed, and it is blind no longer. From
then on it is in READ_SETS: the red-flag reader and the topic reader learn from it as from the development
sets (scripts/collect-training-examples.py), because a reader trained on the sets before one found more of
that set's red flags, with no more check questions on its negatives (README, "How triage works"), and more
of its questions' topics (clinical/topic_reader.py). The NLU
examples still may not repeat any sealed case, read or not."""
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
# The sets whose one blind scoring is recorded in their README and whose misses were then read ("" is the
# first set, redflags_sealed.json and routing_sealed.json). A new set joins only after that.
READ_SETS = ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
             "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33",
             "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49",
             "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65",
             "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81")
SIMILAR = 0.85
LONG = 6  # words


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


def set_name(path: Path) -> str:
    """"12" for redflags_sealed12.json, "" for the first set's redflags_sealed.json."""
    return path.stem.rpartition("_sealed")[2]


def sealed_files(kind: str = "*", read: bool | None = None) -> list[Path]:
    """The sealed files of one kind ("redflags", "routing" or "*" for both): all of them, or only the read
    (read=True) or unread (read=False) sets."""
    return [path for path in sorted(BLIND.glob(f"{kind}_sealed*.json"))
            if read is None or (set_name(path) in READ_SETS) == read]


@lru_cache(maxsize=2)
def sealed_texts(unread_only: bool = False) -> tuple[str, ...]:
    texts = []
    for path in sealed_files(read=False if unread_only else None):
        texts += [_norm(c["text"]) for c in json.loads(path.read_text(encoding="utf-8"))["cases"]]
    return tuple(t for t in texts if len(t.split()) >= 3)


_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "  # every character _norm keeps


def _character_counts(text: str) -> np.ndarray:
    return np.array([text.count(c) for c in _ALPHABET])


@lru_cache(maxsize=2)
def _long_sealed(unread_only: bool) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    texts = tuple(t for t in sealed_texts(unread_only) if len(t.split()) >= LONG)
    counts = np.array([_character_counts(t) for t in texts]).reshape(len(texts), len(_ALPHABET))
    return texts, counts, np.array([len(t) for t in texts])


def repeats_sealed(text: str, unread_only: bool = False) -> bool:
    norm = _norm(text)
    if norm in sealed_texts(unread_only):
        return True
    if len(norm.split()) < LONG:
        return False
    # difflib.get_close_matches(norm, texts, cutoff=SIMILAR), with its character-count bound (quick_ratio)
    # computed for every sealed text at once: the same answer, a hundred times faster
    texts, counts, lengths = _long_sealed(unread_only)
    bound = 2 * np.minimum(counts, _character_counts(norm)).sum(axis=1) / (lengths + len(norm))
    return any(difflib.SequenceMatcher(None, texts[i], norm).ratio() >= SIMILAR
               for i in np.flatnonzero(bound >= SIMILAR))


def nlu_examples() -> list[tuple[str, str]]:
    """Every NLU example's text, entity annotations removed ("[ibuprofen](medicine)" -> "ibuprofen"), with
    its intent."""
    examples = []
    for path in sorted(NLU_DIR.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                line = re.sub(r"^\s*-\s*", "", line).strip()
                line = re.sub(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})", r"\1", line)
                if line and "intent" in block:
                    examples.append((line, block["intent"]))
    return examples


def nlu_example_texts() -> list[str]:
    """Every NLU example's text, entity annotations removed."""
    return [text for text, _ in nlu_examples()]
