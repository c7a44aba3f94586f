"""Load benchmark (issue 14): this assistant beside the default `rasa init` bot, measured in one run.

    make benchmark-load                  # or: python benchmarks/load.py [--profile before|after] [--quick]

Creates the default bot once under var/baseline-bot (`rasa init`, DIET and TED, in-memory tracker, no
action server) and trains it; measures this assistant's training once per set of inputs, cold, into
var/benchmark-load/ (models/ is left alone). Both trainings are cached with their times. Then it starts
the default bot and this assistant (scripts/servers.sh, own ports, logs and databases under var/), one
after the other so each start is timed alone, and drives simulated people over REST against each in turn:

- one conversation at a time (reply p50/p95/p99);
- 20 conversations at once, each sending its next message as soon as it has the reply (saturation:
  messages per second, p50/p95/p99);
- 20 conversations at once, each sending one message per second (p50/p95/p99).

This assistant's people go through a full triage to an outcome; the default bot's hold 10-turn
conversations of its own intents. It prints errors, each server's peak resident memory (VmHWM), start to
first answer, CPU time per message and training time, then the ratios against issue 14's targets.

--compare-stock-check also runs a copy of this tree without the compiled action-response check
(components/action_response.py) as another column. --profile LABEL samples the Rasa server and the
action server with py-spy during the saturated run and writes a summary of the top costs to
benchmarks/profiles/<server>-<LABEL>.txt (the stock copy's as <server>-before.txt). --also-url URL drives
a deployment started elsewhere (make run-scaled). Figures only: nothing is asserted. The load generator
runs on the same machine and takes some of its CPU (about the same for every bot).
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib.util
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var"
BASELINE_DIR = VAR / "baseline-bot"
RUN_DIR = VAR / "benchmark-load"
LOG_PATH = VAR / "logs" / "benchmark-load.log"
PROFILE_DIR = ROOT / "benchmarks" / "profiles"
REST_PATH = "/webhooks/rest/webhook"

# A person with an everyday back pain: opens, then answers each question as it comes, to an outcome.
TRIAGE_OPENING = ("hi", "I've had lower back pain since last Tuesday after lifting")
TRIAGE_ANSWERS = (  # (words in the question, the answer, the first that fits); any other question gets "no"
    ("immune system", "no"),  # (its examples name medicines: not the question about medicines tried)
    ("how old", "I'm 40"), ("how are you feeling", "OK"), ("where exactly", "lower back"),
    ("slowly getting better", "yes"), ("first time", "yes"), ("how long", "since last Tuesday"),
    ("out of 10", "5 out of 10"), ("medicine", "paracetamol"),
)
TRIAGE_MOST_MESSAGES = 30  # a person who has not had an outcome by then is counted as not reaching one
# Ten turns of the default bot's own intents (greet, mood, bot challenge, affirm, deny, goodbye).
BASELINE_TURNS = ("hello", "I am feeling very sad", "yes", "are you a bot?", "hi there", "I am great",
                  "no", "am I talking to a human?", "perfect", "bye")

# Issue 14's targets ("done when").
TARGET_THROUGHPUT_RATIO = 2.0
TARGET_PACED_P95_MS = 150
TARGET_RASA_MB = 800
TARGET_ACTIONS_MB = 300
TARGET_START_S = 30
TARGET_TRAIN_S = 180


def log(message: str) -> None:
    with LOG_PATH.open("a", encoding="utf-8") as handle:
        handle.write(f"{time.strftime('%H:%M:%S')} {message}\n")


def progress(message: str) -> None:
    print(message, flush=True)
    log(message)


# --- measuring ----------------------------------------------------------------------------------------

@dataclass
class Phase:
    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    outcomes: int = 0  # conversations that reached a triage outcome (this assistant only)
    conversations: int = 0
    wall_s: float = 0.0

    def percentile(self, pct: float) -> float | None:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return None
        rank = (len(ordered) - 1) * pct / 100
        low = int(rank)
        high = min(low + 1, len(ordered) - 1)
        return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)

    @property
    def messages(self) -> int:
        return len(self.latencies_ms) + sum(self.errors.values())

    @property
    def rate(self) -> float:
        return self.messages / self.wall_s if self.wall_s else 0.0


async def send(session: aiohttp.ClientSession, url: str, sender: str, text: str, phase: Phase) -> list | None:
    start = time.perf_counter()
    try:
        async with session.post(url, json={"sender": sender, "message": text}) as response:
            body = await response.text()
            elapsed = (time.perf_counter() - start) * 1000
            if response.status != 200:
                phase.errors[f"HTTP {response.status}"] += 1
                log(f"error HTTP {response.status} for {sender}: {body[:200]}")
                return None
            replies = json.loads(body)
    except asyncio.TimeoutError:
        phase.errors["timeout"] += 1
        return None
    except (aiohttp.ClientError, json.JSONDecodeError) as exc:
        phase.errors[type(exc).__name__] += 1
        log(f"error {type(exc).__name__} for {sender}: {exc}")
        return None
    phase.latencies_ms.append(elapsed)
    return replies


def reached_outcome(replies: list) -> bool:
    return any(isinstance(r.get("custom"), dict) and "urgency" in r["custom"].get("triage", {})
               for r in replies)


def triage_answer(replies: list) -> str:
    question = " ".join(r.get("text") or "" for r in replies[-1:]).lower()
    return next((answer for words, answer in TRIAGE_ANSWERS if words in question), "no")


async def converse(session: aiohttp.ClientSession, url: str, script: tuple[str, ...] | None, phase: Phase,
                   pace_s: float | None = None) -> None:
    """One simulated person: the default bot's script in order, or (script None) a triage to its outcome.

    The next message goes as soon as the reply is in, or (pace_s) on the person's next tick."""
    sender = f"load-{uuid.uuid4().hex[:12]}"
    loop = asyncio.get_running_loop()
    next_at = loop.time() + (random.uniform(0, pace_s) if pace_s else 0)  # people do not type in step
    messages = list(script or TRIAGE_OPENING)
    outcome, sent = False, 0
    while messages:
        if pace_s:
            await asyncio.sleep(max(0.0, next_at - loop.time()))
            next_at += pace_s
        replies = await send(session, url, sender, messages.pop(0), phase)
        sent += 1
        if script is None and not messages and not outcome:
            outcome = bool(replies and reached_outcome(replies))
            if outcome:
                messages.append("thanks")
            elif sent < TRIAGE_MOST_MESSAGES:
                messages.append(triage_answer(replies or []))
    phase.conversations += 1
    phase.outcomes += outcome


