"""What persona run 29 and blind set 69 found (tests/data/personas/results_run29*.md,
tests/data/blind/README_sealed69.md), each with the reading that failed."""
import pytest

from actions.conversation import ActionStandFirm
from clinical import moves
from clinical.language import find_mentions
from clinical.places import where_person_is
from clinical.triage import interpret
from tests.conftest import make_tracker, user_event
from tests.unit.test_after_outcome_actions import temporary_database  # noqa: F401 (an autouse fixture)


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# --- h03: "Nearly went arse over off the ladder but didn't" was a major fall: sent to the emergency
# department on his first message ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "G'day. Sparky here, tweaked my back getting out of a roof space Thursday. Nearly went arse over off the "
    "ladder but didn't. Still crook but getting better. Anything I should be doing?",
    "nearly fell off the scaffold but caught myself, back sore since",
    "almost came off the roof but I didn't, just jarred my back",
])
def test_a_fall_that_nearly_happened_is_no_fall(text):
    update = read(text)
    assert update.values.get("major_trauma") != "yes"
    assert "major_trauma" not in update.values  # nor a no: the question on injuries is still asked


@pytest.mark.parametrize("text", [
    "I nearly fell off the ladder, then I did fall off it and landed on the concrete",
    "almost came off the roof, but did not. then slipped and fell 3 metres off the scaffold",
])
def test_a_near_miss_beside_a_real_fall_leaves_the_fall(text):
    assert read(text).values.get("major_trauma") == "yes"


# --- h06: "my butt's gone numb too lol but thats 12 hrs on a plow seat" was saddle numbness: an emergency
# with no check question ------------------------------------------------------------------------------------

def test_a_numb_bottom_after_hours_on_a_machine_seat_is_checked():
    update = read("hey there. 57, drive a plow for the city up in sudbury. backs been achy 2 and a half "
                  "weeks, never had back trouble before in my life. my butt's gone numb too lol but thats 12 "
                  "hrs on a plow seat for ya")
    assert update.values.get("saddle_numbness") != "yes"
    assert "saddle_numbness" in update.to_check


def test_a_numb_bottom_that_stays_on_standing_is_still_reported_after_a_tractor():
    update = read("my bum has been numb for 2 days, it stays numb when I stand, and i spent 12 hrs on the "
                  "tractor")
    assert update.values.get("saddle_numbness") == "yes"


# --- set 69: "nearly had a heart attack when I saw the van repair bill" was an emergency --------------------

@pytest.mark.parametrize("text", [
    "nearly had a heart attack when I saw the van repair bill. back's just achy from a day in the loft",
    "the quote for the new roof gave me a heart attack, back sore from the ladder",
])
def test_a_heart_attack_at_a_price_is_a_figure_of_speech(text):
    update = read(text)
    assert update.values.get("vascular") != "yes"


def test_chest_pain_said_as_a_heart_attack_still_escalates():
    update = read("sudden tearing pain in my back and chest, I think I am having a heart attack")
    assert update.values.get("vascular") == "yes"


# --- a figure of speech answered a safety question no: "nearly wet myself laughing" skipped the bladder
# question (found while mending the heart attack above) ----------------------------------------------------

@pytest.mark.parametrize("text, slot", [
    ("nearly wet myself laughing at the telly, back sore from the garden", "bladder_bowel"),
    ("feel like i got hit by a truck, sore back from lifting", "major_trauma"),
    ("nearly had a heart attack when I saw the bill, back sore from the loft", "vascular"),
])
def test_a_figure_of_speech_answers_no_question(text, slot):
    assert slot not in read(text).values
    assert all(m.status != "present" for m in find_mentions(text) if m.code == slot)


def test_a_plain_denial_beside_a_figure_of_speech_still_answers():
    assert read("no problems peeing at all").values.get("bladder_bowel") == "no"


# --- h08 and h05: places ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, region", [
    # (the UK's numbers with NHS 24 on 111 since persona run 34: Scotland's own code)
    ("dundee. scotland. no new zealand", "UK_SCOT"),  # was New Zealand
    ("am in dundee pal", "UK_SCOT"),  # was nothing
    ("dundee pal", "UK_SCOT"),
    ("not nz. in ohio", "US"),
    ("ohio not new zealand", "US"),
])
def test_where_the_person_is(text, region):
    assert where_person_is(text) == region


def test_a_place_only_denied_switches_nothing():
    assert where_person_is("im in coffin bay nto nz") is None  # (a town we do not list; never New Zealand)


# --- h03: after the escalation, "Mate I didn't fall. Nearly did but didn't." was not understood, twice ----

@pytest.mark.parametrize("text", ["Emergency? Mate I didn't fall. Nearly did but didn't.",
                                  "Like I said I didn't fall", "there was no fall, I just twisted"])
def test_an_injury_denied_after_the_outcome_is_corrected(text):
    update = interpret(text, "deny", None, {"major_trauma": "yes", "onset": "fall"}, [])
    assert update.corrected.get("major_trauma") == ("yes", "no")


def test_an_injury_denied_and_told_in_one_breath_stays():
    update = interpret("i didnt fall, i jumped down 3 metres off the scaffold and landed hard", "deny", None,
                       {"major_trauma": "yes"}, [])
    assert "major_trauma" not in update.corrected


