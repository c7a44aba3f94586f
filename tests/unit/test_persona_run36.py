"""What persona run 36 (tests/data/personas/results_run36*.md), vignette set 4's development part and blind
set 78 found, each with the reading that failed."""
import datetime as dt

import pytest
import yaml

from clinical import moves, parsing
from clinical.knowledge import CONTENT_DIR
from clinical.language import find_mentions, tells_own_pain
from clinical.questions import asks_about_an_activity_not_named, question_topics
from clinical.triage import _this_pains_time, interpret, next_question
from tests.unit.readings import possible_codes, routed

MONDAY = dt.date(2026, 12, 7)


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


def known_topics():
    return [(t["id"], t["keywords"]) for t in
            yaml.safe_load((CONTENT_DIR / "topics.yml").read_text(encoding="utf-8"))["topics"]]


# a02: "bit" to "Is the pain stopping you from sleeping, working ...?" (buttons Yes / A little / No) gave
# `soon`
@pytest.mark.parametrize("text", ["bit", "bit.", "little", "lil"])
def test_bit_alone_is_the_button_a_little(text):
    assert read(text, "sleep_work_impact").values.get("sleep_work_impact") == "partly"


def test_bit_beside_the_stiffness_minutes_is_still_no():
    assert read("bit. like 5 min", "morning_stiffness").values.get("morning_stiffness") == "no"


# a04: a long opening naming her husband's sciatica "last year" got answers and a goodbye, no questions, and
# later a pain "about 1 year" old
A04 = ("I'm 58 and I volunteer at the food bank here in Hobart four mornings a week, and last Tuesday we "
       "were getting ready for the Christmas drive and I was lifting crates of tins off the floor onto the "
       "top shelves, heaps of them, and by the afternoon my lower back on the left side was really sore. My "
       "husband Col had terrible sciatica down his leg last year so I know what that looks like and this "
       "isn't it. Anyway, is there anything else I should be doing, and is it alright to keep going in?")


def test_her_own_back_told_beside_her_husbands_pain_is_her_own_pain():
    assert tells_own_pain(A04)
    assert not tells_own_pain("my husband's back was really sore last year, what helps?")


def test_someone_elses_pain_has_its_own_time():
    assert parsing.duration_days(_this_pains_time(A04, MONDAY), MONDAY) <= 7


def test_typed_for_someone_their_back_keeps_its_time():
    text = ("I am typing for my husband Walter, he is 83. His back started hurting very bad about an hour "
            "ago. He has had a bad back for years from carrying mail.")
    assert read(text).values.get("duration_days") == 0.0


# a12: at 83, a pain "about an hour ago", with years of carrying mail read as the cause, was never asked the
# blood-vessel question
def test_a_pain_that_began_today_after_a_strain_is_asked_about_the_belly_from_50():
    answers = {q: "no" for q in ("bladder_bowel", "checklist_saddle", "saddle_numbness", "sexual_dysfunction",
                                 "leg_weakness", "leg_numbness", "major_trauma", "fever", "weight_loss",
                                 "cancer_history", "immunosuppression")}
    answers.update(location="lower_back", onset="lifting", age=83, details="asked")
    assert next_question({**answers, "duration_days": 0.04}) == "vascular"
    assert next_question({**answers, "duration_days": 5}) != "vascular"


# a03: "near collapsed by the time I got the last one up" was read as someone else's (a "coach party's"
# cases) and reported to them as an emergency; never checked with him
def test_a_collapse_nearly_had_is_checked_with_the_writer():
    text = ("Did my back in on Saturday when the lift was broke and I had to cart a whole coach party's "
            "cases up four floors, near collapsed by the time I got the last one up.")
    vascular = [m for m in find_mentions(text) if m.code == "vascular"]
    assert vascular and all(m.about_user and m.status == "possible" for m in vascular)
    assert "vascular" in possible_codes(text)


def test_a_collapse_told_outright_is_still_a_sign():
    assert any(m.code == "vascular" and m.status == "present"
               for m in find_mentions("I collapsed in the kitchen with the pain"))


