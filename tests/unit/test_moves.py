"""Conversation moves read from the words (clinical/moves.py): what a message does to the conversation."""
import pytest

from clinical import moves


@pytest.mark.parametrize("text, kind", [
    ("can I just wait till tomorrow?", "wait"),
    ("should I wait or go now?", "wait"),
    ("can't I wait and see if it settles?", "wait"),
    ("the surgery is closed, can it wait until Monday?", "wait"),
    ("my GP is closed, where should I go?", "gp_closed"),
    ("I don't have a GP", "no_gp"),
    ("it's probably just the flu", "minimise"),
    ("how do I get there, I can't drive", "transport"),
    ("will it cost anything?", "cost"),
    ("do I really have to go tonight?", "go_now"),
    ("who should I ring?", "where"),
    ("can I go after school pickup?", "wait"),
    ("I've got a big job tomorrow", "wait"),
    ("it's probably nowt", "minimise"),
    ("ok I'll ring 111", "going"),
    # a formal or roundabout way of saying one will go (persona run 8)
    ("Very well, I shall see about an after-hours clinic today", "going"),
    ("ok I'll arrange a lift to the hospital", "going"),
])
def test_questions_about_getting_help(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("text", [
    "my back hurts when I bend", "can I go back to work tomorrow?", "is it a slipped disc?",
    "I've had it for two weeks", "what stretches can I do?",
])
def test_other_messages_are_no_questions_about_getting_help(text):
    assert moves.getting_help_question(text) is None


@pytest.mark.parametrize("text, expected", [
    ("start again", True), ("can we start over please", True), ("restart", True), ("clear everything", True),
    ("no accident. just start", False), ("it started again yesterday", False), ("it came back again", False),
])
def test_only_a_plain_request_clears_the_conversation(text, expected):
    assert moves.asks_to_start_over(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("sorry, forget it, it's fine", True), ("I'm fine", True), ("never mind", True),
    ("ignore that", True), ("I'm fine with paracetamol", False), ("my back is fine in the morning", False),
    ("not fine at all", False),
    ("nah forget it, it's not important", True), ("ok whatever, never mind then", True),
    ("no, it's fine", False), ("nah it's fine", False),  # answers to a question
    ("forget it I'm fine", True), ("nah forget it all good", True),  # two in a row, no comma
    ("forget it I'm fine but my legs are numb", False),
])
def test_waving_something_away(text, expected):
    assert moves.dismisses(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("I said I slept fine", True), ("that's wrong, it's only been 2 days", True),
    ("I clicked the wrong button", True),
    ("eh? I said I slept fine", True), ("I sleep fine", False), ("it's been 2 days", False),
    ("scratch that, it's the right side not the left", True),
    # voice typing ("the dictation misheard"), and the right number beside the wrong one in words
    ("that should have been sixty not sixteen", True), ("the speech to text got it wrong, I'm 40", True),
    ("it should be fine not worse by tomorrow?", False),
])
def test_corrections(text, expected):
    assert moves.corrects(text) is expected


def test_the_correction_words_are_taken_out_of_the_answer():
    assert moves.without_correction_words("that's wrong, it's only been 2 days") == "it's only been 2 days"
    # the value said wrong goes, the right one stays
    assert "sixteen" not in moves.without_correction_words("it should be sixty not sixteen")
    assert "sixty" in moves.without_correction_words("it should be sixty not sixteen")


@pytest.mark.parametrize("text", ["could you show me the whole plan from the start?",
                                  "can I read the exercises from the beginning again"])
def test_asking_to_see_something_from_the_start_clears_nothing(text):
    assert not moves.asks_to_start_over(text)


@pytest.mark.parametrize("text", ["how many more questions?", "are we nearly done", "how much longer"])
def test_how_many_more(text):
    assert moves.asks_how_many_more(text)


@pytest.mark.parametrize("text, expected", [
    ("I'm really scared", True), ("honestly terrified it's something bad", True), ("my back is stiff", False),
])
def test_worry(text, expected):
    assert moves.worried(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("could this actually be cancer??", True), ("do you think the cancer has come back?", True),
    ("is it something serious?", True), ("could my pain be a tumour", True),
    ("is cancer a cause of back pain?", False), ("is it serious to take ibuprofen daily", False),
    ("can it wait till monday?", False),
    ("what if I've caused lasting damage to my spine?", True), ("will I end up in a wheelchair", True),
    ("what if I never get better", True), ("is long-term ibuprofen use harmful?", False),
    ("will it get better soon?", False), ("what causes damage to discs?", False),
    ("What if it's something really serious and nobody's found it yet?", True),
])
def test_a_fear_asked_as_a_question(text, expected):
    assert moves.fears_something_serious(text) is expected


@pytest.mark.parametrize("text", ["how do I reset my iPhone", "should I go to work with back pain?",
                                  "how long will it take to get better?"])
def test_everyday_questions_that_only_look_like_moves(text):
    assert not moves.asks_to_start_over(text) and not moves.asks_how_many_more(text)
    assert moves.getting_help_question(text) is None


@pytest.mark.parametrize("text, asks", [
    ("should i see a doctor, yes or no", True), ("I must go to doctor or not?", True),
    ("should I get it checked out or will it go on its own?", True), ("do I need to see a GP?", True),
    ("what does a GP do for back pain?", False), ("my GP said to rest", False),
    ("should I see a physio or a chiropractor?", False),  # a topic question: the sources answer it
])
def test_asking_whether_to_see_someone_is_what_the_triage_answers(text, asks):
    assert moves.asks_whether_to_see_someone(text) is asks


