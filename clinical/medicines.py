"""Medicine questions: which ones need a pharmacist or doctor rather than general information, and why.

The assistant never gives a dose and never advises starting, stopping or combining a medicine (clinical
guide, "Medicines"). A question whose answer depends on the person gets who to ask and why, never general
class information that could read as permission. `referral_reason` says which reason applies:

    someone_else     a medicine prescribed for someone else, borrowed, shared or left over
    condition        pregnancy or breastfeeding, a health condition or another medicine (asthma, kidneys,
                     stomach ulcer, heart, blood pressure, blood thinners), a child or an older person
    stop_or_change   stopping, coming off, cutting down, carrying on, switching or restarting
    alcohol          alcohol with a medicine
    combination      two medicines together, or one with "my other tablets"
    dose             an amount ("1000mg", "2 tablets"), how often, how long, how to take it, starting

The wording for each reason is a domain response (actions/knowledge.py). The patterns read the
normalised text (clinical.language.normalise: lower case, plain apostrophes, misspelt medicine names
corrected) and apply only when the message is about a medicine, so "how often should I stretch?" is not a
dose question. Overdose wording is a red flag (clinical/findings.py), read before any of this.

Long-term questions and medicines that need a word before their answer are also decided here:
"long-term" means long-lasting pain, co-codamol is answered as an opioid, and a medicine none of the
sources covers (diazepam) is said to be not covered before anything else is said about it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from clinical.language import normalise
from clinical.parsing import MEDICINE_NAMES
from clinical.parsing import medicines as medicine_names

# Names of whole classes, as people say them (brand and generic names are in clinical.parsing).
CLASS_WORDS = (
    "nsaid", "nsaids", "anti-inflammatory", "anti-inflammatories", "anti inflammatory",
    "anti inflammatories", "antiinflammatory", "antiinflammatories", "opioid", "opioids", "opiate",
    "opiates", "muscle relaxant", "muscle relaxants", "muscle relaxer", "muscle relaxers", "relaxant",
    "relaxants", "steroid", "steroids",
    "corticosteroid", "corticosteroids", "biologic", "biologics", "biological therapy",
    "biological therapies", "antibiotic", "antibiotics", "anti-biotic", "anti-biotics", "anti biotics",
    "antidepressant", "antidepressants", "ssri",
    "ssris", "snri", "snris", "tricyclic", "tricyclics", "benzodiazepine", "benzodiazepines", "benzo",
    "benzos", "gabapentinoid", "gabapentinoids", "strong painkillers",
)
# Words that show a question is about medicine without naming one.
GENERIC_WORDS = (
    "medicine", "medicines", "medication", "medications", "meds", "tablet", "tablets", "pill", "pills",
    "capsule", "capsules", "painkiller", "painkillers", "pain killer", "pain killers", "pain relief",
    "pain reliever", "pain relievers", "drug", "drugs", "prescription", "prescriptions", "dose", "doses",
    "dosage",
)
# Products with codeine or a similar opioid beside another pain reliever: answered as opioids, with a note.
OPIOID_COMBINATIONS = ("co-codamol", "cocodamol", "co codamol", "co-dydramol", "codydramol", "panadeine",
                       "nurofen plus", "mersyndol", "solpadeine plus", "solpadeine max")
OPIOID_TOPIC = "med_opioids"
# Paracetamol and ibuprofen in one tablet: a question about one is a question about combining the two
TWO_IN_ONE = ("maxigesic", "nuromol", "combogesic")
# Topics of medicines the five sources do not cover: that is said first, and the topic wins over any class
# the question also names ("is diazepam a muscle relaxant?" is not answered with muscle-relaxant text).
NOT_COVERED_BY_SOURCES = frozenset({"med_benzodiazepines"})

# Reasons, most specific first: the first that applies is the one said.
REASONS = ("someone_else", "condition", "stop_or_change", "alcohol", "combination", "dose")


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _whole(words: tuple[str, ...] | list[str]) -> str:
    """Any of the words or phrases, longest first, not inside another word ("nurofen plus" is one)."""
    return rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])"


# The patterns below name medicines by these placeholders, filled in when they are first compiled.
_NAMES = "(?:__NAMES__)"
_MEDICINE = "(?:__NAMES__|__GENERIC__)"
_UNIT_DOSE = r"\d+(?:[.,]\d+)?\s*(?:mg|mgs|mcg|ug|µg|g|gm|grams?|milligrams?|micrograms?|ml|mls)(?![a-z])"
# A medicine within the next few words ("my wife's old oxycodone"), never across "the pain with ...".
_SKIP = r"(?:(?!(?:pain|hurt\w*|ach\w*|with|for|and|or|than|instead)\b)[\w'-]+\s+){0,3}?"
_NEAR_MEDICINE = _SKIP + _MEDICINE
_NEAR_NAME = _SKIP + _NAMES

_OTHER_PERSON = (
    r"(?:wife|husband|partner|friend|mate|mum|mom|mam|mother|dad|father|son|daughter|brother|sister|nan|"
    r"nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|flatmate|roommate|"
    r"housemate|colleague|coworker|co-worker|boss|neighbour|neighbor|boyfriend|girlfriend|fiance|fiancee|"
    r"aunt|auntie|aunty|uncle|cousin|niece|nephew|parent|relative|sibling|in-law|kid|child|someone|"
    r"somebody|someone else|somebody else|other person|other people|another person)")
_LEFT_OVER = r"(?:left ?over|leftover|left-over)"

# Pregnancy and breastfeeding
_PREGNANCY_OR_BREASTFEEDING = (r"\b(?:pregnan\w*|expecting a baby|trying (?:for a baby|to conceive|to get "
                               r"pregnant)|ivf|breast ?-?fe(?:e|d)\w*|nursing (?:a|my) baby|"
                               r"i(?:'m| am) nursing)")
# Health conditions, and medicines that change what is safe
_CONDITIONS_AND_MEDICINES = (
    r"\b(?:asthma\w*|kidneys?|renal|liver|hepatitis|ulcers?|stomach (?:problems?|issues?|bleed\w*|"
    r"trouble|condition)|reflux|gastritis|indigestion|heartburn|crohn's|crohns|colitis|heart|angina|"
    r"stroke|blood pressure|hypertension|high bp|blood thinn\w*|thinners|warfarin|anticoagulants?|"
    r"apixaban|rivaroxaban|dabigatran|clopidogrel|diabet\w*|epilep\w*|seizures?|allerg\w*|glaucoma|"
    r"copd|lung (?:disease|condition|problems?)|dementia|bleeding disorder|ha?emophilia|myasthenia)\b")

PATTERNS: dict[str, tuple[str, ...]] = {
    "someone_else": (
        # "my wife's oxycodone", "my friends tablets", "someone else's pills"
        rf"\b{_OTHER_PERSON}(?:'s|s'|')\s+{_NEAR_MEDICINE}",
        rf"\b(?:my|a|his|her|their|your|our)\s+{_OTHER_PERSON}s\s+{_NEAR_MEDICINE}",
        r"\b(?:someone|somebody|anyone|anybody)(?: else)?'s\b",
        r"\b(?:not|isn't|aren't|wasn't|weren't) (?:mine|my own|prescribed (?:to|for) me)\b",
        r"\bprescribed (?:to|for) (?:my|a|his|her|their|him|them|someone|somebody|another|other)\b",
        # left over from before: "leftover tramadol", "some old co-codamol", "codeine left over from my op"
        rf"\b(?:{_LEFT_OVER}|spare|old)\s+(?:(?!(?:take|takes|taking|use|using|have|has|need)\b)[\w'-]+\s+)"
        rf"{{0,2}}?{_MEDICINE}",
        rf"{_NAMES}\s+(?:[\w'-]+\s+){{0,2}}?(?:{_LEFT_OVER}|from (?:last|a previous|an old|my old))",
        # borrowed, shared, given or offered
        r"\b(?:borrow\w*|lend|lent|pinch|nick|steal)\b|\b(?:share|sharing|shared)\s+(?:my|his|her|their|"
        r"your|some|a|one)\b",
        rf"\b(?:got|get|getting|given|bought|took|take|taking|have|had|offered)\s+{_NEAR_MEDICINE}\s+"
        rf"(?:[\w'-]+\s+){{0,2}}?(?:from|off)\s+(?:a|my|his|her|their|the)?\s*{_OTHER_PERSON}\b",
        rf"\b{_OTHER_PERSON}s?\s+(?:gave|gives|offered|offers|sent|lent)\s+me\b",
        r"\b(?:he|she|they)\s+(?:can|could|will|would|might|said (?:he|she|they) (?:can|could|would))\s+"
        r"(?:give|offer|lend|sell)\s+(?:me|us)\b",
        rf"\bgive\s+(?:some of |one of |a few of )?my\s+{_NEAR_MEDICINE}\s+to\b",
        # "my husband has tramadol, can I have some?"
        rf"\b{_OTHER_PERSON}\s+(?:has|had|got|takes|took|is on|was on|gets)\s+{_NEAR_MEDICINE}.*"
        rf"\b(?:can|could|may|should|would)\s+i\b",
        # "my mate has tramadol, he said I can have a few"
        rf"\b{_OTHER_PERSON}\s+(?:has|had|got|takes|is on)\s+{_NEAR_MEDICINE}.*"
        r"\b(?:said|says|reckons)\s+(?:i|we)\s+(?:can|could|should)\s+(?:have|take|try|use)\b",
    ),
    "condition": (
        _PREGNANCY_OR_BREASTFEEDING,
        _CONDITIONS_AND_MEDICINES,
        # children and age
        r"\b(?:child|children|kids?|toddlers?|babies|baby|infants?|teens?|teenagers?|teenage|my son|"
        r"my daughter|\d+\s*-?\s*(?:years?|yrs?)\s*-?\s*old|\d+\s*yo|under (?:1[0-8]|[1-9])s?|elderly|"
        r"older (?:person|people|adults?)|over (?:6[05]|[789]0)|pensioner|aged (?:6[5-9]|[789]\d)|"
        r"i(?:'m| am) (?:6[5-9]|[789]\d))\b",
    ),
    "stop_or_change": (
        # Stopping, with the person as the one who stops ("can I stop", "to stop", "stopping my ...") and
        # the medicine or the taking of it as what stops: not "will paracetamol stop the pain?".
        r"(?:^|[.,!?;:]\s*|\b(?:i|i'm|we|me|to|you|u)\s+(?:[\w']+\s+){0,3}?)"
        r"(?:stop|stopping|stopped|quit|quitting|come off|coming off|get off|getting off|go off|going off|"
        r"wean\w*(?: myself| me)? off|wean|weaning|taper\w*|give up|giving up)\b"
        rf"\s*(?:{_NEAR_MEDICINE}|(?:taking|using|having)\b|(?:it|them|these|those|this)\b"
        r"(?!\s+(?:hurt\w*|ach\w*|from|getting|coming|being|happening|spreading))|"
        r"(?:now|altogether|completely|suddenly|cold turkey|straight away|right away|at once|yet)\b|"
        r"\s*(?:[.?!,;]|$))",
        r"\b(?:reduce|reducing|lower|lowering|decrease|decreasing|cut down|cutting down|cut back|"
        r"cutting back)(?: on)?\s+(?:my\s+|the\s+|how much\s+|how many\s+|the amount of\s+|"
        rf"the number of\s+)?(?:[\w'-]+\s+)?(?:{_MEDICINE}|dose|doses|dosage)",
        # carrying on: "should I keep taking my naproxen?"
        r"\b(?:keep|keeping|kept)\s+(?:on\s+)?(?:taking|using|having|going with)\b",
        r"\bcarry(?:ing)? on\s+(?:taking|using|with)\b",
        rf"\bcontinu(?:e|ing)\s+(?:(?:to take|to use|taking|using|with|on|my|the|it|them|these|this)\b|"
        rf"{_MEDICINE})",
        rf"\b(?:stay|staying|remain|remaining)\s+on\s+(?:it|them|this|these|those|my|the|{_MEDICINE})",
        r"\bstill\s+(?:take|taking|use|using|be taking|need to take|have to take)\b",
        r"\bhow long (?:can|should|do|must|could|would) (?:i|you|one|people|we) "
        r"(?:take|keep|stay on|be on|use|go on)\b",  # ("how long should I stay off work?" is no medicine's)
        r"\b(?:go|going) back on\b|\brestart\w*\b",
        # changing: "switch from ibuprofen to naproxen", "paracetamol instead of my codeine"
        rf"\b(?:switch|switching|swap|swapping|change|changing)\s+(?:from\s+|to\s+|over\s+(?:to\s+)?|"
        rf"onto\s+)?{_NEAR_MEDICINE}",
        rf"{_MEDICINE}.*\binstead of\s+{_NEAR_MEDICINE}",
        rf"\b(?:take|taking|use|using|have|having)\s+(?:[\w'-]+\s+){{0,2}}?{_MEDICINE}.*\binstead\b",
    ),
    "alcohol": (
        r"\b(?:alcohol\w*|booze|boozing|beers?|wines?|lager|cider|pints?|spirits|vodka|whiske?y|gin|rum|"
        r"tequila|cocktails?|prosecco|champagne|drunk|drinking|drinks?|drank|hungover|hangover|g&t)\b",
    ),
    "combination": (
        r"\b(?:mix|mixes|mixing|mixed|combine|combined|combining|combination|interact\w*|interfere\w*)\b",
        # one medicine with "my other tablets", "my blood pressure meds", "the pill"
        r"\b(?:with|and|plus|alongside|along with|as well as|on top of|while on|while taking|same time as)\s+"
        r"(?:my|other|any other|another|your|the other|some other|different|his|her|their)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:tablets?|pills?|meds|medicines?|medications?|painkillers?|pain killers|"
        r"prescriptions?|drugs|inhalers?)\b",
        r"\b(?:with|on|taking|take) the (?:contraceptive )?pill\b",
        # with a prescription medicine we do not list, named by its usual ending ("with my lisinopril")
        r"\b(?:with|alongside|while on|while taking|on top of|as well as)\s+(?:my|his|her|their)\s+"
        r"[a-z]{3,}(?:pril|sartan|olol|statin|dipine|azole|mab|pam|lam|xaban|arin|mide|zide|tide|gliptin|"
        r"formin|oxetine|aline|pram|triptan|lukast)\b",
        # with a medicine that changes what is safe, named ("would I be alright taking ibuprofen with the
        # methotrexate?", persona run 37: class information about anti-inflammatories)
        r"\b(?:with|alongside|while on|while taking|on top of|as well as|and)\s+"
        r"(?:my |his |her |their |the )?(?:methotrexate|prednisone|prednisolone|steroids?|steroid tablets|"
        r"immunosuppressants?|tacrolimus|"
        r"ciclosporin|cyclosporine|lithium|chemo\w*|biologics?|humira|adalimumab)\b",
    ),
    "dose": (
        _UNIT_DOSE,  # "1000mg", "500 mg", "1g"
        r"\b\d{1,2}\s*/\s*\d{3,4}\b",  # a strength such as 30/500
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several)\s+"
        r"(?:more\s+|extra\s+)?(?:tablets?|pills?|capsules?|caps|tabs|doses?|sachets?|patch(?:es)?)\b",
        r"\b(?:how many|how much|dose|doses|dosage|dosing|maximum|max|limit|how often|every day|daily|"
        r"every \d+ hours?|every (?:few|two|three|four|six|eight|twelve) hours|times? a day|per day|a day|"
        r"a night|double dose|double up|doubling up|extra (?:one|tablet|pill|dose)s?|"
        r"another (?:one|tablet|pill|dose)|too (?:much|many)|strength|(?:stronger|higher|lower|bigger) dose|"
        r"with food|on an empty stomach|before (?:food|meals?|bed|eating)|after (?:food|meals?|eating)|"
        r"(?:start|starting|begin|beginning) (?:taking|on|using))\b",
        # a missed dose
        rf"\b(?:skip|skipped|skipping|miss|missed|forgot|forget|forgotten)\s+(?:a |my |one |the )?"
        rf"(?:dose|tablet|pill|{_NAMES})|\b(?:forgot|forget|forgotten|remember) to take\b",
    ),
}
# "a drink of water" is not alcohol.
_NOT_ALCOHOL = (r"\b(?:drinks?|drinking|drank|glass(?:es)?|sips?)\s+(?:of\s+|some\s+|plenty of\s+|"
                          r"lots of\s+|more\s+|a\s+)?(?:water|milk|juice|fluids?|tea|coffee)\b")
# Two or more different medicines named, with one of these: "ibuprofen and paracetamol together".
_TOGETHER = (r"\b(?:together|plus|alongside|along with|as well as|at the same time|same time as|"
                       r"on top of|both|while (?:on|taking|i'm on|i am on)|after taking|followed by|"
                       r"alternat\w*|between doses|stack\w*)\b|&|\+|\bwith\s+" + _NEAR_NAME)
# ... or "and" with taking them ("can I take Nurofen and ibuprofen?"), unless two are being compared.
_AND_TAKING = (r"\band\b.*\b(?:take|taking|took|have|having|use|using|give|giving|safe|ok|okay|"
                         r"fine|alright)\b|\b(?:take|taking|took|have|having|use|using|give|giving|safe|ok|"
                         r"okay|fine|alright)\b.*\band\b")
_COMPARING = (r"\b(?:difference|differ|better|best|worse|vs|versus|compare\w*|which|the same as|"
                        r"the same thing|same as|similar|stronger|weaker)\b")


@lru_cache(maxsize=1)
def _placeholders() -> dict[str, str]:
    """The medicine names and generic words as patterns. Messages are read normalised, so each word is
    also taken in its normalised spelling (spelling correction treats a name as it treats a message)."""
    names = [*(n for group in MEDICINE_NAMES.values() for n in group), *CLASS_WORDS, *OPIOID_COMBINATIONS,
             *TWO_IN_ONE]
    generic = list(GENERIC_WORDS)
    return {"__NAMES__": _whole(names + [normalise(n) for n in names]),
            "__GENERIC__": _whole(generic + [normalise(w) for w in generic])}


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    for placeholder, words in _placeholders().items():
        pattern = pattern.replace(placeholder, words)
    return re.compile(pattern)


def medicine_mentions(text: str) -> list[str]:
    """The medicines a message names (by brand, generic or class name), in order."""
    return _compile(_NAMES).findall(normalise(text))


def _about_medicine(t: str) -> bool:
    return bool(_compile(_MEDICINE).search(t) or re.search(_UNIT_DOSE, t))


def _combines_two(t: str) -> bool:
    """Two different medicines named and taken together, not compared ("is naproxen better than ..."), or a
    product with two in one ("is Maxigesic better than taking the two separately?")."""
    if re.search(_whole(TWO_IN_ONE), t):
        return True
    if len(set(_compile(_NAMES).findall(t))) < 2:
        return False
    return bool(_compile(_TOGETHER).search(t)
                or (re.search(_AND_TAKING, t) and not re.search(_COMPARING, t)))


def _applies(reason: str, t: str) -> bool:
    if reason == "alcohol":
        t = re.sub(_NOT_ALCOHOL, " ", t)
    if reason == "combination" and _combines_two(t):
        return True
    return any(_compile(p).search(t) for p in PATTERNS[reason])


# "I am 72 and would rather not take tablets": medicines turned down, so no medicine question
_MEDICINES_NOT_WANTED = re.compile(
    r"\b(would rather not|rather not|(don'?t|do not) want to|prefer not to|not keen (on|to)|trying not to|"
    r"want to avoid|avoid) (take |taking |use |using |be on |being on )?(any |the )?"
    r"(tablets|pills|medicines?|medication|meds|painkillers|pain killers|drugs)\b")


def referral_reasons(text: str) -> list[str]:
    """Every reason (of REASONS, most specific first) a medicine question must go to a pharmacist or doctor;
    [] for a general question such as "what does ibuprofen do for back pain?"."""
    t = _MEDICINES_NOT_WANTED.sub(" ", normalise(text))
    if not _about_medicine(t):
        return []
    return [reason for reason in REASONS if _applies(reason, t)]


def tells_of_a_condition(text: str) -> bool:
    """Whether the text tells of pregnancy or breastfeeding, a health condition or a medicine that changes
    which medicines are safe, medicine asked about or not: "I'm 28 weeks pregnant and my back aches". (Not an
    age: the triage asks everyone's, and an age is read with the medicine question itself.)"""
    t = normalise(text or "")
    return any(_compile(pattern).search(t)
               for pattern in (_PREGNANCY_OR_BREASTFEEDING, _CONDITIONS_AND_MEDICINES))


_ASKS_TO_TAKE = re.compile(r"\b(can|could|should|may|shall|is it (ok|okay|safe|fine|alright|all right) to|"
                           r"am i (ok|okay|safe|fine|allowed) to) (i |we )?(take|have|use|try)\b")


def asks_whether_to_take(text: str) -> bool:
    """"Can I take it?" about a medicine named: whether this person may take it, which a condition told
    earlier in the conversation makes a question for a pharmacist or doctor."""
    return mentions_medicine(text) and bool(_ASKS_TO_TAKE.search(normalise(text)))


def referral_reason(text: str) -> str | None:
    """The reason to say: the most specific one (a dose question in pregnancy is said as pregnancy)."""
    reasons = referral_reasons(text)
    return reasons[0] if reasons else None


def needs_pharmacist_or_doctor(text: str) -> bool:
    return referral_reason(text) is not None


# --------------------------------------------------------------------------- general questions

LONG_TERM = re.compile(r"\b(?:long[- ]?term|long[- ]lasting|chronic|persistent|ongoing|"
                       r"for (?:many |several )?(?:months|years)|for a long time|for ages|months on end|"
                       r"years on end)\b")


def asks_about_long_term(text: str) -> bool:
    """"Can I take ibuprofen long-term?" is about long-lasting pain (the chronic band), whatever triage
    found: the answer gives what the sources say for long-lasting pain, both views where they differ."""
    return bool(LONG_TERM.search(normalise(text)))


def without_long_term_words(text: str) -> str:
    """The question without its long-term words: they set the band, so they do not also pick the topic
    ("is ibuprofen ok for chronic pain?" is about ibuprofen, not about how long pain lasts)."""
    return LONG_TERM.sub(" ", normalise(text))


def opioid_combination_named(text: str) -> str | None:
    """Co-codamol and the like, as named: a pain reliever with codeine or a similar opioid in it."""
    found = re.search(_whole(OPIOID_COMBINATIONS), normalise(text))
    return found.group(0) if found else None


def order_topics(text: str, topics: list[str]) -> list[str]:
    """Matched topics with the medicine rules applied: a medicine the sources do not cover comes first, and
    a product containing an opioid is answered as an opioid (not as paracetamol or ibuprofen)."""
    first = [t for t in topics if t in NOT_COVERED_BY_SOURCES]
    if opioid_combination_named(text) and OPIOID_TOPIC in topics:
        first.append(OPIOID_TOPIC)
    return first + [t for t in topics if t not in first]


def notes_before_answer(text: str, topic: str) -> list[tuple[str, dict[str, str]]]:
    """What must be said before a topic's knowledge items, with its template values: "not_in_sources" for
    a medicine the sources do not cover, "contains_opioid" when co-codamol or the like is answered as an
    opioid."""
    notes: list[tuple[str, dict[str, str]]] = []
    if topic in NOT_COVERED_BY_SOURCES:
        notes.append(("not_in_sources", {}))
    product = opioid_combination_named(text)
    if topic == OPIOID_TOPIC and product:
        notes.append(("contains_opioid", {"medicine": product}))
    return notes


_MEDICINE_WORDS = re.compile(r"\b(pills?|tablets?|painkillers?|medicines?|medication|meds|dose|overdose|"
                             r"how many|packet|capsules?)\b")


def mentions_medicine(text: str) -> bool:
    """A medicine by name, or pills, doses and packets in general ("how many paracetamol can I take?")."""
    return bool(medicine_names(text) or _MEDICINE_WORDS.search(normalise(text or "")))
