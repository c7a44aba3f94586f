"""Wordings missed on blind sealed set 10 at its one scoring (said here in other words, so that the set's
own cases stay out of every test and training file)."""
from clinical.language import find_mentions, speaks_for_someone
from clinical.recall import with_suggestions
from tests.unit.readings import own_readings


def test_typing_for_ma_relative_in_scots_makes_their_symptoms_the_patients():
    text = "typin this for ma mam, she's been on steroid tablets daily for her chest for years"
    assert speaks_for_someone(text)
    assert ("immunosuppression", "present") in own_readings(text)


def test_not_dieting_and_without_any_reason_confirm_an_unexplained_weight_loss():
    text = "typing for my nan: she's lost 6 kilos in two months, clothes hanging off her, she isn't dieting"
    assert {("weight_loss", "present"), ("weight_loss", "possible")} & own_readings(text)
    assert ("weight_loss", "present") in own_readings("lost 5 kg without any diet or reason this spring")


def test_weight_lost_on_a_weight_loss_medicine_is_explained():
    text = "down 9 kg since the doctor put me on Wegovy, which was the whole point"
    assert ("weight_loss", "present") not in own_readings(text)


def test_scots_nae_denies():
    own = own_readings("back's stiff but nae numbness in my legs and nae bother wi the toilet")
    assert not {code for code, status in own if status == "present"}


def test_being_better_off_not_alive_is_a_crisis():
    text = "it would be better if I'm not alive, my kids would be free of me"
    assert ("self_harm", "present") in own_readings(text)


def test_a_filipino_grandfather_is_someone_else():
    text = "my lolo has cancer po and my back hurts from lifting him"
    assert ("cancer_history", "present") not in own_readings(text)


def test_a_fever_said_to_be_long_gone_is_not_a_fever_now():
    text = "oh the fever was back in october with a cold, it's been completely gone for weeks"
    assert ("fever", "present") not in own_readings(text)


def test_landing_back_first_in_a_tackle_is_checked_as_a_possible_major_injury():
    text = "got flattened in a tackle and landed back-first on the post"
    statuses = {status for code, status in own_readings(text) if code == "major_trauma"}
    assert statuses & {"present", "possible"}


def test_urine_that_comes_only_in_drops_is_retention():
    text = "from this morning urine is not coming properly, I try but only drops come"
    assert ("bladder_bowel", "present") in own_readings(text)


def test_a_denial_the_classifier_strongly_doubts_is_checked_not_dropped():
    # the rules read "can not control" as a denial; the classifier is confident
    text = ("back pain 2 weeks. yesterday i go toilet and the poo come out, i dont notice, "
            "can not feel, can not control. is bad?")
    assert ("bladder_bowel", "absent") in own_readings(text)
    mentions = with_suggestions(text, find_mentions(text))
    assert {m.status for m in mentions if m.code == "bladder_bowel"} == {"suggested"}


def test_a_clear_denial_stays_a_denial():
    for text in ("no trouble at all with my waterworks, that's all normal",
                 "I don't have any numbness round my bum or privates, I checked"):
        suggested = [m.code for m in with_suggestions(text, find_mentions(text)) if m.status == "suggested"]
        assert "bladder_bowel" not in suggested and "saddle_numbness" not in suggested, text


def test_a_tender_spot_that_hurts_when_someone_touches_it_is_the_persons_own():
    text = "There's a spot on my backbone, if the missus even touches it I nearly go through the ceiling."
    assert {("bony_tenderness", "present"), ("bony_tenderness", "possible")} & own_readings(text)


def test_a_plain_no_is_taken_as_said_even_when_the_reader_doubts_it():
    for text, code in (("no I'm not thinking of hurting myself", "self_harm"),
                       ("not lost weight without trying", "weight_loss"),
                       ("I have not lost any weight", "weight_loss")):
        mentions = with_suggestions(text, find_mentions(text))
        assert {m.status for m in mentions if m.code == code} == {"absent"}, text


def test_a_fever_now_finished_is_over():
    text = "had a fever a few days ago with the flu, now finished, normal temperature since sunday"
    assert ("fever", "present") not in own_readings(text)


def test_a_long_known_symptom_said_not_to_be_new_is_not_this_back_pains():
    text = "Trouble getting an erection isn't new for me, 6 years with my diabetes. Back is from the couch."
    assert ("sexual_dysfunction", "present") not in own_readings(text)


def test_a_short_course_of_steroids_with_a_hyphen_is_not_long_term():
    text = "Had a seven-day course of prednisone in May for my chest. My back's stiff from football."
    assert ("immunosuppression", "present") not in own_readings(text)


def test_a_pals_old_injury_is_his():
    text = "ma pal fell aff the shed roof last summer an broke his back. Mine's only sore fae the footy."
    assert not {code for code, status in own_readings(text) if code == "major_trauma"}


def test_a_leak_unchanged_for_years_is_not_this_back_pains():
    text = "I leak a wee bit when I cough, ever since my first baby 10 years ago, no change at all."
    assert not {(code, status) for code, status in own_readings(text)
                if code == "bladder_bowel" and status in ("present", "possible")}


def test_a_scots_what_if_is_a_worry():
    text = "whit dae I dae if ma legs go numb? they're fine the noo"
    assert not {m.code for m in find_mentions(text) if m.about_user and not m.hypothetical
                and m.status in ("present", "possible")}
