"""Reading the non-red-flag facts of triage out of free text: duration, severity, age, onset, location,
medicines tried, mood, whether it is improving, and yes/no/not-sure answers.

Every function returns None when the text does not say, so the caller can ask again.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from clinical.language import PAIN_SCORE, RELATIVE, normalise
from clinical.lexicon import MEDICINE_NAMES

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2, "a few": 3, "few": 3, "several": 4,
    "half a": 0.5, "a half": 0.5, "one and a half": 1.5, "a couple more": 2, "some": 3, "many": 6,
}
UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1, "week": 7, "fortnight": 14,
             "month": 30.4, "year": 365}
# each weekday, Monday first, also as people shorten it in a message ("on tues", "since weds")
_WEEKDAY_PATTERNS = ["mon(day)?", "tue(s|sday)?", "wed(s|nesday)?", "thu(r|rs|rsday)?", "fri(day)?",
                     "sat(urday)?", "sun(day)?"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_WORDS = "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
_NUMBER = r"(\d+(?:\.\d+)?|" + _WORDS + r")"
_UNIT = r"(minute|min|hour|hr|day|night|week|fortnight|month|year|wk|mth|yr)s?"
_SHORT_UNITS = {"wk": "week", "mth": "month", "yr": "year", "min": "minute", "hr": "hour"}

ACUTE_MAX_DAYS = 42  # under 6 weeks
MIN_BARE_AGE = 12  # a bare number below this, given as an age, is more likely a pain score
LONG_STIFFNESS_MINUTES = 30  # the clinical guide: morning stiffness lasting more than 30 minutes
SUBACUTE_MAX_DAYS = 84  # 6 to 12 weeks; chronic beyond


def _number(token: str) -> float | None:
    token = token.strip()
    if re.fullmatch(r"\d+(\.\d+)?", token):
        return float(token)
    return WORD_NUMBERS.get(token)


_TENS = "|".join(w for w, n in WORD_NUMBERS.items() if isinstance(n, int) and n >= 20 and n % 10 == 0)
_UNITS = "|".join(w for w, n in WORD_NUMBERS.items() if isinstance(n, int) and 1 <= n <= 9 and len(w) > 2)
_VAGUE = {"a", "an", "some", "many"}  # "a walk", "some days": not numbers on their own


# Days of a fixed date that people date their pain from (month, day)
_HOLIDAYS = (("christmas", (12, 25)), ("xmas", (12, 25)), ("boxing", (12, 26)), ("new year", (1, 1)),
             ("anzac", (4, 25)), ("waitangi", (2, 6)), ("australia", (1, 26)), ("st patrick", (3, 17)),
             ("paddy", (3, 17)), ("halloween", (10, 31)), ("guy", (11, 5)), ("bonfire", (11, 5)),
             ("valentine", (2, 14)))


def spelled_number(text: str) -> float | None:
    """A number written in words: "forty five", "twelve", "a couple of"; None if there is none."""
    t = normalise(text)
    compound = re.search(rf"\b({_TENS})(?:[ -]({_UNITS}))?\b", t)
    if compound:
        return WORD_NUMBERS[compound.group(1)] + (WORD_NUMBERS[compound.group(2)] if compound.group(2) else 0)
    for word in sorted((w for w in WORD_NUMBERS if w not in _VAGUE), key=len, reverse=True):
        if re.search(rf"\b{re.escape(word)}\b", t):
            return WORD_NUMBERS[word]
    return None


# "I have 63 years" (an age, as said in Spanish, Italian or Portuguese), not "I have 3 years of pain"
_HAVE_YEARS_AGE = r"\bi have ([1-9]\d)\s*years\b(?!\s+(?:of|with|since|now|ago|back|already)\b)"
_AGE_PHRASE = (r"\b\d{1,3}[\s-]*(?:years?|yrs?)[\s-]*(?:old|of age)\b|\b\d{1,3}\s*y/?o\b|"
               + _HAVE_YEARS_AGE)


_WHEN_IT_WAS_SAID = re.compile(r"\b(told|said|asked|answered|mentioned|typed|wrote|explained)\b[^.?!]{0,25}?"
                               r"\b(a|one|two|a few|\d+) (minutes?|mins?|seconds?|secs?|moments?) ago\b|"
                               # "only got a few min" (persona run 35: the time to chat, read as the pain's)
                               r"\b(only )?(got|have|having|has) (a |about |like )?"
                               r"(few|couple of|\d+|five|ten|two) (minutes?|mins?|secs?|seconds?)\b")
# A baby's or a child's age in weeks or months ("7 week old", "my 3-month-old"): someone's age, not the pain's
_A_BABYS_AGE = re.compile(r"\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                          r"[\s-]*(weeks?|wks?|months?|mths?)[\s-]*old\b|"
                          # "I'm 22 weeks pregnant" (persona run 35: read as five months of pain)
                          r"\b(\d{1,2}(\+\d)?|\w+)[\s-]*(weeks?|wks?|months?|mths?)[\s-]*(pregnant|preggo|preggers|"
                          r"along|gone|into (my|the|this) pregnancy|of (my |the |this )?pregnancy)\b")


# How often earlier episodes came: "every few years", "a few times over the years", "twice a year"
_EPISODE_HISTORY = re.compile(
    r"\b(every|each|once|twice|(a )?(few|couple of|number of|lot of|several|many|\d+) times)\s+"
    r"((a|an|per|in|over|every|each)\s+)?(the\s+)?((last|past)\s+)?"
    r"((few|couple of|\d+|several|two|three|four|five|six|eight|ten|twelve)\s+)?"
    r"(years?|months?|weeks?|yrs?)\b|\bover the (last |past )?(few |couple of |\d+ )?(years|months)\b|"
    # an earlier bout: "had the same thing 2 years ago", "same happened a few years back" (vignette set 5:
    # read as two years of pain, `soon` for a strain that was getting better)
    r"\b(had|got|did|happened|happen)\b[^.,;]{0,25}\b(same|similar|this|it|that) ?(thing|before|once)?"
    r"[^.,;]{0,15}?\b(a|an|one|two|three|four|five|six|\d+|a few|a couple of|couple|few|several)\s+"
    r"(years?|yrs?|months?)\s+(ago|back)\b|"
    r"\bsame (thing )?(happened |as )?(a|an|one|two|three|\d+|a few|a couple of|couple|few|several)\s+"
    r"(years?|yrs?|months?)\s+(ago|back)\b")


_SOME_NIGHTS = re.compile(r"(?<!for )(?<!past )(?<!last )\b(some|most|certain|other|odd) "
                          r"(nights|days|mornings|evenings)\b(?! (now|ago|in a row|running|straight))")
# "crying most days", "on bad days": how often, not how long
_HOW_OFTEN = re.compile(r"\b\d+(\.\d+)?\s*(hours?|hrs?|h)\s+(a|per|each|every) (day|night|shift|week)\b|"
                        # "we train nine sessions a week" (persona run 35: read as a week of pain)
                        r"\b(\d+|\w+) (sessions?|times?|days?|nights?|shifts?|classes|lessons?|runs?|rides?|"
                        r"games?|matches|trainings?|workouts?|km|kms|miles?|kilometres?|kilometers?) "
                        r"(a|per|each|every) (week|day|month|fortnight|year)\b|"
                        # ("I drive Uber like 11 hrs a day": how long each day's work is)
                        r"(?<!for )\b(most|other|good|bad|odd|alternate|certain) "
                        r"(days|nights|weeks|mornings)\b|\b(days|nights) when\b|"
                        # "worse some days, ..." (not "for some days", "some days ago")
                        r"(?<!for )\bsome (days|nights|mornings|weeks|months)"
                        r"(?=,| (are|it|it's|its|i|when|and|but|"
                        r"better|worse)\b)")


# "the leg pain started a few days later": a time from another event, not how long this pain has lasted;
# "a 12 hour wedding", "an 8-hour shift": how long something else lasted
_TIME_FROM_ANOTHER_EVENT = re.compile(
    r"\b(a |an )?(few|couple of|several|\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(days?|weeks?|months?) (later|afterwards)\b|"
    # "cant get it up since a few days after the back went" (persona run 35: read as 3 days of pain)
    r"\bsince (a |an )?(few|couple of|several|\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(days?|weeks?|months?) (after|into)\b|"
    r"\b(a|an) \d+[\s-]*(hour|hr|day|week)[\s-]+(?!(ago|now|or|and|since)\b)[a-z]+\b|"
    # "an away game on Saturday which is 3 hours drive", "a 10 hr shift": how long the trip or the shift is
    r"\b" + _NUMBER + r"[\s-]*(hours?|hrs?|days?)'?\s+(drive|driving|flight|flying|shift|trip|walk|ride|"
    r"journey|hike|tramp|away|by car|on the road|in the car|on a plane|on the plane)\b|"
    # a birth told with its time ("I had my daughter four months ago and for about three weeks now my lower
    # back has been at me", persona run 34: the pain taken as four months old); not the pain's start when
    # the pain is said to date from it ("since I had my son 3 months ago")
    r"(?<!since i )(?<!after i )(?<!when i )\b(had|gave birth to|delivered) "
    r"(my |our |a |the |her |him |them )?"
    r"(baby|daughter|son|twins|little one|wee one|girl|boy|bub|bubba)( \w+)? (about |around |nearly |almost |"
    r"only |just )?" + _NUMBER + r" (days?|weeks?|months?) ago\b")


# "it was like that a week or two in", "the same as it was a month in": a point part-way, not the length
_A_POINT_PART_WAY = re.compile(r"\b(was|were|felt|got|did)\b(?: \w+){0,2}? (?:about |around )?" + _NUMBER +
                               r"(?: (?:or|to) \w+)? " + _UNIT + r"(?: (?:or|to) \w+)? in\b")
# "two and a half weeks", "a week and a half": the half added to the number
_AND_A_HALF = re.compile(_NUMBER + r" and a half (?=" + _UNIT + r"\b)")
_UNIT_AND_A_HALF = re.compile(_NUMBER + r" " + _UNIT + r" and a half\b")


def _halves_as_decimals(text: str) -> str:
    def plus_half(found: re.Match[str], unit: str = "") -> str:
        number = _number(found.group(1))
        return found.group() if number is None else f"{number + 0.5:g} {unit}"
    text = _UNIT_AND_A_HALF.sub(lambda found: plus_half(found, found.group(2) + "s"), text)
    return _AND_A_HALF.sub(plus_half, text)


# "good for a month then back again", "a couple of weeks pain free": a spell without the pain, not its length
_A_WELL_SPELL = re.compile(r"\b(good|fine|ok|okay|alright|all right|great|better|clear|settled|pain.?free|"
                           r"no pain)( again)? for (about |around |like |maybe )?" + _NUMBER + r" " + _UNIT +
                           r"|" + _NUMBER + r" " + _UNIT +
                           r" (pain.?free|without (it|pain|any pain)|of relief)\b")


# "getting married in a bit over 2 weeks", "flying out in three days", "in a fortnight's time": a time still
# to come, not how long the pain has lasted
_QUALIFIED = (r"(?:(?:a bit|just|a little) (?:over|under|more than|less than) |about |around |another |"
              r"under |less than |only |roughly )?")
_STILL_TO_COME = re.compile(
    r"\bin " + _QUALIFIED + r"(?:a |an |" + _NUMBER + r" )?" + _UNIT + r"(?:'s|s'|s| s)? time\b|"
    r"\b(will|'ll|going to|gonna|booked|due|fly|flying|leave|leaving|married|wedding|trip|holiday|"
    r"appointment|operation|surgery|starts?|starting|away|off to)\b[^.;!?]{0,40}?\bin "
    + _QUALIFIED + r"(?:a |an |" + _NUMBER + r" )" + _UNIT + r"\b")


_HOW_IT_IS_TODAY = re.compile(r"\b(better|worse|easier|sorer|stiffer|improved|no better|no worse|not as bad|"
                              r"settling|settled|eased|easing) (again |already |a bit |a little )?today\b")

_PART_OF_THE_TIME = re.compile(r"\b(the|those|its|it's) (first|worst) (few |couple of |two |three |\d+ )?"
                               r"(days?|nights?|weeks?)\b")


# A number and a unit of time ("3 days", "two to three weeks", "a couple more months")
_LENGTH = re.compile(_NUMBER + r"\s*(?:-|to\b|or\b)?\s*(?:\d+\s*)?(?:more\s+)?" + _UNIT + r"\b")


def _times_of_the_pain(text: str) -> str:
    """The normalised text without the times that are not how long the pain has lasted, halves as decimals."""
    t = re.sub(_AGE_PHRASE, " ", normalise(text))  # "I'm 45 years old" is an age, not how long it has hurt
    t = _A_BABYS_AGE.sub(" ", t)  # "new dad here, 7 week old, doing the night feeds" (persona run 32)
    t = _WHEN_IT_WAS_SAID.sub(" ", t)  # "I told you that a minute ago" (persona run 32): when it was told
    t = _EPISODE_HISTORY.sub(" ", t)  # "it happens every few years" says how often, not how long this time
    t = _PART_OF_THE_TIME.sub(" ", t)  # "a 7 the first couple of days" says when, not how long in all
    t = _HOW_OFTEN.sub(" ", t)
    t = _SOME_NIGHTS.sub(" ", t)  # "yep some nights about 4am" (persona run 37: 3 days of pain): how often
    t = _TIME_FROM_ANOTHER_EVENT.sub(" ", t)
    t = _STILL_TO_COME.sub(" ", t)
    t = _HOW_IT_IS_TODAY.sub(" ", t)  # "bit better today" says how it is now, not when it began
    t = _OVER_IN_A_TIME.sub(" ", t)  # "trouble peeing years ago, sorted in a day" (set 73): that took a day
    return _A_WELL_SPELL.sub(" ", _A_POINT_PART_WAY.sub(" ", _halves_as_decimals(t)))


# how long something else took to clear ("sorted in a day", "gone within a week"), not the pain's length
_OVER_IN_A_TIME = re.compile(r"\b(sorted|sorted out|gone|went|cleared|cleared up|settled|fixed|healed|over|"
                             r"right again) (with)?in (a|an|one|two|three|\d+|a few|a couple of) "
                             r"(hours?|days?|weeks?)\b")
# a weekday said with what happened that day (the pain's start), and words of a time still to come
_AN_EVENT_TOLD = re.compile(r"\b(went|gone|hurt|did|done|pulled|strained|tweaked|twisted|injured|happened|"
                            r"started|began|popped|locked|twinged|went out|put (it|my back) out)\b")
_STILL_TO_COME_WORDS = re.compile(r"\b(will|'ll|going to|gonna|next|coming|appointment|booked|seeing)\b")


def duration_days(text: str, today: dt.date | None = None) -> float | None:
    """How long the pain has lasted, in days, from phrases like "since last Tuesday", "about three
    weeks", "a couple of months", "4/7" (clinical shorthand: 4 days; 3/52 weeks; 2/12 months)."""
    today = today or dt.date.today()
    t = _times_of_the_pain(text)
    shorthand = re.search(r"(?:\b|(?<=\bx))(\d{1,2})\s*/\s*(7|52|12)\b", t)  # "4/7", "LBP x4/7"
    if shorthand:
        return float(shorthand.group(1)) * {"7": 1, "52": 7, "12": 30.4}[shorthand.group(2)]
    m = _LENGTH.search(t)
    if m:
        number = _number(m.group(1))
        unit = _SHORT_UNITS.get(m.group(2), m.group(2))
        if number is not None:
            return number * UNIT_DAYS[unit]
    if re.search(r"\b(fortnight)\b", t):
        return 14.0
    if re.search(r"\b(all|the whole|most of the|since the start of the) week\b", t):
        return 7.0  # "sore ... in and out all week" (persona run 35: no length read, then a day)
    if re.search(r"\b(today|this morning|this afternoon|this evening|tonight|an hour|just now)\b", t):
        return 0.5
    if re.search(r"\b(yesterday|last night|overnight)\b", t):
        return 1.0
    if re.search(r"\bday before yesterday\b", t):
        return 2.0
    weekend = re.search(r"\b(since|over|at|on|from) (the |last |this past )?weekend\b|\blast weekend\b", t)
    if weekend:  # the Saturday of that weekend ("since last weekend" on a Sunday is the one before)
        back = (today.weekday() - 5) % 7
        return float((back + 7 if "last" in weekend.group() and today.weekday() >= 5 else back) or 0.5)
    for i, day in enumerate(_WEEKDAY_PATTERNS):
        # "since Tuesday"; "hurt it at work friday night": a weekday with its part of the day tells it too
        if re.search(rf"\b(since|on|last|from|started|start|began|begun|went|happened)\s+(last\s+|on\s+)?"
                     rf"{day}\b|\b{day} (night|morning|afternoon|evening|arvo)\b", t):
            delta = (today.weekday() - i) % 7 or 7
            return float(delta + (7 if re.search(rf"\bweek before last\b.*{day}|{day}.*week before last", t)
                                  else 0))
    if _AN_EVENT_TOLD.search(t) and not _STILL_TO_COME_WORDS.search(t):
        for i, day in enumerate(_WEEKDAY_PATTERNS):
            # "back went on me hitching up the van tuesday": the day the pain began, said after the event
            # (not "after a busy saturday", which may be days before the pain began)
            if (re.search(rf"(?<!next )(?<!this )(?<!till )(?<!until )(?<!by )(?<!before )\b{day}\b", t)
                    and not re.search(rf"\bafter (a |the |my )?(\w+ )?{day}\b", t)):
                return float((today.weekday() - i) % 7 or 7)
    for i, month in enumerate(MONTHS, start=1):
        if re.search(rf"\b(since|in|from|back in)\s+(early\s+|mid\s+|late\s+|last\s+)?{month}\b", t):
            year = today.year if i <= today.month else today.year - 1
            return float(max((today - dt.date(year, i, 1)).days, 1))
    # ("since boxing day", vignette set 4: not understood) fixed-date days, the last one gone by
    holiday = re.search(r"\b(since|from|after) (christmas|xmas|boxing day|new year'?s?( day| eve)?|"
                        r"anzac day|waitangi day|australia day|st patrick'?s day|paddy'?s day|halloween|"
                        r"guy fawkes|bonfire night|valentine'?s( day)?)\b", t)
    if holiday:
        named = holiday.group(2)
        month, day = next(date for start, date in _HOLIDAYS if named.startswith(start))
        if named.startswith("new year") and named.endswith("eve"):
            month, day = 12, 31
        year = today.year if today >= dt.date(today.year, month, day) else today.year - 1
        return float(max((today - dt.date(year, month, day)).days, 1))
    year = re.search(r"\bsince (19[5-9]\d|20\d\d)\b", t)
    if year and int(year.group(1)) <= today.year:
        return float(max((today - dt.date(int(year.group(1)), 6, 30)).days, 30))
    if re.search(r"\blast week\b", t):
        return 7.0
    if re.search(r"\blast month\b", t):
        return 30.0
    if re.search(r"\blast year\b", t):
        return 365.0
    if re.search(r"\b(for )?(years|ages and ages|as long as i can remember|most of my life)\b", t):
        return 730.0
    if re.search(r"\b(for )?(months)\b", t):
        return 90.0
    if re.search(r"\b(for )?(weeks)\b", t):
        return 21.0
    # (not "still working full days", persona run 37: the pain's length changed to 3 days)
    if re.search(r"\b(for )?((?<!full )(?<!long )(?<!good )(?<!bad )(?<!some )(?<!most )(?<!working )"
                 r"(?<!work )(?<!these )(?<!school )(?<!rest )days(?! off)|a day or two)\b", t):
        return 3.0
    return None