# a06: "I'm sixty-three. As I said, I honestly couldn't tell you how it started. ..." was held as a question
# and the age asked again
@pytest.mark.parametrize("text, age", [("I'm sixty-three. As I said", 63), ("i am seventy two and alone", 72),
                                       ("I'm fifty five", 55)])
def test_an_age_in_words(text, age):
    assert parsing.age(text) == age


@pytest.mark.parametrize("text", ["I'm twenty minutes away", "im forty kilos lighter"])
def test_a_number_in_words_of_something_else_is_no_age(text):
    assert parsing.age(text) is None


def test_a_story_with_no_question_in_it_is_no_question_however_sure_the_guess():
    text = ("I'm sixty-three. As I said, I honestly couldn't tell you how it started. It came on gradually "
            "over a day or two, with no lifting or anything new that I can think of.")
    assert routed(text, "ask_question", "inform") == "inform"
    assert routed("I'd like some advice on sleeping with a sore back", "ask_question") == "ask_question"


@pytest.mark.parametrize("text", ["my physio brought up amitriptyline for my back, is that pill any use",
                                  "shift work ruins my sleep, could that be what keeps my back sore",
                                  "my doctor offered codeine for my back, uneasy about it, how safe is it"])
def test_a_question_after_a_comma_without_its_mark_stays_a_question(text):
    assert routed(text, "ask_question") == "ask_question"


# a06: "No, both legs are grand" brought a check question about both legs
@pytest.mark.parametrize("text", ["No, both legs are grand. I walk the lane every evening without any bother",
                                  "no nothing like that, legs are totally fine tbh"])
def test_legs_said_to_be_fine_raise_no_check_on_the_legs(text):
    assert not possible_codes(text) & {"both_legs", "leg_weakness", "progressive_weakness"}


# a05: "im a dance student" was the cause, so a tender-bone question "about the training that started it"
# came to a pain that "just kind of came on", and "... it just came on? but no, no sore spot like that" was
# not read
def test_who_one_is_is_no_cause():
    assert parsing.onset("ive had a stiff achy lower back for months, im a dance student so its a big deal") \
        is None
    assert parsing.onset("im a dance student and hurt it in dance class") == "sport_or_exercise"


def test_a_statement_said_with_a_rising_tone_then_the_answer():
    text = "there wasnt really a knock or anything, it just came on? but no, no sore spot like that"
    assert read(text, "bony_tenderness", {"onset": "sport_or_exercise"}, "report_progress").values == {
        "bony_tenderness": "no"}
    assert moves.side_question_after_answer(text) is None
    assert moves.side_question_after_answer("no. also can I still play 5 a side on Sunday?")


@pytest.mark.parametrize("text, reply", [("but no, no sore spot like that", "no"), ("but yes, a bit", "yes"),
                                         ("but no one checked", None)])
def test_but_before_the_answer(text, reply):
    assert parsing.polarity(text, None, explicit_only=True, words_only=True) == reply


# a05, a03, a04: "is it ok to keep dancing til i see someone?" got the list of warning signs; "i meant can i
# still do class?" was taken for a correction; "Should I give it a miss?" got the general keeping-active text
@pytest.mark.parametrize("text", ["is it ok to keep dancing til i see someone? we've got assessments soon",
                                  "i just wanna know if its ok to keep dancing",
                                  "Am I alright to carry cases the night if I take them up one at a time?"])
def test_an_activity_the_sources_do_not_name_is_said_to_be_not_covered(text):
    known = known_topics()
    assert asks_about_an_activity_not_named(text, question_topics(text, known), known)


def test_seeing_someone_asked_outright_is_not_an_activity():
    known = known_topics()
    text = "when should I see someone?"
    assert not asks_about_an_activity_not_named(text, question_topics(text, known), known)


@pytest.mark.parametrize("text", ["sorry im confused lol, i meant can i still do class? is it ok to dance",
                                  "I meant is it ok to run"])
def test_a_question_put_again_is_no_correction(text):
    assert not moves.corrects(text)


@pytest.mark.parametrize("text", ["I meant no", "i meant 3 weeks"])
def test_i_meant_with_an_answer_still_corrects(text):
    assert moves.corrects(text)