@pytest.mark.parametrize("text, declines", [
    ("dont want a plan", True), ("no thanks, I don't need an exercise plan", True), ("no plan please", True),
    ("can I have a plan?", False), ("show me my plan", False), ("I'd like an activity plan", False),
    ("No thanks, I'm fine for a plan", True),
])
def test_declining_the_plan_is_read_from_the_words(text, declines):
    assert moves.declines_plan(text) is declines


@pytest.mark.parametrize("text", ["when should I see a doctor?", "when should I go to hospital?",
                                  "how do I know if I should see a GP?"])
def test_asking_when_in_general_is_a_question_for_the_sources_not_the_triage(text):
    assert not moves.asks_whether_to_see_someone(text)


@pytest.mark.parametrize("text, asks", [("how many more qs? im in leeds if that matters", True),
                                        ("how many more of these are there? 😅", True),
                                        ("how many days have I had it?", False)])
def test_how_many_more_in_casual_words(text, asks):
    assert moves.asks_how_many_more(text) is asks


@pytest.mark.parametrize("text", ["So do I need to see anyone?", "do i need to see someone",
                                  "do I have to see a GP"])
def test_asking_whether_one_needs_to_see_anyone(text):
    assert moves.asks_whether_to_see_someone(text)


@pytest.mark.parametrize("text, kind, number", [
    ("911?", "number", "911"),
    ("do I call 999 then?", "number", "999"),
    ("should I ring 000", "number", "000"),
    ("we'll ring 111 now", "going", "111"),  # agreeing to go, not asking which number
    ("do I call 911 or just get someone to drive me in", "transport", "911"),  # both are answered
    ("I rang 111 last week and they said rest", None, None),  # told in passing
])
def test_a_number_asked_about_is_its_own_kind_of_question(text, kind, number):
    assert moves.getting_help_question(text) == kind
    assert moves.asks_about_number(text) == number


@pytest.mark.parametrize("text, question", [
    ("no. also can i still drive the forklift at work?", "can i still drive the forklift at work?"),
    ("nah all good. can I play 5 a side on sunday?", "can i play 5 a side on sunday?"),
    ("no btw should i get an mri", "should i get an mri"),
    ("lower back. is it ok to go to the gym", "is it ok to go to the gym"),
])
def test_a_question_after_an_answer_is_found(text, question):
    assert moves.side_question_after_answer(text) == question


@pytest.mark.parametrize("text", [
    "no", "no, is that bad?", "no. why do you ask?", "about 3 days. how many more questions?",
    "yes, when I cough it goes down my leg", "can i still drive?",
    # a statement with its subject left out, after a comma, is not a question
    "sore for a week, can't sit at my desk for long",
    "numb on one side, can barely feel the floor in that foot",
    "no, is just the back that hurts", "fine thanks, does the gardening most days without bother",
])
def test_an_answer_alone_or_a_question_about_the_question_is_not_a_side_question(text):
    assert moves.side_question_after_answer(text) is None


def test_a_side_question_keeps_the_statement_it_leans_on():
    text = ("No, my legs are not weak at all. I take lisinopril for my blood pressure. "
            "Is it all right to take Aleve?")
    assert moves.side_question_after_answer(text) == ("i take lisinopril for my blood pressure. "
                                                      "is it all right to take aleve?")


@pytest.mark.parametrize(("text", "question"), [
    ("Thank you. And the Aleve with my blood pressure tablet?", "the aleve with my blood pressure tablet?"),
    ("Brilliant, thank you. So I don't need to phone the doctor at all then? My sister will be raging",
     "so i don't need to phone the doctor at all then?"),
    ("thanks very much", None),
])
def test_the_question_asked_with_thanks_is_found(text, question):
    assert moves.question_in(text) == question


@pytest.mark.parametrize(("text", "leaving"), [
    ("Very well, I will ask my pharmacist. Good night, and thank you.", True),
    ("Ah no bother, thanks very much, you've been very helpful! Bye", True), ("no thats it ta", True),
    ("thanks, that helps", False),
])
def test_a_goodbye_is_recognised(text, leaving):
    assert moves.says_goodbye(text) == leaving


@pytest.mark.parametrize(("text", "kind"), [
    ("wife's got the ute till 5. that alright?", "later_today"),
    ("righto. tonight then, after 5.", "later_today"),
    ("an ambulance costs a fortune can my wife just drive me in the car", "transport"),
    ("it hurts after 5 minutes of walking", None),
])
def test_getting_help_later_today_and_lifts_asked_in_passing(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("which number should I call for the nurse advice line?", "which_number"),
    ("can u send me the healthline number again", "which_number"),
    # the number asked after saying where, or alone (answered with both lines when there is no outcome yet)
    ("I'm in Australia, what's the number?", "which_number"),
    ("ok what is the number", "which_number"),
    ("what number should we dial for an ambulance", "which_number"),
    ("what's the phone number for after hours", "gp_closed"),  # also a closed-surgery question
    ("how would I book a doctor's appointment that fast?", "where"),
    ("how quickly do I need to get seen", "where"),
    # a number that is not a phone number, and topics that are not about reaching help
    ("what number out of 10 is bad pain?", None),
    ("is 7 a high number on the pain scale", None),
    ("how do I make an appointment with the physio", None),
    ("how do I get a referral for an MRI", None),
])
def test_asking_how_to_reach_the_help_advised(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("text", ["Do I ring Healthline or just go to the after-hours clinic?",
                                  "go to the GP or ring the nurse line?"])
def test_a_choice_between_calling_and_going_asks_about_getting_help(text):
    assert moves.getting_help_question(text) == "where"


@pytest.mark.parametrize("text", ["I go to the gym or walk most days",
                                  "I called my mum or went to the shops"])
def test_calling_or_going_somewhere_else_asks_nothing(text):
    assert moves.getting_help_question(text) is None
