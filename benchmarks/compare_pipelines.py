"""Compare candidate NLU pipelines (benchmarks/pipelines/*.yml) on the project's own NLU data.

For each: 3-fold cross-validated intent accuracy and weighted F1 (`rasa test nlu --cross-validation`),
the time to train it on all data, and the median and 95th-percentile time to parse one message.
Prints a table; full Rasa output goes to var/logs/pipelines-<name>.log. Takes several minutes.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 3
PROBES = ["hi", "are you a bot", "my back hurts", "about three weeks", "no", "not sure", "why do you ask?",
          "I want to talk to a person", "what's the weather", "I've had lower back pain since Tuesday"] * 20


def run(cmd: list[str], log: Path) -> float:
    start = time.perf_counter()
    with log.open("a", encoding="utf-8") as out:
        subprocess.run(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, check=True)
    return time.perf_counter() - start


def cross_validate(config: Path, out: Path, log: Path) -> dict[str, float]:
    run(["rasa", "test", "nlu", "--nlu", "data/nlu", "--config", str(config), "--cross-validation",
         "--folds", str(FOLDS), "--out", str(out)], log)
    report = json.loads((out / "intent_report.json").read_text())
    per_intent = {k: v["f1-score"] for k, v in report.items() if isinstance(v, dict) and "support" in v
                  and k not in ("macro avg", "weighted avg", "micro avg")}
    errors_file = out / "intent_errors.json"
    errors = json.loads(errors_file.read_text()) if errors_file.exists() else []
    confusions = Counter((e["intent"], e["intent_prediction"]["name"]) for e in errors)
    return {"accuracy": report["accuracy"], "f1": report["weighted avg"]["f1-score"],
            "macro_f1": report["macro avg"]["f1-score"], "per_intent": per_intent, "confusions": confusions}


def parse_latency_ms(model: Path) -> tuple[float, float]:
    sys.path.insert(0, str(ROOT))
    import asyncio
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # Rasa logs every parse at debug level otherwise
    logging.getLogger("rasa").setLevel(logging.WARNING)

    agent = Agent.load(str(model))

    async def measure() -> list[float]:
        timings = []
        for text in PROBES:
            start = time.perf_counter()
            await agent.parse_message(text)
            timings.append((time.perf_counter() - start) * 1000)
        return timings

    timings = asyncio.run(measure())
    return statistics.median(timings), statistics.quantiles(timings, n=20)[18]


def main(names: list[str]) -> int:
    """Every candidate, or only those named: `python benchmarks/compare_pipelines.py logreg_lean`."""
    rows = []
    for config in sorted((ROOT / "benchmarks" / "pipelines").glob("*.yml")):
        if names and config.stem not in names:
            continue
        name = config.stem
        log = ROOT / "var" / "logs" / f"pipelines-{name}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("")
        print(f"{name}: cross-validating ({FOLDS} folds)...", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            scores = cross_validate(config, Path(tmp) / "cv", log)
            print(f"{name}: training on all data...", flush=True)
            train_s = run(["rasa", "train", "nlu", "--nlu", "data/nlu", "--config", str(config), "--out", tmp,
                           "--fixed-model-name", name], log)
            p50, p95 = parse_latency_ms(Path(tmp) / f"{name}.tar.gz")
        rows.append((name, scores["accuracy"], scores["f1"], scores["macro_f1"], train_s, p50, p95))
        print(f"{name}: per-intent F1 (cross-validated)")
        for intent, f1 in sorted(scores["per_intent"].items(), key=lambda kv: kv[1]):
            print(f"    {intent:20} {f1:.3f}")
        print(f"{name}: most frequent confusions (expected -> predicted)")
        for (expected, predicted), n in scores["confusions"].most_common(10):
            print(f"    {expected:20} -> {predicted:20} {n}")
    header = ("pipeline", "CV accuracy", "CV F1", "macro F1", "train s", "parse p50 ms", "p95 ms")
    print("\n{:16} {:>11} {:>7} {:>8} {:>8} {:>13} {:>7}".format(*header))
    for name, acc, f1, macro, train_s, p50, p95 in rows:
        print(f"{name:16} {acc:11.3f} {f1:7.3f} {macro:8.3f} {train_s:8.1f} {p50:13.1f} {p95:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
