"""Misreadings found by persona run 21 (tests/data/personas/results_run21_*.md) and blind set 60, each in
the persona's own words and in new ones."""
import pytest

from clinical import moves, parsing
from clinical.language import find_mentions
from clinical.triage import interpret


def read(text, requested=None, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [])


# --- s03: "chills yeah nah, just the cold in the shed" was read as chills: urgent for a fever never had ---

@pytest.mark.parametrize("text", [
    "no fever. chills yeah nah, just the cold in the shed at half four, fine once im inside",
    "chills yeah nah", "fever nah, chills nah", "bladder fine, leaking yeah nah"])
def test_yeah_nah_after_a_sign_denies_it(text):
    values = read(text, "fever").values
    assert "yes" not in values.values()


@pytest.mark.parametrize("text, code", [("nah yeah chills most nights", "fever"),
                                        ("nah yeah, chills most nights", "fever"),
                                        ("can't pee nah", "bladder_bowel")])
def test_nah_yeah_is_yes_and_a_nah_after_a_sign_with_its_own_not_denies_nothing(text, code):
    assert read(text).values.get(code) == "yes"


@pytest.mark.parametrize("text", ["shivering in the cold shed", "im shivering, the heating is broken"])
def test_shivers_from_the_cold_with_no_temperature_taken_are_checked_not_escalated(text):
    update = read(text)
    assert update.values.get("fever") is None and "fever" in update.to_check


def test_shivers_with_nothing_to_explain_them_still_count():
    assert read("chills and shivery all day").values.get("fever") == "yes"


# --- set 60: a temperature typed against its scale was missed and read as an age --------------------------

@pytest.mark.parametrize("text", [
    "ski lodge chef here, 41, back playing up a week after carrying crates of frozen stock. thermometer read "
    "100.9F twice tonight, feel rough",
    "temp 38.6c and my back is killing me"])
def test_a_temperature_with_its_scale_attached_is_a_fever(text):
    values = read(text).values
    assert values.get("fever") == "yes" and values.get("age") in (None, 41)


@pytest.mark.parametrize("text, age", [("41F, sore back 3 days", 41), ("i am 67m", 67),
                                       ("temp 99F", None), ("thermometer read 100.9F", None)])
def test_an_age_with_its_sex_is_not_a_temperature(text, age):
    assert parsing.age(text) == age


def test_a_question_of_what_a_cause_could_do_is_no_report():
    text = ("Is there any chance a slipped disc could make me lose control of my bowels? Mine's a plain sore "
            "back from shovelling and everything works down there.")
    assert read(text).values.get("bladder_bowel") != "yes"
    assert read("the pain could make me wet myself its so bad").values.get("bladder_bowel") != "no"


# --- s05: "No fall, knock or heavy lifting" was read as lifting: a first episode at 56 got self-care -----

@pytest.mark.parametrize("text, cause", [
    ("No. No fall, knock or heavy lifting that I can think of, and nothing new in my routine either - no new "
     "exercise, no moving furniture.", None),
    ("There was no injury and nothing I can point to - it simply crept on.", "no_clear_cause"),
    ("missed the last step, not a big fall at all", "fall"),  # a small fall is still a fall
    ("hurt it heavy lifting at work", "lifting"),
    ("no injury, hurt it carrying boxes", "lifting")])
def test_causes_denied_in_a_list_are_no_cause(text, cause):
    assert parsing.onset(text) == cause


@pytest.mark.parametrize("requested", ["leg_weakness", "leg_numbness"])
def test_legs_said_to_be_fine_beside_another_denial_answer_the_leg_question(requested):
    text = ("Nothing in my legs at all, and before you ask, no trouble with the bladder or bowels either. I "
            "should say I've never had back pain before in my life, if that's relevant.")
    values = read(text, requested).values
    assert values[requested] == "no" and values["first_episode"] == "yes"


def test_legs_fine_but_a_leg_sign_told_is_not_a_no():
    assert read("my left leg is numb, legs are fine otherwise, no fever", "leg_numbness").values[
        "leg_numbness"] == "yes"


# --- s02: "hurt my lower back ... on nights" was read as pain worse at night ----------------------------

