import pytest

from clinical.regions import DEFAULT_REGION, REGIONS, current_region


def test_default_region_is_new_zealand_with_111():
    region = current_region({})
    assert region.code == DEFAULT_REGION == "NZ"
    assert region.emergency_number == "111"
    assert "0800 611 116" in region.helpline


@pytest.mark.parametrize(("code", "number"), [("uk", "999"), ("US", "911"), (" au ", "000")])
def test_region_chosen_by_environment_variable(code, number):
    assert current_region({"BACKCARE_REGION": code}).emergency_number == number


def test_unknown_region_error_names_the_valid_codes():
    with pytest.raises(ValueError) as err:
        current_region({"BACKCARE_REGION": "FR"})
    for code in REGIONS:
        assert code in str(err.value)


def test_operator_helpline_overrides_the_regional_one_but_not_the_emergency_number():
    region = current_region({"BACKCARE_REGION": "UK", "BACKCARE_HELPLINE": "our nurses on 0800 000 000"})
    assert region.helpline == "our nurses on 0800 000 000"
    assert region.emergency_number == "999"