def stated_length(text: str, today: dt.date | None = None) -> float | None:
    """duration_days, only for a length said with a number and a unit ("it's been 3 days", "eight weeks",
    "a fortnight"): in a correction, "today's tuesday" is no new length."""
    t = _times_of_the_pain(text)
    if not (_LENGTH.search(t) or re.search(r"\bfortnight\b", t)):
        return None
    return duration_days(text, today)


def duration_band(days: Any) -> str | None:
    """acute under 6 weeks, subacute 6 to 12 weeks, chronic over 12 weeks (clinical guide); None when the
    duration is not a number (not asked yet, or "unknown")."""
    if not isinstance(days, (int, float)):
        return None
    if days < ACUTE_MAX_DAYS:
        return "acute"
    return "subacute" if days <= SUBACUTE_MAX_DAYS else "chronic"


SEVERITY_WORDS = (
    (r"\b(not (too|that|so) bad|not bad)\b", 3),
    (r"\b(worst (pain )?(ever|of my life|i've ever had)|excruciating|unbearable|agony|agonising|"
     r"agonizing|can't bear|cannot bear|crippling|screaming)\b", 9),
    (r"\b(severe|really bad|very bad|terrible|awful|horrendous|intense)\b", 8),
    (r"\b(bad|quite bad|pretty bad|strong)\b", 6),
    (r"\b(moderate|medium|middling|so-so|okay-ish|manageable)\b", 5),
    (r"\b(mild|slight|niggle|niggly|a bit sore|not too bad|not bad|little)\b", 3),
)


