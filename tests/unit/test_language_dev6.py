"""Patterns of wording found with the sixth and seventh blind development sets, each tested on sentences
written for this file (not the blind cases): worries, conditionals and studying are not reports; someone
else noticing the person's symptom is the person's; past and cleared-up events are not red flags now; a
reply's opening "no," denies nothing after it; and many small variations of the flags themselves."""
import pytest

from clinical.language import find_mentions, normalise, possible_red_flags, red_flag_spans


def reported(text: str) -> set[str]:
    return {code for *_, code in red_flag_spans(text)}


def checked(text: str) -> set[str]:
    return set(possible_red_flags(find_mentions(text)))


def mention(text: str, code: str):
    return next((m for m in find_mentions(text) if m.code == code), None)


# --- worries, conditionals and questions about what might happen are not reports --------------------------
@pytest.mark.parametrize("text", [
    "I'm terrified that if I slip on the ice again I'll end up wetting myself",
    "My biggest fear is that one day my legs will both go numb",
    "Should I worry if I start getting a temperature with this?",
    "honestly just scared it might be a tumour",
    "worried I'll lose control of my bowels one day, it hasn't happened",
    "Suppose I got chills along with the back ache, would that change anything?",
    "say my foot started dragging, would I need a scan?",
    "What would it mean if my leg gave way? It hasn't, a friend mentioned it.",
    "if both my legs ever went numb would that mean surgery",
    "I'm studying for my physio finals, can you explain the warning signs like a triple A?",
])
def test_worries_and_conditionals_are_not_reports(text):
    assert reported(text) == set()
    assert checked(text) == set()


# --- somebody else's symptom, and the person's own symptom that somebody else noticed ----------------------
@pytest.mark.parametrize("text", [
    "One of my residents (I work in aged care) has a numb groin, who do I call?",
    "A patient of mine has lost feeling in his saddle area, what's the pathway?",
    "A friend of mine had bowel cancer a few years back",
    "My sister noticed her own feet going numb",
    "Patient has saddle numbness, what is the pathway?",
])
def test_someone_elses_symptom(text):
    assert reported(text) == set()


@pytest.mark.parametrize(("text", "code"), [
    ("My daughter noticed the sheets were soaked this morning and I never felt a thing", "bladder_bowel"),
    ("my husband pointed out I'm scuffing my left foot when I walk", "leg_weakness"),
    ("Dad checked my temp and it came back at 38.9", "fever"),
    ("My kids would be happier if I wasn't around anymore", "self_harm"),
])
def test_the_persons_own_symptom_noticed_by_someone_else(text, code):
    assert code in reported(text)


@pytest.mark.parametrize("text", [
    "Patient here, numb saddle area since yesterday",
    "I am a patient with saddle numbness",
])
def test_the_person_as_a_patient_is_the_person(text):
    assert "saddle_numbness" in reported(text)


def test_an_examiner_pressing_on_a_bone_is_checked_or_reported():
    text = "my partner pressed along my spine and one bone made me yelp, really sore"
    assert "bony_tenderness" in reported(text) | checked(text)


# --- everyday senses of alarming words ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "drenched in sweat after my spin class and my lower back's tight",
    "wiped out after a double shift, back aches",
    "Knocked out for ten hours after night shift, back stiff this morning",
    "got a dead leg from sitting on it in the car, gone once I stood up",
    "my star sign is Cancer, is that why my back hurts lol",
    "I woke up feeling like I'd been hit by a truck after moving house",
])
def test_everyday_senses_are_not_red_flags(text):
    assert reported(text) == set()


@pytest.mark.parametrize(("text", "code"), [
    ("I've been drenched in sweat every night this week", "fever"),
    ("I got knocked out when I came off my horse", "major_trauma"),
    ("both my legs feel weak, like after a marathon, but I haven't done anything", "both_legs"),
])
def test_the_alarming_sense_still_counts(text, code):
    assert code in reported(text)


# --- past and over ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I had a fever with a chest infection years ago, it cleared with antibiotics. Back's sore from digging.",
    "erection problems on a blood pressure pill a few years ago, all good since then",
    "I was on prednisolone for a week in 2019 and haven't needed them since",
    "had a hot red boil on my back last winter, it cleared after a course of antibiotics",
])
def test_past_and_cleared_up_is_not_a_red_flag(text):
    assert reported(text) == set()


def test_crisis_thoughts_long_past_and_over_are_checked_not_escalated():
    text = "As a teenager I was suicidal for a while, got help and I've been well ever since. Back's sore."
    assert "self_harm" not in reported(text)
    assert "self_harm" in checked(text)


