"""The hazard log (docs/safety/hazard-log.md) names tests that exist, and its risk ratings follow its matrix.

Every hazard is a section `### Hnn title` with at least one test reference in backticks:
`tests/unit/<file>.py::<test name>`, `tests/stories/<file>.yml::<story name>`, or a command starting
with `python ` or `make `. A renamed or deleted test makes this fail, so the log cannot point at nothing.
"""
from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
LOG = ROOT / "docs" / "safety" / "hazard-log.md"
MIN_HAZARDS = 15

SEVERITIES = ("Minor", "Significant", "Considerable", "Major", "Catastrophic")
# DCB0129 risk matrix: likelihood -> risk rating per severity, in the order of SEVERITIES.
MATRIX = {
    "Very high": (3, 4, 4, 5, 5),
    "High": (2, 3, 3, 4, 5),
    "Medium": (2, 2, 3, 3, 4),
    "Low": (1, 2, 2, 3, 4),
    "Very low": (1, 1, 2, 2, 3),
}

_SECTION = re.compile(r"^### (H\d{2})\b(.*)$", re.MULTILINE)
_CODE = re.compile(r"`([^`\n]+)`")
_TEST_REF = re.compile(r"^(tests/(?:unit|stories)/[\w/]+\.(?:py|yml))::(.+)$")
_SCORE = re.compile(r"\*\*(Initial|Residual):\*\* severity ([A-Za-z]+), likelihood ([A-Za-z ]+?), risk (\d)")


def hazards() -> dict[str, str]:
    """Hazard id -> the text of its section."""
    text = LOG.read_text(encoding="utf-8")
    found = list(_SECTION.finditer(text))
    return {m.group(1): text[m.start():found[i + 1].start() if i + 1 < len(found) else len(text)]
            for i, m in enumerate(found)}


def references(section: str) -> list[str]:
    """The test references of one section: pytest node ids, story names, and python/make commands."""
    return [c for c in _CODE.findall(section) if _TEST_REF.match(c) or c.startswith(("python ", "make "))]


@cache
def functions_in(path: str) -> frozenset[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return frozenset(node.name for node in ast.walk(tree)
                     if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                     and node.name.startswith("test_"))


@cache
def story_names(path: str) -> frozenset[str]:
    data = yaml.safe_load((ROOT / path).read_text(encoding="utf-8")) or {}
    return frozenset(str(s["story"]).strip() for s in data.get("stories") or [] if "story" in s)


@cache
def make_targets() -> frozenset[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return frozenset(re.findall(r"^([\w-]+):", makefile, re.MULTILINE))


def unresolved(reference: str) -> str | None:
    """Why a reference does not resolve, or None when it does."""
    match = _TEST_REF.match(reference)
    if match:
        path, name = match.group(1), match.group(2).strip()
        if not (ROOT / path).is_file():
            return f"{path} does not exist"
        if path.endswith(".py"):
            return None if name in functions_in(path) else f"no test function {name!r} in {path}"
        return None if name in story_names(path) else f"no story {name!r} in {path}"
    words = reference.split()
    if words[0] == "make":
        return None if words[1:] and words[1] in make_targets() else f"no make target in {reference!r}"
    if words[1:2] == ["-m"]:  # python -m package.module
        module = ROOT / Path(*words[2].split("."))
        ok = module.with_suffix(".py").is_file() or (module / "__init__.py").is_file()
        return None if ok else f"no module {words[2]!r} in the project"
    script = words[1] if len(words) > 1 else ""
    if script.startswith(".."):  # a shared script beside the project (../shared/eval): not in this repository
        return None
    return None if (ROOT / script).is_file() else f"no script {script!r} in the project"


def test_the_log_lists_enough_hazards_each_with_a_test():
    found = hazards()
    assert len(found) >= MIN_HAZARDS, f"only {len(found)} hazards in {LOG}"
    without = [hazard for hazard, section in found.items() if not references(section)]
    assert not without, f"hazards without a test reference: {without}"


def test_hazard_ids_are_unique_and_in_order():
    ids = _SECTION.findall(LOG.read_text(encoding="utf-8"))
    numbers = [int(hazard[1:]) for hazard, _ in ids]
    assert numbers == sorted(set(numbers)), f"hazard ids repeat or are out of order: {numbers}"


def test_every_referenced_test_exists():
    problems = [f"{hazard}: `{ref}`: {why}" for hazard, section in hazards().items()
                for ref in references(section) if (why := unresolved(ref))]
    assert not problems, "references that do not resolve:\n" + "\n".join(problems)


def test_every_hazard_is_scored_on_the_matrix_before_and_after_controls():
    problems = []
    for hazard, section in hazards().items():
        scores = {kind: (severity, likelihood, int(risk))
                  for kind, severity, likelihood, risk in _SCORE.findall(section)}
        for kind in ("Initial", "Residual"):
            if kind not in scores:
                problems.append(f"{hazard}: no '{kind}: severity ..., likelihood ..., risk n'")
                continue
            severity, likelihood, risk = scores[kind]
            where = f"{hazard}: {kind.lower()} score {severity}/{likelihood}"
            if severity not in SEVERITIES or likelihood not in MATRIX:
                problems.append(f"{where} is not on the matrix")
            elif MATRIX[likelihood][SEVERITIES.index(severity)] != risk:
                problems.append(f"{where} gives risk {MATRIX[likelihood][SEVERITIES.index(severity)]}, "
                                f"not {risk}")
    assert not problems, "\n".join(problems)


def test_a_missing_test_is_reported():
    assert unresolved("tests/unit/test_urgency.py::test_guide_table") is None
    assert "no test function" in unresolved("tests/unit/test_urgency.py::test_that_does_not_exist")
    assert "no story" in unresolved("tests/stories/test_triage.yml::a story that does not exist")
    assert "does not exist" in unresolved("tests/unit/test_missing_file.py::test_x")
    assert "no make target" in unresolved("make nothing-like-this")
