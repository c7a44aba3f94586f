"""Conversation moves: what a message does to the conversation rather than what it says about the back.

These are read from the words on every message (by the NLU component), because they matter most in the
states the intent classifier has seen least: after an outcome ("can I just wait till tomorrow?"), after
a crisis reply ("forget it, I'm fine"), or mid-triage ("how many more questions?"). Each function is a
plain reading of one move; the dialogue decides what to do with it in each state.
"""
from __future__ import annotations

import difflib
import re

from clinical import lexicon, parsing
from clinical.language import (
    NOT_THE_BACK,
    RELATIVE,
    describes_own_pain,
    find_mentions,
    looks_like_question,
    normalise,
    plainly_a_question,
)

# No way to get there, said as a statement or asked: "I can't drive", "no car", "how do I get there",
# "I need a taxi"
_NO_WAY_THERE = (r"\b(can('t| not)|unable to|shouldn't|should i) drive\b|"
                 r"\bno (car|lift|ride|transport|way to get)\b|"
                 r"\b(how|who) (do i|can i|will|should i) get (there|to (the )?(hospital|ed|a&e|er|emergency|"
                 r"urgent care|clinic|gp|doctor))\b|"
                 r"\b(need|needs|want|get|getting|call|calling|ring|book) (a |an |the )?"
                 r"(taxi|uber|bus|ambulance|lift)\b|"
                 # "wife's got the car", "nobody to drive me": no way there said without a question
                 r"\b(" + RELATIVE[1:-1] + r"|missus|he|she|they)"
                 r"('s|s| has| have)? (got|taken|took) the (car|ute|van|truck)\b|"
                 r"\b(no ?one|nobody|no-one) (to|who can|can|could) (drive|take|run) (me|us)\b|"
                 r"\b(don'?t|do not) (have|own) a (car|ute|vehicle)\b|\bhaven'?t got a (car|ute)\b")
# "Tidy. Ringing them now.", "ok, calling the GP now", "righto, heading in": on the way to the help
_CALLING_NOW = (r"^\W*((ok|okay|right|righto|tidy|cheers|ta|thanks|great|fine|sure|yep|yeah)\W+){0,3}"
                r"(ringing|calling|phoning|heading|driving) (them|it|now|in|there|to|over|down|up|"
                r"the (gp|doctor|surgery|practice|clinic|ambulance|hospital|nurse|physio|helpline)|"
                r"(healthline|healthdirect|nhs 111|111|999|911|000|112))\b")
# "Sweet as, I'll give the GP a bell", "will give them a ring now"
_GIVING_A_CALL = (r"\b(i'll|ill|i will|will|we'll|we will|gonna|going to)\s+give (the |my |our )?"
                  r"(gp|doctor|doc|surgery|practice|clinic|them|him|her|healthline|healthdirect|nurse line|"
                  r"nurse|111|999|911|000|ambulance|hospital|after.?hours|urgent care) a "
                  r"(bell|ring|call|buzz|tinkle)\b")
# Questions about getting the help an outcome asks for, by kind. After an emergency or urgent outcome each
# gets the outcome restated with concrete options, never "I don't have information".
_GETTING_HELP: dict[str, str] = {
    # ("while I wait for the physio, is acupuncture worth a go?" is no question about waiting)
    # ("wait, no, it started 2 weeks ago" leads into a correction)
    # ("no wait, I can only do mornings" corrects what was just said)
    "wait": r"\b((?<!while i )(?<!while we )(?<!^)(?<!^no )(?<!^no, )wait|"
            r"^wait(?!\W+(no|sorry|actually|hang on|"
            r"i (typed|put|meant|entered|wrote|pressed|clicked|said))\b)|"
            r"hold off|leave it|sleep on it|see how (it|i) go|"
            r"see if it (settles|goes|gets)|"
            r"(till|until|til|to) (tomorrow|the morning|monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|next week|after the weekend|the weekend)|tomorrow morning|in the morning|"
            r"ride it out|tough it out|settle (down )?by itself|go away (on its own|by itself)|"
            r"after (the |school |my |the kids'? )?(pick ?up|work|shift|school|dinner|lunch|meeting|kids)|"
            # a big day ahead ("I've got a big job tomorrow"), not one had ("a big day surfing yesterday")
            r"(got|have|has|'ve|'s) (a |such a )?(big|busy) (job|day|week)|(big|busy) (job|day|week) "
            r"(tomorrow|today|ahead|coming)|"
            # "can I go first thing?" (not "it's worst first thing": a time of the symptom)
            r"(go|ring|call|phone|book|see (them|someone|a doctor|the doctor|the gp)|wait|leave it)"
            r"( in)? first thing|first thing (tomorrow|in the morning|on monday|monday)|"
            # "how long will I be sat waiting in ED?"
            r"how long (will|would|do|might) (i|we) (be )?(sat |sitting )?(wait|waiting)|"
            r"(sat|sitting) waiting|"
            # "the earliest GP appointment is in three weeks, is that too long?"
            r"(appointment|appt|gp|doctor|physio|waiting list)[^.?!]{0,60}\b(is|isn'?t) (that|it|this) "
            r"too long|"
            r"too long to wait|"
            # "My daughter could drive me tomorrow afternoon. Would that do?": a later day offered as the plan
            r"(tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)\b[^?]{0,60}"
            r"\b(would|will|does|is) (that|it|this) "
            r"(do|be (ok|okay|alright|all right|fine|enough|too late)))\b",
    "gp_closed": r"\b(surgery|practice|gp|doctor'?s?|clinic|medical cent(re|er))('s)? "
                 r"(phone ?line|phones?|line)('s| is| was| are)? (\w+ )?(engaged|busy|ringing out)\b|"
                 r"\b(gp|doctor|doctors|surgery|practice|clinic|medical cent(re|er)|dr)('s)? (is |are |"
                 r"says (they'?re |they are )|said (they'?re |they were ))?"
                 r"(fully )?(closed|shut|not open|booked|booked up|full|no appointments?)\b|"
                 r"\b(surgery|practice|gp|doctors?|clinic|appointments?)\b[^.?!]{0,30}\bfully booked\b|"
                 r"\b(closed|shut) (today|now|"
                 r"till|until)\b|\bno appointments?\b|\bcan('t| not) get an? appointment\b|"
                 r"\b(after hours|out of hours|middle of the night)\b",
    "no_gp": r"\b(no|don't have an?|haven't got an?|not registered with an?|without an?) "
             r"(gp|doctor|family doctor|regular doctor)\b|\bnot (enrolled|registered)\b",
    "go_now": r"\b(go now|go in now|go straight|go (in )?tonight|really need to go|have to go|must i go|"
             r"should i go (in|now|tonight|today|straight|"
             r"to (the )?(hospital|a&e|ed|er|emergency|doctor|gp))|"
             r"do i (really |honestly |actually )?(need|have) to (go|call|ring)|"
             # "is A&E honestly necessary?", "is an ambulance really needed?"
             r"(is|isn'?t) (a&e|ed|er|the (hospital|ed|er|emergency department)|hospital|an ambulance|"
             r"(going|calling|ringing) (in|999|911|000|111|an ambulance)|that|it|this|all this) "
             r"(honestly |really |actually |truly |even |absolutely )?(necessary|needed|required))\b",
    "where": r"\bwhere (should|do|can|would) i (actually |even |then |now )?(go|be seen|get (help|seen))\b|"
             # "my question is where I would go to see a doctor here"
             r"\bwhere i (should|would|could|can|need to|ought to) (go|be seen|get (help|seen))\b|"
             # "where to go today itself, government hospital OPD or private clinic?"
             r"\bwhere to go (today|tonight|now|for (this|help|treatment|care))\b|"
             # "can I just ring Healthline instead of going in?": a line in place of being seen
             r"\b(ring|call|phone)\b[^.?!]{0,40}\binstead of (going (in|there|to (the |a )?"
             r"(doctor|gp|hospital|a&e|ed|er|urgent care|clinic|surgery))\b|going\W*$|getting seen|"
             r"being seen|seeing (a|the) (doctor|gp)|a doctor|the doctor|the gp|a&e|the hospital|"
             r"getting (a |an )?(gp |doctor'?s? |same.?day )?(appointment|appt))|"
             # "what do I say when they answer the phone?"
             r"\bwhat (do|should|shall) i (say|tell them) (when|to|if) (they|them|the (operator|call handler|"
             r"nurse|ambulance))\b|"
             r"\bwhere (can|could|should|do) i (see|get in to see|find) (a|an|the) (doctor|gp|nurse)\b|"
             r"\bwhich (hospital|clinic|place|ed|er|a&e|urgent care|after.?hours)\b|"
             r"\bwhere('s| is) the (nearest|closest)\b|"
             r"\b(should|do|can|could|shall) i (try|go|look) (somewhere else|someplace else|elsewhere|"
             r"another (gp|doctor|clinic|practice|surgery))\b|"
             r"\bwho (should|do) i (call|ring|see|contact|book (in )?with)\b|"
             r"\bwhere('s| is) (an? |the )?(urgent care|after.?hours|a&e|gp|clinic|doctor)\b|"
             r"\bhow (do |can |will )?i find (a|an) (gp|doctor|clinic|urgent care|after.?hours|walk.?in)\b|"
             # "how do I actually get a same-day appointment?", "is a physio fine instead of the GP?"
             r"\bhow (do|can|would|will) i (actually |even )?(get|book) (a|an|the) "
             r"(same.?day|urgent|emergency) appointment\b|"
             # "how do I get a same-day doctor on a Sunday?"
             r"\bhow (do|can|would|will) i (actually |even )?(get|find|see) (a|an|the) "
             r"(same.?day|urgent|after.?hours|weekend|sunday|saturday|out.of.hours) "
             r"(doctor|gp|nurse|clinic)\b|"
             # "best way to book the GP, online or ring them?", "how do I get in with my doctor this week?"
             r"\b(best|quickest|easiest) way to (book|see|get in with|get an appointment with) "
             r"(a |an |the |my )?(gp|doctor|practice|surgery|nurse)\b|"
             r"\bhow (do|can|would|should) i (book|get in with|get an appointment with) (a |an |the |my )?"
             r"(gp|doctor|practice|surgery)\b|"
             r"\b(physio|physiotherapist|pharmacist|chemist|nurse|chiro|osteo)\w* "
             r"(ok|okay|fine|alright|enough) instead of (a |an |the |my )?(gp|doctor)\b|"
             r"\b(book|see|go to|call|ring) (the |a |my )?(gp|doctor|physio)( first)? or (the |a |my )?"
             r"(gp|doctor|physio)\b|"
             r"\b(walk|go|turn up|rock up|show up) (in|into|straight into|straight to|at) (the |an? )?"
             r"(ed|emergency|a&e|er|hospital|urgent care)\b|\b(ring|call|phone) (them |ahead |)?first\b|"
             r"\bopen (on )?(a |the )?(sunday|saturday|weekend|public holiday)\b|"
             # "can I just see the pharmacist instead of a GP today?"
             r"\b(see|go to|ask) (the |a )?(pharmacist|pharmacy|chemist) (instead|rather)\b|"
             # "is urgent care ok or does it have to be my own doctor?"
             r"\bis (urgent care|an? (after.?hours|walk.?in|urgent care)( clinic)?|a&e|ed) "
             r"(ok|okay|alright|fine)\b|"
             r"\bdoes it (have|need) to be (my own|my|a|the) (doctor|gp|dr)\b|"
             # the way to reach the help advised: "how do I get a GP appointment that soon"
             r"\bhow (do|can|should|would) i (get|book|make) (an? |the )?(same.?day )?((gp|doctor'?s?) )?"
             r"(appointment|appt)\b(?! (with|at|for) (a |an |the |my )?(physio|physiotherapist|osteo|chiro))|"
             r"\bhow (soon|quickly) (should|do|must|would) i (need to )?(book|see|get seen|be seen|"
             r"get an appointment)\b|"
             # "what should I bring to the ED?", "how do I find a physio near me?", "over the phone or in
             # person?"
             r"\bwhat (should|do|shall) i (bring|take|pack)( with me)? (to|for) (the |a |an |my )?"
             r"(ed|er|a&e|hospital|emergency|appointment|gp|doctor|physio|urgent care)\b|"
             r"\bhow (do|can|would) i (find|get in with|get to see) (a|an|the) "
             r"(physio|physiotherapist|gp|doctor)\b|"
             # "how does one go about booking a physiotherapist?", "how do i see a doctor without my parents
             # finding out"
             r"\bhow (do|does|can|would|should) (i|one) (go about )?(book|booking|see|seeing) "
             r"(a |an |the |my )?(physio|physiotherapist|gp|doctor|nurse)\b(?!'?s\b)|"
             r"\b(over the phone|by phone|phone appointment|video call)\b[^.?!]{0,25}"
             r"\b(in person|face to face)\b|"
             # calling or going: "do I ring Healthline or just go to the after-hours clinic?"
             r"\b(ring|call|phone)\b[^.?!]{0,40}\bor (just |should i |do i )?"
             r"(go|head|turn up|drive|walk|rock up)\b|"
             r"\b(go|head) (to|in|into|down)\b[^.?!]{0,40}\bor (just |should i |do i )?(ring|call|phone)\b",
    # the number to call: "what number do I ring for the nurse line", "what's the number?" (not "what number
    # out of 10")
    "which_number": r"\b(what|which)('s| is)? (the |that |their )?((phone|contact|emergency) )?number "
                    r"(do|should|can|would|shall) (i|we) (ring|call|phone|dial|use)\b|"
                    r"\b(phone|contact) number\b|"
                    r"(^|[,.;:!?-])\W*(and |so |ok |okay )?(what|which)('s| is) (the|that|your|their) "
                    r"(phone )?number\b|"
                    r"\bnumber (for|of) (the |a |an |my )?(nurse|health ?line|help ?line|after.?hours|gp|"
                    r"doctor|surgery|practice|clinic|urgent care|ambulance|hospital|a&e|physio|emergenc)|"
                    r"\b(nurse|health|help) ?line('s)? (phone )?number\b|"
                    # "I'm on a small island with no ambulance, who do I actually ring right now" (set 77)
                    r"\bwho (do|should|can|would|shall) (i|we) (actually |even |then )?"
                    r"(ring|call|phone|contact)\b"
                    r"(?! (to|for) (a|an) (chat|person|human))|"
                    # "im on the ship in the middle of the ocean, how do i get the emergency help you said"
                    # (set 78: out of scope, after an emergency)
                    r"\bhow (do|can|would|should|will) (i|we) (get|reach|call|contact|find) "
                    r"(the |that |this |any |some )?(emergency |urgent |medical )?"
                    r"(help|ambulance|doctor|care|services?)\b",
    # ("it twinges when I twist, otherwise it's fine" tells how the back is)
    "minimise": r"(?<!otherwise )(?<!other than that )(?<!apart from that )"
                r"\b(probably|prob|likely|maybe|surely|must be|it's|it is|its) (just|only|nothing|fine)\b"
                # ("nothing in my legs, it's just the back": where the pain is, persona run 36)
                r"(?! (the|my|in|on|down|across) (\w+ )?(back|side|spine|bottom|middle|left|right|top|lower|"
                r"low|one side)\b)|"
                r"\bjust (the|a) (flu|cold|bug|virus|pulled muscle|strain|sprain)\b|\boverreact\w*\b|"
                r"\bnot that (bad|serious)\b|\bprobably nothing\b|\bwasting (their|your|"
                r"the doctor'?s?) time\b|"
                r"\bmaking a fuss\b|\bdon't want to (bother|be a bother|waste)\b|\bnowt\b|"
                r"\b(she'll|it'll|i'll) be (right|fine|ok|okay)\b|\bnothing serious\b",
    "going": r"^\W*((ok|okay|right|righto|alright|all right|cool|great|thanks|cheers|ta|tidy|sweet|yeah|yep|"
             r"yes|ugh|fine|sure|very well|no worries)"
             r"\W+){0,3}"
             r"(i'll|ill|i will|i shall|i'm going to|i am going to|i'm gonna|will|we'll|we will|we shall|"
             r"we're going to|we are going to|we're gonna)\s+(try (and|to)\s+)?"
             r"(ring|call|phone|go|head|get|drive|book|see about|arrange|sort out|make an appointment)\b|"
             # "Tidy. Ringing them now.", "righto, heading in"
             + _CALLING_NOW + "|" + _GIVING_A_CALL,
    # later the same day: fine for `urgent` (a doctor today), not for an emergency
    "later_today": r"\b(tonight|this (evening|afternoon|arvo)|later (on )?today|"
                   r"(till|until|til|after) ([1-9]|1[0-2]|three|four|five|six|seven|eight)( ?(pm|o'?clock))?"
                   r"(?!\s*(days?|weeks?|hours?|hrs?|minutes?|mins?|months?|years?|times?|kg|kilos?|km|miles?|"
                   r"steps?|out of|/|%)))\b",
    # (a vehicle named alone counts only in a question: see getting_help_question)
    "transport": _NO_WAY_THERE + r"|\b(taxi|uber|bus|ambulance|lift there|drive myself|get a lift)\b|"
                 # "can I drive the ute in myself or does the missus need to drive?"
                 r"\bdrive (\w+ ){1,3}myself\b|"
                 r"\b(missus|wife|husband|partner|son|daughter|mate|someone|somebody|anyone) "
                 r"(need|needs|have|has|should|could|can|will|would|better)( to)? drive\b|"
                 r"\b(drives?|takes?|runs?|give|gives) (me|us|him|her) (in|there|to|a lift|or not|down|up)\b|"
                 r"\b(drive|take) (me|us)\W*$|"
                 # "my daughter could drive me tomorrow afternoon"
                 r"\b(could|can|will|would|'ll|might) (drive|take|bring|run) (me|us) "
                 r"(in|there|to|tomorrow|tonight|later|this|after|when|first thing)\b",
    "cost": r"\b(cost|costs|costing|price|pay|paying|fee|fees|afford|expensive|insurance|insured|medicare|"
            r"free|a fortune|an arm and a leg|money|how much (is|does|will|would|do|money|\$))\b",
}
_WHEN_TO_BE_ACTIVE = re.compile(r"\b(exercises?|stretch(es|ing)?|walks?|walking|swim(s|ming)?|gym|workouts?|"
                                r"routine|plan|suits? me|works? (best )?for me|"
                                # "yeah ok, I'll give that a go after work"
                                r"give (that|it|them|those|this) a (go|try|crack|bash)|"
                                r"(try|do) (that|it|them|those|this) after|"
                                # "send it through, I'll read it tonight after dinner": the plan read later
                                r"(read|look (at|over)|go (through|over)) "
                                r"(it|that|this|them|those|the plan))\b")