@pytest.mark.parametrize("text", [
    "Years ago I was suicidal, got help, but lately the thoughts are back",
    "As a kid I self harmed, got help and I've been well. The urges have come back this month.",
    "I've been well for years but I want to kill myself now",
    "is it normal to want to die with this much pain?",
])
def test_crisis_thoughts_now_still_escalate(text):
    assert "self_harm" in reported(text)


# --- a reply's opening "no" and denials in another clause --------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("nope, I can't feel my bum when I wipe", "saddle_numbness"),
    ("not really, but my weight has dropped 6 kg without trying", "weight_loss"),
    ("nah, tho my privates have gone numb since Tuesday", "saddle_numbness"),
    ("not really - the car rolled on the motorway an hour ago and my back is agony", "major_trauma"),
])
def test_an_opening_no_denies_nothing_after_it(text, code):
    assert code in reported(text)


@pytest.mark.parametrize(("text", "code"), [
    ("no, no numbness anywhere", "saddle_numbness"),
    ("No fever, chills or sweats", "fever"),
])
def test_a_real_denial_still_denies(text, code):
    found = mention(text, code)
    assert found is None or found.status == "absent"


def test_a_denial_does_not_cross_into_another_clause_of_the_sentence():
    text = "no fever, but the pain in my belly and back both came on all of a sudden an hour ago"
    assert "vascular" in reported(text) | checked(text)


# --- small variations of the flags themselves --------------------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("my right foot keeps catching on the stairs", "leg_weakness"),
    ("I keep tripping over my left foot since the back went", "leg_weakness"),
    ("I can't stand on my left heel any more, it's been like that for a week", "leg_weakness"),
    ("I'm 6 kg lighter than at Christmas and not dieting", "weight_loss"),
    ("my weight keeps dropping and I don't know why", "weight_loss"),
    ("I've been stockpiling my tramadol", "self_harm"),
    ("I swallowed half the packet of codeine an hour ago", "self_harm"),
    ("took triple my dose of sleeping tablets", "self_harm"),
    ("I took way more of my painkillers than I'm allowed to", "self_harm"),
    ("Most nights I pray I won't wake up", "self_harm"),
    ("I just hope I don't wake up in the morning", "self_harm"),
    ("I feel like a burden to everyone now", "self_harm"),
    ("I cannae feel my bum at all", "saddle_numbness"),
    ("my groin went numb the same day my back went", "saddle_numbness"),
    ("my bum cheeks felt like they weren't mine when I sat down", "saddle_numbness"),
    ("pins n needles down both legs", "both_legs"),
    ("numbness in both legs since this morning, is that normal?", "both_legs"),
    ("my love life has stopped working since my back went", "sexual_dysfunction"),
    ("nothing's working down there since I hurt my back", "sexual_dysfunction"),
    ("got T-boned on the motorway this morning", "major_trauma"),
    ("I've got osteoporosis and rolled out of bed last night", "osteoporotic_fall"),
    ("my bladder feels full but nothing's coming out", "bladder_bowel"),
    ("I've lost a stone without dieting and my trousers are loose", "weight_loss"),
    ("I can't lift my right leg at all now", "progressive_weakness"),
    ("my left leg strength is going day by day", "progressive_weakness"),
])
def test_variations_of_red_flags_are_reported(text, code):
    assert code in reported(text)


@pytest.mark.parametrize(("text", "code"), [
    ("numb down my right leg and now the left one's started too", "both_legs"),
    ("I heard a crack in my back when the scrum collapsed on me", "major_trauma"),
    ("Could lift my foot fine this morning, now I can't pull my toes up", "progressive_weakness"),
])
def test_weaker_variations_are_checked(text, code):
    assert code in reported(text) | checked(text)


@pytest.mark.parametrize("text", [
    "I don't wake up at night with the pain any more",
    "My specialist said something about Humira if it turns out to be inflammatory",
    "I'm saving up for a new mattress",
    "I took double shifts all week and my back aches",
    "I hope I don't wake up with this pain again tomorrow",
    "I hope I don't wake up in agony again",
    "I don't want to wake up stiff like this every day",
    "my weight has gone up since I stopped the gym",
])
def test_look_alikes_are_not_red_flags(text):
    assert reported(text) == set()


def test_contractions_are_not_misspellings():
    assert normalise("I shouldn't worry, it wouldn't be bad") == "i shouldn't worry, it wouldn't be bad"


def test_a_condition_said_as_fact_is_still_a_report():
    assert "both_legs" in reported("if I walk for ten minutes both my legs go numb")


def test_crisis_thoughts_long_ago_without_recovery_still_escalate():
    assert "self_harm" in reported("I tried to kill myself years ago")
