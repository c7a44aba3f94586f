"""Medicine rules: dose and combination questions go to a pharmacist or doctor; brand names are known."""
import pytest

from clinical.language import find_mentions
from clinical.medicines import needs_pharmacist_or_doctor
from clinical.parsing import medicines


@pytest.mark.parametrize("text", [
    "how many nurofen can I take?", "what's the maximum dose of paracetamol", "how much ibuprofen is safe",
    "can I take it with my other tablets?", "can I mix codeine and paracetamol",
    "should I stop taking my tramadol?",
    "is it ok to take naproxen alongside my blood pressure meds", "how often can I take panadol",
    "can I double up on painkillers",
])
def test_dose_and_combination_questions_need_a_pharmacist_or_doctor(text):
    assert needs_pharmacist_or_doctor(text)


@pytest.mark.parametrize("text", ["does paracetamol help back pain?", "what are NSAIDs?",
                                  "are opioids addictive?", "is Voltaren any good?"])
def test_general_medicine_questions_are_answered_from_the_knowledge_base(text):
    assert not needs_pharmacist_or_doctor(text)


@pytest.mark.parametrize(("text", "generic"), [("Tylenol", "paracetamol"), ("acetaminophen", "paracetamol"),
                                               ("Advil", "ibuprofen"), ("Nurofen", "ibuprofen"),
                                               ("Voltaren", "diclofenac"), ("Norflex", "orphenadrine"),
                                               ("tramadol", "tramadol"), ("ibuprofin", "ibuprofen")])
def test_brand_names_and_misspellings(text, generic):
    assert medicines(text) == [generic]


def test_overdose_is_a_red_flag_not_a_medicine_question():
    assert any(m.code == "self_harm" and m.reported for m in find_mentions("I've taken too many tramadol"))