# "much better thanks, only a bit stiff now" reports progress (plan_report), no worry played down, unless it
# plays the sign down as well ("feeling much better, it's probably nothing")
_PLAYED_DOWN = re.compile(r"\b(probably|prob|likely|maybe|surely|must be|nothing|fine|flu|cold|bug|virus|"
                          r"overreact\w*|fuss|bother|waste|wasting|nowt|be (right|ok|okay|fine))\b")
_GETTING_HELP_RE = {kind: re.compile(pattern) for kind, pattern in _GETTING_HELP.items()}

# "can I reset my answer", "can we restart that question": one answer corrected, not the conversation
_NOT_ONE_ANSWER = r"(?!\s+(my|that|the|this|an|one) (answer|question|one|bit))"
_START_OVER = re.compile(r"^\W*(re-?start|reset)(\W+(please|pls|plz|now|thanks))?\W*$|"
                         # "restart, I was answering for my wife by mistake": the request, then why
                         r"^\W*(re-?start|reset)(\W+(please|pls|plz|now))?\s*[,:;.!-]|"
                         # ("RESTART THE WHOLE THING I MESSED IT UP": set 77)
                         r"\b(re-?start (the |this )?(whole thing|whole lot|chat|conversation|questions)|"

                         r"reset (the |this |my )?(chat|conversation|answers|everything)|"
                         r"start (again|over|afresh|fresh|from (the beginning|scratch))|"
                         r"begin (again|over|fresh|afresh)|(again )?from zero|"
                         # "wipe my answers and begin the questionnaire afresh"
                         r"(wipe|clear|delete|erase) (all )?my answers|"
                         r"(begin|start) (the |this )?(questionnaire|questions|chat|conversation) "
                         r"(again|over|afresh|fresh|from scratch)|"
                         r"from (the top|scratch|the start)|"
                         r"new (chat|conversation|start)|"
                         r"clear (everything|it all|the chat|all)|wipe (it|that|everything|all that|"
                         r"the lot)|"
                         # "let's scrap this conversation and redo it", "take me back to the very first
                         # question"
                         r"(scrap|bin|ditch) (this|the) (conversation|chat|lot)|"
                         r"(scrap|bin|ditch) all (that|this)|"
                         r"\b(let'?s|can we|can you|could we|please|and) go back to the (very )?"
                         r"(beginning|start)\b|"
                         r"take me back to (the (very )?first|that) question|"
                         r"forget everything|redo (it all|the whole|everything|the questions)|"
                         # ("right back to square one" after a setback is a flare, not a request)
                         r"(go|start|take (it|me|us)|can we go|let'?s go) (back )?(to |from )square one|"
                         r"(can we|let's|lets|can i) go again|try (that |it )?again from|"
                         r"(can we|could we|let's|lets|can i|i want to|i'd like to) go back to the (very )?"
                         r"(beginning|start)|"
                         r"(can we|let's|lets|can i) go from the (beginning|start|top)(?! of)|"
                         # "can we restart i put the wrong answers in", "scrap that, go back to the beginning"
                         r"^\W*(can|could) (we|i|you) (please )?(re-?start|reset)" + _NOT_ONE_ANSWER + "|"
                         r"^\W*((scrap|bin|ditch|forget|cancel) (that|this|it|all that)\W+)?(please )?"
                         r"go back to the (very )?(beginning|start)\W*$)\b")
# "forget everything I said, new conversation": starting again, not a correction
_NEW_CONVERSATION = re.compile(r"\bnew (chat|conversation|start)\W*$|^\W*forget everything( i said)?\W*$|"
                               # "... my grandson was distracting me. Can we start again from the top?"
                               r"(^|[.!?]\s+)((can|could) (we|i|you) (please )?)?(start|begin) "
                               r"(again|over|afresh)( from (the top|the start|the beginning|scratch))?"
                               r"( please)?\W*$")
# A plain request to start again, first in the message: it wins over the reason given after it
_STARTS_WITH_START_OVER = re.compile(r"^\W*((can|could) (we|i|you) (please )?|please |let'?s |lets )?"
                                     # ("scrap all that and begin again, I gave wrong answers", set 75)
                                     r"((scrap|bin|ditch|forget) (all )?(that|this|it) and )?"
                                     r"(re-?start|reset|start (again|over)|begin (again|over)|"
                                     r"(scrap|bin|ditch) (this|the) (conversation|chat))\b" + _NOT_ONE_ANSWER)
# ("no, it's fine" answers a question: "no" or "nah" leads in only to forgetting it)
_NOT_FOR_ME = (r"(exercises?|stretch(es|ing)?|yoga|pilates|the gym|breathing( exercises| stuff)?|"
               r"relaxation( stuff)?|walks|walking( plan)?|mindfulness|meditation)")  # turned down by name
_WHAT_WAS_OFFERED = (r"(the |that |this |your )?(\w+ )?(advice|plan|exercises?|stretch(es|ing)?|tips|"
                     r"suggestions?|stuff)")  # ("forget the mindfulness stuff, it's not for me")
_DISMISSAL = (r"(forget (it|that|i said (that|anything)|(that |what )?i (asked|said)|"
              + _WHAT_WAS_OFFERED + r")|"
              r"skip it|never ?mind|"
              # "don't bother with the walking plan", "I knew all that" (and "that's useless" below)
              r"(don'?t|do not) bother( with " + _WHAT_WAS_OFFERED + r")?|"
              r"i knew (all (of )?(that|this|it)|(that|this|it|all that) already)|"
              r"nvm|ignore (that|me|it|this)( last)?( bit| message| one| question)?|doesn'?t matter|"
              r"it'?s (fine|ok|okay|nothing)|"
              r"i'?m (fine|ok|okay|alright|all right|good)( now| really| honestly)?|"
              r"(i'll|i will|she'll|it'll) be (right|fine|ok|okay|alright|all right)|"
              r"i('m| am) not (going to|gonna) do anything|i didn'?t mean (it|that)|"
              # ("no worries" alone: "No worries. I'll get the boss to ring. Ta." thanks and says what next,
              # persona run 37)
              r"i was (just )?(joking|kidding)|all good|no worries(?=\W*$)|don'?t worry( about it)?|"
              r"leave it|i'?ll (just )?(deal with|sort|manage) (it|this) (myself|on my own)|"
              # "not right now, I'll do this later"
              r"(i'?ll|i will|we'?ll) (do|finish|come back to|carry on with|continue) (this|it|that) later|"
              r"maybe later|later maybe|(another|some other) time|"
              # "dont want to answer that, move on", "nah not interested in exercises"
              r"((i )?(don'?t|do not) want to|(i'?d )?rather not) (answer|say)( that| this| it)?"
              r"( one| question)?|"
              r"move on|(that'?s|that is|this is|that was) ((useless|pointless|rubbish)|"
              r"(no|of no|not much) use( to me)?(?=\W*$))|"
              # "pass on that one, next"; "exercises aren't my thing"
              r"pass( on (that|this)( one| question| bit)?)?|next|"
              r"(" + _NOT_FOR_ME + r"|that|this) (isn'?t|aren'?t|is not|are not) (really )?my thing|"
              r"skip (that|this)( one| question| bit| part)?|next question|"
              # "I'm not interested in the breathing stuff", "walking plan not needed"
              r"((i'?m|i am) )?not (really )?interested( in (that|this|any of (that|this|it|them)|"
              r"(the |that |those |these |your |any )?"
              r"(\w+ )?(" + _NOT_FOR_ME + r"|plan|stuff|bit|part|advice|tips)|a plan|the plan|that stuff))?|"
              # (only with nothing told after it: "the plan is not needed now, I'm loads better" reports)
              + _WHAT_WAS_OFFERED + r" (is |are )?not (needed|necessary|wanted|required)"
              r"(?=\W*($|(lah|la|thanks|thank you|skip|next)\b))|"
              # "I'm not doing them stretches" (not "not doing the stretches, they hurt", which reports)
              r"((i'?m|i am) )?not (doing|doin|gonna do|going to do) "
              r"(the |them |those |these |that |any |your )?(\w+ )?" + _NOT_FOR_ME
              + r"(?=\W*($|(next|thanks|thank you|mate)\b|"
              r"(they'?re|they are|it'?s|that'?s) (pointless|useless|rubbish|boring|a waste))))\b"
              r"(\s+(then|now|really|for now|for the moment|for today|lah|la|leh|lor|mate|bro))?")
# one to three of them in a row, with or without a comma ("forget it I'm fine")
_DISMISS = re.compile(r"^\W*((ok|okay|whatever|eh|meh|sorry|oh|ah|ag|ugh|urgh|argh|pfft|aiya|aiyah|aiyoh|"
                      r"just|actually|haddaway|get away|yeah(?=\W+nah))\W+){0,3}"
                      r"((nah|no|na)\W+(?=forget|never|nvm|ignore|leave it|i'll be|she'll be|it'll be|"
                      r"(i'?m |i am )?not (really )?interested|(i'?m |i am )?not (doing|doin)|"
                      r"don'?t worry|dont worry|all good|skip|pass|maybe later|" + _NOT_FOR_ME + r"))?"
                      r"((not (right )?now|not today|busy)\W+(?=i'?ll|i will|we'?ll|maybe later|another time|"
                      r"some other time))?"
                      rf"{_DISMISSAL}(\W+{_DISMISSAL}){{0,2}}"
                      r"(?=\W*$|\s*[,.!;:])")
_NUMBERS = (r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_A_NUMBER = f"({_NUMBERS})"
_CORRECTION = re.compile(r"\b("
                         # after the outcome, a reason it gave disputed: "hang on, i never had a fever"
                         # ("hang on mate i never lost any weight. said i wish i had")
                         r"(?<=^)\W*(?:hang on|hold on|hold up|whoa|eh|um+|erm?)\W+"
                         r"(?:(?:mate|love|bot|dear|sorry|bro|lol)\W+)?i'?(?:ve| have)? "
                         r"(?:never|didn'?t|did not|haven'?t|have not) "
                         r"(?:had|have|got|said|told you|mention\w*|lost|felt|noticed)\b"
                         r"(?![^.?!]*\b(?:before|in my life)\b)|"
                         # ("like i said it just crept on" restates an answer; "I said I slept fine" corrects)
                         # ("when I said I wanted to get back to the forge" tells a story)
                         r"(?<!like )(?<!as )(?<!when )i said|(?<!like )(?<!as )i told you|i did ?n[o']t say|"
                         # "I didn't mean I'm losing weight for no reason" (not "I didn't mean to lift it")
                         r"i did ?n[o']t mean(?! to\b)|"
                         # "I have not lost any weight, I only said I could lose some"
                         r"i only said|all i said was|"
                         r"\bnot [^.?!]{0,30}\b(like|as) i (said|told you|put|typed)\b|"
                         r"i never said|that'?s (wrong|not right|not true|incorrect|not what i said|"
                         r"not quite right|not correct|not quite correct)|"
                         # ("the summary says I denied weight loss, cancer and steroid use")
                         r"\bsays i denied\b|\bi (denied|deny) (having|any|all)\b|"
                         r"(you|u) (got|have) (it|that) wrong|not what i (said|meant)|"
                         # ("what was I meant to do today?" is a question; "I meant to say no" corrects)
                         r"(?<!was )(?<!am )(?<!are )i meant"
                         r"(?! to (?!say|put|type|press|click|tap|answer|write)\w)"
                         # ("i meant can i still do class?", persona run 36: the question put again)
                         r"(?!,? ((can|could|should|shall|is|am|do|will|would|may) (i|it|we)|how|what|when|"
                         r"whether|if)\b)"
                         # ("Sorry love, I meant the hamper packing on Saturday, not the tablets. Should I
                         # skip it?", persona run 36): the thing asked about, put again
                         r"(?!,? (the|that|my question|to ask|about)\b[^?]*\?)|"
                         r"i made a mistake|i got (it|that) wrong|"
                         # "Sorry, I think I have confused you. The pain is not stopping me working ... I only
                         # meant I can't take time off" (persona run 31)
                         r"i (think i |must )?(have |'ve |ve )?confused you|"
                         r"(you'?ve |you have |u )?misunderstood( me| what i)|i only meant(?! to\b)|"
                         r"what i meant was|"
                         # "sorry not 3 weeks, 3 days"
                         r"^\W*(sorry|oops|no|wait)?\W*not \d+ (days?|weeks?|months?|years?|mins?|"
                         r"minutes?)\W+(it'?s |its )?\d+ (days?|weeks?|months?|years?|mins?|minutes?)\b|"
                         # "wait no, it started after the gym, not after the gardening"
                         r"^\W*(wait|hang on|oops|sorry|oh)\W+(no|nope|actually)\b(?=[^?]*,\s*not\b)|"
                         # "I told wrong, it's the left side" (second-language English)
                         r"i (told|said|wrote|typed) (you )?(it |that )?wrong\b|"
                         r"i (typed|put|entered|wrote) [^.?!]{0,20}\bbut (i'?m|i am|it'?s|it is)\b|"
                         # "oops typed 75 for my age, Im 57"; "more like a 4 than a 7. Please change that."
                         r"^\W*(oops|whoops|oh no|my bad|my mistake)\W+(i )?(typed|put|entered|wrote|said)\b|"
                         r"\bplease (change|fix|correct|update) (that|it|my answer)\b|"
                         # "Actually change my pain score from 8 to 4"
                         r"\b(change|update|correct|fix) my (pain score|score|answer|age|rating|number)"
                         r"( to| from)\b|"
                         # "I'm 47, I typed 74 by mistake"
                         r"i (typed|entered|wrote|pressed|clicked|tapped|put|ticked|selected) (in )?"
                         r"(yes|no|y|n|that|it|the wrong \w+|\d[\d.,]*( \w+)?|[\"'][^\"']{1,20}[\"']) "
                         r"(by mistake|by accident|accidentally)|"
                         r"i answered (that |"
                         r"it )?wrong|"
                         r"wrong answers?|correction|let me correct|(can|could) i (change|correct) (my|an|"
                         r"that|the)|"
                         r"i want to change (my|an|that|the)|i misread|i clicked the wrong|pressed the wrong|"
                         r"hit the wrong|typo|you changed the wrong( thing| one)?|scratch that|"
                         # "no wait, it started on Monday": the person corrects what they just said
                         # (not "no wait, should I wait until Monday?", which asks about waiting)
                         r"^\W*no,? wait\b(?!\W+(for|till|until|a (sec|second|minute|moment|bit))\b)"
                         r"(?![^?]*\bwait)|"
                         r"strike that|(oops|whoops|sorry|oh|my bad|no)\W+(the |that'?s the )?wrong "
                         r"(side|leg|one)|"
                         # English learned later: "I made mistake", "I answered yes but I mean no"
                         r"i made (a )?mistake|i mean (no|yes)|i answered (yes|no) but|change my answer|"
                         # "oops i pressed yes but meant no"; "it started tuesday not monday my bad"
                         r"(pressed|clicked|tapped|hit|chose|picked|put|typed|said) (yes|no) but (i )?"
                         r"(meant|mean)|"
                         r"\b(started|began|begun|went|happened) (on )?(a )?"
                         r"(mon|tues|wednes|thurs|fri|satur|sun)day,? "
                         r"not (on )?(a )?(mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                         r"(before|earlier) i (say|said|told you|answered)|i (say|said|told you) before|"
                         r"actually[^.?!]{0,30}\b\d+( \w+)?,? not \d+|"
                         # "I pressed yes by mistake", "got the numbers backwards"
                         r"\b(pressed|clicked|hit|tapped|said|put|answered) (yes|no) by (mistake|accident)\b|"
                         r"\b(numbers?|digits) (backwards|the wrong way (round|around))\b|"
                         # "I put 45 for my age but I'm actually 54"
                         r"\bi (put|typed|wrote|entered|said|gave) \d+\b[^.?!]{0,40}\b(actually|really)\b|"
                         # "i put 8 out of 10 before but honestly it's more like a 5" (set 79)
                         r"\bi (put|typed|wrote|entered|said|gave) \d+\b[^?]{0,40}\b(but|though|tho)\b"
                         r"[^?]{0,30}\b(more like|closer to|nearer|really|actually) (a |an )?\d+\b|"
                         # "i put 7. hang on. its more like a 4 really"
                         r"\bi (put|typed|wrote|entered|said|gave) \d+\b[^?]{0,40}\b(hang on|hold on|wait|"
                         r"actually)\b[^?]{0,30}\b(more like|closer to|nearer) (a |an )?\d+\b|"
                         r"\b(it'?s|its|it is) (my |the )?(left|right)( side| leg| one)?,? not "
                         r"(my |the )?(left|right)\b|"
                         # "2 weeks ago not 2 days", "three months, not three weeks", "15 minutes, not 30"
                         r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
                         r"(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)( ago| now| already)?"
                         r",? not "
                         r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)|"
                         # "it's not 7 days, it's been 3 days", "not two months exactly. Is eight weeks"
                         r"\bnot (about |like )?" + _A_NUMBER + r" (days?|weeks?|months?|years?)( exactly)?\b"
                         r"[^?!]{0,25}\b(it'?s|its|it is|is|been|more like|closer to|nearer)\s+"
                         r"(about |like |nearly |almost |more like )?" + _A_NUMBER + r"\b|"
                         r"(my )?(thumbs?|fingers?) slipped|fat.?finger\w*|fat thumbs?|mistyped|misstyped|"
                         # "Oops, 45 not 54"; "I pressed yes on the fever question by mistake"
                         r"^\W*(oops|whoops|sorry|oh|my bad|wait)\W+\d+,? not \d+\b|"
                         # "I don't say I have this" (English learned later)
                         r"\bi (don'?t|do not|not) say (i have|i has|i got|that|this|it)\b|"
                         r"\b(pressed|clicked|hit|tapped|chose|picked|put|ticked) (yes|no)\b[^.?!]{0,30}"
                         r"\bby (mistake|accident)\b|"
                         # "I'm 48 not 84": the right value beside the wrong one
                         r"(i'?m|i am|it'?s|it is|it was) \d+,? not \d+|"
                         # "that should be fifty not fifteen", "the voice thing got it wrong"
                         r"should (be|have been|say|have said)"
                         r"(?= " + _A_NUMBER + r",? not " + _A_NUMBER + r")|"
                         r"(voice|dictation|speech to text|voice to text|talk to text|auto ?correct|"
                         r"predictive text)( thing| thingy| app| typing)? "
                         r"(got (it |that )?wrong|changed (it|that)|messed (it|that) up|misheard))\b")