# a10: "Very well. I'll ring the doctor this afternoon and the kiln will have to wait." was told "Please don't
# leave it"
def test_going_today_while_something_else_waits_is_going():
    assert moves.getting_help_question(
        "Very well. I'll ring the doctor this afternoon and the kiln will have to wait.") == "going"


@pytest.mark.parametrize("text", ["I'll ring the doctor tomorrow, today I'm busy",
                                  "I'm going to wait and see today",
                                  "I'll ring the GP today but will wait and see"])
def test_putting_it_off_is_still_waiting(text):
    assert moves.getting_help_question(text) == "wait"


# a08: "this number is for new zealand?" was out of scope; "what is genitals?" kept for later; "doctor cost
# money?" and "how much money?" got the booking advice and "I can only help with back pain"; "mālō" not thanks
@pytest.mark.parametrize("text", ["this number is for new zealand?", "are these nz numbers?",
                                  "do those numbers work in the UK?"])
def test_whose_numbers_they_are(text):
    assert moves.about_the_assistant(text) == "numbers"


@pytest.mark.parametrize("text", ["is 111 the emergency number?", "I'm in NZ"])
def test_a_number_asked_about_or_a_place_told_is_not_whose_numbers(text):
    assert moves.about_the_assistant(text) != "numbers"


@pytest.mark.parametrize("text", ["what is genitals?", "what is groin"])
def test_a_word_of_the_saddle_question_is_explained(text):
    assert moves.word_asked_about(text) == "saddle_numbness"
    assert moves.only_asks_what_a_word_means(text)


@pytest.mark.parametrize("text", ["doctor cost money? i dont know how it work here", "ok. how much money?"])
def test_money_asked_about_is_a_question_of_cost(text):
    assert moves.getting_help_question(text) == "cost"
    assert moves.asks_about_access(text)


@pytest.mark.parametrize("text", ["mālō", "ok. i ask my supervisor. mālō", "malo aupito", "vinaka"])
def test_thanks_in_tongan_and_fijian(text):
    assert moves.thanks(text)


def test_a_name_like_thanks_is_none():
    assert not moves.thanks("Malone said to ask")


# a07: "Should I be worried that you're asking about that?" was kept for later and never answered
@pytest.mark.parametrize("text", ["Should I be worried that you're asking about that?",
                                  "And why would you be asking about cancer? Is that what you think this is?",
                                  "are you saying I have cancer?"])
def test_a_worry_about_being_asked_is_answered_with_the_question(text):
    assert moves.worried_by_the_question(text)
    assert moves.asks_why_it_is_asked(text)


def test_why_do_you_ask_is_no_worry():
    assert not moves.worried_by_the_question("why do you ask?")


# a01: "bottom of me back" was asked again; "can we speed this up mate" was kept as a question and "answered"
# with "I don't have information on that"
def test_the_bottom_of_me_back_is_the_lower_back():
    assert parsing.location("bottom of me back bit more on the left, 29") == "lower_back"


def test_a_request_to_hurry_asks_for_the_lists_which_are_never_kept_as_a_question():
    side = moves.side_question_after_answer("nah none. can we speed this up mate im back on in 5")
    assert side and moves.asks_for_the_lists(side)


# vignette set 4: "not gonna lie i inject, heroin, most days" read as no; "dont think so" and "now you mention
# it yeah. since yesterday I stand there for ages and hardly anything comes out" not understood; "since boxing
# day" not understood; "yes, just that little tumble on the step" checked as a major injury
@pytest.mark.parametrize("text", ["not gonna lie i inject, heroin, most days", "ngl i inject heroin"])
def test_frankness_is_no_denial(text):
    assert read(text, "immunosuppression").values.get("immunosuppression") == "yes"


@pytest.mark.parametrize("text, reply", [("dont think so", "no"), ("I don't think so", "no"),
                                         ("don't think so?", "unsure"), ("come to think of it, yes", "yes")])
def test_hedged_and_remembered_answers(text, reply):
    assert parsing.polarity(text) == reply


