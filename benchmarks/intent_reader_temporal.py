"""Does the intent reader (clinical/intent_reader.py) route messages it has never seen better?

For each of the blind routing sets 14 onward that has been read (READ_SETS), an intent reader is trained on
the NLU examples and the routing sets before it only, then the set is routed three ways and scored as
tests/data/score.py scores it:
  classifier   the trained model with the reader switched off
  reader       the reader's own best intent
  combined     the reader leading where clinical.intent_reader.IntentReader.may_lead allows it (used)

The model's NLU examples were partly written after each set was read, so the classifier's figure is
in-sample and flatters it; the reader's are not. The combined figure applies the reader to the model's final
intent, after the clinical component, which in the assistant runs after the reader: close, not exact.
Slow (about ten minutes: one parse of every case and a reader trained per set).

    python benchmarks/intent_reader_temporal.py
"""
from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clinical import intent_reader, knowledge, medicines  # noqa: E402
from clinical.questions import question_topics  # noqa: E402
from tests.data import score  # noqa: E402
from tests.data.sealed import READ_SETS, nlu_examples  # noqa: E402

FIRST_SET = 14


def _set_number(path: Path) -> int:
    found = re.search(r"sealed(\d*)$", path.stem)
    return int(found.group(1) or 1) if found else 0  # development sets come before every sealed one


def main() -> int:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    logging.disable(logging.WARNING)
    from rasa.core.agent import load_agent

    blind = ROOT / "tests" / "data" / "blind"
    files = [p for p in sorted(blind.glob("routing_*.json"))
             if _set_number(p) == 0 or str(_set_number(p) if _set_number(p) > 1 else "") in READ_SETS]
    may_lead = intent_reader.IntentReader.may_lead
    intent_reader.IntentReader.may_lead = lambda self, text, intent: None  # the classifier alone
    agent = asyncio.run(load_agent(model_path=str(ROOT / "models" / "backcare.tar.gz")))
    topics = knowledge.topics_in_database()
    rows = []
    for path in files:
        for case in score.load_cases(path):
            with contextlib.redirect_stdout(io.StringIO()):  # Rasa's debug line for every message
                parsed = asyncio.run(agent.parse_message(case["text"]))
            found = question_topics(case["text"], topics)
            topic = score.REFERRAL if medicines.referral_reason(case["text"]) else found[0] if found else None
            rows.append((_set_number(path), case, parsed["intent"]["name"], topic))
        print(f"  parsed {path.name}", file=sys.stderr, flush=True)
    intent_reader.IntentReader.may_lead = may_lead  # the reader's own rule again

    nlu = [{"text": text, "label": intent} for text, intent in nlu_examples()]
    targets = sorted({n for n, *_ in rows if n >= FIRST_SET})
    totals = {"classifier": [0, 0], "reader": [0, 0], "combined": [0, 0]}
    print(f"{'set':>4} {'n':>4} {'classifier':>11} {'reader':>8} {'combined':>9}")
    for target in targets:
        before = [{"text": c["text"], "label": c["intent"]} for n, c, *_ in rows
                  if n < target and c["intent"] != "restart"]
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "intent_training.json").write_text(json.dumps({"examples": nlu + before}))
            reader = intent_reader.IntentReader(intent_reader.IntentReader.trained_model(Path(folder)))
        right = {"classifier": 0, "reader": 0, "combined": 0}
        cases = [(c, intent, topic) for n, c, intent, topic in rows if n == target]
        for case, intent, topic in cases:
            beliefs = reader.beliefs(case["text"])
            own = max(beliefs, key=beliefs.get) if beliefs else intent
            led = reader.may_lead(case["text"], intent)
            combined = led[0] if led else intent
            for way, chosen in (("classifier", intent), ("reader", own), ("combined", combined)):
                right[way] += score.route_ok(case, chosen, topic)
        print(f"{target:>4} {len(cases):>4} " + " ".join(f"{right[w] / len(cases):>{k}.1%}" for w, k in
                                                        (("classifier", 11), ("reader", 8), ("combined", 9))))
        for way in totals:
            totals[way][0] += right[way]
            totals[way][1] += len(cases)
    print("all  " + " ".join(f"{way} {a}/{b} = {a / b:.1%}" for way, (a, b) in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
