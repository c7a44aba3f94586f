"""Rules changed in the session of blind sets 41 and 42, each said in other words than the sets'."""
import pytest

from clinical import moves
from clinical.language import find_mentions
from clinical.parsing import does_not_understand
from tests.unit.readings import possible_codes, reported_codes, routed, rules_possible_codes


# --- crisis told without its words ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "since my husband passed I've got my affairs in order and counted out my pills, back's no better",
    "sold my car and my tools, I won't need them after this week anyway",
    "I've no wish to see another Christmas with this back",
])
def test_affairs_in_order_and_tablets_counted_out_are_checked_for_crisis(text):
    assert "self_harm" in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- quoted, asked back, or conditional -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "your leaflet says a numb bum is an emergency, well mine is numb",
    "from the list you gave me I've got two: can't pee and a numb bum",
])
def test_a_list_or_leaflet_quoted_then_a_sign_told_keeps_the_sign(text):
    assert reported_codes(text) & {"saddle_numbness", "bladder_bowel"}, find_mentions(text)


def test_the_assistants_question_said_back_is_no_report():
    text = "you want to know if I've ever had chemo - why does that matter for a pulled muscle"
    assert not reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["if legs go numb i have to sit, every day now",
                                  "if leg go weak i fall, twice this week"])
def test_a_sign_that_keeps_happening_told_with_if_is_still_told(text):
    assert reported_codes(text), find_mentions(text)


# --- explained away ---------------------------------------------------------------------------------------
def test_trousers_wet_by_a_drink_is_no_incontinence():
    text = "wet my trousers in the meeting but it was the tea I knocked over, back stiff from the chair"
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["I wet my jeans on the bus", "wet my trousers and spilt my tea"])
def test_trousers_wet_with_no_drink_said_to_be_the_cause_is_still_told(text):
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


def test_numb_bottom_after_gaming_that_came_back_on_standing_is_not_escalated():
    text = "bum numb after a whole night on the playstation, came right back once I stood up"
    assert "saddle_numbness" not in reported_codes(text), find_mentions(text)


def test_dead_legs_after_a_cross_country_race_are_checked_not_escalated():
    text = "both my legs are dead after the cross country race and my back's a bit sore"
    assert "both_legs" not in reported_codes(text), find_mentions(text)
    assert "both_legs" in possible_codes(text), find_mentions(text)


def test_both_legs_numb_since_a_cross_country_flight_are_still_told():
    text = "since a cross country flight both my legs have been numb for a week"
    assert "both_legs" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_a_healed_old_injury_misspelt_is_not_a_toilet_accident_escalated():
    text = "broke my back in a acident wen i was a teenager, thats heald now, sore from gardening"
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


def test_long_time_ago_without_a_puts_a_sign_in_the_past():
    text = "Long time ago both my legs went numb. Fixed by surgery. Today just stiff."
    assert "both_legs" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I was on prednisolone back in 2016 for my asthma",
    "used to be on methotrexate for psoriasis, that was years ago",
])
def test_an_immune_medicine_told_as_past_is_checked_not_escalated(text):
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)
    assert "immunosuppression" in possible_codes(text), find_mentions(text)


def test_an_immune_medicine_taken_now_is_still_told():
    assert "immunosuppression" in reported_codes("I'm on methotrexate every week for my arthritis")


# --- whose sign it is -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my brother hurt his back at work and now has a high fever",
    "my crewmate strained his back and now has no feeling between his legs",
])
def test_a_sign_told_after_someone_else_with_no_subject_of_its_own_is_theirs(text):
    assert not reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "my wife helped me up and now can't pee",  # a hurried "I" left out
    "my partner massaged my back and now has gone numb down below",  # "it" left out
])
def test_a_sign_with_the_writers_subject_left_out_is_still_the_writers(text):
    assert reported_codes(text), find_mentions(text)


def test_the_person_in_the_room_next_to_mine_is_someone_else():
    text = "The gentleman in the room next to mine has a fever and a bad back. My own back is fine."
    assert "fever" not in reported_codes(text), find_mentions(text)


# --- words asked about --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, slot", [
    ("what is osteoporosis?", "osteoporosis"),
    ("not sure what you mean by saddle", "saddle_numbness"),
    ("sciatica? never heard of it", "leg_pain"),
])
def test_the_word_asked_about_is_found(text, slot):
    assert moves.asks_what_a_word_means(text) and moves.term_asked_about(text) == slot


@pytest.mark.parametrize("text", ["what is this numbness in my bum",
                                  "what does it mean if I can't feel my feet"])