def test_retention_told_after_now_you_mention_it_is_yes():
    text = ("now you mention it yeah. since yesterday I stand there for ages and hardly anything comes out, "
            "never had that before")
    assert read(text, "bladder_bowel").values.get("bladder_bowel") == "yes"


@pytest.mark.parametrize("text, days", [("since boxing day", 346.0), ("since christmas", 347.0),
                                        ("since new year's", 340.0), ("since halloween", 37.0),
                                        ("since guy fawkes", 32.0)])
def test_days_of_the_year_people_count_from(text, days):
    assert parsing.duration_days(text, MONDAY) == days


def test_a_little_tumble_is_a_small_fall():
    update = read("yes, just that little tumble on the step. I've got osteoporosis, I take the weekly "
                  "alendronate tablet", "major_trauma")
    assert update.values.get("major_trauma") == "no"
    assert update.values.get("osteoporotic_fall") == "yes"
    assert "major_trauma" not in update.to_check


# set 78: other people named by their role ("our lighting designer fell off the truss", "my ballet teacher had
# breast cancer") were read as the writer; "I would prefer to discuss this with a member of staff" was a
# question; "I am not understand this question, can you say more simple" was about the assistant; "how do i
# get the emergency help you said" after an emergency was out of scope; a thesis was a request for a plan
@pytest.mark.parametrize("text, code", [
    ("our lighting designer fell off the truss about 5 metres, back pain is extreme", "major_trauma"),
    ("my ballet teacher had breast cancer and now has new back pain", "cancer_history")])
def test_someone_named_by_their_role_is_someone_else(text, code):
    assert not any(m.about_user and m.status == "present" for m in find_mentions(text) if m.code == code)


@pytest.mark.parametrize("text", ["I am not understand this question, can you say more simple",
                                  "im confused, do you mean right now or at any time since it started"])
def test_not_understanding_the_question(text):
    assert parsing.does_not_understand(text)


def test_asking_for_a_member_of_staff_is_asking_for_a_person():
    assert moves.asks_for_a_person_instead("I would prefer to discuss this with a member of staff, if I may")


def test_how_to_get_the_emergency_help_is_a_question_of_getting_help():
    text = "im on the ship in the middle of the ocean, how do i get the emergency help you said"
    assert moves.getting_help_question(text) == "which_number"


def test_a_request_with_no_plan_in_it_is_no_plan_request():
    assert routed("can you help me write my thesis introduction, it's due friday", "ask_activity_plan",
                  "out_of_scope") == "out_of_scope"
    assert routed("set me up with something to follow, starting tomorrow", "ask_activity_plan") == \
        "ask_activity_plan"


def test_a_fear_said_of_the_pain_is_a_worry():
    text = "Please I am worried this waist pain is something serious inside me"
    assert moves.fears_something_serious(text)
    assert routed(text, "ask_question") == "express_worry"


# replays: "I'm in Mayo, in the west of Ireland" in a long answer kept New Zealand's numbers; "no i dont fall"
# was a fall; "it's just the back" played the pain down; "Do you reckon I need to see my GP about it at all?"
# got the warning signs; "Sorry love, I meant the hamper packing ..., not the tablets. Should I skip it?" was
# a correction; the emergency for a sudden tearing pain named a pulsing belly, chest pain and fainting
def test_a_town_not_listed_then_the_part_of_its_country():
    from clinical import places
    text = ("No, none at all. Everything is working as it should there, and no trouble passing water. I "
            "should say as well that I'm not in New Zealand. I'm in Mayo, in the west of Ireland.")
    assert places.where_person_is(text) == "EUROPE"
    assert places.where_person_is("im in taihape, in the middle of the north island") == "NZ"


def test_a_fall_denied_in_english_learned_later_is_no_cause():
    assert parsing.onset("no i dont fall. what is osteoporosis? sorry my english") is None
    assert parsing.onset("i fell off the ladder") == "fall"


def test_where_the_pain_is_plays_nothing_down():
    assert moves.getting_help_question("No pins and needles in my legs, it's just the back.") is None
    assert moves.getting_help_question("it's probably just a strain") == "minimise"


