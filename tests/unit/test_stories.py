"""The generated conversation stories must match their generator."""
from tests.stories import generate


def test_generated_stories_are_up_to_date():
    assert generate.OUTPUT.read_text(encoding="utf-8") == generate.render(), \
        "run `python -m tests.stories.generate` and commit the result"


def test_a_red_flag_is_tried_at_every_step_of_a_typical_triage():
    assert len(generate.RED_FLAG_PHRASES) >= len(generate.TYPICAL_ANSWERS)
