"""The generated conversation stories must match their generator and the triage they test."""
import pytest

from clinical.triage import QUICK_PATH, interpret, next_question
from tests.stories import generate


def test_generated_stories_are_up_to_date():
    assert generate.OUTPUT.read_text(encoding="utf-8") == generate.render(), \
        "run `python -m tests.stories.generate` and commit the result"


def test_a_red_flag_is_tried_at_every_step_of_a_typical_triage():
    assert len(generate.RED_FLAG_PHRASES) >= len(generate.SINGLE_ANSWERS)


@pytest.mark.parametrize("typical, chosen", [(generate.SINGLE_ANSWERS, {}),
                                             (generate.LIST_ANSWERS, {QUICK_PATH: True})])
def test_the_typical_answers_follow_the_questions_triage_asks_and_complete_it(typical, chosen):
    opening, intent = generate.OPENING
    answers = {**chosen, **interpret(opening, intent, None, {}, []).values}
    for slot, text, intent in typical:
        assert next_question(answers) == slot
        update = interpret(text, intent, slot, answers, [])
        assert slot in update.values, text
        answers.update(update.values)
    assert next_question(answers) is None