# Words that lead into a correction and say nothing themselves ("hang on, I said no fever")
# ("nah hang on, thinking about it its more like an hour": the "nah" starts a correction, answers nothing)
_LEAD_IN = re.compile(r"^\W*((nah|no|nope)\W+(?=hang on|hold on|wait)|"
                      r"(hang on|hold on|wait|whoa|woah|um+|er+|eh|huh|hmm+|oi|sorry|excuse me)\b\W*)+")
# Softer words that revise an answer given as a fact ("actually closer to 3 weeks, lost track"): enough to
# replace that fact, but not to make the message a request to correct something.
_REVISION = re.compile(r"\b(actually|lost track|my mistake|my bad|oops|whoops|more like|i mean|"
                       r"(i'?ve |i have |i )?(muddled|mixed) (that|it|this|them)( up)?|"
                       r"got (that|it) mixed up|"
                       # "And it's not 1 day love, I hurt it Wednesday night so 5 days now"
                       r"(it's|its|it is|it was|that's|thats|that is) not (about |like |around |just )?"
                       r"(" + _NUMBERS + r"|an?) (days?|weeks?|wks?|months?|years?|yrs?))\b")
_HOW_MANY_MORE = re.compile(r"\b(how many (more )?(questions?|qs|q's|more|of these|to go|left)|"
                            r"how far (through|along|in) (am i|are we)|"
                            r"many more (questions|qs)|questions (still )?to go|"
                            r"how much (more |longer )?(is )?(left|to go)|how many (more )?steps( left)?|"
                            r"(almost|nearly) finish\b|how long (this|it) will take|"
                            r"how (much )?(longer|long (is|will) this)|"
                            r"(are|r) we (nearly |almost )?(done|finished|there)|(nearly|almost) (done|"
                            r"finished|there)(?=\s*\?)|"
                            r"(nearly|almost) (done|finished|through)( with)? "
                            r"(the|these|your|all the|all these) (questions|qs)\b|"
                            r"how long (does|will) this take|so many questions|too many questions|"
                            # "still more questions? how long this takes?"
                            r"(still|even) more questions(?=\s*\?)|"
                            r"(lot|lots) of questions|"
                            # "is this the last question?" (read as "is this that question?": a question named
                            # by its place is "that question" once normalised), "how long does this bit take?"
                            r"((is|was) (this|that|it) the last (question|one|q)|"
                            r"(is|was) (this|it) that question)(?=\s*(\?|$))|last question(?=\s*\?)|"
                            # "is this the last question or are there loads more", "how far through this are
                            # we, about halfway?"
                            r"(is|was) (this|it|that) (the last|that) question or\b|"
                            r"are there (loads|lots|many) more\b|"
                            r"how far (through|along|into|in) (this|these|it|the questions) (am i|are we)|"
                            r"how long (does|will|is) (this|the|it) (bit|part|stuff|section)"
                            r"( take| go on| last)?|"
                            r"any more questions( to go| left)?(?=\s*\?))\b")
_WORRY = re.compile(r"\b(scared|frightened|terrified|afraid|worried|worrying|anxious|panick?ing|freaking out|"
                    r"stressing (out|about|over|that|it'?s)|(very much|so|really|very) tensed|"
                    r"petrified|nervous|fear|dread|(very|so|really|too much|am|i'm|i am|i do) worry|"
                    # "I keep thinking it might be my kidneys. Is that silly?"; "what if nobody believes me?"
                    r"i keep thinking (it'?s|it is|it might be|it could be|it must be|i'?ve got|i have)|"
                    r"can'?t stop (thinking|worrying)|(is that|am i being) (silly|paranoid|stupid)|"
                    r"what if (nobody|no one|they don'?t|the doctors? (don'?t|won'?t))\b[^.?!]{0,40}"
                    r"\b(believes?|listens?|takes? me seriously))\b")
# "could this actually be cancer??", "has the cancer come back?": a fear asked as a question
_FEARS_SERIOUS = re.compile(
    r"\b(could|can|might|may|is|does|would)\s+(this|it|that|my pain|the pain|(my )?back pain)\s+"
    r"(actually\s+|really\s+|just\s+)?"
    r"(be\s+|mean\s+)?(cancer|a tumou?r|tumou?rs?|something serious|serious|something bad|something sinister|"
    r"sinister|the cancer)\b(?!\s+(to|if|when)\b)|"
    r"\b(the|my) cancer (has )?(come|coming|came) back\b|\bam i dying\b|"
    # "So you're saying it isn't cancer? Can you promise me that?" (persona run 35: answered as a question
    # about the assistant)
    r"\b(it|this|that) (isn'?t|is not|is n't|ain'?t|'?s not|'?s n't) (cancer|a tumou?r|something serious|"
    r"serious)\b(?=[^.!]*\?)|\b(promise|swear|guarantee) (me )?(it|this|that|it'?s|its|this is) (is )?"
    r"(not|isn'?t|n'?t)\b|"
    # "sorry. one more time. so I'm not dying?", "am I going to die from this?"
    r"\b(i'?m|i am) not dying\b(?=[^.!]*\?)|\b(am i|will i|could i) (going to |gonna )?die\b|"
    r"\b(is|will|could) (this|it) (going to |gonna )?kill me\b(?=[^.!]*\?)|"
    r"\bmean (it'?s|its|it is|i have|i'?ve got) (cancer|a tumou?r|something serious)\b|"
    # "Please I am worried this waist pain is something serious inside me" (set 78: sleep and stress advice)
    r"\b(worried|scared|afraid|terrified|frightened|concerned|anxious|fear)\b( that)? (this|it|my|the) "
    r"(\w+ ){0,3}(is|could be|might be|may be|'s) (something (serious|bad|sinister|nasty)|cancer|"
    r"a tumou?r)\b|"
    # "does being sent to a doctor today mean it's something bad?"
    r"\bmean (that )?(it'?s|its|it is|i have|i'?ve got|there'?s|there is|something'?s|something is) "
    r"(something |anything )?((really|very|seriously) )?(bad|serious|wrong|sinister|nasty)\b|"
    # "Are you telling me it's something nasty?", "are you saying it is cancer?"
    r"\bare you (telling me|saying|trying to tell me)( that)? (it'?s|its|it is|i have|i'?ve got|there'?s) "
    r"(something )?((really|very|seriously) )?(bad|serious|wrong|sinister|nasty|cancer|a tumou?r)\b|"
    # "Do you think it's cancer?", "is it cancer?", "So you don't think it's cancer?", "Can you tell me if
    # it's cancer?" (persona run 31)
    r"\b(do you think|you think|d'?you think|is|(do|does) ?(not|n'?t) think|tell me if|tell me whether) "
    r"(it'?s|its|it is|this is|it|i have|i'?ve got) "
    r"(cancer|a tumou?r|something serious|something bad|something sinister)\b(?=[^.!]*\?)|"
    # "do you think it could be cancer?": the subject first
    r"\b(this|it|that|my pain|the pain)\s+(could|might|may|would)\s+(actually\s+|really\s+)?(be|mean)\s+"
    r"(cancer|a tumou?r|something serious|something bad|something sinister)\b(?!\s+(to|if|when)\b)|"
    # "what if I've wrecked it for good?": a fear of lasting harm, asked as a question
    r"\b(permanent|lasting|irreversible) (damage|harm|injury)\b|"
    r"\bdone (something|some) (permanent|lasting|serious)\b|"
    r"\bwhat if (it'?s|its|it is|this is) (something )?((really|very|quite) )?"
    r"(serious|cancer|bad|sinister|worse)\b|"
    r"\bwhat if (this|this (back )?pain|it) is something (big|major|serious|bad|sinister)\b|"
    # "I'm stressing it's something serious"
    r"\b(stressing|worried|worry|scared|afraid|terrified|tensed?) (that )?(it'?s|its|it is|this is) "
    r"something (serious|bad|big|major|sinister)\b|"
    r"\b(they'?re|theyre|they are|doctors?|he'?s|she'?s) (missing|missed|going to miss) (it|something)\b|"
    r"\b(wrecked|ruined|damaged|broken|done in) (it|my back|my spine|something) for good\b|"
    r"\b(never|not ever) (going to |gonna )?(get|gets|be) (better|right|normal|the same)( again)?\b|"
    # "im worried this pain is never going to go away"
    r"\b((never|not ever) (going to|gonna)|will never|won'?t ever) go away\b(?!,? if\b)|"
    r"\bnever (comes?|came) right\b|"
    # "what if I can never pick my kids up again?"
    r"\bwhat if (i|i'll|i will) (can never|can't ever|cannot ever|never|won't ever|won't be able to|can't) "
    r"(pick|lift|carry|hold|walk|run|play|ride|dance|work|bend|move|surf|swim|train|climb)\b[^.?!]{0,30}"
    r"\bagain\b|"
    r"\bend up (in a wheelchair|paralysed|paralyzed|crippled|disabled)\b|"
    # a fear for one's livelihood: "what if I end up not being able to work again"
    r"\bnot (being )?able to work( again| ever again)?\b|\bnever (be )?(able to )?work again\b|"
    r"\bwhat if i (can'?t|cannot|can not) work\b|\bwhat if i (lose|lost) my (job|work|income|business)\b|"
    r"\bwhat if i (never|can'?t|don'?t) (get|go|make it) back to (work|my job)\b|"
    # "scared I won't be able to play again this season"
    r"\b(won'?t|will not|never) be able to (work|play|run|walk|train|ride|surf|dance|lift|compete)"
    r"( \w+){0,2}( again| ever again)\b")
_HUMAN_ON_CHAT = re.compile(r"\b(on (this|the) (chat|line)|in (this|the) chat|real person|actual person|"
                            r"human|live (agent|person|chat)|someone real|a person)\b")


# A question unmarked by "?": a verb first, then who or what it asks about ("can I", "is it"; not "can't",
# "can barely stand", "is not worse", "does the crossword")
# ("Can't the wife just drive me in. Ambos take forever out here": asked, with no question mark)
# ("... its getting worse not better. what can i take for it": persona run 31, the question dropped)
_ASKS = re.compile(r"^\W*((how|who)\b|"
                   r"(what|which|where|when) (can|could|should|shall|do|would) (i|we|you|u)\b|"
                   # ("I just want to know if I am doing the right things and how to stop it happening again")
                   r"i (just |really )?(want|wanted|would like|'d like|need) to know "
                   r"(if|whether|how|what|when)\b|"
                   r"(do|does|should|shall|can|could|would|will|is|am|are|can'?t|couldn'?t|"
                   r"won'?t|wouldn'?t)\s+"
                   r"(i|you|u|we|it|this|that|there|he|she|they|my|me|these|those|someone|somebody|anyone|"
                   r"anything|people|(the|my) (" + RELATIVE[1:-1] + r"|missus))\b)")


# A question asked after something else, unmarked: "an ambulance costs a fortune can my wife just drive me"
_ASKS_IN_PASSING = re.compile(r"\b(can|could|should|may|is it ok(ay)? (if|for)|is it alright (if|for)) "
                              r"(my|i|we|someone|somebody|a friend|he|she|they|the (" + RELATIVE[1:-1]
                              + r"|missus))\b")


_WHILE_GETTING_HELP = re.compile(
    r"\b((can|could|should|may) i (have|take|use|try|put|do)|am i allowed|(is it )?ok(ay)? (to|if i) "
    r"(have|take))\b[^.?!]{0,40}\b(while|till|until|before)\b|"
    r"\b(anything|something|what) (can |could |should )?i (can |could |should )?do\b[^.?!]{0,30}"
    r"\b(ease|help|relieve|settle)\b")


_WAITING_KINDS = ("wait", "later_today", "transport", "gp_closed", "where")
_SELF_CARE_TONIGHT = re.compile(r"\b(heat|ice|hot water bottle|heat pack|ice pack|wheat bag|bath|cold pack|"
                                r"stretch(es|ing)?|pillow|mattress)\b")
_ABOUT_IT = re.compile(r"\b(it|leave|ok|okay|fine|enough|alright|all right|too late)\b")
_SAYS_GOING = re.compile(r"\b(heading|going|off|on my way|booked|seeing|got an appointment|appointment is|"
                         # "cheers, I'll get into the GP this arvo" (not "I'll see how it goes")
                         r"(i|we)('ll| will) (get (in|into|to|seen)|go|ring|call|phone|book|head|"
                         r"see (the|a|my|them|someone|somebody|him|her|doctor|gp)))\b")
# Where help is got today, without an appointment
_SEEN_TODAY = r"(hospital|ed|a&e|er|emergency|emergency department|after ?hours|urgent care)"
# Going for help, said in so many words (never a question)
_GOING_IN_WORDS = re.compile(
    r"\b(the )?" + _SEEN_TODAY + r" it is\b|"
    r"\b(is|are|'s|'re) (driving|taking|running|bringing) (me|us) (in|there|now|down|to (the )?("
    + _SEEN_TODAY + r"|clinic))\b|"
    r"\b(ringin|ringing|calling|phoning) (111|999|911|000|112|an ambulance|the ambulance)( now)?\b|"
    r"\b(off|heading|going|on (my|our) way) (in )?to (the )?" + _SEEN_TODAY + r"( now)?\b")
_WAITING_WORDS = re.compile(r"\b(hold off|leave it|ride it out|tough it out|see how|see if|settle|"
                            r"sleep on it|put it off|until|till|til)\b")
_WAIT_AND_SEE = re.compile(r"\b(wait and see|see how (it|things) go(es)?|see what happens)\b")
_TODAY = re.compile(r"\b(today|this (afternoon|arvo|morning|evening)|tonight|right now|now|right away|"
                    r"straight away|asap)\b")
_GOING_LATER = re.compile(r"\b(i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|we'll|"
                          r"we will|i am|i'm|im) (go|going|head|heading|see|seeing|get|ring|call|phone|give|"
                          r"book)( in| to| into)? "
                          r"(the |my |a )?(" + _SEEN_TODAY + r"|doctor|gp|in)\b[^.?!]{0,30}\b"
                          r"(tomorrow|in the morning|next week|on (monday|tuesday|wednesday|thursday|friday|"
                          r"saturday|sunday)|after the weekend)\b")
# ... unless it is denied or put off ("I'm not going to the hospital", "going to ED tomorrow")
_NOT_GOING_NOW = re.compile(r"\b(not|never|won'?t|don'?t|isn'?t|refuse|no way|tomorrow|later|morning|next|"
                            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|after|if|unless|when)\b")
_A_PLACE_OF_CARE = re.compile(r"\b(doctors?|gp|surgery|practice|clinic|hospital|a&e|er|ed|emergency|"
                              r"urgent care|after ?hours|medical cent(re|er)|physio|nurse|healthline|"
                              r"ambulance|appointment|doc|healthdirect|111|999|911|000|112)\b")
_GOING_ELSEWHERE = re.compile(r"\b(off|heading|going|head|go) (to|down to|out to|over to|up to|round to|for) "
                              r"(the |a |my |our )?\w+")
_TAKEN_THERE = re.compile(r"\b(run|take|drive|drop|ferry|bring) (me|us) (down |over |up |in |into |round )?"
                          r"(to )?|\b(give|giving) (me|us) a (lift|ride)\b")
_GETTING_SEEN = re.compile(r"\b(wait|waiting|see|seen|go|going|appointment|doctor|gp|call|ring|phone|"
                           r"hospital|a&e|er|ed|clinic)\b")


# "back is agony, is later today ok", "pain's awful, tonight ok": asking whether later will do
_IS_LATER_OK = re.compile(r"(^|[,.;!]\s*)(is|would|will|can|could)\b[^.,;]{0,20}\b(tonight|today|"
                          r"this evening|later|arvo|this afternoon|tomorrow)\b|"
                          r"\b(tonight|today|this evening|later|arvo|this afternoon|tomorrow)\b[^.,;]{0,12}"
                          r"\b(ok|okay|alright|all right|fine|soon enough|enough|too late)\b")
_HOW_THE_BACK_IS = re.compile(r"\b(back|stiff|stiffer|sore|sorer|pain|painful|ache|aching|achy|hurts?|"
                              r"hurting|held up|holding up|tight|flared|flaring|flare)\b")


_MONEY_NOT_CARE = re.compile(r"\b(afford (the |to take )?(time off|to (lose|stop|be off|not work))|mortgage|"
                             r"rent|bills|lose my (job|income)|losing my (job|income))\b")


# ... unless care is named with it ("I can't afford to go to hospital, I have a mortgage")
_CARE = re.compile(r"\b(hospital|doctor|dr|gp|a&e|ed|er|emergency|physio\w*|ambulance|clinic|appointment|"
                   r"scan|mri|x-?ray|treatment|nurse|surgery|specialist|go in|see (someone|anyone)|"
                   r"urgent care|walk.?in|co-?pay|after.?hours|go today|go now|go tonight)\b")


# "me Deaf. phone no.", "I'm mute", "I don't have a phone": no voice call can be made, so the numbers alone
# are no way to help ("my mum is deaf" is someone else; "no phone calls at work" is a rule, not an inability)
_CANNOT_CALL = re.compile(
    r"\b(i'm|i am|im|me|i'm profoundly|i am profoundly|we're|we are)\s+"
    r"(deaf|hard of hearing|mute|non.?verbal|non.?speaking)\b|"
    r"\bso am i\b[^.?!]{0,20}\bcan't (make|use) (a |the )?(phone|call)|"
    r"\b(can't|cannot|unable to|not able to) (use|make|do|manage) (a |the )?(phone|voice)( ?calls?)?\b|"
    r"\b(can't|cannot|unable to|not able to) (make|do) (phone |voice )?calls\b|"
    r"\b(can't|cannot|unable to|not able to) (hear|speak|talk) (on|over) (a |the )?phone\b|"
    r"\bcan't phone\b|\b(don't|do not) (have|own) (a |any )?phone\b|\bwithout (a )?phon(e|ing)\b")