def test_working_nights_is_no_pain_at_night():
    assert "night_pain" not in read("ward nurse, hurt my lower back 6 days ago repositioning a patient on "
                                    "nights").values
    assert read("back pain is worse at night since I started working nights").values["night_pain"] == "yes"


# --- s02 and s03: the outcome's reason disputed afterwards was not taken as a correction -----------------

@pytest.mark.parametrize("text, slot, old", [
    ("hang on, i never had a fever. just cold in the shed first thing", "fever", "yes"),
    ("Fair enough, I'll ask the pharmacist. Also - you said book a GP because it's worse at night? It "
     "isn't. Sore turning over the first two nights, fine now.", "night_pain", "yes"),
    ("you said I had a fever? I do not", "fever", "yes")])
def test_a_reason_of_the_outcome_disputed_is_a_correction(text, slot, old):
    assert moves.corrects(text)
    update = read(text, None, {slot: old, "duration_days": 6.0}, intent="correct_answer")
    assert update.corrected[slot] == (old, "no")


@pytest.mark.parametrize("text", ["wait i never had back pain before", "hang on i never had back pain before",
                                  "you said to walk. it doesnt help", "i never had a fever"])
def test_answers_and_complaints_are_no_correction(text):
    assert not moves.corrects(text)


def test_skip_ahead_asks_for_the_quicker_lists():
    side = moves.side_question_after_answer("As I said, all normal - none of that. Can we skip ahead?")
    assert side and moves.asks_for_the_lists(side)


# --- s12: a grandfather's near-faint with belly pain, typed by his granddaughter -------------------------

def test_someone_elses_near_faint_outranks_their_possible_belly_pain():
    text = "no he did a wee fine. but he nearly passed out and his tummy hurts what do we do"
    mentions = find_mentions(text)
    vascular = next(m for m in mentions if m.code == "vascular")
    assert vascular.status == "present"


def test_the_writers_own_possible_sign_still_outranks_someone_elses():
    mentions = find_mentions("my dad fainted last year. my tummy hurts with the back pain")
    vascular = next(m for m in mentions if m.code == "vascular")
    assert vascular.about_user


@pytest.mark.parametrize("text", ["im not asking him that. please hes really sore",
                                  "i wont ask her about sex"])
def test_a_question_the_typist_will_not_ask_is_not_sure_at_once(text):
    assert read(text, "sexual_dysfunction").values["sexual_dysfunction"] == "unsure"


def test_a_list_part_refused_still_answers_the_rest():
    values = read("he says no numb. im not asking him the other one", "checklist_saddle").values
    assert values.get("sexual_dysfunction") != "no"


@pytest.mark.parametrize("text", ["is that the number here? were in cork", "does 111 work in ireland?",
                                  "is that the right number for here"])
def test_asking_whether_the_number_works_where_one_is_asks_for_local_numbers(text):
    assert moves.asks_for_local_numbers(text)


# --- found in the run's other transcripts and in the replay -------------------------------------------------

@pytest.mark.parametrize("text, region", [
    ("mate my lower back's been stuffed for a week. got a show in adelaide tonight and sydney tmrw", "AU"),
    ("on shift in Leeds today and my back is sore", "UK"),
    ("got a gig in Sydney next month", None),  # a plan, not where they are
    ("my son has a show in London tonight", None)])  # someone else's
def test_where_one_is_tonight_names_the_region(text, region):
    from clinical.places import region_in
    assert region_in(text) == region


@pytest.mark.parametrize("text", ["what should he do", "hi im typing for my grandad. what should we do?"])
def test_what_to_do_is_answered_by_the_outcome(text):
    assert moves.answered_by_the_outcome(text)


def test_what_to_do_about_something_is_a_question_of_its_own():
    assert not moves.answered_by_the_outcome("what can i do about the pain at work")


def test_like_i_said_restates_an_answer_and_names_its_cause():
    assert not moves.corrects("like i said it just crept on eh")
    assert moves.corrects("I said I slept fine")
    assert moves.corrects("oops, the pain is on my right side, not the left like I said")  # set 29's
    assert parsing.onset("like i said it just crept on eh") == "no_clear_cause"


