"""Speed and memory of a running assistant (start `make run` first), plus the clinical reader in-process.

Prints: reply latency over REST for a scripted triage (first message of a conversation, then each turn:
median, 95th percentile, max), resident memory of the Rasa server and the action server, and how many
messages per second the red-flag reader handles on this machine. Figures only; nothing is asserted.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
URL = os.environ.get("BOT_URL", "http://localhost:5005").rstrip("/") + "/webhooks/rest/webhook"
CONVERSATIONS = 10
SCRIPT = ["hi", "I've had lower back pain since last Tuesday after lifting", "/deny", "no", "nope", "/deny",
          "no", "/deny", "no", "/deny", "no", "/deny", "no", "no", "I'm 40", "5 out of 10", "paracetamol",
          "fine", "thanks"]


def send(sender: str, text: str) -> float:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(URL, data=body, headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as reply:
        reply.read()
    return (time.perf_counter() - start) * 1000


def rss_mb(pattern: str) -> float | None:
    pids = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True).stdout.split()
    total = 0.0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")), 0)
    return total / 1024 if pids else None


def percentile(values: list[float], pct: int) -> float:
    return statistics.quantiles(values, n=100)[pct - 1] if len(values) > 1 else values[0]


def main() -> int:
    try:
        send("benchmark-warmup", "hi")
    except OSError as exc:
        print(f"cannot reach the assistant at {URL} ({exc}); start it with `make run` first", file=sys.stderr)
        return 2
    first, turns = [], []
    for i in range(CONVERSATIONS):
        sender = f"benchmark-{uuid.uuid4().hex[:8]}"
        for j, text in enumerate(SCRIPT):
            (first if j == 0 else turns).append(send(sender, text))
        print(f"  conversation {i + 1}/{CONVERSATIONS} done", file=sys.stderr)
    print(f"REST reply latency over {CONVERSATIONS} scripted triages ({len(first) + len(turns)} messages):")
    print(f"  first message (session start + introduction): median {statistics.median(first):.0f} ms, "
          f"max {max(first):.0f} ms")
    print(f"  later turns: median {statistics.median(turns):.0f} ms, p95 {percentile(turns, 95):.0f} ms, "
          f"max {max(turns):.0f} ms")
    for name, pattern in (("Rasa server", "rasa run --model"), ("action server", "rasa run actions")):
        mb = rss_mb(pattern)
        print(f"  resident memory, {name}: " + (f"{mb:.0f} MB" if mb is not None else "not found"))

    from clinical.language import find_mentions

    start = time.perf_counter()
    find_mentions("warm up the pipeline")
    load_ms = (time.perf_counter() - start) * 1000
    texts = [t for t in SCRIPT if not t.startswith("/")] + ["I can't control my bladder and I have a fever"]
    start = time.perf_counter()
    rounds = 200
    for _ in range(rounds):
        for text in texts:
            find_mentions(text)  # steady state: spelling corrections are cached per word
    elapsed = time.perf_counter() - start
    print(f"Red-flag reader in-process: first call {load_ms:.0f} ms (builds the pipeline), then "
          f"{rounds * len(texts) / elapsed:.0f} messages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
