"""Collect the recall detector's development examples into clinical/data/red_flag_training_collected.json.

    python scripts/collect-red-flag-examples.py          # rewrite the file
    python scripts/collect-red-flag-examples.py --check  # exit 1 if the file is out of date

Taken: the development parts of the blind corpus (tests/data/blind/*_dev*.json) and the sealed sets already
scored and read (READ_SETS in tests/data/sealed.py), red-flag cases with their label and routing cases,
which hold no red flag, as "none"; and every NLU example (labelled by what the rules report in it, "none"
for most). Never an unread sealed set, nor an example that repeats one of its cases.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clinical.findings import BY_CODE  # noqa: E402
from clinical.language import red_flag_spans  # noqa: E402
from tests.data.sealed import nlu_example_texts, repeats_sealed, sealed_files  # noqa: E402

OUT = ROOT / "clinical" / "data" / "red_flag_training_collected.json"
BLIND = ROOT / "tests" / "data" / "blind"
RED_FLAG_FILES = ("redflags_dev.json", "redflags_dev2.json", "redflags_dev3.json", "redflags_dev4.json",
                  "redflags_dev5.json", "redflags_dev6.json", "redflags_dev7.json", "redflags_dev8.json")
ROUTING_FILES = ("routing_dev.json", "routing_dev3.json", "routing_dev4.json")
ABOUT = ("Collected by scripts/collect-red-flag-examples.py from the development parts of the blind corpus, "
         "its sealed sets already scored and read (never an unread one) and the NLU examples, which are "
         "labelled by what the rules report.")


def _rules_label(text: str) -> str:
    flags = red_flag_spans(text)
    return flags[0][2] if flags else "none"


def collect() -> dict:
    examples = []
    for path in [*(BLIND / name for name in RED_FLAG_FILES), *sealed_files("redflags", read=True)]:
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            label = case["category"] if case["expect"] != "none" else f"none:{case['category']}"
            examples.append({"text": case["text"], "label": label})
    for path in [*(BLIND / name for name in ROUTING_FILES), *sealed_files("routing", read=True)]:
        examples += [{"text": c["text"], "label": "none"}
                     for c in json.loads(path.read_text(encoding="utf-8"))["cases"]]
    examples += [{"text": text, "label": _rules_label(text)} for text in nlu_example_texts()]
    # The development sets were written by other blind sessions, which now and then wrote a sentence that
    # a sealed case also has: such a sentence is left out, so that the unread sealed cases stay unseen.
    examples = [e for e in examples if not repeats_sealed(e["text"], unread_only=True)]
    unknown = {e["label"] for e in examples if not e["label"].startswith("none")} - set(BY_CODE)
    if unknown:
        raise SystemExit(f"unknown labels {sorted(unknown)}: fix the blind files' categories")
    return {"about": ABOUT, "examples": examples}


def main() -> int:
    text = json.dumps(collect(), indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python scripts/collect-red-flag-examples.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(json.loads(text)['examples'])} examples to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