def getting_help_question(text: str) -> str | None:
    """The kind of question about getting help ("wait", "go_now", "gp_closed", "no_gp", "where",
    "which_number", "minimise", "going", "number", "transport", "cost", "cannot_phone"), or None. "It's
    probably just the
    flu" counts although it is no question: after an escalation it is the moment to stand firm."""
    t = normalise(text or "")
    if _CANNOT_CALL.search(t):
        return "cannot_phone"
    if _GOING_LATER.search(t):
        return "wait"  # "I'll go to the hospital tomorrow", "I will see my GP on Monday": put off
    if "?" not in t and _GOING_IN_WORDS.search(t) and not _NOT_GOING_NOW.search(t):
        return "going"  # "righto. hospital it is then. cheers", "the missus is driving me in now"
    if ("?" not in t and _SAYS_GOING.search(t) and _TODAY.search(t) and _A_PLACE_OF_CARE.search(t)
            and not _NOT_GOING_NOW.search(t) and not _WAIT_AND_SEE.search(t)):
        # "Very well. I'll ring the doctor this afternoon and the kiln will have to wait." (persona run 36:
        # told not to leave it): going today, and something else waits
        return "going"
    for kind, pattern in _GETTING_HELP_RE.items():
        if not pattern.search(t):
            continue
        # "is there a phone number where a real person picks up?": asks for a person
        if kind in ("which_number", "number") and _HUMAN_ON_CHAT.search(t):
            continue
        # "cheers, that's me done for tonight": a goodbye, not a question about going tonight
        if kind == "later_today" and says_goodbye(text):
            continue
        # money words count only in a question or a worry about paying ("will it cost anything?")
        if kind == "cost" and not (looks_like_question(text) or "?" in t or _ASKS_IN_PASSING.search(t)
                                   or re.search(r"\b(afford|pay|costs?|a fortune|an arm and a leg)\b", t)):
            continue
        # "I can't afford the time off", "a mortgage and two kids": a worry about work and money, not about
        # paying for care
        if (kind == "cost" and _MONEY_NOT_CARE.search(t) and not _CARE.search(t)
                and not looks_like_question(text)):
            continue
        if kind == "go_now" and not looks_like_question(text):
            continue
        # "what time does the tide turn at piha beach tomorrow morning" (set 79): a time, and nothing of
        # waiting, the back or getting help
        if kind == "wait" and re.match(r"^\W*(what|when|where|how|which|who)\b", t) and not (
                _GETTING_SEEN.search(t) or _WAITING_WORDS.search(t) or _A_PLACE_OF_CARE.search(t)
                or _ABOUT_IT.search(t) or re.search(r"\b(back|pain|this|that|sore|ache)\b", t)):
            continue
        # "evenings after dinner suit me best for the exercises": when to do the plan, not when to get help
        if kind in ("wait", "later_today") and _WHEN_TO_BE_ACTIVE.search(t) and not looks_like_question(text):
            continue
        if (kind == "minimise" and plan_report(text) == "report_progress" and not _PLAYED_DOWN.search(t)
                and not looks_like_question(text)):
            continue
        # "can I have a panadol while I wait for the ambulance?", "anything I can do at home tonight to ease
        # it?": a question about a medicine or self-care, whatever the wait
        if kind in _WAITING_KINDS and _WHILE_GETTING_HELP.search(t):
            continue
        # "so heat or ice for tonight": self-care for tonight, with no waiting, going or calling in it
        if kind == "later_today" and _SELF_CARE_TONIGHT.search(t) and not _GETTING_SEEN.search(t):
            continue
        # "a good film for tonight?": asks about tonight, but nothing about getting help ("righto. tonight
        # then, after 5." after an outcome is an answer about going)
        if (kind == "later_today" and looks_like_question(text)
                and not (_GETTING_SEEN.search(t) or _ABOUT_IT.search(t))):
            continue
        # "back held up fine, bit stiff tonight": how the back is tonight, no word of getting seen
        # ("Did a half day ..." starts like a question but has no question mark)
        if (kind == "later_today" and "?" not in text and _HOW_THE_BACK_IS.search(t)
                and not _GETTING_SEEN.search(t) and not _IS_LATER_OK.search(t)):
            continue
        # "thanks heaps, heading to the doctor this afternoon": going, said ("off to the bowls club this
        # afternoon" is no going for help)
        if kind == "later_today" and not looks_like_question(text) and _SAYS_GOING.search(t):
            if not _A_PLACE_OF_CARE.search(t) and _GOING_ELSEWHERE.search(t):
                continue
            return "going"
        # "Thanks, I'll get my daughter to run me down to the after hours clinic now": going, said
        if (kind in ("gp_closed", "where") and not looks_like_question(text)
                and not _ASKS_IN_PASSING.search(t) and _TAKEN_THERE.search(t) and _A_PLACE_OF_CARE.search(t)):
            return "going"
        # a bus, a taxi or an ambulance said in passing ("when I sit long in the bus, my bottom goes numb") is
        # no question about getting there; "I can't drive", "no car" are
        if (kind == "transport" and "?" not in text and not _ASKS.match(t) and not _ASKS_IN_PASSING.search(t)
                and not re.search(_NO_WAY_THERE, t)):
            continue
        return kind
    return "number" if asks_about_number(text) else None


def says_calling_for_help(text: str | None) -> bool:
    """"Tidy. Ringing them now.": the person is on the way to the help, whatever the classifier guessed."""
    return bool(re.search(_CALLING_NOW, normalise(text or "")))


def speaks_of_the_way_there(text: str | None) -> bool:
    """"can I drive myself or not?", "my daughter could drive me tomorrow": how to get to the help, said
    beside another question (of waiting, say)."""
    return bool(_GETTING_HELP_RE["transport"].search(normalise(text or "")))


_EMERGENCY_STYLE_NUMBER = re.compile(r"\b(911|999|000|111|112)\b")
_SHORT_NUMBER_QUESTION = 12  # characters: "911?", "999 then"
# Numbers said in words: "thought it was triple zero", "nine one one"
_SPOKEN_NUMBERS = tuple((re.compile(pattern), digits) for pattern, digits in (
    (r"\b(triple|treble) (zero|0|oh)\b|\bzero zero zero\b|\b0 0 0\b", "000"),
    (r"\b(triple|treble) (nine|9)\b|\bnine nine nine\b|\b9 9 9\b", "999"),
    (r"\bnine one one\b|\b9 1 1\b", "911"),
    (r"\b(triple|treble) (one|1)\b|\bone one one\b|\b1 1 1\b", "111"),
    (r"\bone one two\b|\b1 1 2\b", "112"),
))


def _in_digits(text: str) -> str:
    for pattern, digits in _SPOKEN_NUMBERS:
        text = pattern.sub(digits, text)
    return text


def numbers_named(text: str | None) -> list[str]:
    """Every emergency-style number in the message, in order ("a 999 job or do I phone 111?")."""
    return list(dict.fromkeys(_EMERGENCY_STYLE_NUMBER.findall(_in_digits(normalise(text or "")))))


def asks_about_number(text: str | None) -> str | None:
    """The emergency-style number a message asks about ("911?", "do I call 999 then?", "111? thought it was
    triple zero"), if any: asked, alone, or with a call ("I rang 111 last week" is neither)."""
    t = _in_digits(normalise(text or ""))
    found = _EMERGENCY_STYLE_NUMBER.search(t)
    if found and (looks_like_question(text or "") or len(t) <= _SHORT_NUMBER_QUESTION
                  or re.search(_EMERGENCY_STYLE_NUMBER.pattern + r"\s*\?|\bthought it was\b", t)
                  or re.search(r"\b(call|ring|phone|dial)(ing|in)?\b", t)):
        return found.group(1)
    return None


def _says(pattern: re.Pattern[str], text: str | None) -> bool:
    return bool(pattern.search(normalise(text or "")))


# "Can I see the whole plan from the start": a request to see something, not to clear the conversation
_SEE_FROM_THE_START = re.compile(r"\b(see|show|read|view|look at|go through|send|give)\b[^.?!]{0,30}"
                                 r"\b(plan|list|advice|steps|exercises|summary|answers)\b[^.?!]{0,15}"
                                 r"\bfrom (the top|the start|the beginning|scratch)\b")


# "send the plan through again please, I want to print it out", "show me my exercise list from earlier again"
_PLAN_AGAIN = re.compile(r"^\W*((please |pls )?(can|could|would) you |please |pls )?"
                         r"(re-?send|send|show|display|give|share|post)( me)? "
                         r"(the |my |that |your )?(activity |exercise |walking )?(plan|list|exercises|"
                         r"exercise list|routine|schedule|programme|program)\b[^.?!]{0,25}"
                         r"\b(again|once more|one more time)\b|"
                         # "plan again pls, I want to screenshot it"
                         r"^\W*(the |my )?(activity |exercise |walking )?plan again\b")


def asks_to_see_the_plan_again(text: str) -> bool:
    return _says(_PLAN_AGAIN, text)


def asks_plainly_to_start_over(text: str) -> bool:
    """"Can we restart, I put the wrong answers in": the request leads, whatever reason follows ("forget
    everything I said, new conversation" ends with it)."""
    return _says(_STARTS_WITH_START_OVER, text) or _says(_NEW_CONVERSATION, text)


# "When may I start again?", "can I start running again next week?": when to take up an activity again
_START_AN_ACTIVITY_AGAIN = re.compile(r"\bwhen (can|may|could|should|do|will|shall|might) (i|we) "
                                      r"(\w+ )?(start|begin) (again|over)\b|"
                                      r"\b(start|begin) (\w+ing|training|work|back|it|them) again\b")


def asks_to_start_over(text: str) -> bool:
    """A plain request to clear the conversation ("start again"), not an answer that says "start", nor a
    question about starting an activity again ("when may I start again?")."""
    return (_says(_START_OVER, text) and not _says(_SEE_FROM_THE_START, text)
            and not _says(_START_AN_ACTIVITY_AGAIN, text) and not _says(_SOMETHING_ELSE_STARTS_AGAIN, text))


# "the grandkids' swim lessons start again next week": something else starting again, not the conversation
_SOMETHING_ELSE_STARTS_AGAIN = re.compile(
    r"\b(lessons?|class(es)?|school|term|season|training|practice|games?|shifts?|work|rehearsals?|footy|"
    r"netball|rugby|swimming|kids|uni|college|semester|they|it) (start|starts|begin|begins) "
    r"(again|back|over)\b")


# "Delete my data" (actions/privacy.py asks first): deleting, erasing or removing the person's data, details
# or conversation, either way round, or being forgotten. Not "don't delete", and not a question about what
# is kept ("do you store my data?").
_DATA_WORDS = r"(data|info|information|details|conversation|chat|records?|history|messages|everything)"
_DELETE_VERB = r"(delete|erase|remove|wipe|destroy|get rid of)"
_DELETE_DATA = re.compile(
    rf"\b{_DELETE_VERB}\b[^.?!]{{0,25}}\b(my|our|this|the|all|everything)\b[^.?!]{{0,20}}\b{_DATA_WORDS}\b|"
    rf"\b{_DELETE_VERB}\b[^.?!]{{0,15}}\beverything\b[^.?!]{{0,10}}"
    r"\b(about me|you know|you have|i (told|said))\b|"
    rf"\b(my|our) (personal )?{_DATA_WORDS}\b[^.?!]{{0,20}}\b(deleted|erased|removed|wiped)\b|"
    r"\bforget (everything|all) (i|i've|i have) (told|said to|given) you\b|\bforget (about )?me\b|"
    r"\bright to be forgotten\b")
_NOT_DELETE = re.compile(r"\b(don'?t|do not|never|not|no need to)\b[^.?!]{0,10}"
                         r"\b(delete|erase|remove|wipe|forget)\b|"
                         r"^\W*(do|does|how long|what|why|where|are|is)\b")


def asks_to_delete_data(text: str) -> bool:
    """A request to delete the person's data ("erase my conversation", "forget everything I told you")."""
    return _says(_DELETE_DATA, text) and not _says(_NOT_DELETE, text)


_THANKS = re.compile(r"\b(thank you|thankyou|tank you|tank u|thanks?|thnx|thx|thanx|ty|ta|cheers|"
                     r"much appreciated|chur|"
                     # in te reo, Samoan, Spanish, Hindi and Urdu, Tagalog, Afrikaans, Mandarin, Tongan
                     # (persona run 36), Fijian, Vietnamese
                     r"ng[aā] mihi|fa'?afetai|gracias|dhanyavaad|shukriya|salamat|dankie|xie ?xie|"
                     r"m[aā]l[oō]( ['ʻ]?aupito)?|vinaka( vakalevu)?|c[aả]m [oơ]n)\b")


# thanks in other words ("Hi again, much obliged", "Morning, that advice really helped")
_PRAISE = re.compile(r"\b(help\w*|appreciat\w*|grateful|obliged|lifesaver|brilliant|lovely|sorted|great|"
                     r"perfect|exactly|useful|advice|cheers)\b")
_GREETING = re.compile(r"^\W*(hi|hiya|hello|hey+|good (morning|afternoon|evening|day)|g'?day|"
                       r"morning|evening|greetings|howzit|"  # (South African "howzit": set 80)
                       + "|".join(map(re.escape, lexicon.GREETINGS_FROM_OTHER_LANGUAGES)) + r")\b")
ONLY_A_GREETING = 30  # characters: "Assalamu alaikum 🙏"
_AFTER_A_GREETING = {"", "there", "all", "everyone", "team", "please", "mate", "bro", "hi", "hello", "again"}


# a greeting with a word about the chat itself or where it is typed ("good evening, first time using one of
# these", "g'day, typing this from a campsite"), and nothing of the back
_ABOUT_THE_CHAT = re.compile(
    r"^\W*((mate|there|all|folks|good day( to you)?)\W+)?(this is )?(my )?(first time (using|on|with|trying) "
    r"(this|one of these|a (chat)?bot|the (chat|app|site))|"
    r"never used (this|one of these|a (chat)?bot)( before)?|new to (this|these|chatbots?|bots?)|"
    # "found this through a link on a health website", "my physio suggested I give it a go"
    r"(i )?found (this|you) (through|via|on|from|online)|thought i'?d say (hi|hello)|"
    r"(my )?(physio|physiotherapist|gp|doctor|nurse|trainer|coach|friend|mate) (suggested|recommended|"
    r"told me (to try|about)|sent me (here|the link)|gave me the link)|"
    r"(typing|writing|messaging) (this |you )?from ((a|the|my) )?(?!(a|the|my|floor|bed|hospital|ambulance|"
    r"a&e|bathroom|toilet|ward)\b)[a-z]+( room| site| yard| shed)?|"
    r"i (write|am writing|'m writing|type) (with|using) (the |a )?(help of (the |a )?)?"
    r"(translator|translation app|google translate))\b"
    r"(?![^.!?]*\b(can'?t|cannot|couldn'?t|floor|stuck)\b)")
ONLY_A_GREETING_AND_PREAMBLE = 110  # characters


def only_greets(text: str) -> bool:
    """"👋", "Assalamu alaikum": a greeting and nothing more ("hello, legs funny" says more)."""
    t = normalise(text or "").strip(" .!?,")
    greeting = _GREETING.match(t)
    rest = set(re.findall(r"[a-z']+", t[greeting.end():])) if greeting else {"-"}
    if greeting and len(t) <= ONLY_A_GREETING_AND_PREAMBLE and _ABOUT_THE_CHAT.match(t[greeting.end():]):
        return not describes_own_pain(t) and not find_mentions(t) and not tells_of_the_pain(t)
    return bool(greeting) and len(t) <= ONLY_A_GREETING and rest <= _AFTER_A_GREETING


# "how's she cuttin?", "howzit": how are you, as a greeting, and nothing more
_HOW_ARE_YOU = re.compile(r"^\W*((well|so|oi|hey|hi|hiya|ok|right)\W+)?"
                          r"(how'?s (she|it|things|life|yourself) (cuttin'?g?|goin'?g?|hangin'?g?)|"
                          r"how (are|r) (ya|you|u|ye)( doing| going| keeping)?|"
                          r"howzit|how'?s tricks|wagwan|what'?s (up|the craic)|sup)\W*$")


def asks_how_one_is(text: str) -> bool:
    """"How's she cuttin?": a greeting that asks after the assistant, and nothing more."""
    return _says(_HOW_ARE_YOU, text)


# "hiya bot hows your day going? mines been flat out at the warehouse": a greeting that asks after the
# assistant, with small talk after it
_ASKS_AFTER_THE_ASSISTANT = re.compile(r"\b(how'?s|how is|how are|how r) (your|ya|you|u)( day| week| "
                                       r"morning| afternoon| evening| night| shift)?( going| been| doing)?\b|"
                                       r"\bhow'?s things\b|\bhow are things\b")


def greets_with_small_talk(text: str) -> bool:
    """A greeting that asks after the assistant and tells nothing of the back or the body."""
    return (_says(_GREETING, text) and _says(_ASKS_AFTER_THE_ASSISTANT, text)
            and tells_nothing_of_the_body(text))


def greets_without_thanks(text: str) -> bool:
    """"Good evening, I hope this is the right place": a greeting (not thanks, whatever "I hope" sounds
    like to the classifier)."""
    return _says(_GREETING, text) and not _says(_THANKS, text) and not _says(_PRAISE, text)


# ("I'm based in Brisbane but travelling in Bali at the moment": where they are now is another question)
_ELSEWHERE_FOR_NOW = re.compile(r"\b(travel\w*|visiting|holiday|at the moment|right now|which|what)\b")
# "my son set this up from Sydney, but I'm the one using it and I live in Christchurch"
_WHERE_ONE_LIVES = re.compile(r"\b(i live|i'?m living|i am living|i'?m based|i am based)\b")


def says_where_one_lives(text: str) -> bool:
    """Where one lives, told at some length, with no number (an age or a score is an answer too)."""
    return (_says(_WHERE_ONE_LIVES, text) and not re.search(r"\d", text or "")
            and not _says(_HOW_THE_BACK_IS, text) and not _says(_ELSEWHERE_FOR_NOW, text))


