"""False escalations found on the eighth blind development set (tests/data/blind/redflags_dev8.json), each
beside the red flag that must still be reported in nearly the same words."""
import pytest

from clinical.language import find_mentions


def status_of(text, code):
    return next((m.status for m in find_mentions(text) if m.code == code and m.about_user), None)


@pytest.mark.parametrize("text, code", [
    ("Cancer scare last spring turned out to be a harmless cyst. Now I've tweaked my back deadlifting.",
     "cancer_history"),
    ("had a cancer scare in may, came back negative", "cancer_history"),
    ("After my first baby I had some bladder leaking but the pelvic floor physio sorted it years ago",
     "bladder_bowel"),
    ("got chills down my spine watching a horror movie lol. back's ok otherwise", "fever"),
    ("that song sends shivers down my spine", "fever"),
])
def test_a_scare_that_was_not_cancer_a_problem_sorted_long_ago_and_a_thrill_are_no_red_flag(text, code):
    assert status_of(text, code) != "present"


@pytest.mark.parametrize("text, code", [
    ("I had breast cancer in 2016, and the scan last year was benign", "cancer_history"),
    ("I've had bowel cancer, and now a scare about my back", "cancer_history"),
    ("i had a cancer scare but it was cancer in the end", "cancer_history"),
    ("had a cancer scare, it was benign, but I had bowel cancer in 2015", "cancer_history"),
    ("chills down my spine and a fever of 39", "fever"),
    ("I have chills and pain shooting down my spine", "fever"),
    ("the pain down my spine gives me chills and a temperature", "fever"),
])
def test_cancer_in_the_past_and_a_real_fever_are_still_red_flags(text, code):
    assert status_of(text, code) == "present"
