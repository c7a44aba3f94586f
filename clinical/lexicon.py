"""Phrase lists for the concepts that findings combine (clinical/findings.py).

Plain, slang and clinical wording sit side by side; a phrase is matched on lower-cased tokens after
spelling correction (clinical/language.py), so "bowls" and "controll" still count. The longest phrase
wins where phrases overlap ("inner thigh" is SADDLE, not LEG).
"""
from __future__ import annotations

import datetime

# Years at least three years back, for treatments said stopped then ("stopped in 2015")
_YEARS_LONG_AGO = range(1970, datetime.date.today().year - 2)

# Giving up said as a feeling: possible crisis wording, unless the clause names what is given up
GIVING_UP_FEELINGS = ("feel like giving up", "feeling like giving up", "felt like giving up",
                      "just want to give up", "i wanna give up", "i'm ready to give up",
                      "im ready to give up")

# Greetings of other languages used in English ("Assalamu alaikum", "namaste", "talofa"): a greeting, and
# words read as English
GREETINGS_FROM_OTHER_LANGUAGES = ("kia ora", "assalamu alaikum", "asalamu alaikum", "as-salamu alaykum",
                                  "assalamu alaykum", "salaam", "salam", "namaste", "talofa", "bula",
                                  "malo e lelei")

CONCEPTS: dict[str, tuple[str, ...]] = {
    # ---- bladder and bowel ---------------------------------------------------------------------------
    "BLADDER": (
        "bladder", "urine", "urinate", "urinating", "urination", "urinary", "pee", "peeing", "pees", "peed",
        "wee", "weeing", "wees", "weed", "piss", "pissing", "waterworks", "pass water", "passing water",
        "passed water", "number one", "number ones",
        # children's and other languages' words people use in English ("the xixi (pee) is very slow")
        "xixi", "pipi", "wee wee", "wee-wee",
        # clinical words ("last void 10 hrs ago despite trying, suprapubic fullness"; not "void" alone, as in
        # a contract or a transaction)
        "last void", "last voided", "suprapubic",
        # "hold my water" (and the Scots "hold ma water"): urine
        "hold my water", "hold ma water", "holding my water", "holding ma water", "hold mi water",
        "hold me water",
    ),
    "BOWEL": (
        "bowel", "bowels", "poo", "poos", "pooing", "poop", "pooping", "poops", "stool", "stools", "faeces",
        "feces", "number two", "number twos", "motions", "bowel movement", "bowel movements",
        # "bowls" is an English word, so spelling correction leaves it: listed as the usual misspelling.
        "bowls", "bowl movement", "bowl movements",
    ),
    # Only counts with loss of control or retention ("can't make it to the toilet"), never with "problems".
    "TOILET": ("toilet", "loo", "the toilet", "bathroom", "need to go", "needing to go", "need the toilet",
               "dunny", "the dunny", "need the dunny",
    ),
    "LOSS_OF_CONTROL": (
        "lost control", "lose control", "losing control", "loss of control", "no control", "can't control",
        "cannot control", "can not control", "couldn't control", "unable to control", "not in control",
        "not able to control", "not able to hold", "no longer able to control",
        "out of control", "can't hold", "cannot hold", "couldn't hold", "can't hold it", "unable to hold",
        "leaking", "leak", "leaks", "leaked", "leakage", "leakages", "dribbling", "dribble", "accidents",
        "an accident",
        # ("two times this week I have accident with the bowel, I did not feel it coming": vignette set 5)
        "have accident", "had accident", "having accident", "have accidents", "had accidents",
        "did not feel it coming", "didn't feel it coming", "didnt feel it coming", "not feel it coming",
        "can't stop", "cannot stop", "not making it", "don't make it", "didn't make it", "can't make it",
        "cannot make it", "never make it", "can't tell when",
        "can't feel when", "don't know when", "lost the feeling", "without meaning to", "don't even feel it",
        "do not even feel it", "didn't even feel it", "do not feel it", "without feeling it",
        "without realising", "without realizing", "without knowing", "without noticing", "by accident",
        "without me knowing", "without me noticing", "without me realising", "without me realizing",
        "just comes out", "just came out", "comes out on its own", "had no idea", "no idea it",
        "didn't know it had", "didn't realise", "didn't realize", "didn't notice", "can't feel it coming",
        "never felt it come out", "didn't feel it come out", "never felt it coming",
        "came out, didn't feel", "came out and i didn't feel", "came out, did not feel",
        "came out and i did not feel",
        "let go", "just let go", "went on their own", "went on its own", "emptied on their own",
    ),
    "RETENTION": (
        "can't pee", "cannot pee", "can't wee", "cannot wee", "can't go", "cannot go", "unable to go",
        # said in the past ("couldn't pee all day yesterday"): new since the pain unless said otherwise
        "couldn't pee", "could not pee", "couldn't wee", "could not wee", "couldn't urinate",
        "could not urinate", "wasn't able to pee", "wasn't able to wee", "was unable to pee",
        "was unable to wee", "couldn't empty", "could not empty", "couldn't have a wee", "couldn't do a wee",
        "couldn't have a pee", "couldn't go for a wee", "couldn't go for a pee",
        "not been able to go", "haven't been able to go", "unable to pee", "unable to urinate",
        "can't urinate", "cannot urinate", "haven't peed", "not peed", "haven't passed", "not passed",
        "haven't been", "can't empty", "cannot empty", "not emptying", "retention", "blocked", "straining",
        "strain", "strain to", "push to", "nothing comes out", "nothing came out", "won't come out",
        "won't empty", "doesn't empty", "not coming out", "only a trickle", "a trickle", "trickle",
        "not coming properly", "not coming out properly", "only drops", "only a few drops",
        "unable to empty", "still unable to empty",
        "just a few drops", "just drops",
        "nothing happens", "nothing happened", "can't get it going", "can't get going", "can't start",
        "hard to start", "takes ages to start", "can't open my bowels", "can't push", "don't work down there",
        # "suprapubic ache, I keep trying but nothing comes", "can't pass much"
        "nothing comes", "can't pass much", "cannot pass much", "not passing much",
        "doesn't work down there", "muscles don't work", "stopped working", "can't seem to empty",
        "feels full", "feel full", "full and sore", "is full",
        "not emptying properly", "doesn't empty properly", "still loads left", "still feels full",
        "feels full after", "weak stream", "stream is weak", "stream is really weak", "stop start",
        # straining and not emptying, said in second-language English ("I must push and wait, and after I
        # feel still something inside")
        "must push", "have to push", "had to push", "push and wait", "slow stream", "not empty after",
        "not empty afterwards", "still something inside", "something still inside", "still some inside",
        "nothing will come out", "going to burst", "feels like it's going to burst",
        "cannot get a wee out", "can't get a wee out", "get a wee out", "can't get any wee out",
        # "I cannot get a drop of wee out" (normalised "can not")
        "can not get a drop", "can't get a drop", "cannot get a drop", "couldn't get a drop",
        "could not get a drop",
        # (not "not a drop of trouble with the waterworks", a denial)
        *(f"{none} of {what}" for none in ("not a drop", "not a single drop")
          for what in ("wee", "pee", "urine", "piss", "wee out", "it")),
        "not a drop comes out", "not a drop came out", "not a drop is coming out",
        "nothing's coming out", "nothing is coming out", "nothing coming out", "bursting but", "only drops",
        "few drops", "only a few drops", "drops are coming", "not able to pass",
        # slow to start, and pushing to go (said of the bladder)
        "took ages to start", "took ages to get going", "takes ages to get going", "took forever to start",
        "takes forever to start", "took forever to get going", "took a long time to start", "slow to start",
        "slow to get going", "ages to get going", "ages to get goin", "took ages to get goin", "had to push",
        "have to push", "having to push", "had to strain", "have to strain", "having to strain"),
    # Difficulty counts for urine and bowels ("trouble peeing"), never for getting to or onto a toilet.
    "DIFFICULTY": ("difficulty", "difficult", "hard to", "struggling to", "struggle to", "trouble"),
    "CHANGE": (
        "problem", "problems", "issue", "issues", "change", "changes", "changed", "different", "not normal",
        "abnormal", "weird", "strange", "funny", "symptoms",
    ),
    "INCONTINENCE": (
        # "I lost bladder control": the control named before the organ's word runs out
        "lost bladder control", "lose bladder control", "losing bladder control", "loss of bladder control",
        "lost bowel control", "lose bowel control", "losing bowel control", "loss of bowel control",
        "no bladder control", "no bowel control", "lost bladder and bowel control",
        "lost bowel and bladder control", "losing bladder and bowel control", "bladder control has gone",
        "bowel control has gone",
        "incontinent", "incontinence", "wet myself", "wetting myself", "wet himself", "wet herself",
        "wetting himself", "wetting herself", "peed himself", "peed herself", "soiled himself",
        "soiled herself", "wets myself", "wetted myself",
        "peed myself", "pee myself", "peeing myself", "pissed myself", "wee'd myself", "weed myself",
        "soiled myself", "soiling myself", "soil myself", "pooed myself", "pooped myself", "poo myself",
        "pooing myself", "messed myself", "wet the bed", "wetting the bed", "wet my pants",
        "wet my trousers", "wetting my pants", "sh*t myself", "shat myself", "shit myself",
        "trousers were wet", "pants were wet", "jeans were wet", "woke up wet", "bed was wet",
        "found myself wet", "find myself wet", "finding myself wet", "accident in bed", "accidents in bed",
        "an accident in my pants",
        "accident in my trousers", "accident in my underwear",
        "wet patch", "wetting", "soiled", "soiling", "messed my pants", "pooed my pants", "pee'd myself",
        "poo in my undies", "poo in my pants", "poo in my underwear", "poo in my knickers", "wee in my pants",
        "went in the bed", "gone in the bed", "messed himself", "messed herself", "messed themselves",
        "messed his pants", "messed her pants", "messing myself", "messed myself", "mess myself",
    ),
    "DAMP": ("damp", "wet", "soaked", "soggy", "wet patches"),
    "UNDERWEAR": ("undies", "underwear", "knickers", "pants", "trousers", "boxers", "briefs", "jeans",
                  "sheets", "the bed"),
    # Leaking said on its own ("a bit of leaking since this started"): a check question, not a report.
    # A catheter said on its own may be years of self-care or a day after an operation: checked, not reported
    # ("had a catheter after my hip op"); needing one now is retention (above)
    "CATHETER": ("catheter", "catheters", "catheterised", "catheterized", "catheterise", "catheterize",
                 "catheterising", "catheterizing"),
    "LEAK": ("leaking", "leak", "leaks", "leaked", "leakage", "leakages", "dribbling", "dribble", "dribbles"),
    "URINE_RETENTION": (
        "urinary retention", "not passed urine", "haven't passed urine", "not passed water",
        "haven't passed water", "haven't had a wee", "not had a wee", "haven't had a pee", "not had a pee",
        "haven't been for a wee", "not been for a wee", "can't pass urine", "cannot pass urine",
        "unable to pass urine", "can't pass water", "cannot pass water", "haven't weed", "haven't peed",
        "not weed", "haven't voided since", "not voided since", "hasn't voided since",
        # "can barely start a wee" (not "a wee bit", nor "my wee" when nervous at a urinal, which is checked)
        *(f"{how} start {what}" for how in ("barely", "hardly", "can barely", "can hardly")
          for what in ("a wee", "a pee", "peeing", "weeing", "to pee", "to wee", "a piss")),
        "need a catheter", "needed a catheter", "had to have a catheter",
        "had to be catheterised", "had to catheterise me", "had to put a catheter in",
        "catheter put in at a&e", "catheterised in a&e", "catheter drained", "i was retaining",
        "retaining urine", "not able to pass urine", "not able to pass water", "not able to pee",
        "not able to wee", "haven't been able to go since",
        "not been able to go since",
        # tried and failed ("I've not managed to pass water all day")
        "not managed to pass water", "not managed to pass urine", "haven't managed to pass water",
        "haven't managed to pass urine", "not managed to pee", "not managed to wee", "not managed a wee",
        "not managed a pee", "haven't managed a wee", "haven't managed a pee", "couldn't pass water",
        "could not pass water", "couldn't pass urine", "could not pass urine",
        # the waterworks or bladder said to have stopped, in everyday words ("my waterworks have packed up")
        "waterworks have packed up", "waterworks packed up", "waterworks have packed in",
        "waterworks packed in",
        "waterworks have given up", "waterworks have stopped", "bladder has packed up", "bladder's packed up",
        "bladder packed up", "bladder has packed in", "bladder has given up", "bladder's given up",
        # barely passing any, and a bladder that never feels empty
        "barely peed", "hardly peed", "barely weed", "hardly weed", "barely had a wee", "hardly had a wee",
        "barely had a pee", "hardly had a pee", "barely passed any urine", "barely passed any water",
        "barely peeing", "hardly peeing", "barely weeing", "hardly weeing",
        "still feel like i need to go", "still feel like i need to pee", "still feel like i need to wee",
        "still feel like i need a wee", "still feel like i need a pee", "bladder never feels empty",
        "never feels empty", "never feel empty", "bladder never empties",
        # no urge at all ("no urge to pee since my back went")
        "no urge to pee", "no urge to wee", "no urge to go", "no urge to urinate", "lost the urge to pee",
        "lost the urge to wee", "can't feel the urge", "cannot feel the urge", "don't get the urge to pee",
        "don't feel the need to pee", "don't feel the need to wee",
    ),
    # ---- saddle area -----------------------------------------------------------------------------------
    "SADDLE": (
        "saddle", "saddle area", "saddle region", "genitals", "genital", "genital area", "groin", "crotch",
        "inner thigh", "inner thighs", "privates", "private parts", "private area", "down below",
        "between my legs", "back passage", "anus", "anal", "rectum", "perineum", "perineal", "vagina",
        "vaginal", "penis", "testicles", "scrotum", "bum", "bum cheeks",
        "nether regions", "undercarriage", "ass", "arse", "butt hole", "butthole", "bum hole", "wipe",
        "wiping", "when i wipe", "toilet paper", "toilet seat", "my bits", "down there", "lady parts",
        "man parts", "genitalia", "lady bits", "man bits", "old fella", "fella downstairs",
        "around my bottom", "my bottom", "on my bottom", "bottom area", "below the belt", "downstairs",
        "the bits in between", "bits in between", "between them", "the seat",
        "insides of my thighs", "inside of my thighs", "insides of my legs", "inside of my legs",
        "loo roll", "toilet roll", "loo paper", "bog roll", "wiped", "when i wiped",
        "backside", "my backside", "around my backside", "rear end",
        # the US word ("my butt goes numb after a long stretch in the seat")
        "butt", "my butt", "butt cheek", "butt cheeks", "buttcheeks", "tush",
    ),
    "SEXUAL": ("orgasms", "climaxing", "bedroom side", "old fella", "fella downstairs", "sex",
               "during sex", "intercourse", "making love", "orgasm", "climax", "sexual", "sexually",
               "erection", "erections", "ejaculate", "ejaculating", "ejaculation", "arousal", "aroused",
               "intimate", "intimacy", "in the bedroom", "bedroom stuff", "bedroom department",
               "things in the bedroom", "sex life", "love life", "my equipment", "my manhood", "my erections",
               "are together", "were together", "being together", "make love", "erectile", "get hard",
               "stay hard", "libido", "times with my wife", "times with my husband", "times with my partner",
               # named plainly or in slang ("my willy doesn't work since my back went")
               "willy", "penis", "todger", "my dick", "my cock", "pecker", "my junk", "vagina", "clitoris",
               "clit"),
    # What stopped or changed: sexual function ("my erections have stopped", "sex felt like nothing"), and
    # beside a bladder or bowel word a possible sign to check ("my bladder isn't working").
    "FAILED": ("stopped", "stopped working", "not working", "isn't working", "is not working", "isnt working",
               "doesn't work", "don't work", "won't work",
               "hasn't worked", "has not worked", "hasn't been working", "not worked",
               "gone", "felt like nothing", "feels like nothing", "no sensation", "problems", "problem",
               "trouble", "issues", "changed", "different"),
    "SEXUAL_DYSFUNCTION": (
        "erectile dysfunction", "can't get an erection", "cannot get an erection", "can not get an erection",
        "can't get or keep an erection", "cannot get or keep an erection", "can not get or keep an erection",
        "can't keep or get an erection", "can't get or maintain an erection",
        "can't get hard", "can't get it up", "cannot get it up", "can't keep an erection", "no erection",
        "not getting erection", "not getting an erection", "not getting erections",
        "not getting any erection",
        "no erections", "lost my erection", "impotent", "impotence", "can't ejaculate", "cannot ejaculate",
        "can't orgasm", "cannot orgasm", "can't climax", "unable to orgasm", "unable to get an erection",
        "problems getting an erection", "trouble getting an erection", "problems with erections",
        "new ed", "got ed", "have ed", "erection problems", "couldn't get hard", "can't finish",
        "nothing's working downstairs", "nothing's working down there", "nothing working down there",
        "nothing works down there", "nothing is working down there",
        "couldn't finish", "nothing works downstairs", "can't get it up", "couldn't get it up",
    ),
    # An odd feeling in the saddle area ("when I wipe it feels weird"): a check question.
    # asking when a function will come back tells it has gone ("when will I be able to pee normally again?")
    "NORMAL_AGAIN": ("normally again", "properly again", "normal again", "like normal again",
                     "the feeling back", "my feeling back", "the sensation back", "feel it again",
                     "feel anything again"),
    "ODD_FEELING": ("feels weird", "feel weird", "feels strange", "feels odd", "feels different",
                    "not my skin",
                    "like it's not mine", "feels funny"),
    "THROB": ("throbbing", "throbs"),
    "NUMB": (
        "numb", "numbness", "numbed", "gone numb", "went numb", "going numb", "no feeling", "can't feel",
        # "I haven't got any feeling in my bum"
        "haven't got any feeling", "have not got any feeling", "not got any feeling", "haven't got feeling",
        "have not got feeling", "not got feeling", "don't have any feeling", "do not have any feeling",
        "haven't any feeling",
        "cannot feel", "can not feel", "couldn't feel", "unable to feel", "lost feeling", "lost the feeling",
        "loss of feeling", "lost sensation", "loss of sensation", "reduced feeling", "reduced sensation",
        "less feeling", "altered sensation", "feels dead", "dead", "pins and needles", "pins n needles",
        "pins & needles", "tingling", "tingle",
        "tingles", "tingly", "prickling", "feel nothing", "feel anything", "can't feel anything",
        "no sensation", "without any feeling in", "without feeling in", "without any sensation in",
        "without sensation in", "numbish", "can't i feel", "can not i feel", "don't i feel", "anaesthetic",
        "anesthetic", "anaesthesia", "anesthesia", "hypoaesthesia", "hypoesthesia", "paraesthesia",
        "paresthesia", "novocaine", "frozen", "like a dentist", "no feeling at all", "lost all feeling",
        "belong to someone else", "belongs to someone else", "belonged to someone else",
        "belonging to someone else", "like someone else's", "didn't feel a thing",
        "didn't feel anything", "couldn't feel a thing", "can't feel a thing", "sitting on nothing",
        "gone quiet", "gone to sleep", "is asleep", "are asleep", "feels asleep", "feel asleep",
        # "there isn't any feeling down there", "hardly any feeling in my bum"
        "isn't any feeling", "is not any feeling", "isn't much feeling", "not much feeling",
        "hardly any feeling", "barely any feeling", "no feeling down there",
        "lost all sensation", "lost all the feeling", "zero feeling", "doesn't register", "don't register",
        "didn't register",
        # "felt like my bottom wasn't mine"
        "weren't mine", "wasn't mine", "isn't mine", "aren't mine", "not mine", "weren't my own",
        "wasn't my own", "isn't my own", "aren't my own", "not my own",
        "felt like nothing", "feels like nothing", "not touching me", "someone else's skin",
        "someone elses skin", "wasn't there", "weren't there", "zero sensation", "completely muted",
        "couldn't really feel", "can't really feel", "cannot really feel", "could not really feel",
        "couldn't properly feel", "can't properly feel", "barely feel", "hardly feel", "could barely feel",
        "could hardly feel", "can barely feel", "can hardly feel",
        "belong to somebody else", "belongs to somebody else", "belonged to somebody else",
        "belonging to somebody else", "like somebody else's"),
    # ---- legs, weakness and movement ------------------------------------------------------------------
    "LEG": (
        "leg", "legs", "thigh", "thighs", "calf", "calves", "knee", "knees", "shin", "shins", "ankle",
        "ankles", "foot", "feet", "toe", "toes", "hamstring", "hip", "hips", "buttock", "buttocks",
        "lower limb", "lower limbs", "hamstrings", "quads", "quadriceps", "quad muscle", "quad muscles",
        # (a bare "quad" may be a quad bike)
        "left quad", "right quad",
    ),
    # Both legs at once (bilateral signs are an emergency); plural "legs" alone only prompts a check.
    "BOTH_LEGS": ("both legs", "both my legs", "both of my legs", "both feet", "both my feet", "both leg",
                  "both of my feet",
                  "both thighs", "both quads", "both my quads", "both calves", "both sides", "both buttocks",
                  "both knees", "both ankles",
                  "both of them", "the pair of them", "legs are both", "both legs are", "legs both",
                  "either leg", "either of my legs", "either thigh", "either foot"),
    "LEGS_PLURAL": ("legs", "thighs"),
    "FEET_PLURAL": ("feet",),
    "RADIATING": ("shooting", "radiates", "radiating", "goes down", "going down", "runs down", "running down",
                  "travels down", "spreads down", "down both", "sciatica", "sciatic", "electric", "burning"),
    "LEG_IMPLIED": ("walk", "walking", "stand", "standing", "stairs", "balance"),
    "WEAK": (
        "weak", "weakness", "weaker", "weakening", "no strength", "lost strength", "losing strength",
        "loss of strength", "lost power", "no power", "giving way", "gives way", "gave way", "give way",
        "given way", "giving out", "gives out", "gave out", "given out", "buckling", "buckles", "buckled",
        "floppy", "feel heavy",
        # (a leg "going at the knee" gives way; not "my jeans went at the knee", "pain goes at the knee")
        "going at the knee", "keeps going at the knee", "kept going at the knee",
        "feels heavy", "heavy legs", "heavy leg", "can't lift my leg", "cannot lift my leg", "dragging",
        "drags", "floppy", "floppier", "buckling", "can barely stand", "barely stand on it",
        "won't do what i tell it", "won't do what i want", "doesn't do what i tell it",
        "strength is reducing", "strength is going", "strength is fading", "strength is dropping",
        "less strength", "losing power", "can't push off", "barely push off", "hardly push off",
        "won't push me up", "won't take my weight", "won't hold my weight", "folded under me",
        "crumpled under me", "going to custard", "gone to custard", "won't work properly",
        "don't work properly", "doesn't work properly", "won't work right",
    ),
    "WORSENING": (
        "getting worse", "worse and worse", "weaker and weaker", "getting weaker", "more and more",
        "worsening", "progressing", "progressive", "spreading", "each day", "by the hour",
        "by the day", "rapidly", "quickly", "fast", "getting weak", "keeps getting", "keep getting",
        "increasingly", "every day", "every hour", "worse today", "weaker today", "since yesterday",
        "than yesterday", "over the last few days", "over the past few days", "day by day", "hour by hour",
        "more each day", "spread", "spreads", "spreading up", "moving up", "progressed", "has progressed",
        "at all now", "was fine yesterday", "it was fine yesterday", "yesterday it was", "day before it was",
        "since this morning", "since last night", "now it's worse", "worse than yesterday", "and floppier",
        "downhill", "going downhill", "way worse", "much worse", "worse and worse", "now tonight",
        "worse than when", "worse than earlier", "than earlier", "than this morning", "fine this morning",
        "every few hours", "every couple of hours", "each hour", "by the minute", "every hour or so",
        "worsened", "worsens",
        # "two days ago it was just a bit weak, now it gives way": then only a little, worse now
        "it was just a bit", "it was only a bit", "it was only slightly", "at first it was just",
    ),
    # Days set side by side ("fine on Monday ... gave way yesterday ... today"): weakness may be progressing.
    "TIME_SEQUENCE": ("yesterday", "today", "this morning", "tonight", "day 1", "day 2", "day 3",
                      "last night", "at breakfast", "at lunch", "at lunchtime", "by lunchtime", "at teatime",
                      "by teatime", "at dinner", "by dinner", "this afternoon", "this evening", "by tonight",
                      "an hour ago", "a few hours ago",
                      "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday",
                      "on sunday"),
    "LOSS_OF_USE": (
        "lost the use", "lost use", "loss of use", "lost all use", "can't move", "cannot move",
        "unable to move", "no movement", "paralysed", "paralyzed", "paralysis", "completely lost",
        "can't feel or move", "won't move", "dead leg", "useless", "gave out completely", "gone completely",
        "collapsed under me", "gave way completely", "can't put any weight", "won't hold me up",
        "won't hold me", "can't hold me up", "totally gone", "completely gone", "at all anymore",
        "won't work at all", "doesn't work at all", "can't lift it at all", "won't lift at all",
        "can't lift it off the floor",
        "giving out under me", "leg's giving out", "whole leg's giving out", "leg is giving out"),
    "PROGRESSIVE_WEAKNESS": (
        "progressive leg weakness", "progressive weakness", "legs are giving up", "can no longer walk",
        "can't walk now", "legs have gone", "legs have given up", "my legs have gone",
        "can't walk anymore", "can't stand up anymore",
    ),
    "LEG_WEAKNESS_SIGN": (
        "foot drop", "drop foot", "dropped foot", "dragging my foot", "drag my foot", "dragging my leg",
        "drag my leg", "dragging the leg", "dragging it", "foot slaps",
        "foot is slapping", "tripping over my foot", "tripping over my feet", "keep tripping",
        "keeps tripping", "catching my toes", "can't lift my foot", "cannot lift my foot",
        "can't lift the front of my foot", "won't lift properly", "foot won't lift", "scuffing my shoe",
        "scuffing my foot", "scuff my", "catching my toe", "can't stand on my heel",
        "cannot stand on my heel",
        "can't stand on my toes", "can't stand on my tiptoes", "can't stand on tiptoe",
        "can't walk on my toes", "can't walk on my heels", "leg gives way", "legs give way",
        "leg gave way", "legs gave way", "leg keeps giving way", "knee gives way", "knee buckles",
        "leg has given way", "legs have given way", "knee has given way",
    ),
    "PAIN": (
        "pain", "pains", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching", "achy", "sore",
        "shooting", "burning", "stabbing", "radiates", "radiating", "radiate", "goes down", "going down",
        "runs down", "running down", "travels down", "travelling down", "spreads down", "down my leg",
        "down my legs", "down the back of my leg", "electric", "zapping", "cramp", "cramping",
        # "my left leg is worse than the back now, it goes all the way down the outside to my foot"
        "goes all the way down", "all the way down my leg", "all the way down to my foot",
    ),
    "SCIATICA": ("sciatica", "sciatic", "sciatic nerve", "trapped nerve", "pinched nerve", "radiculopathy"),
    "WORSE_THAN_BACK": (
        "worse than my back", "worse than the back", "worse than back", "more than my back",
        "more than the back", "worse in my leg", "worse in the leg", "mostly in my leg", "mainly in my leg",
        "more in my leg", "leg is worse", "legs are worse", "leg pain is worse", "leg hurts more",
        "legs hurt more", "worse than in my back",
    ),
    # ---- trauma ----------------------------------------------------------------------------------------
    "MAJOR_TRAUMA": (
        "t-boned", "t boned", "airbags went off", "airbag went off", "car crash", "car accident",
        "road accident", "traffic accident", "motorbike accident",
        "motorcycle accident", "bike accident", "bike crash", "collision", "rear ended",
        "rear-ended", "shunted me", "got shunted", "was shunted",
        "hit by a car", "hit by a truck", "hit by a bus", "hit by a vehicle", "run over",
        "knocked over by", "knocked down by", "fell from", "fell off", "fall from", "fallen from",
        "fallen off", "falling from", "fell down the stairs", "fell down stairs", "fell down a flight",
        "fallen down the stairs", "fall down the stairs", "falling down the stairs",
        "tumbled down the stairs",
        "tumbled down stairs", "fell down a whole flight", "down a flight of stairs",
        "from a height", "from height", "off a ladder",
        "off the ladder", "off a roof", "off the roof", "from a ladder", "from the roof", "off a horse",
        "from a horse", "thrown from", "thrown off", "knocked out",
        "knocked me out", "knocked unconscious", "unconscious", "blacked out after", "big fall", "bad fall",
        "heavy fall", "serious fall", "major fall", "hard fall", "nasty fall", "kicked by a horse",
        "kicked in the back by a horse", "kicked by a cow", "kicked in the back by a cow", "kicked by a bull",
        "kick from a horse", "kick from a cow", "kick from a bull", "kick from a steer",
        "kick from the horse", "kick from the cow", "kick from the bull",
        "heavy blow", "blow to my back", "blow to the back", "assaulted", "beaten up",
        "attacked", "major accident", "serious accident", "bad accident", "big accident",
        "high speed", "rugby tackle", "tackled hard", "hard tackle", "big tackle", "car hit me", "van hit me",
        "truck hit me", "bus hit me",
        "lorry hit me", "knocked off my bike", "knocked off my motorbike", "knocked off my scooter",
        "knocked off my horse", "hit by a van", "hit by a lorry", "hit by a motorbike", "by a car",
        "by a van", "by a truck", "by a bus",
    ),
    # A crash, a roll or being thrown counts with a vehicle or an animal ("crashed my bike", not "crashed
    # on the sofa"); "came off" likewise ("came off my bike", not "came off my tablets").
    "CRASH": ("crash", "crashed", "crashing", "came off", "come off", "thrown", "rolled", "flipped",
              "wrote off", "written off", "smashed", "hit by", "struck by", "kicked by", "trampled",
              "landed on me", "fell on me", "fell onto me", "pinned", "threw me", "bucked me off",
              "ran into the back of", "drove into the back of", "went into the back of", "ploughed into",
              "plowed into", "slammed into", "smashed into", "shunted"),
    "VEHICLE": ("car", "my car", "bike", "motorbike", "motorcycle", "quad", "quad bike", "atv", "ute",
                "truck",
                "van", "bus", "lorry", "tractor", "vehicle", "scooter", "horse", "bull", "cow", "jet ski",
                "mountain bike", "push bike", "skateboard", "snowboard", "skis", "trampoline", "forklift",
                "load", "pallet", "beam", "tree", "branch"),
    "IMPACT": ("landed on my back", "landed hard", "slammed", "wiped out", "came down from", "smashed into",
               "hit the ground", "hit the deck", "thrown onto", "thrown into", "crushed", "pinned under",
               "rope failed", "rope snapped", "from the top of",
               # a hard hit or a crack in the back (people, not vehicles): a check question
               "landed on me", "massive hit", "big hit", "huge hit", "heavy hit", "hard hit",
               "heard a crack", "felt a crack", "felt something crack", "heard something crack",
               "heard it crack", "felt something snap", "heard a snap", "into a tree", "hit a tree",
               "landed flat on", "full gallop", "speared", "head first into", "landed back first",
               "landed back-first", "back first onto", "back-first onto", "back first on to",
               "smashed in a tackle", "smashed in the tackle", "flattened in a tackle"),
    # A fall from a height: "fell 3 metres", "fell off scaffolding" (number + unit tagged in language.py).
    "FALL": ("fell", "fall", "fallen", "falling"),
    "HEIGHT": ("scaffold", "scaffolding", "ladder", "roof", "balcony", "cliff", "tree", "wall", "bunk bed",
               "loft", "height", "horse", "trampoline"),
    "MINOR_TRAUMA": (
        "fell", "fall", "fallen", "falling", "fell over", "had a fall", "slipped", "slip", "tripped",
        "trip", "accident", "injury", "injured", "injure", "knock", "knocked", "bump", "bumped", "tackle",
        "tackled", "landed on", "whiplash", "hit", "slid off", "slid", "sat down hard", "bumped down",
        "went over", "came down", "tumble", "tumbled", "took a tumble", "stumble", "stumbled",
        "lost my footing", "missed a step", "missed the step", "went flying", "missed the last step",
        "missed the bottom step", "went down on", "down i went", "hit the floor", "rolled out of bed",
        "fell out of bed", "with a thump", "landed on my bum", "landed on my backside",
        "had a bit of a sit-down", "had a bit of a sit down", "my bit of a sit-down", "unexpected sit-down",
        "sit-down on the step",
        "sit-down on the back step", "sit-down on the steps",
    ),
    "OSTEOPOROSIS": ("osteoporosis", "osteoporotic", "brittle bones", "thin bones", "osteopenia",
                     "weak bones", "bone thinning", "bone-thinning", "thinning bones",
                     "thinning of the bones", "low bone density",
                     # the medicines given for it: a person who takes them has been told their bones are thin
                     "alendronic acid", "alendronate", "fosamax", "risedronate", "actonel", "ibandronate",
                     "bonviva", "zoledronic acid", "aclasta", "denosumab", "prolia", "bone tablets",
                     "bone strengthening tablets", "tablets for my bones",
                     # "the needle for my thin bones", "a jab every six months for my bones"
                     "needle for my bones", "injection for my bones", "jab for my bones", "bone injection",
                     "bone infusion", "infusion for my bones", "bone density injection"),
    # ---- vascular and chest --------------------------------------------------------------------------
    "PULSING": ("pulsing", "pulsating", "pulsates", "throbbing lump", "beating", "heartbeat",
                "throbbing mass",
                "pulsing mass", "pulsing lump", "pulse", "pulses", "lump that throbs", "beats", "throbs",
                "pulsates", "in time with my heart", "in time with my heartbeat", "with my heartbeat",
                "throbs like a heartbeat",
                # clinical words ("a pulsatile mass just above my umbilicus")
                "pulsatile", "pulsatile mass", "expansile", "expansile mass"),
    # Other body parts: an answer naming one ("pins and needles in my hand") is not read as about the groin.
    "ELSEWHERE": ("hand", "hands", "arm", "arms", "finger", "fingers", "fingertips", "face", "lip", "lips",
                  "neck", "shoulder", "shoulders", "wrist", "elbow"),
    "BELLY": ("belly", "abdomen", "abdominal", "tummy", "stomach", "puku", "tum", "navel", "belly button",
              "umbilicus", "periumbilical"),  # (not "epigastric", said of heartburn, nor "umbilical hernia")
    "CHEST_PAIN": ("chest pain", "pain in my chest", "chest hurts", "tight chest", "chest tightness",
                   "crushing chest", "pain in the chest", "chest is tight", "heart attack",
                   "crushing feeling",
                   "pressure in my chest", "chest pressure", "into my left arm", "down my left arm",
                   "tightness in my chest"),
    "FAINTING": ("fainted", "fainting", "feel faint", "felt faint", "feeling faint", "feels faint",
                 "going to faint", "gonna faint", "about to faint", "passed out", "passing out", "pass out",
                 "collapsed", "collapse", "blacked out", "blacking out", "about to pass out", "keeled over",
                 "did faint", "i faint", "made me faint", "makes me faint", "nearly fainted",
                 # ("The wife says I did go down in the bathroom. Only for a few seconds.", persona run 37)
                 "did go down in the", "went down for a few seconds", "was down for a few seconds",
                 "went down for a second", "was down for a second",
                 "almost fainted",
                 "lost consciousness", "lose consciousness", "losing consciousness", "everything went black",
                 "everything went dark", "went all black", "vision went black", "greyed out", "grayed out",
                 "came over all faint", "came over faint", "swooned", "conked out", "flaked out",
                 "when i came to", "when i came round", "when i came around", "came to on the floor",
                 "came round on the floor", "went down like a sack", "dropped like a stone",
                 "out like a light", "blacked out for",
                 # ("next thing I know I'm on the floor of the back office, must have been out a few seconds",
                 # persona run 34)
                 "next thing i know i'm on the floor", "next thing i knew i was on the floor",
                 "next thing i know i was on the floor", "next thing i'm on the floor",
                 "must have been out a few", "must have been out for", "must've been out a few",
                 "must've been out for", "was out cold", "out cold on the floor",
                 # (persona run 35: "I did come over very faint at the organ", the intensifier taken out by
                 # `normalise`)
                 "come over faint", "comes over faint", "coming over faint", "went faint", "going faint",
                 "gone faint", "go faint", "got faint", "getting faint"),
    # Back pain reaching the chest is checked; with a sudden start or as the worst pain ever, it is a sign.
    "CHEST": ("chest", "breastbone", "sternum"),
    "WORST_PAIN": ("worst pain of my life", "worst back pain of my life", "worst pain i've ever had",
                   "worst pain i have ever had", "worst pain i've ever felt", "worst pain ever",
                   "worst back pain ever", "worst pain in my life", "worst pain i've had",
                   "worst pain i have had", "worst i've ever had", "worst pain i've known"),
    "DIZZY": ("dizzy", "dizziness", "light headed", "lightheaded", "light-headed", "woozy", "giddy",
              "room spinning", "clammy", "sweaty and pale", "grey and sweaty",
              # what others see ("the missus reckons I look a bit pale", "she said I went grey"): checked
              "look pale", "looks pale", "look a bit pale", "looking pale", "look grey", "looks grey",
              "looking grey", "funny turn",
              # "Went grey", "No. Just felt a bit queer." (persona run 37: a near-faint told in older words)
              "went grey", "gone grey", "turned grey", "went gray", "turned gray", "went white as a sheet",
              "felt queer", "felt a bit queer", "came over queer", "come over queer", "went queer",
              "came over all queer", "felt all queer", "feeling queer", "feel queer"),
    "SUDDEN": ("sudden", "suddenly", "all of a sudden", "out of nowhere", "came on suddenly",
               "came on all at once",
               "in an instant", "like a knife", "out of the blue"),
    # A known aortic aneurysm in plain words ("a bulge on the big blood vessel in my belly", "swelling on my
    # aorta") is also read from token patterns in clinical/language.py.
    "ANEURYSM": ("aneurysm", "aortic aneurysm", "triple a", "triple-a", "aaa", "a.a.a", "aorta", "big artery",
                 "main artery", "swollen artery", "enlarged artery", "bulging artery", "aortic bulge",
                 "aortic swelling", "aortic dilatation", "aortic dilation", "aortic enlargement",
                 "dilated aorta", "enlarged aorta", "swollen aorta", "bulging aorta", "ballooning artery",
                 "bulging blood vessel", "swollen blood vessel", "enlarged blood vessel", "ballooned artery",
                 "abdominal aortic", "aneurism", "anurysm"),
    # "like something tore": perhaps a strained muscle, perhaps a torn vessel (checked, with the other signs)
    "TORN_INSIDE": ("something tore", "something tear", "something's torn", "something torn",
                    "something ripped", "something rip", "felt a tear", "felt a rip"),
    # (not "ripping out the old kitchen cabinets" or "tearing up the carpet": the pain itself tearing)
    "TEARING_PAIN": ("tearing pain", "ripping pain", "tearing sensation", "feels like tearing", "a tearing",
                     "a ripping", "tearing feeling", "ripping feeling", "ripping sensation", "like tearing",
                     "like ripping", "tearing through", "ripping through", "tearing in my", "ripping in my",
                     "something tearing", "something ripping", "someone tearing", "someone ripping",
                     "ripping me open", "tearing me open", "ripping me apart inside",
                     "sudden severe belly pain", "sudden severe stomach pain",
                     "a tearing kind"),
    # ---- systemic ----------------------------------------------------------------------------------------
    "FEVER": (
        "fever", "fevers", "feverish", "febrile", "high temperature", "high temp", "a temperature",
        "running a temperature", "running a temp", "raised temperature", "temperature of", "temp of",
        "chills", "shivers", "shivery", "shivering", "the shakes", "rigors", "night sweats",
        "sweats", "sweating at night", "hot and cold", "hot and shivery", "burning up", "flu-like",
        "flu like", "hot flushes and shivers", "shaking with cold", "rigours", "sweating buckets",
        "drenched in sweat", "soaked in sweat", "burning hot",
        # night sweats said without the word ("drenched every night", "woke up soaked")
        "drenched every night", "drenched at night", "soaked every night", "soaked at night",
        "woke up drenched", "wake up drenched", "waking up drenched", "woke up soaked", "wake up soaked",
        "waking up soaked", "soaked through at night", "soaked through every night",
        "soaked with sweat", "drenched with sweat", "sweaty at night", "sweating every night",
        "sweating all night",
    ),
    # a red patch and warmth said apart ("a red patch where it hurts ... and it's warm to touch")
    "RED_SKIN": ("red patch", "red area", "red mark", "red spot", "red blotch", "redness", "gone red",
                 "reddish patch", "red lump", "red and sore", "bright red patch"),
    "WARM_SKIN": ("warm", "warm to touch", "warm to the touch", "hot to touch", "hot to the touch",
                  "feels hot", "feels warm", "hot when", "warmer than", "radiating heat", "heat coming off"),
    "HOT_RED_AREA": ("red and hot", "hot and red", "red hot", "warm and red", "red and warm", "hot, red",
                     "red, hot", "hot red", "hot swollen", "hot and swollen", "red and swollen",
                     "warm and angry", "angry looking", "angry-looking"),
    "LOSE": ("lost", "losing", "lose", "loss", "shed", "shedding", "falling off", "fallen off"),
    "WEIGHT": ("weight", "kilos", "kg", "kgs", "pounds", "lbs", "stone", "a stone", "half a stone"),
    "CLOTHES": ("clothes", "trousers", "jeans", "belt", "dress", "shirt", "pants", "waistband", "skirt"),
    "LOOSE": ("loose", "looser", "baggy", "hanging off", "falling down", "notch", "notches", "gone in",
              "too big", "swimming in", "falling off me", "hanging off me", "new holes", "new hole",
              "extra hole", "extra holes", "another hole"),
    "WEIGHT_LOSS": ("weight loss", "weightloss", "getting thinner", "clothes are loose", "weight has dropped",
                    "weight is dropping", "weight dropped", "dropped a dress size", "dropped a stone",
                    "weight is down", "weight's down", "weight has gone down", "down a dress size",
                    "clothes are hanging off", "wasting away", "lost my appetite and weight",
                    "look thinner", "looking thin", "look gaunt", "looking gaunt", "skin and bone",
                    "gone thin", "gone all thin", "got thin", "thin in the face"),
    "CANCER": (
        "cancer", "cancers", "tumour", "tumours", "tumor", "tumors", "malignancy", "malignant",
        "leukaemia", "leukemia", "lymphoma", "myeloma", "melanoma", "carcinoma", "sarcoma", "metastases",
        "metastatic", "metastasis", "secondaries", "oncologist", "oncology", "radiotherapy", "radiation",
        "mastectomy", "the big c", "big c",
        # in a health worker's shorthand ("breast ca 2019", "bone mets"; "hx of RCC": language.py, as
        # "rcc", "crc" and "hcc" also name councils, jobs and screening)
        "renal cell", "nsclc", "sclc", "hodgkin", "hodgkin's", "hodgkins", "bone mets", "bony mets",
        "spinal mets", "liver mets", "lung mets", "brain mets",
        *(f"{organ} ca" for organ in ("breast", "prostate", "lung", "bowel", "colon", "colorectal", "renal",
                                      "kidney", "ovarian", "cervical", "pancreatic", "thyroid", "bladder")),
        *(f"ca {organ}" for organ in ("breast", "prostate", "lung", "bowel", "colon")),
    ),
    # a steroid named, and later taken up again ("off the steroids for years but went back on them in
    # March"): perhaps long-term use now, checked
    "STEROID": ("steroid", "steroids", "prednisolone", "prednisone", "dexamethasone",
                "hydrocortisone tablets"),
    "TAKEN_UP_AGAIN": ("back on them", "back on it", "back on those", "on them again", "on it again",
                       "started them again", "started it again", "restarted them", "restarted it",
                       "started back on them", "started back on it"),
    # remission with no illness named ("I was in remission until 2021"): most often a cancer, so checked
    "REMISSION": ("in remission", "remission", "into remission"),
    "IMMUNOSUPPRESSION": (
        "immunosuppressed", "immunosuppressant", "immunosuppressants", "immunosuppression",
        "immunocompromised", "weakened immune", "weak immune", "low immunity", "low immune",
        "immune system is weak", "poor immune", "long-term steroids", "long term steroids",
        "on steroids", "steroid tablets", "prednisone", "prednisolone", "dexamethasone", "chemo",
        "chemotherapy", "hiv", "hiv+", "hiv positive", "hiv/aids", "have aids", "inject drugs",
        "injecting drugs", "injected drugs", "iv drugs", "intravenous drugs", "inject heroin", "shoot up",
        "injecting heroin", "heroin intravenously", "use heroin intravenously", "shooting up", "iv heroin",
        "iv drug user", "iv drug use", "ivdu", "injecting drug user", "intravenous drug user",
        "i inject", "injecting meth", "inject meth",
        "transplant", "methotrexate",
        "biologic", "biologics", "biological therapy", "azathioprine", "ciclosporin", "cyclosporine",
        "tacrolimus", "mycophenolate", "infliximab", "adalimumab", "humira", "etanercept", "enbrel",
        "rituximab", "long term pred", "long-term pred", "on pred", "pred for", "methylprednisolone",
        "methylpred"),
    "SEVERE": ("very", "really", "extremely", "severely", "severe", "exquisitely", "incredibly", "so",
               "agony", "scream", "screaming", "hit the roof", "jump out of my skin", "through the roof",
               "unbearable", "excruciating", "jump", "wince", "hit the ceiling", "yelped", "yelp",
               "cried out", "cry out", "jumped", "screamed", "through the ceiling", "like mad", "desperate"),
    "TENDER": ("tender", "tenderness", "sore to touch", "hurts to touch", "painful to touch", "tapping",
               "tap on", "to press", "press on", "pressing", "touching", "to touch", "push on", "pushing on",
               "hurts when i press", "painful when pressed", "sore when pressed", "when i press",
               "when pressed", "pressing on", "presses on", "pressed on", "pushed on", "pushes on",
               "pressed along", "pressing along", "press along", "prodded", "poked", "tapped on", "knock on",
               "touches it", "anyone touches", "anything touches", "touch it"),
    "SPINE_BONE": ("vertebra", "vertebrae", "vertebral", "bone", "bones", "bony", "spine", "spinal",
                   "backbone", "spinous", "one spot on my spine", "tailbone", "coccyx", "knobbly bones",
                   "knobbly bone", "knobbly bits", "bumps on my spine", "bumps of my spine",
                   "knobs on my spine"),
    # ---- self-harm and overdose ----------------------------------------------------------------------
    # giving up said of everything, not of the exercises: possible crisis wording, checked with one question
    # a gun named at all is checked beside back pain (set 77: "put the shotgun by the bed last
    # night and sat with it a long while"); "my nail gun" is not "my gun"
    # (a rifle or shotgun named alone is a shooter's or a farmer's tool: only kept close or held, above)
    "FIREARM": ("my gun", "the gun", "a gun", "firearm", "pistol", "revolver"),
    "GIVING_UP": (
        *GIVING_UP_FEELINGS, "give up on everything",
        "giving up on everything", "give up on life", "giving up on life", "given up on life",
        "given up on everything", "what's the point anymore", "whats the point anymore",
        "what is the point anymore", "had enough of everything", "had enough of life", "can't cope anymore",
        "cant cope anymore", "can't cope any more",
        # (said of work or the exercises too, so only checked)
        "can't keep doing this", "cant keep doing this", "can't keep going like this",
        "cant keep going like this", "nobody would miss me", "no one would miss me",
        "nobody would even miss me",
        # affairs put in order ("I won't need any of it after this weekend, the back pain has won")
        "won't need any of it after", "won't be needing any of it after", "the back pain has won",
        # ("given away my dogs ... I won't be needing them after Friday"; "put my affairs in order ... I have
        # no wish to see another winter"; not "won't need it after all", "don't want to see another GP")
        *(f"{need} {what} after {when}" for need in ("won't need", "won't be needing")
          for what in ("them", "it", "anything")
          for when in ("tonight", "today", "tomorrow", "this week", "this weekend", "the weekend", "monday",
                       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
        "put my affairs in order",
        # ("if not I'm not sticking around for it"; and language.py's _NOBODY_TO_WORRY, _TABLETS_LINED_UP)
        "not sticking around for it", "not sticking around for this", "not sticking around for that",
        "not going to stick around for it", "not going to stick around for this",
        # ("my back will never get better and I've decided I'm done": language.py; not "done with physio")
        "i'm done with life", "i am done with life", "done with being alive",
        *(f"{wish} see another {season}" for wish in ("no wish to", "don't want to", "do not want to")
          for season in ("winter", "summer", "spring", "autumn", "christmas", "birthday", "year")),
    ),  # (and language.py's _AT_A_DROP, _LIFE_NOT_WORTH)
    "SELF_HARM": (
        # slang and euphemism ("topping myself", "gonna neck myself", "unalive myself"; "kms" is often a
        # joke, and the red-flag reader checks it)
        "topping myself", "top myself", "neck myself", "necking myself", "unalive myself",
        "unaliving myself", "dont want to live", "don't wanna live", "dont wanna live", "the rope ready",
        "ways to kill myself", "giving my stuff away", "giving away my stuff", "giving my things away",
        "kill myself", "killing myself", "end my life", "ending my life", "end it all", "suicide",
        "suicidal", "want to die", "wanna die", "wish i was dead", "wish i were dead", "better off dead",
        "don't want to be here", "don't want to live", "not want to live", "hurt myself", "hurting myself",
        "harm myself",
        "harming myself", "self harm", "self-harm", "self harmed", "self-harmed",
        "hang myself", "hanging myself", "hung myself", "hanged myself", "pills saved up", "tablets saved up",
        "saved up my pills", "saved up my tablets", "saving up my pills", "saving up my tablets",
        "stockpiling my pills", "stockpiling pills", "stockpiling my tablets", "stockpiling tablets",
        "self harming", "self-harming", "take my own life", "no reason to live",
        "can't go on", "ending it", "end it", "thinking of ending",
        # going on or being here doubted ("I no longer wish to go on", "not sure I want to be here")
        # ("don't want to go on holiday", "no longer want to live in London": plans, not a doubt of living)
        *(f"{doubt} {verb} to {what}"
          for doubt in ("no longer", "not sure i", "don't know if i", "don't think i")
          for verb in ("want", "wish")
          for what in ("go on living", "carry on living", "keep living", "be alive", "be here anymore",
                       "be here any more", "live anymore", "live any more")),
        "no longer wish to go on", "wish to go on no longer",
        *(f"{doubt} to {verb} anymore" for doubt in ("don't want", "not sure i want", "don't know if i want")
          for verb in ("go on", "carry on", "keep going")),
        "don't want to be alive", "do not want to be alive", "not worth living", "no point living",
        "take my life", "point in going on", "no point going on", "don't see the point", "see no point",
        "not be around", "not planning on being around", "won't be around much longer",
        # "I think often about jumping from the apartment roof" (not "jumping off the sofa", "the queue")
        *(f"{think} jumping {off} {the} {place}"
          for think in ("think about", "think often about", "thinking about", "thought about", "thoughts of",
                        "thoughts about", "think of", "thinking of")
          for off in ("from", "off") for the in ("the", "a", "my")
          for place in ("roof", "apartment roof", "bridge", "building", "cliff", "balcony", "ledge", "tower",
                        "car park", "multi-storey")),
        *(f"{think} jumping in front of {the} {what}"
          for think in ("think about", "thinking about", "thought about", "thoughts of", "thinking of")
          for the in ("a", "the") for what in ("train", "bus", "car", "truck", "lorry")),
        "better off without me", "better off gone", "better off not being here", "a burden to everyone",
        "such a burden", "sorting my affairs", "not wake up", "never wake up", "about not waking up",
        "of not waking up", "about never waking up", "of never waking up", "urge to burn",
        "urges to burn", "want to burn myself", "wanting to burn myself", "burn myself on purpose",
        "burning myself on purpose", "burnt myself on purpose", "burned myself on purpose",
        "want it all to stop", "not interested in living", "no interest in living",
        # "thinking to not be here anymore", "I'd rather not be here anymore" (not "the locum will not be here
        # anymore")
        "to not be here anymore", "to not be here any more", "to just not be here anymore",
        "rather not be here anymore", "rather not be here any more", "i am burden", "i'm burden",
        "burden for my family", "burden to my family", "if ah just didn't wake up", "if ah didn't wake up",
        "want it to end", "want it all to end", "can't do this anymore", "can't go on like this",
        # "I think to just jump from our building so it will finish"
        "jump from our building", "jump from the building", "jump off the building", "jump off our building",
        "jump from the roof", "jump off the roof", "jump off a bridge", "jump off the bridge",
        "jump from a bridge", "jump from the bridge", "jump off a cliff", "jump in front of",
        "so it will finish", "so it will end", "so it all ends", "so it will all end",
        "sleep forever", "never wake",
        # a gun kept close or held ("put the shotgun by the bed last night and sat with it a long while": set
        # 77, a farmer who had lost his flock; missed, an emergency)
        *(f"{put} {the} {gun} {where}"
          for put in ("put", "kept", "keep", "keeping", "left", "laid", "got", "have")
          for the in ("the", "my", "a") for gun in ("gun", "shotgun", "rifle", "pistol", "firearm")
          for where in ("by the bed", "by my bed", "next to the bed", "next to my bed", "beside the bed",
                        "beside my bed", "under my pillow", "under the pillow", "on my lap", "in my lap")),
        *(f"{sat} with the {gun}" for sat in ("sat", "sitting", "sit")
          for gun in ("gun", "shotgun", "rifle")),
        *(f"{gun} to my {part}" for gun in ("gun", "shotgun", "rifle", "pistol")
          for part in ("head", "chin")),
        *(f"{gun} in my mouth" for gun in ("gun", "shotgun", "rifle", "pistol")),
        # "better if I am not alive, family will be free from me"
        "better if i am not alive", "better if i'm not alive", "better if i was not alive",
        "better if i wasn't alive", "better if i were not alive", "rather not be alive", "rather be dead",
        "be free from me", "be free of me",
        # a way of dying looked at ("how much quicker it'd be to just go off the bridge")
        "go off the bridge", "drive off the bridge", "jump off the bridge", "going off the bridge",
        "driving off the bridge", "jumping off the bridge",
        "drive off a cliff", "drive into a tree", "drive into a wall",
        *(f"{verb} in front of a {vehicle}"
          for verb in ("step", "stepping", "jump", "jumping", "walk", "walking")
          for vehicle in ("bus", "train", "truck", "lorry", "car")),
        "walk into the sea", "jump off a building", "jump off the roof",
        "end things", "enough to finish things", "enough now to finish things", "finish things tonight",
        "ending things", "not going to be around", "won't be around", "don't see a way forward",
        "no way forward", "can't live like this", "can't live with this", "thinking about jumping",
        "stop for good", "end this for good", "written letters to", "goodbye letters", "make it all stop",
        "make this all stop", "going off the road", "drive off the road", "driving off the road",
        "drive into a tree",
        "in front of a train", "in front of a bus", "in front of a lorry", "off a bridge", "jump off",
        "finish myself", "finish myself off", "end myself", "fed up with life", "cutting my arms",
        "cutting myself", "cut myself", "cutting again", "burning myself",
        # "cut my arm again, first time in years": cutting again, or the wrists
        "cut my arm again", "cut my arms again", "cut my legs again", "cut my thighs again",
        "cut my thigh again", "cut my wrists", "cutting my wrists", "slit my wrists", "slash my wrists",
        "slashing my wrists", "slit my wrist", "cutting my thighs",
        # burning oneself on purpose ("burned my arm with a lighter on purpose")
        *(f"{burnt} my {part} {how}" for burnt in ("burned", "burnt", "burn", "burning")
          for part in ("arm", "arms", "leg", "legs", "hand", "wrist", "wrists", "thigh", "thighs", "skin")
          for how in ("on purpose", "with a lighter", "with a cigarette", "with a lighter on purpose")),
        "better off with the life insurance", "better off with the insurance", "life insurance than",
        "life insurance would do more", "insurance would do more", "better off with my insurance",
        "better off with my life insurance",
        "better off with the payout", "payout than with me", "insurance than with me",
        "worth more dead", "more use dead", "more use to them dead",
        # "they'd all be happier if I wasn't here"; "I'm a burden on everyone"
        "if i wasn't alive", "if i weren't alive", "if i wasn't here", "if i weren't here",
        "if i wasn't around", "if i weren't around", "if i was gone", "if i were gone", "happier without me",
        "easier without me", "better without me", "i'm a burden", "i am a burden", "i'm just a burden",
        "feel like a burden", "being a burden", "burden on everyone", "burden on my family",
        "rather not wake up", "not to wake up", "don't want to wake up", "don't wanna wake up",
        "writing letters to", "in case i'm not around", "not around much longer", "looking at the bridge",
        "thinking about the bridge",
        # "walking into the sea and not coming back"; "googling painless ways to go"; "better off with
        # someone else" (said of a child or partner)
        "walking into the sea", "walk into the sea", "walk into the ocean", "walking into the ocean",
        "walk into the river", "walking into the river", "walk into traffic", "walking into traffic",
        "and not coming back", "painless ways to go", "painless way to go", "painless ways to die",
        "painless way to die", "ways to end it", "way to end it", "ways to kill myself",
        "better off with someone else", "better off without their mum", "better off without their dad",
        # "easier if I just didn't wake up"; "I've thought about the pills in my drawer"
        "if i just didn't wake up", "if i didn't wake up", "if i never woke up", "if i just never woke up",
        "thought about the pills", "thought about taking the pills", "thought about taking them all",
        "thinking about the pills", "thought about my pills", "thinking about my pills",
        # a means made ready ("got the blades ready"; not pills or a rope, which are set out for the day
        # or a climb)
        *(f"{means} {ready}" for means in ("the blades", "razor blades", "razors", "noose")
          for ready in ("ready", "all ready", "are ready", "is ready", "set out"))),
    "OVERDOSE": (
        # ("I took a bottle of pills, please help")
        *(f"{took} a {bottle} of {pills}" for took in ("took", "taken", "swallowed")
          for bottle in ("bottle", "heap", "load", "bunch", "pile", "tub")
          for pills in ("pills", "tablets", "painkillers", "paracetamol", "panadol", "codeine", "tramadol")),
        "took loads of pills", "took loads of tablets",
        "overdose", "overdosed", "overdosing", "od'd", "took too many", "taken too many", "take too many",
        "took too much", "taken too much", "take too much", "took all my", "take all my", "taken all my",
        # "took all the tablets in the strip at once" (not "took all the tablets the GP gave me", "can I take
        # all the tablets at once?")
        "took the whole strip", "taken the whole strip", "swallowed the whole strip",
        "all the tablets in the strip", "all the pills in the strip", "took all the tablets at once",
        "took all the pills at once", "taken all the tablets at once", "taken all the pills at once",
        "whole packet", "whole box", "whole bottle", "double dose", "doubled my dose", "extra tablets",
        "more than the dose", "more than the maximum", "saving up my pills", "saving my pills",
        "saved up enough of my tablets", "saved up enough of my pills", "saved up enough tablets",
        "saved up enough pills", "saved enough tablets", "saved enough pills",
        "stockpiling", "stockpiled", "swallowed a lot of", "swallowed all", "swallowed the lot",
        "took a handful", "taken a handful", "lethal dose", "fatal dose", "how many would kill",
        "how many to kill", "full packet", "the whole lot", "take the lot", "taking the lot",
        "swallowed the rest", "rest of the packet", "saving them up", "saved them up", "swallowed the packet",
        "how many of my pills", "how many pills it would take", "how many it would take",
        "swallowed a handful", "handful of my", "swallowed too many", "swallowed too much",
        "swallowed way too many", "took way too many", "taken way too many",
    ),
    # ---- patterns that lead to `soon` ------------------------------------------------------------
    "NIGHT": ("at night", "in the night", "during the night", "nighttime", "night time", "in bed",
              "lying down", "nights"),
    "NIGHT_PAIN": (
        "night pain", "wakes me", "wakes me up", "woken up by", "wake me up", "waking me", "keeps me awake",
        "keeping me awake", "can't lie down", "worse in bed", "worse at night", "wake me every night",
        "wake me at night", "wake me in the night",
    ),
    "MORNING_STIFFNESS": (
        "stiff in the morning", "stiff in the mornings", "morning stiffness", "stiff when i wake",
        "stiff when i get up", "stiff first thing", "stiffness in the morning", "stiff mornings",
        "mornings are stiff", "stiff every morning", "stiffness first thing", "stiff for an hour",
        "stiff until", "stiff for hours",
        # ("takes me about an hour to loosen up in the mornings", persona run 37: never read)
        "hour to loosen up", "hours to loosen up", "ages to loosen up", "an hour to loosen up",
        "hour to get moving in the morning", "hour to get going in the morning",
    ),
    "STIFF": ("stiff", "stiffness", "stiffer", "seized up", "locked up"),
    "MORNING": ("morning", "mornings", "first thing", "when i wake", "when i get up", "on waking"),
    "STOPS_WORK_OR_SLEEP": (
        "can't work", "cannot work", "unable to work", "off work", "signed off", "stopped working",
        "can't do my job", "struggling at work", "struggling with work", "missing work", "missed work",
        "can't sleep", "cannot sleep", "not sleeping", "unable to sleep", "no sleep", "can't get to sleep",
        "barely sleep", "hardly sleep", "can't get out of bed", "can't do anything", "can't look after",
        "stopping me working", "stopping me from working", "stopping me sleeping", "keeps me off work",
        # "cannae kneel, cannae bend, havnae worked in 8 days" (persona run 29: asked again); not "things
        # haven't worked in the bedroom"
        "i haven't worked", "i have not worked", "i've not worked", "haven't worked since",
        "not worked since", "not been able to work", "haven't been to work", "not been to work",
        "haven't been at work", "not been at work", "haven't been back to work", "not been back at work",
        *(f"{not_worked} {n} {unit}" for not_worked in ("haven't worked in", "haven't worked for",
                                                        "not worked in", "not worked for")
          for n in (*map(str, range(2, 32)), "two", "three", "four", "five", "six", "seven", "eight",
                    "nine", "ten", "a few", "several")
          for unit in ("days", "weeks")),
        "haven't worked in a week", "haven't worked for a week", "haven't worked in days",
        "haven't worked in weeks",
        # "i havent done a shift in 8 days. tried tuesday and had to go home after 20 min" (persona run 31)
        "haven't done a shift", "not done a shift", "haven't done a single shift", "can't do a shift",
        "couldn't finish my shift", "couldn't finish the shift", "had to go home from work",
        "had to leave work", "sent home from work",
        # "I've been sent home early four times and missed three full days" (persona run 32: asked again)
        "sent home early", "been sent home", "missed a few days", "missed two days", "missed three days",
        "missed three full days", "missed four days", "missed days", "missed a week",
        "can't get through a shift", "can't get through a day", "can't get through a morning",
        # "I've had to call out of work all week because I can't sit through a shift" (persona run 34: a
        # `soon` sign not read, and then "it DOES stop me working, thats literally why ive been off all week")
        "call out of work", "called out of work", "calling out of work", "call in sick", "called in sick",
        "calling in sick", "phoned in sick", "rang in sick", "can't sit through a shift",
        "cannot sit through a shift", "can't sit for a shift", "can't stand for a shift",
        "does stop me working", "does stop me from working", "it stops me working",
        "it stops me from working",
        "been off all week", "off all week", "been off work", "had to take time off", "taken time off",
        "had time off work", "had to stay home from work",
        # "missing training" (vignette set 3: a rower, not understood twice)
        "missing training", "missed training", "missing practice", "missed practice", "missing school",
        "missed school", "missing uni", "missed uni", "missing shifts", "missed shifts", "missing games",
        "missed games", "can't train", "cannot train", "unable to train", "stopped training",
    ),
}

# Words that turn a mention around, and where a mention belongs to someone else or to a question.
NEGATION_BEFORE = (
    "no", "not", "never", "without", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "haven't",
    "havent", "hasn't", "hasnt", "hadn't", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt",
    "weren't", "won't", "nor", "neither", "none", "denies", "deny", "denied", "negative for", "free of",
    "nothing",
    "no sign of", "no signs of", "no history of", "not any", "ruled out", "nope", "nah", "zero",
    # what the assistant was told, disputed ("what do you mean I told you about cancer?? my AUNT had it")
    "you mean i told you about", "you mean i said i had", "you mean i said i have", "where did i say",
    "when did i say", "why do you say i have", "why do you say i had", "why did you say i have",
    "why did you say i had", "why do you think i have", "why do you think i had", "i never told you about",
    "i didn't tell you about", "i did not tell you about", "i never mentioned", "i didn't mention",
    "i did not mention",
    # a denial said modestly ("can't say I've noticed any numbness down below")
    *(f"{cant} say {i} {had}" for cant in ("can't", "cannot", "couldn't") for i in ("i've", "i have", "i'd")
      for had in ("noticed", "had", "got", "felt", "seen")),
)
NEGATION_AFTER = (
    # "my wife keeps asking if I've wet myself, the answer is no"
    "the answer is no", "answer is no", "the answer's no", "answer's no", "and the answer is no",
    "fine", "normal", "normally", "ok", "okay", "alright", "all right", "all good", "as usual",
    "no problem", "no problems", "no issues", "not a problem", "is good", "are good", "working fine",
    "are normal", "is normal", "ruled out", "not an issue", "stable", "the same", "unchanged",
    "doesn't hurt", "does not hurt", "isn't sore", "is not sore", "isn't tender", "is fine",
    "are strong", "is strong", "feel strong", "feels strong", "still strong", "both strong",
    # test results ("HIV neg")
    "neg", "-ve", "tested negative", "test negative", "came back negative", "is negative",
    # taken back at once ("numb down there - no wait, it's just my leg"); sarcasm ("lost 20 kilos too. Not.")
    "no wait", "no, wait", "wait no", "wait, no", "too, not", "not true",
    # taken back with an apology ("I had a fever - sorry, no, I was just hot under the blanket")
    "sorry, no", "sorry no",
)
# Figures of speech: "nearly wet myself laughing".
FIGURATIVE = ("laughing", "nearly wet", "almost wet", "nearly peed", "almost peed", "nearly pooed",
              # fright ("nearly shat myself when it went on the scaffold monday lol": persona run 33)
              "nearly shat", "almost shat", "nearly shit myself", "almost shit myself", "nearly crapped",
              "almost crapped", "nearly pooped", "almost pooped", "nearly pissed myself",
              "almost pissed myself",
              "nearly soiled", "almost soiled", "nearly messed myself", "almost messed myself",
              "with laughter", "feels like i've been", "feel like i've been", "feels like i got",
              "feel like i got", "like i've been hit", "like i got hit", "as if i've been", "like i'd been",
              "as if i'd been", "like i had been", "as if i had been", "like i was hit", "as if i was hit",
              "like i was run over", "like i've been run over", "like i got run over", "like a truck hit me",
              "like a bus hit me", "like a truck ran me over", "like a bus ran me over",
              "windows", "curtains", "blinds",  # "blacked out the windows"
              # "the only thing leaking round here is breast milk lol" (set 74)
              "only thing leaking", "breast milk", "leaking milk",
              # words, not the bladder ("verbal incontinence"; "messing myself about": language.py)
              "verbal incontinence", "verbal diarrhoea", "verbal diarrhea", "emotional incontinence",
              "star sign", "star signs", "zodiac", "horoscope", "astrology",  # "I'm a Cancer (star sign)"
              # a crowd's excitement ("the crowd was at fever pitch at the final I reffed")
              "at fever pitch", "to fever pitch", "a fever pitch", "at a fever pitch", "cabin fever",
              "spring fever", "saturday night fever",
              "football fever", "election fever",
              # shock at news, not a heart ("nearly had a heart attack when I saw the repair bill"; a bare
              # "nearly had a heart attack" is left to be read as said)
              *(f"{nearly} had a heart attack {at}" for nearly in ("nearly", "almost", "practically")
                for at in ("when", "at", "over", "seeing", "reading", "opening", "looking")),
              "gave me a heart attack", "give me a heart attack", "giving me a heart attack",
              "nearly gave me a heart attack", "almost gave me a heart attack")
# "Not just one leg": "not" that does not deny the symptom.
NOT_NEGATING = ("not just", "not only",
                # "nah yeah" is the New Zealand and Australian yes ("nah yeah chills most nights")
                "nah yeah", "nah yep", "nah yes", "nah, yeah", "nah, yep",
                # what was kept from someone is told now ("what I didn't tell the manager is the numb
                # patch"; not "I didn't tell you I was numb", "I didn't say I wet myself": denials)
                *(f"{kept} {whom}" for kept in ("didn't tell", "did not tell", "haven't told", "never told")
                  for whom in ("the manager", "the boss", "the doctor", "the gp", "the nurse", "my manager",
                               "my boss", "my gp", "my doctor", "my wife", "my husband", "my partner",
                               "my family", "anyone", "anybody", "work")),
                "didn't mention it to", "didn't mention to", "haven't mentioned it to",
                "never had a problem before", "never had this before",
                "no problems at all before", "no problem before", "never before", "at the same time",
                "same time", "felt like nothing", "feels like nothing", "like nothing", "was fine",
                "were fine", "was ok", "was okay", "was normal", "doesn't stop", "does not stop",
                "won't stop", "will not stop", "never stops", "doesn't go away", "won't go away",
                "doesn't ease", "doesn't get better", "doesn't improve", "the rest is fine",
                "the rest of it is fine", "rest of my back is fine", "never had back trouble",
                "never had back pain",
                "never had back problems",
                # "the same day as the spasm" is a time, not "the same as always"
                "same day", "same week", "same night", "same morning", "same evening", "same weekend",
                "the same day", "the same week", "the same night", "the same morning", "the same evening",
                "the same weekend",
                # "weak - no, worse than weak now": the "no" makes it worse, it denies nothing
                "no, worse", "no, even worse", "no, it's worse", "no, much worse",
                # "weak foot, been the same since Friday": not getting worse, which is no denial of it
                "the same since", "same since", "about the same since",
                # "today not a single one": a count of none, not a denial
                "not a single one", "not even one", "not a single rep", "not one rep",
                # "nothing's working down there" is the symptom, not a denial
                "nothing's working", "nothing is working", "nothing works", "nothing working",
                # "what's not funny is I wet the bed": the "not" is about the joke, not the sign
                *(f"{what} {adjective}" for what in ("what isn't", "what is not", "what's not", "the not")
                  for adjective in ("funny", "so funny", "fun", "ok", "okay", "normal", "great", "good",
                                    "nice", "a joke", "right")),
                # "no, it isn't the same, the weakness is much worse": a change, not a denial
                "not the same", "no it isn't the same", "no it's not the same", "no, it isn't the same",
                "no, it's not the same",
                # "no appetite, lost 6 kilos": the lost appetite is a sign, not a "no" over the list
                "no appetite and", "no appetite ,", "no appetite lately", "no appetite at all",
                # "like sitting on frozen peas but there's nothing there, numb round my bum": a feeling
                "there's nothing there", "there is nothing there", "nothing's there", "but nothing there",
                # "care worker, about me not a client: I've got osteoporosis": whose it is, denying nothing
                "not a client", "not a patient", "not a resident", "not my client", "not my patient",
                "not for a client", "not for a patient", "not for a resident", "not someone else",
                "not for someone else", "not anyone else",
                # "not gonna lie i inject, heroin, most days" (vignette set 4: read as a denial): frankness
                "not gonna lie", "not going to lie", "not gunna lie", "i won't lie", "i wont lie",
                "won't lie", "wont lie", "not to lie", "i'm not lying", "im not lying", "not lying", "no lie",
                "not kidding", "i'm not kidding", "no kidding", "not joking", "i'm not joking", "no joke",
                # "scared, this isn't like my normal back" to the blood-vessel question (vignette set 5: read
                # as no): how unlike the usual it is, denying nothing
                *(f"{it} {like} {whose} {what}" for it in ("isn't", "is not", "not", "nothing")
                  for like in ("like",) for whose in ("my", "me", "the")
                  for what in ("normal", "usual", "normal back", "usual back", "normal pain", "usual pain",
                               "normal back pain", "usual back pain")))
# "Not trying to": the weight loss is unexplained after all.
NOT_EXPLAINED = ("not trying", "without trying", "not dieting", "not on a diet", "wasn't trying",
                 "haven't been dieting", "not been dieting", "wasn't dieting", "no diet",
                 "haven't been trying", "not on purpose", "wasn't on purpose", "not intentionally",
                 "without meaning to", "eating the same as always", "eating the same as ever",
                 "eating normally", "eating as normal", "eating as much as ever", "haven't changed my diet",
                 "not changed my diet", "without dieting", "without a diet", "without being on a diet",
                 "haven't been on a diet", "not been on a diet", "no idea why", "don't know why",
                 "without changing", "without even trying", "never meant to", "not meant to",
                 "without any change in diet", "without any change in my diet", "no change in diet",
                 "no change in my diet", "without any change to my diet",
                 "didn't mean to", "did not mean to", "not something i meant", "not something i wanted",
                 "not something i was trying", "not intended", "unintentionally", "unintended",
                 "without wanting to", "not deliberately", "wasn't deliberate", "not deliberate",
                 # "she isn't dieting", "lost 7 kg without any diet or reason": denies the explanation
                 "isn't dieting", "is not dieting", "without any diet", "without diet", "without any reason",
                 "without reason", "for no reason", "no reason",
                 # said without a verb ("lost 6kg in 2 months, never diet, eat same")
                 "never diet", "never dieted", "never dieting", "didn't diet", "did not diet", "not diet",
                 "no dieting", "never on a diet", "never been on a diet", "didn't try", "never tried",
                 "eat same", "eat the same", "eating same", "same food", "same diet", "same amount",
                 *(f"{eat} same as {when}" for eat in ("eat", "eat the", "eating", "eating the")
                   for when in ("always", "usual", "before", "ever")))
UNCERTAIN = (
    "not sure", "unsure", "don't know if", "dont know if", "don't know whether", "not certain",
    "maybe", "might", "might have", "possibly", "perhaps", "could be", "can't tell", "hard to tell",
    "wondering if", "not sure if", "not sure whether", "i wonder", "dunno",
    # looking for a sign ("I keep checking my tummy for a pulsing lump"): perhaps found, perhaps not
    "checking for", "check for", "feeling for", "keep checking my", "kept checking my", "been checking my",
)
# Said right after a sign, as the answer to it ("Fever - I don't know. I have no thermometer."): not sure.
UNCERTAIN_AFTER = (
    "i don't know", "i dont know", "don't know", "dont know", "not sure", "no idea", "unsure", "dunno",
    "can't say", "cannot say", "couldn't say", "hard to say",
)
# What to do if a sign ever comes ("my GP said to come back if my foot started slapping"): the sign after it
# is checked with one question, not escalated; denied after ("neither has happened", NOT_HAPPENED) it is
# hypothetical; said to have come ("... and now it has", NOW_HAPPENING) it is reported as usual.
SAFETY_NET = (
    "come back if", "go back if", "ring if", "ring them if", "ring back if", "call if", "call them if",
    "call back if", "phone if", "phone them if", "return if", "seek help if", "get help if", "be seen if",
    "get seen if", "let them know if", "get in touch if", "go in if", "go straight in if", "111 if",
    "999 if", "911 if", "000 if", "urgent care if", "hospital if", "emergency department if", "the ed if",
    "the er if", "a&e if", "a and e if", "straight away if", "right away if", "immediately if", "at once if",
)
NOT_HAPPENED = (
    "neither has happened", "neither have happened", "neither happened", "none of that has happened",
    "none of those", "neither of those", "hasn't happened", "has not happened", "haven't happened",
    "not happened", "nothing like that", "no sign of that", "no sign of it", "so far so good", "touch wood",
    "not so far", "thankfully not", "haven't got any of that", "haven't got any of those",
    "don't have any of that", "don't have any of those", "not got any of that", "none of that",
)
NOW_HAPPENING = (
    "and now", "now it", "now i", "now my", "now the", "has now", "is now", "which it has", "and it has",
    "which it did", "and it did", "it has happened", "it's happened", "that has happened",
    "that's happened", "has happened now", "well it", "well my", "well now", "since then", "and i have",
    "and i am", "i have", "it is", "they are", "this morning", "today", "tonight", "last night", "yesterday",
    "overnight", "just now",
)
# A fear of what it is ("terrified it's cauda equina cant feel my bum"): where it ends cannot always be told
# from the words, so a red flag told straight after it is checked with one question, never passed over as a
# worry nor escalated as a report (language.py: a break, a time or a new "I" ends its reach).
_FEAR_WORDS = ("worried", "scared", "afraid", "terrified", "frightened", "petrified", "anxious", "nervous",
               "panicking", "panicked", "concerned", "paranoid")
FEAR_OF_WHAT_IT_IS = tuple(f"{fear} {what}" for fear in _FEAR_WORDS
                           for what in ("it's", "its", "it is", "it was", "that it's", "that it is",
                                        "it might be", "it could be", "it may be", "that it might be",
                                        "this is", "that this is", "this might be", "this could be"))
# A fear of what may come ("frightened I'll end up incontinent"): a worry, unless said to have begun.
FEAR_OF_WHAT_MAY_COME = tuple(
    f"{fear} {what}" for fear in _FEAR_WORDS
    for what in ("it might", "it could", "it may", "it'll", "itll", "it will", "i might", "i'll",
                 "ill", "i will", "that i might", "that i'll", "that i will", "i'm going to",
                 "im going to", "i'm gonna", "im gonna", "that i'm going to", "that it might",
                 "that it could", "that it'll"))
HYPOTHETICAL = (
    # sarcasm: "yeah right, like I'd have a fever"
    "yeah right, like i'd have", "yeah right like i'd have", "yeah right, as if i'd have",
    "what if", "what happens if", "is it serious if", "is it bad if", "is it dangerous if",
    # ("what would count as an emergency with a bad back? like if my legs went numb", set 79)
    "like if", "say if", "for example if", "for instance if", "e.g. if", "such as if", "asking so i know",
    # ("Purely as a matter of hypothesis, should I develop a fever in conjunction with this backache, at what
    # point ...", set 74)
    "should i develop", "if i develop", "if i were to develop", "were i to develop", "in the event that i",
    "matter of hypothesis", "hypothetically", "purely hypothetical", "hypothetical question",
    # ("say i got hit by a car on my e-scooter, how bad would ...": "what if", clinical/language.py)
    "let's say", "lets say", "supposing",
    "how do i know if", "how would i know", "signs of", "symptoms of", "risk of", "worried about",
    "afraid of", "scared of", "fear of", "sign of", "a sign", "count as", "does having", "would i need",
    "watch out for", "look out for", "keep an eye out for", "linked to", "what does that mean",
    "if i get", "if i got", "if i ever get", "for future", "if one day", "if someday", "if some day",
    # "supposing I had a pulsing belly ...", "which symptoms mean hospital, say numb legs?" (language.py
    # rewrites "if I fell", "suppose I got" and "if your ... ever" to say "ever" where they are supposed, not
    # "I suppose I ..." or "not sure if I fell")
    "supposing i", "what signs", "which signs", "what symptoms", "which symptoms", "what warning signs",
    "what back symptoms", "which back symptoms", "what kind of symptoms", "what sort of symptoms",
    # advice passed on ("the safety officer says if anyone gets numb between the legs they should go in")
    "if you get", "if you develop", "if you notice", "if anyone", "if anybody",
    "if someone", "if somebody", "if people", "if a person", "in future", "asked if", "asked whether",
    # the assistant's question said back ("you want to know if ive had cancer - why would that matter"; not
    # "the nurse was asking whether I'd lost weight, I have")
    "you want to know if", "you wanna know if", "you want to know whether", "you're asking if",
    "you are asking if", "you asking if", "you're asking whether",
    "asked me if", "read that", "i read", "heard that", "what does that even mean",
    "in case", "if i ever", "even if", "when should i", "what does it mean", "what are the", "test for",
    "checked for", "screened for", "film about", "article about", "read about", "heard about", "watched",
    "documentary", "programme about", "show about", "book about", "talk about", "raising money for",
    "what would happen if", "what should i do if", "what do i do if", "what would i do if", "could mean",
    # "A bit uneasy after all the talk of cancer" (persona run 32: read as a cancer of hers)
    "talk of", "all the talk of", "mention of", "mentions of", "questions about", "all this about",
    "should i ever", "should it ever", "should this ever", "should that ever", "were i to", "were i ever to",
    "in the event that", "in the event of", "if ever", "tested me for", "tested for", "testing for",
    "tests for", "checked me for", "screened me for", "to rule out", "rule out",
    # a form or a leaflet's list ("my physio form asks about bladder changes"; "signs to watch: fever")
    "asks about", "asks if", "asked about", "asked me about",
    "form asks", "form asking", "questionnaire", "signs to watch", "to watch for",
    "signs to look for", "back pain can be", "pain can be a sign", "can be a sign",
    # what it may become ("they told me it could turn into sciatica in both legs if I overdo it")
    "could turn into", "might turn into", "can turn into", "could lead to", "might lead to", "can lead to",
    "could develop into", "might develop into", "could progress to", "might progress to",
    # what a cause may do ("is there any chance a slipped disc could make me lose control of my bowels?")
    "could make me", "could make you", "can make you", "might make me", "might make you", "would make me",
    "might mean", "paranoid", "would that mean", "does that mean", "would that be", "ever got", "ever gets",
    # worries about the future ("scared that if I come off my bike again ..."; "my worry is that one day")
    *(f"{fear} {what}" for fear in _FEAR_WORDS for what in ("that if", "that one day", "if")),
    "my worry is", "my fear is", "my biggest worry", "my biggest fear", "worry is that", "fear is that",
    "worry about", "worrying about", "worry if", "one day i'll", "one day i will", "one day i might",
    "what would it mean", "would it mean", "what would that mean", "mean if",
    "hypothetically", "in theory", "theoretically", "read online", "saw online", "it says online",
    # ("Kindly tell me, suppose my back pain came with weight going down without reason, then which doctor I
    # should see?": set 81, `urgent`)
    # (not "I suppose you're going to ask if I've lost weight, yes 8kg", nor "suppose I should say I've wet
    # myself": a report)
    "supposing", "suppose my", "suppose if", "suppose that my", "let's say", "lets say",
    "online it says", "the internet says", "internet says", "online says", "online say", "forums say",
    "the forums say", "reddit says",
    # fears that it is something serious ("my anxiety brain says it's a tumour", "dr google has me thinking")
    "anxiety brain", "my anxiety says", "my anxiety is telling", "anxiety is telling me", "health anxiety",
    "convinced myself", "talked myself into", "dr google", "doctor google", "googled", "google says",
    # "I've been googling back pain and cancer every night" (persona run 33: read as her own cancer)
    "googling", "been googling", "been looking up", "looking up", "looked up", "been reading about",
    # ("I'm reading about spinal tumours at 2am", persona run 37: read as his own cancer)
    "reading about", "i'm reading about", "im reading about", "was reading about", "keep reading about",
    "reading up on", "read up on", "searching for", "searched for", "searching online",
    "has me thinking", "got me thinking", "lying awake thinking", "worst case", "catastrophising",
    "catastrophizing", "overthinking", "imagining it's", "imagining the worst",
    # a treatment someone may start ("might put me on humira"; "said something about" is SAID_ABOUT below)
    "might put me on", "may put me on", "wants to put me on", "going to put me on", "wants to start me on",
    "want to start me on", "going to start me on", "gonna start me on", "might start me on",
    "may start me on", "would like to start me on", "wants me to start", "want me to start",
    # a treatment starting later ("I'm starting Humira next month"): not yet taken ("I'm starting to lose
    # feeling" is happening now: language.py drops these before "to" or a verb in -ing)
    "i'm starting", "i am starting", "due to start", "going to start", "will be starting", "about to start",
    "before i start", "before starting",
    "thinking of putting me on", "talked about putting me on", "might start", "may start",
    # asking why a question is asked ("wait, why are you asking about cancer?"), not answering it
    "why are you asking", "why you asking", "why r u asking", "why do you ask", "why ask",
    "why would you ask", "why do you need to know", "why do you want to know", "what's that got to do with",
    "why does it matter if", "why does it matter whether", "why would it matter if",
    "what has that got to do with", "why the question", "how come you're asking", "how come you are asking",
    "how come you ask", "how come you want to know", "how come you need to know", "why're you asking",
    "what's the reason for asking", "what is the reason for asking", "what's the point of asking",
    # studying, not reporting ("revising red flags for an exam"); not "moving desks for an exam 4 days ago"
    "revising", "studying for", "my assignment", "my essay",
    *(f"{flags} for {which}" for flags in ("red flags", "signs", "symptoms")
      for which in ("my exam", "an exam", "my exams", "the exam", "a test", "my test")),
    "for my nursing exam", "for my nursing exams", "for my physio exam", "for my osce",
    "for my osces", "for my homework", "for my revision", "for a quiz",
)
# Weight lost in the months after a birth ("lost 8 kg since the birth, normal with breastfeeding, the midwife
# says"): most often expected, but checked with one question rather than dismissed
AFTER_A_BIRTH = ("since the birth", "since giving birth", "since having the baby", "after the birth",
                 "after having the baby", "breastfeeding", "baby weight")
# Something a doctor "said something about": for a medicine, one the person may start (not one they take:
# "my specialist said something about Humira"); for anything else, something about the person's own body
# that was raised but not plainly said ("the doctor said something about a bulge on the big blood vessel
# in my belly"): checked with one plain question, never treated as someone else's or a mere question.
SAID_ABOUT = ("said something about", "says something about", "mentioned something about",
              "said something once about", "mentioned something once about",
              # a warning of a sign ("my GP warned me that weakness in both legs would mean hospital"):
              # perhaps one the person has, perhaps one to watch for: checked
              "warned me that", "warned me about", "warned us that", "warned us about", "warned me of")
# A question about one's own symptom ("is it normal that my bum is numb?") still reports it: checked.
ASKING_ABOUT_SELF = (
    "is it normal", "is that normal", "is this normal", "is it ok", "is it okay", "is that ok",
    "is that okay", "is this ok", "is this okay", "should i worry",
    "should i be worried", "is it serious", "is that serious", "is this serious", "is it bad", "is that bad",
    "could it be", "could this be", "is it", "is this", "why is my", "why does my", "why do i", "why can't i",
    # ("I wet myself, will I be ok?": the "ok" asks, it denies nothing)
    "will i be ok", "will i be okay", "will i be alright", "will i be all right", "will i be fine",
    # whether a sign is to be expected ("should my legs be tingling?? they're not but is that a sign"):
    # perhaps there, perhaps not (checked)
    "should my",
    "am i ok", "am i okay", "am i alright", "am i going to be ok", "am i going to be okay",
    "am i gonna be ok", "am i gonna be okay", "will it be ok", "will it be okay", "will that be ok",
    "is everything ok", "is everything okay",
    # when a sign will be over ("when will my numb bum go back to normal?"): it is there now
    "go back to normal", "get back to normal", "come back to normal", "comes back to normal",
    "be back to normal", "return to normal", "go back to how it was", "ever be normal",
    # a tag after a sign said first ("numb bum since yesterday, normal or not?")
    "normal or not", "serious or not", "ok or not", "okay or not", "bad or not", "dangerous or not",
    "related or not", "normal anot", "serious anot", "normal or what", "normal ah", "normal meh",
)
# "What does it mean if you can feel ...? ... yes, I'm asking for me": a general question about the writer
ASKING_FOR_ONESELF = ("asking for me", "asking for myself", "asking about me", "asking about myself",
                      # "what does it mean if your bum goes numb? cos mine has since friday"
                      "mine has", "mine does", "mine did", "mine went", "mine goes", "mine keeps",
                      "this is about me", "this is for me", "it's for me", "it is for me", "it's about me",
                      "it is about me", "i mean me", "talking about me", "talking about myself",
                      "and it's me", "and it is me", "it's me i'm asking about", "(it's me)", "(me)",
                      # said after a general question about signs: "isn't numbness in the bum a red flag? I
                      # have it"
                      "i have it", "i've got it", "i have that", "i've got that", "i have both",
                      "i've got both", "i have all three", "i've got all three", "i have all of them",
                      "i have all of those", "i have them all", "i've got them all", "i have those")
_AGES_IN_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")
OTHER_PERSON = (
    "mum", "mom", "mother", "dad", "father", "wife", "husband", "partner", "son", "daughter", "brother",
    "sister", "friend", "grandma", "grandmother", "nan", "nana", "granny", "grandad", "grandpa",
    "grandfather", "gran", "grannie", "grandson", "granddaughter", "grandkid", "grandkids", "grandchild",
    "grandchildren", "aunt", "auntie", "aunty", "uncle", "nephew", "niece", "hubby", "missus", "lad", "bloke",
    "lola", "lolo",  # Filipino grandmother, grandfather
    # Filipino aunt, uncle, older brother; Jamaican brother, sister (not "tito ako": "I'm an uncle", nor
    # "bredda" said to the reader)
    "tita", "tito", "kuya", "mi bredda", "mi brudda", "mi sista", "me bredda",
    # team-mates by position ("our hooker got knocked out in the scrum"; "I'm a hooker" is the writer)
    *(f"{our} {position}" for our in ("our", "their", "the other team's")
      for position in ("hooker", "winger", "fly-half", "flyhalf", "scrum-half", "scrumhalf", "fullback",
                       "full-back", "goalie", "goalkeeper", "prop", "lock", "keeper", "number 8", "centre",
                       # a crew's seats ("our stroke seat has had a fever of 39": set 76)
                       "stroke seat", "bow seat", "stroke", "cox", "coxswain")),
    "oupa", "ouma",  # South African grandparents (not "kuia": "I'm a kuia of 82" is the writer)
    "roommate", "room-mate",
    # those who share a cell, a bunk or a ship ("my cellmate's got a temperature of 39"), and a partner
    # in shorthand ("my gf wet herself twice today"; "gf" alone may be gluten-free)
    "cellmate", "cellmates", "cell mate", "cellie", "celly", "padmate", "pad mate", "bunkmate", "bunk mate",
    "shipmate", "inmate", "my gf", "my bf", "the gf", "the bf",
    # one of a group the writer leads or belongs to ("one of my soldiers fell 5 m"; not "one of my legs")
    # ("one of the dishies at work just fell off the loading dock": the group named with "the" too)
    # ("one of my year 6 pupils fell off the climbing frame", set 79)
    *(f"one of {whose} year {n} {group}" for whose in ("my", "our", "the") for n in range(1, 14)
      for group in ("pupils", "students", "kids", "children", "class", "girls", "boys")),
    # ("the other guard on my shift has lost a load of weight", set 79)
    *(f"the other {role}" for role in ("guard", "guards", "driver", "drivers", "nurse", "nurses", "teacher",
                                       "teachers", "officer", "officers", "porter", "cleaner", "chef", "cook",
                                       "carer", "volunteer", "worker", "workers", "picker", "player",
                                       "bloke", "guy", "lad", "woman", "man", "girl", "boy", "lady")),
    *(f"one of {whose} {group}" for whose in ("my", "our", "the", "the other") for group in (
        "soldiers", "recruits", "cadets", "troops", "men", "guys", "lads", "girls", "boys", "kids",
        "students", "pupils", "players", "workers", "staff", "crew", "team", "trainees", "athletes", "riders",
        "climbers", "friends", "mates", "colleagues", "clients", "inmates", "residents", "patients",
        "nurses", "vets", "carers", "drivers", "cleaners", "apprentices", "labourers", "volunteers",
        "customers", "guests", "members", "regulars", "crewmen", "deckhands", "hands",
        "dishies", "dishwashers", "chefs", "cooks", "waiters", "waitresses", "bartenders", "barmen",
        "baristas", "kitchen hands", "porters", "lifeguards", "surfers", "fishermen", "truckies", "couriers",
        "builders",
        "women", "ladies", "blokes", "fellas", "parents", "mums", "dads", "grandparents")),
    "stepson", "stepdaughter",
    "nanay", "tatay", "mama", "mami", "papa", "abuela", "abuelo", "nani", "dadi",
    "esposa", "esposo", "marido", "hija", "hijo",  # Spanish wife, husband, daughter, son
    # ("me mam": Irish and northern English)
    "mam", "mammy", "mummy", "mommy", "mamma", "stepmum", "stepmom", "stepdad",
    "pal",
    "mate", "buddy", "toddler", "little one", "farmhand", "farm hand", "on my crew", "in my crew",
    "on my team", "in my team",
    "cousin", "colleague", "neighbour", "neighbor", "boss", "foreman", "forewoman", "supervisor", "gaffer",
    "apprentice",
    # "my head chef has had a temp of 39", "our nursing lecturer said ..." (set 71): the role with "my" or
    # "our" only, since a role alone is how people introduce themselves ("PE teacher, 42, on prednisolone")
    *(f"{whose} {role}" for whose in ("my", "our") for role in (
        "head chef", "sous chef", "chef", "manager", "line manager", "lecturer", "nursing lecturer",
        "tutor", "teacher", "director", "designer", "instructor", "stage manager", "technician")),
    # "my ballet teacher had breast cancer", "our lighting designer fell off the truss" (set 78): a role with
    # what it teaches or looks after
    *(f"{whose} {field} {role}" for whose in ("my", "our") for field in (
        "ballet", "dance", "piano", "music", "singing", "voice", "drama", "art", "yoga", "pilates",
        "swimming", "driving", "maths", "science", "english", "pe", "form", "class", "lighting", "sound",
        "stage", "set",
        "costume", "production", "musical", "choir", "youth", "parish", "site", "shift", "floor", "night")
      for role in ("teacher", "tutor", "instructor", "designer", "director", "manager", "leader", "coach",
                   "supervisor", "technician", "tech", "engineer")),
    "classmate", "bandmate", "band mate",
    # "my fellow umpire has had a temp of 39", "another driver at our depot fell off the bus steps"
    "fellow", "my fellow", "a fellow",
    *(f"another {who}" for who in ("driver", "rider", "courier", "teacher", "worker", "volunteer",
                                   "firefighter", "umpire", "referee", "ref", "player", "parent", "picker",
                                   "guy", "bloke", "lad", "woman", "man", "nurse", "carer", "member")),
    # "one of my netball players has a temp of 39"
    *(f"one of {whose} {sport} players" for whose in ("my", "our", "the") for sport in (
        "netball", "rugby", "league", "football", "soccer", "cricket", "basketball", "hockey", "footy",
        "touch", "volleyball", "tennis", "squad", "team", "club", "junior", "senior", "under 16", "u16",
        "u14")),
    "family", "family history", "runs in the family", "runs in my family", "parents", "parent",
    "relative", "relatives", "boyfriend", "girlfriend", "coworker", "co-worker", "workmate", "flatmate",
    # (set 80: "my offsider fell off the truck deck and can't get up": read as the writer's fall)
    # (only with "my" or "our": "I'm a sparky, fell off a ladder" is the writer)
    *(f"{whose} {who}" for whose in ("my", "our") for who in (
        "offsider", "off-sider", "labourer", "laborer", "sparky", "chippy", "leading hand", "deckhand",
        "offsiders")),
    "housemate", "teammate", "captain", "skipper", "coach", "one of the lads", "one of the girls",
    # (set 81: "one of the cabin crew on my flight has a foot that drags", "the old fella who owns the
    # butchery has lost a heap of weight ... my back's fine": read as the writer's)
    "one of the cabin crew", "one of the crew", "a crew member", "one of my crew", "a passenger",
    "one of the passengers", "the old fella", "an old fella", "the old fellow", "the old boy", "the old guy",
    "the old man who", "the fella who", "the bloke who", "the guy who", "the lady who", "the woman who",
    "one of the boys", "child", "kid", "baby", "he", "she", "they", "crewmate", "crew mate",
    # "the lady in the room next to mine": her room, not the writer's
    "next to mine", "next door to mine", "opposite mine", "beside mine", "across from mine",
    "patient", "patients", "client", "clients", "resident", "residents",
    # "a lady I support has osteoporosis": the person a carer supports, though an "I" follows
    *(f"{who} i {care}" for who in ("a lady", "the lady", "a man", "the man", "a woman", "the woman",
                                    "a gentleman", "the gentleman", "a client", "the client", "someone",
                                    "a resident", "the resident", "a patient", "the patient", "a person",
                                    "the person", "a girl", "a boy", "the girl", "the boy")
      for care in ("support", "care for", "look after", "work with", "nurse", "visit")),
    "a pt", "the pt", "my pt", "our pt",  # clinicians' shorthand for a patient
    # a wedding planner's or photographer's couple: "our bride has a temperature of 39"
    # a crewmate ("the flyman on our show fell about 3 metres off the gallery, he's at A&E")
    *(f"{role} on {whose} {group}" for role in ("the flyman", "the rigger", "the grip", "the roadie", "a lad",
                                                 "a guy", "a girl", "someone", "the chef", "the cook")
      for whose in ("our", "my", "the") for group in ("show", "crew", "team", "site", "shift", "tour")),
    "bride", "groom", "bridegroom", "the bride", "the groom", "bridesmaid", "bridesmaids", "best man",
    "maid of honour", "maid of honor", "the couple", "newlyweds",
    "his", "her", "their", "him", "them", "someone", "somebody", "people", "blokes",
    "guy", "a guy", "some guy", "this guy", "a man", "a woman", "some woman", "some bloke",
    "lady", "gentleman", "the man", "the woman", "this man", "this woman",
    "our son", "our daughter", "our boy", "our girl", "our kid", "our little one",
    # "our 6 year old fell off the trampoline", "my six year old wet the bed", "my 12yo has a temperature"
    *(f"{whose} {age} year old" for whose in ("our", "my") for age in (*range(1, 18), *_AGES_IN_WORDS)),
    *(f"{whose} {age}{yo}" for whose in ("our", "my") for age in range(1, 18)
      for yo in ("yo", " yo", "yr old", " yr old")),
    # animals, by their possessive or "our ..." ("my dog's back legs have gone wobbly"); not "walking the dog"
    "dog's", "cat's", "horse's", "pony's", "puppy's", "pup's", "our dog", "our cat", "our horse", "the vet",
    # "my mare is dragging a hind leg and the vet's on the way"
    "my mare", "the mare", "our mare", "my gelding", "the gelding", "my foal", "the foal", "hind leg",
    "hind legs",
)
# Said of a symptom, these make it possibly long-standing or past rather than new since this back pain:
# for findings that count only when new (clinical/findings.py `new_since_pain`), the mention is checked
# with one plain question instead of escalating or being dismissed (clinical guide, check-question rule).
LONG_STANDING = (
    # ("isn't new" is also UNCHANGED: the two together say it is long-standing and unchanged)
    "isn't new", "is not new", "not new for me",
    "years ago", "a year ago", "year ago", "for years", "for many years", "for ages", "since i was",
    "since childhood", "as a child", "as a kid", "when i was young", "when i was younger", "when i was a kid",
    "decades ago", "a long time ago", "long ago", "long time ago", "long time back",
    "ages ago", "always had", "i've always", "always been",
    "from my pregnancy", "since my pregnancy", "after my pregnancy", "since having my", "after having my",
    # "can't feel my bum and never have" (spina bifida); "after my first baby ... from the epidural"
    "and never have", "never have", "never could", "since birth", "from birth", "born with",
    "after my first baby", "after my second baby", "after my baby", "after the birth", "from the epidural",
    "since giving birth", "after giving birth", "old injury", "healed", "fully recovered", "recovered from",
    "cleared up", "all cleared", "long-standing", "longstanding", "for a long time", "last year", "last yr",
    "years back", "few year back", "couple of year back", "some year back", "few yrs back",
    "yrs ago", "in my twenties", "in my teens", "before the back pain",
    "before my back pain",
    "before my back", "before the back",
    "well before my back", "way before my back", "way before this back", "way before the back",
    "way before all this", "long before", "before it started", "before this started", "before all this",
    "since my op", "since my operation", "since my surgery", "since my prostate", "after my prostate",
    "had it for years", "had that for years", "years now", "used to", "before my surgery", "before the op",
    "before my op", "before my operation", "last summer", "last winter", "last spring", "last autumn",
    "last fall",
    # since childbirth ("a little leakage ... since my children were born"), said of a symptom
    "since childbirth", "since child birth", "since my children were born", "since my kids were born",
    "since the children were born", "since the kids were born", "since the children came",
    "since my babies", "since my baby was born", "since having the kids", "since having children",
    "since having kids", "since having the children", "since my first baby", "since my second baby",
    "since my third baby", "since my first child", "since my second child", "since i had my children",
    "since i had the kids", "since i had my kids", "since i had children", "since i had kids",
    "after the children were born", "after my children were born", "after the kids were born",
    "after having the kids", "after having children", "after childbirth",
    "old complaint", "old problem",
    "for decades", "decades now", "most of my life", "all my life", "my whole life",
    # as before ("the sweats are exactly as they have been", "same as ever"): checked, not escalated
    "as they have been", "as they've been", "as it has been", "as it's been", "as they have always been",
    "as it has always been",
)
# Said of a symptom, these make it new since this back pain ("since the back pain started I've leaked when
# I cough"): a long-standing time or a harmless cause elsewhere in the sentence no longer makes it only
# possible (a leak that is worse since the back pain is new too).
NEW_SINCE_PAIN = (
    "since the back pain", "since my back pain", "since this back pain", "since the pain started",
    "since the pain began", "since the pain came on", "since this pain", "since my back went",
    "since my back started", "since i hurt my back", "since i did my back", "since i put my back out",
    "since i injured my back", "since i hurt it", "since the injury", "since i did it", "since my back",
    "since the back", "since this started", "since this all started", "since it all started",
    "since this began", "since it began", "new since", "that's new", "this is new", "it's new",
    "never had that before", "never had this before", "never used to", "didn't used to",
    "didn't use to", "only since", "only started since", "worse since", "much worse since",
    "since the fall", "since the accident", "since the crash", "only started this week",
    "only started recently", "started with this back pain", "with this back pain", "came with this",
    "started with this", "started with the back pain", "started with my back", "came with the back pain",
    "came on with the back pain", "at the same time as the back pain", "same time as my back",
    "same time as the back pain", "since yesterday", "since last night", "since last week",
    "since the weekend", *(f"since {day}" for day in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                                      "saturday", "sunday", "this morning")),
    "last few days", "past few days", "last couple of days", "past couple of days",
)
# Past and over, said of a symptom or injury: not a red flag for this back pain ("a car accident in 2002,
# fully recovered"; "since childbirth 20 years ago and hasn't changed"), unless it came back or changed.
RESOLVED = (
    # "pins and needles in both feet when I was pregnant 30 years ago, went after the birth" (set 69)
    "went after the birth", "gone after the birth", "stopped after the birth", "went after she was born",
    "went after he was born", "went after the baby", "went after a week", "went after a few days",
    "went after a day", "went after a couple of days",
    "healed", "healed fully", "fully healed", "fully recovered", "recovered", "recovered long ago",
    "cleared up", "all cleared", "went completely", "went away", "gone completely", "nothing since",
    # "Couldn't pee after my hip replacement and had a catheter for a day, been going normally for months
    # now" (set 75)
    "been going normally", "going normally for", "been peeing fine", "peeing fine since", "weeing fine since",
    # set 74: "couldn't wee for a day and had a catheter, that sorted itself out within 2 days. that was in
    # march"; "a fever of 39 with the flu a fortnight ago but it's gone, temp is 36.8 every day this week";
    # "lost feeling in my bottom after a heavy glider landing, it came back within the week"; legs numb
    # sitting cross-legged, "but the feeling came back the second I stood up"
    "sorted itself out", "sorted itself", "sorted themselves out", "but it's gone", "but it has gone",
    "temp is 36", "temperature is 36", "temp's 36", "temp has been 36", "temp been 36",
    # a temperature measured normal (set 79: "shivering like mad ... temp 36.8 after"; "had covid a month ago
    # with a fever, but my temp's been normal for weeks")
    "temp 36", "temp of 36", "temperature 36", "temperature of 36", "temp 37", "temp of 37",
    "temperature 37", "temp's been normal", "temp has been normal", "temperature has been normal",
    "temperature's been normal", "temp back to normal", "temperature back to normal",
    # (not "temp is normal" now: "drenched every night and feel like I'm on fire, temp is normal" escalates)
    "came back the second i stood", "came back as soon as i stood", "came back when i stood",
    "went as soon as i stood", "went when i stood up",

    # "came off a horse about ten years ago but nothing recent" (vignette set 2: an emergency)
    "but nothing recent", "nothing recent", "nothing recently", "nothing lately", "but not recently",
    "nothing like that recently", "nothing like that lately",
    "fine since", "been fine since", "normal since", "been normal since", "normal ever since",
    "fine ever since", "all normal since", "no trouble since", "old news", "same as always",
    "no problems since",
    # "fever 38.5 with a tummy bug, gone within 48 hrs, 36.7 every day since"
    "gone within", "went within", "gone in a day", "gone in two days", "gone in 2 days", "settled within",
    "cleared within", "over within",
    # "on long-term steroids for colitis in my 20s, off them for 10 years now"
    "off them for", "off it for", "off them since", "off it since", "came off them", "came off it",
    "stopped them years ago", "stopped it years ago",
    "never had a problem since", "all sorted", "sorted now", "resolved", "long gone", "gone now", "all gone",
    "came right", "came good", "went back to normal", "back to normal", "all back on", "put it all back on",
    "put it back on", "back on now", "it cleared", "cleared with", "cleared after", "cleared completely",
    # ("losing weight ... turned out to be my thyroid, sorted, weight's back up": set 81)
    "weight's back up", "weight is back up", "weight back up", "weight's back to normal",
    "weight is back to normal", "back to my normal weight", "gained it all back", "put it all back on",
    "which cleared", "that cleared", "all good since", "good ever since", "ok since", "okay since",
    "sorted with antibiotics", "sorted out with antibiotics", "cleared with antibiotics",
    "fine ever since", "no trouble since", "no issues since", "haven't needed them since",
    "not needed them since", "haven't needed it since", "haven't taken them since", "not taken them since",
    "haven't been on them since", "off them since", "sorted it", "sorted that", "sorted it out",
    "sorted that out", "fixed it", "fixed that", "fixed it up",
    # "fever last week from flu, now finished, normal temperature 3 days"
    "totally gone", "completely gone", "now finished", "been gone", "normal temperature",
    "temperature normal", "temperature's normal", "temp normal", "temp's normal", "normal temps since",
    "temps are normal", "temps have been normal", "temperature has been normal",
    "normal temps ever since", "normal temperatures since", "normal temperatures ever since",
    # "febrile with covid last month but my readings have been normal for 2 weeks"
    "readings have been normal", "readings have all been normal", "readings are back to normal",
    # "kidney infection last year with fever, finished antibiotics, all clear"; "dengue last year, but now ok"
    "all clear", "now ok", "now okay", "now fine", "sorted since",
    # "a fever after my flu jab, gone within a day"; "pneumonia two winters ago, fully better" (not "wore
    # off", said of painkillers too, nor "normal readings since", which "haven't had" turns round)
    "fully better", "gone within a day", "gone in a day",
    # "had trouble peeing after a hysterectomy years ago, sorted in a day" (set 73)
    "sorted in a day", "sorted in a few days", "sorted in a couple of days", "sorted in a week",
    "sorted within a day", "sorted within a week", "sorted out in a day", "sorted out in a few days",
    # "erection trouble years ago from stress, sorted long before this back pain"
    "sorted long before", "sorted well before", "sorted years ago",
    # "fully treated and the follow-up urine test was clear"; "used to inject, clean 12 years now"
    "fully treated", "treated and", "test was clear", "came back clear", "was clear", "tests were clear",
    "been clean", "clean for", "years clean", "clean since", "stayed clean", "clean now", "clean and sober",
    *(f"clean {n} years" for n in range(1, 51)), "clean a year",
    # "on steroids for one month in 2019 for an asthma flare, finished long ago"
    # (with the comma: "the physio course finished long ago" is said of the course, not the methotrexate)
    ", finished long ago", ", finished years ago", ", finished ages ago", ", all finished long ago",
    # "a spinal abscess 6 years ago, treated and fully cleared"; "a catheter after my c-section 2 yrs ago,
    # that sorted itself out long ago" (not "sorted itself out" alone: "couldn't pee last night but it
    # sorted itself out" is new)
    "fully cleared", "cleared fully", "sorted itself out long ago", "sorted itself out ages ago",
    "sorted itself out years ago", "sorted itself out years back",
    # "antibiotics cleared it and the bloods were normal after"; "tested clear of everything since"
    "antibiotics cleared it", "cleared it up", "bloods were normal", "bloods came back normal",
    "bloods normal", "tested clear", "tested negative", "clear of everything", "clean for years",
    "been clean",
    # "a car crash in June, x-rays fine, now it's just ordinary stiffness": what is left is ordinary
    "now it's just ordinary", "now just ordinary", "now it's just normal", "now just normal",
    "now it's just the usual", "now just the usual", "now it's just a normal", "now just a normal",
    "now it's just an ordinary", "now just an ordinary",
    # "that was strep throat and its gone, ..."; "came off and haven't had any since" (not "its gone dead")
    # a treatment stopped years back ("on steroids for colitis, stopped in 2015")
    *(f"{stopped} in {year}" for stopped in ("stopped", "came off") for year in _YEARS_LONG_AGO),
    "its gone,", "its gone.", "its gone now", "its all gone", "its cleared", "came off them", "came off it",
    "came off and", "haven't had any since", "not had any since", "none since",
    "came back to normal", "normally ever since", "normally since", "been peeing normally", "peed normally",
    # a weakness over ("gave way in March, but it's been strong for months, my strength is normal")
    # (only the person's own strength said normal: "the left has been strong since", "my arms are strong
    # again" say nothing of a weak leg)
    "says my strength is normal", "said my strength is normal", "strength is back to normal",
    "strength back to normal", "full strength again",
    # "the strength came back fully": said of what was lost, never of the sign ("my fever came back fully")
    "strength came back fully", "strength came back completely", "feeling came back fully",
    "feeling came back completely", "power came back fully",
    # over by a time long past, said in the past ("fever at Christmas, gone by New Year"; not a hope, "will be
    # gone by the weekend", nor a short time after which it may have come back)
    *(f"{was} {over} by {when}" for was in ("was", "were", "had", "all")
      for over in ("gone", "over", "cleared up", "sorted")
      for when in ("new year", "new year's", "christmas", "easter", "january", "february", "march", "april",
                   "may", "june", "july", "august", "september", "october", "november", "december")),
    "gone by new year",
    # "a fever of 39 with the flu in January, gone by February" (a month, said as past: no "will be")
    *(f"{had}, gone by {month}" for had in ("january", "february", "march", "april", "may", "june", "july",
                                             "august", "september", "october", "november", "december",
                                             "flu", "fever")
      for month in ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december")))
# Not a sign back again, whether or not it is over ("numb thighs in 2015 and it never came back"; "foot drop
# in 2016, it came back fully after surgery"; "gone numb and the feeling hasn't come back all day").
NOT_BACK_AGAIN = ("never came back", "never come back", "hasn't come back", "has not come back",
                  "didn't come back", "not come back", "never returned", "came back fully",
                  "came back completely",
                  # "after the operation the feeling came back to normal": feeling back, not the sign
                  "came back to normal", "come back to normal",
                  # "legs went numb from an epidural in 2019, came back within hours": the feeling came back
                  "feeling came back", "the feeling came back", "sensation came back", "feeling returned",
                  *(f"came back within {when}" for when in ("hours", "a few hours", "an hour", "the hour",
                                                             "minutes", "a few minutes", "a day", "the day",
                                                             "the week", "a week", "days", "a few days")))
# Said after a list of signs, these may deny the whole list ("fever, weight loss, the whole list you'll run
# through, nah, none of it") or something else ("numb round my bum, none of it makes sense"): what comes
# before in the sentence is checked with one question, never escalated or dropped.
DENIED_AFTER_A_LIST = ("none of it", "none of that", "none of those", "none of them", "nothing of the sort",
                       "nothing like that", "none of the above", "none of this", "none of these",
                       "any of these", "any of those", "any of them", "neither of them", "neither of these",
                       "neither of those", "have either", "having either")
# Unchanged for a long time: past and over, unless said to be new since this back pain ("my knee gives way
# now, started with the back pain, hasn't changed since" is a new weakness that is holding steady).
UNCHANGED = ("steady since", "stable since", "unchanged", "hasn't changed", "not changed", "no different",
             "nothing different", "isn't new", "is not new", "not new for me", "nothing new",
             "no change at all")
# Said of crisis thoughts long ago ("felt suicidal in my twenties, got help and have been well for years"):
# with a past time, the thoughts are checked with one plain question instead of escalating.
CRISIS_OVER = ("got help", "been well", "well for years", "well since", "fine since", "been fine",
               "better since", "in a good place", "in a really good place", "in a much better place",
               "in a better place now", "in a great place", "in a really great place", "doing really well",
               "much better now", "well now", "behind me", "recovered",
               "doing well now", "all good now", "all good since", "no thoughts like that",
               "well and happy for", "happy for years",
               "no such thoughts", "none of those thoughts", "don't have those thoughts",
               "don't have thoughts like that", "haven't had those thoughts", "not had those thoughts")
# No back pain yet: a risk factor (a transplant, cancer, thin bones) told with these is a question about the
# future, not a red flag of a back pain ("what should I look out for if I ever get back pain?").
NO_BACK_PAIN_YET = ("if i ever get back pain", "if i ever get a bad back", "if i get back pain",
                    "if my back started hurting", "if my back starts hurting", "if my back starts to hurt",
                    "if my back started to hurt", "in case i get back pain", "if i ever hurt my back",
                    "i don't have back pain", "i do not have back pain", "no back pain at the moment",
                    "no back pain right now", "no back pain now", "no back pain yet", "not had back pain yet",
                    "haven't got back pain", "my back doesn't hurt", "my back does not hurt")
DISTANT_PAST = ("as a kid", "as a child", "when i was young", "when i was a kid", "when i was little",
                "as a teenager", "when i was a teenager", "in my youth",
                # (not a bare "at school": a pupil who "fell down the stairs at school" is hurt now)
                "in my teens", "when i was at uni", "when i was at school", "back at school",
                "back in school", "back at uni", "decades ago", "in my twenties", "years and years ago")
REOPENED = ("creeping up", "returned", "it's back", "its back", "back on them", "back on it", "back on the",
            "went back on", "restarted", "on them again",
            "on it again", "came back", "come back", "back again", "got worse", "getting worse", "worse now",
            "new now",
            "started again", "is back", "are back", "coming back", "creeping back", "again lately",
            "again recently", "again now", "that way again", "new since", "that's new",
            # "came right back" is back at once, not the NZ "came right" (got better)
            "came right back", "comes right back", "come right back", "came straight back",
            "comes straight back")
# Said in the sentence of a "cancer scare", these say it was not cancer ("turned out to be a harmless cyst").
NOT_CANCER = ("benign", "not cancer", "wasn't cancer", "was not cancer", "not cancerous", "wasn't cancerous",
              "harmless", "just a cyst", "a cyst", "came back negative", "was negative", "came back clear",
              "came back fine", "turned out fine", "turned out to be nothing", "nothing sinister",
              "false alarm")
# Causes that explain a mention away, per finding: "legs feel dead after leg day at the gym", "a short
# course of prednisone".
EXPLAINED_AWAY = {
    # (where the back was hurt is no cause of the legs' symptoms: "since I hurt my back at the gym" is
    # checked, see EXPLAINED_BY)
    "both_legs": ("leg day", "after training", "doms", "marathon", "dead tired", "tired from"),
    "leg_numbness": ("leg day", "at the gym", "after the gym", "workout", "after running", "after a run",
                     "dead tired", "tired from"),
    "immunosuppression": ("short course", "for a few days", "for 5 days", "for five days", "for a week",
                          "one-off", "one off", "just once", "3 day course", "three day course",
                          "5 day course", "five day course", "7 day course", "seven day course",
                          "5-day course", "3-day course", "7-day course", "a week of", "a few days of",
                          "few days of", "five days of", "5 days of", "three days of", "3 days of",
                          "a short burst", "five-day course", "three-day course", "seven-day course",
                          "ten-day course", "10-day course", "10 day course"),
    # a wish, not a loss ("I rather wish I'd lose a few kilos!")
    "weight_loss": ("bank account", "bank balance", "my wallet", "my purse",  # "... lost more weight than me"
                    "wish i'd lose", "wish i could lose", "wish i would lose", "i'd love to lose",
                    "i would love to lose", "wouldn't mind losing", "could do with losing",
                    "could stand to lose", "if only i'd lose", "if only i could lose"),
}
# Causes that make a mention possibly harmless: asked about with a check question, per finding.
EXPLAINED_BY = {
    # legs tired or tingling after exercise: possibly just the effort, so checked rather than dismissed
    "both_legs": ("at the gym", "after the gym", "workout", "after running", "after a run", "the hike",
                  "hiking", "cross country run", "cross country race", "cross-country run",
                  "cross-country race", "after cross country today", "cross country at school"),
    # A small leak on coughing, sneezing or jumping (stress leakage) is common and often long-standing:
    # unless said as new since the back pain (NEW_SINCE_PAIN), it is checked ("Is that new?").
    "bladder_bowel": ("when i cough", "when i sneeze", "when i laugh", "when i jump", "when i run",
                      "when i lift", "when coughing", "when sneezing", "cough or sneeze", "sneeze or cough",
                      "cough and sneeze", "sneeze and cough", "coughing or sneezing", "sneezing or coughing",
                      "if i cough", "if i sneeze", "if i laugh", "on coughing", "on sneezing",
                      "with a cough", "when i cough or", "when i sneeze or", "i cough", "i sneeze",
                      "on the trampoline", "pelvic floor",
                      # someone else's pads, changed at work ("I change incontinence pads for clients"):
                      # checked, so the person's own bladder is still asked about
                      *(f"{change} {whose}pads" for change in ("change", "changing", "changed")
                        for whose in ("", "their ", "the ", "residents' ", "clients' ", "patients' ")),
                      "pads for clients", "pads for residents", "pads for patients", "pads for the residents",
                      "pads for my clients", "pads for the patients"),
    "fever": ("menopause", "menopausal", "perimenopause", "perimenopausal", "hot flushes", "hot flashes",
              "hot flush", "hot flash", "hrt", "the change",
              # a hot workplace ("the kitchen hit 40 today and I was sweating buckets", "smelter shift")
              "the kitchen", "hot kitchen", "in the kitchen", "over the stove", "over the stoves",
              "the ovens", "the fryers", "the laundry", "the boiler room", "smelter", "the furnace",
              "furnaces", "foundry", "the forge",
              # sweating from effort or heat ("sweating buckets because I just walked up the hill")
              "walked up", "just walked", "been walking", "after a walk", "after my walk", "been running",
              "after a run", "after my run", "after running", "at the gym", "workout", "working out",
              "exercising", "after exercise", "hot day", "the heat", "hot weather", "heatwave", "a hike",
              "hiking", "climbing up", "mowing the lawn", "mowing",
              # a hot bed or room ("drenched in sweat but the heating was stuck on"): checked
              "the heating", "heating was on", "heating on", "electric blanket", "heated blanket",
              "too many blankets",
              # (set 80: "my tiny flat is so hot I was drenched in sweat coding last night": `urgent`)
              "so hot", "too hot", "really hot", "boiling hot", "hot flat", "hot room", "hot house",
              "no aircon", "no air con", "no air conditioning", "aircon broke", "air con broke",
              # out in the cold (set 79: "freezing at the top station all day, shivering like mad"): checked
              "freezing", "so cold", "in the cold", "out in the cold", "the cold", "frozen", "in the snow",
              "icy", "cold water", "wetsuit", "wet suit", "chairlift", "warmed up"),
    "saddle_numbness": ("from sitting", "after sitting", "sitting too long", "sat too long", "sitting for",
                        "sat so long", "sat for so long", "sitting so long", "sitting for so long",
                        "sat there so long",
                        "sitting on", "long drive", "after a long drive", "bike ride", "on the bike",
                        "on the chairlift", "on a chairlift", "freezing chairlift", "cold chairlift",
                        "chairlift ride", "on the ski lift",
                        "long drives", "on long drives", "after long drives", "long runs", "on long runs",
                        "long rides", "long trips", "long journeys", "long car rides", "long flights",
                        "long shifts", "long haul", "in the cab", "behind the wheel", "in the seat",
                        "in my seat", "long stretch", "long stretches", "trucking",
                        "cycling", "too long on the toilet", "goes away when i stand", "goes when i stand",
                        "goes away when i move", "after sitting down", "sit too long", "sit for long",
                        "sit for a long time", "sitting down for", "driving", "after driving",
                        "hours driving", "in the van", "in the car", "in the truck", "in the lorry",
                        "goes as soon as i get out", "goes soon as i get out", "goes when i get up",
                        "goes once i get up", "goes when i get out", "goes once i move",
                        "on the loo too long",
                        # hours of sitting ("after a six-hour drive", "on the plane"), gone on getting up
                        "hour drive", "hours in the car", "drive to", "drive home", "drive back",
                        "hour flight", "coach trip", "on the coach", "coach ride", "on a coach", "hour coach",
                        "bus ride", "train ride", "car ride", "hour ride",
                        # "came (straight) back the second I stood up" (the feeling, most likely; the
                        # numbness, maybe)
                        *(f"came {how}back {when} i stood" for how in ("", "straight ", "right ")
                          for when in ("the second", "the moment", "the minute", "as soon as",
                                       "straight away when")),
                        "on the plane", "on a plane", "long flight", "on the train", "on a train",
                        "on the bus", "on a bus", "got out and walked", "got out of the car", "once i stood",
                        "when i stood", "as soon as i stood", "the minute i stood", "the minute i got out",
                        "as soon as i got out", "once i got out", "when i got out",
                        # hours of gaming ("my bum went numb after 5 hours of fortnite")
                        "of fortnite", "on the xbox", "on my xbox", "on the playstation", "on my playstation",
                        "on the ps5", "on my ps5", "on the ps4", "on my ps4",
                        # "my bottom goes numb on the deck loungers after an hour or so", "when I sit for an
                        # hour": sitting on something for a while (not "when I sit on the loo I can't feel
                        # the seat", which tells of the feeling itself)
                        "lounger", "loungers", "sun lounger", "deck chair", "deckchair", "deck chairs",
                        "hours of sitting", "after an hour or so", "after an hour", "after a couple of hours",
                        "after a few hours", "for an hour or so", "for a couple of hours",
                        # hours on a machine's seat ("my butt's gone numb too lol but thats 12 hrs on a plow
                        # seat": persona run 29 was sent to the emergency department without a check)
                        "hrs on", "hours on a", "hours on the", "hrs in the", "hours in the", "plow seat",
                        "plough seat", "tractor seat", "mower seat", "on the tractor", "on a tractor",
                        "on the plow", "on the plough", "on the mower", "on the ride-on", "in the digger",
                        "in the excavator", "on the forklift", "in the forklift", "in the tractor",
                        "in the plow", "in the plough", "in the grader", "in the loader", "in the harvester",
                        "in the header", "on the quad", "on the quad bike", "on the motorbike"),
    # weight lost with a stomach bug ("lost 3kg with gastro last week, eating again now"): checked
    "weight_loss": ("with gastro", "had gastro", "from gastro", "gastro bug", "stomach bug", "tummy bug",
                    "food poisoning", "norovirus", "vomiting bug"),
    # a steroid a doctor has only mentioned or suggested for the back pain is no long-term use: checked
    "immunosuppression": ("mentioned", "suggested", "offered", "wants to put me on", "might put me on",
                          "brought up", "raised", "talked about", "floated",
                          # given for this back pain, so perhaps a short course (set 80: "my doctor in Chennai
                          # gave me prednisolone for back pain, is that normal practice?", `urgent`)
                          "for back pain", "for my back", "for the back pain", "for my back pain",
                          "for the back", "for this back pain", "for the sciatica", "for my sciatica",
                          "thinking of putting me on", "wants me to try", "what's that about",
                          "what is that about",
                          # "on steroid tablets for a year, but I've been off them ever since 2011": perhaps
                          # stopped long ago (checked: "still" or a recent stop would be missed if dismissed;
                          # "off them since" is in RESOLVED already)
                          "been off them ever since", "been off it ever since", "been off it since",
                          "been off them for years", "been off it for years"),
}
# The wordings a cause of EXPLAINED_BY can explain, where it explains only some: a cough explains a small
# leak, not "I wet myself" or "I've lost control".
EXPLAINED_WORDINGS = {
    "bladder_bowel": ("leak", "leaks", "leaking", "leaked", "leakage", "leakages", "dribble", "dribbles",
                      "dribbling", "dribbled",
                      # ("I change incontinence pads for clients"; "incontinent when I sneeze": checked)
                      "incontinence", "incontinent"),
    # effort, heat or the menopause explain sweats and flushes, the cold explains shivering (each then checked
    # with one question), never a fever, a temperature or chills
    "fever": ("sweats", "sweating", "sweat", "sweaty", "buckets", "drenched", "soaked", "flushes", "hot",
              "shivering", "shivers", "shivery", "shivered"),
}
# Numbness from sitting that goes on getting up: the answer to the saddle check question, already given
# ("bum goes numb on the long drive but comes right as soon as I get out and walk around")
GONE_ON_STANDING = (
    # set 77: "after a 6 hr airport run my backside went a bit numb but it came straight back the second I got
    # out and stretched"
    # (the feeling, not the symptom: "the pins and needles ... came right back the minute I stood up" is back)
    *(f"but {it} came {how}back {when} i {did}"
      for it in ("it", "the feeling", "feeling") for how in ("", "straight ", "right ")
      for when in ("the second", "as soon as", "the minute", "the moment")
      for did in ("got out", "got up", "stood", "stretched", "moved", "walked")),
    # "my bum goes a bit numb in the seat but it's back to normal the second i get out and stretch" (set 70)
    *(f"back to normal {when} i {move}" for when in ("the second", "the moment", "the minute", "as soon as",
                                                     "when", "once")
      for move in ("get out", "get up", "stand", "stand up")),
    "goes away when i stand", "goes when i stand", "goes away when i get up", "goes when i get up",
    "goes once i get up", "goes when i get out", "goes as soon as i get out", "goes soon as i get out",
    "goes once i move", "goes away when i move", "goes when i move", "comes right as soon as i get",
    "comes right when i get", "comes right once i get", "comes right when i stand",
    "comes right once i stand", "wears off when i stand", "wears off when i get up",
    "wears off when i get out", "wears off once i stand", "wears off once i get up",
    "wears off once i get out", "wears off when i move",
    "wears off when i walk", "wears off as soon as i stand", "wears off as soon as i get up",
    "wears off as soon as i get out",
    "fine once i stand", "fine when i stand",
    "fine once i get up", "fine as soon as i get up", "fine as soon as i stand", "disappears when i stand",
    "disappears when i get up", "goes away once i stand", "goes away once i get up",
    "back to normal when i stand", "back to normal once i get up",
    # "it goes as soon as I stand up and walk", "wears off the minute I get up"
    *(f"{goes} {when} i {up}" for goes in ("goes", "goes away", "wears off", "disappears")
      for when in ("as soon as", "soon as", "the moment", "the minute", "the second", "once", "when")
      for up in ("stand up", "stand", "get up", "walk", "start walking", "get moving")),
    # ("the feeling came straight back once I stood up"; not "the numbness came back when I stood up")
    *(f"{feeling} came {back} {when} i {up}" for feeling in ("feeling", "sensation")
      for back in ("back", "straight back", "right back")
      for when in ("as soon as", "once", "when") for up in ("got up", "stood", "stood up")),
    # "numb bum ... the feeling came back the second i hopped off", "goes the minute i get off" (set 71)
    # ("it came back" could be the numbness coming back: only the feeling named counts)
    *(f"{feeling} came {back} {when} i {off}" for feeling in ("feeling", "sensation")
      for back in ("back", "straight back", "right back")
      for when in ("as soon as", "once", "when", "the second", "the minute", "the moment")
      for off in ("hopped off", "got off", "jumped off", "climbed off", "got down")),
    *(f"{goes} {when} i {off}" for goes in ("goes", "goes away", "wears off", "back to normal", "comes right")
      for when in ("as soon as", "once", "when", "the second", "the minute", "the moment")
      for off in ("hop off", "get off", "jump off", "climb off", "hopped off", "got off")))
# ... unless the message says it stays ("but now it stays when I stand")
STAYS_ON_STANDING = (
    "stays", "staying", "all the time", "all day", "constant", "constantly", "doesn't go", "does not go",
    "won't go", "not going away", "still numb", "even when i stand", "even standing", "even when i'm up",
    "even when i walk", "even walking", "doesn't come right", "hasn't gone", "not gone", "it doesn't",
    "even walking about", "even walking around", "even when walking",
    "it does not")
# Said in so many words, these keep a numb bottom numb on getting up, whatever sitting came before ("numb
# genitals after sitting for hours and it stays when I stand"): the saddle check question answered yes.
STAYS_AFTER_GETTING_UP = (*(
    f"{stays} {when}"
    for stays in ("stays", "stays numb", "still numb", "still there", "doesn't go", "doesn't go away",
                  "does not go", "does not go away", "won't go", "won't go away", "doesn't wear off",
                  "doesn't come right", "hasn't gone", "hasn't gone away", "is still numb", "are still numb")
    for when in ("when i stand", "when i stand up", "when i get up", "after i get up", "after i stand",
                 "after getting up", "after standing", "when i'm standing", "when i walk", "when i'm up",
                 "once i stand", "once i get up", "once i'm up")),
    "numb even when i stand", "numb even when i'm standing", "numb even when standing",
    "numb even when i get up", "numb even after i get up", "numb even after getting up",
    "numb even when i walk", "numb even walking",
    # still there long after ("still numb 2 days later", "stayed all day", "it's not gone")
    "still numb now", "it's still numb", "is still numb", "days later", "stayed all day", "stayed numb",
    "it's not gone", "it hasn't gone", "and it's not gone", "hasn't gone away",
    # "cant feel myself on the quad seat or standing up either, doesnt change at all"
    "or standing up either", "or standing either", "when standing either", "when i stand either",
    "doesn't change at all", "doesnt change at all", "never changes")
# No poo for days on an opioid, or "just blocked up": most often constipation. It explains bowels that will
# not go (checked, not escalated), never a bladder that will not empty nor a loss of control.
CONSTIPATION = ("constipated", "constipation", "blocked up", "bunged up", "codeine", "tramadol", "morphine",
                "oxycodone", "opioid", "opioids", "laxative", "laxatives")
# Weight lost on purpose is not the unexplained weight loss that is a red flag.
WEIGHT_LOSS_EXPLAINED = ("on purpose", "dieting", "diet", "on a diet", "trying to lose", "trying to",
                         # "none of em. wish i had lost weight lol": a wish, nothing lost
                         "wish i had", "wish i'd", "i wish", "if only i had", "if only i'd",

                         "gastric sleeve", "gastric bypass", "gastric band", "bariatric",
                         "weight loss surgery", "all planned", "planned with",
                         "intentionally", "deliberately", "slimming", "weight watchers", "meant to",
                         "wanted to", "calorie", "calories", "fasting", "walking more", "exercising more",
                         "since i started walking", "since i started exercising", "since i started going",
                         "eating better", "eating healthier", "eating healthy", "since starting the gym",
                         "since i started running", "started running", "running more", "cycling more",
                         "swimming more", "cut out", "cutting out", "cut down on", "cut back on",
                         "no more takeaways", "keto", "low carb", "low-carb", "starting running",
                         "started the gym",
                         # a weight-loss medicine is the explanation ("lost 8 kg since starting Ozempic")
                         "ozempic", "wegovy", "mounjaro", "semaglutide", "tirzepatide", "saxenda",
                         "weight loss injection", "weight loss injections", "weight loss jab",
                         "the whole point",
                         # a loss expected ("only the pregnancy weight coming off slowly, which I
                         # expected"); weight lost since a birth, said alone, is still checked, and "everyone
                         # says the baby weight drops off, but ... 9 kg in two months" is told
                         "which i expected", "as expected")
# Said after a mention: "cancer runs in my family" is about relatives.
OTHER_PERSON_AFTER = ("runs in the family", "runs in my family", "in my family", "in the family",
                      "family history", "in my mum", "in my dad", "in my mother", "in my father")
# "Will prednisone help?" asks about a treatment; "I'm on prednisone" reports taking it.
TREATMENT_QUESTION = ("help", "helps", "work", "works", "good for", "any good", "effective", "worth",
                      "side effects", "what is", "what are", "what does", "should i take", "can i take",
                      "should i try", "recommend", "should i be on", "should i go on", "could i go on",
                      "do i need",
                      # "what's the deal with adalimumab?", "why can't I just take prednisolone to calm it?"
                      "what's the deal with", "what is the deal with", "is it only for", "only for people",
                      "why can't i", "why cant i", "should i ask for", "could i ask for", "can i ask for",
                      "thoughts on", "what about", "how about",
                      # "would steroid tablets like prednisone calm my back down quicker than this" (set 73)
                      "calm my back", "calm it down", "calm it", "settle my back", "settle it down",
                      "fix my back", "sort my back out", "speed up", "quicker than this", "faster than this",
                      # "I was wondering, is adalimumab the same thing as Humira? do they use it for backs?"
                      "the same thing as", "the same as", "something they use", "what they use",
                      "do they use", "used for", "is it used", "the difference between", "i was wondering",
                      "wondering if", "wondering whether",
                      # "can a doctor give me steroid tablets for my back" (no question mark)
                      "give me", "prescribe", "prescribe me")
ON_MEDICINE = ("i'm on", "i am on", "i take", "i'm taking", "i am taking", "i've been taking",
               "i have been taking", "i've been on", "i have been on", "been on", "i use", "my",
               # right before the medicine ("on humira for years, is it a biologic?")
               "on", "taking", "started me on", "put me on", "started on", "i've had", "i have had")
# A clause ends at these words (and at . ! ? ;): negation and attribution do not cross them.
CLAUSE_BREAKS = (
    "but", "however", "although", "though", "except", "apart from", "aside from", "whereas", "yet",
    "although i", "still", "tho", "altho",
    # "had chemo last year and now I've got a fever": what is said after "now" is not in the past
    "and now", ", now", "but now",
    # "no to bladder, no to numb bum, yes some weakness": a yes after noes answers the next thing
    ", yes", ", yeah", ", yep", "yes to",
    # "both legs fine and strong, just a sore back": what is "just" so is a thing of its own
    ", just a", ", just an", ", just the", ", just my", ", just some",
)
FIRST_PERSON = ("i", "i'm", "im", "i've", "ive", "i'd", "my", "me", "myself", "mine", "mum of", "mom of",
                "dad of", "mother of", "father of", "mama of", "papa of",
                # the person as a patient ("patient here", "I'm a patient at the clinic")
                "i'm a patient", "i am a patient", "patient here", "as a patient", "i'm a client",
                "i'm a resident", "i am a resident",
                # clinicians' findings about the person: "they found a triple A on a scan"
                "they found", "they've found", "they told me", "they said i", "they said my",
                "they diagnosed", "they picked up", "he's right", "she's right", "they're right",
                "he is right", "she is right")
# The person's job, not their symptom: "(I'm a nurse)" beside a patient's symptom does not make it theirs.
# What writers call themselves ("I am a woman of 72", "I'm a bloke who can't feel his legs")
WRITER_AS_A_PERSON = ("woman", "man", "lady", "gentleman", "girl", "boy", "guy", "bloke", "fella", "lad",
                      "female", "male", "mother", "father", "mum", "mom", "dad", "grandmother", "grandfather",
                      "grandma", "grandad", "nan", "widow", "widower", "old woman", "old man", "older woman",
                      "older man", "elderly woman", "elderly man", "young woman", "young man")
SPEAKER_ROLE = ("i'm a nurse", "i am a nurse", "i'm a doctor", "i am a doctor", "i'm a gp", "i'm a physio",
                "i'm a physiotherapist", "i'm a carer", "i am a carer", "i'm a paramedic", "i'm a midwife",
                "i'm a nursing student", "i'm a student nurse", "i'm a medical student", "i'm a med student",
                "i'm a pharmacist", "i'm a chiropractor", "i'm an osteopath", "i'm a care worker",
                "i'm a support worker", "i'm a healthcare worker", "i'm a health care worker", "i work as a",
                "i work in a care home", "i work in aged care", "i work in a hospital",
                # the writer describing themselves ("I am a woman of 72 years with osteoporosis")
                *(f"{i_am} {a} {who}" for i_am in ("i'm", "i am") for a in ("a", "an")
                  for who in WRITER_AS_A_PERSON))
# Someone else who noticed or examined the person's own symptom ("my wife noticed the bed was soaked",
# "my partner pressed on my spine"): the symptom stays the person's unless another "his"/"her" follows.
OBSERVER = ("noticed", "notices", "noticing", "spotted", "spots", "pointed out", "points out",
            "pressed", "presses", "pressed on", "pushed on", "pushes on", "pressed along", "tapped",
            "prodded", "poked", "examined", "took my", "checked my", "felt my", "touches", "touched",
            "touches it", "touched it")
# Everyday senses of words that can name a red flag, read from what is said beside them in the clause:
# (phrases in a concept, words that show the everyday sense).
EVERYDAY_SENSES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # giving up an exercise, a habit, a medicine or this chat is no crisis
    (GIVING_UP_FEELINGS,
     ("exercise", "exercises", "stretches", "stretching", "physio", "the plan", "this plan", "gym", "running",
      "the run", "yoga", "pilates", "walking", "walks", "football", "rugby", "netball", "golf", "sport",
      "smoking", "cigarettes", "cigs", "vaping", "drinking", "alcohol", "booze", "coffee", "sugar", "meat",
      "chocolate", "diet", "the tablets", "my tablets", "the pills", "my pills", "my meds", "the meds",
      "medication", "painkillers", "driving", "this chat", "this bot", "on you", "the app", "this app",
      "the questions", "the course", "uni", "college", "study", "my degree", "training", "the garden",
      "gardening")),
    # a steroid injection, cream, inhaler or spray is no long-term steroid tablet
    (("steroid", "steroids", "methylprednisolone", "methylpred"),
     ("injection", "injections", "jab", "jabs", "shot", "shots", "cream", "creams", "ointment", "inhaler",
      "inhalers", "spray", "nasal", "eye drops", "puffer")),
    # remission of an illness named that is not a cancer ("my Crohn's is in remission") is no cancer history
    (("in remission", "remission", "into remission"),
     ("crohn's", "crohns", "crohn", "colitis", "ulcerative colitis", "ibd", "ms", "multiple sclerosis",
      "lupus", "arthritis", "rheumatoid", "ra", "psoriasis", "psoriatic", "eczema", "sarcoidosis",
      "depression", "anxiety", "alcoholism", "alcohol", "drinking", "addiction", "gambling", "hepatitis",
      "nephrotic", "vasculitis", "myasthenia", "graves", "coeliac", "celiac", "ankylosing spondylitis",
      "polymyalgia", "gout", "eating disorder", "anorexia", "bulimia")),
    # sweat from exercise or heat is not a fever
    # straining from constipation on codeine or another medicine is not retention
    (("straining", "strain", "straining on the loo", "straining on the toilet"),
     ("bunged up", "constipated", "constipation", "blocked up", "codeine", "tramadol", "morphine",
      "oxycodone", "opioid", "opioids", "can't poo", "cant poo", "no poo")),
    (("sweats", "sweating buckets", "drenched in sweat", "soaked in sweat", "soaked with sweat",
      "drenched with sweat", "sweating all night", "sweating every night", "sweaty at night"),
     ("gym", "yoga", "workout", "work out", "working out", "training", "exercise", "exercising", "a run",
      "running", "jog", "jogging", "sauna", "spin class", "the heat", "heatwave", "heat wave", "hot day",
      "hot weather", "humid", "mowing", "football", "netball", "rugby", "match", "game", "in the sun",
      "the sun", "hauling", "digging")),
    # working nights is a shift pattern, not pain at night ("hurt my back turning a patient on nights")
    (("nights",),
     ("on nights", "set of nights", "working nights", "work nights", "doing nights", "run of nights",
      "stretch of nights", "block of nights", "nights in a row", "night shift", "night shifts",
      "on night duty", "my nights", "next nights")),
    # "knocked out" / "wiped out" after a long week is tiredness or sleep, not a blow
    (("knocked out", "wiped out"),
     ("slept", "sleep", "asleep", "sleeping", "nap", "tired", "exhausted", "knackered", "shattered",
      "long week", "long day", "long shift", "double shift", "night shift", "shift", "after work",
      "from work", "sleeping tablet", "sleeping pill", "sleeping tablets", "sleeping pills")),
    # a dead leg from sitting on it that went when standing is not loss of use
    (("dead leg", "dead legs"),
     ("from sitting", "sitting cross-legged", "cross-legged", "cross legged", "sat on it", "sitting on it",
      "sitting on my leg", "once i stood", "when i stood", "after a minute", "after a few minutes",
      "wore off", "from kneeling",
      # the sports injury of that name: a knee or a kick into the thigh, a bruised muscle
      "knee into", "kneed", "into my thigh", "in the thigh", "my thigh", "thigh", "quad", "bruise",
      "bruised", "corked", "charley horse", "tackle", "tackled")),
    # a beat in the belly from loud music ("the bass from my subs was thumping in my belly at the gig") is
    # sound, not a pulse (language.py reads a PULSING span by its beat word here)
    (("thumping", "thumped", "pounding", "pounded", "pulsing", "throbbing", "vibrating", "booming",
      "beating"),
     ("bass", "subs", "subwoofer", "subwoofers", "sub woofer", "speaker", "speakers", "drum", "drums",
      "drumming", "fireworks", "stereo", "sound system", "amp", "amps")),
    # a phone screen that "went numb" does not respond to touch: no feeling lost
    (("numb", "went numb", "gone numb", "going numb"),
     ("phone screen", "touchscreen", "touch screen", "screen went", "screen's gone", "screen is")),
    # "collapsed on the bed the rest of the day": lay down, worn out; not fainting
    (("collapsed", "collapse", "collapsing"),
     ("on the bed", "on my bed", "onto the bed", "into bed", "on the couch", "on the sofa", "on the settee",
      "onto the couch", "onto the sofa", "in a chair", "into a chair", "into my chair", "in front of the tv",
      "on the lounge", "in a heap")),
    # woken when turning over: pain on moving in bed, not pain that is worse at night
    (("wakes me", "wakes me up", "waking me", "woken up by", "wake me up"),
     ("turn over", "turning over", "roll over", "rolling over", "turn", "turning", "roll", "rolling", "move",
      "moving", "shift", "shifting")),
    # pain on rolling over or getting out of bed is pain on moving, not pain that is worse at night
    (("in bed", "lying down"),
     ("roll over", "rolling over", "rolled over", "roll", "rolling", "turn over", "turning over", "turning",
      "turn", "get out of", "getting out of", "got out of", "get up", "getting up", "sit up", "sitting up",
      "get into", "getting into", "climb out", "climbing out", "move", "moving", "shift", "shifting")),
)


# Generic names by the names people use (brands, other countries' names, common misspellings are
# handled by spelling correction in clinical/language.py).
MEDICINE_NAMES = {
    "paracetamol": ("paracetamol", "panadol", "tylenol", "acetaminophen", "calpol", "pamol", "panamax",
                    "dolo", "crocin", "biogesic"),
    "ibuprofen": ("ibuprofen", "nurofen", "advil", "brufen", "motrin", "ibuprofin"),
    "naproxen": ("naproxen", "naprosyn", "aleve", "naprogesic", "synflex"),
    "diclofenac": ("diclofenac", "voltaren", "voltarol", "cataflam", "voltaren gel"),
    "meloxicam": ("meloxicam", "mobic"),
    "celecoxib": ("celecoxib", "celebrex"),
    "etoricoxib": ("etoricoxib", "arcoxia"),
    "aspirin": ("aspirin", "disprin"),
    "codeine": ("codeine", "co-codamol", "cocodamol", "co codamol", "panadeine", "solpadeine", "nurofen plus",
                "mersyndol"),
    "dihydrocodeine": ("dihydrocodeine", "co-dydramol", "codydramol"),
    "tramadol": ("tramadol", "tramal", "zydol", "ultram"),
    "morphine": ("morphine", "oramorph", "m-eslon", "sevredol"),
    "oxycodone": ("oxycodone", "oxycontin", "oxynorm", "endone", "percocet"),
    "hydrocodone": ("hydrocodone", "norco", "vicodin"),
    "orphenadrine": ("orphenadrine", "norflex", "norgesic", "norflecks"),
    "methocarbamol": ("methocarbamol", "robaxin", "robaxacet"),
    "cyclobenzaprine": ("cyclobenzaprine", "flexeril"),
    "baclofen": ("baclofen", "lioresal"),
    "diazepam": ("diazepam", "valium", "valiums", "diazapam", "vallies", "valpam"),
    "lorazepam": ("lorazepam", "ativan"),
    "alprazolam": ("alprazolam", "xanax", "xanex"),
    "clonazepam": ("clonazepam", "klonopin", "rivotril"),
    "temazepam": ("temazepam",),
    "prednisone": ("prednisone", "prednisolone", "steroid tablets", "steroids"),
    "methylprednisolone": ("methylprednisolone", "medrol"),
    "cortisone": ("cortisone",),
    "amitriptyline": ("amitriptyline", "amitriptylin", "amitryptiline", "amitryptyline", "amytriptaline",
                      "amitriptiline", "amitryptaline", "amitriptaline"),
    "nortriptyline": ("nortriptyline",),
    "duloxetine": ("duloxetine", "cymbalta"),
    "venlafaxine": ("venlafaxine", "effexor"),
    "sertraline": ("sertraline", "zoloft"),
    "fluoxetine": ("fluoxetine", "prozac"),
    "citalopram": ("citalopram",),
    "escitalopram": ("escitalopram", "lexapro"),
    "gabapentin": ("gabapentin", "neurontin"),
    "pregabalin": ("pregabalin", "lyrica"),
    "adalimumab": ("adalimumab", "humira"),
    "etanercept": ("etanercept", "enbrel"),
    "infliximab": ("infliximab", "remicade"),
    "secukinumab": ("secukinumab", "cosentyx"),
    "ixekizumab": ("ixekizumab", "taltz"),
    "golimumab": ("golimumab", "simponi"),
    "certolizumab": ("certolizumab", "cimzia"),
    "amoxicillin": ("amoxicillin", "amoxil", "augmentin", "amoxycillin", "amoxiclav", "co-amoxiclav"),
}