def severity(text: str) -> int | None:
    """Pain score 0 to 10 from "7 out of 10", "7/10", "about a 6", or words such as "unbearable"."""
    t = normalise(text)
    m = PAIN_SCORE.search(t)
    if m and float(m.group(1)) <= 10:
        return round(float(m.group(1)))
    for pattern, score in SEVERITY_WORDS:
        if re.search(pattern, t):
            return score
    return None


_RELATIVES_AGE = re.compile(r"\b" + RELATIVE + r"\s*(\((\d{1,3})\)|,\s*(\d{1,3})\s*,)")


# "typing for my nan shes 86", "my dad is 74": the person's age said after a pronoun or the relative
# ("I'm asking for my son, who is 16", "my mum, aged 81")
_THEIR_AGE = re.compile(r"(?:\b(?:she'?s|shes|she is|he'?s|hes|he is)|\b" + RELATIVE
                        + r",?\s+(?:is|'s|who is|who'?s|whos|aged|age))\s+"
                        r"(?:about |nearly |almost |only |just )?(?P<age>\d{1,3})\b"
                        r"(?!\s*(?:%|/|out of|kg|kilos?|lbs?|pounds|stone|st\b|cm|minutes?|mins?|hours?|"
                        r"days?|weeks?|months?|years? (?:ago|of|since)))")


def relatives_age(text: str) -> int | None:
    """"My dad (74) just got ...", "my mum, 81, has ...", "my nan shes 86": the age of the person written
    for."""
    t = normalise(text)
    m = _RELATIVES_AGE.search(t)
    if m is not None:
        years = int(m.group(3) or m.group(4))
    else:
        m = _THEIR_AGE.search(t)
        if m is None:
            return None
        years = int(m.group("age"))
    return years if 0 < years < 120 else None


_SOMEONE_OF_THAT_AGE = re.compile(r"\b((the|my|our|his|her|their|your|carrying|lifting|holding|with)|"
                                  r"(have|has|got|with|mind|minding) (a|an|two|three)) $")


def age(text: str, bare_number_allowed: bool = False) -> int | None:
    """Age in years from "I'm 42", "42 years old", "aged 68", "in my sixties", or a bare number. A pain score
    ("like a 4", "6/10") is no age, nor is a bare number under 12 (this service is for adults describing
    their own pain) or over 120: the question is asked again."""
    t = normalise(text)
    # "5 years ago" or "for 3 years" is no age: a number of years counts only with "old"
    patterns = (r"\b(\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*old\b", r"\b(\d{1,3})\s*(?:y/?o\b|y\.o\.)",
                r"\baged?\s*(\d{1,3})\b", r"\bi'?m\s*(\d{1,3})\b", r"\bi am\s*(\d{1,3})\b",
                # "41F", not "100.9F" nor "99F" (a temperature)
                r"(?<![\w.,])(\d|[1-8]\d|9[0-4])\s*(?:m|f)\b", _HAVE_YEARS_AGE,
                # "Good morning. 54, airline pilot, first time ..." (persona run 34): a sentence that opens
                # with an adult's age and a comma, then who they are (no pain score is over 10)
                r"(?:^|[.!?]\s+)\W*(1[6-9]|[2-9]\d)\s*,\s+(?!(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|"
                r"mins?|minutes|kgs?|kilos?|lbs?|pounds|percent|degrees|km|miles|times|and|or)\b)[a-z]")
    for pattern in patterns:
        for m in re.finditer(pattern, t):
            # "carrying the 2 yr old", "my 3 year old": someone else's age (not "I'm a 34 year old")
            if _SOMEONE_OF_THAT_AGE.search(t[:m.start()]):
                continue
            if 0 < int(m.group(1)) < 120:
                return int(m.group(1))
            break
    # "I'm sixty-three. As I said, ..." (persona run 36: asked again)
    spelled_age = re.search(rf"\b(?:i'?m|i am|aged?)\s+((?:{_TENS})(?:[ -](?:{_UNITS}))?)\b"
                            r"(?![ -](?:years? (?:ago|of|since)|percent|%|minutes?|mins?|hours?|hrs?|days?|"
                            r"weeks?|months?|kgs?|kilos?|miles?|km|metres?|meters?|feet|ft|pounds|lbs?|quid|"
                            r"dollars|bucks)\b)", t)
    if spelled_age and not _SOMEONE_OF_THAT_AGE.search(t[:spelled_age.start()]):
        return int(spelled_number(spelled_age.group(1)))
    # ("in my 20s I was on long-term steroids": a time of life gone by, not the age now)
    decade = re.search(r"\bin (?:my|his|her) (?:early |mid |late )?(twenties|thirties|forties|fifties|"
                       r"sixties|seventies|eighties|nineties|\d0s|\d0's)\b"
                       r"(?!,? (i|he|she|we) (was|were|had|used))", t)
    if decade:
        word = decade.group(1)
        base = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}.get(word) or int(word[:2])
        return base + 5
    if bare_number_allowed and not re.search(r"/\s*10\b|out of (10|ten)\b|\blike a \d", t):
        m = re.search(r"\b(\d{1,3})\b", t)
        if m:
            return int(m.group(1)) if MIN_BARE_AGE <= int(m.group(1)) <= 120 else None
        spelled = spelled_number(t)
        if spelled is not None and spelled >= MIN_BARE_AGE:
            return int(spelled)
    return None


