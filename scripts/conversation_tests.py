"""Run the conversation tests (tests/stories/*.yml) against the trained model and summarise the result.

Wraps `rasa test core --fail-on-prediction-errors`; Rasa's own output goes to the caller's log, and this
prints one line per failing story plus a closing count.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "results"


def story_names(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [s["story"] for s in data.get("stories", [])]


def main() -> int:
    stories = sorted((ROOT / "tests" / "stories").glob("*.yml"))
    total = sum(len(story_names(p)) for p in stories)
    failed_file = RESULTS / "failed_test_stories.yml"
    failed_file.unlink(missing_ok=True)
    proc = subprocess.run(
        ["rasa", "test", "core", "--model", str(ROOT / "models" / "backcare.tar.gz"),
         "--stories", str(ROOT / "tests" / "stories"), "--out", str(RESULTS),
         "--e2e", "--fail-on-prediction-errors", "--no-plot"],
        cwd=ROOT, stdout=sys.stdout, stderr=subprocess.STDOUT,
    )
    failed = story_names(failed_file) if failed_file.exists() else []
    failed = [name.split(" (")[0] for name in failed]
    for name in failed:
        print(f"FAILED story: {name}  (details: results/failed_test_stories.yml)")
    if proc.returncode != 0 and not failed:
        print(f"rasa test exited with {proc.returncode} before reporting stories (see the log above)")
        return proc.returncode
    print(f"conversation stories in {len(stories)} files: {total - len(failed)} passed, {len(failed)} failed")
    return 1 if failed or proc.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
