"""The sealed parts of the blind corpus stay sealed: no NLU example and no red-flag training example repeats
one (tests/data/sealed.py says what counts as a repeat)."""
import pytest

from clinical.recall import load_examples
from tests.data.sealed import nlu_example_texts, repeats_sealed, sealed_texts


def test_the_sealed_parts_exist():
    assert len(sealed_texts()) >= 200


@pytest.mark.parametrize(("where", "texts"), [
    ("NLU data", nlu_example_texts()),
    ("red-flag training data", [e.text for e in load_examples()]),
])
def test_no_example_repeats_a_sealed_case(where, texts):
    repeated = [t for t in texts if repeats_sealed(t)]
    assert not repeated, f"{where} repeats sealed cases: {repeated[:5]}"


def test_the_routing_score_counts_a_plan_report_as_starting_the_questions_only_at_the_opening():
    from tests.data.score import route_ok

    opening = {"intent": "describe_pain", "topic": None, "context": None}
    assert route_ok(opening, "report_flare", None)
    assert not route_ok({**opening, "context": "planning"}, "report_flare", None)
    assert not route_ok(opening, "out_of_scope", None)