ONSET_PATTERNS = (
    ("fall", r"\b((fell|fall|fallen)(?! (asleep|off to sleep|back to sleep|for)\b)|slipped(?! (a )?dis[ck])|"
             r"slip(?! (a )?dis[ck])|"
             # (not a journey: "just want to know how to sort it before my next trip", persona run 38: a fall)
             r"tripped|(?<!next )(?<!last )(?<!road )(?<!business )(?<!work )(?<!school )(?<!fishing )"
             r"(?<!camping )(?<!day )(?<!my )(?<!this )(?<!that )"
             r"trip(?! (to|away|overseas|abroad|home|back)\b)|"
             r"landed on|tumble|tumbled|slid off|rolled off|"
             r"came off(?! (them|it|those|these|(the|my) (tablets|pills|meds|medication|steroids))\b)|"
             r"went over|"
             # "missed her chair and sat down on the floor hard": a fall, however small
             r"missed (my|her|his|the|a) ((bottom|top|last|first|back|front) )?"
             r"(chair|seat|step|stair|footing|kerb|curb)|"
             # "Missed the kerb and went down on my bottom, nothing dramatic" (set 75: thin bones told as a
             # T-score, and the fall not read, so the check's yes to osteoporosis escalated nothing)
             r"went down on (my|her|his|their) (bottom|bum|backside|behind|butt|rear|coccyx|tailbone|back|"
             r"side|hip|knees?)|"
             r"sat down with a (bump|thump|thud|bang|crash|wallop)|"
             r"sat down (really |very |so |rather |quite |pretty |fairly )?(hard|heavily)|"
             r"sat down (hard |heavily )?on the (floor|ground|carpet)|"
             # "a bit of a sit-down on the back step bringing the washing in": an older person's word for a
             # fall
             r"\b(had|took|my|her|his) (a )?(bit of an?|little) sit.?down\b|"
             r"(unexpected|unplanned|accidental) sit.?down\b|"
             r"sit.?down on (the|my|our) (back |front )?(step|steps|stairs|path|floor|ground|concrete|patio|"
             r"deck|driveway|pavement|footpath)|"
             r"down hard on (my|her|his|the) (bum|backside|bottom|behind|tailbone|coccyx|floor)|"
             # "down I went and sat right on my behind", "my feet went out from under me"
             r"down (i|she|he|we) went|(feet|legs) went (out )?from under|"
             r"sat (right |straight |hard |heavily )+on (my|her|his) (behind|bum|backside|bottom|butt|"
             r"tailbone|rear|coccyx))\b"),
    ("lifting", r"\b(lift|lifts|lifted|lifting|picking up|picked up|carry|carries|carrying|carried|hauling|"
                # "stacking tables", "unloading the truck" (persona run 35)
                r"stack|stacked|stacking|loading|unloading|unloaded|"
                # ("after heavy training block" is training: vignette set 3)
                r"hauled|lug|lugs|lugged|lugging|moving furniture|"
                r"heavy(?! (training|session|sessions|week|weeks|day|days|block|workload|load of|shift|"
                r"shifts|night|cold|rain|period|periods|schedule|season|legs|feeling))|shifting|shifted|"
                r"(move|moved|moving|shift|shove|shoved|push|pushed|pushing)\s+(a|the|my|our|his|her|their|some|"
                r"that|this)?\s*(couch|sofa|fridge|freezer|furniture|boxes|box|bed|mattress|wardrobe|piano|"
                r"washing machine|dresser|table|desk|car)|moving (house|flat|home)|"
                r"help(ed|ing)? \w+( \w+)? move)\b"),
    ("twisting", r"\b(twist|twisted|twisting|turned awkwardly|turning|reached|reaching)\b"),
    ("bending", r"\b(bend|bent|bending|stooping|leaning over)\b"),
    # ("a run" as exercise, not a truckie's "perth adelaide run" or the school run)
    ("sport_or_exercise", r"\b(gym|sport|running|(went|go|going|out) (for |on )?(a |my )?run|"
                          # (not "after a run of night shifts": vignette set 2)
                          r"(on|after|during|from) (a|my|the|our) (morning |evening |long |\d+ ?k )?"
                          r"run(?! of\b)|"
                          r"fun run|long run|\d+ ?k run|marathon|"
                          r"football|rugby|netball|tennis|golf|workout|training|"
                          r"at touch|touch (rugby|footy|football)|"
                          r"exercise|exercising|yoga|cycling|swimming|squat|deadlift|"
                          # ("sore since sunday from bell ringing", "after kayaking all weekend")
                          r"bell ?ringing|ringing (the )?bells?|kayak\w*|paddle ?board\w*|surfing|rowing|"
                          r"climbing|hiking|tramping|dancing|skiing|pickleball|cricket|hockey|"
                          r"basketball|volleyball|badminton|squash|pilates|crossfit|"
                          # ("backbends", "ballet", "zumba class": persona run 29, asked four times)
                          r"back ?bends?|backbending|ballet|dance|dance class|zumba|gymnastics|cheer\w*|"
                          r"martial arts|karate|judo|boxing|weights|lifting weights|weight training|"
                          r"spin class|aerobics|stretching class|barre|pole (fitness|dancing|class))\b"),
    ("sitting_or_driving", r"\b(sitting|sat|drive|driving|drove|flight|flying|plane|desk|computer|car)\b"),
    ("housework_or_gardening", r"\b(vacuum|vacuuming|hoovering|cleaning|housework|gardening|digging|"
                               r"mowing|weeding|diy|painting|decorating|wallpaper\w*|plastering|"
                               r"(step ?)?ladder)\b"),
    # "long shifts standing at work", "on my feet all day": a day's load, told as the cause
    ("other_cause", r"\b(long|big|busy|double|12.?hour|twelve.?hour) (shifts?|days?)\b[^.;!?]{0,25}"
                    r"\b(standing|on my feet)\b|"
                    r"\b(standing|on my feet) (all day|all shift|for hours|the whole (day|shift))\b"),
    ("sleeping", r"\b(woke up with|woke with|slept funny|slept awkwardly|after sleeping|in my sleep|"
                 r"fell asleep (on|in)|"
                 r"new mattress)\b"),
    # (not "the kitchen hit 40 today")
    # (not "an accident with the bowel": vignette set 5)
    ("injury", r"\b(injury|injured|accident(?! (with|in) (the |my |me )?(bowels?|bladder|bed|pants|toilet|"
               r"trousers|underwear|knickers|undies))|knock|knocked|bumped|tackle|tackled|hit(?! \d))\b"),
    ("no_clear_cause", r"\b(no (clear |obvious |particular |real )?(reason|cause)|out of the blue|"
                       r"nothing (in particular|special|specific)|gradual|gradually|came on by itself|"
                       # (not "the baby weight coming off slowly", "getting better slowly", "slowly
                       # improving")
                       r"(?<!off )(?<!better )(?<!improving )(?<!easing )(?<!healing )(?<!recovering )slowly"
                       r"(?! (improving|getting better|easing|healing|settling|recovering|better)\b)|"
                       # ("it's only just started", to the night-pain question: how recent, not its cause)
                       r"for no reason|(?<!only )just start\w*|(?<!only )just came on|"
                       r"don't know why it started|no idea why|"
                       r"nothing (set|brought|started) it (off|on)|"
                       r"can'?t (for the life of me )?think (of )?(why|what (caused|started) it)|"
                       r"no idea how( it (started|happened|began|came on))?|"
                       r"(don'?t|do not) know how it (started|happened|began|came on)|"
                       r"don't know how|no trigger|nothing happened|not sure why|crept (up|on|in)|on its own|"
                       r"nothing (that )?i can (point to|put (it|my finger) on)|"
                       r"(simply|just) began|can(no|')t think of (anything|any reason|a reason|a cause|why)|"
                       r"nothing (that )?i can think of|no idea what (caused|started|brought on)|"
                       # "I honestly can't figure out why"
                       r"can(no|')?t (figure|work) out (why|how|what)|(don'?t|do not) know why)\b"),
)
# "worse after sitting at my desk" says what aggravates the pain, not how it started
_AGGRAVATED_BY = re.compile(r"\b(worse|hurts more|aches more|more painful|more sore|sorer|bad|"
                            r"flares( up)?)\s+"
                            r"(after|when|while|whilst|with|if|from|during|by)\b[^.,;!?]*|"
                            # "turning over in bed gives me a twinge": what sets the pain off, not its cause
                            r"\b(turning|rolling|turn|roll) over in bed\b")


# "no accident", "it wasn't a fall", "didn't lift anything": a cause that is denied is no cause
# ("not a big fall" is still a fall: only lifting and carrying are denied with "heavy" before them)
_CAUSE_WORD = (r"(an?\s+|any\s+|from\s+(an?\s+)?|been\s+)?(accident|injury|injured|fall|fell|trauma|knock|"
               r"lift|lifted|lifting|twist|twisted|bend|bent|"
               # "no fall, knock or heavy lifting", "no moving furniture", "no new exercise"
               r"heavy lifting|heavy lift|carry|carried|carrying|moving furniture|new exercise)\w*"
               # ("I hadn't lifted a thing. I just woke up with it": persona run 33, read as lifting)
               r"( anything( heavy)?| a thing| a single thing)?")
# "no fall or knock", "didn't lift or twist anything", "haven't lifted anything or had a fall": every cause in
# the denied list ("I didn't lift anything, had a fall on the stairs" tells the fall)
# ("no i dont fall. i go up ladder long day", persona run 36: read as a fall, in English learned later)
# ("nae fall, nae big lift, it just came on": Scots, persona run 38, read as lifting)
_DENIED_CAUSE = re.compile(r"\b(no|nae|not|never|without|wasn't|was not|didn't|did not|haven't|have not|"
                           r"hadn't|had not|don't|do not|dont|doesn't|does not)\s+"
                           r"(had\s+(an?\s+)?)?((single|particular|specific|real|obvious|one|big|heavy)\s+)?"
                           + _CAUSE_WORD
                           + r"((\s*,\s*|\s+(or|and|nor)\s+)" + _CAUSE_WORD
                           + r"|\s+(or|nor)\s+had\s+(an?\s+)?" + _CAUSE_WORD + r")*")


# "I'm flying over for the wedding", "driving to Perth next week": sitting or driving still to come is no
# cause
_SITTING_TO_COME = re.compile(
    r"\b(i'?m|i am|we'?re|we are|i'?ll|i will|we'?ll|going to|gonna|have to|need to|about to|"
    r"booked to|planning to)\s+(be\s+)?(fly|flying|drive|driving|sit|sitting)\b[^.;!?]*|"
    r"\b(fly|flying|flight|drive|driving)\b[^.;!?]{0,30}\b(next|tomorrow|in (a|an|\d+|two|three|four) "
    r"\w+)\b[^.;!?]*|\b(before|for) (the|my|a|our) (flight|drive|trip|long drive)\b|"
    # "I'd like to know if it's worth the drive", "is it a long drive to the hospital?"
    r"\bworth the (drive|trip|flight)\b|\b(a|the) (long |\d+ hour )?drive (to|in to|into)\b")

