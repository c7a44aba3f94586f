"""Medicine questions: which ones need a pharmacist or doctor rather than general information.

The assistant never gives a dose and never advises starting, stopping or combining a medicine; for
those questions it says who must advise, and why (the sources: check with a pharmacist or doctor
first; medicines can do harm, especially long-term). Overdose wording is a red flag (clinical/findings.py).
"""
from __future__ import annotations

import re

from clinical.language import normalise

DOSE_OR_COMBINATION = re.compile(
    r"\b(how many|how much|dose|doses|dosage|dosing|mg|milligrams?|maximum|max|how often|"
    r"every \d+ hours|times a day|a day can i|double up|extra (one|tablet|pill)s?|"
    r"with my (other )?(tablets?|pills?|medicines?|medication|meds)|together with|at the same time as|"
    r"combine|combining|mix|mixing|alongside|along with|interact\w*|"
    r"stop taking|start taking|come off|switch (from|to)|instead of my|swap)\b")


def needs_pharmacist_or_doctor(text: str) -> bool:
    """A question about dose, timing, combining, starting or stopping a medicine."""
    return bool(DOSE_OR_COMBINATION.search(normalise(text)))