# "I'm in Perth, so can you give me the Australian numbers instead", "please use the US numbers"
_LOCAL_NUMBERS_ASKED = re.compile(r"\b(give|use|show|send|switch|change|put|want|need)\b[^.?!]{0,30}"
                                  r"\b(numbers|phone numbers|helplines?|help lines?|emergency number)\b|"
                                  r"\b(won'?t|doesn'?t|does not|will not|wouldn'?t) work (for me|here)\b|"
                                  # "is that the number here? we're in Cork", "does 111 work in Ireland?"
                                  r"\b(is|are) (that|this|it|those|these|\d{3,}) (the |a )?"
                                  r"(right |same |correct )?(numbers?|lines?) (here|for here|in|for)\b|"
                                  r"\b(does|do|will|would) (that|this|it|those|these|\d{3,})( number)? "
                                  r"work (here|in|for)\b|"
                                  # "I'm based in Manchester, UK, if that changes which helpline you tell me
                                  # about"
                                  r"\bif (that|it|this) changes (which|what|the) (helpline|number|numbers|"
                                  r"lines?|advice line)\b|"
                                  # "we're in Christchurch NZ ... if that helps with the phone numbers"
                                  r"\bif (that|it|this) helps (with )?(the |your )?(phone )?(numbers?|"
                                  r"helplines?|lines)\b|"
                                  # "please update the country", "can you switch it over to NZ?"
                                  r"\b(update|change|switch|set)\b[^.?!]{0,25}\b(country|region|location)\b|"
                                  r"\bswitch (it |this |that |me )?(over )?to (nz|new zealand|the uk|uk|"
                                  r"the us|us|usa|america|australia|oz|aus|england|scotland|wales|ireland)\b")


def asks_for_local_numbers(text: str) -> bool:
    """Asks for the numbers of where the person is (said beside the place, which the caller checks)."""
    return (_says(_LOCAL_NUMBERS_ASKED, text)
            and not _says(_HOW_THE_BACK_IS, NOT_THE_BACK.sub(" ", normalise(text or ""))))


def thanks(text: str) -> bool:
    """"ok thnx", "cheers", "ta": thanks, in any spelling."""
    return _says(_THANKS, text)


_ACKNOWLEDGING = re.compile(r"\b(ok|okay|k|kk|whatever|fine|fair enough|meh|great|cool|sweet|awesome|"
                            r"brilliant|lovely|perfect|good|alright|"
                            r"all right|right|got it|will do|noted|understood|sounds good|fab|nice|wonderful|"
                            r"so much|very much|a lot|heaps|again|mate|so|bot|legend|champ|you rock|"
                            # "ty bot ur the best"
                            r"(you'?re|you are|your|ur|u r|youre) (the best|a star|a legend|awesome|amazing|"
                            r"great|a lifesaver))\b")


def only_thanks(text: str) -> bool:
    """Thanks with nothing else but an acknowledgement ("ok thx", "great, cheers mate"): no question, no
    news about the pain, no plan ("thanks, I'll see my GP next week" after an urgent outcome is answered
    as a plan to wait)."""
    t = normalise(text or "")
    if not _THANKS.search(t) or looks_like_question(text or "") or "?" in t:
        return False
    rest = _ACKNOWLEDGING.sub(" ", _THANKS.sub(" ", t))
    rest = re.sub(r"[^a-z' ]+", " ", rest).strip()
    rest = re.sub(r"\s+", " ", rest)
    return not rest


_GOODBYE = re.compile(r"\b(bye|goodbye|bye bye|good ?night|cheerio|see (ya|you)|ta ta|ttyl|catch you later|"
                      r"tofa( soifua)?|ka kite( ano)?( ano)?|haere ra|hei konei ra|noho ora mai|"
                      # Zulu and Xhosa, Afrikaans, Spanish, Hindi and Urdu
                      r"hamba (kahle|kakuhle)|sala (kahle|kakuhle)|totsiens|adios|hasta luego|alvida|"
                      r"khuda hafiz|"
                      r"signing off|ta ?ra|night night|hooroo|"
                      # a letter's sign-off ("Thank you for the help. Kind regards.")
                      r"(kind|best|warm|warmest) regards|regards(?! (to|for|from)\b)|"
                      r"best wishes|all the best|yours (sincerely|truly)|"
                      r"take care(?! (of|with|when|not|to)\b)|"
                      # "that's me done for tonight", "I'm off to bed"
                      r"that'?s me (done|off)( for (tonight|today|now|the night|the day))?|"
                      r"(i'?m|im) off to bed|"
                      # "I will go to the orthopedics clinic this week. Have a good day."
                      r"have a (good|nice|great|lovely|good rest of your|nice rest of your) (day|one|evening|"
                      r"night|weekend|afternoon|morning)|"
                      # (a whole sentence, or after a bare no or ok: not "Gareth does the lifting where he
                      # can, that's all", the end of an answer, persona run 38: a goodbye, and no outcome)
                      r"(?:^|[.!?]\s*|^\W*(?:no|nah|nope|ok|okay|yes|yep|yeah)\W+)"
                      r"(that'?s|that is|that) (all|it|everything)( for now)?"
                      r"(?=\W*(ta|thanks?|cheers)?\W*$))")


# The difflib ratio of two normalised questions that ask the same: "will I be right to play saturday? its a
# semi final" and "sorry, dumb question, but will I be right for saturday? its a semi" (0.64)
SAME_QUESTION = 0.6


def asks_the_same(question: str, earlier: str) -> bool:
    """The same question asked again while it waits for its answer (answered once, not twice)."""
    return difflib.SequenceMatcher(None, normalise(question), normalise(earlier)).ratio() >= SAME_QUESTION


def says_goodbye(text: str) -> bool:
    """"Good night, and thank you", "no thats it ta": the person is leaving."""
    return _says(_GOODBYE, text)


# Ways of leaving that name no goodbye ("gotta go", "I'll leave it there", "talk soon", "I'm logging off")
_LEAVING = re.compile(r"(^|[.!,;]|\bnvm\b|\bsorry\b)\W*((ok|okay|alright|right|well)\W+)?"
                      r"(cya|see ya|laters?|later|night|nighty night|"
                      r"farewell|catch (ya|you)|(talk|speak|chat) (soon|later|to you later)|"
                      r"(i )?(have to|gotta|got to|need to|must) (go|run|dash)( now)?|"
                      r"i'?m (off|going|logging off|heading off)( now)?|i'?ll (go|be off|head off)( now)?|"
                      r"(i'?ll|let'?s) leave it (there|at that)|cheers then)\W*$|"
                      r"\b(gotta (go|run|dash)|(have|got) to (run|dash)|have to go now|"
                      r"gtg|g2g|ttyl)\W*$")  # ("ok thx. shes awake gtg": persona run 37)


def says_leaving(text: str) -> bool:
    """A goodbye in words ("bye", "ta ra", "gotta go", "talk soon"), as opposed to the classifier's guess
    alone (it took "exhausted", the answer to how someone feels, for a goodbye: vignette set 3)."""
    return says_goodbye(text) or ends_with_goodbye(text) or bool(_LEAVING.search(normalise(text or "")))


# Words of the pain or of what it stops: a message with them tells how the back is, whatever else it does
_PAIN_OR_FUNCTION = re.compile(r"\b((my|the|sore|bad|lower|upper) back|back('s| is| pain| hurts)|spine|pain|"
                               r"painful|sore|hurt\w*|ache\w*|aching|agony|sciatica|backache\w*|back-ache|"
                               r"stiff\w*|spasms?|worse|flare\w*|numb\w*|tingl\w*|weak\w*|barely|hardly|"
                               r"kill(s|ing)|too much|can'?t (move|bend|walk|sit|lift|sleep|work|"
                               r"stand (up|for|long|straight))|"
                               r"\d+ ?(/|out of) ?10)\b")


def tells_of_the_pain(text: str) -> bool:
    return _says(_PAIN_OR_FUNCTION, text)


# Words of the body, of symptoms or of what the person cannot do: a message with none of them tells nothing
# of the pain ("G'day mate, first time using one of these chat things, just knocked off a shift")
_BODY_OR_SYMPTOM = re.compile(
    r"\b(backs?|backache\w*|bak|lumbago|lumbar|lbp|spine|spinal|discs?|sciatic\w*|crick|catch\w*|twang|locks?|locked|"
    r"achy|aches?|soar|ouch|ow+|murder|rotten|rusty|discomfort|side|sides|twist\w*|sharp|dull|jolt|pangs?|"
    r"waterworks|privates|down there|"
    r"tight\w*|knot\w*|seiz\w*|fibro\w*|nerves?|"
    r"leg|legs|foot|feet|knees?|hips?|bum|butt|buttocks?|groin|thighs?|neck|shoulders?|arms?|hands?|belly|"
    r"stomach|tummy|chest|bladder|bowels?|wee|pee|poo|toilet|fever\w*|temp|temperature|shiver\w*|fall|fell|"
    r"fallen|injur\w*|crash\w*|accident|weight|cancer|steroids?|chemo|sick|unwell|ill|symptoms?|twinge\w*|"
    r"tweak\w*|pulled|strain\w*|sprain\w*|cramp\w*|throb\w*|shoot\w*|stab\w*|burn\w*|tender|swollen|"
    r"swelling|lump|bruis\w*|body|bed|move|moving|walk\w*|bend\w*|lift\w*|can'?t|cannot|unable|struggl\w*)\b")


def tells_nothing_of_the_body(text: str) -> bool:
    """No word of the pain, the body, a symptom or what the person cannot do: a greeting with small talk,
    a plain no that goes on about the day, thanks with where the person is going."""
    return not (tells_of_the_pain(text) or _says(_BODY_OR_SYMPTOM, text))


def ends_with_goodbye(text: str) -> bool:
    """"Right, I'm off to get ready for work. Bye for now, I'll check back later in the week.": the last
    sentence takes leave, and nothing of the pain is told ("Pain's 8/10 today. Bye" is told first)."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", normalise(text or "").strip()) if re.search(r"\w", s)]
    if (sentences and _LETTER_SIGN_OFF.match(sentences[-1]) and len(sentences) > 1
            and not thanks(" ".join(sentences[:-1]))):
        return False  # "Central west Queensland ... on a cattle station. Regards, Marg": how she signs off
    return bool(sentences) and bool(_GOODBYE.search(sentences[-1])) and not tells_of_the_pain(text)


_LETTER_SIGN_OFF = re.compile(r"^\W*((kind|best|warm|warmest) )?regards\b|"
                              r"^\W*(best wishes|yours (sincerely|truly)|god bless|blessings)\b")


def question_in(text: str) -> str | None:
    """The first sentence of a message that asks something ("Thank you. And the Aleve with my blood
    pressure tablet?" -> "and the aleve with my blood pressure tablet?"), or None."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?\n])\s+", normalise(text or "")) if s.strip()]
    questions = (_SIDE_LEAD.sub("", s) for s in sentences)
    # ("Have a good day." opens like a question and is a goodbye)
    return next((q for q in questions if looks_like_question(q) and not _says(_GOODBYE, q)), None)


_WAVES_AWAY_PLAINLY = re.compile(r"\b(skip|not interested|forget (it|that)|never ?mind|nvm|ignore (that|it)|"
                                 r"move on|not (doing|doin|gonna do|going to do)|not (needed|wanted))\b")


_WAVES_AWAY_THE_OFFER = re.compile(r"\b(forget|(don'?t|do not) bother|not (needed|necessary|wanted|required)|"
                                   r"skip|not (really )?interested)\b")


def _dismissal_in(text: str) -> tuple[str, re.Match | None]:
    """The normalised text and the run of dismissals it opens with, if any."""
    clean = normalise(text or "")
    return clean, _DISMISS.search(clean)


def waves_away_the_offer(text: str) -> bool:
    """"Forget the advice", "don't bother with the walking plan": what was offered is turned down by a
    dismissal, though its words name a plan or exercises ("not doing the stretches, they hurt" may report)."""
    _, match = _dismissal_in(text)
    return bool(match) and bool(_WAVES_AWAY_THE_OFFER.search(match.group()))


def dismisses_plainly(text: str) -> bool:
    """A dismissal in words that cannot be an answer ("skip that, not interested in exercises"), unlike "I'm
    fine", which answers a question about how one feels."""
    clean, match = _dismissal_in(text)
    return bool(match) and not clean[match.end():].strip(" .!,;") and bool(_WAVES_AWAY_PLAINLY.search(clean))


def dismisses(text: str) -> bool:
    """"Forget it", "I'm fine", "never mind": the person waves away what was just said ("skip this, when
    should I see a GP?" asks something after it: not a dismissal)."""
    clean, match = _dismissal_in(text)
    return bool(match) and not looks_like_question(clean[match.end():])


# A treatment turned down by name, with a judgement or a "skip that" ("meditation is rubbish, skip it", "nah
# not doing physio, waste of time", "heat packs don't work for me, forget that"); not a report of pain
_TREATMENT = (r"(" + _NOT_FOR_ME + r"|gym|walking (bit|part)|walks|pool|physio(therapy)?|"
              r"heat( packs?| pads?)?|"
              r"ice( packs?)?|hot water bottles?|wheat bags?|"
              r"massage|acupuncture|hydrotherapy|swimming|cbt|counselling|(the |that |your )plan)")
_JUDGED = (r"(just |all |total |complete |utter |so |too )?(rubbish|nonsense|hippy nonsense|hippie nonsense|"
           r"(a )?waste( of (time|money))?|useless|pointless|crap|bs|a joke|not for me|a load of rubbish|"
           r"boring|dull)")
_TURNS_DOWN = re.compile(
    r"^\W*((nah|no|meh|nope|ugh|sorry)\W+)?((i'?m|i am) )?not (doing|doin|gonna do|going to do|interested in|"
    r"into|bothering with|trying) (the |any |that |those |them |your |more )?" + _TREATMENT
    + r"\b(?![^.?!]*\b(lately|at the moment|right now|these days|recently|since|because|cos|as i)\b)|"
    r"^\W*((meh|nah|ugh|honestly)\W+)?(the |that |your |all that )?(\w+ )?" + _TREATMENT
    + r" (is|are|'s) " + _JUDGED + r"\b(?=\W*($|(skip|pass|forget|next|thanks|mate)\b))|"
    r"\bno intention of\b[^.?!]{0,40}\b" + _TREATMENT + r"\b|"
    # "I don't want to hear about yoga, it's not for me thanks" (set 77)
    r"\b(don'?t|do not) (want|need) to hear (about|any more about|more about) (the |any |that |your )?"
    + _TREATMENT + r"\b|"
    r"\b" + _TREATMENT + r"\b[^.?!]{0,30}\b((don'?t|doesn'?t|do not|does not|never) (work|help|do anything)|"
    r"(do|does) (nothing|nowt|bugger all|sod all))"
    r"( for me)?\W+(so )?(forget (it|that)|skip (it|that)|pass|next|(don'?t|do not) bother|leave it out)\b|"
    # "meditation isn't for me, skip it"; "physio? not a chance, can't afford it"
    r"^\W*(the |that |your |all that )?(\w+ )?" + _TREATMENT
    + r" (isn'?t|aren'?t|is not|are not|'s not|not) (really )?for me\b|"
    r"^\W*(the |that |your )?" + _TREATMENT + r"\W+(not a chance|no chance|no way|not happening|no thanks|"
    r"no thank you)\b|"
    # "I don't need the heat pack advice, I know all that"; "that's no use to me, I can't rest up"
    r"^\W*(i )?(don'?t|do not) need (the |your |any |that |those )?(\w+ )?" + _TREATMENT
    + r"( advice| tips| stuff| bit| part| plan| suggestions?)\b|"
    r"^\W*(that'?s|that is|this is) (no|not much|of no|not any) use to me\b|"
    # "swimming no, I cannot swim, skip it"; "stop suggesting breathing exercises"; "I do not want the yoga"
    r"^\W*" + _TREATMENT + r"\W+(no|nope|nah)(?=\W)(?! (longer|help|good|use|more|better|worse|change))"
    r"(?=[^?]*\b(skip|leave it|forget|not for me|no thanks)\b)|"
    r"\b(stop|quit) (suggesting|mentioning|pushing|going on about) (the |your |any )?" + _TREATMENT + r"\b|"
    r"^\W*(i )?(don'?t|do not) want (the |your |any |that |those )?" + _TREATMENT
    + r"\b(?=[^?]*\b(leave it|skip|not for me|forget it|no thanks|rather)\b)|"
    # "no thanks, I don't want the mindfulness stuff"; "not walking in this weather, forget it"
    r"^\W*(no thanks|no thank you|nah|no)\W+(i )?(don'?t|do not) want (the |your |any |that |those )?"
    + _TREATMENT + r"\b|"
    r"^\W*((nah|no)\W+)?not " + _NOT_FOR_ME + r"\b[^?]{0,40}\b(forget it|skip it|no thanks|not happening)\b|"
    # "skip the breathing and relaxation stuff, it's not for me"; "I'll skip the stretches, not my thing"
    r"^\W*((i )?think i'?ll |i'?ll |i will |i'?m gonna |gonna )?skip (the |that |your |all the |all that )?"
    + _TREATMENT + r"( and (the )?" + _TREATMENT + r")?"
    r"( stuff| bit| part| exercises| advice)?\b|"
    # "I don't want to see a physio, so don't suggest it again"; "..., so don't bother suggesting that"
    r"\w\W+(so |and |please |just )?(don'?t|do not) (bother )?"
    r"(suggest|suggesting|mention|mentioning|recommend|recommending) "
    r"(it|that|this|them)( to me)?( again| any ?more)?\W*$|"
    # "please stop telling me to walk more, I already do 12,000 steps"; "don't bother telling me to try yoga"
    r"^\W*(please |just |can you |could you )?(stop|quit) (telling|asking) me to\b|"
    r"^\W*(please |just )?(don'?t|do not) bother (telling|asking|suggesting|recommending)\b|"
    # "dont bother with the physio suggestion, I cant afford it"
    r"^\W*(please |just )?(don'?t|do not|dont) bother with (the |that |your |any )?" + _TREATMENT + r"\b|"
    # "Please don't suggest meditation or mindfulness, not my thing"
    r"^\W*(please |just )?(don'?t|do not) (suggest|recommend|mention|push) (the |any |your )?" + _TREATMENT
    + r"\b|"
    # "swimming's out, I can't swim"; "no thanks to the heat packs, they do nothing"; "leave out the swimming
    # bit"; "... so skip that suggestion please"
    r"^\W*" + _TREATMENT + r"( bit| part| sessions?)?('s| is| are) out\b|"
    r"^\W*no thanks? to (the |those |your |that )?" + _TREATMENT + r"\b|"
    r"^\W*(please )?(leave|take|cut) (out |off )?(the |that |your |those )?" + _TREATMENT
    + r"( bit| part| sessions?| stuff| suggestions?)?( out| off)?\b(?! (for|until|till) )|"
    r"\bskip (that|this|the) (suggestion|advice|bit|part)\b|"
    # "forget the heat packs mate, no time for that on site"; "nah I won't be doing yoga, not my cup of tea"
    # (set 73)
    r"^\W*forget (about )?(the |that |your |those |all the )?" + _TREATMENT + r"\b(?![^.?!]*\?)|"
    r"^\W*((nah|no|nope|meh)\W+)?(i )?(won'?t|will not|wont|ain'?t) be (doing|trying|bothering with|"
    r"going to) (the |any |that |your |those )?" + _TREATMENT + r"\b")