# "would like to know whether I can keep training", "should I stop lifting?": an activity asked about, to go
# on with or to stop, is no cause told (persona run 35: a cyclist's first back pain at 67, with no cause, read
# as caused by training, so the first-episode question was never asked)
_ACTIVITY_ASKED_ABOUT = re.compile(
    r"\b(keep|keep on|carry on|continue|stop|give up|go back to|get back to|return to|back to|"
    r"(can|could|should|may) i( still| keep| carry on| continue| go on)?|(whether|if) i (can|should|could)"
    r"( still| keep| carry on| continue| go on)?|(am i|is it) (ok|okay|safe|alright|all right|allowed) to"
    r"( keep| carry on| continue| go on)?)\s+(\w+ing|ride|run|play|train|swim|row|climb|cycle|surf|lift|"
    r"dance|exercise|work out)\b[^.;!?]*")

# "im a dance student so its kind of a big deal" (persona run 36: read as the cause, and a tender-bone
# question "about the training that started it" asked of a pain that "just kind of came on"): who one is
_WHO_ONE_IS = re.compile(r"\b(i'?m|i am|as|being) an? (\w+ )?(dance|ballet|sports?|gym|yoga|pilates|swimming|"
                         r"rowing|tennis|golf|rugby|football|netball|climbing|exercise|fitness) "
                         r"(student|teacher|instructor|coach|major|school|studies)\b")

_A_TRIPS_WORDS = re.compile(r"\b(plane|flight|flights|flying|fly|drive|driving|car)\b")

# "last fall" (the season), "scared I'll fall", "my daughter said to ask the computer": no fall and no
# sitting that caused the pain
_NO_CAUSE_TOLD = re.compile(
    r"\b(this|last|next) fall\b|"
    r"\b(will|might|could|may|going to|gonna|afraid i'?ll|scared i'?ll|worried i'?ll|'ll|won't) fall\b|"
    r"\b(ask|asking|asked|use|using|tell|telling|try|trying) (the|this|a) computer\b")


# "Col and the boys do all the heavy work on the station, I mostly do the books": someone else's lifting
_SOMEONE_ELSE_LIFTS = re.compile(r"\b(?!i\b)\w+ (do|does|did) (all |most of |most )?the (heavy|lifting)\b"
                                 r"[^.;!?,]*")


def onset(text: str) -> str | None:
    t = normalise(text)
    if _SITTING_TO_COME.search(t):
        # "I fly out in 12 days ... about 13 hours on the plane each way" (persona run 35: read as the
        # cause): the trip to come is told across sentences
        t = _A_TRIPS_WORDS.sub(" ", _SITTING_TO_COME.sub(" ", t))
    t = _AGGRAVATED_BY.sub(" ", _DENIED_CAUSE.sub(" ", t))
    t = _NO_CAUSE_TOLD.sub(" ", _SOMEONE_ELSE_LIFTS.sub(" ", _ACTIVITY_ASKED_ABOUT.sub(" ", t)))
    t = _WHO_ONE_IS.sub(" ", t)
    found = next((label for label, pattern in ONSET_PATTERNS if re.search(pattern, t)), None)
    if found not in STRAIN_EVENTS and re.search(_NO_CLEAR_CAUSE, t):
        # "I can't for the life of me think why ... I mostly do the books ... worth the drive?": the person
        # knows of no cause, and a word of sitting or chores beside that is no cause of theirs
        return NO_CLEAR_CAUSE_LABEL
    return found


NO_CLEAR_CAUSE_LABEL = "no_clear_cause"


def denies_the_cause(text: str, cause: str) -> bool:
    """Whether the text denies this cause of the pain ("I hadn't lifted a thing" denies lifting)."""
    pattern = dict(ONSET_PATTERNS).get(cause)
    return pattern is not None and any(re.search(pattern, m.group())
                                       for m in _DENIED_CAUSE.finditer(normalise(text or "")))
_NO_CLEAR_CAUSE = dict(ONSET_PATTERNS)[NO_CLEAR_CAUSE_LABEL]
# Causes told as an event that strained the back: kept even beside "no idea why" ("fell, no idea why")
STRAIN_EVENTS = {"fall", "lifting", "twisting", "bending", "injury"}


LOCATION_PATTERNS = (
    ("neck", r"\b(neck|cervical)\b"),
    ("upper_back", r"\b(upper back|top of my back|between (my )?shoulder ?blades|shoulder ?blades?|"
                   r"thoracic|mid back|middle (of (my|his|her|the) )?back|mid-back|bra ?strap|bra line)\b"),
    # ("bottom of me back", persona run 36: asked again)
    ("lower_back", r"\b(lower back|low back|lumbar|small of (my|me|the) back|bottom of (my|me|the) back|"
                   r"base of (my|me|the) spine|"
                   r"lower spine|lower part|low down|lower|sacrum|tailbone|coccyx|"
                   # ("my waist is painful": the low back, in English learned from Korean or Chinese)
                   r"waist|waistline|belt line|beltline)\b"),
    ("buttock", r"\b(buttock|buttocks|bum|glute|glutes)\b"),
    ("whole_back", r"\b(all over|whole back|entire back|everywhere)\b"),
    ("back", r"\b(back|spine)\b"),
)


# "low down in the middle of my back": the middle across, low down, not the middle of the spine's length
# (a comma after "low down", and a waistband beside the middle: "Low down, in the middle of her back around
# her waistband" went into a handover summary as the upper back, persona run 35)
_LOW_IN_THE_MIDDLE = re.compile(r"\blow(er)? (down,? )?(in )?(the )?middle\b|"
                                r"\bmiddle of (my|the|his|her|their) back\b[^.;!?]{0,30}"
                                r"\b(around|round|at|on|by|along) (my|the|his|her|their) "
                                r"(waist|waistband|belt ?line|waistline)\b")
# "I don't think I said upper back, but lower back is right", "not my upper back": a place denied is no place
_PLACE_DENIED = re.compile(r"(\b(not|never|isn't|wasn't)|n't (think i )?(said|say|mean))\s+(in\s+)?"
                           r"((my|the|your|his|her|their)\s+)?(upper|lower|low|middle|mid)\s+back\b")


def location(text: str) -> str | None:
    t = _PLACE_DENIED.sub(" ", normalise(text))
    if _LOW_IN_THE_MIDDLE.search(t):
        return "lower_back"
    for label, pattern in LOCATION_PATTERNS:
        if re.search(pattern, t):
            return label
    return None


def medicines(text: str) -> list[str]:
    """Generic names of the medicines mentioned (brand names and misspellings included)."""
    t = _NOT_TAKEN.sub(" ", normalise(text))  # "not on steroids", "never taken ibuprofen": not tried
    found = []
    for generic, names in MEDICINE_NAMES.items():
        if any(re.search(rf"\b{re.escape(n)}\b", t) for n in names):
            found.append(generic)
    return found


_NOT_TAKEN = re.compile(r"\b(not on|not taking|not taken|never taken|never tried|never used|haven't taken|"
                        r"haven't tried|have not taken|have not tried|didn't take|did not take|don't take|"
                        r"do not take|never took|never|no)"
                        r"\s+(any\s+)?[a-z'-]+")


# "down" in spirits, not slowed, lying or sitting down ("just a pain being slowed down in calving")
_DOWN_IN_SPIRITS = (r"(?<!slowed )(?<!slow )(?<!slowing )(?<!calm )(?<!lie )(?<!lying )(?<!lay )"
                    r"(?<!sit )(?<!sat )(?<!sitting )(?<!bend )(?<!bent )(?<!bending )(?<!put )(?<!knocked )"
                    r"(?<!settle )(?<!settled )(?<!wind )(?<!winding )(?<!cut )(?<!go )(?<!went )(?<!going )"
                    r"(?<!come )(?<!came )(?<!back )(?<!up and )(?<!upside )(?<!slowing me )(?<!slows me )"
                    r"(?<!slowed me )(?<!slow me )(?<!holding me )(?<!holds me )(?<!held me )"
                    r"down(?! (there|my|the|to|here|stairs|into|south|under|low|a bit on)\b)")
HIGH_DISTRESS = (r"\b(terrified|scared|frightened|panick\w*|desperate|hopeless|can't cope|cannot cope|"
                 r"not coping|struggling to cope|overwhelmed|distressed|depressed|devastated|miserable|"
                 r"low|" + _DOWN_IN_SPIRITS + r"|at my wits'? end|at the end of my tether|really worried|"
                 r"very worried|"
                 r"so worried|extremely worried|really anxious|very anxious|anxious|in despair|crying|"
                 # "I cry in the bathroom", "in tears most nights"
                 r"(i|i'?ve|i have|i'?m|im) (\w+ )?(cry|been crying|in tears|tearful|sobbing|weeping)|"
                 r"in tears|tearful|sobbing|weeping|"
                 r"giving up|give up|not managing|barely managing|can'?t manage)\b")
CALM = r"\b(fine|ok|okay|alright|all right|good|calm|not worried|not too worried|positive|coping|relaxed|" \
       r"a bit worried|bit worried|slightly worried|a little worried|a bit concerned|worried|concerned|" \
       r"unwell|rough|fed up|annoyed|frustrated|tired|exhausted|knackered|shattered|worn out|drained|weary|" \
       r"run down|content|a nuisance|nuisance|irritated|irritating|" \
       r"philosophical|not bothered|(pissed|cheesed|hacked|brassed|peed|ticked|teed) off|angry|grumpy|" \
       r"cranky|narked|over it|sick of it|she'?ll be right|she'?ll be sweet|no worries|not fussed|" \
       r"all good|could be worse|sweet as|all sweet|sweet|not (too|that|so) bad|meh|chur|uneasy|unsettled|" \
       r"nervous|on edge|apprehensive)\b"


