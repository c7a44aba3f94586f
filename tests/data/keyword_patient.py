"""How a keyword-driven simulated patient decides what a bot question is about.

The topic rules of the shared evaluation's simulated patient (`../shared/eval/vignettes.py`, TOPIC_RULES and
question_scopes, copied 2026-12-07): it looks for the topic in the last question first, then all questions,
then the last sentence, then the whole message, and answers from its fact sheet for that topic. A question
whose own sentence names another subject ("feeling" in the blood-vessel question, "during" in the sex
question, a list led by "Since ...") gets the fact of that other subject. Kept here so that the tests can
check each question's wording without the shared files, which a clean clone does not have."""
from __future__ import annotations

import re

_RULES: list[tuple[str, str, str | None]] = [
    ("bladder_bowel", r"bladder|bowel|toilet|\bpee|\bwee\b|urin|incontinen|continence|"
                      r"wet(ting)? (yourself|the bed)|soil(ed|ing)? yourself|\bpoo", None),
    ("saddle_numbness", r"genital|saddle|groin|inner thigh|bottom numb|around (your|the) (bottom|anus)|"
                        r"back passage|perine|private (parts|area)", None),
    ("fever", r"fever|temperature|chills|shiver|\bsweats?\b|sweating|\bhot\b",
     r"\bhot (water|pack|bath|shower|compress|tub)"),
    ("weight_loss", r"\bweight\b", r"\b(bear|put|carry|take|hold)\w*( any| your)? weight|weight[- ]bearing"),
    ("cancer_history", r"cancer|tumou?r|malignan|oncolog", None),
    ("immunosuppression", r"immun|steroid|chemo|drug use|use drugs|inject|intravenous|\biv\b|\bhiv\b|"
                          r"transplant", None),
    ("trauma", r"\bfall\b|\bfell\b|fallen|injur|accident|trauma|knock|\bhit\b|crash|blow to|collision",
     r"fall(ing)? asleep"),
    ("weakness_progressive", r"weak\w*\b.*\b(worse|worsening|progress\w*|spreading)|"
                             r"(worse|worsening|progress\w*|spreading)\b.*\bweak", None),
    ("weakness", r"weak|foot drop|giv(e|ing) way|lift your (foot|toes)|trip(ping)? over", None),
    ("numbness", r"numb|tingl|pins and needles|\bpins\b|altered sensation|"
                 r"(loss of|lost) (feeling|sensation)", None),
    ("leg_pain", r"\blegs?\b|buttock|sciatic|radiat|spread|shoot|travel\w* down|thigh|\bcalf|\bknee|"
                 r"\bfoot\b|\bfeet\b", None),
    ("night_pain", r"\bnight|at rest|lying (down|still)|wakes? you|waking you|keep\w* you awake", None),
    ("sleep_work_impact", r"sleep|\bwork\b|working|\bjob\b|daily|day[- ]to[- ]day|everyday|normal activities|"
                          r"affect\w* your (life|day)|stop\w* you (from|doing)", None),
    ("morning_stiffness", r"stiff|morning", None),
    ("tolerance", r"how long can you|how far can you|how long are you able|minutes|tolerat|"
                  r"before (the pain|it) (stops|gets)", None),
    ("onset", r"how did (it|the pain|this|your \w+) (start|begin|happen|come on)|"
              r"what (happened|caused|were you doing)|\bcaused?\b|trigger|brought (it|this) on|"
              r"came on", None),
    ("duration", r"how long|when did|\bsince\b|duration|\bweeks?\b|\bdays?\b|\bmonths?\b|how many", None),
    ("location", r"\bwhere\b|which part|what part|location|whereabouts|upper or lower|which side|one side|"
                 r"both sides", None),
    ("severity", r"scale|\b[01]\s*(-|–|to)\s*10\b|\brate\b|rating|how bad|severe|severity|out of (10|ten)|"
                 r"intensity|how strong|how painful|how much (does it|pain)", None),
    ("age", r"how old|\bage\b|\bold\b|date of birth|\bborn\b", None),
    ("activity", r"activit|exercise|enjoy|\bwalk|sport|hobb|\bgym\b|\bactive\b|physical", None),
    ("medication_tried", r"medic|painkill|pain relief|tablet|\bpills?\b|\btaken\b|\btried\b|ibuprofen|"
                         r"paracetamol|analges|anti-inflammator|\bdrugs?\b|treatment", None),
    ("mood", r"\bfeel|worr|mood|distress|anxi|stress|\blow\b|\bcop(e|ing)\b|concern|upset", None),
]
_COMPILED = [(topic, re.compile(include), re.compile(exclude) if exclude else None)
             for topic, include, exclude in _RULES]


def _scopes(text: str) -> list[str]:
    lowered = text.lower()
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s+|\n+", lowered) if s.strip()]
    questions = [s for s in sentences if s.endswith("?")]
    scopes = [questions[-1], " ".join(questions)] if questions else []
    if sentences:
        scopes.append(sentences[-1])
    scopes.append(lowered)
    return scopes


def topic_of(text: str) -> str | None:
    """The subject a keyword-driven patient would answer about, or None ("I'm not sure")."""
    for scope in _scopes(text):
        for topic, include, exclude in _COMPILED:
            if include.search(exclude.sub(" ", scope) if exclude else scope):
                return topic
    return None
