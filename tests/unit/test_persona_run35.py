"""What persona run 35 (tests/data/personas/results_run35*.md) and vignette set 3 found, each with the reading
that failed."""
import pytest

from clinical import moves, parsing
from clinical.language import find_mentions, normalise
from clinical.triage import answer_check, interpret, next_question


def read(text, requested=None, answers=None, intent="describe_pain", checked=()):
    return interpret(text, intent, requested, answers or {}, [], checked=checked)


def about_the_writer(text, code):
    """For each mention of the finding, whether it is read as the writer's own."""
    return [m.about_user for m in find_mentions(text) if m.code == code]


# b11: "I must correct what I said a moment ago. I did come over very faint at the organ and had to get down
# onto the vestry floor" (after "no" to the check on a blood-vessel sign) was "not understood"
@pytest.mark.parametrize("text", ["I came over very faint at the organ", "I felt really faint and sat down",
                                  "went very faint and had to lie on the floor", "I felt rather faint"])
def test_feeling_faint_with_an_intensifier_is_a_faint(text):
    assert any(m.code == "vascular" and m.status == "present" for m in find_mentions(text))


@pytest.mark.parametrize("text", ["a very faint ache in my back", "the pain is faint now"])
def test_a_faint_ache_is_no_faint(text):
    assert not any(m.code == "vascular" for m in find_mentions(text))


def test_a_correction_that_tells_a_faint_after_a_no_escalates():
    text = ("I must correct what I said a moment ago. I did come over very faint at the organ and had to get "
            "down onto the vestry floor, and there is an ache in the middle of my tummy as well.")
    update = read(text, "bladder_bowel", {"vascular": "no"}, checked=("vascular",))
    assert update.values.get("vascular") == "yes"


def test_a_possible_sign_told_on_second_thoughts_is_checked_again():
    text = "sorry I got that wrong, my tummy has been hurting since it started and I felt woozy"
    update = read(text, "bladder_bowel", {"vascular": "no"}, checked=("vascular",))
    assert "vascular" in update.to_check
    # without second thoughts, the same sign already checked is not asked about twice
    again = read("my tummy has been hurting since it started and I felt woozy", "bladder_bowel",
                 {"vascular": "no"}, checked=("vascular",))
    assert "vascular" not in again.to_check


# b01: "nah yeah i get a twinge when i roll over but i sleep thru fine" to the night-pain question gave `soon`
@pytest.mark.parametrize("text", ["nah yeah i get a twinge when i roll over but i sleep thru fine",
                                  "yeah it's sore at night but I sleep through"])
def test_sleeping_through_is_no_night_pain(text):
    assert read(text, "night_pain").values.get("night_pain") == "no"


@pytest.mark.parametrize("text", ["yes it wakes me, I can't sleep through",
                                  "yes, it wakes me up most nights"])
def test_waking_is_still_night_pain(text):
    assert read(text, "night_pain").values.get("night_pain") == "yes"


def test_night_pain_denied_beside_a_question_after_the_outcome_is_corrected():
    text = "wait do i actually need to see a gp? it's not worse at night lol i sleep thru fine, just twinges"
    update = read(text, None, {"night_pain": "yes", "duration_days": 2.0}, intent="ask_question")
    assert update.corrected.get("night_pain") == ("yes", "no")


# b02: "haha definitely not, gaining like I'm meant to with bubs!" to the weight-loss question was a yes
@pytest.mark.parametrize("text, said", [
    ("haha definitely not, gaining like I'm meant to with bubs!", "no"), ("definitely not", "no"),
    ("absolutely not", "no"), ("certainly not", "no"), ("of course not", "no"), ("definitely", "yes"),
    ("most definitely", "yes"), ("certainly", "yes")])
def test_definitely_not_is_no(text, said):
    assert parsing.polarity(text, None) == said
    if said == "no":
        assert read(text, "weight_loss", intent="deny").values.get("weight_loss") == "no"


# b02: "22 weeks pregnant" became five months of pain; b06: "we train nine sessions a week ... for about five
# months now" became a week; b04: "only got a few min" became minutes, "all week" nothing
@pytest.mark.parametrize("text, days", [
    ("Hi! I'm 22 weeks pregnant and my lower back is killing me by the end of the day at the salon", None),
    ("I row for the uni (we train nine sessions a week, mostly erg) and for about five months now my lower "
     "back has been at me", 152.0),
    ("I work 3 days a week and it's hurt for 2 weeks", 14.0),
    ("quick one, backs been sore since lifting the twins car seats in and out all week. do i need to worry? "
     "only got a few min", 7.0),
    ("sore for 3 days", 3.0)])
def test_times_that_are_not_the_pains(text, days):
    assert parsing.duration_days(text) == days