# "bit anxious about letting the band down" (persona run 31): someone let down, not the writer "down"
_LETTING_DOWN = re.compile(r"\b(let|lets|letting) (\w+ ){1,3}down\b")
_NOT_DISTRESSED = re.compile(r"\b(not|no|never|isn't|aren't|nothing)\s+(really\s+|too\s+|that\s+|very\s+|"
                             r"overly\s+|at all\s+)?(scared|anxious|low|down|panick\w*|terrified|frightened|"
                             r"depressed|distressed|desperate|worried|overwhelmed)\b")


# A fear said mildly ("a bit scared", "kinda anxious") or beside life carrying on ("scared it's the same as
# my mum's, still working n sleeping ok tho"): worry, not the high distress the guide means
_MILD_FEAR = re.compile(r"\b(a bit|bit|a little|little|slightly|kinda|kind of|sort of|a tad|somewhat) "
                        r"(scared|anxious|frightened|nervous|low|down)\b")
_FEAR = re.compile(r"\b(scared|anxious|frightened|nervous)\b")
_LIFE_GOING_ON = re.compile(r"\b(still|i'?m|im) (working|sleeping|managing|coping|getting by)\b|"
                            r"\b(working|sleeping|managing|coping)( \w+)? (ok|okay|fine|alright|all right|"
                            r"well)\b")


def distress(text: str) -> str | None:
    """'high' when the words show strong distress, 'not_high' for calmer answers, None if unclear.
    A distress word denied ("not panicking", "no, not scared") counts as calm, as does a fear said mildly or
    beside a life that carries on."""
    t = _LETTING_DOWN.sub("disappointing", normalise(text))
    t = _NOT_DISTRESSED.sub(" calm ", t)
    t = _MILD_FEAR.sub("a bit worried", t)
    if _LIFE_GOING_ON.search(t):
        t = _FEAR.sub("worried", t)
    if re.search(HIGH_DISTRESS, t):
        return "high"
    if re.search(CALM, t):
        return "not_high"
    return None


IMPROVING = r"\b(better|easier|improving|improved|easing|eased|settling|settled|less painful|on the mend|" \
            r"getting there)\b"
NOT_IMPROVING = (r"\b(worse|not improving|not getting better|no better|same|no change|unchanged|"
                 r"hasn't improved|not better|no improvement|"
                 r"(has|have|had)( not|n'?t)( really)? (improved|eased|settled)|"
                 r"(has|have|had|did|does|do)( not|n'?t)( really| even)? (got|gotten|get|gets)( any| much)? "
                 r"better|"
                 r"never (got|gets|gotten|getting)( any)? better|"
                 # "it never settled", "never really eased off"
                 r"never( really| fully| properly)? (settled|eased|improved|cleared|went away)|"
                 r"(isn'?t|is not|not)( really)? (getting )?any better|"
                 r"(isn'?t|is not|wasn'?t|hasn'?t been|has not been)( really)? "
                 r"(improving|easing|settling))\b")
# "some weeks are better than others", "good days and bad days": the pain goes up and down, not better
_UPS_AND_DOWNS = re.compile(r"\b(better than (others|other (days|weeks))|some (days|weeks|nights|mornings) "
                            r"(are )?(a bit |just |much )?better|good (days|weeks) and bad|up and down|"
                            r"comes and goes|on and off|better some days)\b")


# A word of getting better with a denial a few words before it in its clause ("it hasn't been getting better",
# "no sign of it easing", "it doesn't seem to be getting better"): not improving
_DENIED_BEFORE = re.compile(r"(\b(not|no|never|nothing|without|nowhere near|hardly|barely)\b|n'?t\b)"
                            r"([^\w.,;!?]+(?!but\b|and\b)[\w']+){0,5}[^\w.,;!?]*$")


def improving(text: str) -> str | None:
    t = normalise(text)
    if re.search(NOT_IMPROVING, t):
        return "no"
    better = re.search(IMPROVING, _UPS_AND_DOWNS.sub(" ", t))
    if better:
        return "no" if _DENIED_BEFORE.search(t[:better.start()]) else "yes"
    return None


# ("it hasn't got any worse", "has not really gotten any weaker": sealed vignettes, read as worse)
_NOT_WORSE = re.compile(r"\b(not|no|isn'?t|hasn'?t|never|nor) ((getting|got|gotten|any|become|been|really|"
                        r"much|grown) ){0,3}(worse|weaker|worsened|"
                        r"spreading|spread)\b|\bsame (spot|place|area|patch)\b|"
                        r"\b(same|no change|unchanged|stable|steady|not changing|better|improving|easing|"
                        r"no different|(hasn'?t|haven'?t|has not|have not|not) (really )?changed)\b")
# ("I can still walk fast" says nothing of a weakness getting worse)
_WORSE = re.compile(r"\b(worse|worsening|worsened|worsens|weaker|spreading|more and more|by the hour|"
                    r"every hour|keeps? getting)\b")


# "the leg is worse id say leg 6 back 4", "leg worse than the back": the leg's pain against the back's, which
# says nothing of a weakness getting worse (it had been read as yes: an emergency for leg pain)
_LEG_PAIN_AGAINST_BACK = re.compile(r"\bworse than (the |my )?(back|leg)\b|"
                                    r"\b(legs?|back) (pain )?(is )?(a )?\d+(/10)?\b[^.;!?]{0,20}"
                                    r"\b(back|legs?) (pain )?(is )?(a )?\d+\b")
_WEAKNESS_WORDS = re.compile(r"\b(weak\w*|give way|gives way|gave way|giving way|drag\w*|slap\w*|floppy|"
                             r"buckl\w*|stopped working|won't work|can't lift|cannot lift|numb\w*|dead)\b")


def getting_worse(text: str) -> str | None:
    """Whether a weakness or numbness is getting worse, said in words: "yes", "no", or None."""
    t = normalise(text or "")
    if _NOT_WORSE.search(t):
        return "no"
    if _LEG_PAIN_AGAINST_BACK.search(t) and not _WEAKNESS_WORDS.search(t):
        return None
    return "yes" if _WORSE.search(t) else None


# (not a frequency hedged, "blue inhaler for mild asthma, maybe once a month", nor a name forgotten, "one
# tablet for the blood pressure, I don't remember the name": persona run 37, both answers to "no" asked again)
_FORGOTTEN_NAME = r"(?! (the|its|it's|their|what it's|what its) (name|called))"
_UNSURE = r"\b(not sure|unsure|don't know|do not know|dunno|no idea|" \
          r"maybe(?! (once|twice|three times|\d+ times|a few times|every|one a))|perhaps|possibly|" \
          r"not certain|" \
          r"can't tell|can not tell|hard to say|can't say|can't remember" + _FORGOTTEN_NAME + r"|" \
          r"can not remember" + _FORGOTTEN_NAME + r"|might|" \
          r"not really sure|couldn't tell you|could not tell you|couldn't say|could not say|can't recall|" \
          r"my memory('s| is)n't|memory is not what it was|don't remember" + _FORGOTTEN_NAME + r"|" \
          r"do not remember" + _FORGOTTEN_NAME + r"|don't recall|" \
          r"(don't|do not) have (a|any) (clue|idea)|haven't (a|any|got a|got any) (clue|idea)|no clue|" \
          r"not a clue|(don't|do not) pay (any )?attention)\b"
# "I don't understand", "what do you mean?": not sure what is asked, so it is explained like "not sure" (and
# its "I don't" is no "no"); "I don't get it at night" answers
_NOT_UNDERSTOOD = re.compile(
    r"\b(i )?(don't|do not|didn't|did not|can't|cannot|can not) (understand|follow)\b|"
    r"^\W*(huh|eh|pardon|come again|what)\W*$|"  # a bare "huh?", "wot 💀"
    r"\b(i )?(don't|do not|didn't|did not) (really )?(get (it|you|that|this)\W*$|"
    r"(get|understand) (what|(the|that|this|your|ur) (question|q))\b)|"
    # ("what does that mean?" after an outcome asks about a word of it: a question, not this)
    r"\bwhat (do|did) (you|u) mean\W*$|\bwhat does (the|that|this) question mean\b|"
    r"\b(not sure|not certain|no idea) what (you|u) mean\b|"
    r"\b(could|can|would) (you|u) (put|say) it (another|a different) way\b|"
    r"\b(i )?(don't|do not) know what (that|this|\w+) means\b|"
    r"\b(confusing|confused by) (the|that|this|your) question\b|"
    # "what is meaning of radiating?", "I don't know what you mean by saddle area", "I haven't a notion what
    # you're asking me"
    r"\bwhat (is|'s) (the )?meaning of\b[^.?!]{0,30}[?.!]?\s*"
    r"(not clear|unclear|(i )?(don't|do not) understand)\b|"
    r"\b(i )?(don't|do not) know what (you|u) mean\b|"
    r"\b(haven't|have not|hav(e|nae) no|not) (a|the foggiest|the faintest|the slightest|any) "
    r"(notion|clue|idea) what (you'?re|you are|ur|u r|you) (asking|on about|saying|getting at|mean)\b|"
    # "not sure what you're asking there", "confused by that one", "don't know how to answer that one"
    r"\b(not sure|unsure|no idea) what (you'?re|you are|ur|u r|you) asking\b|"
    r"\b(confused|lost) by (that|this) (one|bit)\b|"
    r"\b(not sure|unsure|(i )?(don't|do not|dont) know) how (i should |i'?m meant to |to )?answer "
    r"(that|this|it)\b|"
    # "I am not understand this question, can you say more simple" (set 78, English learned later); "im
    # confused, do you mean right now or at any time since it started"
    r"\b(i )?(am |'m )?not understand\b|\b(say|put|ask) (it |that |this )?(more )?(simple|simply|easier|"
    r"plainer|plainly)\b|\b(simpler|easier|plainer) (words|english)\b|"
    r"\b(confused|not sure|unsure)\W+(do|did) (you|u) mean\b")
