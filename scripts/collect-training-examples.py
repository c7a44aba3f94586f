"""Collect the development examples of the three learned readers into clinical/data/.

    python scripts/collect-training-examples.py          # rewrite the files
    python scripts/collect-training-examples.py --check  # exit 1 if a file is out of date

Taken from the development parts of the blind corpus (tests/data/blind/*_dev*.json) and the sealed sets
already scored and read (READ_SETS in tests/data/sealed.py), never from an unread sealed set, nor an example
that repeats one of its cases:
- red_flag_training_collected.json (the red-flag reader, clinical/recall.py): red-flag cases with their
  label and routing cases, which hold no red flag, as "none"; and every NLU example (labelled by what the
  rules report in it, "none" for most);
- topic_training_collected.json (the topic reader, clinical/topic_reader.py): the routing cases that ask a
  question, with the knowledge topic they ask about;
- intent_training_collected.json (the intent reader, clinical/intent_reader.py): every NLU example and
  every routing case, with its intent.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clinical.findings import BY_CODE  # noqa: E402
from clinical.knowledge import read_content  # noqa: E402
from clinical.language import red_flag_spans  # noqa: E402
from tests.data.score import TOPIC_EQUIVALENTS  # noqa: E402
from tests.data.sealed import nlu_example_texts, nlu_examples, repeats_sealed, sealed_files  # noqa: E402

DATA = ROOT / "clinical" / "data"
BLIND = ROOT / "tests" / "data" / "blind"
RED_FLAG_FILES = ("redflags_dev.json", "redflags_dev2.json", "redflags_dev3.json", "redflags_dev4.json",
                  "redflags_dev5.json", "redflags_dev6.json", "redflags_dev7.json", "redflags_dev8.json")
ROUTING_FILES = ("routing_dev.json", "routing_dev3.json", "routing_dev4.json")
ABOUT = ("Collected by scripts/collect-training-examples.py from the development parts of the blind corpus, "
         "its sealed sets already scored and read (never an unread one) and the NLU examples, which are "
         "labelled by what the rules report.")
TOPICS_ABOUT = ("Collected by scripts/collect-training-examples.py from the questions in the development "
                "parts of the blind corpus and its sealed sets already scored and read (never an unread "
                "one), each with the knowledge topic its writer said it asks about.")

INTENTS_ABOUT = ("Collected by scripts/collect-training-examples.py from the NLU examples and the routing "
                 "cases of the development parts of the blind corpus and its sealed sets already scored and "
                 "read (never an unread one), each with the intent its writer gave.")
# The first sets' "restart" meant starting again or correcting answers, two intents: it teaches neither.
AMBIGUOUS_ROUTING_LABELS = {"restart"}


def _rules_label(text: str) -> str:
    flags = red_flag_spans(text)
    return flags[0][2] if flags else "none"


def _unseen(examples: list[dict]) -> list[dict]:
    """The development sets were written by other blind sessions, which now and then wrote a sentence that
    a sealed case also has: such a sentence is left out, so that the unread sealed cases stay unseen."""
    return [e for e in examples if not repeats_sealed(e["text"], unread_only=True)]


def _routing_cases() -> list[dict]:
    return [case for path in [*(BLIND / name for name in ROUTING_FILES), *sealed_files("routing", read=True)]
            for case in json.loads(path.read_text(encoding="utf-8"))["cases"]]


def collect_red_flags() -> dict:
    examples = []
    for path in [*(BLIND / name for name in RED_FLAG_FILES), *sealed_files("redflags", read=True)]:
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            label = case["category"] if case["expect"] != "none" else f"none:{case['category']}"
            examples.append({"text": case["text"], "label": label})
    examples += [{"text": c["text"], "label": "none"} for c in _routing_cases()]
    examples += [{"text": text, "label": _rules_label(text)} for text in nlu_example_texts()]
    examples = _unseen(examples)
    unknown = {e["label"] for e in examples if not e["label"].startswith("none")} - set(BY_CODE)
    if unknown:
        raise SystemExit(f"unknown labels {sorted(unknown)}: fix the blind files' categories")
    return {"about": ABOUT, "examples": examples}


def _topic_label(topic: str | None, topic_ids: set[str]) -> str | None:
    """The case's topic as a knowledge topic id: set 3's own names are mapped where they name one topic."""
    if topic in topic_ids:
        return topic
    equivalents = TOPIC_EQUIVALENTS.get(topic or "", set())
    return next(iter(equivalents)) if len(equivalents) == 1 else None


def collect_topics() -> dict:
    topic_ids = {topic["id"] for topic in read_content().topics}
    examples = [{"text": case["text"], "label": label} for case in _routing_cases()
                if case["intent"] == "ask_question"
                and (label := _topic_label(case.get("topic"), topic_ids)) is not None]
    return {"about": TOPICS_ABOUT, "examples": _unseen(examples)}


def collect_intents() -> dict:
    examples = [{"text": text, "label": intent} for text, intent in nlu_examples()]
    examples += [{"text": case["text"], "label": case["intent"]} for case in _routing_cases()
                 if case["intent"] not in AMBIGUOUS_ROUTING_LABELS]
    return {"about": INTENTS_ABOUT, "examples": _unseen(examples)}


def main() -> int:
    stale = []
    for name, collect in (("red_flag_training_collected.json", collect_red_flags),
                          ("topic_training_collected.json", collect_topics),
                          ("intent_training_collected.json", collect_intents)):
        out = DATA / name
        text = json.dumps(collect(), indent=1, ensure_ascii=False) + "\n"
        if "--check" in sys.argv:
            if (out.read_text(encoding="utf-8") if out.exists() else "") != text:
                stale.append(name)
            continue
        out.write_text(text, encoding="utf-8")
        print(f"wrote {len(json.loads(text)['examples'])} examples to {out.relative_to(ROOT)}")
    if stale:
        print(f"out of date in clinical/data/: {', '.join(stale)}: "
              "run python scripts/collect-training-examples.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