# b02: "wait 5 months?? no haha ... my back's only been about 10 days!" and "but it's only been 10 days not
# 5 months so do I still need to book in?" were not taken as corrections
@pytest.mark.parametrize("text, intent", [
    ("wait 5 months?? no haha the 22 weeks is how far along I am with bubs! my back's only been about 10 "
     "days! and its low down on the right", "inform"),
    ("oh ok! but it's only been 10 days not 5 months so do I still need to book in?", "ask_question")])
def test_a_time_corrected_in_surprise_or_in_a_question(text, intent):
    update = read(text, None, {"duration_days": 154.0, "location": "lower_back"}, intent=intent)
    assert update.corrected.get("duration_days") == (154.0, 10.0)


@pytest.mark.parametrize("text, days", [("its 3 weeks not 5 months", 21.0), ("2 weeks, not a month", 14.0)])
def test_a_whole_time_denied_in_a_statement_replaces_the_length(text, days):
    update = read(text, None, {"duration_days": 154.0, "location": "lower_back"}, intent="inform")
    assert update.corrected.get("duration_days") == (154.0, days)


def test_a_time_followed_by_not_and_no_time_corrects_nothing():
    update = read("been 2 weeks not an issue till now", None, {"duration_days": 14.0}, intent="inform")
    assert "duration_days" not in update.corrected


# b12: "cant get it up since a few days after the back went" changed the pain's length to three days; "its 9
# days for the back tho not 3" was then ignored
def test_a_signs_own_time_leaves_the_pains_length():
    text = "ya actually. cant get it up since a few days after the back went. never had that before"
    update = read(text, "red_flag_check", {"duration_days": 9.0, "onset": "lifting"}, intent="affirm")
    assert "duration_days" not in update.corrected
    assert parsing.duration_days("its been sore for 3 days after the gym") == 3.0


def test_a_recorded_number_denied_with_its_unit():
    update = read("ok ok. its 9 days for the back tho not 3. the downstairs thing is like 5 days", None,
                  {"duration_days": 3.0}, intent="inform")
    assert update.corrected.get("duration_days") == (3.0, 9.0)


# b05: a cyclist of 67 with a first back pain and no cause got self-care: "whether I can keep training" was
# read as the cause, and "nothing set it off ... It just crept in" did not replace it
def test_an_activity_asked_about_is_no_cause():
    assert parsing.onset("I ride long distances and would like to know whether I can keep training.") is None
    assert parsing.onset("I hurt it training for a marathon, can I keep running?") == "sport_or_exercise"


def test_no_cause_said_plainly_replaces_an_activity_read_as_one():
    text = ("Never had back trouble in my life, not in 40-odd years of riding. And nothing set it off: no "
            "crash, no lifting, no change to the bike. It just crept in.")
    update = read(text, "major_trauma", {"duration_days": 17.0, "onset": "sport_or_exercise"},
                  intent="inform")
    assert update.values.get("onset") == "no_clear_cause" and update.values.get("first_episode") == "yes"
    # a lift told as the cause stays
    assert "onset" not in read("it just came on, nothing set it off", "leg_pain",
                               {"onset": "lifting"}, intent="inform").corrected


# b03: "right side. stackin tables. 58" and "stackin tables" to how it started were not understood (asked
# four times)
@pytest.mark.parametrize("text, cause", [("stackin tables", "lifting"), ("liftin the kids", "lifting"),
                                         ("i was diggin in the garden", "housework_or_gardening"),
                                         ("stacking chairs", "lifting")])
def test_dropped_g_and_stacking(text, cause):
    assert parsing.onset(text) == cause


def test_a_dropped_g_leaves_other_words_alone():
    assert normalise("within a week, begin, skin, pin") == "within a week, begin, skin, pin"


def test_an_activity_told_as_how_it_started_is_a_cause():
    assert read("walking the dog", "onset").values.get("onset") == "other_cause"
    assert read("nothing really", "onset").values.get("onset") == "no_clear_cause"


# b04: "sleep is a joke rn but thats the babies not my back lol. back doesnt wake me, they do" was not
# understood
def test_sleep_lost_to_something_else():
    text = "sleep is a joke rn but thats the babies not my back lol. back doesnt wake me, they do"
    assert read(text, "checklist_pattern").values == {"night_pain": "no", "sleep_work_impact": "no"}
    assert read("thats the babies not my back", "sleep_work_impact").values == {"sleep_work_impact": "no"}


# vignette set 3: "exhausted" to the mood question was taken for a goodbye and the triage ended with no
# outcome
@pytest.mark.parametrize("text", ["exhausted", "knackered", "worn out and fed up"])
def test_tiredness_is_a_mood_and_no_goodbye(text):
    assert parsing.distress(text) == "not_high"
    assert not moves.says_leaving(text)