# "I don't know" in Hindi, Afrikaans, Tagalog, Spanish and te reo (matched on the words as typed: spelling
# correction would make "ek weet nie" into "ek wet nie")
_UNSURE_IN_OTHER_WORDS = re.compile(r"\b(pata nahi|pata nahin|nahi pata|nahin pata|ek weet nie|weet nie|"
                                    r"ewan ko|hindi ko alam|no s[eé]\b|no lo s[eé]|"
                                    r"k[aā]ore au i te m[oō]hio)",
                                    re.IGNORECASE)


def does_not_understand(text: str) -> bool:
    """"huh? dont understand the question": not sure what is asked."""
    return bool(_NOT_UNDERSTOOD.search(normalise(text or "")))


def unsure_in_other_words(text: str) -> bool:
    """"pata nahi", "ek weet nie", "no sé": not sure, said in another language."""
    return bool(_UNSURE_IN_OTHER_WORDS.search(text or ""))


# A sound or word before the answer that says nothing itself: "uh no??", "Ha, no...", "lol yes", "bro no"; a
# count said first ("0 = none"); the answer said again ("I've just told you, no."; not "I said no fever??",
# which answers the fever question)
_LEAD = r"^\W*(?:(?:uh+|um+|er+|erm+|ha(?:ha)*|hah|heh|lol|lmao|o+h+|ah+|hmm+|well|bro|mate|sadly|" \
        r"thankfully|luckily|happily|honestly|tbh|haha+|gosh|goodness|golly|blimey|crikey|oof|phew|" \
        r"duw|och|ach|jings|crivens|strewth|struth|bejaysus|begorrah|yikes|wow|whoa|woah|" \
        r"(?:good |oh |my |dear )?(?:god|lord)|jesus|jeez|geez|christ|heavens|hell|omg|" \
        r"i wish|if only|so|then|sorry|oops|n(?= no\b)|now (?:that )?(?:you|u) (?:mention|say) it|" \
        r"come to think of it|(?:now )?thinking about it|but(?= (?:no|nah|nope|yes|yeah)\b(?! one\b))|" \
        r"0|zero|" \
        r"haan|han|ji|nahi|nahin|ja|nee|oo|opo|ae|āe|kao|kāo|si|sí|oui|non|" \
        r"i(?: have|'ve)? asked (?:her|him|them)(?: and)?|(?:she|he|they|mum|mom|dad) says?|" \
        r"(?:(?:i(?:'ve| have)? )?(?:just |already )?(?:told you|said)|as i (?:said|say))" \
        r"(?=\W+(?:no|nope|nah|yes|yeah|yep)\W*(?:$|[.,!;])))\b\W*){0,3}"
# "I don't want to say", "I don't care", "I'm not telling you": the "I don't" refuses or comments, it
# answers no question
_NOT_A_REFUSAL = (r"(?!\s+(really\s+)?(want|wanna|wish|care|like|see|mind|trust|feel like|feel comfortable|"
                  r"going to (say|answer|tell|ask)|gonna (say|answer|tell|ask)|telling|saying|answering|"
                  r"asking|"
                  r"comfortable|"
                  r"get (it|you|that|this|what|the question)\b))")
# Yes and no in te reo Māori and Hindi ("kāo", "āe", "haan"; "nahi" has its own rule below)
_YES_IN_OTHER_LANGUAGES = "haan|āe"
_NO_IN_OTHER_LANGUAGES = "kao|kāo|kaore|kāore"
# "yeah nah" is the New Zealand and Australian no, "nah yeah" their yes (the word said last counts; "yeah no
# worries" and "yeah, no leaking tho" are yeses)
_YEAH_NAH = (r"(yeah|yea|yeh|ye) ?,? ?(nah|nope)|"
             r"(yeah|yea|yeh|ye) ?,? ?no(?=\W*($|[,.!;]|(thanks|thank you|all good|nothing|mate)\b))")
_OPENS_WITH_YEAH_NAH = re.compile(_LEAD + r"(" + _YEAH_NAH + r")")
_OPENS_WITH_NAH_YEAH = re.compile(_LEAD + r"(nah|no) ?,? ?(yeah|yea|yep)\b(?! ?,? ?(nah|no)\b)")
# ("hindi po", "nahi", "leai" are no in Tagalog, Hindi and Samoan, counted only alone: not "Hindi speaker
# here")
_NO = _LEAD + r"(" + _YEAH_NAH + r"|" \
      r"(?<=sadly )not|(?<=thankfully )not|(?<=luckily )not|no|nope|" \
      r"(most )?(definitely|absolutely|certainly|def|defo|deffo|totally|of course|course|hell|heck) not|" \
      r"nah(?! ?,? ?yeah)|naw|nup|na|nay|never(?! ?mind)|none|neither|negative|" \
      r"not really|not at all|not (any |really |much )?worse|(i )?think not|" \
      r"(i )?(don't|do not|dont) think so(?!\W*\?)|" \
      r"(i don't|i do not)" + _NOT_A_REFUSAL + r"|" \
      r"i haven't|i have not|" \
      r"(i'm not|i am not)" + _NOT_A_REFUSAL + r"|haven't|hasn't|isn't|it isn't|it's not|it is not|nothing|" \
      r"no way|not that i|" \
      r"not me(?=\W*($|[,.!;]|no\b|never\b))|not (myself|personally)|" \
      r"(there'?s|there is|there) no(?= (weakness|numbness|tingling|pins|pain|fever|temperature|leaking|" \
      r"problems?|issues?|trouble|change|changes|sign|signs)\b)|" \
      r"hindi po|no po|wala po|hindi(?=\W*$)|" \
      r"nahi?n?( ji| sir| bhai| bhaiya| yaar| madam| boss)?(?=\W*($|,))|leai(?=\W*$)|" \
      + _NO_IN_OTHER_LANGUAGES + r"|" \
      r"n(?=\W*$)|n(?=[.,!]+\s)|know(?=\W*$))\b"
# Some of it: "partly" to the sleep-or-work question, and yes to a yes/no question
_PARTLY_WORDS = (r"a little|a bit|a little bit|a lil|lil bit|a tad|a wee bit|slightly|partly|somewhat|"
                 r"sort of|kind of|kinda|sorta|sometimes|"
                 # "bit" alone, for the button "A little" (persona run 36: read as yes)
                 r"(?<!\w )(bit|lil|little)(?=\W*($|[.,!]))")
# "kinda embarrassing, ..." comments on the telling, and "a bit worried" tells a feeling (a simulated patient
# answered the blood-vessel question with its mood, and "a bit worried" was read as yes: an emergency): no
# "a little" said to the question
_NOT_A_COMMENT = (r"(?!\W*(bit\W+)?(embarrassing|embarrassed|awkward|weird|strange|odd|funny|silly|personal|"
                  r"random|dumb|stupid|rude|cringe|gross|tmi|shy|stupidly|embarrassingly|"
                  r"worried|anxious|nervous|scared|frightened|afraid|stressed|concerned|upset|teary|tearful|"
                  r"overwhelmed|panicky|apprehensive|fed up|"
                  r"(down|low|flat)(?=\W*($|[,.!;]|about|lately|tbh)))\b)")
# ("I do", "I have" alone; "I do get up twice in the night" is a description, read by what it describes;
# "opo", "haan", "ioe", "si": yes in Tagalog, Hindi, Samoan and Spanish, the short ones counted only alone)
_YES = _LEAD + r"(yes|yeah|yep|yup|yea|yeh|yh|ye|ya|aye|affirmative|correct|(most )?definitely|certainly|" \
       r"i (do|have|am|did)(?=\s*([.,!;]|$|(yes|yeah|sadly|unfortunately|i'm afraid)\b))|" \
       r"sure|absolutely|it does|it is|true|right|a lot|often|uh[- ]?huh|mhm+|mm+ ?hm+|defo|" \
       r"def|deffo|(i'm |im |i am )?afraid so|fraid so|sadly so|i think so|think so|" \
       r"opo|oo po|yes po|haan( ji)?(?=\W*($|,))|ji haan|ioe(?=\W*$)|si(?=\W*$)|āe(?=\W*$)|ae(?=\W*$)|" \
       r"y(?=\W*$)|" \
       r"(" + _PARTLY_WORDS + r")\b" + _NOT_A_COMMENT + r")\b"
# (not "this isn't like my normal back", to the blood-vessel question: vignette set 5, read as no)
_NORMAL = (r"\b(fine|(?<!like my )(?<!like me )(?<!like the )normal|normally|no problems?|no issues?|"
           r"all good|as usual|ok|okay)\b")
_PARTLY = r"\b(" + _PARTLY_WORDS + r")\b"