# asked as a question: "Can you leave the pool sessions off my plan?"
_LEAVE_OFF_ASKED = re.compile(r"\b(leave|take|cut|drop) (the |that |those |your )?(\w+ ){0,2}"
                              r"(sessions?|bit|part|exercises?|stuff|walks?|swims?|stretch(es)?|classes) "
                              r"(off|out of) (my|the) plan\b|"
                              # ("leave swimming out of it", "you can drop that bit", set 75)
                              r"\bleave (the )?\w+ out of it\b|\b(you can|just) (drop|skip|leave out) "
                              r"(that|this|the \w+) (bit|part)\b")


# the treatment said back as a question first ("physio? not a chance")
_TREATMENT_ECHOED = re.compile(r"^\W*(the |that |your )?" + _TREATMENT + r"\s*\?+\s*")


# help asked for beside the turn-down ("physio isn't for me, who should I see instead?"): not a dismissal
_HELP_ASKED_FOR = re.compile(r"\b(refer|referral|who (should|can|do|else|would)|where (can|should|do)|"
                             r"appointment|a&e|emergency|hospital|urgent care|call|ring|see a|speak to|"
                             r"talk to|gp|doctor|surgeon|tell me)\b")


def asks_where_to_get_help(text: str) -> bool:
    return _says(_HELP_ASKED_FOR, text)


def turns_down_a_treatment(text: str) -> bool:
    t = normalise(text or "")
    # ("leave out the walking bit, I can barely move", "swimming's out, it kills my back": how the back is)
    if tells_of_the_pain(t):
        return False
    return bool(_LEAVE_OFF_ASKED.search(t)) or (bool(_TURNS_DOWN.search(t))
                                                and not looks_like_question(_TREATMENT_ECHOED.sub("", t)))


# "no thanks, I'm fine for a plan"
_FINE_WITHOUT_PLAN = (r"\b(i'?m|i am|we'?re) (fine|ok|okay|good|alright|all right|grand|sweet) (for|without) "
                      r"(a |an |the )?(activity |exercise )?plan\b")
_DECLINES_PLAN = re.compile(r"\b(don'?t|do not|dont|no|not|never)\s+(really\s+)?(want|need|interested in|"
                            r"after)?\s*(a|an|any|the|your)?\s*(activity\s+|exercise\s+)?plan\b|"
                            r"\bno plan\b|" + _FINE_WITHOUT_PLAN)


def declines_plan(text: str) -> bool:
    """"Don't want a plan": a no to the activity plan, whatever the classifier made of the word "plan"."""
    return _says(_DECLINES_PLAN, text)


_WHETHER_TO_SEE_SOMEONE = re.compile(
    # "should I have it examined?"
    r"\b(should|do|must|need|shall|ought)\s+i\s+(to\s+)?(have|get)\s+(it|this|my back|that)\s+"
    r"(examined|checked( out)?|looked at|seen( to)?)\b|"
    # "I asked how quickly I need to see my doctor about my back" (persona run 32)
    r"\bhow (quickly|soon|urgently|fast) (do |should |must )?i (need to |have to |should )?"
    r"(see|ring|call|get (in to see|to)|go to) (a |the |my )?(doctor|dr|gp|nurse|physio|someone|somebody)\b|"
    # "Right so I should ring the GP then?" (persona run 31): a statement asked as a question
    r"(?<!if )(?<!whether )(?<!when )\bi should (ring|call|phone|see|book( in with)?|go to) (the |a |my )?"
    r"(gp|doctor|dr|physio)\b"
    r"(?=[^.!]*\?)|"
    # "Is it something I should get looked at?", "do I need to get it looked at" (persona run 31)
    r"\bsomething i (should|need to|ought to|must) (have|get) (looked at|checked( out)?|seen( to)?|"
    r"examined)\b|"
    r"\b(do|will|would) i (really |actually )?need to (have|get) (it|this|my back|that) (looked at|"
    r"checked( out)?|seen( to)?|examined)\b|"
    r"\b(should|do|must|need|shall|ought)\s+i\s+(really\s+)?(to\s+)?(go\s+(to|and)\s+(see\s+)?|see|get|ring|"
    r"call|book|visit)\s*(in\s+with\s+)?(a|an|my|the)?\s*(doctor|dr|gp|someone|somebody|nurse|"
    r"it (checked|looked at|seen)|checked|seen)\b|"
    r"\b(i must|must i|i need to|do i need to|should i) go to (the |a )?(doctor|gp|hospital)\b|"
    r"\b(see|go to) (a |the )?(doctor|gp) or not\b|\bdo i need (a|to see a) (doctor|gp)\b|"
    r"\b(do|will|would) i (really |actually |even )?(need|have) to "
    r"(see|get|go to|call|ring|book( in with)?)\s+"
    r"(a |an |my |the )?(anyone|anybody|someone|somebody|doctor|dr|gp|nurse|physio|physiotherapist)\b|"
    # "what kind of doctor I need see for this?", "who should I see about this?", "do I need to book in?"
    r"\b(what|which) (kind|sort|type) of (doctor|dr|specialist|person|professional|clinic)\b|"
    # "Do you reckon I need to see my GP about it at all?" (persona run 36: the list of warning signs)
    r"\b(reckon|think|suppose|guess) (i|we) (really |actually |even )?(need|have|ought|should|must)( to)? "
    r"(see|get|go to|call|ring|book( in with)?)\s+(a |an |my |the )?(anyone|anybody|someone|somebody|doctor|"
    r"dr|gp|nurse|physio|physiotherapist)\b|"
    r"\bwho (should|do|must|shall) i (see|go to|ring|call|book)\b|"
    r"\bdo i (really |actually )?need (a specialist|to book( in)?|an appointment)\b|"
    # "Should we be worried?", "Does Mason need to see a doctor about this?", "should I take him to the GP?"
    r"\b(should|do|must|need)\s+(i|we)\s+(be\s+)?(worried|concerned)\b|"
    r"\b(does|do|should|will|would)\s+(he|she|they|my \w+|(?!(i|we|you|u)\b)[a-z]+)\s+(really\s+)?"
    r"(need\s+to\s+|have\s+to\s+)?"
    r"see\s+(a|an|the|his|her|their)?\s*(doctor|dr|gp|pa?ediatrician|physio|specialist)\b|"
    r"\b(should|do)\s+(i|we)\s+(take|bring)\s+(him|her|them|my \w+)\s+to\s+(a|the|his|her|their)\s+"
    r"(doctor|dr|gp|pa?ediatrician|physio|specialist|hospital)\b|"
    # "Is this something for the doctor?" (run 19, u09)
    r"(?<!when )\b(is|was) (this|it|that) (something|one|a case|a job) for (a|the|my) "
    r"(doctor|dr|gp|physio)\b")
_IN_GENERAL = re.compile(r"\b(when|at what point|how (do|would|will|can) (i|you) (know|tell))\b[^.?!]{0,25}"
                         r"\b(should|do|must|need)\s+(i|you)\b")


def asks_whether_to_see_someone(text: str) -> bool:
    """"Should I see a doctor?", "I must go to doctor or not?": what the triage answers, for this person.
    "When should I see a doctor?" asks for the signs in general, which the sources answer."""
    t = normalise(text or "")
    return bool(_WHETHER_TO_SEE_SOMEONE.search(t)) and not _IN_GENERAL.search(t)


# Costs, referrals and what is funded ("can I see a physio on the NHS or must I pay?", "does ACC cover it?",
# "do I need a referral?"): practical questions the sources do not cover
_ACCESS = re.compile(r"\b(referral|refer me|need to be referred|self.?refer\w*|nhs|acc|medicare|medicaid|"
                     r"insurance|insured|private(ly)?|costs?|pay|paying|fees?|free|funded|subsidi[sz]ed|"
                     r"covers?|covered|claim|how much (is|are|does|do|would|will)( (a|an|the|it))? "
                     r"(physio\w*|gp|doctor|appointment|visit|session|consult\w*|chiro\w*|massage|osteo\w*|"
                     r"scan|x-?ray|mri|it cost)|roughly how much|how much roughly|ballpark|price|pricey|"
                     r"expensive|afford|money|how much money|how much( will| would)? (it|that) be)\b")


# "OK, I'll ask the pharmacist about the Tylenol. What about the heating pad though, is that alright to keep
# using?" (persona run 33): the medicine named in a sentence saying who the person will ask is not asked about
_WILL_ASK_SOMEONE = re.compile(
    r"(^|(?<=[.!?]))[^.!?]*\b(i'?ll|i will|i'm going to|going to|gonna|will) "
    r"(ask|check with|speak to|talk to|see|ring|call|have a (chat|word|talk) (to|with)) "
    r"(the |my |a |at the )?"
    r"(pharmacist|pharmacy|chemist|gp|doctor|doc|nurse)\b[^.!?]*[.!]",
    re.IGNORECASE)


def without_plans_to_ask_someone(text: str) -> str:
    """The message without the sentences that say whom the person will ask (the whole message if that is all
    it says)."""
    return _WILL_ASK_SOMEONE.sub(" ", text).strip() or text


def asks_about_access(text: str) -> bool:
    """A question about costs, referrals or funding ("do I need a referral for physio?"), also as the last
    sentence without its question mark ("righto. the missus can drive me. does it count as acc do you
    reckon", persona run 33)."""
    if looks_like_question(text or "") and _says(_ACCESS, text):
        return True
    asked = question_in(text or "")
    return asked is not None and _says(_ACCESS, asked)


# Held questions that the outcome itself answers: whether to see someone, what to do, whether to worry
_ANSWERED_BY_THE_OUTCOME = re.compile(
    r"\bwhat (must|should|do|shall|can) (i|he|she|we|they) do\b(?! (about|for|with|to|if|when|at|while)\b)|"
    r"\bwhat (i|he|she|we|they) (must|should) do\b|"
    r"\bshould i be (concerned|worried)\b|"
    # "do i need to worry?" (persona run 35: answered after the outcome with a passage on keeping active)
    r"\b(do|should|shall|must) (i|we) (need to |have to )?(worry|be worried|be concerned|panic)\b|"
    r"\bis (it|this|that) (something )?(serious|worrying|bad)\s*\?|"
    r"\b(a )?(physio|gp|doctor)('s)? (thing|job)\b|"
    r"\b(bother|see|ring|call|book) (the |a |my )?(gp|doctor|physio)\b[^.?!]{0,30}\bor (just )?"
    r"(ride|tough|wait|leave)\b")


# Words of an activity plan and how it went: a message without any is no report on a plan
_OF_A_PLAN = re.compile(r"\b(plan|plans|week \w+|weeks?|minutes?|mins?|walks?|walking|walked|sessions?|"
                        r"exercises?|stretch\w*|swim\w*|cycl\w*|bike|yoga|pilates|gym|managed|"
                        r"did (it|them|all)|done (it|them|all)|missed|skipped|flare\w*|progress\w*|steps?|km|"
                        r"kilometres?|miles?)\b")


def speaks_of_a_plan(text: str) -> bool:
    """"did all my walks this week", "flared up on day 3": a report on an activity plan, not "is sleeping on
    the couch bad for it" or "I will telephone my daughter. Thank you kindly" (read as reports)."""
    return _says(_OF_A_PLAN, text)


def answered_by_the_outcome(text: str) -> bool:
    """"Should I see a doctor?", "What I must do?", "is this a physio thing or will it sort itself out?": the
    outcome answers these, so they are not answered again from the sources after it."""
    # (not when a cost or a referral is asked too: "roughly how much is a physio and do i need to see a gp
    # first?" was dropped as answered, and the cost never was: persona run 33)
    return ((asks_whether_to_see_someone(text) or _says(_ANSWERED_BY_THE_OUTCOME, text))
            and not asks_about_access(text))


# The outcome's reason quoted back and denied: "you said book a GP because it's worse at night? It isn't."
_REASON_DISPUTED = re.compile(
    r"\b(you|u) (said|say|told me|wrote|reckon)\b(?P<what>[^.?!]{0,60}\b(because|cos|coz|as|that i|i had|"
    r"i have|i've|i'm|i am|my)\b[^.?!]{0,60})[.?!]+\s*(but |well |no,? )?(it|that|i|they|there) (isn'?t|"
    r"is not|wasn'?t|was not|don'?t|do not|didn'?t|did not|doesn'?t|does not|haven'?t|have not|never|"
    r"aren'?t)\b")


# "yes, I say before. right foot, under and small fingers" (persona run 29, English learned later): the same
# answer given again, to the question asked again, is no correction
_ANSWER_RESTATED = re.compile(r"^\W*(yes|yeah|yep|no|nope|nah|naw)\b\W+"
                              r"(i (say|said|told you)( it| that| this)? (before|already|earlier)|"
                              r"like i (said|say)|as i (said|say))\b|"
                              # "Well it was the slip I said, on the wet bath mat" (persona run 35: taken for
                              # a correction, and the fall asked about again): what was said, pointed back to
                              r"^\W*(well,? )?(it was|it's|its|that was|that's|thats) the \w+ (that )?i "
                              r"(said|told you|mentioned)\b")


def corrects(text: str) -> bool:
    """"I said ...", "that's wrong, it's only ...", "I clicked the wrong button", a reason of the outcome
    disputed: an answer was wrong."""
    return ((_says(_CORRECTION, text) and not _says(_ANSWER_RESTATED, text))
            or reason_disputed(text) is not None or quotes_back_in_surprise(text))


# "wait 5 months?? no haha ... my back's only been about 10 days!" (persona run 35: the correction not taken
# twice): the wrong fact quoted back in surprise, then denied
_QUOTED_BACK_IN_SURPRISE = re.compile(r"^\W*(?:(?:wait|hang on|hold on|huh|eh|what)\W+[\w' ]{1,25}\?+|"
                                      r"[\w' ]{1,25}\?{2,})\W*(?:no|nope|nah)\b")


def quotes_back_in_surprise(text: str) -> bool:
    return bool(_QUOTED_BACK_IN_SURPRISE.search(normalise(text or "")))


def reason_disputed(text: str) -> str | None:
    """What the outcome was said to rest on, quoted back and denied ("because it's worse at night" in "you
    said book a GP because it's worse at night? It isn't."), or None."""
    found = _REASON_DISPUTED.search(normalise(text or ""))
    return found["what"] if found else None


# "And it is NOT getting better": a denial typed in capitals restates a fact against what was recorded (not
# in a message typed all in capitals, where nothing is stressed)
_SHOUTED_DENIAL = re.compile(r"\b(NOT|NEVER|ISN'?T|DOESN'?T|DON'?T|HASN'?T|HAVEN'?T|WASN'?T|AREN'?T|"
                             r"NO LONGER)\b")


def _shouts_a_denial(text: str) -> bool:
    letters = [c for c in text or "" if c.isalpha()]
    typed_in_capitals = sum(c.isupper() for c in letters) > 0.6 * len(letters)
    return not typed_in_capitals and bool(_SHOUTED_DENIAL.search(text or ""))


def revises(text: str) -> bool:
    """A correction, or a fact restated with "actually", "more like", "my mistake", or a denial stressed in
    capitals: it replaces the old."""
    return corrects(text) or _says(_REVISION, text) or _shouts_a_denial(text)


def revised_part(text: str) -> str:
    """The sentence with the revision word and the one after it ("Sorry, I've muddled that. ... so it's three
    days now, not two."): what the person revises, not the rest of the message ("Turning over in bed gives
    me a twinge" says no new cause). The whole text when no sentence has one."""
    sentences = re.split(r"(?<=[.!?])\s+", text or "")
    for index, sentence in enumerate(sentences):
        if _says(_REVISION, sentence) or _shouts_a_denial(sentence):
            return " ".join(sentences[index:index + 2])
    return text or ""


# The value a correction denies ("I never said 3 days", "not 2 days", "not 54"): not the new value.
_DENIED_VALUE = re.compile(r"\b(i never said|i didn't say|i did not say|never said|not|isn't|wasn't)\s+"
                           r"(about\s+|like\s+|around\s+)?(\d+(\.\d+)?|an?|" + _NUMBERS + r")\s*"
                           r"(days?|weeks?|wks?|months?|years?|yrs?|hours?|minutes?|mins?)?\b")


def without_correction_words(text: str) -> str:
    """The message with "I said", "that's wrong" etc. and the value it denies ("not 54") taken out, so that
    what is left reads as the new answer."""
    t = _DENIED_VALUE.sub(" ", normalise(text or ""))
    t = re.sub(r"\s+", " ", _CORRECTION.sub(" ", t)).strip(" ,.;:-")
    return _LEAD_IN.sub("", t)


# Where an answer ends and a question begins: "no. also can I still drive the forklift?"
_ANSWER_THEN_QUESTION = re.compile(r"(?<=[.!?;,\n])\s*|\s+(?=(?:also|btw|oh and|and also|plus)\b)")
_SIDE_LEAD = re.compile(r"^\W*((also|btw|by the way|oh|and|plus|but|sorry|quick question|one more thing|"
                        r"(can|could|may) i (just )?ask( you)?( something)?)\b\W*)+")
# Questions about the answer just given or the question itself are not side questions to keep for later.
_ABOUT_THE_QUESTION = re.compile(r"^\W*((is|was|does|would|will) (that|this|it) (bad|normal|ok|okay|serious|"
                                 r"a problem|important|matter|good|relevant)( \w+)?\W*$|"
                                 r"why\b|what do you mean|what does (that|it) mean)")
MIN_SIDE_QUESTION_WORDS = 4
_DOES_THAT_COUNT = re.compile(r"^\W*(does|would|will|do|is) (that|this|it|hers|his|theirs) (count|matter|"
                              r"make a difference|change anything|relevant|apply|mean anything)\b"
                              r"[^.!]*\?\W*$")


_ASKS_FOR_THE_LISTS = re.compile(r"\b(quick(er)?|short(er)?|fast(er)?)( \w+)? lists?\b(?! of)|"
                                 r"\b(show|give|do|use|have|send)( me| us)? (them |the questions )?(as |in )?"
                                 r"(the |a )?(short |quick )?lists?\b(?! of)|"
                                 # "let's do the quicker version with the lists, please"
                                 r"\b(quick(er)?|short(er)?|fast(er)?) (version|way)\b[^.?!]{0,20}\blists?\b|"
                                 # "can we skip ahead?", "speed this up": the quicker way there is
                                 r"\b(skip|jump) (ahead|forward)\b|\bspeed (this|it|things) up\b|"
                                 r"\bhurry (this|it|things) (up|along)\b|"
                                 # "Quicker, please" (persona run 32: read as "why do you ask?")
                                 r"^\W*(quicker|faster|the quick(er)? (way|one|option))\W*"
                                 r"(please|pls|plz|thanks)?\W*$")


