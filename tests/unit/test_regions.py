import pytest

from clinical.regions import DEFAULT_REGION, REGIONS, SEVERAL_REGIONS, current_region, region_contacts


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


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_the_emergency_number_is_never_a_non_emergency_line(code):
    region = REGIONS[code]
    for other_line in (region.helpline, region.same_day_care, region.after_hours, region.crisis_line):
        assert region.emergency_number not in other_line


def test_uk_emergency_is_999_and_111_only_for_advice():
    assert REGIONS["UK"].emergency_number == "999"
    assert "111" in REGIONS["UK"].helpline


def test_a_region_the_person_names_uses_its_own_lines():
    deployed_nz = {"BACKCARE_REGION": "NZ", "BACKCARE_HELPLINE": "our nurses on 0800 000 000"}
    assert region_contacts("AU", deployed_nz).emergency_number == "000"
    assert "healthdirect" in region_contacts("AU", deployed_nz).helpline  # the operator's line is for NZ
    assert region_contacts("NZ", deployed_nz).helpline == "our nurses on 0800 000 000"
    assert region_contacts(None, deployed_nz).code == "NZ"


def test_a_deployment_for_several_countries_names_every_emergency_number_until_the_region_is_known():
    several = current_region({"BACKCARE_REGION": "ANY"})
    assert several.code == SEVERAL_REGIONS
    for region in REGIONS.values():
        assert region.emergency_number in several.emergency_number and region.name in several.emergency_number
    assert region_contacts("UK", {"BACKCARE_REGION": "ANY"}).emergency_number == "999"