def test_a_quad_seat_with_numbness_that_stays_on_standing_is_still_reported():
    # (found by comparing all readings before and after the machine seats were added)
    update = read("back gave out lifting a bale wed. now the whole saddle area is dead numb, cant feel "
                  "myself on the quad seat or standing up either, doesnt change at all. district nurse not "
                  "back till monday")
    assert update.values.get("saddle_numbness") == "yes"


# --- h12: "What shall I tell them when I ring?" after "call 999 now" got the offer of an activity plan,
# then the instruction again with nothing on what to say ------------------------------------------------

@pytest.mark.parametrize("text, asks", [
    ("All right. What shall I tell them when I ring?", True),
    ("What should I say to them when I telephone?", True),
    ("what do i tell the ambulance", True),
    ("what should i say to my boss", False),  # (work, not the people giving care)
])
def test_asking_what_to_tell_the_people_rung_asks_for_the_summary(text, asks):
    assert moves.asks_for_a_summary(text) is asks


async def test_what_to_tell_them_after_an_emergency_is_the_summary_then_the_instruction(dispatcher, domain):
    slots = {"triage_level": "emergency", "vascular": "yes", "age": 81, "bladder_bowel": "no"}
    tracker = make_tracker([user_event("What should I say to them when I telephone?", "ask_getting_help")],
                           slots=slots)
    await ActionStandFirm().run(dispatcher, tracker, domain)
    said = [m.get("response") for m in dispatcher.messages]
    assert said[:2] == ["utter_summary_to_tell_them", "utter_firm_emergency"]
    assert "Age: 81" in dispatcher.messages[0]["summary"]


# --- h08 (a Scottish tiler): answers asked again ----------------------------------------------------------

def test_naw_with_more_after_it_answers_the_bladder_question():
    update = read("naw pee's fine, and nae numbness doon there either before ye ask", "bladder_bowel")
    assert update.values.get("bladder_bowel") == "no" and update.values.get("saddle_numbness") == "no"


def test_havnae_worked_tells_the_pain_stops_work():
    update = read("awright. ma back's been sair for 2 and a half weeks fae tiling a wet room. cannae kneel, "
                  "cannae bend, havnae worked in 8 days. whit dae i dae")
    assert update.values.get("sleep_work_impact") == "yes" and update.values.get("duration_days") == 17.5


# --- h01: "didnt fall. crashed on the couch when i got home" to the injury question was not understood ------

def test_didnt_fall_answers_the_injury_question():
    update = read("didnt fall. crashed on the couch when i got home but thats cos i was stuffed lol",
                  "major_trauma", intent="deny")
    assert update.values.get("major_trauma") == "no"


# --- h07: "yes, I say before. right foot ..." was taken as a wish to change an earlier answer ---------------

@pytest.mark.parametrize("text, corrects", [
    ("yes, I say before. right foot, under and small fingers, like ants", False),
    ("yes like i said, right foot", False),
    ("I said before that I have no fever", True),
    ("I said no fever, it's the menopause", True),
])
def test_an_answer_given_again_is_no_correction(text, corrects):
    assert moves.corrects(text) is corrects


# --- set 69: pins and needles in both feet in a pregnancy 30 years ago, "went after the birth", was leg
# numbness now (soon) and a check of both legs ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "pins and needles in both feet when I was pregnant with my youngest 30 years ago, went after the birth. "
    "Now my back's sore from pushing my husband's wheelchair up the ramp.",
    "numb leg in 1995, fully recovered. back sore from the garden",
])
def test_a_leg_sign_long_over_is_no_sign_of_now(text):
    update = read(text)
    assert "leg_numbness" not in update.values  # neither yes (now) nor no: the question is still asked
    assert update.values.get("both_legs") != "yes"


def test_a_leg_sign_that_came_back_is_a_sign_of_now():
    update = read("had sciatica in 2015 that went away, now its back again down the same leg")
    assert update.values.get("leg_pain") == "yes"


# --- h02: "backbends", "backbends??", "i said backbends", "ballet" to "How did the pain start?": four times
# not understood ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["backbends", "i said backbends", "ballet", "doing my zumba class",
                                  "after pole fitness"])
def test_dance_and_fitness_are_causes(text):
    assert read(text, "onset").values.get("onset") == "sport_or_exercise"


def test_a_pole_barn_is_no_exercise():
    assert read("fixing the pole barn roof", "onset").values.get("onset") != "sport_or_exercise"


# --- h12 (replay): "Would it be all right to take two of my wife's co-codamol?" made the summary for the
# ambulance say "Medicines tried: codeine" -------------------------------------------------------------------

@pytest.mark.parametrize("text, tried", [
    ("About forty minutes ago I had a sudden pain in the small of my back and my stomach. I'm 81. Would it "
     "be all right to take two of my wife's co-codamol? Regards, Dennis", None),
    ("can I take my wifes co-codamol for it", None),
    ("I took ibuprofen yesterday. can I take paracetamol as well?", ["ibuprofen"]),
    ("tried ibuprofen, didnt help", ["ibuprofen"]),
])
def test_a_medicine_asked_about_is_none_tried(text, tried):
    assert read(text).values.get("medication_tried") == tried