def test_an_acknowledged_thanks_is_only_thanks():
    assert moves.only_thanks("ok whatever. thx")


def test_sweats_as_they_have_always_been_do_not_answer_the_fever_check_yes():
    # s05 replayed: this reply to the fever check gave URGENT for a fever she had denied
    from clinical.triage import answer_check
    text = ("No, no temperature or shivers at all. The sweats are exactly as they have been. And no hot or "
            "red patch on my back.")
    update = answer_check(text, "deny", "fever", "i do get night sweats, but that's the menopause", {}, [])
    assert update.values.get("fever") == "no"


def test_a_correction_said_after_an_apology_is_read_in_its_own_sentence():
    text = ("I'm sorry, I think there has been a misunderstanding. I said I have had no temperature and no "
            "shivers. The night sweats are the menopause and haven't changed in two years. Do I really need "
            "to see a doctor today?")
    assert read(text, None, {"fever": "yes"}, intent="ask_getting_help").corrected["fever"] == ("yes", "no")


@pytest.mark.parametrize("text, level", [
    ("she'll be right. just a pain being slowed down in calving", "not_high"),  # s03 replayed: read as high
    ("she'll be right, just grumpy it's slowing me down", "not_high"),  # and replayed again
    ("it really gets me down", "high"),
    ("had to lie down all day, fine otherwise", "not_high"),
    ("feeling down", "high"), ("down", "high"), ("really down, cant cope", "high")])
def test_down_in_spirits_not_slowed_or_lying_down(text, level):
    assert parsing.distress(text) == level


@pytest.mark.parametrize("text, term", [
    ("wat does acute mean? like in normal words", "acute"),
    ("wait what does inflammatory mean? like arthritis? im 27 haha", "inflammatory"),
    ("What exactly is urgent care, dear? Is that the same as the emergency room?", "urgent_care")])
def test_words_of_the_outcome_asked_about_are_explained(text, term, domain):
    assert moves.word_asked_about(text) == term and f"utter_explain_{term}" in domain["responses"]


def test_anti_inflammatories_are_not_the_word_inflammatory():
    assert moves.explained_term("why ask about anti-inflammatories?") is None


def test_the_paper_for_sick_money_asks_for_a_work_certificate():
    # s08: "And the paper for sick money, doctor can give me this?" was taken for a request for a person
    from clinical.questions import asks_about_work_certificate
    assert asks_about_work_certificate("Ok. And the paper for sick money, doctor can give me this?")
    assert not asks_about_work_certificate("I filled in the paper for my visa")


def test_legs_said_fine_with_the_back_hurting_is_no_leg_pain():
    # s10 replayed: "No, my legs are fine, it's just getting up that hurts my back" was read as leg pain, so
    # "both legs or just one?" was asked of a woman with nothing in her legs
    values = read("No, my legs are fine, it's just getting up that hurts my back.", "leg_weakness").values
    assert values["leg_weakness"] == "no" and values.get("leg_pain") != "yes"
    assert read("my legs are fine but the pain goes down my left leg and hurts my back").values[
        "leg_pain"] == "yes"


@pytest.mark.parametrize("text, cause", [
    ("the driveway was slick as glass, and down I went and sat right on my behind, silly old thing", "fall"),
    ("feet went out from under me on the ice", "fall"),
    ("sat on my bum all day at the desk", "sitting_or_driving")])
def test_a_small_fall_told_as_sitting_down_hard_is_a_fall(text, cause):
    assert parsing.onset(text) == cause


def test_a_health_workers_patient_in_a_past_story_is_not_told_to_get_help():
    # s06: a paramedic's "the pt was a 130 kg bloke who'd fainted on the dunny" (12 days before, part of his
    # injury story) was told "they should call 000 now"
    from clinical.triage import someone_elses_red_flag
    story = ("For context the pt was a 130 kg bloke who'd fainted on the dunny, we had to get him down the "
             "stairs")
    assert someone_elses_red_flag(find_mentions(story)) is None
    assert someone_elses_red_flag(find_mentions("my husband just fainted and his belly hurts")) == "vascular"