def asks_for_the_lists(text: str) -> bool:
    """"nah. can we do the quicker lists": the quick path, chosen in words (in a message that may also
    answer the question)."""
    return _says(_ASKS_FOR_THE_LISTS, text)


def side_question_after_answer(text: str) -> str | None:
    """A question asked after an answer in the same message ("no. also can I still play 5 a side on
    Sunday?"): the question, to keep for after the safety questions; None when the message only answers,
    or asks about the question itself ("is that bad?", "why?")."""
    split = answer_and_side_question(text)
    return (split[1] or None) if split else None


def answer_and_side_question(text: str) -> tuple[str, str] | None:
    """The answer and the side question of a message that has both (see side_question_after_answer)."""
    parts = [p.strip() for p in _ANSWER_THEN_QUESTION.split(normalise(text or "")) if p and p.strip()]
    if len(parts) < 2 or looks_like_question(parts[0]):
        return None
    for index, part in enumerate(parts[1:], start=1):
        question = _SIDE_LEAD.sub("", part)
        # ("No, never myself. My mum had breast cancer at 62 though. Does that count?", persona run 35: passed
        # over): a short question about the statement just before it, kept with it
        about_the_statement = index > 1 and bool(_DOES_THAT_COUNT.match(question))
        if (part.endswith("?") and index < len(parts) - 1 and not plainly_a_question(question)
                and parsing.polarity(" ".join(parts[index + 1:]), None, explicit_only=True) in ("yes", "no")):
            # ("there wasnt really a knock or anything, it just came on? but no, no sore spot like that",
            # persona run 36): a statement said with a rising tone, and the answer after it
            return " ".join(parts[:index] + parts[index + 1:]), ""
        if about_the_statement or (
                (part.endswith("?") or _ASKS.match(question))
                and len(question.split()) >= MIN_SIDE_QUESTION_WORDS
                and not _ABOUT_THE_QUESTION.match(question) and not asks_how_many_more(question)):
            # with the statement just before it, which the question may lean on ("I take lisinopril. Is it
            # all right to take Aleve with it?")
            context = parts[index - 1] + " " if index > 1 else ""
            answer = " ".join(parts[:index])
            before_context = " ".join(parts[:index - 1])
            if (index > 1 and parsing.polarity(answer, None) == "unsure"
                    and parsing.polarity(before_context, None) in ("yes", "no")):
                # ("None of these. The cyclobenzaprine makes me groggy but I'm not sure it does anything.
                # Can I take two?": the doubt is the question's, and the plain answer comes before it)
                answer = before_context
            return answer, context + question
    return None


# A request for help in general, not a question to answer from the sources: "can you help me?", "anyone
# there?"
_ASKS_FOR_HELP_ITSELF = re.compile(r"^\W*((can|could|will|would) (you|u|someone|somebody|anyone) "
                                   r"(please )?(help|advise|assist)( me| us)?"
                                   r"( please| with (this|it|that|my back( pain)?))?|"
                                   r"(is )?(anyone|anybody|someone) (there|here|around)|"
                                   r"(where|how) (do|can|should) i (start|begin))\W*$")