async def run_phase(base_url: str, script: tuple[str, ...] | None, people: int, rounds: int,
                    pace_s: float | None = None) -> Phase:
    """`people` conversations at once, each person holding `rounds` conversations one after the other."""
    phase = Phase()
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=people)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:

        async def person() -> None:
            for _ in range(rounds):
                await converse(session, base_url + REST_PATH, script, phase, pace_s)

        start = time.perf_counter()
        await asyncio.gather(*(person() for _ in range(people)))
        phase.wall_s = time.perf_counter() - start
    return phase


# --- processes ----------------------------------------------------------------------------------------

def peak_rss_mb(pid: int) -> float | None:
    """Peak resident memory (VmHWM) of a process and its descendants, in MB."""
    total_kb, found = 0, False
    for each in [pid, *descendants(pid)]:
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue
        found = True
        total_kb += next((int(line.split()[1]) for line in status.splitlines()
                          if line.startswith("VmHWM")), 0)
    return total_kb / 1024 if found else None


def cpu_seconds(pids: dict[str, int]) -> dict[str, float]:
    """CPU time (user + system) each server and its descendants have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    used = {}
    for server, pid in pids.items():
        total = 0
        for each in [pid, *descendants(pid)]:
            try:
                fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        used[server] = total / ticks
    return used


def descendants(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    children = [int(p) for p in found]
    return children + [grand for child in children for grand in descendants(child)]


async def first_answer(base_url: str, started: float, process: subprocess.Popen,
                       limit_s: float = 600) -> float:
    """Seconds from `started` until the bot answers a first message over REST."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        while time.perf_counter() - started < limit_s:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited during start-up (code {process.returncode}); "
                                   f"see {LOG_PATH}")
            try:
                body = {"sender": f"start-{uuid.uuid4().hex[:8]}", "message": "hi"}
                async with session.post(base_url + REST_PATH, json=body) as reply:
                    if reply.status == 200 and await reply.json():
                        return time.perf_counter() - started
            except (aiohttp.ClientError, asyncio.TimeoutError, json.JSONDecodeError):
                pass
            await asyncio.sleep(0.25)
    raise RuntimeError(f"no answer from {base_url} within {limit_s:.0f}s; see {LOG_PATH}")