def test_a_question_about_ones_own_body_is_no_word_asked_about(text):
    assert not moves.asks_what_a_word_means(text)


def test_asking_what_a_word_means_raises_no_check_question():
    assert not possible_codes("whats osteoporosis")


def test_not_certain_what_you_mean_is_not_understanding():
    assert does_not_understand("I'm not certain what you mean, could you say it another way?")


# --- conversation moves -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "pilates is a load of rubbish, skip it",
    "nah not doing yoga, waste of money",
    "ice packs don't work for me, forget that",
    "I've no intention of doing stretches on the floor at my age",
])
def test_a_treatment_turned_down_by_name_is_a_dismissal(text):
    assert moves.turns_down_a_treatment(text)
    assert routed(text, "ask_question") == "dismiss"


@pytest.mark.parametrize("text", [
    "not doing the stretches, they make it hurt more",
    "I'm not doing much walking lately",
    "is yoga a waste of time?",
])
def test_a_report_or_a_question_about_a_treatment_is_no_dismissal(text):
    assert not moves.turns_down_a_treatment(text)


@pytest.mark.parametrize("text", ["was on the mend and then I ricked my back again lifting the shopping",
                                  "my back has taken a turn for the worse this week"])
def test_hurting_it_again_is_a_flare(text):
    assert moves.plan_report(text) == "report_flare"


@pytest.mark.parametrize("text", ["I do worry it's something sinister", "scared it's never going to go away"])
def test_a_fear_in_these_words_is_worry(text):
    assert moves.fears_something_serious(text)


def test_a_question_about_pain_that_never_goes_away_is_no_fear():
    assert not moves.fears_something_serious("does back pain never go away for some people?")


@pytest.mark.parametrize("text", ["hit yes but meant no, sorry", "it began Wednesday not Thursday"])
def test_these_corrections_are_read(text):
    assert moves.corrects(text)


def test_why_do_u_need_to_know_asks_why():
    assert moves.asks_why_it_is_asked("why do u need to know about my bowels")


def test_an_australian_goodbye():
    assert moves.says_goodbye("hooroo then")


def test_asking_whether_the_assistant_was_validated_is_about_the_assistant():
    assert moves.about_the_assistant("has this bot been validated at all?") == "makers"


def test_going_from_the_beginning_starts_over():
    assert moves.asks_to_start_over("can we go from the start please")


@pytest.mark.parametrize("text", ["how does one book a GP?", "how do I see a physio without a referral"])
def test_how_to_book_or_see_someone_asks_about_getting_help(text):
    assert moves.getting_help_question(text) == "where"


# --- kept after the review (the reviewer's drops and costs, in other words) ------------------------------
def test_numbness_that_came_back_on_standing_is_still_told():
    text = "the numbness round my back passage went overnight but came back once I got up"
    assert "saddle_numbness" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["wet my trousers, I told them it was the tea but it wasn't",
                                  "wet my pants again, it was the water tablets, couldn't hold it"])
def test_trousers_wet_with_a_drink_named_but_not_the_cause_are_still_incontinence(text):
    assert "bladder_bowel" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["I was on prednisone for six years and still am",
                                  "was on chemo up until last Friday, next round in a fortnight"])
def test_an_immune_medicine_still_going_is_still_told(text):
    assert "immunosuppression" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["I don't want to see another GP who just says rest",
                                  "I won't need it after all, the pain has eased"])
def test_everyday_sentences_near_the_new_crisis_wordings_raise_no_crisis_check(text):
    # (by the rules; the red-flag reader's crisis bar may still ask one check question)
    assert "self_harm" not in reported_codes(text) | rules_possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["whats saddle area, cant feel down there",
                                  "what is retention, not peed today"])
def test_a_word_asked_about_beside_a_sign_told_is_no_mere_word_question(text):
    assert not moves.only_asks_what_a_word_means(text)


def test_a_fear_of_hurting_it_again_is_no_flare():
    assert moves.plan_report("worried I'll hurt it again at work") != "report_flare"


@pytest.mark.parametrize("text", ["my physio is on Friday not Thursday now"])
def test_days_set_side_by_side_are_no_correction(text):
    assert not moves.corrects(text)


def test_the_beginning_of_a_plan_is_no_start_over():
    assert not moves.asks_to_start_over("can we go from the beginning of the walking plan?")


def test_how_to_see_a_doctors_notes_is_no_getting_help_question():
    assert moves.getting_help_question("how do I see my doctor's notes online") is None


def test_a_question_with_if_about_pain_never_going_away_is_no_fear():
    assert not moves.fears_something_serious("the pain will never go away if I just rest, right?")