# "i think not?": a guess asked back, not an answer
_HEDGED = re.compile(r"\bthink (not|so)\s*\?")
_EXPLICIT = (_LEAD + r"(?:(yes|yeah|yep|yup|yea|aye|correct|(?:definitely|absolutely)(?! not\b)|"
             + _YES_IN_OTHER_LANGUAGES
             + r")|(no|nope|nah|naw|nup|nay|never(?! ?mind)|n(?=[.,!]+\s)|"
             r"(?:definitely|absolutely|certainly) not|"
             + _NO_IN_OTHER_LANGUAGES + r"|nahi|nahin|"
             # "Both perfectly normal, and no numbness anywhere down below either" (persona run 31)
             r"(?:both|all|everything|everything's|it's all)\s+(?:(?:is|are)\s+)?"
             r"(?:(?:perfectly|totally|completely|absolutely|all)\s+)?(?:normal|fine)))\b")
_STARTS_IN_ANOTHER_LANGUAGE = re.compile(
    rf"^\W*({_YES_IN_OTHER_LANGUAGES}|ae|{_NO_IN_OTHER_LANGUAGES}|nahi|nahin)\b", re.IGNORECASE)


def answers_in_another_language(text: str) -> bool:
    """Whether a reply starts with a yes or no in te reo Māori or Hindi ("kāo", "āe, tino pai", "nahi ji"),
    words the classifier has seldom seen (it took "kāo" for a greeting)."""
    return bool(_STARTS_IN_ANOTHER_LANGUAGE.match(text or ""))


# A yes or no taken back in the same message ("no... wait, yes", "yes, oh sorry I misread it, no"): the
# answer after the last change of mind is the answer
_CHANGE_OF_MIND = re.compile(r"\b(wait|actually|sorry|oops|i mean|i meant|misread( it)?|misclicked|"
                             r"scratch that|hang on|hold on|correction|my bad|my mistake)\b")
_YES_WORD, _NO_WORD = r"(yes|yeah|yep|yup)", r"(no|nope|nah)"
_ANSWER_AFTER_CHANGE = re.compile(rf"^\W*(?:({_YES_WORD}( it is| i do| i have)?)|"
                                  rf"({_NO_WORD}( it isn'?t| i don'?t| i haven'?t)?))\W*$")
_ANSWER_BEFORE_CHANGE = re.compile(rf"\b({_YES_WORD}|{_NO_WORD})\b")


# "oh right.", "ah ok,", "fair enough -": an explanation acknowledged before the answer
# (and "No worries. I'll get the boss to ring. Ta." after `urgent`, persona run 37: read as a no, and
# answered "Please don't leave it")
_ACKNOWLEDGED = re.compile(r"^\W*((oh|ah|ahh|aah|ooh|och)\W+)?(right|righto|ok|okay|i see|fair enough|gotcha|"
                           r"got it|makes sense|that makes sense|no worries|no worry|no probs?|no problem|"
                           r"no dramas|no bother)( then| mate| love)?\s*[.!,;:-]+\s+")
# "eh? no nothing like that", "whoa, no": surprise at the question before the answer
_SURPRISED = re.compile(r"^\W*(eh|huh|what|wha|pardon|whoa|woah|wait|hmm+|um+|erm+)\s*[?!.,]+\s+")


_GO_ON = re.compile(r"^\W*((fine|ok|okay|alright|all right|right|sure|yes|yeah)\W+)?(go on|go ahead|carry on|"
                    r"fire away|ask away|ask (what|whatever) you (need|want|like|have) to)\b")


def polarity(text: str, intent: str | None = None, explicit_only: bool = False,
             words_only: bool = False) -> str | None:
    """Answer to a yes/no question: 'yes', 'no', 'unsure', or None when it is not a polar answer.
    Button payloads arrive as intents (/affirm, /deny, /unsure). With explicit_only (the message also
    talks about something else), only a leading yes/no word or "not sure" counts: "I have foot drop"
    does not answer "did it start after an injury?". With words_only, the classifier's affirm or deny is
    not taken without a yes or no said in words or by a button (for a safety question, "aus, brissy" must
    be asked again, not read as yes)."""
    by_intent = {"affirm": "yes", "deny": "no", "unsure": "unsure"}
    if intent in by_intent and (not text or text.startswith("/")):
        return by_intent[intent]
    t = normalise(text or "")
    # ("oh right. nah all normal mate" after "why do you ask?" was explained: the "right" says "I see")
    after_acknowledging = _ACKNOWLEDGED.sub("", _SURPRISED.sub("", t, count=1), count=1)
    if after_acknowledging.strip(" .!?"):
        t = after_acknowledging
    changes = list(_CHANGE_OF_MIND.finditer(t))
    final = changes and _ANSWER_AFTER_CHANGE.match(t[changes[-1].end():])
    if final and _ANSWER_BEFORE_CHANGE.search(t[:changes[-1].start()]):
        return "yes" if final.group(1) else "no"
    consent = _GO_ON.match(t)
    if consent:
        # "Fine, go on then, but I'd still like a real person" (persona run 32): consent, no answer, unless
        # an answer follows it ("yes go on, no problems there")
        t = t[consent.end():]
        if not re.search(_EXPLICIT, t.lstrip(" ,.;:-")) and not re.search(r"\b(no|yes)\b", t):
            return None
    if re.search(_UNSURE, t) or unsure_in_other_words(text) or _HEDGED.search(t) or does_not_understand(t):
        return "unsure"
    if _OPENS_WITH_NAH_YEAH.match(t):
        return "yes"
    if explicit_only:
        if _OPENS_WITH_YEAH_NAH.match(t):
            return "no"  # "yeah nah none of that. missus reckons i look a bit pale": not the leading "yeah"
        m = re.search(_EXPLICIT, t)
        return None if m is None else ("yes" if m.group(1) else "no")
    if re.search(_NO, t):
        return "no"
    if re.search(_YES, t):
        return "yes"
    # ("ok honestly could this be AS? ...": a leading "ok" with more after it is a filler, not "I'm fine")
    if re.search(_NORMAL, re.sub(r"^\W*(ok|okay)\b\W*(?=\w)", "", t)):
        return "no"
    return None if words_only else by_intent.get(intent or "")


_MINUTES = re.compile(r"(?:\b(?P<n>\d+(?:\.\d+)?|" + _WORDS + r")\s*(?:-|to)?\s*(?:\d+\s*)?(?P<unit>min|"
                      r"mins|minutes?|"
                      r"hours?|hrs?|h)\b)|(?P<half>half an hour|half hour)|"
                      # "about a quarter of an hour" (not "an hour"), "three quarters of an hour"
                      r"(?P<three_quarters>three quarters? of an hour)|"
                      r"(?P<quarter>quarter of an hour|quarter hour)|"
                      r"(?P<hour>an hour|the hour)")
_AT_MOST = re.compile(r"\b(not (more|longer) than|no (more|longer) than|less than|under|at most|up to|"
                      r"not even|"
                      r"only|just|barely|max|maximum|tops)\b")
_AT_LEAST = re.compile(r"\b(more than|over|at least|longer than|well over|hours|ages|all morning)\b")


def stiffness_minutes_answer(text: str) -> str | None:
    """Whether stiffness lasts more than 30 minutes, from the time given: "only about 10 minutes" and
    "NOT more than 30 minutes" are no, "about an hour" and "over 45 mins" are yes. None without a time."""
    t = normalise(text)
    m = _MINUTES.search(t)
    if not m:
        return None
    if m.group("half"):
        minutes = 30.0
    elif m.group("three_quarters"):
        minutes = 45.0
    elif m.group("quarter"):
        minutes = 15.0
    elif m.group("hour"):
        minutes = 60.0
    else:
        n = _number(m.group("n"))
        if n is None:
            return None
        minutes = n * (60 if m.group("unit").startswith("h") else 1)
    before = t[:m.start()]
    if _AT_MOST.search(before):
        return "no" if minutes <= 60 else None
    if _AT_LEAST.search(before) and minutes >= LONG_STIFFNESS_MINUTES:
        return "yes"
    return "yes" if minutes > LONG_STIFFNESS_MINUTES else "no"


_FIRST_EPISODE = re.compile(r"\b(never had (back )?(trouble|pain|problems|issues) "
                            r"(with (it|my back) )?before|"
                            r"never had (this|it) before|first time (ever|my back|i've had|i have had|it's)|"
                            # "first time I've ever had back trouble" (persona run 34)
                            r"first time (i'?ve|i have) ever (had|hurt|done)|"
                            # "first time in my life", "my first ever bout of back pain"
                            r"first time in my (life|whole life)|first (ever )?(bout|episode|attack) of|"
                            r"never (been|had) (a )?(bad )?back|"
                            # "In my life I never had the waist pain", "I have never had back pain in my life"
                            r"never had (the |any )?(back|waist|lower back|low back|this) ?pain\b[^.?!]{0,20}"
                            r"\b(before|in my life|ever)|in my life,? i (have )?never had (the |any )?"
                            r"(back |waist |this )?pain)\b")
_HAD_BEFORE = re.compile(r"\b(happened|had it|had this|done it|gone|had back pain) "
                         r"(a few|several|many|lots of|loads of) times( before)?\b|"
                         r"\bhad (it|this|back pain) before\b")


def first_episode(text: str) -> str | None:
    """"Never had back trouble before" is a first episode; "it's happened a few times" is not."""
    t = normalise(text)
    if _FIRST_EPISODE.search(t):
        return "yes"
    if _HAD_BEFORE.search(t):
        return "no"
    return None


def partly(text: str) -> bool:
    return bool(re.search(_PARTLY, normalise(text)))