def test_reckoning_one_needs_a_doctor_asks_whether_to_see_someone():
    assert moves.asks_whether_to_see_someone(
        "Well, just one thing. Do you reckon I need to see my GP about it at all, or is it fine as it is?")


@pytest.mark.parametrize("text", ["Sorry love, I meant the hamper packing on Saturday, not the tablets. "
                                  "Should I skip it or is the lifting alright?",
                                  "Aye, but I meant the cases, can I carry them?"])
def test_the_thing_asked_about_put_again_is_no_correction(text):
    assert not moves.corrects(text)


def test_a_chat_with_the_chemist_is_who_will_be_asked():
    text = "Fair enough, I'll have a chat to the chemist. And the hamper packing is heavy. Should I skip it?"
    assert "chemist" not in moves.without_plans_to_ask_someone(text)


def test_the_emergency_names_the_blood_vessel_signs_told():
    from clinical.outcome import build_outcome
    told = {"vascular": "it came on all of a sudden while watching tv, he says it was like something tearing"}
    assert build_outcome({"vascular": "yes"}, told).reasons_text == "sudden, very severe back pain"
    both = build_outcome({"vascular": "yes"}, {"vascular": "my stomach hurts too and i fainted"}).reasons_text
    assert "belly pain" in both and "faint" in both and "pulsing" not in both


# vignette set 4's sealed part: "still working" to whether the pain stops work or sleep not understood twice
@pytest.mark.parametrize("text, value", [("still working", "no"), ("been working fine", "no"),
                                         ("still working but can't sleep", "yes")])
def test_work_going_on_as_usual_is_no(text, value):
    assert read(text, "sleep_work_impact").values.get("sleep_work_impact") == value


# set 79: a hypothetical put as "like if my legs went numb or I couldn't pee?" escalated; a fever a month ago
# "but my temp's been normal for weeks" and shivering out in the freezing cold were fevers now; "the other
# guard on my shift" and "one of my year 6 pupils" were the writer; a beach's tide "tomorrow morning" was a
# question of waiting; "how come you're asking my age" and "i put 8 out of 10 before but ... more like a 5"
# were not read
def test_a_sign_given_as_an_example_is_hypothetical():
    text = ("what would count as an emergency with a bad back? like if my legs went numb or I couldn't pee? "
            "asking so I know, I'm fine at the moment")
    assert not [m for m in find_mentions(text) if m.reported]


def test_a_fever_long_over_with_a_normal_temperature_since_is_none_now():
    text = "had covid a month ago with a fever, but my temp's been normal for weeks. back's sore this week"
    assert not any(m.code == "fever" and m.status == "present" for m in find_mentions(text))


@pytest.mark.parametrize("text", ["freezing at the lift station all day, shivering like mad, then warmed up",
                                  "I keep shivering and freezing one minute then boiling hot the next"])
def test_shivering_in_the_cold_is_checked_not_reported(text):
    assert [m.status for m in find_mentions(text) if m.code == "fever"] == ["possible"]


def test_chills_are_never_explained_away():
    assert [m.status for m in find_mentions("chills and shivering since yesterday") if m.code == "fever"] == [
        "present"]


@pytest.mark.parametrize("text, code", [
    ("the other guard on my shift has lost a load of weight and his back's killing him", "weight_loss"),
    ("one of my year 6 pupils fell off the climbing frame from 2 metres onto her back", "major_trauma")])
def test_someone_named_by_their_place_beside_the_writer_is_someone_else(text, code):
    assert not any(m.about_user and m.status == "present" for m in find_mentions(text) if m.code == code)


def test_a_time_in_a_question_about_something_else_is_no_waiting():
    assert moves.getting_help_question("what time does the tide turn at the beach tomorrow morning") is None
    assert moves.getting_help_question("what about tomorrow morning, would that do?") == "wait"
    assert moves.getting_help_question("first thing tomorrow morning then") == "wait"


def test_how_come_youre_asking_asks_why():
    assert moves.asks_why_it_is_asked("how come you're asking my age, does it make any difference")


def test_a_score_given_before_taken_down_is_a_correction():
    assert moves.corrects("i put 8 out of 10 before but honestly it's more like a 5, i was being dramatic")
