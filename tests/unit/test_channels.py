"""The checked REST channel: what a malformed webhook body is told."""
import pytest

from channels.checks import MAX_SENDER_CHARS
from channels.rest import problem_with


@pytest.mark.parametrize("body", [
    [1, 2], "hello", None, 42, {"sender": "a"}, {"sender": "a", "message": None},
    {"sender": "a", "message": 5}, {"sender": "", "message": "hi"}, {"sender": 3, "message": "hi"},
    {"sender": "x" * (MAX_SENDER_CHARS + 1), "message": "hi"},
    {"sender": "a", "message": "hi", "metadata": "x"},
])
def test_malformed_bodies_are_refused_with_a_reason(body):
    assert problem_with(body)


@pytest.mark.parametrize("body", [{"sender": "a", "message": "hi"}, {"message": ""},
                                  {"sender": "a", "message": "hi", "metadata": {"k": 1}}])
def test_well_formed_bodies_pass(body):
    assert problem_with(body) is None