def question_before_the_story(text: str) -> str | None:
    """"Does smoking make back pain worse? I'm on 15 a day and my back has been dodgy since ...": a plain
    question asked first, then the person's own pain told (`opens_with_a_plain_question` is the same start
    with nothing of the pain after it). The question, to keep for after the safety questions that the pain
    starts; None when the first sentence is no plain question, asks for help in general, or asks about the
    questions themselves."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", normalise(text or "")) if s.strip()]
    if len(sentences) < 2:
        return None
    question = _SIDE_LEAD.sub("", sentences[0])
    if (not question.endswith("?") or not plainly_a_question(question)
            or len(question.split()) < MIN_SIDE_QUESTION_WORDS or _ABOUT_THE_QUESTION.match(question)
            or _ASKS_FOR_HELP_ITSELF.match(question) or asks_how_many_more(question)):
        return None
    return question


# "Should I be worried that you're asking about that?", "Is that what you think this is?" (persona run 36:
# kept for later and never answered)
_WORRIED_BY_THE_QUESTION = re.compile(
    r"\b(should|do|must) i (be )?(worried|worry|concerned|scared|panicking|panic) (that|because|since|"
    r"about) (you'?re|you are|u r|ur|you) (asking|ask)\b|"
    r"\bis (that|this) what (you|u) think (this|it|i'?ve got|i have) (is|has)?\b|"
    r"\b(are|r) (you|u) (saying|thinking|suggesting) (i|it|this|that i) (have|has|might have|could have|is|"
    r"got)\b|\bwhy (are|r) (you|u) asking (me )?(that|this|about (that|this))\W+(is|do|should|does)\b")
_WHY_ASKED = re.compile(r"^\W*(why|how come) (does|do|would|is|will) (it|that|this) (matter|count|make a "
                        r"difference|important|relevant)\b|"
                        r"^\W*(why|how come) "
                        r"(are you|do you|do u|would you|would u|are ye|are u|r u|you'?re|youre|you|ye|u) "
                        r"(ask|askin|need|want)|"
                        # "what's the reason for asking if I've had cancer?"
                        r"^\W*what'?s the (reason|point) (for|of|behind) (asking|that question|the question)|"
                        + _WORRIED_BY_THE_QUESTION.pattern)


def worried_by_the_question(text: str) -> bool:
    return _says(_WORRIED_BY_THE_QUESTION, text)


def asks_why_it_is_asked(text: str) -> bool:
    """"Why does it matter if I've had a temperature?": why a question is asked, not a report."""
    return _says(_WHY_ASKED, text)


# "whats osteoporosis?", "what do you mean by saddle area", "sciatica? never heard of it": the meaning of a
# word asked, in a short message with nothing about the person's own body (not "what is this numbness in
# my bum", which tells of it)
_WHAT_A_WORD_MEANS = re.compile(
    # ("Sorry, what mean 'numbness'?": a lead-in, and the question as learners of English often put it)
    r"^\W*((sorry|excuse me|please|pardon|um+|hmm+)\W+)*(what( exactly| actually)?('s|s| is| are)|"
    r"what means?|wat means?|wat is|"
    r"wats|whats a|what does|what do (you|u|ya) mean|define|meaning of|explain)\b|\bmean(s|t|ing)?\W*$|"
    r"\b(never heard of|not heard of|no idea what)\b|\b(you|u) mean by\b")
_OWN_BODY = re.compile(r"\b(my|me|mine|i have|i've|ive|i get|i feel|i can'?t|i'?m getting|i'?ve got)\b")
MAX_WORDS_OF_A_WORD_QUESTION = 9


def asks_what_a_word_means(text: str) -> bool:
    """"What is sciatica?", "not sure what you mean by saddle area": the meaning of a word is asked."""
    words = normalise(text or "").lower()
    return (len(words.split()) <= MAX_WORDS_OF_A_WORD_QUESTION and bool(_WHAT_A_WORD_MEANS.search(words))
            and not _OWN_BODY.search(_WHAT_A_WORD_MEANS.sub(" ", words)))


# Telling words: "whats saddle area, cant feel down there", "what is retention, not peed all day" say more
# than the question
_TELLS_MORE = re.compile(r"[,;:.!?-]\W*\w|\d|\b(since|yesterday|today|cos|because|got|had|have|haven'?t|"
                         r"can'?t|cannot|feel|felt|now|been|not|no|peed|pee)\b")
MAX_WORDS_OF_A_WORD_ONLY = 7


def only_asks_what_a_word_means(text: str) -> bool:
    """The whole message asks what a word of the questions means and tells nothing ("whats osteoporosis?",
    "what do you mean by saddle area"): no sign to check in it."""
    words = normalise(text or "").lower().strip(" ?!.")
    return (asks_what_a_word_means(words) and len(words.split()) <= MAX_WORDS_OF_A_WORD_ONLY
            and term_asked_about(words) is not None and not _TELLS_MORE.search(words))


# "What does saddle area mean?" asked while another question is open: the word asked about is explained,
# not the open question (most specific first: "numb in the saddle area" is about the saddle area).
_TERMS_EXPLAINED = tuple((re.compile(pattern), slot) for pattern, slot in (
    # ("what is genitals?", persona run 36: kept to answer after the questions, which used the word again)
    (r"\b(saddle|genitals?|genital area|groin|private parts|back passage|inner thighs?)\b",
     "saddle_numbness"),
    (r"\b(osteoporo\w*|osteopenia|(brittle|thin|thinning|weak) bones?|bone density)\b", "osteoporosis"),
    (r"\b(immune|immuno\w*)\b", "immunosuppression"),
    (r"\b(aneurysm|aorta|aortic|puls(e|es|ing|ating)|throbbing (lump|mass))\b", "vascular"),
    (r"\b(sciatica|sciatic)\b", "leg_pain"),
    (r"\b(both legs|both sides)\b", "both_legs"),
    (r"\b(progressive|progressing)\b", "progressive_weakness"),
    (r"\bspreading\b", "spreading_numbness"),
    (r"\b(major|serious) (trauma|injury|accident)\b", "major_trauma"),
    (r"\b(incontinen\w*|retention|bladder|bowels?)\b", "bladder_bowel"),
    (r"\b(erection|erectile|sexual)\b", "sexual_dysfunction"),
    (r"\bmorning stiffness\b", "morning_stiffness"),
    # words of the outcome ("wat does acute mean?", "what exactly is urgent care?")
    (r"\bacute\b", "acute"),
    (r"\bchronic\b", "chronic"),
    (r"(?<!anti-)(?<!anti )\binflammat\w*", "inflammatory"),
    (r"\burgent care\b", "urgent_care"),
    # ("What is GP?" through a translation app)
    (r"\b(gp|g\.p\.?|general practitioner)\b", "gp"),
))
# Words the outcome uses, explained when asked after it (the others are the questions' words)
OUTCOME_WORDS = frozenset({"acute", "chronic", "inflammatory", "urgent_care", "gp"})
_NUMB = re.compile(r"\b(numb|numbness)\b")
# Words of the questions explained on their own, not as a question ("utter_explain_numbness")
EXPLAINED_WORDS = ("numbness",)


def term_asked_about(text: str) -> str | None:
    """The question whose explanation a "what does ... mean?" or "why ask about ...?" names, or None
    (then the open question is the one explained)."""
    lowered = normalise(text or "").lower()
    return next((slot for pattern, slot in _TERMS_EXPLAINED if pattern.search(lowered)), None)


def asks_a_word_meaning(text: str) -> bool:
    """A sentence of the message asks what a word of the questions means ("Sorry, what mean 'numbness'? My
    English is not so good."): the person is asking, not answering."""
    sentences = re.split(r"(?<=[.!?])\s+", normalise(text or ""))
    return any(asks_what_a_word_means(s) and (term_asked_about(s) or _NUMB.search(s)) for s in sentences)


def explained_term(text: str) -> str | None:
    """What to explain for "what does saddle area mean?" (the saddle question) or "what mean numbness?" (the
    word numbness); None when the open question itself is to be explained ("why do you ask?")."""
    if term := term_asked_about(text):
        return term
    numbness = EXPLAINED_WORDS[0]
    return numbness if asks_a_word_meaning(text) and _NUMB.search(normalise(text or "")) else None


def word_asked_about(text: str) -> str | None:
    """The question whose word the message asks the meaning of ("what is sciatica?": leg_pain; "Sorry, what
    mean 'numbness'? My English is not so good.": numbness), or None."""
    return explained_term(text) if asks_a_word_meaning(text) else None


def asks_how_many_more(text: str) -> bool:
    return _says(_HOW_MANY_MORE, text)


def worried(text: str) -> bool:
    """Fear or worry said in words ("I'm scared it's cancer"): a kind, honest answer, never a refusal."""
    return _says(_WORRY, text)


# A fear for one's livelihood said, not asked ("worried this will never go away and I'll end up losing my
# job"; "can I keep working? I'll lose my job otherwise" is a question about work)
_FEARS_FOR_A_LIVING = re.compile(r"\b(end up|i'?ll|i will|going to|gonna) (losing|lose) my "
                                 r"(job|work|house|home|business)\b")


def fears_something_serious(text: str) -> bool:
    """"Could this actually be cancer??": a fear, answered kindly and honestly, even though it is asked."""
    return _says(_FEARS_SERIOUS, text) or (_says(_FEARS_FOR_A_LIVING, text) and not looks_like_question(text))


_PERSON_TO_TALK_TO = re.compile(r"\b(person|human|someone|somebody|nurse|doctor|real|talk|speak|call me|"
                                r"ring me|staff|agent|operator)\b")


def names_a_person_to_talk_to(text: str) -> bool:
    """Whether a message the classifier took for a request for a person says so in words: "I'm in England,
    so I'm not sure those phone numbers apply to me" does not (it says where the person is)."""
    return _says(_PERSON_TO_TALK_TO, text)


_WAY_TO_REACH = re.compile(r"\b(gp|physio|chat with|call|ring|phone|number|help ?line|health ?line|"
                           r"advice line|call ?back|contact|reach)\b")


_TO_BE_RUNG = re.compile(r"\b(can|could|will|would|should) (someone|somebody|a nurse|a doctor|you|they|"
                         r"the (gp|doctor|surgery|practice|clinic|nurse))( [\w']+){0,3}? "
                         r"(ring|call|phone|contact) "
                         r"(me|us)\b(?! (an?|the) )")  # ("can you call me an ambulance?" asks for no person)


def asks_to_be_rung(text: str) -> bool:
    """"Can someone from the surgery ring me to book it?": a person asked for, by phone."""
    return _says(_TO_BE_RUNG, text)


# "Could you write me a short summary I can print and hand to Dr. Okafor?"; "What shall I tell them when I
# ring?" (persona run 29, after "call 999 now")
_A_SUMMARY = re.compile(r"\b(summary|summari[sz]e|sum (it|this|that|my answers) up|write[- ]up|"
                        r"(copy|list|printout|print out|record) of (my|the|what i) "
                        r"(answers|told you|said))\b|"
                        r"\bwhat (shall|should|do|will|would|must) (i|we) (tell|say to|say)( (them|him|her|"
                        r"the (doctor|doc|gp|nurse|ambulance|paramedics?|operator|hospital|receptionist|"
                        r"surgery|clinic|er|emergency department|call taker|person)|111|999|000|911|112))?"
                        r"(\W*$| when (i|we) (ring|call|phone|telephone|get there|arrive|get through|"
                        r"see them))|"
                        # "Can you put that list up again so I can read it to them when I ring?" (persona run
                        # 35: taken for a request for a person)
                        r"\b(put|show|send|give|post|bring)( me)? (that|the) (list|summary|notes?) (up )?"
                        r"(again|back up)\b[^?]*\b(read|tell|give|show)\b")


# ("the summary says I denied weight loss": a correction of the outcome, not a request)
_SUMMARY_DISPUTED = re.compile(r"\b(summary|it) (says|said|shows|showed|is wrong|was wrong)\b")


def asks_for_a_summary(text: str) -> bool:
    """Whether the person asks for a summary of what they told ("a summary for my doctor")."""
    return _says(_A_SUMMARY, text) and not _says(_SUMMARY_DISPUTED, text)


# "We'll ring our daughter and see if she can take me": the person's own people, rung by the person
_RINGS_OWN_PEOPLE = re.compile(r"\b(ring|call|phone|text|message) (my|our) (\w+ )?(doc|docs|doctor|doctors|"
                               r"doctor's|gp|gp's|surgery|clinic|practice|specialist)('s)?\b|"
                               # ("fine ill call my lung docs office": their own doctor, persona run 35)
                               r"\b(ring|call|phone|text|message|get|ask) (my|our) (daughter|son|husband|"
                               r"wife|partner|mum|mom|mother|dad|father|sister|brother|neighbou?r|friend|"
                               r"mate|kids?|children|family|boy|girl|missus|hubby|grandson|granddaughter)\b")


def rings_own_people(text: str) -> bool:
    """Whether the message tells of ringing one's own family or friends: no request for a person here."""
    return _says(_RINGS_OWN_PEOPLE, text)


def asks_for_contact(text: str) -> bool:
    """Whether a message the classifier took for a request for a person names a person or a way to reach
    one ("who do I ring?", "number please"); "Caller says no to that one" does not."""
    return names_a_person_to_talk_to(text) or _says(_WAY_TO_REACH, text)


def asks_who_is_on_chat(text: str) -> bool:
    return _says(_HUMAN_ON_CHAT, text)


# "is there a live chat with a physio or is it just you?": asks for a person (not "are you a real person?")
_A_PERSON_INSTEAD = re.compile(r"\bis there (a |an |any )?(live chat|real person|actual person|human|person|"
                               r"someone|somebody)\b|\bor is it (just|only) (you|a bot|a computer)\b|"
                               # "any humans around? this thing is doing my head in"
                               r"\bany (humans?|real people|real person|actual people) "
                               r"(around|there|here|about|in there|on here)\W*\?|"
                               # "human", "a real person please": the whole message asks for one (or its
                               # start, with a please: "HUMAN PLEASE, going round in circles here")
                               r"^\W*(a |an )?(human|real person|actual person|real human|live person|"
                               r"live agent)((\W+(please|pls|plz|now))*\W*$|(\W+(please|pls|plz|now))+\b)|"
                               # "a phone number for an actual human being?", "put me through to someone"
                               r"\bnumber for (a |an )?(real |actual |live )?(human|person|human being)\b|"
                               # ("would it be possible to be put through to a physio or a doctor?")
                               r"\b(put me|put us|be put|get put) through to (someone|somebody|"
                               r"a (person|human|nurse|doctor|physio|gp)|the "
                               r"(clinic|surgery|practice|nurse|helpline))\b|"
                               # "is there a physio or someone real I can chat to? happy to wait"
                               r"\b(someone|somebody|anyone|anybody|a person|a human) (real|human|actual) "
                               r"(i|we) (can|could) (chat|talk|speak|message|text)\b(?=[^.!]*\?)|"
                               r"\b(real|actual|live) (person|human|people) (i|we) (can|could) "
                               r"(chat|talk|speak|message|text) (to|with)\b(?=[^.!]*\?)|"
                               # "is there a real physio I could message through this?"
                               r"\bis there (a |an )?(real|actual|live) (physio|nurse|doctor|gp|clinician)\b|"
                               # "let me speak to a person, this is like arguing with a vending machine"
                               r"^\W*((please|pls|plz|just|can you|could you)\W+)?(let me|i want to|i wanna|"
                               r"i need to|i'd like to|i would like to) (speak|talk|chat) (to|with) "
                               r"(a |an |some )?(real |actual |live )?"
                               r"(person|human|human being|someone real)\b"
                               r"(?! (at|from|in|on) )(?![^.?!]*\b(how|where|appointment|book)\b)|"
                               # "I would prefer to discuss this with a member of staff, if possible" (set 78)
                               r"\b(prefer|rather|like|want|wish) to (discuss|talk|speak|chat|go over) "
                               r"(this|it|that|things)? ?(with|to) (a |an |some )?"
                               r"(member of (staff|the team)|staff member|real person|actual person|human|"
                               r"person|nurse|clinician)\b")


def asks_for_a_person_instead(text: str) -> bool:
    return _says(_A_PERSON_INSTEAD, text)


# Questions about the assistant itself, each answered plainly (actions/conversation.py): which languages it
# reads, where the answers go and who sees them, and where its advice comes from or who is behind it.
_LANGUAGES = (r"(spanish|espanol|french|german|italian|portuguese|russian|polish|greek|arabic|farsi|persian|"
              r"hindi|punjabi|urdu|bengali|tamil|gujarati|chinese|mandarin|cantonese|japanese|korean|"
              r"vietnamese|thai|tagalog|filipino|indonesian|malay|maori|te reo|samoan|tongan|fijian|"
              r"swahili|somali|turkish|dutch|another language|other languages?|any language|my language|"
              r"my own language|languages)")
# ("a pain in my thai", a thigh misspelt, names no language: after "in" only the unmistakable ones)
_ABOUT_LANGUAGE = re.compile(
    rf"\b(speak|speaks|talk|write|type|chat|reply|answer|understand)\b[^.?!]{{0,20}}\b{_LANGUAGES}\b|"
    rf"\b(in|do this in|do it in) (?!thai\b){_LANGUAGES}( instead| please| language)?\W*$|"
    rf"\b(do|can|could) (you|u) (know|use|do|work in)\b[^.?!]{{0,20}}\b{_LANGUAGES}\b|"
    r"\b(interpreter|translator|translate|translation)\b|\bonly (in )?english\b|\benglish only\b")
_ANSWER_WORDS = (r"(answers?|info|information|data|details|messages?|chat|conversation|"
                 r"what i (say|said|tell you|write|wrote|type|typed|put))")
_ABOUT_PRIVACY = re.compile(
    rf"\bwhere do(es)? (my|the|these|this|all) {_ANSWER_WORDS} go\b|"
    rf"\bwho (else )?(gets to |can |will |would )?(see|sees|read|reads|look at|looks at|access|has access to)"
    rf" (them|these|my {_ANSWER_WORDS}|the {_ANSWER_WORDS}|what i)\b|"
    r"\b(is|are) (this|it|my answers|my info|my data|what i say|this chat) "
    r"(private|confidential|secure|anonymous|stored|saved|recorded|kept|shared)\b|"
    rf"\b(do|will|does) (you|this|it) (store|save|keep|record|share|log|pass on|sell)\b[^.?!]{{0,15}}"
    rf"\b({_ANSWER_WORDS}|anything|what i)\b|"
    r"\b(privacy|confidential|confidentiality)\b|"
    rf"\b(does|do|will|can|would) (my |the |a )?(doctor|gp|nurse|staff|boss|employer|work|family|husband|"
    rf"wife|partner|mum|mom|dad|parents|insurer|insurance|anyone|someone|anybody|somebody) (get to |ever |"
    rf"else )?(see|read|look at|access|find out)\b[^.?!]{{0,20}}\b({_ANSWER_WORDS}|what i)\b|"
    # "will my manager be able to tell I used this?", "does any of this end up in my medical notes?"
    r"\b(manager|boss|employer|work|school|insurer)( be able to| ever)? (tell|know|find out|see) "
    r"(that )?(i|i'?ve|i'?m) (used|use|using|have used) (this|you|it)\b|"
    r"\b(end up|ends up|get put|be put|goes|go) (in|on|into) (my |the )?(medical |health )?"
    r"(notes|records?|file)\b|"
    r"\b(get|be|is|are) (sent|passed|shared) (on )?to (the |my )?(nhs|gp|doctor|employer|insurer)\b")
_ABOUT_MAKERS = re.compile(
    r"\bwho (made|built|wrote|programmed|created|designed|runs|owns|is behind|'s behind|are behind) "
    r"(you|this|it|the bot)\b|"
    r"\bwhere (do|does) (you|your|this|it|the) (\w+ )?(info|information|advice|answers?) come from\b|"
    r"\bwhat (are|is) (your|the) (sources?|evidence)\b|\bwhere do you get (your|this|that|the) "
    r"(info|information|advice)\b|"
    # "how do I know your advice is any good?"
    r"\bhow (do|can|would) i know (your|the|this|that) (advice|info|information|answers?) (is|are) "
    r"(any good|right|correct|accurate|reliable|true|safe|trustworthy)\b|"
    r"\b(can|should) i (trust|believe) (you|your (advice|answers|info|information)|what you say)\b|"
    # "has this thing been validated, what's your sensitivity for cauda equina?"
    r"\b(has|have|is|was) (this (thing|bot|app|tool|chatbot|service)|the (bot|app|chatbot)|you) (been )?"
    r"(validated|evaluated|audited|regulated)\b|"
    r"\byour (sensitivity|specificity|accuracy|false negative rate)\b|"
    # "how do I know you're not just making this up?"
    r"\bhow (do|can|would) i know (you are|you're|youre|ur) not (just )?"
    r"(making (this|it|that|things|stuff) up|lying|guessing|inventing)\b")


# "what can you do?", "how does this work": the whole message asks what the assistant is for ("what can you
# do for sciatica?" asks about sciatica)
_ABOUT_ABILITIES = re.compile(
    r"^\W*((so|ok|okay|and|hi|hello|hey|um+|right)\W+)*"
    r"(what (can|could|do|will) (you|u|ya) (actually |even |really )?"
    r"(do|help( me)?( out)? with|offer)|"
    r"what do you do|how (can|could|do|will) you help( me)?|what are you (for|able to do)|"
    r"what('s| is) this (bot|chat|app|service|thing|site)( for)?|how does this (work|chat work)|"
    r"what (sort|kind|kinds|type|types) of (things|stuff|help) (can|do) you (do|help with|offer))"
    r"( for me| exactly| here| then)?\W*$")


# "how would a computer know what's wrong with my back?": a doubt about the assistant, not a question on backs
_CAN_A_MACHINE_KNOW = re.compile(r"\bhow (would|could|can|does|do|will) (a|an|this|the|you,? a) "
                                 r"(computer|machine|bot|robot|program|programme|app|chatbot|ai|algorithm) "
                                 r"(know|tell|understand|judge|work out)\b(?![^.?!]*\b(if|whether)\b)")
_ARE_YOU_A_BOT = re.compile(r"\b(am i|are we|is this|i'?m) (talking|chatting|speaking|writing) (to|with) "
                            r"(a |an )?(computer|robot|machine|bot|program|real person|human|person|ai)\b|"
                            r"\b(are|r) (you|u) (a |an )?(real|robot|bot|computer|machine|human|person|ai)\b")
# Called a machine in a short message that says nothing else ("how do u even know anything about backs ur a
# robot"); in a longer one the rest is what matters ("I know you're a robot, but my back ...")
_CALLS_IT_A_BOT = re.compile(r"\b(you'?re|youre|ur|you are) (just |only |nothing but )?(a|an) "
                             r"(robot|bot|computer|machine|program|chatbot|ai)\b|"
                             r"\bwhat (would|does|do|could|can) (a|some|this) (stupid |dumb )?"
                             r"(robot|bot|computer|machine|program|chatbot|ai) know\b")
CALLED_A_BOT_MAX = 60  # characters


# "can you write me a sick note?", "can you tell from my smartwatch data what's wrong?": what it cannot do
_ASKS_AN_ABILITY = re.compile(
    r"\b(can|could|will|would) (you|u) (please )?(write|give|do|sign|send) (me )?(a |an )?"
    r"(sick|fit|medical|doctor'?s?) (note|certificate|cert)\b|"
    r"\b(can|could|will|would) (you|u) (prescribe|refer me|book me in|book me|diagnose)\b(?=[^.?!]*\?\s*$)|"
    r"\b(can|could) (you|u) (tell|work out|see|read)\b[^.?!]{0,20}\bfrom my "
    r"(smart ?watch|watch|fitbit|app|data|scan|x-?ray|mri|photos?|pictures?)\b")


# "I use translation app, so my English is strange": how the person writes to us, not a question about
# which languages we speak
_WRITING_THROUGH_AN_APP = re.compile(
    r"\b(i|we)( a?m| are|'m|'re)? (use|using|write with|writing with|type with|typing with|writing (english|"
    r"this) with|writing (english|this) through) (a |an |the |my )?(translation|translator|translate|"
    r"google translate|app)\b( app)?")


# "this number is for new zealand?" (persona run 36: out of scope), "are these nz numbers?", "do those numbers
# work in the UK?": which country the numbers given are for
_COUNTRY = (r"(new zealand|nz|aotearoa|australia|aus|oz|the uk|uk|britain|england|scotland|wales|ireland|"
            r"the us|us|usa|america|canada|here|my country|where i am|overseas)")
_WHOSE_NUMBERS = re.compile(
    r"\b(number|numbers|phone numbers|111|999|911|000|112|healthline|healthdirect)\b[^.?!]{0,20}"
    r"\b(is|are|only)? ?(for|in|from|work in|apply (in|to)|valid in)\b[^.?!]{0,10}\b" + _COUNTRY
    + r"\b[^.?!]*\?|"
    r"\b(is|are) (this|that|these|those|it|they) (a |an )?" + _COUNTRY + r" numbers?\b|"
    r"\bwhat country (is|are) (this|that|these|those|the) (number|numbers)\b")


def about_the_assistant(text: str) -> str | None:
    """What a question about the assistant itself asks: "numbers" (which country's numbers it gives),
    "language", "privacy", "makers" (who is behind it
    and where its advice comes from), "abilities" (what it can do), "bot" (is it a person), or None."""
    t = normalise(text or "")
    kinds = (("numbers", _WHOSE_NUMBERS), ("privacy", _ABOUT_PRIVACY), ("language", _ABOUT_LANGUAGE),
             ("makers", _ABOUT_MAKERS),
             ("makers", _CAN_A_MACHINE_KNOW), ("abilities", _ABOUT_ABILITIES),
             ("abilities", _ASKS_AN_ABILITY), ("bot", _ARE_YOU_A_BOT))
    for kind, pattern in kinds:
        if pattern.search(_WRITING_THROUGH_AN_APP.sub(" ", t) if kind == "language" else t):
            return kind
    if len(t) <= CALLED_A_BOT_MAX and _CALLS_IT_A_BOT.search(t):
        return "bot"
    return None


_REPEAT = re.compile(
    # ("ugh ok fine. what was the question" after a person was asked for, persona run 34: read as "fine",
    # a no)
    r"^\W*((sorry|what|eh|huh|um+|oh|ugh+|ok|okay|fine|alright|right|hmm+|erm+|wait)\W+)*"
    r"((can|could|would) you |please )?"
    r"(say (that|it|this) (again|once more)|say again|repeat (that|it|the question|what you said|yourself)?|"
    r"come again|pardon( me)?|what did you (just )?(say|ask)|what was (that|the question)|"
    r"(i )?(did ?n[o']t|didn'?t|did not) (catch|get|see|read) (that|it|the question|what you said)|"
    r"(i )?missed (that|the question|what you said))(\W+(please|pls|again|sorry|mate))*\W*$")


# "Hang on, I'll ask him.", "one sec, let me check with mum": an answer being fetched, not one given (the
# whole message; "I'll ask my GP about it next week" is not)
_WHOM = r"( (with )?(him|her|them|mum|mam|dad|my \w+))?"
_FETCH = r"(let me|i'?ll|i will) (just )?(go and )?(ask|check)" + _WHOM
_A_MOMENT = re.compile(
    r"^\W*((ok|okay|right|sorry|oh)\W+)?(((hang|hold) on|one sec(ond)?|one moment|one min(ute)?|"
    r"(just|give me|wait) a (sec|second|minute|min|moment|mo)|bear with me)(\W+" + _FETCH + r")?|"
    + _FETCH + r")\W*$")


def asks_for_a_moment(text: str) -> bool:
    return bool(_A_MOMENT.match(normalise(text or "")))


def asks_to_repeat(text: str) -> bool:
    """"Say that again", "sorry, what was the question?", "I missed that": the last reply, once more."""
    return _says(_REPEAT, text)


# A report on the activity plan, told by its words: worse or a setback (a flare), or better or too easy
# (progress). Negated words count the other way ("no worse" is progress); a message saying both decides
# nothing (the classifier's guess stands).
_NEGATED = r"(?<!\bno )(?<!\bnot )(?<!n't )(?<!\bany )"
_FLARE_WORDS = re.compile(
    _NEGATED + r"\b(worse|hurts? more|more (sore|painful|pain)|sorer|flared?|flaring|setback|"
    r"(gone|went|going) backwards|(went|gone) again|back to square one|pain'?s back|(came|come|coming) back|"
    r"(gone|went|going) into (a )?spasm|spasm(ed|ing)? again|(seized|locked|seizing|locking) up again|"
    r"aggravated|set me (right |way |well )?back|set it back|could ?n[o']t (manage|do|finish|keep up)|"
    r"overdid it|overdone it|"
    r"(bad|sore|painful|stiff) again|"
    # "then i tweaked it again at training", "taken a turn for the worse"
    r"(tweaked|twinged|pulled|strained|wrenched|jarred|ricked|put out) "
    r"(it|my back|my lower back)( out)? again|(took|taken|taking) a turn for the worse|"
    r"(can|could) (barely|hardly) (stand|walk|move|get up|bend|sit))\b")
_PROGRESS_WORDS = re.compile(
    _NEGATED + r"\b(better|easier|too easy|easy now|managed|finished|completed|improv(ed|ing)|no (worse|pain|"
    r"problems?|trouble)|not (any )?worse|fine|did it all|did them all|nailed)\b")


# A pain score told as a change ("went from a 3 to a 7", "down from 6 to 3"): up is a flare, down progress.
_SCORE_CHANGE = re.compile(r"\bfrom (an? )?(\d{1,2})(/10| out of 10)? (up |down )?to (an? )?(\d{1,2})\b|"
                           # "a 3 yesterday and a 7 today"
                           r"\b(an? )?(?P<before>\d{1,2})(/10)? yesterday,? (and|but|now)? ?(an? )?"
                           r"(?P<now>\d{1,2})(/10)? (today|now)\b")


# "it was getting better, then I bent down and it's gone into spasm again": better once, a flare now
_RELAPSE = re.compile(r"\b(was|were|had been) (getting|doing|feeling) (a (lot|bit) )?better,? "
                      r"(then|but|until|till|til|and then)\b")


def pain_score_rose(text: str) -> bool:
    """"my pain app has me back up from 3 to 7 since Friday": a pain score said to have risen (not hours,
    kilometres or steps)."""
    t = normalise(text or "")
    change = _score_change(t)
    return (change is not None and bool(_PAIN_SCORE_WORDS.search(t))
            and not _A_UNIT_AFTER.match(t[change[2]:]) and change[1] > change[0])


def _score_change(t: str) -> tuple[int, int, int] | None:
    """The score before and now in "from 3 to 7" or "a 3 yesterday and a 7 today", and where it ends."""
    change = _SCORE_CHANGE.search(t)
    if not change:
        return None
    return (int(change.group(2) or change.group("before")), int(change.group(6) or change.group("now")),
            change.end())


_PAIN_SCORE_WORDS = re.compile(r"\b(pain|score|scale|/10|out of 10|ache|sore|agony)\b")
_A_UNIT_AFTER = re.compile(r"\s*(hours?|hrs?|km|kms|miles?|days?|weeks?|steps?|thousand|am|pm|kg|tablets?|"
                           r"pills?)\b")


_EMOJI_ANSWERS = {"no": "deny", "yes": "affirm", "ok": "affirm"}


def emoji_answer(text: str) -> str | None:
    """"❌", "👍👍": "deny" or "affirm", for a message of emoji that stand for one answer."""
    said = set(normalise(text or "").split())
    return _EMOJI_ANSWERS.get(said.pop()) if len(said) == 1 else None


def plan_report(text: str) -> str | None:
    """"report_flare", "report_progress" or None (both or neither)."""
    t = normalise(text or "")
    if (relapse := _RELAPSE.search(t)) and _FLARE_WORDS.search(t[relapse.end():]):
        return "report_flare"
    if change := _score_change(t):
        before, now, _ = change
        if before != now:
            return "report_flare" if now > before else "report_progress"
    flare, progress = bool(_FLARE_WORDS.search(t)), bool(_PROGRESS_WORDS.search(t))
    if flare == progress:
        return None
    return "report_flare" if flare else "report_progress"


# Sessions of the plan missed or not all done, for a reason other than the pain ("skipped Wednesday", "only
# managed 2 of the 4 days", "too busy this week"): the week is not done, so it is repeated, not moved on
# from. Pain that stopped the sessions is a flare (_FLARE_WORDS) and is read first.
_MISSED_SESSIONS = re.compile(
    r"\b(missed|skipped|skip(ping)?|did ?n[o']t (do|get (round|around) to|go|manage (all|every|them)|"
    r"have (the )?time|find (the )?time)|have ?n[o']t (done|been doing|started|had (the )?time|managed)|"
    r"not (done|managed) (them|it|any|all|every)|only (did|done|managed|got( round| around)? to|went|walked)|"
    r"too busy|no time|(life|work) got in the way|fell off the wagon|slacked( off)?|slacking|"
    r"forgot( to do)? (them|it|the))\b")


def missed_plan_sessions(text: str) -> bool:
    """A plan report saying some of the week's sessions were missed: the same week again."""
    return bool(_MISSED_SESSIONS.search(normalise(text or "")))