def base_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore",
               SQLALCHEMY_SILENCE_UBER_WARNING="1")
    env["PATH"] = f"{ROOT / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return env


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)  # the process group we started, and only that
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def cached_training(name: str, inputs: list[Path], train: list[str], cwd: Path, env: dict[str, str],
                    reuse: bool = False) -> float:
    """Training time in seconds, measured once per version of the inputs (or `reuse`: the last one)."""
    record = RUN_DIR / f"training-{name}.json"
    if record.exists():
        saved = json.loads(record.read_text())
        if saved.get("fingerprint") == fingerprint(inputs):
            return float(saved["seconds"])
        if reuse:
            progress(f"  {name}: the inputs changed since training was timed; the last time is shown")
            return float(saved["seconds"])
    progress(f"  training {name} (once; log: {LOG_PATH.relative_to(ROOT)}) ...")
    shutil.rmtree(env["RASA_CACHE_DIRECTORY"], ignore_errors=True)  # a cold training, as on a fresh clone
    start = time.perf_counter()
    with LOG_PATH.open("a") as output:
        subprocess.run(train, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT, check=True)
    seconds = time.perf_counter() - start
    # taken after training: `rasa train` writes the default pipeline it chose into the default bot's config
    record.write_text(json.dumps({"fingerprint": fingerprint(inputs), "seconds": round(seconds, 1)}))
    return seconds


def fingerprint(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for base in paths for p in ([base] if base.is_file() else base.rglob("*.yml"))):
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()


def prepare_baseline(env: dict[str, str]) -> float:
    """The default bot, created and trained once; its model is then reused from var/baseline-bot/models."""
    if not (BASELINE_DIR / "domain.yml").exists():
        # `rasa init --no-prompt` would copy this starter project and train it at once; copied here so that
        # the training is timed on its own, below.
        rasa_package = Path(importlib.util.find_spec("rasa").origin).parent  # found, not imported: it is slow
        shutil.copytree(rasa_package / "cli" / "initial_project", BASELINE_DIR, dirs_exist_ok=True)
    inputs = [BASELINE_DIR / "config.yml", BASELINE_DIR / "domain.yml", BASELINE_DIR / "data"]
    # A cache of its own, so that a cold training is timed.
    train_env = dict(env, RASA_CACHE_DIRECTORY=str(RUN_DIR / "cache-baseline"))
    model = BASELINE_DIR / "models" / "baseline.tar.gz"
    if not model.exists():
        (RUN_DIR / "training-baseline.json").unlink(missing_ok=True)
    work = RUN_DIR / "training-baseline"
    seconds = cached_training("baseline", inputs,
                              ["rasa", "train", "--fixed-model-name", "baseline", "--out", str(work)],
                              BASELINE_DIR, train_env)
    if (work / "baseline.tar.gz").exists():  # moved into place whole: an interrupted training leaves none
        model.parent.mkdir(exist_ok=True)
        (work / "baseline.tar.gz").replace(model)
    return seconds


OUR_MODEL = RUN_DIR / "model" / "trained.tar.gz"


def measure_our_training(env: dict[str, str], reuse: bool) -> float:
    """This assistant trained cold into var/benchmark-load; that model is the one served (models/ is not
    touched, and need not exist: on a fresh clone it does not)."""
    inputs = [ROOT / "config.yml", ROOT / "domain", ROOT / "data"]
    if not OUR_MODEL.exists():
        (RUN_DIR / "training-ours.json").unlink(missing_ok=True)
    train_env = dict(env, RASA_CACHE_DIRECTORY=str(RUN_DIR / "cache-ours"))
    seconds = cached_training("ours", inputs,
                              [sys.executable, "-m", "rasa_cli", "train", "--domain", "domain",
                               "--fixed-model-name", "trained", "--out", str(RUN_DIR / "model")],
                              ROOT, train_env, reuse)
    return seconds


