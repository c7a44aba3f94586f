"""Wordings the blind sets showed the reader missing (sealed3 to sealed6 after they were read, dev5), each
beside a near-identical wording whose reading must not change. The sealed6 ones are in new words."""
import pytest

from clinical.language import find_mentions


def reported(text, code):
    return any(m.reported for m in find_mentions(text) if m.code == code)


@pytest.mark.parametrize("text, code", [
    ("neither leg will take my weight this morning", "both_legs"),
    ("neither of my feet can feel the floor properly", "both_legs"),
    ("no appetite, lost 6 kilos", "weight_loss"),
    ("I've lost about 6 kilos I never meant to lose", "weight_loss"),
    ("the scales say I'm 6kg down, not something I meant to do", "weight_loss"),
    ("had my knee done last year and now I've got a fever", "fever"),
    ("I was in a car crash in 2005 and now my legs are both numb", "both_legs"),
    ("honestly the life insurance would do more for my family than I do", "self_harm"),
    ("Hurt my back hanging out the washing and now neither leg wants to work properly", "both_legs"),
    ("no it isn't the same, the weakness in my leg is much worse than an hour ago", "progressive_weakness"),
    ("the skin round my back passage has gone completely numb", "saddle_numbness"),
    # (between the legs is the saddle area: the same emergency, read as what it is since persona run 17)
    ("like sitting on frozen peas but there's nothing there, numb between my legs and round my bum",
     "saddle_numbness"),
    ("my knee gives way now, started with the back pain, hasn't changed since", "leg_weakness"),
    ("I've got a fever and chills after my run", "fever"),
    ("numbness in both legs and now my legs have completely gone", "progressive_weakness"),
    ("out of nowhere the worst back pain of my life, right through to my chest", "vascular"),
    ("i fell down a whole flight of concrete stairs at school and i can't stand up", "major_trauma"),
    ("my bladder just let go when I stood up, back's been agony", "bladder_bowel"),
    ("tingling down both legs ever since I put my back out at the gym", "both_legs"),
    ("some nights I think about driving off the bridge, the pain is that bad", "self_harm"),
    ("honestly I could just step in front of a train some days", "self_harm"),
    # sealed7, in new words: a bladder that has stopped, a fall while on a bone medicine
    ("I haven't managed a wee since last night and my back is agony", "bladder_bowel"),
    ("the waterworks have packed in since my back went", "bladder_bowel"),
    ("I take alendronate and slipped on the path this morning", "osteoporotic_fall"),
    ("my leg has gone completely, I can't move it", "progressive_weakness"),  # gone: the leg, not a symptom
])
def test_said_in_unusual_words_the_red_flag_is_reported(text, code):
    assert reported(text, code)


@pytest.mark.parametrize("text, code", [
    ("neither leg feels weak, it's just my back", "leg_weakness"),
    ("neither leg is numb", "leg_numbness"),
    ("no loss of appetite, no weight loss", "weight_loss"),
    ("I lost 10kg on purpose training for a marathon", "weight_loss"),
    ("car crash in 2005, fully recovered", "major_trauma"),
    ("my anxiety brain says it's a tumour", "cancer_history"),
    ("dr google has me thinking bone cancer lol", "cancer_history"),
    ("I've convinced myself it's a tumour", "cancer_history"),
    ("read online that numbness round your bum is serious. i dont have that", "saddle_numbness"),
    ("hypothetically if I fell on the ice with my osteoporosis would I need an xray", "osteoporotic_fall"),
    ("Should I go to A&E if my legs go numb? They're fine at the moment.", "both_legs"),
    ("my dog's back legs have gone wobbly, both of them, is that a disc thing??", "progressive_weakness"),
    ("the numbness in my leg from last week has completely gone", "progressive_weakness"),
    ("the numbness in my leg from last week has completely gone", "both_legs"),
    ("my leg has been weak since a stroke years ago, unchanged", "leg_weakness"),
    ("sweating buckets because I just walked up the hill, back's a bit tight", "fever"),
    ("our 7yo fell off the trampoline and says her back hurts", "major_trauma"),
    ("I broke my back falling off a roof when I was at school, fine since", "major_trauma"),
    ("had a three day course of prednisolone for asthma last year, now my back aches", "immunosuppression"),
    ("down 4 kilos since eating better and walking, back sore from digging", "weight_loss"),
    ("down 5 kilos since I started running, back stiff from the hills", "weight_loss"),
    ("I had a few days of prednisolone for a chest infection in March", "immunosuppression"),
    ("I've given up the gym and my bladder is fine", "bladder_bowel"),
    ("the numb patch on my shin from the fortnight before has gone completely", "progressive_weakness"),
    ("wats causing my back pain", "fever"),  # text-speak "what's", no misspelt "sweats"
])

def test_denials_explained_losses_healed_injuries_and_fears_are_not_reported(text, code):
    assert not reported(text, code)


@pytest.mark.parametrize("text, code", [
    ("Should I go to A&E if my legs go numb? They're fine at the moment.", "both_legs"),
    ("is it normal if I wet myself when I stand up?", "bladder_bowel"),
    # many tablets at once may be an overdose or a week's ordinary use: one plain question
    ("I had about 20 Panadol with wine tonight", "self_harm"),
    ("pulled something in my back and chest at the gym", "vascular"),
    ("I've swallowed about 30 of the strong ones since lunch", "self_harm"),
    # giving up on everything may be crisis wording: asked plainly, never passed over
    ("i feel like giving up", "self_harm"),
    ("whats the point anymore, my back is wrecked", "self_harm"),
])
def test_a_question_that_may_be_a_worry_or_may_be_happening_is_checked(text, code):
    assert any(m.to_check for m in find_mentions(text) if m.code == code)


@pytest.mark.parametrize("text", ["I let go of the rope and my back twinged",
                                  "should I go off it, the naproxen?",
                                  "step in front of a mirror to check your posture",
                                  "I've had 2 of the extra strength ones today",
                                  "I feel like giving up on the exercises, they're so boring",
                                  "my mum feels like giving up"])
def test_everyday_words_beside_new_red_flag_wordings_stay_everyday(text):
    assert not {m.code for m in find_mentions(text) if m.status != "absent"} & {"bladder_bowel", "self_harm"}


@pytest.mark.parametrize("text", ["naproxen upsets my stomach, what else can I take for the pain",
                                  "can I take ibuprofen on an empty stomach? my back is killing me"])
def test_a_painkiller_upsetting_the_stomach_is_no_vessel_sign(text):
    assert not [m for m in find_mentions(text) if m.code == "vascular" and m.status != "absent"]


def test_a_stomach_upset_does_not_hide_a_sudden_pain_told_in_another_sentence():
    text = "naproxen upsets my stomach. sudden pain in my stomach and back now, I feel faint"
    assert reported(text, "vascular")
