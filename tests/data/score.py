"""Score the assistant on a test corpus (tests/data/blind/ by default).

    python tests/data/score.py routing tests/data/blind/routing_dev.json      # offline: the trained model
    python tests/data/score.py redflags tests/data/blind/redflags_dev.json    # a running assistant (make run)

routing: each message is parsed by the trained model (NLU pipeline with the clinical component), and the
question's topic is found as the knowledge action finds it. A case is right when the route is right:
own symptoms (describe_pain / inform) may start the triage or escalate (red_flag); a question must reach
its topic (a question sent to the wrong topic is a miss: until 2026-12-02 it was counted right, see the
README's Tests section). Prints accuracy, per-intent F1, macro-F1 and the confusion table; misses go to
--log.

redflags: each case is sent as the opening message and mid-triage (after "hi", "I've got lower back pain"
and "no"), over REST. A check question ({"triage": {"confirm": CODE}}) is answered as the person would:
yes for a real red flag, no otherwise. Prints recall, emergency recall, false escalation and the rate of
check questions on negatives.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import urllib.request
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEVELS = {"none": 0, "self_care": 0, "soon": 1, "urgent": 2, "emergency": 3}
OWN_SYMPTOMS = {"describe_pain", "inform"}
STARTS_TRIAGE_OR_ESCALATES = {"describe_pain", "inform", "red_flag"}
PLAN_REPORTS = {"report_flare", "report_progress"}


def load_cases(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["cases"] if isinstance(data, dict) else data


# --------------------------------------------------------------------------- routing (offline)


# Routes added after the corpus was written (issue 10) that serve a label as well as the label's own:
# starting again is confirmed first; "how many more questions?" is answered with a count; "I'm in the UK"
# switches the numbers; "I gave the wrong answers" is a correction.
ALSO_RIGHT = {"restart": {"start_over", "correct_answer"}, "ask_why": {"ask_progress"},
              "inform": {"tell_region"}}


# A question about waiting or going (issue 10's ask_getting_help) is answered from the sources' topic
# when there is no outcome yet, and after an emergency or urgent outcome restates it with the region's
# options: the right answer to "when should I seek help?" in that state.
ESCALATED_CONTEXTS = {"after_emergency", "after_urgent"}
WRONG_TOPIC = "ask_question (wrong topic)"


# The third sealed set's writer named topics in its own words (tests/data/blind/README_sealed3.md says what
# each covers); each is mapped here, from that description alone, to the project topics that hold it.
TOPIC_EQUIVALENTS = {
    "exercise": {"exercise_programmes", "keeping_active_and_work", "graded_activity", "hydrotherapy", "yoga"},
    "massage_manipulation": {"massage", "manipulation"},
    "psychological_therapy": {"psychological_therapies"},
    "med_steroids_biologics": {"med_steroids", "med_biologics"},
    "heat_cold": {"self_care"},
    "posture": {"self_care", "prevention"},
    "sleep": {"sleep_stress_smoking"},
    "bed_rest": {"keeping_active_and_work", "self_care"},
    "work": {"keeping_active_and_work"},
    "smoking": {"sleep_stress_smoking"},
    "weight": {"sleep_stress_smoking", "prevention"},
    "stress": {"sleep_stress_smoking", "psychological_therapies"},
    "causes": {"what_is_back_pain"},
    "outlook": {"recovery_time", "prevention"},
    "sciatica": {"what_is_back_pain"},
    "inflammatory": {"inflammatory_back_pain"},
}


# The route of a medicine question that must go to a pharmacist or doctor (combining two medicines, a dose,
# a condition): the referral (actions/knowledge.py), right wherever a medicine topic was expected.
REFERRAL = "referral to a pharmacist or doctor"
MEDICINE_TOPICS = ("medicines", "med_")


def topic_ok(case: dict, topic: str | None) -> bool:
    expected = case.get("topic")
    if topic == REFERRAL:
        return not expected or expected.startswith(MEDICINE_TOPICS)
    return not expected or topic in TOPIC_EQUIVALENTS.get(expected, {expected})


def route_ok(case: dict, intent: str, topic: str | None) -> bool:
    if intent in ALSO_RIGHT.get(case["intent"], ()):
        return True
    expected = case["intent"]
    if expected == "ask_question" and intent == "ask_getting_help":
        if case.get("context") in ESCALATED_CONTEXTS:
            return case.get("topic") in (None, "when_to_seek_help")
        return not case.get("context") and topic_ok(case, topic)
    if expected in OWN_SYMPTOMS:
        # as an opening (no plan, no outcome yet) a report about the plan ("my back's playing up again")
        # starts the questions too (actions/activity.py, ActionUpdatePlan)
        plan_report_starts_triage = not case.get("context") and intent in PLAN_REPORTS
        return intent in STARTS_TRIAGE_OR_ESCALATES or plan_report_starts_triage
    if expected == "ask_question":
        return intent == "ask_question" and topic_ok(case, topic)
    return intent == expected


def scored_route(case: dict, intent: str, topic: str | None) -> str:
    """The route as scored: the case's own label when right; a question sent to the wrong topic is a miss
    of its own (WRONG_TOPIC), not a right "ask_question"."""
    if route_ok(case, intent, topic):
        return case["intent"]
    return WRONG_TOPIC if intent == case["intent"] else intent


def score_routing(path: Path, log: Path | None) -> int:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    logging.disable(logging.WARNING)
    sys.path.insert(0, str(ROOT))
    from rasa.core.agent import load_agent

    from clinical import knowledge, medicines
    from clinical.questions import question_topics

    cases = load_cases(path)
    topics = knowledge.topics_in_database()
    if not topics:  # every question would be scored as sent to no topic
        sys.exit("error: the knowledge base in the database is empty. Load it first with "
                 "`python -m clinical.knowledge load` (make run does), or set BACKCARE_DATABASE_URL to "
                 "the database of a running assistant.")
    agent = asyncio.run(load_agent(model_path=str(ROOT / "models" / "backcare.tar.gz")))
    gold, got, misses = [], [], []
    for i, case in enumerate(cases, 1):
        parsed = asyncio.run(agent.parse_message(case["text"]))
        intent = parsed["intent"]["name"]
        found = question_topics(case["text"], topics)
        # a medicine question that needs a pharmacist or doctor gets that referral, whatever its topic
        topic = REFERRAL if medicines.referral_reason(case["text"]) else found[0] if found else None
        route = scored_route(case, intent, topic)
        gold.append(case["intent"])
        got.append(route)
        if route != case["intent"]:
            misses.append({**case, "got_intent": intent, "got_topic": topic})
        if i % 50 == 0:
            print(f"  {i}/{len(cases)} parsed", file=sys.stderr)
    right = sum(g == p for g, p in zip(gold, got, strict=True))
    labels = sorted(set(gold) | set(got))
    f1s = {}
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, got, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, got, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, got, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\n{'intent':24s} {'n':>4s} {'F1':>6s}")
    for label, f1 in f1s.items():
        print(f"{label:24s} {gold.count(label):4d} {f1:6.3f}")
    confusion = Counter(zip(gold, got, strict=True))
    print("\nconfusion (expected -> routed, off-diagonal only):")
    for (g, p), n in sorted(confusion.items(), key=lambda kv: -kv[1]):
        if g != p:
            print(f"  {g:22s} -> {p:22s} {n}")
    macro = sum(f1s.values()) / len(f1s)
    print(f"\nrouting accuracy {right}/{len(cases)} = {right / len(cases):.1%}   intent macro-F1 {macro:.3f}"
          f"   ({len(labels)} labels; {got.count(WRONG_TOPIC)} questions sent to the wrong topic)")
    if log:
        log.write_text("\n".join(json.dumps(m) for m in misses) + "\n", encoding="utf-8")
        print(f"misses written to {log}")
    return 0


# --------------------------------------------------------------------------- red flags (running assistant)


def _send(url: str, sender: str, text: str) -> list[dict]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(f"{url}/webhooks/rest/webhook", body,
                                     {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def _signals(messages: list[dict]) -> tuple[str, list[str]]:
    level, confirm = "none", []
    for m in messages:
        triage = (m.get("custom") or {}).get("triage") or {}
        if triage.get("urgency") and LEVELS[triage["urgency"]] > LEVELS[level]:
            level = triage["urgency"]
        if triage.get("confirm"):
            confirm.append(triage["confirm"])
    return level, confirm


def _probe(url: str, case: dict, probe: str) -> dict:
    sender = f"score-{probe}-{uuid.uuid4().hex[:10]}"
    if probe == "mid_triage":
        for text in ("hi", "I've got lower back pain", "no"):
            _send(url, sender, text)
    level, confirm = _signals(_send(url, sender, case["text"]))
    if confirm and level == "none":
        level, _ = _signals(_send(url, sender, "/affirm" if case["expect"] != "none" else "/deny"))
    expected = case["expect"]
    passed = LEVELS[level] < 2 if expected == "none" else LEVELS[level] >= LEVELS[expected]
    return {**case, "probe": probe, "got": level, "confirm": confirm, "passed": passed}


def score_redflags(path: Path, url: str, log: Path | None, workers: int) -> int:
    cases = load_cases(path)
    jobs = [(case, probe) for case in cases for probe in ("opening", "mid_triage")]
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(lambda job: _probe(url, *job), jobs))
    by_category: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        by_category[r["category"]].append(r)
    print(f"{'category':22s} {'probes':>6s} {'passed':>7s}")
    for category, rows in sorted(by_category.items()):
        print(f"{category:22s} {len(rows):6d} {sum(r['passed'] for r in rows):7d}")
    pos = [r for r in results if r["expect"] != "none"]
    emerg = [r for r in pos if r["expect"] == "emergency"]
    neg = [r for r in results if r["expect"] == "none"]
    for probe in ("opening", "mid_triage", None):
        def of(rows, probe=probe):
            return [r for r in rows if probe is None or r["probe"] == probe]
        name = probe or "OVERALL"
        p, e, n = of(pos), of(emerg), of(neg)
        print(f"{name:11s} recall {sum(r['passed'] for r in p)}/{len(p)} = {_pct(p)}   emergency recall "
              f"{sum(r['passed'] for r in e)}/{len(e)} = {_pct(e)}   false escalation "
              f"{sum(not r['passed'] for r in n)}/{len(n)} = {_pct(n, failed=True)}   check questions on "
              f"negatives {sum(bool(r['confirm']) for r in n)}/{len(n)}")
    if log:
        noted = [r for r in results if not r["passed"] or (r["expect"] == "none" and r["confirm"])]
        log.write_text("\n".join(json.dumps(r) for r in noted) + "\n", encoding="utf-8")
        print(f"failures and check questions on negatives written to {log}")
    return 0


def _pct(rows: list[dict], failed: bool = False) -> str:
    if not rows:
        return "-"
    n = sum((not r["passed"]) if failed else r["passed"] for r in rows)
    return f"{n / len(rows):.1%}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=("routing", "redflags"))
    parser.add_argument("cases", type=Path)
    parser.add_argument("--url", default=os.environ.get("BOT_URL", "http://localhost:5005"))
    parser.add_argument("--log", type=Path, help="write the misses here (JSON lines)")
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    if not args.cases.exists():
        print(f"no such corpus file: {args.cases}", file=sys.stderr)
        return 2
    if args.kind == "routing":
        return score_routing(args.cases, args.log)
    return score_redflags(args.cases, args.url, args.log, args.workers)


if __name__ == "__main__":
    sys.exit(main())