def start_baseline(port: int, env: dict[str, str]) -> subprocess.Popen:
    model = BASELINE_DIR / "models" / "baseline.tar.gz"
    output = LOG_PATH.open("a")
    return subprocess.Popen(["rasa", "run", "--model", str(model), "--interface", "127.0.0.1",
                             "--port", str(port), "--credentials", "credentials.yml",
                             "--endpoints", "endpoints.yml"],
                            cwd=BASELINE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
                            start_new_session=True)


def start_ours(rasa_port: int, actions_port: int, env: dict[str, str], root: Path = ROOT) -> subprocess.Popen:
    """scripts/servers.sh's start_servers in a bash of its own, with ports, logs and databases of its own."""
    data = RUN_DIR / f"run-{rasa_port}"
    for stale in ("tracker.db", "backcare.db"):
        (data / stale).unlink(missing_ok=True)
    data.mkdir(parents=True, exist_ok=True)
    env = dict(env, RASA_PORT=str(rasa_port), ACTIONS_PORT=str(actions_port),
               TRACKER_DB=str(data / "tracker.db"),
               ACTION_ENDPOINT_URL=f"http://127.0.0.1:{actions_port}/webhook",
               BACKCARE_DATABASE_URL=f"sqlite:///{data / 'backcare.db'}", MODEL_PATH=str(OUR_MODEL))
    script = f"""
source scripts/env.sh
export LOG_DIR="{data}/logs"; mkdir -p "$LOG_DIR"
source scripts/servers.sh
trap 'stop_servers; exit 0' TERM INT
start_servers || exit 1
echo "SERVER_PIDS $action_server_pid $rasa_server_pid"
wait
"""
    return subprocess.Popen(["bash", "-c", script], cwd=root, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)


STOCK_TREE = RUN_DIR / "stock-check-tree"


def stock_check_tree() -> Path:
    """A copy of this working tree whose Rasa server keeps Rasa's own action-response check (the A of A/B).

    The only difference is components/__init__.py without the install of components/action_response.py.
    """
    shutil.rmtree(STOCK_TREE, ignore_errors=True)
    shutil.copytree(ROOT, STOCK_TREE, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", "var", "results", "__pycache__", ".rasa", "*.db", "node_modules", ".training-*"))
    (STOCK_TREE / ".venv").symlink_to(ROOT / ".venv")
    (STOCK_TREE / "components" / "__init__.py").write_text('"""Custom Rasa NLU components."""\n')
    return STOCK_TREE


def read_server_pids(wrapper: subprocess.Popen) -> list[int]:
    """The action server's and the Rasa server's process ids, as the wrapper prints them once both are up."""
    assert wrapper.stdout is not None
    for line in wrapper.stdout:
        log(f"  servers.sh: {line.rstrip()}")
        if line.startswith("SERVER_PIDS"):
            return [int(p) for p in line.split()[1:]]
    raise RuntimeError(f"this assistant did not start; see {LOG_PATH}")


# --- profiling ----------------------------------------------------------------------------------------

ProfileRun = tuple[str, Path, subprocess.Popen]


def start_profiles(pids: dict[str, int], label: str, seconds: int) -> list[ProfileRun]:
    runs = []
    for name, pid in pids.items():
        raw = RUN_DIR / f"profile-{name}-{label}.txt"
        command = ["py-spy", "record", "--pid", str(pid), "--duration", str(seconds), "--rate", "100",
                   "--format", "raw", "--output", str(raw), "--nonblocking", "--function"]
        runs.append((name, raw, subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                                 text=True)))
    return runs


EVENT_LOOP = "serve (sanic/server/runners.py)"  # uvloop runs in C below it: its own samples are the loop