@pytest.mark.parametrize("text", ["gotta go", "nvm twins are up gotta go", "talk soon", "I'll leave it there",
                                  "cya", "sorry have to go now"])
def test_ways_of_leaving(text):
    assert moves.says_leaving(text)


# b09: "Low down, in the middle of her back around her waistband" went into the summary as the upper back, and
# "it's her lower back not her upper back" was not taken
@pytest.mark.parametrize("text", ["Low down, in the middle of her back around her waistband",
                                  "middle of my back around the waistband",
                                  "it's her lower back not her upper back, round her waistband"])
def test_low_in_the_middle_is_the_lower_back(text):
    assert parsing.location(text) == "lower_back"


def test_a_correction_of_place_and_time_for_someone():
    text = ("Oh that's not quite right, it's her lower back not her upper back, round her waistband. And "
            "it's since Sunday, so two days now.")
    update = read(text, None, {"location": "upper_back", "duration_days": 3.0}, intent="inform")
    assert update.corrected.get("location") == ("upper_back", "lower_back")
    assert update.corrected.get("duration_days") == (3.0, 2)


# b09: "Well it was the slip I said, on the wet bath mat. She sat down hard on the bathroom floor from
# standing" to the serious-injury question was taken for a correction and asked again
def test_a_fall_from_standing_told_without_a_yes_is_a_small_fall():
    text = ("Well it was the slip I said, on the wet bath mat. I sat down hard on the bathroom floor from "
            "standing.")
    assert not moves.corrects(text)
    assert read(text, "major_trauma", {"onset": "fall"}, intent="inform").values.get("major_trauma") == "no"
    assert "major_trauma" not in read("slipped on the stairs", "major_trauma", {"onset": "fall"}).values


# b07: "So you're saying it isn't cancer? Can you promise me that?" got the line about being an assistant
def test_asking_for_a_promise_that_it_is_not_cancer_is_a_fear():
    assert moves.fears_something_serious("So you're saying it isn't cancer? Can you promise me that?")
    assert not moves.fears_something_serious("can you promise to remember my answers")


# b07: "No, never myself. My mum had breast cancer at 62 though. Does that count?" was passed over
def test_a_short_question_about_the_statement_before_it_is_kept():
    _, question = moves.answer_and_side_question(
        "No, never myself. My mum had breast cancer at 62 though. Does that count?")
    assert question.endswith("does that count?") and "breast cancer" in question
    assert moves.answer_and_side_question("No. Does it matter?") is None


# b09: "Can you put that list up again so I can read it to them when I ring?" was taken for a request for a
# person
def test_asking_for_the_list_again_is_a_summary():
    assert moves.asks_for_a_summary("Can you put that list up again so I can read it to them when I ring?")


# vignette set 3: "bit uneasy about that lump" to the question on a pulsing belly was not understood three
# times and kept as not sure (urgent for an emergency)
def test_a_lump_named_to_the_blood_vessel_question_is_checked():
    update = read("bit uneasy about that lump", "vascular", {"age": 74}, intent="inform")
    assert "vascular" in update.to_check
    assert read("a bit worried", "vascular", {"age": 74}, intent="inform").to_check == {}


@pytest.mark.parametrize("text, said", [("bit uneasy about that lump", "yes"), ("no lump", "no"),
                                        ("no, no lump or anything", "no")])
def test_a_check_answered_by_pointing_at_the_lump(text, said):
    assert answer_check(text, "inform", "vascular", "bit uneasy about that lump", {"age": 74}, []).values.get(
        "vascular") == said


# vignette set 3: a rower of 19 with agony pressing on a spine bone after a heavy training block was never
# asked about it
def test_a_young_athlete_is_asked_about_a_tender_spine_bone():
    answers = {"onset": "sport_or_exercise", "location": "lower_back", "duration_days": 10.0, "age": 19}
    for slot in ("checklist_nerves", "bladder_bowel", "checklist_saddle", "saddle_numbness",
                 "sexual_dysfunction", "checklist_legs", "leg_weakness", "leg_numbness", "checklist_general",
                 "major_trauma", "fever", "weight_loss", "checklist_history", "cancer_history",
                 "immunosuppression", "details"):
        answers[slot] = "no"
    assert next_question(answers) == "bony_tenderness"
    assert next_question({**answers, "age": 45}) != "bony_tenderness"
    assert parsing.onset("lower back sore after heavy training block") == "sport_or_exercise"
    assert parsing.onset("crashed on the sofa after a run of night shifts and woke up stiff") is None


def test_missing_training_stops_usual_activities():
    assert read("missing training", "sleep_work_impact").values.get("sleep_work_impact") == "yes"


