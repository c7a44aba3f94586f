"""What blind set 59's first scoring found (storms and clean-up, the back country, standing jobs, family
events), in general terms: possessions shared out before a set day after a loss ("sorting out which mates get
my rods and rifles before friday") was missed as a possible plan to die; "one of our nurses" read as the
writer; sweating in the sun with a normal temperature read as a fever; and a general question about a sign
followed by "I don't have it" read as the sign."""
import pytest

from clinical.language import find_mentions
from components.clinical_facts import _conversation_move


def own(text, code):
    return [m.status for m in find_mentions(text) if m.code == code and m.about_user]


def test_sharing_out_ones_things_before_a_day_is_checked_for_self_harm():
    assert own("back has ruined everything, lost the house in the flood, ive been sorting out which mates "
               "get my rods and rifles before friday", "self_harm") == ["possible"]


@pytest.mark.parametrize("text", ["sorting out who gets the spare room when the grandkids visit",
                                  "giving away my old clothes to the op shop"])
def test_everyday_sharing_is_no_crisis(text):
    assert own(text, "self_harm") == []


def test_one_of_our_nurses_is_someone_else():
    text = "vet here, one of our nurses has a foot thats getting weaker by the hour"
    assert own(text, "progressive_weakness") == []


def test_sweating_in_the_sun_with_a_normal_temperature_is_no_fever():
    assert own("sweating buckets hauling nets in the sun, took my temp at home it was 36.9, backs a bit sore",
               "fever") in ([], ["absent"])


def test_a_general_question_then_i_dont_have_it_is_a_denial():
    assert own("Is numbness between the legs something I should worry about? I dont have it, but my physio "
               "mentioned it.", "saddle_numbness") == ["absent"]
    assert own("my bum is numb, is that something I should worry about? i dont have it all the time",
               "saddle_numbness") == ["present"]


@pytest.mark.parametrize("text, guess, move", [
    ("Please could you display my exercise schedule once more, I want to print it for the fridge.",
     "ask_activity_plan", "show_plan"),
    ("oops typed 75 for my age, Im 57, the grandkids were yelling while I filled it in", "report_progress",
     "correct_answer"),
    ("Actually the pain is more like a 4 than a 7, I was being dramatic after the drive. Please change that.",
     "report_progress", "correct_answer"),
    ("dont bother with the physio suggestion, I cant afford it on a cleaners wage", "ask_getting_help",
     "dismiss")])
def test_the_move_a_message_makes(text, guess, move):
    assert _conversation_move(text, {"name": guess}, named_place=False) == move