def summarise_profile(raw: Path, title: str, top: int = 60) -> str:
    """Inclusive and own shares of samples per function, from py-spy's collapsed stacks."""
    inclusive, own, total = Counter(), Counter(), 0
    for line in raw.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack:
            continue
        count = int(count_text)
        total += count
        frames = [short_frame(f) for f in stack.split(";")]
        for frame in set(frames):
            inclusive[frame] += count
        own[frames[-1]] += count
    lines = [title, f"{total} samples at 100 Hz; the event loop itself (waiting, or uvloop's own work: "
             f"own time of {EVENT_LOOP}) {100 * own[EVENT_LOOP] / max(total, 1):.1f}%",
             "", "inclusive    own  function (file)"]
    wrappers = [frame for frame, count in inclusive.items() if count >= 0.8 * total]
    lines.append(f"(left out: {len(wrappers)} frames in 80% or more of the samples: the server's own layers)")
    for frame, count in [(f, c) for f, c in inclusive.most_common() if f not in wrappers][:top]:
        lines.append(f"{100 * count / total:6.1f}% {100 * own[frame] / total:6.1f}%  {frame}")
    lines += ["", "own time (where the CPU is spent itself; the event loop's is waiting):"]
    for frame, count in own.most_common(top // 2):
        lines.append(f"{100 * count / total:6.1f}%  {frame}")
    return "\n".join(lines) + "\n"


def short_frame(frame: str) -> str:
    """'validate (jsonschema/validators.py)': the site-packages prefix and the line number removed."""
    name, _, where = frame.partition(" (")
    where = where.rstrip(")").rsplit(":", 1)[0]
    for marker in ("site-packages/", str(ROOT) + "/", "lib/python3.10/"):
        where = where.split(marker, 1)[-1]
    return f"{name} ({where})"


def finish_profiles(runs: list[ProfileRun], label: str, note: str) -> None:
    PROFILE_DIR.mkdir(parents=True, exist_ok=True)
    for name, raw, process in runs:
        _, errors = process.communicate()
        if process.returncode != 0 or not raw.exists():
            progress(f"  py-spy could not sample the {name} server: {errors.strip()[-300:]}")
            continue
        out = PROFILE_DIR / f"{name}-{label}.txt"
        out.write_text(summarise_profile(raw, f"{name} server, {note}"))
        progress(f"  profile written: {out.relative_to(ROOT)}")


# --- the run ------------------------------------------------------------------------------------------

@dataclass
class BotFigures:
    name: str
    start_s: float = 0.0
    train_s: float = 0.0
    single: Phase | None = None
    saturated: Phase | None = None
    paced: Phase | None = None
    memory_mb: dict[str, float | None] = field(default_factory=dict)
    cpu_ms_per_message: dict[str, float] = field(default_factory=dict)  # saturated run


async def measure(name: str, base_url: str, script: tuple[str, ...] | None, figures: BotFigures,
                  args: argparse.Namespace, pids: dict[str, int]) -> None:
    conversations = (10 if script else 5) if not args.quick else 1
    progress(f"  {name}: warming up, then {conversations} conversations one at a time")
    await run_phase(base_url, script, people=1, rounds=1)
    figures.single = await run_phase(base_url, script, people=1, rounds=conversations)
    progress(f"  {name}: {args.people} conversations at once, no pause (saturation)")
    profiles = (start_profiles(pids, args.profile if name == "ours" else "before", args.profile_seconds)
                if args.profile and name in ("ours", "stock") else [])
    cpu_before = cpu_seconds(pids)
    figures.saturated = await run_phase(base_url, script, people=args.people, rounds=1 if args.quick else 2)
    cpu_after = cpu_seconds(pids)
    figures.cpu_ms_per_message = {server: 1000 * (cpu_after[server] - cpu_before[server])
                                  / max(figures.saturated.messages, 1) for server in pids}
    if profiles:
        label = args.profile if name == "ours" else "before"
        finish_profiles(profiles, label, f"{args.people} conversations at once, saturated, "
                        f"{args.profile_seconds} s ({label})")
    progress(f"  {name}: {args.people} conversations at once, one message per second each")
    figures.paced = await run_phase(base_url, script, people=args.people, rounds=1, pace_s=1.0)
    figures.memory_mb = {server: peak_rss_mb(pid) for server, pid in pids.items()}
    for label, phase in (("one at a time", figures.single), ("saturated", figures.saturated),
                         ("paced", figures.paced)):
        log(f"{name} {label}: {phase.messages} messages in {phase.wall_s:.1f}s, errors {dict(phase.errors)}, "
            f"outcomes {phase.outcomes}/{phase.conversations}, p50 {phase.percentile(50)}, "
            f"p95 {phase.percentile(95)}, p99 {phase.percentile(99)}")


def ms(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def trio(phase: Phase | None) -> str:
    if phase is None:
        return "-"
    return f"{ms(phase.percentile(50))} / {ms(phase.percentile(95))} / {ms(phase.percentile(99))}"


def report(baseline: BotFigures, ours: BotFigures, others: list[BotFigures]) -> str:
    def errors(f: BotFigures) -> str:
        phases = [p for p in (f.single, f.saturated, f.paced) if p]
        total = sum(p.messages for p in phases)
        failed = Counter()
        for p in phases:
            failed.update(p.errors)
        detail = ", ".join(f"{k} {v}" for k, v in failed.items())
        return f"{sum(failed.values())} of {total}" + (f" ({detail})" if detail else "")

    def mb(f: BotFigures, server: str) -> str:
        value = f.memory_mb.get(server)
        return "-" if value is None else f"{value:,.0f} MB"

    def cpu(f: BotFigures) -> str:
        used = f.cpu_ms_per_message
        if not used:
            return "-"
        return " + ".join(f"{used[server]:.0f}" for server in ("rasa", "actions") if server in used) + " ms"

    def column(f: BotFigures) -> list[str]:
        phases = (f.single, f.saturated, f.paced)
        return [trio(f.single), f"{f.saturated.rate:.1f}", trio(f.saturated), trio(f.paced), errors(f),
                mb(f, "rasa"), "(none)" if f is baseline else mb(f, "actions"),
                cpu(f), f"{f.start_s:.1f} s" if f.start_s else "-",
                f"{f.train_s:.0f} s" if f.train_s else "-",
                "-" if f is baseline else
                f"{sum(p.outcomes for p in phases)} of {sum(p.conversations for p in phases)}"]

    labels = ["one at a time, reply p50 / p95 / p99 ms", "20 at once, messages per second (saturation)",
              "20 at once, reply p50 / p95 / p99 ms", "20 at 1 message/s each, reply p50 / p95 / p99 ms",
              "errors", "peak resident memory, Rasa server", "peak resident memory, action server",
              "CPU per message, saturated (Rasa + actions)", "start to first answer", "training (cold cache)",
              "conversations reaching a triage outcome"]
    bots = [baseline, ours, *others]
    columns = [column(f) for f in bots]
    width = max(len(label) for label in labels)
    lines = [f"{'':<{width}}" + "".join(f"  {f.name:>22}" for f in bots)]
    lines += [f"{label:<{width}}" + "".join(f"  {c[i]:>22}" for c in columns)
              for i, label in enumerate(labels)]

    ratio = ours.saturated.rate / baseline.saturated.rate if baseline.saturated.rate else 0.0
    single_p95 = (ours.single.percentile(95) or 0, baseline.single.percentile(95) or 0)
    paced_p95 = ours.paced.percentile(95) or 0
    rasa_mb, actions_mb = ours.memory_mb.get("rasa") or 0, ours.memory_mb.get("actions") or 0

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    lines += ["", "Against issue 14's targets:",
              f"  saturated throughput {ratio:.2f}x the default bot's "
              f"(target {TARGET_THROUGHPUT_RATIO:.0f}x): "
              f"{verdict(ratio >= TARGET_THROUGHPUT_RATIO)}",
              f"  one-conversation p95 {single_p95[0]:.0f} ms vs the default bot's {single_p95[1]:.0f} ms "
              f"({single_p95[0] / single_p95[1]:.2f}x; target at most 1x): "
              f"{verdict(single_p95[0] <= single_p95[1])}",
              f"  p95 at 20 x 1 message/s {paced_p95:.0f} ms (target {TARGET_PACED_P95_MS} ms): "
              f"{verdict(paced_p95 <= TARGET_PACED_P95_MS)}",
              f"  Rasa server {rasa_mb:.0f} MB (target {TARGET_RASA_MB} MB): "
              f"{verdict(rasa_mb <= TARGET_RASA_MB)}",
              f"  action server {actions_mb:.0f} MB (target {TARGET_ACTIONS_MB} MB): "
              f"{verdict(actions_mb <= TARGET_ACTIONS_MB)}",
              f"  start to first answer {ours.start_s:.1f} s (target {TARGET_START_S} s): "
              f"{verdict(ours.start_s <= TARGET_START_S)}",
              f"  training {ours.train_s:.0f} s (target {TARGET_TRAIN_S} s): "
              f"{verdict(ours.train_s <= TARGET_TRAIN_S)}"]
    for other in others:
        other_ratio = other.saturated.rate / baseline.saturated.rate if baseline.saturated.rate else 0.0
        lines.append(f"  {other.name}: saturated throughput {other_ratio:.2f}x the default bot's, "
                     f"p95 at 20 x 1 message/s {other.paced.percentile(95) or 0:.0f} ms")
    return "\n".join(lines)


def reader_rate() -> str:
    """The red-flag reader alone, in this process: how many messages per second one core reads."""
    sys.path.insert(0, str(ROOT))
    from clinical.language import find_mentions

    texts = [*TRIAGE_OPENING, *(answer for _, answer in TRIAGE_ANSWERS), "no",
             "I can't control my bladder and I have a fever"]
    find_mentions("warm up the pipeline")
    start, rounds = time.perf_counter(), 100
    for _ in range(rounds):
        for text in texts:
            find_mentions(text)  # steady state: spelling corrections are cached per word
    rate = rounds * len(texts) / (time.perf_counter() - start)
    return f"Red-flag reader alone, in-process: {rate:,.0f} messages/s"


def action_check_cost() -> str:
    """Checking one action-server response: Rasa's own method and the compiled-once one."""
    from rasa.core.actions.action import RemoteAction

    from components import action_response

    action = RemoteAction("validate_triage_form", None)
    slots = [{"event": "slot", "timestamp": None, "name": f"slot_{i}", "value": "no"} for i in range(8)]
    buttons = [{"title": t, "payload": f"/{t}"} for t in ("yes", "no", "unsure")]
    response = {"events": [*slots, {"event": "active_loop", "name": "triage_form"}],
                "responses": [{"text": "Do you have a fever?", "custom": {}, "buttons": buttons}]}
    timings = []
    for check in (action_response._stock_validate_action_result, action_response.validate_action_result):
        check(action, response)
        start, rounds = time.perf_counter(), 50
        for _ in range(rounds):
            check(action, response)
        timings.append((time.perf_counter() - start) * 1000 / rounds)
    return (f"Checking one action-server response (9 events, 1 message): Rasa's jsonschema.validate "
            f"{timings[0]:.2f} ms, schema compiled once {timings[1]:.2f} ms")


async def main_async(args: argparse.Namespace) -> int:
    env = base_env()
    baseline, ours = BotFigures("default bot"), BotFigures("this assistant")
    others = [BotFigures(url.removeprefix("http://").rstrip("/")) for url in args.also_url]
    stock = BotFigures("Rasa's own check")  # the same tree without the compiled action-response check
    baseline_process = wrapper = stock_wrapper = None
    try:
        progress("Training (cached under var/ once measured)")
        baseline.train_s = prepare_baseline(env)
        ours.train_s = measure_our_training(env, args.reuse_training_time)

        progress(f"Starting the default bot on 127.0.0.1:{args.baseline_port}")
        started = time.perf_counter()
        baseline_process = start_baseline(args.baseline_port, env)
        baseline_url = f"http://127.0.0.1:{args.baseline_port}"
        baseline.start_s = await first_answer(baseline_url, started, baseline_process)
        progress(f"  first answer after {baseline.start_s:.1f} s")

        progress(f"Starting this assistant on 127.0.0.1:{args.rasa_port} (actions {args.actions_port})")
        started = time.perf_counter()
        wrapper = start_ours(args.rasa_port, args.actions_port, env)
        actions_pid, rasa_pid = await asyncio.to_thread(read_server_pids, wrapper)
        ours_url = f"http://127.0.0.1:{args.rasa_port}"
        ours.start_s = await first_answer(ours_url, started, wrapper)
        progress(f"  first answer after {ours.start_s:.1f} s")

        if args.compare_stock_check:
            stock_port = args.rasa_port + 10
            progress(f"Starting a copy of this assistant with Rasa's own action-response check on "
                     f"127.0.0.1:{stock_port} (actions {args.actions_port + 10})")
            started = time.perf_counter()
            stock_wrapper = start_ours(stock_port, args.actions_port + 10, env, stock_check_tree())
            stock_actions_pid, stock_rasa_pid = await asyncio.to_thread(read_server_pids, stock_wrapper)
            stock.start_s = await first_answer(f"http://127.0.0.1:{stock_port}", started, stock_wrapper)
            progress(f"  first answer after {stock.start_s:.1f} s")

        progress("Default bot under load")
        await measure("baseline", baseline_url, BASELINE_TURNS, baseline, args,
                      {"rasa": baseline_process.pid})
        if args.compare_stock_check:
            progress("This assistant with Rasa's own action-response check under load")
            await measure("stock", f"http://127.0.0.1:{stock_port}", None, stock, args,
                          {"rasa": stock_rasa_pid, "actions": stock_actions_pid})
        progress("This assistant under load")
        await measure("ours", ours_url, None, ours, args, {"rasa": rasa_pid, "actions": actions_pid})
        for other in others:  # a deployment started elsewhere, e.g. `make run-scaled`: same people, no pids
            progress(f"This assistant at {other.name} (started elsewhere) under load")
            await measure(other.name, f"http://{other.name}", None, other, args, {})
        if args.compare_stock_check:
            others.insert(0, stock)
    finally:
        stop(wrapper)
        stop(stock_wrapper)
        stop(baseline_process)

    summary = report(baseline, ours, others) + "\n" + reader_rate() + "\n" + action_check_cost()
    header = (f"Load benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs; "
              f"{args.people} simulated people; each phase against one bot at a time")
    progress("\n" + header + "\n" + summary)
    (RUN_DIR / "last-summary.txt").write_text(header + "\n" + summary + "\n")
    progress(f"\nFull log: {LOG_PATH.relative_to(ROOT)}")
    if not any(p and p.outcomes for p in (ours.single, ours.saturated, ours.paced)):
        # fast "replies" that are apologies are no figures (a missing model, say)
        progress("error: no conversation with this assistant reached a triage outcome, so these figures "
                 f"are not valid; see the server logs under {RUN_DIR.relative_to(ROOT)}/run-*/logs")
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=20, help="conversations at once (default 20)")
    parser.add_argument("--rasa-port", type=int, default=5400)
    parser.add_argument("--actions-port", type=int, default=5401)
    parser.add_argument("--baseline-port", type=int, default=5450)
    parser.add_argument("--profile", metavar="LABEL",
                        help="sample both servers with py-spy during the saturated run; "
                             "summaries go to benchmarks/profiles/<server>-LABEL.txt")
    parser.add_argument("--profile-seconds", type=int, default=25)
    parser.add_argument("--also-url", action="append", default=[], metavar="URL",
                        help="also drive this assistant already running there, e.g. the scaled set-up "
                             "(`make run-scaled`, http://127.0.0.1:5005); its memory is not measured")
    parser.add_argument("--compare-stock-check", action="store_true",
                        help="also run a copy of this tree without the compiled action-response check "
                             "(components/action_response.py), measured and profiled ('before') the same way")
    parser.add_argument("--reuse-training-time", action="store_true",
                        help="do not train this assistant again when its data changed; show the last time")
    parser.add_argument("--quick", action="store_true", help="fewer conversations per phase (a smoke run)")
    args = parser.parse_args()
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    LOG_PATH.parent.mkdir(parents=True, exist_ok=True)
    LOG_PATH.write_text("")
    random.seed(14)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that the servers started are stopped too
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