# set 76: "our stroke seat has had a fever of 39 and back pain since the regatta" escalated as the writer's
def test_a_crews_seat_is_someone_else():
    text = "our stroke seat has had a fever of 39 and back pain since the regatta, coach wants to know"
    assert about_the_writer(text, "fever") == [False]
    assert about_the_writer("I've had a fever of 39 since the regatta", "fever") == [True]


# b10: a mechanic in Ohio was told "If your GP is closed or you don't have one"
def test_the_own_doctor_is_named_as_people_there_do():
    from pathlib import Path

    import yaml

    from clinical.regions import CANADA, REGIONS
    assert (REGIONS["US"].own_doctor, REGIONS["NZ"].own_doctor, CANADA.own_doctor) == (
        "doctor", "GP", "family doctor")
    responses = yaml.safe_load((Path(__file__).parents[2] / "domain" / "after_outcome.yml").read_text())
    assert "{own_doctor}" in responses["responses"]["utter_firm_urgent_no_gp"][0]["text"]


# b04: "do i need to worry?" was kept and, after the outcome, answered with a passage on keeping active
@pytest.mark.parametrize("text, answered", [("do i need to worry?", True), ("is it serious?", True),
                                            ("is it bad to sit all day?", False)])
def test_a_worry_asked_is_answered_by_the_outcome(text, answered):
    assert moves.answered_by_the_outcome(text) is answered


# replay a (b05): "I fly out in 12 days for a cycling tour, about 13 hours on the plane each way" was recorded
# as the cause (sitting or driving), which a later correction then said back as "it was sitting or driving"
def test_a_trip_to_come_is_no_cause_across_sentences():
    assert parsing.onset("Before I forget: I fly out in 12 days for a cycling tour, about 13 hours on the "
                         "plane each way. Is the flight going to be a problem?") is None
    assert parsing.onset("hurt it on a long flight last week") == "sitting_or_driving"


# replay a (b02): a changed cause was said back in the assistant's own label ("it was other cause")
def test_a_changed_cause_is_said_in_words():
    from clinical.outcome import describe_changes
    said = describe_changes({"onset": ("other_cause", "fall")})
    assert "other cause" not in said and "a fall" in said


# replay b (b10): "fine ill call my lung docs office" was taken for a request for a person on the chat
def test_ringing_ones_own_doctor_is_no_request_for_a_person():
    assert moves.rings_own_people("fine ill call my lung docs office")
    assert moves.rings_own_people("I'll ring our GP's surgery")
    assert not moves.rings_own_people("can someone call me back")


# set 77: "put the shotgun by the bed last night and sat with it a long while" (a farmer who lost his flock)
# was no red flag at all, an emergency missed
@pytest.mark.parametrize("text, status", [
    ("lost most of the flock this winter and now the back's gone as well. put the shotgun by the bed last "
     "night and sat with it a long while", "present"),
    ("my back hurts and I've been sitting with the gun", "present"),
    ("I keep thinking about the gun in the shed", "possible")])
def test_a_gun_kept_close_is_a_crisis_sign(text, status):
    from clinical.recall import with_suggestions
    read = with_suggestions(text, find_mentions(text))
    assert any(m.code == "self_harm" and m.status == status for m in read)


@pytest.mark.parametrize("text", ["been out shooting rabbits with my rifle all weekend and my back is sore",
                                  "used my nail gun all day on the roof, back is stiff",
                                  "tied the boat with a rope and hurt my back pulling it"])
def test_tools_and_sport_are_no_crisis_sign(text):
    assert not any(m.code == "self_harm" for m in find_mentions(text))


# set 77: numbness of the backside after a long drive that "came straight back the second I got out and
# stretched" escalated; "my sister who sells beside me at the market has lost plenty weight" was the writer's
def test_numbness_gone_the_moment_one_gets_out_is_positional():
    text = ("after a 6 hr airport run my backside went a bit numb but it came straight back the second I got "
            "out and stretched. back is just stiff")
    assert not any(m.code == "saddle_numbness" and m.status != "absent" for m in find_mentions(text))
    assert any(m.code == "saddle_numbness" and m.status == "present"
               for m in find_mentions("my backside went numb on the drive and it hasn't come back"))


def test_me_inside_a_clause_about_someone_else():
    text = "my sister who sells beside me at the market has lost plenty weight and her back is paining her"
    assert about_the_writer(text, "weight_loss") == [False]
    assert about_the_writer("I have lost a lot of weight and my sister who works with me noticed",
                            "weight_loss") == [True]


# set 77 routing: a restart shouted, a treatment turned down, and who to ring after an emergency
def test_set_77_moves():
    assert moves.asks_to_start_over("RESTART THE WHOLE THING I MESSED IT UP")
    assert moves.turns_down_a_treatment("I don't want to hear about yoga, it's not for me thanks")
    assert moves.getting_help_question("I'm on a small island with no ambulance, who do I actually ring "
                                       "right now") == "which_number"
