"""Reading findings out of free text with a rule-based spaCy pipeline (no trained model to download).

Steps: normalise the text (case, apostrophes, missing apostrophes), correct misspelt words towards the
clinical vocabulary (only words that are not English words), tokenise with `spacy.blank("en")`, tag
concepts with phrase matchers, split into clauses, then decide for each finding mentioned in a clause
whether it is present, denied or uncertain, whether it is about the user or someone else, and whether
it is only asked about ("what if ..."). Negation and attribution never cross a clause break.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, NamedTuple

import spacy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spellchecker import SpellChecker

from clinical import lexicon
from clinical.findings import BY_CODE, FINDINGS, Finding

# possible: a red flag that may be there (a weaker wording, a known harmless cause, or said as long past):
# never escalated on its own and never dismissed, but checked with one plain question.
# suggested: a red flag the rules did not mention but the recall-first classifier (clinical/recall.py)
# thinks may be there: checked with one plain question, never escalated on its own (not even crisis).
Status = Literal["present", "absent", "uncertain", "possible", "suggested"]

MAX_ANALYSED_CHARS = 20_000  # longer messages are read up to here; nobody describes symptoms beyond it
MULTI_CONCEPT_WINDOW = 12  # tokens: the concepts of one finding must sit this close together
WHOLE_MESSAGE_WINDOW = 40  # tokens, for findings whose concepts may sit in different clauses
SENTENCE_WINDOW = 20  # tokens, for the weaker reading of a whole sentence (a check question at most)
NEGATION_LOOKBACK = 7  # tokens before a mention that a "no"/"not" still reaches ("no fever, chills or ...")
NEGATION_LOOKAHEAD = 4  # tokens after a mention for "... is fine"
SENTENCE_END = {".", "!", "?", ";", "\n"}

_CONTRACTIONS = {
    "teh": "the", "dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't", "doesnt": "doesn't",
    "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't",
    "hasnt": "hasn't", "hadnt": "hadn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "im": "i'm",
    "ive": "i've", "idk": "i don't know", "cannot": "can not",
    # Scots negatives: "I cannae hold it", "I didnae feel a thing"
    "cannae": "can't", "canna": "can't", "dinnae": "don't", "didnae": "didn't", "couldnae": "couldn't",
    "wouldnae": "wouldn't", "shouldnae": "shouldn't", "isnae": "isn't", "wasnae": "wasn't",
    "havenae": "haven't", "havnae": "haven't", "hivnae": "haven't", "hasnae": "hasn't", "doesnae": "doesn't",
    "willnae": "won't", "winnae": "won't",
    "nae": "no",  # "nae numbness, nae bother wi the toilet"
    # Scots words around them: "whit should I dae if ma legs go weak? fine the noo"; "fell aff a roof"
    "whit": "what", "dae": "do", "noo": "now", "aff": "off",
    # "naethin comes oot", "baith legs", "doon the back o ma leg", "sat on the cludgie"
    "naethin": "nothing", "oot": "out", "doon": "down", "baith": "both", "aboot": "about", "itsel": "itself",
    "masel": "myself", "jist": "just", "mair": "more", "cludgie": "toilet", "naebody": "nobody",
    "intae": "into", "fae": "from",  # (not "tae": a toe as often as "to")
    # Jamaican negatives: "mi cyaan feel mi legs", "it nuh stop", "nutten numb", "run out pon mi"
    "cyaan": "can't", "kyaan": "can't", "caan": "can't", "cyah": "can't", "nuh": "don't",
    "nutten": "nothing", "nuttin": "nothing", "nuthin": "nothing", "nothin": "nothing", "nuffin": "nothing",
    "pon": "on", "inna": "in",
    # "not able to control my susu" (Indian and Singapore English for urine)
    "susu": "pee",
    # US Southern: "I cain't feel the seat"
    "cain": "can", "caint": "can't",
    "hx": "history",  # helpline staff's shorthand
    # text-speak for "what's": never a misspelt "sweats" ("wats causing my back pain")
    "wats": "what's", "wots": "what's", "whats": "what's", "wat": "what", "wot": "what", "wut": "what",
    # phone text-speak: "wen shud i see a doc", "wud a doc give steroid tabs" ("dr" stays: a title)
    "wen": "when", "shud": "should", "shld": "should", "wud": "would", "cud": "could", "cnt": "can't",
    "pls": "please", "plz": "please", "b4": "before", "2day": "today", "2moro": "tomorrow",
    "tmrw": "tomorrow",
    "doc": "doctor", "ur": "your", "tabs": "tablets",
    # ("thats all heald now": never "that all head now")
    "thats": "that's", "heald": "healed", "ment": "meant",
}
_EXTRA_WORDS = {"puku", "wee", "poo", "bum", "paracetamol", "ibuprofen", "naproxen", "diclofenac",
                "codeine", "tramadol", "orphenadrine", "nurofen", "panadol", "voltaren", "norflex",
                "methotrexate", "biologics", "tylenol", "advil", "healthline", "nsaid", "nsaids",
                # medicine classes, so that "antibiotiks" finds its topic
                "antibiotic", "antibiotics", "antidepressant", "antidepressants", "opioid", "opioids",
                "relaxant", "relaxants", "painkiller", "painkillers"}
# Medicine names are words to keep, never to correct ("Aleve" is no misspelt "alive")
_MEDICINE_WORDS = {w for names in lexicon.MEDICINE_NAMES.values() for name in names
                   for w in re.findall(r"[a-z]+", name) if len(w) >= 4}


@dataclass(frozen=True)
class Mention:
    code: str
    status: Status
    about_user: bool
    hypothetical: bool
    words: str  # the clause, in the user's (normalised) words, that mentions it
    # Absent only as a figure of speech ("nearly wet myself laughing", "like I got hit by a truck"): it says
    # nothing about the sign, so it answers no question (it had skipped the bladder question).
    figure_of_speech: bool = False

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(str(data["code"]), data["status"], bool(data["about_user"]), bool(data["hypothetical"]),
                   str(data["words"]), bool(data.get("figure_of_speech", False)))

    @property
    def to_check(self) -> bool:
        """A red flag the person may have (possible, suggested, or said with "maybe"): one check question."""
        finding = BY_CODE[self.code]
        # (crisis wording is checked even said as a question: "what's the point anymore")
        return (finding.is_red_flag and self.status in ("possible", "uncertain", "suggested")
                and self.about_user and (not self.hypothetical or finding.escalate_hypothetical))

    @property
    def reported(self) -> bool:
        """A present finding the user reports about themselves (what escalation acts on)."""
        finding = BY_CODE[self.code]
        if finding.escalate_hypothetical:  # crisis wording: "maybe I should just end it" escalates too
            # ("possible" only when said as long past and over: checked, see _judge)
            return self.status in ("present", "uncertain") and self.about_user
        return self.status == "present" and self.about_user and not self.hypothetical


@dataclass
class _Pipeline:
    nlp: spacy.Language
    concepts: PhraseMatcher
    concepts_by_rule: Matcher
    cues: PhraseMatcher
    vocabulary: list[str]
    english: SpellChecker


@lru_cache(maxsize=1)
def _pipeline() -> _Pipeline:
    """Built once per process (a blank tokenizer and phrase lists: fast, nothing downloaded)."""
    nlp = spacy.blank("en")
    concepts = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, phrases in lexicon.CONCEPTS.items():
        concepts.add(label, [nlp.make_doc(_expand(p)) for p in phrases])
    # "fell 3 metres", "about 10 feet": a number with a unit of height
    concepts_by_rule = Matcher(nlp.vocab)
    concepts_by_rule.add("HEIGHT", [[{"LIKE_NUM": True}, {"LOWER": {"IN": [
        "feet", "ft", "metres", "meters", "metre", "meter", "m", "storeys", "stories", "floors", "steps"]}}]])
    # "down 8kg", "dropped 6 kilos": an amount of weight gone (not "put weight down", "dropped a weight")
    concepts_by_rule.add("WEIGHT_LOSS", [[
        {"LOWER": {"IN": ["down", "dropped", "lost", "shed", "losing", "dropping"]}},
        {"LOWER": {"IN": ["about", "around", "nearly", "almost", "over", "like", "a", "half"]}, "OP": "*"},
        {"LIKE_NUM": True, "OP": "?"},
        {"LOWER": {"IN": ["kg", "kgs", "kilos", "kilo", "pounds", "lbs", "lb", "stone", "dress"]}}]])
    # "temp 38.6", "temperature of 39": a measured temperature (a normal one is said "normal", a negation)
    # (Celsius 38-42, or Fahrenheit 100-105); "my thermometer says 102"
    # ("took my temperature and it came back at 39.2": up to five linking words)
    # ("temp spikes up to 38.5", "my temp goes from normal to 39 at night")
    linking = _any_of("is", "of", "was", "at", "=", "says", "said", "reads", "read", "showed", "shows", "hit",
                      "and", "it", "'s", "came", "back", "reading", "a", "got", "to", "up", "goes", "went",
                      "gets", "spikes", "spiked", "spiking", "rises", "rose", "hits", ":", op="?")
    a_fever_reading = {"TEXT": {"REGEX": r"^(3[89]|4[0-2]|10[0-5])([.,]\d)?$"}}
    body_temperature = {"LOWER": {"IN": ["temp", "temperature", "temps", "thermometer"]}}
    concepts_by_rule.add("FEVER", [[body_temperature, linking, linking, linking, linking, linking,
                                    a_fever_reading],
                                   [body_temperature, linking, linking, {"LOWER": "from"},
                                    {"LOWER": "normal"}, {"LOWER": "to"}, a_fever_reading]])
    # a fever reading later in a run of readings and times ("temps normal in the morning but 39 at night",
    # "temp log: mon 37.1, tue 38.6"), unless its number measures something else ("38 weeks pregnant")
    concepts_by_rule.add("FEVER", [[body_temperature, {"LOWER": {"REGEX": _IN_A_RUN_OF_READINGS}, "OP": "+"},
                                    a_fever_reading]])
    # "from 80kg to 72kg": a weight change (checked: it may be loss)
    units = ["kg", "kgs", "kilos", "lbs", "lb", "pounds", "stone", "st"]
    concepts_by_rule.add("WEIGHT_CHANGE", [[
        {"LOWER": "from"}, {"LIKE_NUM": True}, {"LOWER": {"IN": units}, "OP": "?"},
        {"LOWER": {"IN": ["to", "down", "now"]}}, {"LIKE_NUM": True}, {"LOWER": {"IN": units}}]])
    _add_rule_concepts(concepts_by_rule)
    cues = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, phrases in (("NEG_BEFORE", lexicon.NEGATION_BEFORE), ("NEG_AFTER", lexicon.NEGATION_AFTER),
                           ("UNCERTAIN", lexicon.UNCERTAIN), ("HYPOTHETICAL", lexicon.HYPOTHETICAL),
                           ("FEAR", lexicon.FEAR_OF_WHAT_IT_IS),
                           ("FEAR_AHEAD", lexicon.FEAR_OF_WHAT_MAY_COME),
                           ("UNCERTAIN_AFTER", lexicon.UNCERTAIN_AFTER),
                           ("OTHER", lexicon.OTHER_PERSON), ("OTHER_AFTER", lexicon.OTHER_PERSON_AFTER),
                           ("BREAK", lexicon.CLAUSE_BREAKS), ("TREATMENT_Q", lexicon.TREATMENT_QUESTION),
                           ("ON_MEDICINE", lexicon.ON_MEDICINE),
                           ("WEIGHT_EXPLAINED", lexicon.WEIGHT_LOSS_EXPLAINED),
                           ("AFTER_A_BIRTH", lexicon.AFTER_A_BIRTH),
                           ("LONG_STANDING", lexicon.LONG_STANDING), ("RESOLVED", lexicon.RESOLVED),
                           ("UNCHANGED", lexicon.UNCHANGED), ("FIGURATIVE", lexicon.FIGURATIVE),
                           *((f"AWAY_{code}", cues) for code, cues in lexicon.EXPLAINED_AWAY.items()),
                           ("DISTANT_PAST", lexicon.DISTANT_PAST), ("REOPENED", lexicon.REOPENED),
                           ("NOT_BACK_AGAIN", lexicon.NOT_BACK_AGAIN),
                           ("ASKING_SELF", lexicon.ASKING_ABOUT_SELF),
                           ("FOR_ONESELF", lexicon.ASKING_FOR_ONESELF),
                           ("NOT_NEGATING", lexicon.NOT_NEGATING), ("NOT_EXPLAINED", lexicon.NOT_EXPLAINED),
                           *((f"EXPLAINED_{code}", cues) for code, cues in lexicon.EXPLAINED_BY.items()),
                           ("SPEAKER_ROLE", lexicon.SPEAKER_ROLE), ("OBSERVER", lexicon.OBSERVER),
                           ("CONSTIPATION", lexicon.CONSTIPATION),
                           ("GONE_ON_STANDING", lexicon.GONE_ON_STANDING),
                           ("STAYS_ON_STANDING", lexicon.STAYS_ON_STANDING),
                           ("STAYS_AFTER_GETTING_UP", lexicon.STAYS_AFTER_GETTING_UP),
                           ("SAID_ABOUT", lexicon.SAID_ABOUT), ("NEW_SINCE", lexicon.NEW_SINCE_PAIN),
                           ("CRISIS_OVER", lexicon.CRISIS_OVER), ("NOT_CANCER", lexicon.NOT_CANCER),
                           ("NO_BACK_PAIN_YET", lexicon.NO_BACK_PAIN_YET),
                           ("SAFETY_NET", lexicon.SAFETY_NET), ("NOT_HAPPENED", lexicon.NOT_HAPPENED),
                           ("NOW_HAPPENING", lexicon.NOW_HAPPENING),
                           *((f"SENSE_{i}", contexts)
                             for i, (_, contexts) in enumerate(lexicon.EVERYDAY_SENSES)),
                           ("DENIED_LATER", lexicon.DENIED_AFTER_A_LIST), ("SELF", lexicon.FIRST_PERSON)):
        cues.add(label, [nlp.make_doc(_expand(p)) for p in phrases])
    vocabulary = sorted({w for phrases in lexicon.CONCEPTS.values() for p in phrases
                         for w in re.findall(r"[a-z]+", p) if len(w) >= 4} | _EXTRA_WORDS
                        | _MEDICINE_WORDS)
    english = SpellChecker(distance=1)
    english.word_frequency.load_words(_UNCORRECTED_WORDS)
    return _Pipeline(nlp, concepts, concepts_by_rule, cues, vocabulary, english)


# Words the English dictionary lacks that sit one letter from a clinical word, kept as they are: NZ,
# Australian, Irish and Pacific English ("gidday" is a greeting, not "giddy", dizzy), and medical words
# ("Modic changes" on a scan are not the medicine Mobic).
# (British spellings the dictionary lacks: "5 metres" is no misspelt "mets", a cancer's spread)
_UNCORRECTED_WORDS = ("gidday", "morena", "munted", "craic", "modic", "metres", "metre", "centimetres",
                      "kilometres", "millimetres", "litres", "litre", "staffy", "staffie", "askin",
                      "cellie", "celly",  # (prison slang for a cellmate, not a misspelt "cell")
                      # (covering a load: not "tearing", a sign of a torn artery)
                      "tarp", "tarps", "tarped", "tarping")


_NOT = [{"LOWER": {"IN": ["ca", "can", "could", "wo", "will", "do", "does", "did", "would"]}},
        {"LOWER": {"IN": ["n't", "not"]}}]
_SIDE = {"LOWER": {"IN": ["left", "right", "lh", "rh"]}, "OP": "?"}
_MY = {"LOWER": {"IN": ["my", "the", "me"]}, "OP": "?"}
_FOOT = ["foot", "feet", "toes", "toe"]
_MEDICINES = ["pills", "tablets", "tabs", "meds", "medication", "medications", "medicine", "medicines",
              "painkillers", "codeine", "tramadol", "oxy", "oxys", "oxycodone", "oxycontin", "morphine",
              "sleeping", "paracetamol", "panadol", "ibuprofen", "nurofen", "diazepam", "valium",
              "gabapentin", "pregabalin", "lyrica", "amitriptyline", "zopiclone", "co-codamol", "cocodamol",
              "fentanyl", "endone", "percocet", "vicodin", "opioids", "dose", "doses", "prescription"]


# what may stand between a temperature word and a later reading: other readings, units, days and times
_IN_A_RUN_OF_READINGS = (
    r"^(\d{2,3}([.,]\d{1,2})?|c|f|°|deg|degrees?|celsius|fahrenheit|\d{1,2}([:.]\d{2})?(am|pm)?|am|pm|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"morning|mornings|night|nights|tonight|evening|evenings|afternoon|today|yesterday|midnight|noon|"
    r"lunch|lunchtime|breakfast|dinner|teatime|bedtime|midday|work|home|"
    r"day|days|this|last|in|the|on|at|then|and|but|by|now|normal|fine|ok|okay|was|were|is|are|of|"
    r"log|readings?|every|each|all|till|until|from|[,;:/()-]|->)$")
_NOT_A_TEMPERATURE_UNIT = frozenset((
    "weeks", "week", "wks", "wk", "years", "year", "yrs", "yr", "yo", "kg", "kgs", "kilos", "lbs", "pounds",
    "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "days", "cm", "mm", "km", "kms", "k",
    "miles", "percent", "%", "bpm", "steps", "times", "x"))


# "dragging it out of the bush" (a deer): something hauled, not a foot that drags; unless a leg or foot is
# named ("Now I'm dragging it across the yard", of a right leg that wouldn't lift)
_HAULED_SOMEWHERE = frozenset((
    "out", "up", "in", "into", "home", "along", "back", "over", "across", "through", "onto", "off", "down",
    "to", "around", "round", "behind", "from", "inside", "outside", "away", "uphill", "downhill"))
_A_LEG_NAMED = frozenset(("leg", "legs", "foot", "feet", "knee", "knees", "toes", "ankle", "calf", "thigh"))


def _hauls_it(doc: Any, end: int) -> bool:
    """Whether a "dragging it" ending at `end` hauls something somewhere, with no leg or foot named."""
    return (doc[end - 1].lower_ == "it" and end < len(doc) and doc[end].lower_ in _HAULED_SOMEWHERE
            and not any(token.lower_ in _A_LEG_NAMED for token in doc))


def _concept_matches(pipe: _Pipeline, doc: Any) -> list[tuple[int, int, int]]:
    """The concepts said in phrases and in token patterns, less a "fever" whose number measures something
    else ("temp fine, 38 weeks pregnant") and a "dragging it" that hauls something somewhere."""
    fever = pipe.nlp.vocab.strings["FEVER"]
    sign = pipe.nlp.vocab.strings["LEG_WEAKNESS_SIGN"]
    return [*((m, s, e) for m, s, e in pipe.concepts(doc) if not (m == sign and _hauls_it(doc, e))),
            *((m, s, e) for m, s, e in pipe.concepts_by_rule(doc)
              if not (m == fever and e < len(doc) and doc[e].lower_ in _NOT_A_TEMPERATURE_UNIT))]


def _any_of(*words: str, op: str | None = None) -> dict:
    token: dict = {"LOWER": {"IN": list(words)}}
    if op:
        token["OP"] = op
    return token


def _add_rule_concepts(matcher: Matcher) -> None:
    """Concepts said in many small variations, read from token patterns instead of phrase by phrase."""
    # The foot catching, slapping, dragging or flopping ("keep catching my left toes", "my foot's started
    # slapping", "tripping on my right foot"); not walking on the heel or toes; not lifting the foot or toes.
    sign_verbs = ("catching", "catches", "catch", "dragging", "drags", "drag", "slapping", "slaps", "slap",
                  "scuffing", "scuffs", "scuff", "scraping", "scrapes")
    matcher.add("LEG_WEAKNESS_SIGN", [
        [_any_of(*sign_verbs), _MY, _SIDE, _any_of(*_FOOT)],
        [_any_of("tripping", "trip", "trips", "stumbling"), _any_of("on", "over"), _MY, _SIDE,
         _any_of(*_FOOT)],
        [_any_of("foot", "feet", "toes"),
         _any_of("'s", "is", "keeps", "keep", "has", "have", "just", "started", "starting", "been", "kind",
                 "sort", "of", "now", "kinda", "sorta", "a", "bit", "also", op="*"),
         _any_of("catching", "catches", "slapping", "slaps", "flops", "flopping", "floppy", "drags",
                 "dragging", "scuffing", "scuffs", "scrapes", "scraping", "flopped")],
        [*_NOT, _any_of("walk", "stand", "go", "get"), _any_of("on", "up", "onto"), _MY, _SIDE,
         _any_of("heel", "heels", "toes", "tiptoe", "tiptoes", "tippy", "tip")],
        [*_NOT, _any_of("lift", "raise", "pull", "point", "flex"), _MY, _SIDE, _any_of(*_FOOT)],
    ])
    # "can't lift my left leg", "the leg just won't push me up", "my strength is reducing": a weak leg
    matcher.add("WEAK", [
        [*_NOT, _any_of("lift", "raise"), _MY, _SIDE, _any_of("leg", "legs", "knee")],
        [_any_of("leg", "legs", "knee", "knees", "foot"),
         _any_of("just", "simply", "really", "now", "still", op="*"),
         _any_of("wo", "will", "does", "do", "ca", "can", "did"), _any_of("n't", "not"),
         _any_of("push", "hold", "support", "carry", "take", "bear", "lift", "work", "move", "respond")],
        [{"LOWER": "strength"}, _any_of("is", "'s", "keeps", op="?"),
         _any_of("reducing", "going", "fading", "dropping", "decreasing", "disappearing", "less")],
    ])
    # "the right one's started as well", "the other leg too", "the right joined in": the second leg
    matcher.add("BOTH_LEGS", [
        [_any_of("other", "right", "left"), _any_of("one", "leg", "side", "foot"),
         _any_of("'s", "is", "has", "now", "just", "started", "starting", "gone", "going", "got", "doing",
                 "it", "too", "also", "as", "well", op="*"),
         _any_of("too", "also", "well")],
        [_any_of("other", "right", "left"), _any_of("one", "leg", "side", op="?"),
         _any_of("'s", "has", "have", "now", "just", op="*"), _any_of("joined", "joining"), {"LOWER": "in"}],
    ])
    # "7 kg down", "8 lbs lighter", "my weight is reducing", "the weight's just come off": weight gone
    matcher.add("WEIGHT_LOSS", [
        [{"LIKE_NUM": True}, _any_of("kg", "kgs", "kilos", "kilo", "pounds", "lbs", "lb", "stone"),
         _any_of("down", "lighter", "less", "off")],
        [{"LOWER": "weight"}, _any_of("is", "'s", "has", "keeps", "just", "been", "steadily", op="*"),
         _any_of("reducing", "dropping", "falling", "dropped", "fallen", "melting", "melted")],
        [{"LOWER": "weight"}, _any_of("is", "'s", "has", "keeps", "just", "been", "steadily", op="*"),
         _any_of("come", "coming", "gone", "going"), _any_of("off", "down", "away")],
    ])
    # "saving up my codeine", "took double my sleeping tablets", "took ... more than I'm meant to",
    # "took half the bottle": an overdose, or getting ready for one
    anything = {"OP": "?"}
    matcher.add("OVERDOSE", [
        [_any_of("saving", "saved", "save", "stockpiling", "stockpile", "hoarding", "hoard", "hoarded",
                 "stashing", "stash", "stashed", "squirrelling", "squirreling"),
         _any_of("up", "away", op="?"), _any_of("my", "the", "all", "some", "of", "up", op="*"),
         _any_of(*_MEDICINES)],
        [_any_of("took", "taken", "take", "taking", "swallowed", "necked"),
         _any_of("double", "triple", "treble", "twice", "three", "four"),
         _any_of("my", "the", "of", "what", "times", "i", "'m", "am", "was", "a", "an", op="*"),
         _any_of(*_MEDICINES, "amount", "maximum", "max", "prescribed", "recommended", "usual", "normal")],
        [_any_of("took", "taken", "taking", "swallowed", "necked", "had"),
         _any_of("like", "about", "nearly", "almost", "maybe", "around", "over", op="?"), {"LOWER": "half"},
         _any_of("the", "a", "my"), _any_of("bottle", "packet", "pack", "box", "tub", "strip", "blister")],
        [_any_of("took", "taken", "taking", "swallowed", "had"), anything, anything, anything,
         _any_of("more", "extra"), anything, anything, anything, anything, {"LOWER": "than"}, anything,
         anything, _any_of("meant", "supposed", "allowed", "prescribed", "should", "recommended")],
    ])
    # "had about 20 Panadol with wine tonight": many tablets at once may be an overdose, or may be a week's
    # ordinary use, so it is checked with one question rather than escalated
    matcher.add("MANY_PILLS", [
        [_any_of("took", "taken", "taking", "swallowed", "necked", "had", "downed"),
         _any_of("about", "like", "nearly", "almost", "maybe", "around", "over", "at", "least", op="*"),
         {"LOWER": {"REGEX": r"^([1-9]\d{1,2}|twelve|fifteen|twenty|thirty|forty|fifty|dozen)$"}},
         _any_of("or", "so", "of", "my", "the", "odd", "ish", op="*"), _any_of(*_MEDICINES)],
        # "had about 20 of the extra strength ones today"
        [_any_of("took", "taken", "taking", "swallowed", "necked", "had", "downed"),
         _any_of("about", "like", "nearly", "almost", "maybe", "around", "over", "at", "least", op="*"),
         {"LOWER": {"REGEX": r"^([1-9]\d{1,2}|twelve|fifteen|twenty|thirty|forty|fifty|dozen)$"}},
         _any_of("or", "so", "of", "my", "the", "those", "these", "odd", "ish", op="*"),
         _any_of("extra", "strength", "max", "maximum", "strong", "regular", "big", "little", op="*"),
         _any_of("ones", "tablets", "pills", "capsules", "caps", "tabs")],
    ])
    _add_vascular_rule_concepts(matcher)
    # "I hope I just don't wake up", "hoping I wouldn't wake up"
    matcher.add("SELF_HARM", [
        [_any_of("hope", "hoping", "hoped", "wish", "wishing", "wished", "pray", "praying", "prayed"),
         _any_of("that", op="?"), {"LOWER": "i"}, _any_of("just", "simply", op="?"),
         _any_of("do", "would", "wo", "did", "will", "could", op="?"), _any_of("n't", "not", "never"),
         _any_of("wake", "waking")],
    ])


_BELLY = [w for w in lexicon.CONCEPTS["BELLY"] if " " not in w]
_BEATS = ("thumping", "thumps", "thudding", "thuds", "pounding", "pounds", "pulsing", "pulsating", "beating",
          "ticking", "fluttering")
_SPREADS = ("wrapping", "wraps", "wrapped", "wrap", "going", "goes", "went", "spreading", "spreads", "spread",
            "radiating", "radiates", "radiated", "moving", "moves", "moved", "coming", "comes", "came",
            "shooting", "shoots", "shot", "travelling", "traveling", "travels", "reaching", "reaches",
            "creeping", "creeps", "extending", "extends", "pulling", "pulls", "boring", "bores")
_VESSEL = ("vessel", "vessels", "artery", "arteries", "aorta", "aortas")
_BULGE = ("bulge", "bulging", "bulges", "swelling", "swollen", "ballooning", "balloon", "ballooned",
          "widening", "widened", "dilated", "dilation", "dilatation", "enlarged", "enlargement", "stretched",
          "weak", "weakness", "weakened", "aneurysm")


def _add_vascular_rule_concepts(matcher: Matcher) -> None:
    """The vascular signs in plain words: a beat in the belly, pain spreading into the belly, and a known
    aneurysm said without the word."""
    fillers = ("a", "an", "the", "my", "me", "of", "kind", "sort", "bit", "little", "strange", "weird",
               "funny", "odd", "like", "really", "lower", "upper", "left", "right", "middle", "whole")
    # "a thumping in my belly", "a pounding feeling in my tummy", "my stomach is kind of thumping"
    matcher.add("PULSING", [
        [_any_of(*_BEATS), _any_of("feeling", "sensation", "thing", "lump", "pulse", "beat", op="?"),
         _any_of("in", "inside", "within", "through", "across", "around", "at", "near"),
         _any_of(*fillers, op="*"), _any_of(*_BELLY)],
        [_any_of(*_BELLY), _any_of("is", "'s", "keeps", "kept", "feels", "felt", "was", "has", "been", "just",
                                   "starts", "started", "goes", "going", "it", *fillers, op="*"),
         _any_of(*_BEATS)],
    ])
    # "wrapping around into my stomach", "goes round to the front of my belly": back pain spreading into the
    # belly (with the belly, a possible vascular sign: checked; "goes round to my side" is not)
    into_the_belly = [
        [_any_of(*_SPREADS), _any_of("all", "right", "straight", "kind", "sort", "of", op="*"),
         _any_of("around", "round", "into", "through", "across", "towards", "toward", "to"),
         _any_of("around", "round", "into", "through", "to", "the", "my", "me", "front", "of", "lower",
                 "upper", "whole", "middle", op="*"),
         _any_of(*_BELLY)],
    ]
    matcher.add("PAIN", into_the_belly)
    matcher.add("INTO_BELLY", into_the_belly)  # (the same words, for a finding told across a message)
    # "a bulge on the big blood vessel in my belly", "swelling on my aorta", "my main artery is enlarged"
    vessel_words = ("the", "my", "a", "an", "big", "main", "large", "major", "blood", "one", "of", "in", "on")
    matcher.add("ANEURYSM", [
        [_any_of(*_BULGE), _any_of("in", "on", "of", "at", "to"), _any_of(*vessel_words, op="*"),
         _any_of(*_VESSEL)],
        [_any_of("big", "main", "large", "major"), {"LOWER": "blood", "OP": "?"}, _any_of(*_VESSEL),
         _any_of("is", "'s", "was", "has", "been", "a", "bit", "getting", "got", "that", "which", op="*"),
         _any_of(*_BULGE)],
        [_any_of("aortic", "aorta", "artery", "arterial"), _any_of(*_BULGE)],
    ])


# Illnesses named after a symptom are not that symptom now ("glandular fever 30 years ago", "hay fever").
_ILLNESS_NAMES = re.compile(r"\b(glandular|hay|scarlet|rheumatic|yellow|dengue|typhoid|"
                            # a craze, not a temperature: "football fever", "cabin fever"
                            r"football|footy|rugby|soccer|cricket|cup|finals|cabin|spring|gold|election|"
                            r"saturday night|christmas|holiday) fever\b")
# "I don't feel nothing" (English learned from Spanish, Tagalog and others): feels nothing, a double negative
# that is no denial
_DOUBLE_NEGATIVE = re.compile(r"\b(do not|don't|dont|can't|cant|cannot|can not|did not|didn't|didnt) "
                              r"(feel|felt) (nothing|no thing)\b")


# Irish and Scots "me"/"ma" for "my" before a relative: "me da's on long-term prednisone", "typin for ma gran"
_MY_RELATIVE = re.compile(r"\b(?:me|ma) (da|dad|daddy|mam|ma|mammy|mum|mother|father|nan|nana|gran|granny|"
                          r"grandad|granda|brother|sister|son|daughter|boy|lassie|wean|husband|wife|partner|"
                          r"fella|missus|auld fella|oul fella)\b")
_RELATIVE_WORDS = {"da": "dad", "daddy": "dad", "ma": "mum", "mammy": "mum", "auld fella": "dad",
                   "oul fella": "dad"}
# "my old man's got osteoporosis": a father (or husband), not the person
_OLD_MAN = re.compile(r"\b(my|me|ma) old man\b")  # (not "my old fella", which may be his penis)
_OLD_LADY = re.compile(r"\b(my|me|ma) old (lady|girl|dear)\b")


def _expand(text: str) -> str:
    text = _ILLNESS_NAMES.sub(lambda m: f"{m.group(1).replace(' ', '-')}-illness", text)
    text = _DOUBLE_NEGATIVE.sub(r"\2 nothing", text)
    text = _MY_RELATIVE.sub(lambda m: "my " + _RELATIVE_WORDS.get(m.group(1), m.group(1)), text)
    text = _OLD_LADY.sub("my mum", _OLD_MAN.sub("my dad", text))
    text = _SEE_A_DOCTOR_TYPED.sub(r"see \1 \2", _FOR_TYPED.sub(r"for \1", text))
    return re.sub(r"[a-z0-9]+", lambda m: _CONTRACTIONS.get(m.group(0), m.group(0)), text)


# text-speak "c a dr", "4 my back": a "c" or "4" alone is no word to expand ("hep c", "4 a day")
_SEE_A_DOCTOR_TYPED = re.compile(r"\bc (a|the|my|ur|your) (dr|doc|doctor|gp|physio|nurse)\b")
_FOR_TYPED = re.compile(r"\b4 (my|the|ur|your|a back|back)\b")


@lru_cache(maxsize=20_000)
def _corrected(word: str) -> str:
    """A misspelt word mapped to the clinical vocabulary; English words and short words stay as they are."""
    pipe = _pipeline()
    if len(word) < 4 or word in pipe.english or word in pipe.vocabulary:
        return word
    match = difflib.get_close_matches(word, pipe.vocabulary, n=1, cutoff=0.8)
    if match and len(word) == 4 and len(match[0]) > 5:
        return word  # a short word is not a longer one missing two letters ("Tama", a name, is no "tramal")
    return match[0] if match else word


_PLURAL_LIMB = {"leg": "legs", "foot": "feet", "knee": "knees", "side": "sides"}
_NEITHER_LEG_FAILS = re.compile(r"\bneither (?:one of |of )?(?:my |the )?(legs?|foot|feet|knees?|sides?) "
                                r"(will|would|can|could|does|do|wants? to|is going to|seems? to)(?: not)?\b")


def _both_fail(match: re.Match) -> str:
    limbs, verb = _PLURAL_LIMB.get(match.group(1), match.group(1)), match.group(2)
    # ("neither leg wants to work" -> "both legs will not work")
    return f"both {limbs} {'will' if verb.endswith(' to') else verb} not"


_BECAME_COMPLETELY = re.compile(r"\b(gone|went|going) (completely|totally|all|fully|really|properly) "
                                r"(numb|dead|weak|floppy|heavy|wobbly|tingly|cold|useless)\b")


_SYMPTOM_GONE = re.compile(r"\b((?:numbness|numb (?:bit|patch|spot|area|feeling)|tingling|"
                           r"tingly (?:bit|feeling)|pins and needles|weakness|soreness|the pain|the ache)"
                           r"(?: [a-z']+){0,8}?) (?:has|had|is|was) (?:completely |totally |fully |all )?"
                           r"gone\b(?! (?:numb|dead|weak|floppy|heavy|worse|bad))")


# A list scored nought ("fever 0, numbness 0, bladder problems 0, pain 4"): each thing scored 0 is denied
_SCORED_NOUGHT = re.compile(r"(?<![\w.])(?P<what>[a-z][a-z' ]{2,30}?)\s*(?::|=|-)?\s*(?<![\d.])(?:0|zero|nil)"
                            r"(?:\s*/\s*10| out of 10)?(?=\s*(?:[,;.]|and\b|$))")
_NOT_A_THING_SCORED = re.compile(r"\b(to|at|from|by|down|up|of|is|was|reached|hit)$")


# (a function scored nought is lost, even alone: "bladder control 0/10")
_A_FUNCTION = re.compile(r"\b(control|strength|power|feeling|sensation)$")


def _function_lost(what: str) -> str:
    """"bladder control" scored nought: "lost control of my bladder" ("leg strength": "lost strength in my
    leg")."""
    *part, function = what.split()
    if not part:
        return f"lost {function}"
    joiner = "of" if function == "control" else "in"
    return f"lost {function} {joiner} my {' '.join(part)}"


def _nought_scores_denied(text: str) -> str:
    scored = [m for m in _SCORED_NOUGHT.finditer(text) if not _NOT_A_THING_SCORED.search(m["what"].strip())]
    if len(scored) < 2:
        scored = [m for m in scored if _A_FUNCTION.search(m["what"].strip())]
    for score in reversed(scored):
        what = re.sub(r"^(and|or|with|plus|scores?|ratings?|as asked)\s+", "", score["what"].strip())
        said = _function_lost(what) if _A_FUNCTION.search(what) else f"no {what}"
        text = f"{text[:score.start()]}{said}{text[score.end():]}"
    return text


_NAMED_QUESTION = re.compile(r"\b(?:the|that|your) (?:[a-z']+ ){1,3}?(?:question|one about)\b")
# A "no" about before is no "no" about now, for any sign: "no numbness before today" tells numbness today;
# "no numbness before and this morning my bum went numb", "no fever before and this morning 39.2" tell one now
_NOTHING_UNTIL_LATELY = re.compile(r"\b(?:no|never had an?|never had any) ((?:[a-z']+ ){0,2}[a-z']+) "
                                   r"(?:before|until|till|up to) (today|this morning|last night|yesterday)\b")
_FEVER_FOR_TEMPERATURE = {"temperature": "a fever", "temp": "a fever", "high temp": "a fever"}
_HIGH_NUMBER = r"(3[89]|4[0-2]|10[0-5])([.,]\d)?"  # a temperature in C or F that is a fever
_NOTHING_BEFORE_BUT_NOW = re.compile(
    r"\b(?:no|never had an?|never had any) (?:[a-z']+ ){1,3}?before\b(?=[^.?!]*(\b(now|today|tonight|this "
    r"morning|last night|yesterday|since)\b|(?<!i'm )(?<!i am )(?<!aged )(?<!age )\b" + _HIGH_NUMBER +
    r"\b(?!\s*(hours?|hrs?|h|mins?|minutes?|days?|weeks?|kg|kilos?|years?|yrs?|y/?o|%))))")
# a person in a show or a story ("a character lost all feeling down below"), never "I'm a bit of a
# character", "like a character in a horror film", "I'm the main character" or "a character limit"
_A_CHARACTER = re.compile(r"(?<!of )(?<!quite )(?<!such )(?<!real )(?<!like )(?<!i'm )(?<!i am )"
                          r"\b(a|the|one|this) ((main|tv|film|movie) )?character\b(?! limit)")
_A_SHOW_OR_STORY = re.compile(r"\b(watching|watched|show|series|drama|soap|film|movie|episode|programme|"
                              r"program|book|novel)\b")
# "question only for my knowledge: when back pain comes with fever ...?": the "my" of why one asks tells
# nothing of oneself
_FOR_MY_KNOWLEDGE = re.compile(r"\b(for|to) my (own )?(knowledge|information|info|interest|understanding|"
                               r"curiosity|studies|course)\b")
# "lost 8kg with covid but it all came back on": weight lost and regained, all of it, is no weight loss. Only
# the weight's own words go (what is said between them stays, and so does a sign after: "... and now my bum is
# numb"); never a part regained, a loss still going on, or "the numbness came back on Monday"
_WEIGHT_REGAINED = re.compile(
    r"\b(lost|dropped|shed)\b[^.?!;]{0,40}?(\b|\d)(weight|kg|kgs|kilos?|pounds|lbs|stone)\b"
    r"(?![^.?!;]*\b(without trying|no idea why|falling off|dropping off|again)\b)"
    r"(?P<between>[^.?!;]{0,40}?)"
    r"\b((it'?s|it has|it|they|they'?ve|the weight) all (came|come|crept|piled) back on|"
    r"all of it (came|has come) back on|(put|gained|got) (it|them|the weight) all back( on)?|"
    r"regained (it|them|the weight) all)\b")

# "heatwave here, the temperature was 40 today": the air's temperature, not the person's ("my temperature",
# "a temperature of 39" and "temp 39" with no word of the weather stay readings)
_WEATHER = re.compile(r"\b(heat ?wave|scorch\w*|swelter\w*|degrees out(side)?|in the shade|forecast)\b|"
                      r"\b(temp|temperature)s? (outside|out there|in the shade|in the car)\b|"
                      r"\b(outside|air|the day'?s) (temp|temperature)\b")
# ... never beside a sign of fever in the person, nor where the weather is ruled out ("it's not the weather")
_FEVER_BESIDE = re.compile(r"\b(shiver\w*|freez\w*|shak\w*|chills?|burning up|thermometer|feverish|fever|"
                           r"sweat\w*|(not|isn'?t|wasn'?t) (the |even |from the )?"
                           r"(weather|heat ?wave|heat|hot|sun))\b")
_AIR_TEMPERATURE = re.compile(r"(?<!my )(?<!his )(?<!her )(?<!your )(?<!a )(?<!body )(?<!high )(?<!running )"
                              r"(?<!got )(?<!have )"
                              r"\b((the|outside|air) )?(temp|temperature)s?( outside| out there)?\b")
# "my fever broke on Tuesday": it went away; not "my temp broke 39" (went over it), nor a fever still there,
# back, coming each night, or told another way after it (_FEVER_TOLD_ANOTHER_WAY: a reading, chills, a
# medicine keeping it down)
_FEVER_BROKE = re.compile(r"\b(fever|temperature|temp)( finally| eventually)? (broke|has broken|'s broken|"
                          r"had broken)\b(?!\s*\d)(?P<rest>[^.?!]*)")
_STILL_THERE = re.compile(r"\b(still|again|came back|come back|back up|returned|every|each|nightly|"
                          r"drenched)\b")


def _fever_over(broke: re.Match) -> str:
    rest = broke["rest"]
    if _STILL_THERE.search(rest) or _FEVER_TOLD_ANOTHER_WAY.search(rest):
        return broke[0]
    return f"{broke[1]} went away{rest}"


# "my temperature has been 39 since yesterday", "my temp is still 39": a reading now (only with "my": a
# pool's, the office's or the week's temperature "has been 40" too; not "has been 39 before, but not with
# this", "38 at most")
_TEMPERATURE_HAS_BEEN = re.compile(
    r"\bmy (temp|temperature)( has|'s| have| is)? (been|stayed|peaked|hovered|hovering|still)"
    r"( at| around| about)? "
    r"(?=" + _HIGH_NUMBER + r"\b(?![.,]?\d)(?!\s*(before|when|at most|or so|in the past|usually|or less|max|"
    r"once)\b)(?![^.?!]*\bbut not\b))")
# "mine isn't like his, it's getting weaker": a comparison, whose "not" denies nothing of the writer's
_MINE_UNLIKE = re.compile(r"\bmine (isn'?t|is not|'s not) (the same as|like) (his|hers|theirs)\b")
# "Bladder: no change, still can't go": unchanged and still there, no denial ("no change" alone stays one)
_UNCHANGED_AND_STILL = re.compile(r"\b(bladder|bowels?|waterworks|wee|pee)( is| are|:| -)? "
                                  r"(no change|unchanged|no different|the same|same as before|not changed|"
                                  r"hasn'?t changed),? "
                                  r"(?=still (can'?t|cannot|can not|unable to|not able to)\b)")
# A checklist answered label by label ("Fever: none.", "2. bladder: nil", "Numb groin - no."): "no fever";
# only a plain answer, with no retraction or reading after it ("Numb bum: no, well yes a bit", "Fever: no,
# 39.4 this evening"). A label that names an ability ("Able to pee: no") is left alone: its "no" tells the
# sign. After a dash (with a space beside it: not "self-harm"), only a label told by no one and at no time
# ("I think I've just wet myself - no", "Wet myself again - no!", "numb down below since Tuesday - no" take
# nothing back; see _answered_no_in_a_list)
_FORM_ANSWER_NO = (r"\s*(none|no|nil|nope|negative|nothing)( at all| whatsoever)?(?=\s*([.;!?\n]|$))"
                   r"(?![.;!?\s]*(actually|well|wait|sorry|yes|yeah|hmm|um|oh|except|but|apart|since|\d))")
_NOT_IN_A_LABEL = r"able|can|could|normal|normally|ok|okay|fine|output"
_NOT_IN_A_DASHED_LABEL = (_NOT_IN_A_LABEL + r"|i|i've|i'm|me|my|myself|mi|ma|since|again|still|now|today|"
                          r"yesterday|just|last|this|tonight|morning")
_LABEL_ANSWERED_NO = re.compile(
    r"(^|[.;,!?:]\s*|\d[.)]\s*)"
    r"(?:(?P<label>(?:(?!\b(?:" + _NOT_IN_A_LABEL + r")\b)[a-z' ]){1,30}?)(?<=[a-z'])\s*:"
    r"|(?P<dashed>(?:(?!\b(?:" + _NOT_IN_A_DASHED_LABEL + r")\b)[a-z' ]){1,30}?)(?<=[a-z'])(\s+-+|-+(?=\s)))"
    + _FORM_ANSWER_NO)
# A list of questions each answered after a comma ("Medic asked: any bladder issues, no. saddle numbness,
# no."): read as above when two or more are so answered (one alone may be a sign told: "bladder control,
# no."), and never a function ("any feeling, no.")
_COMMA_LABEL_ANSWERED_NO = re.compile(
    r"(^|[.;!?:]\s*|\d[.)]\s*)(?P<label>(?:(?!\b(?:" + _NOT_IN_A_DASHED_LABEL
    + r"|feeling|control|sensation|power|strength|pee|wee|go|going)\b)[a-z' ]){1,30}?)(?<=[a-z']),"
    + _FORM_ANSWER_NO)


def _label_denied(answered: re.Match) -> str:
    return f"{answered[1]}no {answered['label'] or answered['dashed']}"


# "I wouldn't say my legs are weak at all": "my legs are not weak at all" (only with "at all"; "I wouldn't say
# it's a fever exactly, just 38.4" hedges and tells one)
_WOULD_NOT_SAY_AT_ALL = re.compile(r"\b(i )?(wouldn'?t|would not) say (that )?"
                                   r"((my|i'?m|i am|i have|i'?ve|it'?s|it is)\b[^.,;?!]{0,30}?"
                                   r"\b(is|are|am|'m|have|'ve|'s))\s+"
                                   r"([^.,;?!]{1,30}?) at all\b")
# "I wouldn't say I'm numb down there, just achy": a hedged denial, neither said nor denied, so checked ("not
# sure"). The hedge ends where a new clause starts ("I wouldn't say it hurts much I just can't feel my bits",
# "I wouldn't say the back is the worst, it's the shocks down both legs" tell their signs plainly). With "at
# all" it is a denial, read before this. Not a hedged word with a fever reading after it ("wouldn't call it a
# fever, just 38.4"), nor a sign said to be no better or normal.
_NEW_CLAUSE = r"(just|but|though|although|and|so|because|cos|i|it'?s|its|they'?re|theyre)"
_HEDGED_DENIAL = re.compile(r"\b(i )?(wouldn'?t|would not)( really| exactly)? (say|call it)\b"
                            r"(?![^.!?]*\b" + _HIGH_NUMBER + r"\b)"
                            r"(?![^.,;!?]*\b(better|improv\w*|eas(ing|ed)|less|gone|going away|settl\w*|fine|"
                            r"normal|ok|okay|right)\b)"
                            r"(?P<hedged> [^\s.,;!?]+((?! " + _NEW_CLAUSE + r"\b) [^\s.,;!?]+)*)")
# A muscle's power graded out of 5 by a health worker ("EHL 4/5 this morning, 2/5 now"): below 5 is weakness,
# and a lower grade later in the same sentence is weakness getting worse; on both sides, both legs. Only
# beside a named muscle or movement, in a sentence that scores no pain, ache or swelling, not a date
# ("4/5/2024") nor a count ("4/5 days"), and not when a full 5/5 follows.
_MUSCLE = (r"(power|strength|dorsiflexion|plantarflexion|plantar flexion|df|pf|ehl|fhl|eversion|"
           r"hip flexion|knee extension|quads|quadriceps|hamstrings|tib ant|tibialis anterior|myotome|"
           r"toe extension|l[2-5]|s1|mrc)")
_A_GRADE = r"(?<![\d/])(?<!\bon )[0-4][+-]?/5\b(?!/\d)(?! (days?|sets?|reps?|times?|weeks?)\b)"
_MUSCLE_GRADE = re.compile(r"\b" + _MUSCLE + r"\b(?P<between>[^.;!?]{0,40}?)(?P<grade>" + _A_GRADE + r")"
                           r"(?P<later>(?P<gap>[^.;!?]{0,40}?)(?P<lower>" + _A_GRADE + r"))?")
_NOT_A_POWER_GRADE = re.compile(r"\b(pain\w*|sore\w*|ache\w*|aching|swell\w*|scale|rated?|rating|"
                                r"irritation)\b|\b5/5\b")


def _graded_weakness(graded: re.Match) -> str:
    sentence_after = graded.string[graded.end():].split(".")[0]
    if _NOT_A_POWER_GRADE.search(graded[0] + sentence_after):
        return graded[0]
    # (a grade on each side, "left EHL 4/5, right EHL 3/5", is both legs, not one getting worse)
    each_side = bool(graded["later"]) and bool(re.search(r"\b(left|right|l|r)\b", graded["gap"]))
    both = each_side or re.search(r"\b(bilateral\w*|both sides|both legs)\b", sentence_after)
    said = f"{graded[1]}{graded['between']}weak {'both legs' if both else 'leg'}"  # (EHL names no leg)
    if graded["later"] and not each_side and int(graded["lower"][0]) < int(graded["grade"][0]):
        return f"{said}, getting weaker,{graded['gap']}"  # (what is told between the grades stays)
    return said + (graded["later"] or "")


# "my right leg is weak, the left is fine": the other side's "fine" is a clause of its own, not a denial of
# the first side's sign (as with "but")
_SIDE_FINE = r"(normal|fine|ok|okay|strong|good|alright|all right|unaffected)"
_OTHER_SIDE_FINE = re.compile(r",\s+(?=(the |my )?(left|right|other)( one| leg| foot| side)?"
                              r"( is|'s| feels| seems)? " + _SIDE_FINE + r"\b)")
# "erection trouble for years with my diabetes, no different since my back went": unchanged through this back
# pain and there for years, so not new since it (the words of the back pain's start are dropped; "weak leg,
# no different since the pain started this morning" is new, and stays so)
_UNCHANGED_SINCE_THE_PAIN = re.compile(r"\b(no different|unchanged|not changed|hasn'?t changed|no worse|"
                                       r"the same|same as ever) since (the|my|this) (back|pain)\b[^.,;!?]*")
_FOR_YEARS = re.compile(r"\b(for (many |several |some )?(years|decades|ages|a long time)|years ago|"
                        r"since (i was|childhood|having|the kids|my teens)|long before|well before)\b")


def _unchanged_for_years(sentence: re.Match) -> str:
    said = sentence[0]
    return _UNCHANGED_SINCE_THE_PAIN.sub(r"\1", said) if _FOR_YEARS.search(said) else said


# "all that leaks is my swearing": what leaks is named, and it is not the bladder or bowel (unless
# the message also tells of the person's own leak: "the tap is leaking and so am I")
_LEAKED_THINGS = r"(language|mouth|swearing|words|secrets|nose|eyes|ears?|tears|roof|tap|radiator|gutter)"
_LEAKING_SOMETHING_ELSE = re.compile(r"\b(leak\w*|dribbl\w*)( is| are| was| from)? (my |the )?"
                                     + _LEAKED_THINGS + r"\b|\b" + _LEAKED_THINGS
                                     + r"( is| are|'s)? (leak\w*|dribbl\w*)\b")
_OWN_LEAK_TOO = re.compile(r"\b(so am i|so is my|me too|and me|pee|wee|urine|bladder|bowels?|poo|wet myself|"
                           r"pants|pads?)\b")
# "I haven't been able to feel my bum since Monday": still unable, as "can't" (not before "go" or "pass": "not
# been able to go" says more of the bladder than "can't go", lexicon RETENTION); "haven't peed normally"
_NOT_BEEN_ABLE_TO = re.compile(r"\b(haven'?t|have not|hasn'?t|has not|not) been able to\b(?! (go|pass)\b)")
# "why do you need to know if I can pee, I can't anyway": the "can't" left bare is the same doing, denied
_CAN_ASKED_THEN_CANNOT = re.compile(
    r"\b(?:if|whether) i can (?P<doing>pee|wee|urinate|poo|walk|stand|feel (?:my |the )?[a-z]+)\b"
    r"[^!?]{0,60}?\bi (?:can'?t|cannot|can not)(?=(?: anyway| at all| though| tho| either)?\s*(?:[.,!?]|$))")
_NOT_PEED_NORMALLY = re.compile(r"\b(haven'?t|have not|not) (been )?(?P<verb>pee|wee|poo)(d|ing) normally\b")
# "I can't tell if I'm peeing normally", "not sure I can empty my bladder": a doubt about passing urine or
# stool, checked with one question (as "maybe I can't pee properly")
_DOUBT_ABOUT_PASSING = re.compile(r"\b(i )?((can'?t|cannot) (say|tell)|(i'?m )?not sure|don'?t know)"
                                  r"( if| whether| that)? i('?m| am)?( can| could)? "
                                  r"(?P<verb>pee|wee|urinate|empty|poo)\w*\b"
                                  r"(?P<what> my bladder| my bowels?)?"
                                  r"( normally| properly| fully| right)?")
# "peed fine yesterday but today I can't go at all": after a word of passing urine, "can't go" is about it
# (not "can't go to work", "can't go out")
_CANNOT_GO_AFTER_PEEING = re.compile(r"\b(?P<said>(pee|wee|urin|bladder)\w*\b[^.!?]{0,60}?"
                                     r"\b(can'?t|cannot|can not|unable to)) go\b"
                                     r"(?! (to|out|back|on|home|in|into|for|anywhere|far|up|down)\b)")
# "I can't pee normally": a sign (as "properly"), not the "normally" of a denial ("peeing normally"); said
# now only ("couldn't pee normally yesterday, fine now" is left to the usual reading)
_CANNOT_DO_NORMALLY = re.compile(r"\b((can'?t|cannot|can not|unable to|not able to)( \w+){1,3}) normally\b")
# "what if I never feel my bum again?", "will the feeling down there come back?": asked as a worry, but it
# says the feeling is gone now, so it is checked (a sentence saying so is added; the worry stays
# hypothetical), unless the message says it came back
_SADDLE = (r"(bum|bottom|butt|backside|behind|bits|privates|private parts|genitals|groin|down there|"
           r"down below)")
_SADDLE_FEELING_GONE = re.compile(
    r"\b((n?ever|again) (be able to )?feel (my |anything )?" + _SADDLE + r"( properly)? again|"
    r"feeling ((in|down|around) (my )?" + _SADDLE + r"|down there|down below) (ever |never )?(be )?"
    r"(come|comes|coming) back|"
    r"get (the |any )?feeling back (in|down|around) (my )?" + _SADDLE + r")\b")
_FEELING_CAME_BACK = re.compile(r"\b(went away|came back|gone now|fine now|normal now|all good now|"
                                r"back to normal)\b")
# Standing at a drop too long ("stood on the motorway bridge for ages, staring down"), and doubting that
# life is worth it ("I wonder if it's worth carrying on", "not sure life is worth it"): possible crisis
# words, checked with one question (a bridge, a platform or a cliff alone are places, not a crisis)
_AT_A_DROP = re.compile(r"\b(stood|standing|stand|sat|sitting) (on|at) (the |a )?(edge of )?(the |a )?"
                        r"(\w+ )?(bridge|ledge|cliff|platform|roof|balcony)\b(?=[^.!?]{0,60}"
                        r"\b(looking down|staring down|longer than i should|too long)\b)")
# A way to hang oneself made ready: rope beside a beam or rafter said to take one's weight ("got some rope,
# the rafters in the shed will hold my weight"), or a noose: checked with one gentle question, as
# giving up is (a rope swing, a banister that takes one's weight on the stairs: neither alone)
_ROPE = re.compile(r"\brope\b(?! (ladder|burn|swing|toy|bridge|halter))")
_TAKES_MY_WEIGHT = re.compile(r"\b(beams?|rafters?|loft hatch)\b[^.!?]{0,40}\b(?<!n't )(?<!not )"
                              r"(take|takes|hold|holds|bear|support) my weight\b")
_NOOSE = re.compile(r"\bnoose\b(?! knot)")
# "suppose I had a pulsing belly", "if I fall on the ice with thin bones", "if your (or my) bum ever goes
# numb": supposed, said as "if ever" ("I suppose I got ...", "not sure if I fell or fainted" and "I don't know
# if my legs ever felt this weak" are reports)
_SUPPOSED_OF_ME = re.compile(r"(?<!\bi )(?<!\bi'd )\bsuppose i (?=(got|had|get|have|was|were|did)\b)|"
                             r"(?<!sure )(?<!know )(?<!whether )(?<!wonder )(?<!wondering )"
                             r"\bif i (?=(fell|fall|had a fall)\b(?! asleep))")
_SUPPOSED_OF_ANYONE = re.compile(r"(?<!know )(?<!sure )(?<!wonder )(?<!wondering )(?<!whether )(?<!tell )"
                                 r"\bif ((your|my) \w+(?: \w+)?) ever\b")
# "hypothetically. if my foot went floppy. is that bad": the word said as a sentence of its own still heads
# the "if" that follows it
_HYPOTHETICALLY_ALONE = re.compile(r"\bhypothetically\s*[.:;!-]+\s*if\b")


_LIFE_NOT_WORTH = re.compile(r"\b(wonder(ing|ed)? (if|whether)|not sure( if| whether)?|don'?t know if|"
                             r"dunno if) (it'?s|life'?s|life is|it is|it'?s all|any of it is) worth "
                             r"(it|going on|carrying on|living|being here)( any ?more| at all)?"
                             r"(?=\s*([.,;!?]|$))")
# Leg strength rated out of 10, side by side ("leg strength: left 10, right about 7"): the lower side is
# weaker
_STRENGTH_RATED = re.compile(r"\b(strength|strong|power)\b")
_SIDE_RATED = re.compile(r"\b(?P<side>left|right)( leg| side)?( is| at| =|:)?"
                         r"( about| around| maybe| roughly| like)? (?P<score>10|[0-9])"
                         r"(?! ?(am|pm|days?|weeks?|hours?|hrs|mins?|minutes|kg|percent|%))"
                         r"( ?/ ?10| out of 10)?\b")
_NOT_A_STRENGTH_RATING = re.compile(r"\b(pain\w*|sore\w*|ache\w*|aching|hurt\w*|swell\w*|stiff\w*|grip|arms?|"
                                    r"hands?|shoulders?|numb\w*|tingl\w*|normal|fine|good|ok|okay)\b")


def _strength_ratings_compared(sentence: re.Match) -> str:
    said = sentence[0]
    if not _STRENGTH_RATED.search(said) or _NOT_A_STRENGTH_RATING.search(said):
        return said
    scores = {rated["side"]: int(rated["score"]) for rated in _SIDE_RATED.finditer(said)}
    if len(scores) != 2 or scores["left"] == scores["right"]:
        return said
    weaker, stronger = sorted(scores, key=scores.get)
    return f"{said}. my {weaker} leg is weaker than my {stronger} leg"


# The writer told as a character ("the lad has been let down by his left leg ... The lad is me"): the
# character's body is the writer's
_CHARACTER_IS_ME = re.compile(r"\b(?:the|our|this|that) (?P<who>lad|guy|bloke|fella|fellow|patient|person|"
                              r"player|man|woman|girl|boy|lady|gent|gentleman|kid|subject|hero|heroine|"
                              r"character|client|customer|runner|athlete)(?: in question| here)?"
                              r" (?:is|=) (?:actually |really |of course |obviously )?"
                              r"(?:me|myself|yours truly)\b")
_HIS = {"lad", "guy", "bloke", "fella", "fellow", "man", "boy", "gent", "gentleman", "hero"}
_HERS = {"woman", "girl", "lady", "heroine"}


def _character_told_as_oneself(text: str) -> str:
    declared = _CHARACTER_IS_ME.search(text)
    if not declared or _SOMEONE_ELSES.search(text) or re.search(r"\b(other|another)\b", text):
        return text
    who = declared["who"]
    told = text[:declared.start()] + text[declared.end():]
    told = re.sub(rf"\b(?:the|our|this|that) {who}\b", "me", told)
    pronouns = ({"his": "my", "him": "me", "himself": "myself"} if who in _HIS
                else {"her": "my", "herself": "myself"} if who in _HERS
                else {"his": "my", "him": "me", "himself": "myself", "her": "my", "herself": "myself",
                      "their": "my", "them": "me", "themselves": "myself"})
    return re.sub(r"\b(" + "|".join(pronouns) + r")\b", lambda word: pronouns[word[0]], told)


# Someone asked to look after a pet or the children "if something happens to me": a possible crisis, checked
_IF_IT_HAPPENS = r"\bif (something|anything) (happens|should happen|were to happen) to me\b"
_LOOKED_AFTER = (r"\b(takes?|take care of|care for|has|have|look after|looks after|feeds?|walks?|rehomes?|"
                 r"re-home) (my|the|me) (dogs?|cats?|pets?|kids|children|boys|girls|birds?|horses?|puppy|"
                 r"kitten|babies)\b")
_IF_SOMETHING_HAPPENS = re.compile(_LOOKED_AFTER + r"[^.!?]{0,30}" + _IF_IT_HAPPENS + "|"
                                   + _IF_IT_HAPPENS + r"(?=[^.!?]{0,80}" + _LOOKED_AFTER + ")")
# "nobody needs to worry about me after this weekend" (not "after the operation"); "got my tablets lined up on
# the bench" (not in a dosette box)
_NOBODY_TO_WORRY = re.compile(r"\b(nobody|no one|no-one) (needs|will need|will have|has) to worry about me "
                              r"(after|from|past) (this |next |the )?(weekend|week|tonight|today|tomorrow|"
                              r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|month)\b")
_TABLETS_LINED_UP = re.compile(r"\b(tablets|pills)( all)? lined up\b(?![^.!?]*\b(dosette|organi[sz]er|box|"
                               r"week|pharmacist|list|doses?|chemist)\b)")
# "I've decided I'm done" with nothing after it (not "done with physio", "done for today")
_DECIDED_DONE = re.compile(r"\bdecided (that )?i'?m done(?=\s*([.,!;]|$|sorry|now\b))")
# (a stay in hospital, an operation or a trip is why such plans are made, most often)
_A_PLANNED_RISK = re.compile(r"\b(hospital|admitted|a&e|operation|op|surgery|stuck|trip|flight|travel\w*|"
                             r"away|holiday|ward)\b")
# "no pee for 14 hours", "14 hrs with no wee": urine not passed for most of a day may be retention
_HOURS_WITHOUT_PEE = re.compile(
    r"\b(no|zero|not a drop of|not one) (pee|wee|urine|piss|wees|pees)( at all)? (for|in) "
    r"(over |nearly |about |almost |around )?(?P<hours>\d+|eight|nine|ten|eleven|twelve|fifteen|twenty) "
    r"(hours|hrs|hr|h)\b|"
    r"\b(?P<hours2>\d+|eight|nine|ten|eleven|twelve|fifteen|twenty) (hours|hrs|hr|h)( now)? (with|and|of) "
    r"(no|zero|not a drop of) (pee|wee|urine|piss)\b")
_HOURS_IN_WORDS = {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
# ... unless it then passed, was a break, or is someone else's
_PASSED_SINCE = re.compile(r"^[^.!?]{0,40}\b(then|but|until|till)\b[^.!?]{0,30}\b(fine|normal|normally|peed|"
                           r"weed|went|a wee|a pee)\b|^\s*break")
_SOMEONE_ELSE_BEFORE = re.compile(r"\b(he|she|his|her|they|their|him|dog|cat|son|daughter|husband|wife|"
                                  r"partner|mum|mom|dad|baby|child|kid)\b[^.!?]*$")


def _long_without_pee(said: re.Match) -> str:
    hours = said["hours"] or said["hours2"]
    long_enough = int(hours) >= 8 if hours.isdigit() else _HOURS_IN_WORDS[hours] >= 8
    told = said.string
    if (not long_enough or _PASSED_SINCE.search(told[said.end():])
            or _SOMEONE_ELSE_BEFORE.search(told[:said.start()])):
        return said[0]
    return f"maybe i can't pee, {said[0]}"  # (asleep or busy all day, perhaps: checked, not escalated)


# "PMH: RCC", "treated for CRC", "hx of bowel ca": a cancer in shorthand that alone also names councils,
# jobs, screening or California
_CANCER_SHORTHAND = re.compile(r"\b(?P<history>(hx|history|pmh|dx|diagnosed with|treated for|had)( of)?:? "
                               r"(?!(a|an|the|my|our) )(\w+ )?)(ca|rcc|hcc|crc|dcis)\b")
# "my rheumatologist brought up Enbrel": a treatment raised, not yet taken ("brought up my fever with the
# GP", "brought up that I've wet myself" tell of the person's own signs)
_TREATMENT_BROUGHT_UP = re.compile(r"\b(rheumatologist|specialist|consultant|doctor|gp|dr|oncologist|"
                                   r"dermatologist|neurologist|gastroenterologist|nurse|team|they|he|she) "
                                   r"(has |had )?brought up\b(?! (that|my|the|with|to|how|about|your|it|"
                                   r"whether|if|a lot|me)\b)")
# "Plan - biologic therapy, e.g. etanercept, to be discussed": a treatment not yet started ("might start
# ..."); only a medicine that weakens the immune system (a tumour or chemotherapy "to be discussed" is there)
_IMMUNE_MEDICINE = (r"(biologic|biological|steroid|immunosuppressant)s?"
                    r"( therapy| treatment| tablets| injections?| infusions?)?|"
                    r"prednisolone|prednisone|methotrexate|azathioprine|ciclosporin|cyclosporine|"
                    r"tacrolimus|mycophenolate|infliximab|adalimumab|humira|etanercept|enbrel|rituximab")
_TREATMENT_TO_BE_DISCUSSED = re.compile(
    r"(?<!long-term )(?<!long term )(?<!\bon )\b(?P<what>" + _IMMUNE_MEDICINE + r")"
    r"(,? (e\.?g\.?|such as|like|eg) (?P<example>[a-z]+),?)? (is |are )?"
    r"to be (discussed|considered|started|offered)\b|"
    r"\bplan(ned)? (is )?to (start|try|consider) (?P<planned>" + _IMMUNE_MEDICINE + r")\b")


# "on steroid tablets for two weeks only for my asthma, finished since": a short course long done is no
# long-term steroid (a course of months, or one just stopped, still is)
_SHORT_STEROID_COURSE_DONE = re.compile(
    r"\b(on )?(steroid|prednisolone|prednisone|cortisone|dexamethasone)s?( tablets| course)?"
    r" for ((a|one|two|three|[1-3]) weeks?|"
    r"(a few|a couple of|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) days)( only)?"
    r"(?P<rest>[^.;]{0,40}?),? (finished|done|completed|stopped) "
    r"(since|long ago|years ago|ages ago)\b")


# "a 6 day course of prednisone for poison ivy 2 years ago": a short course, years ago
_SHORT_STEROID_COURSE_YEARS_AGO = re.compile(
    r"\b(a|one) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[ -]days? course of "
    r"(steroids?|prednisolone|prednisone|cortisone|dexamethasone)( tablets)?(?P<rest>[^.;]{0,40}?) "
    r"(\d{1,2}|a|two|three|four|five|six|seven|eight|nine|ten|several|many) years? ago\b"
    r"(?![^.;]{0,40}\b(ever since|since then|still|now on|been on|am on|i'?m on)\b)")


def _not_yet_started(plan: re.Match) -> str:
    if plan["planned"]:
        return f"might start {plan['planned']}"
    return f"might start {plan['what']}" + (f" or {plan['example']}" if plan["example"] else "")


# "the twins have colds and one is running a temperature": one of the people just named
_ONE_OF_SEVERAL = re.compile(r"\b((twins|kids|children|boys|girls|grandkids|grandchildren|sons|daughters|"
                             r"parents|brothers|sisters)\b[^.?!;]{0,40}?\b)one"
                             r"(?= (is|has|was|had|keeps|got|started)\b|'s\b)")


_A_SENTENCE = re.compile(r"(?:[^.?!;]|\.(?=\d))+")  # a sentence of the text ("38.9" is no sentence end)


def _weather_for_air_temperature(sentence: re.Match) -> str:
    text = sentence[0]
    if _WEATHER.search(text) and not _FEVER_BESIDE.search(text):
        return _AIR_TEMPERATURE.sub("the weather", text)
    return text


# "can't stop thinking about it" keeps doing something; "can't stop peeing" or "can't stop it" is no control
# (only these verbs: any other is left for the bladder and bowel reading)
_CANNOT_STOP_DOING = re.compile(r"\b(?:can not|cannot|can't|cant|could not|couldn't) stop "
                                r"(thinking|worrying|crying|fretting|stressing|overthinking|panicking|"
                                r"googling|laughing|yawning|fidgeting|going over|replaying)\b")


# A medicine by name (lexicon.MEDICINE_NAMES' words, but not the "plus" of "Nurofen Plus"), or said plainly
_A_MEDICINE = (_MEDICINE_WORDS - {"plus"}) | {"tablet", "tablets", "pill", "pills", "meds", "medicine",
                                              "medicines", "medication", "painkiller", "painkillers", "nsaid",
                                              "nsaids", "anti-inflammatory", "anti-inflammatories"}
_STOMACH_UPSET = re.compile(
    r"\b((?:" + "|".join(sorted(_A_MEDICINE, key=len, reverse=True)) + r")(?: \w+){0,2}? "
    r"(?:upsets|upset|irritates|(?:is|are) hard on|(?:is|are) rough on) (?:my|the|your)) "
    r"(?:stomach|tummy|tum)\b")
_EMPTY_STOMACH = re.compile(r"\b(?:on )?an empty (?:stomach|tummy)\b")
_SARCASTIC_NOT = re.compile(r"\s*[.!]\s*not\s*[.!]+")
# Dictated on a phone, punctuation may come as words: "am I talking to a computer question mark".
_SPOKEN_QUESTION_MARK = re.compile(r"\s*\bquestion ?mark\b", re.IGNORECASE)


_NUMB_BOTTOM = re.compile(r"\b(numb|numbish|tingly|tingling|deadened) bottom\b"
                          r"(?! (?:of|half|part|end|bit)\b)")
_BOTTOM_GONE_NUMB = re.compile(r"(?<!the )(?<!at )(?<!to )\bbottom(?=(?:'s| is| feels| went| has| was) "
                               r"(?:gone |gone a bit |a bit |really |quite |completely |totally )?"
                               r"(?:numb|tingly|dead)\b)")


# Emoji typed for words ("can't feel my 🍑", "💩 everywhere", "🤒 since Sunday"): read as the word (a message
# of emoji only is then no longer "not understood"). Faces that only show a mood are left out.
_EMOJI_WORDS = {
    "🍑": "bum", "💩": "poo", "💦": "wet", "🚽": "toilet", "🌡": "temperature", "🤒": "fever", "🥵": "hot",
    "🥶": "cold", "⚡": "shooting", "🦵": "leg", "🦶": "foot", "🦴": "bone", "🩸": "blood",
    "💊": "pills", "💉": "injection", "🚑": "ambulance", "🏥": "hospital", "🤢": "sick", "🤮": "sick",
    "😵": "dizzy", "🥴": "dizzy", "🤕": "hurt", "🤰": "pregnant", "🆘": "help", "⚖": "scales",
}
# An answer or a greeting as an emoji counts only as the whole message ("wet myself 👍" is no "ok" that takes
# the sign back)
_ANSWER_EMOJI = {"👍": "ok", "👎": "no", "✅": "yes", "❌": "no", "👋": "hi", "🙏": ""}
_EMOJI = re.compile("|".join(map(re.escape, _EMOJI_WORDS)))
_AN_ANSWER_EMOJI = re.compile("|".join(map(re.escape, _ANSWER_EMOJI)))


def _emoji_as_words(text: str) -> str:
    text = text.replace("\ufe0f", "")
    answers = _ANSWER_EMOJI if _only_answer_emoji(text) else dict.fromkeys(_ANSWER_EMOJI, "")
    text = _AN_ANSWER_EMOJI.sub(lambda emoji: f" {answers[emoji[0]]} ", text)
    return _EMOJI.sub(lambda emoji: f" {_EMOJI_WORDS[emoji[0]]} ", text)


def _only_answer_emoji(text: str) -> bool:
    return bool(_AN_ANSWER_EMOJI.search(text)) and not re.search(r"[^\W_]", _AN_ANSWER_EMOJI.sub("", text))


# "numb from the waist down": both legs, unless one side is named in the sentence ("numb below the waist on
# my left side")
_WAIST_DOWN = re.compile(r"\b(numb|dead|weak|paralysed|paralyzed)( from| below)( the)? "
                         r"(waist|hips)( down)?\b(?![^.;!?]*\b(left|right|side)\b)")


def _waist_down(said: re.Match) -> str:
    before = said.string[:said.start()]
    sentence = re.split(r"[.;!?]", before)[-1]
    return said[0] if re.search(r"\b(left|right|side)\b", sentence) else f"{said[1]} in both legs"


# "I find myself wet with sweat", "wet from the rain": not wet from the bladder
_WET_WITH_SOMETHING_ELSE = re.compile(r"\bwet (with|from|in) (the )?(sweat|rain|shower|swim|pool|sea|snow)\b")
# ... nor bedding wet after sweats in the same sentence ("night sweats again, woke with the sheets wet
# through"), unless the message says anything of urine, a first time, or another liquid ("the bed was wet and
# it wasn't sweat", "smelled of wee", "never wet the bed before", "spilt my tea")
_BEDDING_WET_AFTER_SWEATS = re.compile(
    r"\b(?P<sweat>sweat\w*)\b(?P<between>[^.;!?]{0,80}?)\b(the |my )?(sheets?|bed|bedding|pillow|pyjamas|pjs)"
    r"( were| was| are| is)? (wet|soaked|drenched)( through)?\b")
_WET_FROM_URINE_OR_ELSE = re.compile(
    r"\b(wee\w*|pee\w*|urine|urinat\w*|piss\w*|smell\w*|stain\w*|yellow|leak\w*|bladder|accident|"
    r"not sweat|n'?t sweat|first time|never (wet|done|had)|(did ?n'?t|did not|never) feel|wet the bed|"
    r"tea|coffee|drink|water|hair|shower|spil\w*|knock\w*|waterbed|cat|dog|toddler|baby|little one|son|"
    r"daughter|kid|kids|child)\b")


def _bedding_wet_after_sweats(text: str) -> str:
    if _WET_FROM_URINE_OR_ELSE.search(text):
        return text
    return _BEDDING_WET_AFTER_SWEATS.sub(lambda said: f"{said['sweat']}{said['between']}sweaty sheets", text)


# "I'm one of our climbers": the writer, one of a group (not "one of our climbers", someone else)
_ONE_OF_THEM_MYSELF = re.compile(r"\b(i'?m|i am|im|as) one of\b")
# "it's 36.8, not 38.6": a high reading corrected to the normal one beside it
_HIGH_READING_CORRECTED = re.compile(r"\b(?P<normal>3[56][.,]\d|37[.,][0-4])\s*,?\s*"
                                     r"(not|rather than|instead of)\s+(3[89]|4[0-2])([.,]\d)?\b")
# "I cant feel my legs. *can.": a word starred after a sentence corrects the like word in it
_STARRED_CORRECTION = re.compile(r"(?P<sentence>[^.!?\n*]+)(?P<end>[.!?]\s*)"
                                 r"\*(?P<right>[a-z']{2,})\b(?!\*)[.!?]?")
# What a page or a video says about signs is not the writer's ("Saw on TikTok that a throbbing belly means an
# aneurysm", "The website lists a pulsing lump in the belly"), up to where the writer speaks of themselves
_READ_ABOUT_A_SIGN = re.compile(
    r"\b((saw|read|seen|heard|watched) (it )?(on|in) (tiktok|youtube|reddit|facebook|insta|instagram|google|"
    r"the internet|a forum|a website|the website|an article|a leaflet|the leaflet|a video)|"
    r"the (website|leaflet|article|page|nhs page|video|app) (lists|listed|says|said|mentions|mentioned))\b"
    r"(?P<told>(?:(?![.!?;]|\s-\s|,?\s*(and\s+|but\s+|so\s+)?(i|i'm|i've|my|mine)\b).)*)")
# ... not advice on when to act (a safety net, read on), nor when the writer then says it is theirs
_ADVICE_TO_ACT = re.compile(r"\b(if|when|go|call|ring|phone|a&e|a and e|ed|er|999|111|911|112|000|emergency|"
                            r"hospital|doctor|gp|urgent\w*)\b")
# ... and only when the writer says they have nothing of the sort ("no lump", "there's nothing"): a page
# quoted and left there may be the writer's own sign ("The website lists a pulsing lump. I've found one.")
_NOTHING_OF_THE_SORT = re.compile(r"\b(nothing like (that|this|it)|there'?s nothing|there is nothing|"
                                  r"nothing there|no lump|i (don'?t|do not) have (that|it|one|any)|"
                                  r"i haven'?t got (that|it|one|any)|none of (that|those|them|it)|no sign of|"
                                  r"nothing (yet|so far)|not me)\b")
_THE_SAME_IS_MINE = re.compile(r"\b(mine|i have (it|that|this|one|them)|i'?ve got (it|that|this|one|them)|"
                               r"and i have|i do|same here|that'?s me|sounds like me|like mine|"
                               r"that'?s what i|i (can |do )?(feel|see|have|notice|get|got) "
                               r"(one|it|that|them|those|this))\b")
# "a 39 fever about a month back, but I'm well now": "back" for "ago" after a span of time, where a clause
# ends ("I've had a few days back pain" keeps its back)
_SPAN_BACK_FOR_AGO = re.compile(r"\b((a|an|one|two|three|four|five|six|a few|a couple of|couple of|few|"
                                r"several|\d{1,2}) (days?|weeks?|wks?|months?|years?|yrs?)) back\b"
                                r"(?=\s*([,.;!?]|$|but\b|and\b|when\b|so\b|i\b))")
# "the cut never healed and I've had a fever since": not over ("healed" on its own tells what is over)
_NOT_HEALED = re.compile(r"\b(never|not|hasn'?t|has not|haven'?t|have not|didn'?t|did not|won'?t) "
                         r"((fully|properly|really) )?heal(ed)?\b")
# "wet my jeans at work but it was my coffee i spilt": a drink spilt, said to be what wet them (not "I
# thought it was the tea but it wasn't", "the tea going straight through me", water tablets)
_WET_BY_A_DRINK = re.compile(r"\bwet my (jeans|trousers|pants|shorts|lap|skirt|dress|leggings|uniform)\b"
                             r"(?=[^.!?]{0,40}\b(it was|that was) (my |the )?"
                             r"(coffee|tea|drink|juice|coke|milk|beer|wine|soup) (i |that i )?"
                             r"(spilt|spilled|knocked over|dropped)\b)"
                             r"(?![^.!?]*\b(wasn'?t|was not|thought|couldn'?t|could not|didn'?t|did not|"
                             r"without)\b)")
# "I'm a man who can't feel his legs": the writer's own body, told in the third person
_A_WRITER_WHO = re.compile(r"\b(i'?m|i am) an? (" + "|".join(map(re.escape, lexicon.WRITER_AS_A_PERSON))
                           + r")( of \d+)? who\b[^.!?,;]*")


def _own_body_after_who(said: re.Match) -> str:
    return re.sub(r"\b(his|her|their)\b", "my", said[0])


# "my sister who sells beside me at the market has lost plenty weight" (set 77: the weight loss taken as the
# writer's): the writer named inside a clause about someone else is no change of subject
_ME_IN_A_CLAUSE_ABOUT_SOMEONE = re.compile(r"\b(my|our) (\w+) (who|that) (\w+ ){1,3}?(beside|with|next to|"
                                           r"alongside|near|for|to|behind|opposite) me\b")


# "go to A&E if: 1. numb bum 2. can't wee 3. both legs weak": a numbered list is one sentence
_LIST_NUMBER = re.compile(r"(?:^|(?<=\s)|(?<=:))(?P<n>[1-9])[.)](?=\s)")


def _numbered_list_joined(text: str) -> str:
    numbers = [int(m["n"]) for m in _LIST_NUMBER.finditer(text)]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return text
    return _LIST_NUMBER.sub(",", text)


_NOT_A_BOT = re.compile(r"\bnot (a|an|the|some|this|your) (bot|robot|computer|machine|chatbot|ai|program|"
                        r"app)\b")
# Normal readings every day since a fever (set 70: "had a temp of 39 last week with the flu, fine now,
# thermometer has said 36.8 every day since" was a fever now)
_NORMAL_EVERY_DAY_SINCE = re.compile(r"\b(temp|temps|temperature|thermometer)\b[^.;!?]{0,30}?\b3[56]([.,]\d)?"
                                     r" (every|each) (day|morning|night) since\b")
# Someone of a group at work or in a team (set 70: "one of the kennel girls has a fever of 39 and a bad
# back, she's 19")
_ONE_OF_A_GROUP = re.compile(r"\bone of (the|my|our) (\w+ ){1,2}(?P<who>girls|boys|lads|guys|blokes|women|"
                             r"men|ladies|staff|workers|drivers|kids|players|nurses)\b")
# Someone the writer works beside (set 70: "the tram driver I share shifts with had a melanoma")
# (a shift, a cab or a route shared, or worked beside; not "the exercises I do with my physio", which would
# make the signs after it someone else's)
_SOMEONE_I_WORK_WITH = re.compile(r"\b(the|a|one) (\w+ ){1,3}(i|we) (share (shifts?|a cab|a van|a truck|"
                                  r"a route|the route|a desk|an office|a locker)|work|drive|ride) "
                                  r"(\w+ )?with\b")
# A place of work named with "my" is no sign of the writer's ("Patient on my placement ward has new saddle
# numbness"), nor is someone working "next to me" the writer ("the shearer on the stand next to me lost
# heaps of weight"; set 71)
_AT_MY_WORKPLACE = re.compile(r"\b(?P<at>on|at|in|from) my (?P<place>(\w+ ){0,2}(ward|wards|placement|site|"
                              r"floor|unit|station|kitchen|stand|line|bay|round|run|depot|yard|shed))\b")
_WORKING_NEXT_TO_ME = re.compile(r"\bthe (\w+ ){1,2}(on|at|in) the (\w+ ){0,2}(next to|beside|opposite|"
                                 r"across from) me\b|"
                                 r"\bthe (guy|bloke|girl|lady|woman|man|fella|chap|lad|person) "
                                 r"(next to|beside|opposite) me\b")
# "cant push the floor machine. went home early twice" to the bladder question (persona run 30: an emergency):
# a thing pushed, not straining on the toilet
_PUSHING_A_THING = re.compile(r"\b(?P<cannot>can'?t|cannot|can not|couldn'?t|could not|unable to|hard to|"
                              r"struggle to|struggling to) push "
                              r"(?P<what>the|a|an|my|his|her|their|our|this|that) "
                              r"(?!(poo|wee|pee|urine|stool|bowels?|motion|clutch|pedals?|brakes?|accelerator|"
                              r"gas|throttle|foot|feet|leg|legs|heel|toes?|weight)\b)")
_AFFORD_TIME_OFF = re.compile(r"\b(can'?t|cannot|can not|couldn'?t|could not|don'?t want to|do not want to)"
                              r" (really )?(afford|risk|manage) (to be|being|to take (time|a day|days)|to go|"
                              r"taking (time|a day|days)|going) off( work| sick)?\b")
# "before you ask, my weight hasn't budged either" (persona run 31: asked again)
_WEIGHT_UNCHANGED = re.compile(r"\b(my )?weight (has ?n'?t|has not|hasn'?t really|did ?n'?t|has(n't| not) "
                               r"(really )?been) (budged|changed|moved|shifted|dropped)\b|"
                               r"\b(my )?weight('s| is| has been) "
                               r"(the same|steady|stable|unchanged|constant)\b")
_SUPPOSED_AFTER_AND = re.compile(r"(?P<what_if>\bwhat if\b[^.?!,;]{0,60}?\band) i "
                                 r"(?P<verb>start|begin|end up|get|were to|was to)\b")
_WHAT_IT_WOULD_MEAN = re.compile(r"\bwhat would (?P<sign>[^.?!]{3,60}?) mean if (it|that|this) (ever )?"
                                 r"(happened|happens|happen|came on|started|happened to me)\b")
_KNOWS_WHAT_IT_MEANS = re.compile(r"\bi (know|understand|get) what (?P<x>[^.?!,;]{2,40}?) (means|is)\b")
_A_CHEST_ILLNESS = re.compile(r"\b(a |my |the )?chest (?P<illness>thing|infection|cold|bug|cough|virus)\b")
_NEARLY_PASSED_OUT = re.compile(r"\b(just about|nearly|almost|near enough|practically|bout to|about to) "
                                r"(passed|pass|blacked|black|keeled|keel) (out|over)\b")
_MESSING_ABOUT = re.compile(r"\b(mess|messing|messed) myself (about|around|up)\b")
# "flaked out on a beanbag": asleep, not collapsed; "I'm dead" (laughing), not numb ("dead from the waist
# down" is)
_FLAKED_OUT_ON = re.compile(r"\bflaked out (on|in) (a |the |my )?(beanbag|couch|sofa|settee|bed|chair|"
                            r"lounge|hammock|deckchair|sun ?lounger)\b")
# "stackin tables", "liftin the kids": the g dropped from a verb of what was being done (persona run 35)
_DROPPED_G = re.compile(r"\b(lift|carry|stack|twist|digg|play|work|mov|push|pull|pick|sitt|stand|walk|"
                        r"runn|reach|shift|haul|lugg|load|unload|garden|mow|clean|hoover|vacuum|driv|cook|"
                        r"shovel|shovell|chopp|sweep|mopp|climb|jump|fall|tripp|slipp|train|heav|hump|cart|tow|"
                        r"dragg|squatt|row|cycl|bik|rid|swimm|danc|surf|bowl|tak|mak|do|go|com|bend|stoop|"
                        r"kneel|crouch|wash|paint|build|plaster|til|sand|lay|ly|stretch|fish|hunt|"
                        r"chas|hang|tidy|sort|fix|bounc|wrestl|tackl|kick|throw|catch|shear|milk|fenc)in'?"
                        r"(?=\s|[.,!?;:]|$)")
# "I came over very faint", "felt really quite faint": the faint feeling without its intensifier (persona run
# 35: not read, and a correction that told it was "not understood")
_FAINT_INTENSIFIED = re.compile(r"\b(felt|feel|feels|feeling|came over|come over|comes over|coming over|went|"
                                r"go|going|gone|got|getting)( all)?(( very| really| so| quite| rather| a bit|"
                                r" a little| pretty| super| extremely| properly| terribly| awfully| horribly|"
                                r" dreadfully| incredibly))+ faint\b")
# (only "I'm dead" on its own, in a message that laughs: "I'm dead weak", "I'm dead, can't feel my bum" tell)
_I_AM_DEAD = re.compile(r"\b(i'?m|im|i am) (literally |actually |so )?dead(?=\s*([,.!]|$|lol|haha|lmao))")
_LAUGHING = re.compile(r"\b(lol|haha\w*|lmao|rofl)\b|💀|😂|🤣|😆")
_LEGS_DEAD = re.compile(r"\b(?P<legs>legs|my legs)( were| are| was| felt| feel| feeling)?"
                        r"( literally| so| totally| just)? dead\b(?! (numb|to the world))")
# "baby wakes me up not my back lol" (persona run 37: night pain, `soon`): someone or something else wakes
_WOKEN_BY_SOMEONE_ELSE = re.compile(
    r"\b(?P<who>(the |my |our |me )?(baby|bub|bubba|babe|newborn|toddler|kid|kids|children|son|daughter|dog|"
    r"puppy|cat|partner|husband|wife|hubby|missus|snoring|neighbou?rs?|alarm))('s| is| keeps| still| always)?"
    r" (wakes|waking|woke|wake|keeps waking|keeps) (me|us)( up)?\b")
# "and no numbness or tingling anywhere either" (persona run 37: the numbness question asked after it): none
# in the legs either
_NO_NUMBNESS_ANYWHERE = re.compile(r"\bno (numbness|tingling|pins and needles)( or (numbness|tingling|"
                                   r"pins and needles))? (anywhere|at all)\b")
_CANT_FEEL_MY_LEGS = re.compile(r"\b(i )?(can'?t|cannot|cant|couldn'?t|couldnt) feel (my |me )?legs\b"
                                r"(?! (at all|properly|since|when|below|from))")
# "honestly i'm numb to everything after three nights with the twins lol" (set 81: an emergency mid-triage)
_NUMB_TO_IT_ALL = re.compile(r"\b(numb|dead) to (everything|it all|the world|all of it|all of this|feelings?|"
                             r"the news|people)\b")
# "was dead on my feet this morning" (persona run 37: numb feet): worn out
_DEAD_ON_MY_FEET = re.compile(r"\bdead on (my|me|his|her|their|our) feet\b")
# "a negative HIV test": the test denies what it tested for
_NEGATIVE_TEST = re.compile(r"\bnegative (?P<what>hiv|aids|hepatitis [bc]|hep [bc]|psa|blood|urine) "
                            r"(test|result|screen|check)s?\b")
# "they had to put a catheter in at A&E last night": done to the writer by the staff (not "... in my mum")
_CATHETER_PUT_IN_BY_THEM = re.compile(r"\bthey (had to |have |'ve )?(put|stick|stuck|pop|popped)"
                                      r"( in)? a catheter( in)?"
                                      r"(?=\s*(at|in a&e|last|this|yesterday|because|as|,|\.|$))")


def _starred_corrected(said: re.Match) -> str:
    sentence, right = said["sentence"], said["right"]
    words = list(re.finditer(r"[a-z']+", sentence))
    if not words or right not in _pipeline().english:  # ("*cnat" is a slip of its own)
        return said[0]

    def likeness(word: re.Match) -> float:
        return difflib.SequenceMatcher(None, word[0].replace("'", ""), right).ratio()

    closest = max(words, key=likeness)
    if likeness(closest) < 0.6:
        return said[0]
    return f"{sentence[:closest.start()]}{right}{sentence[closest.end():]}{said['end']}"


# A temperature typed against its scale ("100.9F", "38.6c"), not an age and sex ("41F")
# "after a church feast I could lose some weight": weight that could go, none gone
_WEIGHT_TO_LOSE = re.compile(r"\b(could|should|need to|needs to|ought to|want to|wants to|would like to|"
                             r"could do with|could stand to) (lose|losing|shed|drop) (some |a few |a bit of |"
                             r"a little |a bit |more )?(weight|kilos?|pounds|kg|lbs)\b")
_TEMPERATURE_WITH_ITS_SCALE = re.compile(r"(?<![\w.,])((?:3[5-9]|4[0-3])[.,]\d|(?:9[5-9]|10\d)(?:[.,]\d)?)"
                                         r"(?=[cf]\b)")


# Words that voice typing mishears: "my lift leg" (left), "pins in needles", "there's know weakness" (no)
_MISHEARD_BY_VOICE = re.compile(
    r"\b(?P<left>lift) (?=(leg|foot|side|knee|hip|thigh|calf|buttock|bum cheek|arm|ankle)s?\b)|"
    r"\bpins in needles\b|"
    r"\b(?P<before>there's|theres|there is|i have|i've|ive|i got|got) know\b(?= (weakness|numbness|pain|"
    r"problems?|trouble|fever|temperature|fall|accident|injury|leaking|change|changes|cancer|tingling|idea)\b)|"
    r"^(?P<lead>know)\b(?= (fall|weakness|numbness|problems?|trouble|fever|accident|injury|leaking|never|"
    r"nothing|none|no|i (have not|haven'?t|don'?t|do not|didn'?t|did not)|all (normal|good|fine))\b)")


# "say i got hit by a car on my e-scooter, how bad would it need to be": a message or sentence that starts
# with "say" supposes (not "I should say I've wet myself", a report)
_SAY_FOR_WHAT_IF = re.compile(r"(?P<start>^|[.!?]\s+)\W*say (?=(i|i'd|i'm|we|he|she|my|someone)\b)")


# "no feeling of weakness in my legs" denies weakness; "no feeling in my legs" (numbness) and "no feeling of
# anything down there" are not this
_NO_FEELING_OF_A_SIGN = re.compile(
    r"\b(?P<denial>no|not any|not much|hardly any|barely any|without any|never any) "
    r"(feeling|sense|sensation)s? of (?!(my|the|your|his|her|its|their|them|it|anything|much|any)\b)")


# Cancer named as what one sign may mean ("no. thats a cancer sign isnt it. i havent though", "is weight loss
# a sign of cancer coming back?"), not as an illness had: the words of the sign kept, the cancer left out (not
# "found signs of cancer in my spine", "the scan showed a sign of cancer", which tell of it)
_CANCER_AS_WHAT_A_SIGN_MEANS = re.compile(
    r"(?<!found )(?<!showed )(?<!shows )(?<!saw )\ba (cancer (?P<sign>sign|symptom|warning sign|red flag)|"
    r"(?P<sign_of>sign|symptom|warning sign|red flag) (of|for) cancer)\b")


def _what_a_sign_may_mean(found: re.Match[str]) -> str:
    return f"a serious {found['sign']}" if found["sign"] else f"a {found['sign_of']} of something serious"


# A clinician's words for a sign denied, in the plain words the rules read
_CLINICIANS_SHORTHAND = ((re.compile(r"\b(afebrile|apyrexial)\b"), "no fever"),
                         (re.compile(r"\b(no|nil|denies|denied) retention\b"), r"\1 urinary retention"),
                         (re.compile(r"\bradicular (sx|symptoms|pain)\b"), "sciatica"))


def _heard_right(found: re.Match[str]) -> str:
    if found["left"]:
        return "left "
    if found["before"]:
        return "there is no" if found["before"].startswith("there") else f"{found['before']} no"
    if found["lead"]:
        return "no"
    return "pins and needles"


_NOT_ANY_FEELING = re.compile(r"\b(?P<have>have|has|had|got) not (any|some) (?P<what>feeling|sensation|"
                              r"control)\b")


@lru_cache(maxsize=4096)  # a message is read by several readers a turn, and earlier ones again each turn
def normalise(text: str) -> str:
    """Lower-case, plain apostrophes, contractions spelt out, misspellings of clinical words corrected."""
    text = _emoji_as_words(unicodedata.normalize("NFKC", text)[:MAX_ANALYSED_CHARS])
    text = _SPOKEN_QUESTION_MARK.sub("?", text.lower())
    text = re.sub(r"[\u2018\u2019\u02bc`´]", "'", text)
    text = re.sub(r"[^\S\n]+", " ", text).strip()
    text = re.sub(r"(?<=[a-z]) n (?=[a-z])", " and ", text)  # "pins n needles"
    text = _MISHEARD_BY_VOICE.sub(_heard_right, text)  # "my lift leg", "pins in needles", "know weakness"
    text = _SAY_FOR_WHAT_IF.sub(r"\g<start>what if ", text)  # "say i got hit by a car, how bad would ..."
    text = _TEMPERATURE_WITH_ITS_SCALE.sub(r"\1 ", text)  # "read 100.9F": the number apart from its scale
    text = _NO_FEELING_OF_A_SIGN.sub(r"\g<denial> ", text)  # "no feeling of weakness" denies weakness
    # "I have not any feeling in private part" (set 75, English as a second language): no feeling, a sign
    text = _NOT_ANY_FEELING.sub(r"\g<have> no \g<what>", text)
    text = _CANCER_AS_WHAT_A_SIGN_MEANS.sub(_what_a_sign_may_mean, text)  # "that's a cancer sign, isn't it"
    for shorthand, plain in _CLINICIANS_SHORTHAND:  # a nurse's "afebrile, no retention, no radicular sx"
        text = shorthand.sub(plain, text)
    # "can't pee at all right now" is no "all right"
    text = re.sub(r"\bat all right (?=now\b|away\b|this\b|today\b|through\b)", "at all ", text)
    if "*" in text:
        text = _STARRED_CORRECTION.sub(_starred_corrected, text)
    # "no erection problems" denies problems; "no erection" alone is the symptom
    # (so does "not getting any erection problems")
    text = re.sub(r"\b(no|not (getting|having)( any| an)?) (erection|erectile)s? "
                  r"(?P<trouble>problems?|issues?|troubles?|difficult(y|ies)|worries)\b",
                  r"no \g<trouble> with erections", text)
    # a medicine that upsets the stomach, or one taken on an empty stomach, says nothing of a belly sign
    text = _STOMACH_UPSET.sub(r"\1 digestion", text)
    text = _EMPTY_STOMACH.sub("without food", text)
    # "I really can't afford to be off work": a worry about time off, not time off taken (persona run 31)
    text = _AFFORD_TIME_OFF.sub("need my wages", text)
    text = _WEIGHT_UNCHANGED.sub("no weight loss", text)
    # set 72: "what if my back goes and I start losing weight" (the second thing supposed too), "what would
    # numbness between my legs mean if it happened?", "steroid tablets ... for a chest thing"
    text = _SUPPOSED_AFTER_AND.sub(r"\g<what_if> what if i \g<verb>", text)
    text = _WHAT_IT_WOULD_MEAN.sub(r"what would happen if \g<sign>", text)
    text = _A_CHEST_ILLNESS.sub(r"lung \g<illness>", text)
    # "I know what losing weight means. But why would it matter for my back?" (persona run 32: read as weight
    # lost, an urgent outcome): the word is known, nothing is told
    text = _KNOWS_WHAT_IT_MEANS.sub("i know the word", text)
    text = _MESSING_ABOUT.sub(r"\1 about", text)  # "messing myself about with pillows" is no soiling
    text = _PUSHING_A_THING.sub(r"\g<cannot> shove \g<what> ", text)  # "cant push the floor machine"
    text = _A_WRITER_WHO.sub(_own_body_after_who, text)
    text = _ME_IN_A_CLAUSE_ABOUT_SOMEONE.sub(lambda said: said[0][:-2] + "us", text)
    text = _numbered_list_joined(text)
    text = _NOT_A_BOT.sub(r"rather than \1 \2", text)  # "a physio not a bot about my leg weakness"
    text = _WET_WITH_SOMETHING_ELSE.sub(r"damp from \3", text)
    text = _bedding_wet_after_sweats(text)
    text = _WET_BY_A_DRINK.sub(r"splashed my \1", text)
    text = _WAIST_DOWN.sub(_waist_down, text)
    text = _FLAKED_OUT_ON.sub(r"fell asleep \1 \2 \3", text)
    text = _DEAD_ON_MY_FEET.sub("worn out", text)
    text = _NUMB_TO_IT_ALL.sub("worn out", text)
    text = _NO_NUMBNESS_ANYWHERE.sub(r"\g<0> in my legs", text)
    text = _WOKEN_BY_SOMEONE_ELSE.sub(r"\g<who> keeps me busy overnight", text)
    text = _FAINT_INTENSIFIED.sub(r"\1 faint", text)
    text = _DROPPED_G.sub(r"\1ing", text)
    if _LAUGHING.search(text):
        text = _I_AM_DEAD.sub("i'm amused", text)
        # "just about passed out when it grabbed me lol" (persona run 32, an emergency at once): said
        # laughing, maybe a figure of speech, maybe a near-faint: checked with one question
        text = _NEARLY_PASSED_OUT.sub("went woozy", text)
        # "was dead on my feet this morning, crashed on the couch, legs were dead lol" (persona run 37: an
        # emergency at once): tired legs, said laughing, or numb ones: checked
        text = _LEGS_DEAD.sub(r"\g<legs> feel weird", text)
        # "by smoko i cant feel my legs lol" (persona run 38: an emergency at once, and "nah not literally,
        # its just a saying" twice passed over): said laughing, a figure of speech or not: checked
        text = _CANT_FEEL_MY_LEGS.sub("my legs feel weird", text)
    text = _NEGATIVE_TEST.sub(r"\g<what> test came back negative", text)
    text = _CATHETER_PUT_IN_BY_THEM.sub("i had to have a catheter put in", text)
    text = _ONE_OF_THEM_MYSELF.sub(r"\1 among", text)
    text = _expand(text)
    text = _NOT_HEALED.sub(r"\1 mended", text)  # (after the spelling: "never heald")
    text = _SPAN_BACK_FOR_AGO.sub(r"\1 ago", text)
    text = _HIGH_READING_CORRECTED.sub(r"\g<normal>", text)
    # ("thermometer has said 36.8 every day since")
    text = _NORMAL_EVERY_DAY_SINCE.sub("normal temps since", text)
    text = _ONE_OF_A_GROUP.sub(r"one of the \g<who>", text)  # "one of the kennel girls has a fever of 39"
    text = _SOMEONE_I_WORK_WITH.sub("my workmate", text)  # "the tram driver I share shifts with"
    text = _WORKING_NEXT_TO_ME.sub("my workmate", text)
    text = _AT_MY_WORKPLACE.sub(r"\g<at> the \g<place>", text)
    if _NOTHING_OF_THE_SORT.search(text) and not _THE_SAME_IS_MINE.search(text):
        text = _READ_ABOUT_A_SIGN.sub(
            lambda read: read[0] if _ADVICE_TO_ACT.search(read["told"]) else f"{read[1]} about warning signs",
            text)
    # a sarcastic "Not." after a claim takes it back: "I've lost 20 kilos too. Not. I wish." (a denial after
    # the claim is read within its sentence, so the two are joined)
    text = _SARCASTIC_NOT.sub(", not true.", text)
    # "neither leg will take my weight" says both legs fail; "neither leg is weak" stays a denial
    text = _NEITHER_LEG_FAILS.sub(_both_fail, text)
    # "has gone completely numb" is becoming numb, not "gone completely" (resolved); "the numbness has
    # completely gone" went away (not a leg that has "completely gone")
    text = _BECAME_COMPLETELY.sub(r"\1 \3 \2", text)
    text = _SYMPTOM_GONE.sub(r"\1 went away", text)
    text = _FEVER_BROKE.sub(_fever_over, text)
    # "I said yes to the fever question by mistake" names a question, not a fever
    text = _NAMED_QUESTION.sub("that question", text)
    text = _FOR_MY_KNOWLEDGE.sub(r"\1 general \3", text)
    text = _A_SENTENCE.sub(_weather_for_air_temperature, text)
    text = _MUSCLE_GRADE.sub(_graded_weakness, text)
    text = _nought_scores_denied(text)
    text = _A_SENTENCE.sub(_strength_ratings_compared, text)
    text = _OTHER_SIDE_FINE.sub(" but ", text)
    text = _A_SENTENCE.sub(_unchanged_for_years, text)
    text = _NOT_BEEN_ABLE_TO.sub("can't", text)
    text = _CAN_ASKED_THEN_CANNOT.sub(lambda said: f"{said[0]} {said['doing']}", text)
    text = _NOT_PEED_NORMALLY.sub(r"can't \g<verb> properly", text)
    text = _CANNOT_DO_NORMALLY.sub(r"\1 properly", text)
    text = _DOUBT_ABOUT_PASSING.sub(
        lambda doubt: f"maybe i can't {doubt['verb']}{doubt['what'] or ''} properly", text)
    text = _CANNOT_GO_AFTER_PEEING.sub(r"\g<said> pee", text)
    if not _OWN_LEAK_TOO.search(text):
        text = _LEAKING_SOMETHING_ELSE.sub(lambda leak: f"it is {leak[4] or leak[5]}", text)
    text = _AT_A_DROP.sub(lambda drop: f"{drop[0]}. i feel like giving up. ", text)
    text = _LIFE_NOT_WORTH.sub("i feel like giving up", text)
    if (_ROPE.search(text) and _TAKES_MY_WEIGHT.search(text)) or _NOOSE.search(text):
        text = f"{text} . i feel like giving up."  # (after the message, which keeps "the noose is ready")
    text = _SUPPOSED_OF_ANYONE.sub(r"if ever \1", _SUPPOSED_OF_ME.sub("if i ever ", text))
    text = _HYPOTHETICALLY_ALONE.sub("hypothetically, if", text)
    text = re.sub(r"\bkms\b", "i feel like giving up", text)  # ("kill myself", often a joke: checked)
    text = _character_told_as_oneself(text)
    text = _DECIDED_DONE.sub("i feel like giving up", text)
    text = _NOBODY_TO_WORRY.sub(lambda said: f"{said[0]}. i feel like giving up", text)
    text = _TABLETS_LINED_UP.sub(lambda said: f"{said[0]}. i feel like giving up", text)
    if not _A_PLANNED_RISK.search(text):
        text = _IF_SOMETHING_HAPPENS.sub(lambda said: f"i feel like giving up. {said[0]}", text)
    text = _HOURS_WITHOUT_PEE.sub(_long_without_pee, text)
    text = _CANCER_SHORTHAND.sub(r"\g<history>cancer", text)
    text = _TREATMENT_BROUGHT_UP.sub(r"\1 wants to start me on", text)
    text = _TREATMENT_TO_BE_DISCUSSED.sub(_not_yet_started, text)
    text = _SHORT_STEROID_COURSE_DONE.sub(r"a short course of tablets\g<rest>, all done", text)
    text = _SHORT_STEROID_COURSE_YEARS_AGO.sub(r"a short course of tablets\g<rest>, all done years ago", text)
    text = _UNCHANGED_AND_STILL.sub(r"\1 ", text)
    text = _LABEL_ANSWERED_NO.sub(_label_denied, text)
    if len(_COMMA_LABEL_ANSWERED_NO.findall(text)) >= 2:
        text = _COMMA_LABEL_ANSWERED_NO.sub(lambda answered: f"{answered[1]}no {answered['label']}", text)
    text = _WOULD_NOT_SAY_AT_ALL.sub(r"\4 not \7 at all", text)
    text = _HEDGED_DENIAL.sub(r"not sure\g<hedged>.", text)
    if not _FEELING_CAME_BACK.search(text):
        text = _SADDLE_FEELING_GONE.sub(lambda gone: f"{gone[0]}. maybe my bum is numb now. ", text)
    text = _ONE_OF_SEVERAL.sub(r"\1one of them", text)
    text = _MINE_UNLIKE.sub(r"mine is different from \3", text)
    text = _TEMPERATURE_HAS_BEEN.sub("my temperature is ", text)
    text = _WEIGHT_TO_LOSE.sub(r"\1 slim down", text)
    text = _WEIGHT_REGAINED.sub(r"weight steady\g<between>", text)
    # ("no temperature before today": a temperature had today is a fever)
    text = _NOTHING_UNTIL_LATELY.sub(lambda m: f"{_FEVER_FOR_TEMPERATURE.get(m[1], m[1])} {m[2]}", text)
    text = _NOTHING_BEFORE_BUT_NOW.sub("previously well", text)
    if _A_SHOW_OR_STORY.search(text):
        text = _A_CHARACTER.sub("someone", text)
    text = _CANNOT_STOP_DOING.sub(r"keep \1", text)
    # "a numb bottom", "bottom's gone numb": the saddle area ("the bottom of my back" is not)
    text = _BOTTOM_GONE_NUMB.sub("bum", _NUMB_BOTTOM.sub(r"\1 bum", text))
    text = _spoken_medicines_joined(text)
    # (not the first part of a contraction: "wouldn't" is no misspelt "would")
    return re.sub(r"\b[a-z]{4,}\b(?!')", lambda m: _corrected(m.group(0)), text)


# A medicine name a voice note heard as several words ("tram a doll", "ibu pro fen", "para set a mol"): two to
# four words that join into a name of eight letters or more, or one letter from it (shorter names joined
# from words, "code in", are too often words of their own)
_LONG_MEDICINE_WORDS = tuple(sorted(w for w in _MEDICINE_WORDS if len(w) >= 8))
_MEDICINE_STARTS = {name[:2] for name in _LONG_MEDICINE_WORDS}
_A_WORD_THEN_MARKS = re.compile(r"([a-z]+)(\W*)")


def _one_letter_apart(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    return any(a[:i] + a[i + 1:] in (b, b[:i] + b[i + 1:]) or b[:i] + b[i + 1:] == a
               for i in range(max(len(a), len(b))))


def _medicine_named_in(words: list[str]) -> str | None:
    joined = "".join(words)
    if len(joined) < 8:
        return None
    return next((name for name in _LONG_MEDICINE_WORDS
                 if name[:2] == joined[:2] and _one_letter_apart(joined, name)), None)


def _spoken_medicines_joined(text: str) -> str:
    tokens, out, i = text.split(" "), [], 0
    while i < len(tokens):
        for n in (4, 3, 2) if tokens[i][:2] in _MEDICINE_STARTS else ():
            window = tokens[i:i + n]
            last = _A_WORD_THEN_MARKS.fullmatch(window[-1]) if len(window) == n else None
            if last and all(re.fullmatch(r"[a-z]+", w) for w in window[:-1]):
                name = _medicine_named_in([*window[:-1], last[1]])
                if name:
                    out.append(name + last[2])
                    i += n
                    break
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


# (after a word or two that joins it to what came before: "and what would make you change your mind?")
_QUESTION_START = re.compile(r"^\s*((and|so|but|ok|okay|then|also|right)\W+){0,2}"
                             r"(what|whats|what's|wat|wats|wot|wut|how|when|why|where|which|who|should|"
                             r"shall|can|could|"
                             r"is|are|am|do|does|did|will|would|may|might|must|has|have|"
                             r"(i |i'm |i am |i was )?wonder(ing)? "
                             r"(if|whether|what|how|why|when|where|who))\b",
                             re.IGNORECASE)


# "and the heat pack how long each time": a question without its mark or a question word first
_HOW_LONG_EACH = re.compile(r"\bhow (long|often|many times|much) (each|per|a|every) "
                            r"(time|day|session|go|week)\b", re.IGNORECASE)


# "Wouldn't numbness around the bottom be the one to watch for? Just checking, ...": a first sentence that
# opens with a negative and ends with a question mark asks (not "Don't have any. Why?")
_NEGATIVE_QUESTION = re.compile(r"^\W*(isn|aren|wouldn|shouldn|couldn|doesn|don|won)'?t\b[^.!?]*\?",
                                re.IGNORECASE)


def looks_like_question(text: str) -> bool:
    text = _SPOKEN_QUESTION_MARK.sub("?", text or "").replace("\u2019", "'")
    return (text.rstrip().endswith("?") or bool(_QUESTION_START.match(text))
            or bool(_HOW_LONG_EACH.search(text)) or bool(_NEGATIVE_QUESTION.match(text)))


# Plainly a question: one sentence with a question word first ("wud the chinese needles sort out my back",
# "any yoga moves I should steer clear of"); not "can't tie my laces" or "did my back in", not a
# description with a question mark ("I hurt my back lifting, what should I do?"), and not a plea for help
# ("what should I do?"), which the safety questions answer best.
_PLAIN_QUESTION_START = re.compile(
    r"^\W*(what|whats|what's|wot|wots|wat|how|why|where|which|who|is|are|am|should|shall|would|wud|could|"
    r"will|does|any|anything|can (i|you|u|we|it|this|that|stress|a|an|the)|do (i|you|u|we|they|people|"
    r"most))\b", re.IGNORECASE)
_PLEA_FOR_HELP = re.compile(r"\b(what (should|can|do|shall) i do|what now|"
                            r"any (advice|tips|ideas|suggestions)|help me|what'?s wrong with|"
                            r"what is wrong with|what (is|could) (it|this) be)\b",
                            re.IGNORECASE)
_PLEA_AND_ITS_MARK = re.compile(_PLEA_FOR_HELP.pattern + r"\W*", re.IGNORECASE)


def plainly_a_question(text: str) -> bool:
    text = _SPOKEN_QUESTION_MARK.sub("?", text or "").strip()
    one_sentence = not re.search(r"[.!?]\s+\S", text)
    return bool(_PLAIN_QUESTION_START.match(text)) and one_sentence and not _PLEA_FOR_HELP.search(text)


MAX_CONTEXT_SENTENCES = 2  # after a question: "What can I do tonight to ease it? Interview at 9 tomorrow."
# what the triage would want from the context: how long, how it began, how bad, what it stops, a first episode
_PAIN_TOLD_IN_CONTEXT = re.compile(r"\b(pain|painful|sore|hurt\w*|ache\w*|aching|agony|worse|better|started|"
                                   r"began|since|weeks?|months?|days?|flared?|improv\w*|first time|off work|"
                                   r"off for|stiff\w*|numb\w*|tingl\w*|weak\w*|\d+ ?(/|out of) ?10)\b")


def opens_with_a_plain_question(text: str) -> bool:
    """"What's the best way to sleep with a sore back? I've slept on my front for 30 years.": a plain question
    first, then a sentence or two of context that tells nothing of the pain itself."""
    text = _SPOKEN_QUESTION_MARK.sub("?", text or "").strip()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    if not 1 < len(sentences) <= 1 + MAX_CONTEXT_SENTENCES or not sentences[0].endswith("?"):
        return False
    context = " ".join(sentences[1:])
    return (plainly_a_question(sentences[0]) and not describes_own_pain(context) and "?" not in context
            and not _PAIN_TOLD_IN_CONTEXT.search(normalise(context)))


_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|my|me|myself)\b")
_OWN_BACK = re.compile(r"\b(backs?|backaches?|spine|spinal|lumbago|sciatica|disc|discs|coccyx|tailbone|"
                       r"hurts?|hurting|aches?|aching|achy|pain|painful|sore|agony|killing me|stiff|twinge|"
                       r"twinged|spasms?|crick|put (it|my back) out|done (it|my back) in)\b")


def describes_own_pain(text: str) -> bool:
    """"Done my back in lifting the dog", "I'm in agony": the person's own pain, not plainly a question."""
    t = normalise(text or "")
    return bool(_FIRST_PERSON.search(t) and _OWN_BACK.search(t)) and not looks_like_question(text)


def statements_in(text: str) -> str:
    """The sentences of a message that tell rather than ask ("I'm 45. Can I run?" -> "I'm 45."; "I can't
    work, should I see someone?" -> "I can't work,")."""
    parts = re.split(r"(?<=[.!?\n])\s+|(?<=,)\s+(?=" + _QUESTION_START.pattern.removeprefix(r"^\s*") + ")",
                     text or "", flags=re.IGNORECASE)
    return " ".join(s for s in parts if s and not looks_like_question(s))


_SOMEONE_ELSES = re.compile(r"\b(my|his|her|their|our) (" + "|".join(map(re.escape, lexicon.OTHER_PERSON))
                            + r")\b")


# "a few years back", "the back of my thigh", "I've moved back to Manchester": not the back ("did my back in
# on Saturday" is: "back in" only after no "my")
NOT_THE_BACK = re.compile(r"\b(years?|months?|weeks?|days?|while|way|time|ages) back\b|"
                          r"\b(?<!my )(?<!his )(?<!her )(?<!the )back (then|in)\b|"
                          r"\bback of (my|the|his|her) (thigh|leg|knee|calf|head|neck|hand)\b|"
                          r"\b(moved|move|moving) back\b")


_THIRD_PERSON_BODY = re.compile(r"\b(his|her|their) (bum|bottom|backside|bladder|bowels?|legs?|feet|foot|"
                                r"back|privates|groin|thighs?|saddle|knees?|wee|pee|urine)\b")


def names_someone_elses_body(text: str) -> bool:
    """"One of my residents has lost feeling in her bottom": the message is about someone else's body."""
    t = normalise(text or "")
    return bool(_SOMEONE_ELSES.search(t) or _THIRD_PERSON_BODY.search(t))


def tells_own_pain(text: str) -> bool:
    """"I have pain in back since 5 weeks. Is normal?": the person tells of their own pain, whatever they
    then ask (the sentences that ask are left out; "I" may be in the question: "... what should I do")."""
    # ("back pain for 3 days, any advice?": the plea is a question, what comes before it is told)
    told = _PLEA_AND_ITS_MARK.sub(". ", text or "")
    # ("one of the dishies ... landed on his back and cant get up": his back, not the writer's)
    t, whole = _THIRD_PERSON_BODY.sub(" ", normalise(statements_in(told))), normalise(text or "")
    # (someone else named in passing does not make the pain theirs: "on a cruise with my husband ... I have
    # had an aching low back for nine days")
    return bool(_OWN_BACK.search(t) and (not _SOMEONE_ELSES.search(whole) or _OWN_BACK_TOLD.search(t))
                and (_FIRST_PERSON.search(whole) or re.search(r"\b(since|for|about)\b", t)
                     or _BACK_SAID_FIRST.search(t) or _A_CLINICIANS_NOTE.search(whole)))


# A clinician's note pasted by the person it is about ("58 y.o. male presents with 5 days of low back pain")
_A_CLINICIANS_NOTE = re.compile(r"\b(presents with|presenting with|presented with|c/o|complains of|"
                                r"after visit summary|discharge summary|history of present(ing)? illness|"
                                r"y\.?o\.? (male|female|man|woman|m|f))\b")


# "back's stiff as eh", "lower back is killing me": the back named first, with no "my", is one's own
_BACK_SAID_FIRST = re.compile(r"(^|[.!?]\s*)\W*(the )?((lower|low|upper|mid) )?(back|spine)"
                              r"('s| is| has| keeps| went| gone| feels)\b")


_GREETING_WORDS = {w for greeting in lexicon.GREETINGS_FROM_OTHER_LANGUAGES
                   for w in re.findall(r"[a-z]+", greeting)}


def readable_as_english(text: str) -> bool:
    """False for messages with no Latin letters or digits (empty, emoji, other scripts, binary), or where
    most words of three or more are not English ("me duele la espalda"): these get a clear "please say
    it another way, in English" instead of a guess."""
    if not re.search(r"[A-Za-z0-9]", text or ""):
        # "👍", "👋"; not "🚑", "🙏" or "😀🙈"
        return _only_answer_emoji(text or "") and bool(re.search(r"[a-z]", _emoji_as_words(text or "")))
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", text) if len(w) > 1]
    if len(words) < 3:
        return True
    pipe = _pipeline()
    known = sum(1 for w in words if w in pipe.english or w in pipe.vocabulary or w in _CONTRACTIONS
                or w in _GREETING_WORDS)
    return known / len(words) >= 0.5


@dataclass
class _Span:
    label: str
    start: int
    end: int


# A reply's first words ("no,", "not really,", "nope -") answer a question: they deny nothing after them.
_ANSWER_WORDS = {"no", "nope", "nah", "naw", "nae", "not", "really", "yes", "yeah", "yep", "yup", "well",
                 "um", "erm", "hmm", "ok", "okay", "oh", "actually", "sort", "kind", "of"}
_ANSWER_ENDS = {",", "-", "–", "—", "--", "..."}


def _answer_breaks(doc: Doc) -> set[int]:
    """Token indices of the comma or dash that ends a reply's opening "no," / "not really," in a sentence."""
    breaks: set[int] = set()
    starts = [0, *(i + 1 for i, tok in enumerate(doc) if _ends_sentence(tok.text))]
    for pos in starts:
        while True:
            j = pos
            while j < len(doc) and doc[j].lower_ in _ANSWER_WORDS:
                j += 1
            if j == pos or j >= len(doc) or doc[j].text not in _ANSWER_ENDS:
                break
            breaks.add(j)
            pos = j + 1
    return breaks


def _clauses(doc: Doc, cue_spans: list[_Span]) -> list[tuple[int, int]]:
    """Clause boundaries: sentence ends, contrast words, a reply's opening "no," and ", I ..." / "and my ..."
    restarts."""
    breaks = {s.start for s in cue_spans if s.label == "BREAK"} | _answer_breaks(doc)
    self_starts = {s.start for s in cue_spans if s.label in ("SELF", "OTHER")}

    def ends_clause(i: int, text: str) -> bool:
        restart = text in {",", "and", "so", "because", "cos", "as"} and i + 1 in self_starts
        return _ends_sentence(text) or i in breaks or restart

    return _split(doc, ends_clause)


def _ends_sentence(text: str) -> bool:
    return text in SENTENCE_END or "\n" in text


def _split(doc: Doc, ends_here: Callable[[int, str], bool]) -> list[tuple[int, int]]:
    """Token bounds of the pieces of the text, cut at (and without) the tokens where `ends_here` holds."""
    bounds, start = [], 0
    for i, tok in enumerate(doc):
        if ends_here(i, tok.text):
            if i > start:
                bounds.append((start, i))
            start = i + 1
    if start < len(doc):
        bounds.append((start, len(doc)))
    return bounds


_LIST_WORDS = {"or", "nor", "and", "either", "neither", ","}
# Parts of the body: a denial said of one of them ("no problem peeing") is not said of a finding elsewhere.
_BODY_SITES = {"BLADDER", "BOWEL", "TOILET", "SADDLE", "SEXUAL", "LEG", "LEGS_PLURAL", "FEET_PLURAL",
               "BOTH_LEGS", "BELLY", "SPINE_BONE", "ELSEWHERE"}
# "they belong to someone else" inside a mention is not someone else's symptom; "his motorbike" is.
_SUBJECT_PRONOUNS = {"they", "them", "he", "she", "him", "it", "people", "someone", "somebody"}
_ASKING_WORDS = {"is", "are", "does", "do", "can", "could", "should", "would", "what", "how", "why", "when",
                 "which", "whats"}


def _distant_year() -> int:
    """Years up to this one are long past: an injury then is not this back pain."""
    return dt.date.today().year - 3


def _sentence_at(doc: Doc, at: int) -> tuple[int, int] | None:
    """The bounds of the sentence holding token `at`."""
    return next(((s, e) for s, e in _sentences(doc) if s <= at < e), None)


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    return _split(doc, lambda _i, text: _ends_sentence(text))


def _question_sentence(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token bounds of the sentence around start..end if it ends with a question mark."""
    i = end
    while i < len(doc) and doc[i].text not in SENTENCE_END:
        i += 1
    if i >= len(doc) or doc[i].text != "?":
        return None
    j = start
    while j > 0 and doc[j - 1].text not in SENTENCE_END:
        j -= 1
    return j, i


_BEFORE_A_QUESTION = {"so", "but", "and", "hi", "hey", "hello", "doctor", "doc", "dr", "ok", "okay", "well",
                      "um", "erm", ",", "-"}


_NOT_TOLD = {"'d", "would", "'ll", "will", "might", "could", "should", "meant", "supposed", "wo"}


def _tells_of_oneself(doc: Doc, after: int) -> bool:
    """Whether the rest of the sentence tells something of the person ("... that I've wet myself", "... I
    can't feel my bum"), not what they would, might or are meant to have."""
    for t in itertools.takewhile(lambda t: t.text not in SENTENCE_END, doc[after:]):
        following = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if t.lower_ in ("i've", "ive", "i'm", "im") or (t.lower_ == "i" and following not in _NOT_TOLD):
            return True
    return False


def _opens_a_negative_question(doc: Doc, negation: _Span) -> bool:
    """"Isn't ...?", "Aren't ...?": a negation that opens a sentence ending in a question mark."""
    if doc[negation.start].lower_ not in ("is", "are", "isnt", "arent") or negation.end - negation.start > 2:
        return False
    opening = itertools.takewhile(lambda t: t.text not in SENTENCE_END, reversed(doc[:negation.start]))
    if not all(t.lower_ in _BEFORE_A_QUESTION for t in opening):  # ("Doctor, isn't ...?", "So aren't ...?")
        return False
    # ("Isnt it bad that I cant feel my bum": asked without its mark, about what the person tells)
    unmarked = (negation.end < len(doc) and doc[negation.end].lower_ == "it"
                and _tells_of_oneself(doc, negation.end))
    return unmarked or _question_sentence(doc, negation.start, negation.end) is not None


# A short course told beside steroids that go on ("a 5 day course 3 years ago and I'm still on it", "been on
# it daily since"): not explained away
_STEROIDS_GO_ON = re.compile(r"\b(still (on|taking) (it|them|the|my)|(on|taking) (it|them) (daily|every day|"
                             r"most days|still)|been on (it|them) (daily |every day )?(ever )?since|"
                             r"ever since)\b")


def _explains_where_it_stands(doc: Doc, away: _Span, chosen: list[_Span]) -> bool:
    """A length of time explains a finding away only right after it: "prednisone for 5 days" is a short
    course, but in "kidney transplant, on tacrolimus, back pain for 5 days" the days are the back pain's."""
    if doc[away.start].lower_ != "for":
        return True
    return any(0 <= away.start - span.end <= 1 for span in chosen)


# A part that starts with a verb for someone else and no subject of its own ("... and now has a fever"; not
# "now can't pee", where a hurried "I" is left out, nor "now has gone numb", where "it" may be)
_THIRD_PERSON_VERBS = {"has", "says"}
_CHANGE_VERBS = {"gone", "been", "become", "started", "stopped", "begun", "turned", "got", "gotten"}
_JOINERS = {"and", "but", "now", "then", "also", "so", ","}


def _subject_left_out(doc: Doc, clause: tuple[int, int] | None, sentence: tuple[int, int],
                      cues: list[_Span], all_cues: list[_Span]) -> bool:
    """"My wife has had back pain and now has a fever": the sign's part has no subject of its own and starts
    with a verb for someone else, so its subject is the last person named before it in the sentence; True
    when that person is someone else."""
    if clause is None or any(s.label in ("SELF", "OTHER") for s in cues
                             if clause[0] <= s.start < clause[1]):
        return False
    words = itertools.dropwhile(lambda t: t.lower_ in _JOINERS, doc[clause[0]:clause[1]])
    first = next(words, None)
    if first is None or first.lower_ not in _THIRD_PERSON_VERBS or (
            first.i + 1 < len(doc) and doc[first.i + 1].lower_ in _CHANGE_VERBS):
        return False
    named = [s for s in all_cues if s.label in ("SELF", "OTHER") and sentence[0] <= s.start < clause[0]]
    return bool(named) and max(named, key=lambda s: s.start).label == "OTHER"


_DENIALS = {"no", "nope", "nah", "never", "none", "not"}
# Between the items of a list or a form ("Bladder: normal / Legs: normal"): what comes after is a new item.
_ITEM_SEPARATORS = {"/", "|", ";", ",", "-", "\n"}


def _echoed_then_denied(doc: Doc, question: tuple[int, int] | None, start: int, end: int) -> bool:
    """"Self-harm? No, nothing like that": the words asked back as a question of their own (at most two
    other words, such as "any") and answered no straight after."""
    if question is None or (question[1] - question[0]) - (end - start) > 2:
        return False
    following = doc[question[1] + 1:question[1] + 2]
    return len(following) == 1 and following[0].lower_ in _DENIALS


def _sentence_is_question_not_about_user(doc: Doc, start: int, end: int, cues: list[_Span] = ()) -> bool:
    bounds = _question_sentence(doc, start, end)
    if bounds is not None and any(c.label == "ASKING_SELF" and end <= c.start < bounds[1] for c in cues):
        return False  # "sciatica in both legs now, is that normal?": said first, then asked about
    if bounds is None:  # "is wetting yourself linked to back problems" (no question mark)
        bounds = _sentence_at(doc, start)
        if bounds is None or bounds[1] - bounds[0] < 2 or doc[bounds[0]].lower_ not in _ASKING_WORDS \
                or doc[bounds[0] + 1].lower_ in ("n't", "not") \
                or re.match(r"what'?s (new|changed|happened|happening|going on|wrong)", doc[bounds[0]:].text):
            return False  # "what's new is ..." tells, it does not ask
    # ("my" that begins someone else, as in "given my uncle had one", is not the person's own)
    others = {c.start for c in cues if c.label == "OTHER"}
    words = {t.lower_ for t in doc[bounds[0]:bounds[1]] if t.i not in others and t.i + 1 not in others}
    return not words & {"i", "my", "me", "myself", "i'm", "'m", "'ve"}


# "7 out of 10", "7/10", "2 of 10" (clinical.parsing.severity reads the first; here every one is read)
PAIN_SCORE = re.compile(r"\b(\d{1,2}(?:\.5)?)\s*(?:/|out of|outta|of)\s*(?:10|ten)\b")
_MILD_SCORE = 3


_CHECKED_AND_CLEAR = re.compile(
    r"\b(nothing (was )?broken|no (fracture|break)s?|"
    r"(x-?rays?|scans?|ct|mri)( (were|was|came back|all))? (clear|fine|normal)|"
    r"(scanned|x-?rayed|checked)( me)?( out)?,? (and )?(nothing|all clear))\b")
# the pain now said mild in words, with no score ("pain now mild and easing every day")
_SAID_MILD_NOW = re.compile(r"\b(pain('s| is)? (now |only |just )?(mild|minor|easing|settling|settled)|"
                            r"(now|only|just) (mild|a niggle|a twinge)|easing (off )?every day)\b")
# ... or a medicine (_A_MEDICINE) taken for it
_STILL_SEVERE = re.compile(
    r"\b(agony|severe|excruciating|worst|unbearable|"
    r"can'?t (walk|move|stand|feel|get up|sit|sit up|breathe|lift)|barely (walk|move|stand|sit)|worse|"
    r"really bad|dizzy|faint|breath|breathe|breathing|blood|swollen|swelling|bruised|numb|tingl\w*|"
    r"ten out of ten|fentanyl|the gas|green whistle|neck|head)\b")


# A tackle or a spill the writer calls small in their own words ("a rugby tackle (not a bad one)", "fell off
# my e-scooter at walking pace ... wasn't a big crash"), with nothing of speed, height, a motor vehicle or
# severe pain, and nobody else's word for it ("not a bad one, they said"): checked with one question
_TRAUMA_SAID_MINOR = re.compile(
    r"\b((not|wasn'?t|was not|isn'?t|is not) (a |that )?(bad|big|hard|serious|major|heavy) "
    r"(one|crash|spill|stack|tackle|hit)|at walking pace|"
    r"(just|only) a (small|little|minor) (slip|spill|trip))\b")
_TRAUMA_NOT_MINOR = re.compile(
    r"\b(\d+ ?(km/?h|kph|k|mph|km|m|metres?|meters?|storeys?|stories|feet|ft)|speed|highway|motorway|"
    r"freeway|roof|scaffold\w*|ladder|storey|stairs|flight|rolled|roll\w*|t-?boned|airbags?|motorbike|"
    r"motorcycle|car|truck|bus|lorry|van|ute|tractor|quad|horse|gallop\w*|concrete|they said|he said|"
    r"she said|apparently|according to|supposedly|killing|hell|horrend\w*|terrible|awful|wrecked|in bits|"
    r"crack\w*|heaps|a lot|so much|really|bad|numbness|pins and needles|fast|downhill|"
    r"mountain bike|knocked|unconscious|blacked out|hit my head|concuss\w*|"
    r"([5-9]|10) ?(/|out of) ?10)\b")


def _trauma_said_minor(doc: Doc) -> bool:
    text = doc.text.lower()
    spoken = _TRAUMA_SAID_MINOR.sub(" ", text)  # ("not a bad one" is no "bad")
    return (bool(_TRAUMA_SAID_MINOR.search(text)) and not _STILL_SEVERE.search(text)
            and not _TRAUMA_NOT_MINOR.search(spoken))


# "Back pain since a rugby tackle 8 weeks ago and it's not getting any better": a tackle weeks or a season
# past, with nothing severe said of it, is checked with one question rather than escalated as a fresh
# injury's pain
_WEEKS_PAST = re.compile(r"\b(((\d+|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|"
                         r"couple of|a couple of) (weeks|months)|a month) ago|last (season|month))\b")


def _a_tackle_weeks_ago(doc: Doc) -> bool:
    text = doc.text.lower()
    return (bool(re.search(r"\btackle[ds]?\b", text)) and bool(_WEEKS_PAST.search(text))
            and not _STILL_SEVERE.search(text) and not _TRAUMA_NOT_MINOR.search(text))


def _only_mild_pain_scored(doc: Doc) -> bool:
    """"A&E scanned me after I came off my bike three weeks ago, nothing broken, and the pain's down to a 2
    out of 10 now": checked and clear, and every pain score given is mild with nothing said severe, taken
    for it or of another part: no "severe pain after a major fall, crash or blow" (checked, not escalated)."""
    text = doc.text.lower()
    scores = [float(m.group(1)) for m in PAIN_SCORE.finditer(text)]
    mild = max(scores) <= _MILD_SCORE if scores else bool(_SAID_MILD_NOW.search(text))
    return (mild and bool(_CHECKED_AND_CLEAR.search(text))
            and not _STILL_SEVERE.search(text) and not {t.lower_ for t in doc} & _A_MEDICINE)


_NERVE_SIGNS_THAT_COME_AND_GO = {"bladder_bowel", "saddle_numbness", "both_legs", "sexual_dysfunction",
                                 "progressive_weakness"}
# Within the last day or so
_LATELY = re.compile(r"\b(yesterday|last night|this morning|this afternoon|this evening|today|tonight|"
                     r"earlier|an hour ago|(a few|few|couple of|\d+) hours ago|overnight)\b")
_FEARS_OF = {"scared", "afraid", "terrified", "frightened", "fear", "nervous", "petrified", "wary"}


def _a_feared_fall(doc: Doc, span: _Span) -> bool:
    """"I have osteoporosis and I'm terrified of falling": a fall feared, not had."""
    return (span.label in ("FALL", "MINOR_TRAUMA") and doc[span.start].lower_ == "falling" and span.start >= 2
            and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _FEARS_OF)


_MAKES_ME = {"makes", "made", "make", "making"}
_SIDE_EFFECT = re.compile(r"^\W*(as an? |is an? |from the |a )?side[ -]effects?\b")


def _dizzy_as_a_side_effect(doc: Doc, span: _Span) -> bool:
    """"Tramadol makes me dizzy", "dizzy as a side effect of the pregabalin": a medicine's side effect, no
    faint from the back pain. Only straight after "makes me" said of a medicine or pills, or straight
    before "side effect" ("the pain makes me dizzy" is a sign)."""
    if span.label != "DIZZY":
        return False
    before = [t.lower_ for t in doc[max(0, span.start - 4):span.start]]
    said_of_a_medicine = (len(before) >= 3 and before[-1] == "me" and before[-2] in _MAKES_ME
                          and before[-3] in _A_MEDICINE)
    return said_of_a_medicine or bool(_SIDE_EFFECT.match(doc[span.end:span.end + 5].text.lower()))



def _told_before_a_question_tag(doc: Doc, start: int, end: int) -> bool:
    """"numb bum since yesterday, normal or not?", "lost 6kg in 2 months, never diet, related or not?": a
    sign said first, with nothing asking or supposing before it, then a question after a comma or dash.
    Perhaps the person's own, though no "I" or "my" is said (as often in Singapore, Malaysian or texting
    English), so it is checked rather than taken as a general question."""
    bounds = _question_sentence(doc, start, end)
    if bounds is None:
        return False
    before = [t.lower_ for t in doc[bounds[0]:start]]
    if set(before) & (_ASKING_WORDS | _CONDITIONAL_STARTS | {"whether", "when"}):
        return False
    return any(t.text in (",", "-", "–", "...", ":") for t in doc[end:bounds[1]])


# "If ...?", "Say I started getting chills, would that be a concern?", "Suppose ...?"
_CONDITIONAL_STARTS = {"if", "would", "could", "does", "do", "say", "suppose", "supposing", "imagine",
                       "hypothetically", "let"}


_CLAUSE_TURNS = {",", "but", "though", "although", "however", "except", "yet", "so", "and"}


_DENIED_BY = ("n't", "not", "never")
_WHAT_WAS_NAMED = ("any", "that", "it", "this", "those", "these", "them", "anything")


def _safety_net(doc: Doc, start: int, cues: list[_Span]) -> str | None:
    """"The GP said to come back if my foot started slapping": a sign to come back for, said in the same
    clause as the advice (a sign after a comma, a "but" or a new sentence is read as usual). "denied" when
    the message then says it has not come ("neither has happened") and nothing says it has; "unfulfilled"
    when it says neither (checked with one question); "fulfilled" when it says it has come ("... and now it
    has"); None when there is no such advice."""
    net = next((s for s in reversed(cues) if s.label == "SAFETY_NET" and s.end <= start), None)
    if net is None or any(t.text in SENTENCE_END or t.lower_ in _CLAUSE_TURNS for t in doc[net.end:start]):
        return None
    after = [s for s in cues if s.start >= net.end]
    later = {s.label for s in after if s.label != "NOW_HAPPENING"}
    # ("I haven't got any of that": an "I have" denied, of what was named, tells nothing has come; "I haven't
    # passed urine since 6am" tells it has)
    happenings = [s for s in after if s.label == "NOW_HAPPENING"
                  and not (doc[s.end:s.end + 1].text.lower() in _DENIED_BY
                           and doc[s.end + 1:s.end + 2].text.lower() in ("got", "had")
                           and doc[s.end + 2:s.end + 3].text.lower() in _WHAT_WAS_NAMED)]
    # ("I have neither of those", "I've got none of them": a "have" that denies the whole list)
    if any(doc[s.end:s.end + 1].text.lower() in ("neither", "none")
           and doc[s.end + 1:s.end + 2].text.lower() in ("of", ".", ",", "!", "") for s in happenings):
        happenings = []
    if happenings:
        # (met, unless denied after all: "... which I haven't", "neither has happened, better today")
        met = any(not {t.lower_ for t in doc[s.end:s.end + 2]} & set(_DENIED_BY) for s in happenings)
        return "fulfilled" if met and "NOT_HAPPENED" not in later else None
    return "denied" if "NOT_HAPPENED" in later else "unfulfilled"


# "does it matter that I wet myself?", "do I need to worry about the fact I've wet myself?", "could I still
# take ibuprofen, I've wet myself twice?", "now that both my legs are numb"
_TOLD_AS_A_FACT = re.compile(
    r"\b(matter|matters|bad|serious|normal|ok|okay|worrying|worry|worried|concern|concerned|problem|dangerous|"
    r"important|count|counts|mean|means)\s+(about\s+|to me\s+)?(that|the fact( that)?)\s+(\w+\s+)?"
    r"(i|i've|ive|i'm|im|my)\b|"
    r",\s+(i've|ive|i'm|im)\b|\bnow that\s+(\w+\s+)?(i|i've|ive|i'm|im|my)\b|"
    # "could this be because I can't pee?": the cause asked about is told as a fact
    r"\b(because|cos|coz|since) (i|i've|ive|i'm|im|my)\b")
_PRESUPPOSING = {"the", "my", "this", "these", "that"}
_GENERAL = {"you", "your", "someone", "somebody", "people", "person", "anyone", "anybody", "if"}
# "do I need to go to A&E for numb privates?": help sought for the sign, so the person's own
_HELP_FOR = re.compile(r"\b(a&e|a and e|ed|er|hospital|emergency|doctor|gp|ambulance|111|999|911|000)\b")
_CONDITION_WORDS = {"if", "ever", "when", "suppose", "say"}
# "does it count if I wet myself last night?": a condition with a time that has passed tells what happened
_A_TIME_GONE_BY = re.compile(r"\b(yesterday|last (night|week)|this (morning|week|afternoon|evening)|"
                             r"earlier|twice|already|just now)\b")


def _presupposed_in_a_question(doc: Doc, start: int) -> tuple[str, int] | None:
    """A sign the person's own question takes as given, and where that begins: "told" when a clause in it
    says so ("does it matter that I wet myself last night?"), "presupposed" when it is named as theirs ("does
    the numbness in both legs mean something serious?", "could my numb bum be from sitting?") or put in a
    condition that has already come ("does it count if I wet myself last night?"); None otherwise. A general
    question ("does numbness in both legs mean ...?", "if my legs went numb would ...?") presupposes
    nothing."""
    bounds = _question_sentence(doc, start, start + 1)
    if bounds is None:
        return None
    before = doc[bounds[0]:start]
    if any(t.lower_ in _CONDITION_WORDS for t in before):
        after = doc[start:bounds[1]].text.lower()
        return ("presupposed", start) if _A_TIME_GONE_BY.search(after) else None
    told = list(_TOLD_AS_A_FACT.finditer(before.text.lower()))
    if told:
        # (what comes before the clause that tells it no longer makes it a question: "worry about the fact")
        at = before[0].idx + told[-1].end() - 1
        return "told", next((t.i for t in before if t.idx + len(t.text) > at), start)
    if start > bounds[0] and doc[start - 1].lower_ in _PRESUPPOSING and not any(
            t.lower_ in _GENERAL for t in doc[bounds[0]:bounds[1]]) and not any(
            t.lower_ in ("a", "an") for t in before):
        return "presupposed", bounds[0]
    if start > bounds[0] and doc[start - 1].lower_ == "for" and _HELP_FOR.search(before.text.lower()):
        return "presupposed", bounds[0]
    return None


# Words that say a sign asked about is already there ("will I ever pee normally again?")
_ALREADY_THERE = {"again", "still", "already", "anymore", "ever", "normally", "properly", "better", "away",
                  "improve", "recover", "last", "stay", "stays", "keep", "permanent", "forever"}
# "will I lose control", "am I going to end up incontinent", "will I get numb legs"
_BECOMING = {"lose control", "lose the", "lose my", "lose feeling", "lose all", "end up", "go numb",
             "get numb", "become incontinent", "become paralysed", "become paralyzed", "be paralysed",
             "be paralyzed", "develop cauda", "develop numbness", "wet myself", "get cauda",
             "get incontinent"}
_GOT_BACK = re.compile(r"\b(feeling|it|control|sensation|strength|them|that) back\b")


def _asks_what_will_come(doc: Doc, bounds: tuple[int, int], start: int) -> bool:
    """"Will I lose control of my bladder in labour?", "Am I going to end up paralysed?": a question about
    what may come, as a worry; not "will I get the feeling back?", which tells it has gone."""
    opening = [t.lower_ for t in doc[bounds[0]:bounds[0] + 6]]
    verb_at = 2 if opening[:2] == ["will", "i"] else 4 if opening[:4] == ["am", "i", "going", "to"] else None
    # (only a question of becoming: "will I need a catheter because I can't pee?" tells one)
    if verb_at is None:
        return False
    if opening[verb_at:verb_at + 1] == ["ever"]:
        verb_at += 1
    if " ".join(opening[verb_at:verb_at + 2]) not in _BECOMING:
        return False
    # (only a plain question, nothing told beside it: "will I need an MRI, both legs are numb?" tells one,
    # as does "will I end up in a wheelchair if my legs are going numb?")
    asked = doc[bounds[0]:bounds[1]]
    words = {t.lower_ for t in asked}
    return (not words & (_ALREADY_THERE | {",", "-", "–", "if", "since", "now"})
            and not _GOT_BACK.search(asked.text.lower()) and start > bounds[0] + 1)


_PREAMBLE_MAX = 4  # words before a comma or colon that only open a question ("just wondering,", "in case:")
_OF_ONESELF = {"my", "me", "mine", "myself"}  # beside _FIRST_PERSON_STARTS (defined further on)
_TOLD_AS_HAPPENING = {"since", "i've", "ive", "'ve", "i'd", "already", "still", "am", "is", "are", "'m",
                      "'s", "n't", "cannot", "can", "have", "has", "been", "do", "does", "keep", "keeps",
                      "now", "for"}
_SUPPOSING = {"ever", "were", "went", "lost", "left", "had", "got", "fell", "broke", "did", "hurt", "someday"}


def _conditional_after_a_preamble(doc: Doc, start: int) -> bool:
    """"Just wondering, if a scooter crash left my back sore, would I need ED?": a what-if supposed in the
    past behind a short opening (or any opening before a colon). Maybe a worry, maybe what is happening:
    checked with one question. (Not "if anything", and not a condition told as a present state or as
    happening: "quick question, if I haven't peed since yesterday ...", which stays a report.)"""
    sentence = _sentence_at(doc, start)
    # (only a question: "update, if I stand up my legs go numb" tells what happens)
    if sentence is None or not (_question_sentence(doc, start, start + 1) or any(
            t.lower_ in _WH_WORDS | {"would", "should", "could"} for t in doc[start:sentence[1]])):
        return False
    first = sentence[0]
    # (an opening of any length before a colon: "I want a plan for the flight: if my back goes and then I
    # can't pee, what do I do?")
    colon = next((t.i for t in doc[first + 1:start] if t.text == ":"), None)
    for i in ([colon] if colon is not None else range(first + 1, min(first + _PREAMBLE_MAX + 1, start))):
        if doc[i].text in (",", ":", "-", "–"):
            opening = doc[first:i]
            if doc[i + 1].lower_ != "if" or doc[i + 2].lower_ == "anything":
                return False
            said_of_oneself = {t.lower_ for t in opening} & (_FIRST_PERSON_STARTS | _OF_ONESELF)
            if doc[i].text != ":" and (said_of_oneself
                                       or any(t.is_digit for t in opening)):
                return False
            if {t.lower_ for t in opening} & {"help", "urgent", "emergency", "please"}:
                return False  # "Help: if my legs are numb and I can't pee what do I do": a plea
            # the condition runs to the question ("... who would I call?"); the sign must be in it
            end = _condition_end(doc, i + 1, sentence[1])
            if start >= end:  # "just wondering, if I go to the GP will they check why I can't feel my bum?"
                return False
            condition = [t.lower_ for t in doc[i + 1:end]]
            if {t.lower_ for t in doc[i + 1:start]} & {",", "but", "so", "because", "cos"}:
                return False  # "sorry, if I'm a pest, but I've been wetting myself": the sign is no condition
            # only a condition told as supposed ("if my legs went numb", "if I ever lost feeling"), never one
            # told as a present state ("if my bum's been numb for two days", "if I can't pee")
            supposed = any(w in _PAST_FORMS or (len(w) > 4 and w.endswith("ed")) or w in _SUPPOSING
                           for w in condition)
            return (supposed and not set(condition) & _TOLD_AS_HAPPENING
                    and not _condition_told_as_now(doc, i + 1, start, sentence[1]))
    return False


# "was all fine before this back business": the sign is new, not denied
_FINE_WORDS, _UNTIL_THIS = ("normal", "fine", "ok", "okay"), ("before", "until", "till", "til")
_LEAD_IN_MAX = 3  # words before a comma or colon that open a question ("quick worry:", "hi,")
# (an "if" after a lead-in is read with its tense: "quick one, if I haven't been able to wee since breakfast")
_MODAL_STARTS = {"could", "would", "does", "do"}


def _conditional_question(doc: Doc, start: int, end: int) -> bool:
    """"If my leg got weaker would I need an MRI?": a question about what might happen."""
    bounds = _question_sentence(doc, start, end)
    if bounds is not None:
        # (after a short lead-in: "Quick worry: could my back pain be cancer?", "hi, could it be cancer?")
        lead_in = next((i + 1 for i in range(bounds[0], min(bounds[0] + _LEAD_IN_MAX, start))
                        if doc[i].text in (",", ":", "-", "–")), bounds[0])
        return (doc[bounds[0]].lower_ in _CONDITIONAL_STARTS or doc[lead_in].lower_ in _MODAL_STARTS
                or _asks_what_will_come(doc, bounds, start))
    # without a question mark: "if my leg ever got weaker would that be an emergency"
    sentence = _sentence_at(doc, start)
    if sentence is None or doc[sentence[0]].lower_ != "if":
        return False
    words = [t.lower_ for t in doc[start:sentence[1]]]
    return any(a in ("would", "should", "could", "do", "does", "is") and b in ("that", "it", "i", "this")
               for a, b in itertools.pairwise(words))


_JUST_BEFORE_A_MEDICINE = {"my", "on", "taking"}
_ASKS_ITS_KIND = re.compile(r"^(is|isn't|are|aren't) (\S+ ){1,2}(a|an) "
                            r"(biologic|biological|immunosuppressant|steroid|dmard)\b")


def _asks_about_a_medicine(doc: Doc, start: int, end: int, cue_spans: list[_Span]) -> bool:
    """"Will prednisone help my back?" asks about the medicine; "I'm on prednisone, ...?" does not. Without
    a question mark, a sentence that starts like a question, or asks "what is it", counts too."""
    bounds = _question_sentence(doc, start, end)
    if bounds is None:
        sentence = _sentence_at(doc, start)
        asks = sentence is not None and (doc[sentence[0]].lower_ in _ASKING_WORDS or re.search(
            r"\bwhat (is|are|does)\b|\bwondering (if|whether)\b", doc[sentence[0]:sentence[1]].text))
        if not asks:
            return False
        bounds = sentence
    inside = [s for s in cue_spans if bounds[0] <= s.start and s.end <= bounds[1]]
    def takes_it(s: _Span) -> bool:
        """"I'm on ...", or "my" or "on" right before it ("my prednisone"), or "taking" it said first
        ("taking prednisolone 3 years, can I ...?"; not "is taking it safe?")."""
        said = doc[s.start:s.end].text.lower()
        if said == "taking" and not (s.start == 0 or doc[s.start - 1].is_punct):
            return False
        return (s.label == "ON_MEDICINE" and s.start < start
                and (said not in _JUST_BEFORE_A_MEDICINE or s.end == start))

    # ("is Humira a biologic, and would it ...?": what kind of medicine it is)
    asks_its_kind = bool(_ASKS_ITS_KIND.match(doc[bounds[0]:bounds[1]].text.lower()))
    return ((asks_its_kind or any(s.label == "TREATMENT_Q" for s in inside))
            and not any(takes_it(s) for s in inside))


def said_as_past(text: str) -> bool:
    """Whether the text puts something in the past or says it is over ("3 years ago", "healed fine", "in
    2019"), by the same cues the red-flag reading uses for "past and over"."""
    doc, labels = _cue_labels(text)
    a_distant_year = any(re.fullmatch(r"(19[4-9]\d|20\d\d)", t.text) and int(t.text) <= _distant_year()
                         for t in doc)
    return bool(labels & {"RESOLVED", "DISTANT_PAST", "LONG_STANDING"}) or a_distant_year


def no_back_pain_yet(text: str) -> bool:
    """Whether the message says the person has no back pain yet ("if I ever get back pain", "my back
    doesn't hurt"): risk factors told with it are a question about the future (lexicon.NO_BACK_PAIN_YET)."""
    return "NO_BACK_PAIN_YET" in _cue_labels(text)[1]


def _cue_labels(text: str) -> tuple[Doc, set[str]]:
    """The text's tokens and the cue labels (negation, time, ...) found in it."""
    pipe = _pipeline()
    doc = pipe.nlp.make_doc(normalise(text or ""))
    return doc, {pipe.nlp.vocab.strings[m] for m, _, _ in pipe.cues(doc)}


def concepts_in(text: str) -> set[str]:
    """The concept labels (clinical/lexicon.py) found anywhere in the text."""
    if not text or not text.strip():
        return set()
    pipe = _pipeline()
    doc = pipe.nlp.make_doc(normalise(text))
    return {pipe.nlp.vocab.strings[m] for m, _, _ in _concept_matches(pipe, doc)}


# Someone writing for the person with the pain ("hi its his mum typing", "I'm messaging on behalf of my
# dad"): that person's symptoms are the patient's, not someone else's.
# The verbs also as typed in a hurry, without their g ("typin for my husband").
_PROXY = re.compile(r"\b((typin|writin|messagin|askin|chattin|textin)g?( this| here)? (for|on behalf of)|"
                    r"on behalf of) ((my|our) \w+|(mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|"
                    r"grandpa)\b)|"
                    r"\b(i am|i'm|im) (typing|writing|messaging|texting) (for|on behalf of) "
                    r"(mr|mrs|ms|miss|dr|my|our|a|an)\b|"
                    r"\b(his|her|their) (mum|mom|mam|mother|dad|father|wife|husband|partner|daughter|son|"
                    r"sister|brother|carer|caregiver)( is| here)?,? (typin|writin|textin|messagin)g?\b")


# A carer introducing themselves ("Carer here, I am writing for Mr Tavita", "I'm her carer") speaks for the
# person they care for, unless they tell of their own back ("I'm a carer and my client has lost bladder
# control, I've got a bit of back ache from lifting her"): then the client's symptoms stay the client's.
_CARER = re.compile(r"^\W*(i'?m (a |the |his |her )?)?(carer|caregiver|care worker|support worker)\b")
_OWN_BACK_TOLD = re.compile(
    r"\bmy (own )?(back|lower back|spine)('s| is| has been)? (really |a bit |so |pretty )?"
    r"(sore|aching|achy|killing me|agony|wrecked|stuffed|stiff|playing up|bad|hurting)\b|"
    # "my lower back on the left side was really sore" (persona run 36: her husband's sciatica named too)
    r"\bmy (own )?(back|lower back|low back|spine)\b[^.!?;]{0,30}?\b(was|is|has been|got|went|felt|feels) "
    r"(really |a bit |so |pretty |very |quite )?(sore|aching|achy|painful|stiff|bad|hurting)\b|"
    r"\b(i'?ve|i have|i) (hurt|strained|pulled|tweaked|wrenched|done in|put out) my (own )?"
    r"(back|lower back)\b|"
    r"\b(i'?ve|i have|i) (got )?(a bit of a |a bit of |some |a )?(back ?ache|back pain|sore back)\b|"
    # "I have had an aching low back for about nine days"
    r"\b(i'?ve|i have) had (a |an |some )?(\w+ )?(low |lower |upper |mid )?(back ?ache|back pain|back)\b")
_QUOTED = re.compile(r"\"[^\"]*\"")  # the client's own words, quoted, are not the carer's
# A carer who says the message is about their own back ("I'm a carer ... but I'm writing about my own back")
# writes for themselves: the client's symptoms stay the client's. ("Writing on behalf of my grandad ... my
# own back is just stiff" still speaks for the grandfather: only saying who the message is about counts.)
_ABOUT_OWN_BACK = re.compile(r"\b((writing|asking|messaging|typing|here|this is) (about|for) "
                             r"(me|myself|my own)|for myself)\b")


# A message that opens with a relative's back pain ("My dad (74) just got a really bad pain in his back out of
# nowhere", "my wife's back went this morning") is about that person, unless it tells of the writer's own
# back too.
RELATIVE = (r"(mum|mom|mam|mother|dad|father|husband|hubby|wife|partner|son|daughter|nan|nana|gran|granny|"
            r"grandma|grandad|grandpa|grandmother|grandfather|brother|sister|boyfriend|girlfriend|fiance|"
            r"fiancee|aunt|auntie|uncle|cousin|family|relatives?)")
_OF_THEIR_BACK = r"((lower|low|upper|middle|mid) )?back\b"
_A_RELATIVES_BACK = re.compile(r"^\W*((hi|hello|hey)\W+)?(my|our) " + RELATIVE + r"\b(\s*\(\d{1,3}\))?"
                               r"('s " + _OF_THEIR_BACK + r"|[^.?!]{0,80}?\b(his|her|their) " + _OF_THEIR_BACK
                               + ")")
_MY_OWN_BACK = re.compile(r"\bmy (own )?" + _OF_THEIR_BACK + r"|\bmine\b")


# Said later, as a correction: "it's actually for my mum, not me", "sorry, it is my husband who has the pain"
# (the questions had been about the writer). Not "not me, my dad had cancer": his cancer is not the patient's.
_FOR_SOMEONE_AFTER_ALL = re.compile(
    r"\b(it'?s|it is|this is|these are|the answers are|i'?m answering) (all |actually |really )?(for|about) "
    r"(my|our) " + RELATIVE + r"\b(?!'s (birthday|party|wedding|funeral|place|house|sake))|"
    r"\b(it'?s|it is) (actually |really )?(my|our) " + RELATIVE + r" (who|that) (has|is having|'s got|got) "
    r"(the |this |a )?(back ?ache|back pain|pain|sore back|bad back)\b")


# "Patient on my placement ward has new saddle numbness and I'm worried the team is missing it. Not about
# me." (set 71): a student nurse telling of a patient, not helpline staff typing for the caller
_NOT_ABOUT_ME = re.compile(r"\b(not about me|not asking (for|about) (me|myself)|(this|it)'?s? (isn'?t|is not|"
                           r"not) (about|for) me)\b")


# helpline staff typing what a caller tells them: "Caller states she took ..."
_STAFF_TYPING = re.compile(r"^\W*(the )?(caller|pt|patient)\b")


def _speaks_for_someone(clean: str) -> bool:
    carer_for_someone = bool(_CARER.search(clean)) and not _OWN_BACK_TOLD.search(_QUOTED.sub(" ", clean))
    staff_typing = bool(_STAFF_TYPING.search(clean)) and not _NOT_ABOUT_ME.search(clean)
    for_someone = (_PROXY.search(clean) or staff_typing or carer_for_someone
                   or _FOR_SOMEONE_AFTER_ALL.search(clean))
    return bool(for_someone) and not _ABOUT_OWN_BACK.search(clean)


@lru_cache(maxsize=4096)  # likewise
def opens_with_a_relatives_back(text: str) -> bool:
    """"My dad (74) just got a really bad pain in his back": the conversation is about him. The message's own
    signs stay his, told to him at their level (someone_elses_red_flag), as the writer has not said they type
    for him; the answers after it ("he went all grey and sweaty") are the patient's."""
    clean = normalise(text or "")
    return (bool(_A_RELATIVES_BACK.search(clean)) and not _MY_OWN_BACK.search(clean)
            and not _OWN_BACK_TOLD.search(clean) and not _ABOUT_OWN_BACK.search(clean))


@lru_cache(maxsize=4096)  # asked of every earlier message at every action call (actions/common.py)
def speaks_for_someone(text: str) -> bool:
    """"I'm typing this for my mum": from here on, "she" is the person with the pain."""
    return bool(text) and _speaks_for_someone(normalise(text))


def as_the_patients(mentions: list[Mention]) -> list[Mention]:
    """Mentions in a conversation held for someone else ("she has osteoporosis", "he's wet himself"): the
    patient's own, as in the message that said so."""
    return [m if m.about_user else dataclasses.replace(m, about_user=True) for m in mentions]


# "No, my legs are fine, it's just getting up that hurts my back": the legs denied and the pain the back's
_LEGS_SAID_FINE = re.compile(r"\b(my |the |both )?legs? (are|is|feel|feels) (fine|ok|okay|good|normal|"
                             r"alright|all right|strong)\b")
_PAIN_OF_THE_BACK = re.compile(r"\b(hurts?|hurting|aches?|aching|sore|pain)( in)? (my|the|his|her) "
                               r"((lower|low|upper|middle) )?back\b")
_DOWN_A_LEG = re.compile(r"\b(down|into|in) (my|the|his|her|both|one) (left |right )?legs?\b")


def _legs_fine_the_back_hurts(mention: Mention) -> Mention:
    if (mention.code == "leg_pain" and mention.status == "present" and _LEGS_SAID_FINE.search(mention.words)
            and _PAIN_OF_THE_BACK.search(mention.words) and not _DOWN_A_LEG.search(mention.words)):
        return dataclasses.replace(mention, status="absent")
    return mention


# "back is killing me after a double, legs are dead" (persona run 31, an emergency at once): legs "dead"
# after a long shift may be tired legs, or numb ones, so the sign is checked with one question. Any other
# word of the sign ("dead and numb", "can't feel them") keeps it told.
_DEAD_LEGS = re.compile(r"\blegs? (are|is|feel|feels|felt|were|was|gone|went|going)( \w+)? dead\b|"
                        r"\bdead legs?\b")
_LEG_SIGN_WORDS = re.compile(r"\b(numb\w*|feel(ing)?|sensation|tingl\w*|pins|weak\w*|gave|give|giving|"
                             r"buckl\w*|collaps\w*|useless|move|moving|lift|drag\w*|paralys\w*|floppy)\b")
_A_LONG_SHIFT = re.compile(r"\b(after|from) (a|my|the|another) (double|long shift|12|14|16|shift)\b|"
                           r"\bdouble shifts?\b|\b(\d{1,2}|twelve|fourteen) ?(hours?|hrs?) on my feet\b|"
                           r"\bon my feet all (day|night|shift)\b")


def _dead_legs_after_a_long_shift(mention: Mention, clean: str) -> Mention:
    if (mention.code in _LEGS_SIGNS and mention.status == "present" and _DEAD_LEGS.search(mention.words)
            and not _LEG_SIGN_WORDS.search(_DEAD_LEGS.sub(" ", mention.words))
            and _A_LONG_SHIFT.search(clean)):
        return dataclasses.replace(mention, status="possible")
    return mention


# "low down both sides", "both sides of my lower back": the back's two sides, not both legs
_BOTH_SIDES_OF_THE_BACK = re.compile(
    r"\b(low down|lower down|down low|(lower|low|my|the) back|spine)(,? (on|at|in|across|down))? "
    r"both sides\b(?![^.;!?]*\b(legs?|thighs?|feet|foot|knees?|calf|calves|buttocks?)\b)|"
    r"\bboth sides of (my|the|his|her) ((lower|low|upper|middle|mid) )?(back|spine)\b")


# "numb on my bottom and between my legs": the saddle area, not both legs
_BETWEEN_THE_LEGS = re.compile(r"\bbetween (my|the|your|her|his|their) legs\b")
_LEG_WORDS = re.compile(r"\b(legs?|thighs?|feet|foot|knees?|calf|calves|shins?)\b")
_LEGS_SIGNS = ("both_legs", "leg_numbness")


def _between_the_legs_is_the_saddle(mentions: list[Mention]) -> list[Mention]:
    """A numb leg sign read only from "between my legs" is saddle numbness, with the same status and owner
    (z11 of persona run 17 was told of "pain in both legs" for one leg's sciatica); legs named otherwise
    ("my legs are numb and I'm numb between my legs") keep their sign."""
    kept = [m for m in mentions if not _only_between_the_legs(m)]
    for m in (dataclasses.replace(m, code="saddle_numbness") for m in mentions if _only_between_the_legs(m)):
        same = next((k for k in kept if k.code == m.code and k.about_user == m.about_user), None)
        if same is None:
            kept.append(m)
        elif same.status != "present" and m.status == "present":  # the reading told as present stands
            kept[kept.index(same)] = m
    return kept


def _only_between_the_legs(m: Mention) -> bool:
    return (m.code in _LEGS_SIGNS and bool(_BETWEEN_THE_LEGS.search(m.words))
            and not _LEG_WORDS.search(_BETWEEN_THE_LEGS.sub(" ", m.words)))


def _each_side(match: re.Match) -> str:
    return match.group(0).replace("both sides", "each side")


# "the wife and kids would be better off with the insurance money": the insurance paid on the writer's death
_GAIN_FROM_MY_DEATH = re.compile(r"\bbetter off with (the|my) (life )?(insurance|payout)|"
                                 r"\binsurance( money)? than (with )?me\b|\bworth more dead\b|"
                                 r"\bmore use (to them )?dead\b")


_SAID_OF_SOMEONE_ELSE = re.compile(r"\b(he|she|his|her|him)\b")


# Possessions shared out, as if before leaving ("sorting out which mates get my rods and rifles before
# friday", "working out who gets my dog"): a possible plan to end one's life, checked with one question
_SHARING_OUT_ONES_THINGS = re.compile(
    r"\b(sort\w*|decid\w*|work\w*|figur\w*|choos\w*|pick\w*|writ\w*)( out)? (which|who)( of)?( my| the)?"
    r"( \w+)? (gets?|will get|can have|should have|is having|are having|is getting|are getting) my\b|"
    r"\bgiv\w* away my (guns?|rifles?|rods?|dogs?|cats?|tools|gear|stuff|things|belongings|possessions)\b")


# A question about a sign, then the sign denied in the next sentence: the question was asked in general
# ("my bum is numb, is that something to worry about? i dont have it all the time" tells it: not asked in
# general, nor denied)
_ASKED_THEN_DENIED = re.compile(r"^\W*(?P<question>(is|are|does|do|should|can|could|would|what|how|when)\b"
                                r"[^.!?]*\?)\s*(but |and |though )?(i |i've |i have )?"
                                r"(do not|don'?t|dont|haven'?t|have not|havent) (have|got|get) "
                                r"(it|that|this|them|any of (that|those|them))(?=\s*([,.;!]|but\b|and\b|$))")


def find_mentions(text: str) -> list[Mention]:
    """Every finding of clinical/findings.py mentioned in the text, with status and attribution."""
    if not text or not text.strip():
        return []
    clean = _BOTH_SIDES_OF_THE_BACK.sub(_each_side, normalise(text))
    # a function said to be back is left out of the reading, and only it ("I can pee normally again, but my
    # bum is still numb")
    told_back = not _ASKS_WHEN.search(clean)
    mentions = _find_mentions(_WORKS_AGAIN.sub(" , ", clean) if told_back else clean)
    mentions = [dataclasses.replace(m, about_user=True)
                if m.code == "self_harm" and not m.about_user and _GAIN_FROM_MY_DEATH.search(m.words)
                and not _SAID_OF_SOMEONE_ELSE.search(m.words) else m
                for m in mentions]
    if not any(m.code == "weight_loss" for m in mentions) and _weights_falling(clean):
        mentions.append(Mention("weight_loss", "possible", True, False, clean[:200]))
    if _TEMPERATURE_SAID_NORMAL.search(clean):
        mentions = [_chills_beside_a_normal_temperature(m, clean) for m in mentions]
    if not any(m.code == "self_harm" for m in mentions) and _SHARING_OUT_ONES_THINGS.search(clean):
        mentions.append(Mention("self_harm", "possible", True, False, clean[:200]))
    asked = _ASKED_THEN_DENIED.match(clean)
    if asked:  # "Is numbness between the legs something I should worry about? I don't have it, but ..."
        mentions = [dataclasses.replace(m, status="absent") if m.about_user and m.words in asked["question"]
                    else m for m in mentions]
    # explained beside a normal temperature, they are no fever; explained with no temperature taken
    # ("shivering in the cold shed"), they are checked with one question
    measured = bool(_NORMAL_READING_TOLD.search(clean))
    explained = "absent" if measured else "possible"
    mentions = [_sweats_or_shivers_explained(m, clean, explained) for m in mentions]
    mentions = _both_sides_told_apart(mentions, clean)
    mentions = _between_the_legs_is_the_saddle(mentions)
    mentions = [_legs_fine_the_back_hurts(m) for m in mentions]
    mentions = [_dead_legs_after_a_long_shift(m, clean) for m in mentions]
    if _ME_TOO.search(clean):
        mentions += [dataclasses.replace(m, status="possible", about_user=True) for m in mentions
                     if not m.about_user and m.status != "absent" and BY_CODE[m.code].is_red_flag
                     and not any(o.code == m.code and o.about_user for o in mentions)]
    told_otherwise = _CHILLS_DENIED.sub(" ", _SWEATS_IN_A_SAUNA.sub(" ", clean))
    if _FEVER_THOUGHT_BUT_NOT.search(clean) and not _FEVER_TOLD_ANOTHER_WAY.search(told_otherwise):
        mentions = [dataclasses.replace(m, status="absent") if m.code == "fever" and m.status == "present"
                    else m for m in mentions]
    mentions = [dataclasses.replace(m, about_user=False) if _an_animals(m.words, clean) else m
                for m in mentions]
    return as_the_patients(mentions) if _speaks_for_someone(clean) else mentions


# "Vet's notes for our spaniel: hind legs weak, lost bladder control": a pet's signs, told of its hind legs in
# a message about an animal or a vet, with no word of the writer's own in the sign's sentence ("army vet,
# lost bladder control today", "at the vets, couldn't feel my legs" and "ma hind legs gone numb" stay the
# writer's)
_HIND_LEGS = re.compile(r"\bhind (legs?|limbs?|end|quarters)\b")
_AN_ANIMAL = re.compile(r"\b(vets?|vet's|veterinary|veterinarian|dogs?|puppy|pup|cats?|kitten|horses?|pony|"
                        r"staffy|staffie|spaniel|labrador|lab|collie|terrier|dachshund|greyhound|pet)\b")
_WRITERS_OWN = re.compile(r"\b(i|i'm|im|i've|ive|my|me|mine|myself|ma|mi)\b")


def _an_animals(words: str, message: str) -> bool:
    told_in = re.split(r"(?<=[.?!;])\s", words, maxsplit=1)[0]  # the sentence the sign is told in
    return (bool(_HIND_LEGS.search(told_in)) and bool(_AN_ANIMAL.search(message))
            and not _WRITERS_OWN.search(told_in))


# "I can pee normally again": told as back, not asked about ("when will I pee normally again?" is checked)
_WORKS_AGAIN = re.compile(r"\b(i can|i'?m able to|i am able to|can now|is|are|feels?|it'?s)\b[^.,;?!]{0,20}"
                          r"\b(normally|properly|normal|right) again\b|\bgot (the|my) feeling back\b")
_ASKS_WHEN = re.compile(r"\?|\b(when|will|how long|ever|till|until)\b")
# "my mum had saddle numbness and now I have it too": someone else's sign, then the person's own (checked)
_ME_TOO = re.compile(r"\b((i'?ve|i have|i'?ve got|i got|i'?m getting|i get) (it|that|one|them|those|the same"
                     r"( thing)?)( now)? (too|as well|also)|(i'?ve|i have) got the same( thing)?|me too|"
                     r"so do i|same here|i (also|now) have (it|that|one|the same)|"
                     # "mine isn't like his, it's worsening fast": the writer's own, compared, and changing
                     r"mine is different from (his|hers|theirs)\b(?=[^.?!]*\b(worse\w*|weaker|spread\w*|fast|"
                     r"faster|by the (hour|day)|getting|can'?t|cannot)\b)(?![^.?!]*\b(just|only)\b))\b")
# "I thought I had a fever but it's 37.1, so no": a fever believed, then measured normal or denied. Only a
# normal reading or a plain no after the "but" denies it ("thought I had a fever but it was 39" tells one).
_NORMAL_READING = (r"(3[56]([.,]\d)?(?!\s*(hours?|hrs?|h|mins?|minutes?|days?|weeks?|kg|kilos?)\b)|"
                   r"37([.,][0-4])?(?![.,]?\d|\s*point)|9[5-8]([.,]\d)?|99([.,][0-4])?(?![.,]?\d|\s*point))")
# ("I said I had a fever but I read the thermometer upside down, it's 36.8"; "wondered was it a fever, so
# took my temp: 36.9")
_FEVER_THOUGHT_BUT_NOT = re.compile(
    r"\b((thought|i said|i told you) (that )?i (had|might have|may have|was running|was getting|"
    r"was coming down with)|"
    r"wondered (if |whether )?(it was|was it|i had|i was getting)) (a |an )?"
    r"(fever|temperature|temp|high temp|high temperature)\b[^.?!]{0,15}\b(but|so)\b"
    r"[^.?!]{0,60}(\b" + _NORMAL_READING + r"|\bno\W*$|\bit'?s normal\b|\bit was normal\b|"
    r"\bturns? out (it'?s |i'?m |i )?(not|normal|fine)\b)")
# sweats in a sauna, and chills denied, tell of no fever ("sweating buckets in the gym sauna")
_SWEATS_IN_A_SAUNA = re.compile(r"\bsweat\w*( buckets| a lot| loads| heaps| like mad)? in (the |a )?"
                                 r"(gym |hot )?(sauna|steam room|hot yoga|hot tub|spa)\b")
# ... unless the message tells of a fever another way: a high reading, chills, heat, a medicine lowering it
_LOWERS_A_FEVER = [*(name for generic in ("paracetamol", "ibuprofen", "aspirin")
                     for name in lexicon.MEDICINE_NAMES[generic]), "neurofen"]
_FEVER_TOLD_ANOTHER_WAY = re.compile(
    r"\b(" + _HIGH_NUMBER + r"|chill\w*|shiver\w*|shak\w*|rigou?rs?|sweat\w*|burning up|boiling|"
    r"hot|red|jumped|spiked|went up|climbing|rising|" + "|".join(map(re.escape, _LOWERS_A_FEVER)) + r")\b")
# "temp normal" closes a fever (RESOLVED), but chills, shivers, sweats or a hot red patch beside it are signs
# of their own: checked with one question, never dropped ("shaking all night, temp normal"), and sweats told
# beside a normal temperature are not escalated as a fever either ("night sweats but my temp is normal")
_TEMPERATURE_SAID_NORMAL = re.compile(r"\b(temp|temps|temperature|temperatures)('s| is| are| was| has been| "
                                      r"stays| reads| seems| looks)? (normal|fine|ok|okay)\b|"
                                      r"\bnormal (temp|temps|temperature|temperatures)\b|"
                                      # "the thermometer says 37.0 every time"
                                      r"\b(thermometer|temp|temperature)( reading)?"
                                      r"( says| reads| shows| showed| said| read| is| was| stays| of)?"
                                      r" (only |just |exactly |about |around )?"
                                      + _NORMAL_READING + r"(?!\s*(and|or|to) (rising|climbing|going up))")
_SWEATS = r"sweat\w*|drenched|soaked|clammy"
_CHILLS_OR_HEAT = re.compile(r"\b(chills?|chilly|shiver\w*|shak\w*|rigou?rs?|chatter\w*|hot and cold|red|"
                             r"hot to|warm to|burning|" + _SWEATS + r")\b")
_CHILL_WORDS = r"(night\s+)?(chills?|shiver\w*|shak\w*|rigou?rs?|" + _SWEATS + r")"
_CHILLS_DENIED = re.compile(r"\b(no|not|without|never|nor|any)\s+(real\s+)?" + _CHILL_WORDS
                            + r"(\s*(,|or|and|nor)\s*" + _CHILL_WORDS + r")*\b")
_ONLY_SWEATS = re.compile(r"\b(" + _SWEATS + r")\b")
_FEVER_ITSELF = re.compile(r"\b(fever\w*|feverish|temp|temps|temperature|chills?|shiver\w*|shak\w*|"
                           r"chatter\w*|rigou?rs?|hot|burning up|\d)\b")


# a reading that hides a fever (on a fever-lowering medicine) or from another day is no normal temperature now
_READING_NOT_NOW = re.compile(r"\b(" + "|".join(map(re.escape, _LOWERS_A_FEVER)) + r"|"
                              r"(temp|temperature)('s| was| were) (normal|fine|ok|okay)|"
                              r"was normal|since then|wears off|wore off|"
                              # a raised reading elsewhere, or a room's temperature
                              r"spikes?|spiking|high|higher|raised|above|up|fever\w*|feverish|burning up|"
                              r"3[89]|10[0-4]|room|bedroom|house|heating|weather|outside)\b")


# Sweats put down to heat or the menopause, or shivers put down to a cold home, beside a normal reading of
# the writer's own temperature now, are no fever ("sweating buckets, aircon is broken, but temp was 36.9";
# "shivering because the heating's broken, thermometer says 36.4 for me"). Kept as told: sweats and shivers
# together, a high reading, any medicine or remedy, a reading of a room, the weather or someone else, a
# reading from another day, other signs of being unwell, or weakened immunity.
_SWEATS_CAUSE = re.compile(r"\b(aircon|air con|air-con|air conditioning)('s| is| was)? (broken|broke|died|"
                           r"packed up|not working|off)\b|\bheating('s| is| was)? (on|stuck on|on full)\b|"
                           r"\b(electric|heated) blanket|\bheat ?wave\b|\b(peri)?menopaus\w*|"
                           r"\bhot (flush|flash)\w*|\bsauna\b|\b(the|that|this) heat\b|"
                           r"\bhot (kitchen|day|weather|room|office|car|bus|train|gym|flat|house)\b")
_SHIVERS_CAUSE = re.compile(r"\b(heating|heater|boiler)('s| is| was| has)? (broken|broke|off|packed up|died|"
                            r"not working|gone)\b|\bno heating\b|"
                            r"\bit'?s \d+ (inside|in the (flat|house|room))\b|"
                            r"\b(cold|freezing) (flat|house|room|home)\b|"
                            # "shivering for ages after my winter sea swim"
                            r"\b(after|from) (a|an|my|the) (\w+ ){0,2}(swim|dip|plunge)\b|\bice bath\b|"
                            r"\bcold (shower|plunge)\b|"
                            # "shivering in the cold shed at half four", "shaking from the cold"
                            r"\b(cold|freezing|icy|frosty) (shed|hall|barn|yard|paddock|field|wind|weather|"
                            r"mornings?|car park|lodge|church)\b|"
                            r"\b(in|from) the (cold|snow|frost|wind|sleet)\b")
# ... and a hot place of work, only beside a normal reading taken ("sweating buckets in the kitchen, temp
# checked after at 36.9, back's sore from the pot wash")
_HOT_WORKPLACE = re.compile(r"\b(kitchen|pot ?wash|bakery|ovens?|fryers?|stoves?|furnace|forge|laundry|"
                            r"boiler ?room|greenhouse|glasshouse|shearing shed|woolshed|the sun|sunshine)\b")
# ... said of the sweats or shivers themselves: in their own clause, or given as the reason ("I'm shivering
# but that's because the heating's broken"), never elsewhere in the message ("I work in a kitchen by day")
_BECAUSE = re.compile(r"\b(because|cos|coz|cause|due to)\b(?P<reason>[^.;!?]{0,60})")
_SWEAT_WORDS = re.compile(r"\b(sweat\w*|drenched|soaked|clammy)\b")
_SHIVER_WORDS = re.compile(r"\b(shiver\w*|shak\w*|chatter\w*)\b")
_ANY_MEDICINE = "|".join(map(re.escape, sorted({*_LOWERS_A_FEVER, *_A_MEDICINE})))
_KEEPS_SWEATS_OR_SHIVERS = re.compile(
    r"\b(" + _HIGH_NUMBER + "|" + _ANY_MEDICINE + r"|fever\w*|"
    r"feverish|spikes?|spiking|burning up|rigou?rs?|uncontrollabl\w*|teeth|unwell|awful|confus\w*|death|"
    r"delirious|red|warm|hot to|tender|swollen|lemsip|beechams?|co-?codamol|nuromol|excedrin|day ?nurse|"
    r"nyquil|dayquil|anadin|cold and flu|capsules?|chemo\w*|hiv|steroids?|prednis\w*|"
    r"methotrexate|immuno\w*|transplant|biologics?|inject\w*|iv drugs?|"
    # denied or lasting ("it's not the heat", "even in winter", "every night for a month")
    r"(not|isn'?t|wasn'?t|n'?t) (from |because of |due to )?(the |my |a )?(heat|swim\w*|kitchen|oven|sauna|"
    r"heating|menopaus\w*|aircon|weather|cold)|even (in|when|on)|for (a|one|two|three|several|\d+) "
    r"(weeks?|months?)|for (weeks|months)|every (night|evening) for|"
    r"room (temp\w*|thermometer|is|was|at)|(temp\w*|thermometer) (in|of|on) the (room|wall|flat|house)|"
    r"wall thermometer|outside|outdoor|weather|flat at|house at|son'?s?|daughter'?s?|baby'?s?|kid'?s?|"
    r"child'?s?|husband'?s?|wife'?s?|partner'?s?|yesterday|last (night|week)|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b")


# ("I took my temperature to be sure and it was 36.6")
_NORMAL_READING_TOLD = re.compile(r"\b(temp|temps|temperature|thermometer)\b[^.;!?]{0,40}?(?<![\d.,])"
                                  + _NORMAL_READING)


def _sweats_or_shivers_explained(mention: Mention, clean: str, status: Status) -> Mention:
    if mention.code != "fever" or mention.status not in ("present", "possible"):
        return mention
    told = _NORMAL_READING_TOLD.sub(" ", mention.words)
    sweats, shivers = bool(_SWEAT_WORDS.search(told)), bool(_SHIVER_WORDS.search(told))
    reasons = told + " " + " ".join(m["reason"] for m in _BECAUSE.finditer(clean))
    explained = ((sweats and not shivers and (_SWEATS_CAUSE.search(reasons) or (
                     _HOT_WORKPLACE.search(reasons) and _NORMAL_READING_TOLD.search(clean))))
                 or (shivers and not sweats and _SHIVERS_CAUSE.search(reasons)))
    # (no word of fever itself beside them: a temperature, a chill, heat, a number)
    if (explained and not _FEVER_ITSELF.search(_SHIVER_WORDS.sub(" ", told))
            and not _KEEPS_SWEATS_OR_SHIVERS.search(clean)):
        return dataclasses.replace(mention, status=status)
    return mention


def _chills_beside_a_normal_temperature(mention: Mention, clean: str) -> Mention:
    if mention.code != "fever":
        return mention
    rest = _CHILLS_DENIED.sub(" ", mention.words)  # "no night sweats, just shaking": the shaking stays
    if mention.status == "absent" and _CHILLS_OR_HEAT.search(rest):
        return dataclasses.replace(mention, status="possible")
    if (mention.status == "present" and _ONLY_SWEATS.search(rest) and not _FEVER_ITSELF.search(rest)
            and not _READING_NOT_NOW.search(clean)):
        return dataclasses.replace(mention, status="possible")
    return mention


# A weight log ("01/02 82.4, 01/03 79.1, 01/04 76.0"): three or more weights that fall by a twentieth or
# more, with no diet named, may be unexplained weight loss, so it is checked with one question.
_WEIGHT_WORDS = re.compile(r"\b(weight|weigh|weighed|weighing|kg|kgs|kilos?|lbs?|pounds|stone|scales?)\b")
_A_WEIGHT = re.compile(r"(?<![\d/.:-])(\d{2,3}(?:\.\d)?)(?![\d/:-])")
_ON_PURPOSE = re.compile(r"(?<!no )(?<!not )\b(diet|dieting|trying to lose|on purpose|weight watchers|"
                         r"ozempic|wegovy|calorie)\b")
# (weights of one person: a log does not fall by a third; "I'm 70, 65 kg, pain for 40 days" is no log)
MIN_WEIGHT, MAX_WEIGHT, MIN_FALL, MAX_FALL = 30.0, 400.0, 0.05, 0.3


def weight_lost_on_purpose(text: str) -> bool:
    """"I've been dieting on purpose": weight lost by trying to."""
    return bool(_ON_PURPOSE.search(normalise(text)))


# "left leg: numb. right leg: numb too": a sign told of each leg in its own clause is a sign in both legs, at
# the level the one-leg sign was read (reported, or checked); not "left leg numb, right leg fine"
_ONE_SIDE = re.compile(r"\b(left|right)( side of my| side)? (leg|foot|thigh|calf|shin|toes)\b")
_ONE_SIDE_SIGN = re.compile(r"\b(" + "|".join(map(re.escape, (*lexicon.CONCEPTS["NUMB"],
                                                             *lexicon.CONCEPTS["WEAK"], "sciatica")))
                            + r")\b")
_ONE_SIDE_DENIED = re.compile(r"\b" + _SIDE_FINE + r"\b|\b(not|no|never|without|better|was|used to)\b|n't\b")
_LEG_SIGNS = ("leg_numbness", "leg_weakness")
_LONG_STANDING_BESIDE = re.compile(r"\b(" + "|".join(map(re.escape, lexicon.LONG_STANDING)) + r"|years|"
                                   r"diabet\w*|neuropath\w*)\b")


def _both_sides_told_apart(mentions: list[Mention], clean: str) -> list[Mention]:
    one_leg = next((m for m in mentions if m.code in _LEG_SIGNS and m.about_user and not m.hypothetical
                    and m.status in ("present", "possible")), None)
    if one_leg is None or any(m.code == "both_legs" and m.status != "possible" for m in mentions):
        return mentions
    sides = {match[1] for clause in re.split(r"[.;,!?]| but | and (?!needles)", clean)  # (pins and needles)
             for match in [_ONE_SIDE.search(clause)]
             if match and _ONE_SIDE_SIGN.search(clause) and not _ONE_SIDE_DENIED.search(clause)}
    if sides != {"left", "right"}:
        return mentions
    # (numb feet from diabetes for years, one then the other, are long-standing: checked, never escalated)
    status = "possible" if _LONG_STANDING_BESIDE.search(clean) else one_leg.status
    return [*(m for m in mentions if m.code != "both_legs"),
            Mention("both_legs", status, True, False, clean[:200])]


def _weights_falling(clean: str) -> bool:
    if not _WEIGHT_WORDS.search(clean) or _ON_PURPOSE.search(clean):
        return False
    weights = [float(w) for w in _A_WEIGHT.findall(clean) if MIN_WEIGHT <= float(w) <= MAX_WEIGHT]
    if len(weights) == 2 and _NOT_TRYING_TO_LOSE.search(clean) and _ONE_OWN_WEIGHT_BEFORE.search(clean):
        # "weighed me at 61 kg, I was 70 in spring and I've done nothing to lose it": two weights, in either
        # order, apart by a twentieth or more, with no trying said
        heavier, lighter = max(weights), min(weights)
        return MIN_FALL * heavier <= heavier - lighter <= MAX_FALL * heavier
    return (len(weights) >= 3 and all(a >= b for a, b in itertools.pairwise(weights))
            and MIN_FALL * weights[0] <= weights[0] - weights[-1] <= MAX_FALL * weights[0])


# (the writer's weight then and now: "weighed me at 61, I was 70"; not "I'm 80 kg, my wife is 60", "I lift
# 60")
_ONE_OWN_WEIGHT_BEFORE = re.compile(r"\b(i was|i used to be|i weighed|weighed me|i'?ve gone from|"
                                    r"i went from)\b(?![^.?!]*\b(lift|lifting|"
                                    r"my (wife|husband|son|daughter|partner|mum|dad)|is \d))")
_NOT_TRYING_TO_LOSE = re.compile(r"(\bnothing|\bnot|n't|\bnever|\bwithout|\bno)\b[^.?!]{0,15}"
                                 r"\b(to lose|trying|tried|dieting|diet)\b")


_PLACE_VERBS = {"work", "worked", "live", "lived", "stay", "stayed", "volunteer", "volunteered", "go"}
_CLAUSE_STARTERS = {"and", "but", "so", "then", "because", "cos", "when", "now", "as", "if", "while", "since",
                    "until", "after", "before", "also", "or"}


def _in_a_relative_clause_of_place(doc: Doc, i: int) -> bool:
    """"the rest home I work in", "the farm where I live": an "I" that names a place, not the one who did
    what the sentence goes on to say."""
    if doc[i].lower_ != "i" or i == 0 or i + 2 >= len(doc) or doc[i + 1].lower_ not in _PLACE_VERBS:
        return False
    before = doc[i - 1].lower_
    named_place = before in ("where", "that", "which") or (doc[i - 1].is_alpha and before not in
                                                           _CLAUSE_STARTERS)
    return named_place and doc[i + 2].lower_ in ("in", "at", "on", "for", "to")


_PRONOUNS = ("he", "she", "they", "him", "her", "them", "his", "their")


def _names_their_group(doc: Doc, i: int, others: list[_Span]) -> bool:
    """"a lad in my rugby team", "one of the girls at my gym": a "my" that names the group someone else
    is in, not the person who did what the sentence goes on to say."""
    if doc[i].lower_ != "my" or i < 2 or doc[i - 1].lower_ not in ("in", "on", "at", "from"):
        return False
    return any(o.end == i - 1 and doc[o.start].lower_ not in _PRONOUNS for o in others)


def _find_mentions(clean: str) -> list[Mention]:
    """find_mentions on normalised text."""
    pipe = _pipeline()
    doc = pipe.nlp.make_doc(clean)
    concept_spans = [_Span(pipe.nlp.vocab.strings[m], s, e)
                     for m, s, e in _concept_matches(pipe, doc)]
    cue_spans = [_Span(pipe.nlp.vocab.strings[m], s, e) for m, s, e in pipe.cues(doc)]
    # (before "she said to me" is taken for the person's own report below: a quote's speaker is who said it)
    quotations = _quotations(doc, cue_spans)
    roles = [s for s in cue_spans if s.label == "SPEAKER_ROLE"]
    cue_spans = [s for s in cue_spans  # "(I'm a nurse)": the person's job; "a patient of mine": someone else
                 if not (s.label == "SELF" and (any(r.start <= s.start < r.end for r in roles)
                                                or (doc[s.start].lower_ == "mine" and s.start > 0
                                                    and doc[s.start - 1].lower_ == "of")))]
    cue_spans = [s for s in cue_spans  # "I'm starting Humira next month", not "I'm starting to lose feeling"
                 if not (s.label == "HYPOTHETICAL" and doc[s.end - 1].lower_ in ("start", "starting")
                         and s.end < len(doc)
                         and (doc[s.end].lower_ == "to" or doc[s.end].lower_.endswith("ing")))]
    cue_spans = [s for s in cue_spans  # "one of the residents at the home I work in took ...": a place
                 if not (s.label == "SELF" and _in_a_relative_clause_of_place(doc, s.start))]
    cue_spans = [s for s in cue_spans  # "I am a woman of 72": the person describing herself
                 if not (s.label == "OTHER" and any(r.start <= s.start < r.end for r in roles))]
    cue_spans = [s for s in cue_spans  # "a coach party's cases" (persona run 36): the bus, not a sports coach
                 if not (s.label == "OTHER" and doc[s.start].lower_ == "coach" and s.end < len(doc)
                         and doc[s.end].lower_ in _THE_BUS_NOT_THE_TRAINER)]
    cue_spans = [s for s in cue_spans  # "tito ako, 62": "I'm an uncle", the person
                 if not (s.label == "OTHER" and s.end < len(doc) and doc[s.end].lower_ == "ako")]
    cue_spans = [s for s in cue_spans  # "Lola here, 79": the person names herself
                 if not (s.label == "OTHER" and s.start == 0 and s.end < len(doc)
                         and doc[s.end].lower_ == "here")]
    cue_spans = [s for s in cue_spans  # "my legs will give out, they're getting weaker": the legs
                 if not (s.label == "OTHER" and _they_means_the_limbs(doc, s, concept_spans, cue_spans))]
    someone_else = [s for s in cue_spans if s.label == "OTHER"]
    cue_spans = [s for s in cue_spans  # "a lad in my rugby team took an overdose": his group, not me
                 if not (s.label == "SELF" and _names_their_group(doc, s.start, someone_else))]
    selves = [s for s in cue_spans if s.label == "SELF"]
    cue_spans = [s for s in cue_spans  # "mum of 2" is the person herself (but "my 15 year old" is not "my")
                 if not (s.label == "OTHER" and any(o.start <= s.start and s.end <= o.end for o in selves))]
    cue_spans = [s for s in cue_spans  # "legs weak like I've run a marathon": a simile explains nothing away
                 if not (s.label.startswith("AWAY_")
                         and any(t.lower_ == "like" for t in doc[max(0, s.start - 5):s.start]))]
    observers = {s.start for s in cue_spans if s.label == "OBSERVER"}
    cue_spans = [s for s in cue_spans  # "my wife noticed the bed was soaked": the person's own symptom
                 if not (s.label == "OTHER" and (_observes(doc, s.end, observers)
                                                 or _reports_on_me(doc, s.end, selves)))]
    not_explained = [s for s in cue_spans if s.label == "NOT_EXPLAINED"]
    cue_spans = [s for s in cue_spans  # "eating the same as always" is no "same as always" for the symptom
                 if s.label == "NOT_EXPLAINED" or not any(n.start <= s.start and s.end <= n.end
                                                          for n in not_explained)]
    not_back = [s for s in cue_spans if s.label == "NOT_BACK_AGAIN"]
    cue_spans = [s for s in cue_spans  # "it never came back", "it came back fully": not back again
                 if not (s.label == "REOPENED"
                         and any(r.start <= s.start and s.end <= r.end for r in not_back))]
    # "Isn't numbness in my bum a sign of ...?" asks, it denies nothing: what it asks about is checked; "Isn't
    # it serious that I've wet myself twice?" tells it as the person's own
    asked = [s for s in cue_spans if s.label == "NEG_BEFORE" and _opens_a_negative_question(doc, s)]
    cue_spans = [s for s in cue_spans if s not in asked] + [
        _Span("UNCERTAIN", s.start, s.end) for s in asked if not _tells_of_oneself(doc, s.end)]
    asking = [s for s in cue_spans if s.label == "ASKING_SELF"]
    cue_spans = [s for s in cue_spans  # "when will my numb bum go back to normal?": asked, not over
                 if not (s.label == "RESOLVED"
                         and any(a.start <= s.start and s.end <= a.end for a in asking))]
    cue_spans += _answered_no_in_a_list(doc)
    cue_spans = [s for s in cue_spans  # "foot drop since back went, stable": there, and no worse
                 if not (s.label == "NEG_AFTER" and doc[s.start:s.end].text in _STEADY
                         and _after_a_sign(doc, s.start, concept_spans, cue_spans))]
    cue_spans = [s for s in cue_spans  # "i read that list wrong, it DOES stop me working": misread
                 if not (s.label == "HYPOTHETICAL" and _misread_at(doc, s))]
    cue_spans = [s for s in cue_spans  # "terrified if I'm honest, can't feel my bum": no condition
                 if not (s.label == "HYPOTHETICAL" and doc[s.end - 1].lower_ == "if"
                         and "honest" in [t.lower_ for t in doc[s.end:s.end + 3]])]
    cue_spans += [_Span("DISTANT_PAST", t.i, t.i + 1) for t in doc  # "a car crash in 2002"
                  if re.fullmatch(r"(19[4-9]\d|20\d\d)", t.text) and int(t.text) <= _distant_year()]
    cue_spans += [_Span("DISTANT_PAST", t.i - 3, t.i + 1) for t in doc[3:]  # "when I was 20"
                  if t.like_num and [w.lower_ for w in doc[t.i - 3:t.i]] == ["when", "i", "was"]]
    cue_spans = [s for s in cue_spans  # "back pain for years, now I can't feel my bum": the pain's time
                 if not (s.label == "LONG_STANDING" and doc[s.start].lower_ == "for"
                         and any(w.lower_ in _THE_BACK_PAIN for w in doc[max(0, s.start - 3):s.start]))]
    cue_spans += _years_long(doc, concept_spans)
    compared_with_the_back = [s for s in concept_spans if s.label == "WORSE_THAN_BACK"]
    concept_spans = [s for s in _without_everyday_senses(doc, concept_spans, cue_spans)
                     if not _waking_up_to_the_pain(doc, s) and not _a_figure_of_speech(doc, s)
                     and not _hurt_myself_doing_something(doc, s) and not _a_near_miss(doc, s)
                     and not _a_feared_fall(doc, s) and not _dizzy_as_a_side_effect(doc, s)
                     # "the leg pain is way worse than my back": where it hurts most, not a change over time
                     and not (s.label == "WORSENING" and any(w.start < s.end and s.start < w.end
                                                             for w in compared_with_the_back))]
    mentions: dict[str, Mention] = {}
    # Clauses first; then whole sentences, where a red flag split by "but" or "and I" ("I keep needing the
    # toilet but only a trickle comes out") is only possible (checked); then the whole message for findings
    # whose parts are often said apart.
    passes = [*((s, e, "clause") for s, e in _clauses(doc, cue_spans)),
              *((s, e, "sentence") for s, e in _sentences(doc)), (0, len(doc), "message")]
    for c_start, c_end, scope in passes:
        whole, sentence_level = scope == "message", scope == "sentence"
        window = (WHOLE_MESSAGE_WINDOW if whole
                  else SENTENCE_WINDOW if sentence_level else MULTI_CONCEPT_WINDOW)
        in_clause = [s for s in concept_spans if c_start <= s.start and s.end <= c_end]
        cues = [s for s in cue_spans if c_start <= s.start and s.end <= c_end]
        for finding in FINDINGS:
            across = whole and not finding.whole_message and (finding.code not in mentions
                                                              or mentions[finding.code].status == "possible")
            if (whole != finding.whole_message and not (across and finding.possible_across_message)) or (
                    sentence_level and (finding.code in mentions or not finding.is_red_flag)):
                continue
            combos = [(c, False) for c in finding.recognised_by] + [(c, True) for c in finding.possible_by]
            if across:
                combos = ([(c, False) for c in finding.recognised_across_message]
                          + [(c, True) for c in finding.possible_across_message])
            # Every way the finding is said here is read: a denial of one part ("... blacked out in the
            # bathroom, no chest pain though") does not deny another part said as present.
            # (Parts said apart are also read with each other mention of a part: "I slipped on the step, I do
            # have osteoporosis, no head injury" is not denied by the "no" of the injury.)
            candidates: list[tuple[Mention, list[_Span], int]] = []
            for n, (combo, weaker) in enumerate(combos):
                chosen = _choose_spans(combo, in_clause, window)
                if chosen is None:
                    continue
                choices = [chosen, *(_other_choices(chosen, in_clause, window)
                                     if finding.whole_message else ())]
                for chosen in choices:
                    mention = _judge(doc, finding.code, chosen, cues, c_start, c_end,
                                     weaker or sentence_level, concept_spans=in_clause, all_cues=cue_spans,
                                     sentence_level=sentence_level, quotations=quotations)
                    if finding.named_by_medicines and _asks_about_a_medicine(doc, mention_start(chosen),
                                                                             mention_end(chosen), cue_spans):
                        mention = dataclasses.replace(mention, hypothetical=True)
                    candidates.append((mention, chosen, n))
            if not candidates:
                continue
            mention = _best_reading(doc, candidates, cues)
            previous = mentions.get(finding.code)
            if previous is None or _outranks(mention, previous):
                mentions[finding.code] = mention
    return list(mentions.values())


_THEY_REACHES_BACK = 6  # tokens from "legs" or "feet" to a "they" that means them (and on to what they do)
_WHAT_LIMBS_DO = {"WEAK", "NUMB", "WORSENING", "LOSS_OF_USE", "LEG_WEAKNESS_SIGN", "PROGRESSIVE_WEAKNESS",
                  "ODD_FEELING", "FAILED", "GIVING_UP", "LOSE", "RADIATING", "SCIATICA"}


def _they_means_the_limbs(doc: Doc, they: _Span, concept_spans: list[_Span], cue_spans: list[_Span]) -> bool:
    """"my legs will give out, they're getting weaker": a "they" just after the person's legs or feet, with
    no other person between, and just before what legs do ("helped my kids with sore legs, they've got a
    fever" names other people)."""
    if doc[they.start].lower_ != "they" or not any(
            c.label in _WHAT_LIMBS_DO and they.end <= c.start <= they.end + _THEY_REACHES_BACK
            for c in concept_spans):
        return False
    people = [o.start for o in cue_spans if o.label == "OTHER" and o is not they]
    return any(c.label in ("LEGS_PLURAL", "FEET_PLURAL", "BOTH_LEGS")
               and 0 <= they.start - c.end <= _THEY_REACHES_BACK
               and not any(c.start - _THEY_REACHES_BACK <= o < they.start for o in people)
               for c in concept_spans)

_LIST_FILLERS = {"any", "a", "an", "the", "my", "no", "of", "even", "signs", "sign", "real", "anything",
                 "like"}


def _other_choices(chosen: list[_Span], spans: list[_Span], window: int) -> list[list[_Span]]:
    """The chosen spans with one of them swapped for another mention of the same concept (within the
    window)."""
    choices = []
    for i, old in enumerate(chosen):
        for span in spans:
            if span.label == old.label and (span.start, span.end) != (old.start, old.end):
                choice = [*chosen[:i], span, *chosen[i + 1:]]
                if mention_end(choice) - mention_start(choice) <= window:
                    choices.append(choice)
    return choices


def _best_reading(doc: Doc, candidates: list[tuple[Mention, list[_Span], int]], cues: list[_Span]) -> Mention:
    """The first reading of a finding in one clause, or a later one that matters more for safety and shares
    no words with a denied reading ("no worse than yesterday" denies the weakness getting worse however it is
    read). A part said as present after a part denied by a "no"/"not" before it is denied too when the list
    goes on with "or" ("no chest pain or fainting"); otherwise ("no chest pain, fainted twice") it may or may
    not be in the denied list: it is only possible (checked), never dropped."""
    best, chosen, _ = candidates[0]
    for other, other_chosen, n in candidates[1:]:
        # (another mention of the same parts is read on its own: only its own denial counts)
        denied = {(s.start, s.end) for m, c, k in candidates if m.status == "absent" and k != n for s in c}
        if _rank(other) > _rank(best) and not {(s.start, s.end) for s in other_chosen} & denied:
            best, chosen = other, other_chosen
    if best.status != "present":
        return best
    start = mention_start(chosen)
    for other, other_chosen, _ in candidates:
        o_start, o_end = mention_start(other_chosen), mention_end(other_chosen)
        if other.status == "absent" and o_start < start and any(
                c.label == "NEG_BEFORE" and o_start - NEGATION_LOOKBACK <= c.start < min(o_end, start)
                for c in cues):
            i = start - 1
            while i > o_start and doc[i].lower_ in _LIST_FILLERS:
                i -= 1
            return other if doc[i].lower_ in ("or", "nor") else dataclasses.replace(best, status="possible")
    return best


def _a_part_is_conditional(doc: Doc, chosen: list[_Span], cues: list[_Span]) -> bool:
    """A finding whose parts are said apart is only supposed when one part is ("I have osteoporosis, what
    should I do if I ever fall?"): an "if" right before that part. ("worried about my fall" is no "if": the
    fall happened.)"""
    return any(s.label == "HYPOTHETICAL" and any(t.lower_ in ("if", "case") for t in doc[s.start:s.end])
               and any(0 <= span.start - s.end <= 2 for span in chosen) for s in cues)


# Conditions that are risk factors, not symptoms: "for ten years" said of them is not said of a symptom.
_CONDITIONS = {"OSTEOPOROSIS", "CANCER", "IMMUNOSUPPRESSION", "ANEURYSM"}
_AMOUNT_WORDS = {"about", "around", "roughly", "nearly", "almost", "over", "more", "than", "the", "a", "good",
                 "few", "many", "several", "some", "like", "maybe", "well", "past", "last", "best", "part",
                 "of", "at", "least", "couple", "odd", "or", "so", "plus", "+", "-", "to"}
_THE_BACK_PAIN = {"back", "pain", "pains", "hurt", "hurting", "hurts", "ache", "aches", "aching", "sore",
                  "sciatica", "lumbago", "spine", "spasms", "stiff"}


def _years_long(doc: Doc, concept_spans: list[_Span]) -> list[_Span]:
    """"For about thirty years", "for 20-odd years", "over the last 15 years": said of a symptom, it is
    long-standing (LONG_STANDING), unless it is how long the back pain has lasted ("back pain for 3
    years")."""
    spans = []
    for t in doc:
        if t.lower_ not in ("years", "yrs", "decades"):
            continue
        i = t.i - 1
        while i >= 0 and (doc[i].lower_ in _AMOUNT_WORDS or doc[i].like_num):
            i -= 1
        if i == t.i - 1 or not ((i >= 0 and doc[i].lower_ == "for")
                                or doc[i + 1].lower_ in ("over", "past", "last")):
            continue
        if not any(w.like_num or w.lower_ in ("few", "many", "several", "couple") for w in doc[i + 1:t.i]):
            continue
        start = i if i >= 0 and doc[i].lower_ == "for" else i + 1
        if any(w.lower_ in _THE_BACK_PAIN for w in doc[max(0, start - 3):start]) or any(
                s.label in _CONDITIONS and start - 3 <= s.end <= start for s in concept_spans):
            continue  # "back pain for 3 years", "osteoporosis for ten years": not the symptom's time
        spans.append(_Span("LONG_STANDING", start, t.i + 1))
    return spans


_OBSERVER_FILLERS = {"has", "had", "have", "just", "also", "then", "'s", "actually", "even", "first", "only"}


_REPORTING = {"reckons", "reckon", "reckoned", "says", "said", "thinks", "thought", "tells"}
_REPORTED_SELF_WINDOW = 8  # tokens after the reporting word


def _reports_on_me(doc: Doc, after: int, selves: list[_Span]) -> bool:
    """"The missus reckons there's a red patch on my back": someone tells what they see on the person (a
    first-person word soon after "reckons" or "says"), not their own symptom ("my wife says she has a
    fever")."""
    i = after
    while i < len(doc) and i - after < 3 and doc[i].lower_ in _OBSERVER_FILLERS:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _REPORTING:
        return False
    return any(i < s.start <= i + _REPORTED_SELF_WINDOW for s in selves)


def _observes(doc: Doc, after: int, observer_starts: set[int]) -> bool:
    """Whether someone named just before `after` noticed or examined something ("my wife (has) noticed")."""
    i = after
    while i < len(doc) and i - after < 3 and doc[i].lower_ in _OBSERVER_FILLERS:
        i += 1
    return i in observer_starts


@lru_cache(maxsize=1)
def _everyday_triggers() -> list[set[tuple[str, ...]]]:
    nlp = _pipeline().nlp
    return [{tuple(t.lower_ for t in nlp.make_doc(_expand(p))) for p in triggers}
            for triggers, _ in lexicon.EVERYDAY_SENSES]


# Said after a sign ("foot drop, stable", "numb patch, unchanged"), these tell it is there and no worse; said
# after a part of the body or what it does ("bladder: unchanged"), that it is normal.
_STEADY = {"stable", "the same", "unchanged"}
_SIGNS = {"LEG_WEAKNESS_SIGN", "WEAK", "NUMB", "LOSS_OF_USE", "INCONTINENCE", "LOSS_OF_CONTROL", "RETENTION",
          "URINE_RETENTION", "PROGRESSIVE_WEAKNESS", "FEVER", "TENDER", "PULSING"}
_STEADY_REACH = 8  # tokens: "foot drop since back went, stable"
_SAID_OVER = {"RESOLVED", "NEG_AFTER", "NEG_BEFORE", "LONG_STANDING", "DISTANT_PAST"}
_OVER_WORDS = {"resolved", "away", "eased", "passed", "ago", "improved", "improving", "recovered"}


def _after_a_sign(doc: Doc, at: int, concept_spans: list[_Span], cue_spans: list[_Span]) -> bool:
    """A sign shortly before, with nothing between that says it is over or denied ("fever gone, temp
    stable", "a numb leg years ago, stable ever since" are over)."""
    sentence = _sentence_at(doc, at) or (0, len(doc))
    return any(c.label in _SIGNS and sentence[0] <= c.start and c.end <= at and at - c.end <= _STEADY_REACH
               and not any(q.label in _SAID_OVER and c.end <= q.start < at for q in cue_spans)
               and not any(t.lower_ in _OVER_WORDS | _SAID_TO_BE_OVER for t in doc[c.end:at])
               for c in concept_spans)


# Said after "I was on ...", these keep the medicine going ("was on prednisolone for 10 years and still am",
# "was on chemo up to Friday, next cycle in 2 weeks", "until yesterday")
_STILL_GOING = {"still", "until", "till", "til", "up", "next", "ongoing", "currently", "continuing",
                "yesterday", "week", "weekly", "daily", "again"}


def _stopped_just_before(doc: Doc, start: int) -> bool:
    """"stopped methotrexate in 2012", "came off the steroids", "was on methotrexate years ago": perhaps long
    over, perhaps not (checked)."""
    words = [t.lower_ for t in doc[max(0, start - 4):start]]
    while words and words[-1] in ("the", "my", "taking", "all"):
        words.pop()
    if words and (words[-1] in ("stopped", "quit") or words[-2:] == ["came", "off"]):
        return True
    was_on = words[-2:] in (["was", "on"], ["were", "on"]) or words[-3:] == ["used", "to", "take"] or (
        words[-4:] == ["used", "to", "be", "on"])
    after = itertools.takewhile(lambda t: t.text not in SENTENCE_END, doc[start:start + 15])
    # ("until 2015" is long over)
    going = any(t.lower_ in _STILL_GOING
                and not (t.i + 1 < len(doc) and re.fullmatch(r"(19|20)\d\d", doc[t.i + 1].text)
                         and int(doc[t.i + 1].text) <= _distant_year())
                for t in after)
    return was_on and not going


_NOT_PAIN_IN_THE_CHEST = {"infection", "infections", "drawers", "freezer", "cold", "x-ray", "xray"}
_CLAUSE_BREAKS = {",", ".", ";", "!", "?", "and", "but", "then"}
_TOLD_OR_SEEN = {"saw", "see", "seen", "got", "opened", "read", "heard", "checked", "told", "said", "quoted",
                 "showed", "mentioned"}
_MONEY = {"bill", "bills", "price", "prices", "quote", "invoice", "cost", "costs", "total", "receipt",
          "statement", "size", "fee", "fees"}


_FALL_WORDS = {"fell", "fallen", "falling"}  # as verbs: "a little fall" is the person's
_BETWEEN_SUBJECT_AND_FALL = {"has", "have", "had", "'s", "just", "then", "literally", "actually",
                             "completely", "all", "both", "nearly", "almost", "clean"}
_NOT_A_FALL = {"nearly", "almost", "practically", "virtually"}
# Parts of the body that fall off only in jest ("you'll ask if my legs have fallen off next").
_SAID_IN_JEST = {"leg", "legs", "arm", "arms", "head", "toenail", "toenails", "nail", "nails", "tooth",
                 "teeth", "hair", "ear", "ears", "nose", "kilos", "kg", "pounds", "lbs", "weight", "stone"}
# ... with nothing after it in the sentence that tells of a fall or a blow
_A_FALL_OR_A_BLOW = {"me", "myself", "us", "onto", "on", "into", "landed", "hit", "struck", "under", "with",
                     "dropped", "metres", "meters", "feet", "ft", "m", "storeys", "floors",
                     "crushed", "came", "went", "tipped", "flying", "fell", "crashing", "ground", "road",
                     "stairs", "floor", "concrete", "footing", "gave", "over"}


def _a_thing_fell(doc: Doc, span: _Span) -> bool:
    """"you'll ask if my legs have fallen off next", "nearly fell off my chair": nobody fell. A person who
    fell, or anything told with a fall or a blow after it in the sentence, is left to the other rules."""
    if span.label not in ("MAJOR_TRAUMA", "FALL"):  # ("the kilos have fallen off": weight lost, as it is)
        return False
    start = span.start
    if doc[start].lower_ in ("off", "from") and start > 0 and doc[start - 1].lower_ in _FALL_WORDS:
        start -= 1
    if (doc[start].lower_ not in _FALL_WORDS or start + 1 >= len(doc)
            or doc[start + 1].lower_ not in ("off", "from")):
        return False
    words = list(itertools.takewhile(lambda w: w not in (".", "!", "?"), (t.lower_ for t in doc[start + 2:])))
    # ("... when the pain hit": the pain's, not a blow)
    rest = {w for n, w in enumerate(words) if not (w == "hit" and n > 0 and words[n - 1] == "pain")}
    if rest & _A_FALL_OR_A_BLOW:
        return False
    i = start - 1
    while i >= 0 and doc[i].lower_ in _BETWEEN_SUBJECT_AND_FALL:
        if doc[i].lower_ in _NOT_A_FALL:
            return True
        i -= 1
    return i >= 0 and doc[i].lower_ in _SAID_IN_JEST


_NEAR_MISS = {"nearly", "almost", "practically", "virtually"}
_DID_NOT_HAPPEN = re.compile(r"\bbut (i )?(didn'?t|did not|never|didnt)\b|\b(caught|saved|steadied) myself\b|"
                             r"\bmanaged not to\b|\b(didn'?t|did not|didnt) (actually )?(fall|go|come off)\b")
_A_FALL_TOLD_BY = {"MAJOR_TRAUMA", "FALL", "MINOR_TRAUMA", "HEIGHT"}


def _a_near_miss(doc: Doc, span: _Span) -> bool:
    """"Nearly went arse over off the ladder but didn't": a fall that did not happen (persona run 29 was sent
    to the emergency department for it). A bare "nearly fell" is left to the other rules."""
    sentence = _sentence_at(doc, span.start)
    if span.label not in _A_FALL_TOLD_BY or sentence is None:
        return False
    if not _NEAR_MISS & {t.lower_ for t in doc[sentence[0]:span.start]}:
        return False
    return bool(_DID_NOT_HAPPEN.search(doc[span.end:sentence[1]].text.lower()))


_THE_BUS_NOT_THE_TRAINER = {"party", "parties", "trip", "trips", "tour", "tours", "load", "driver", "ride",
                            "station", "journey", "holiday", "passengers", "group"}
_COLLAPSE_WORDS = {"collapsed", "collapse", "collapsing"}


def _nearly_collapsed(doc: Doc, chosen: list[_Span]) -> bool:
    """"near collapsed by the time I got the last one up" (persona run 36, a night porter carrying cases up
    four floors): a collapse nearly had, perhaps only worn out, is checked with one question."""
    return any(doc[s.start:s.end].text.lower() in _COLLAPSE_WORDS
               and {t.lower_ for t in doc[max(0, s.start - 2):s.start]} & (_NEAR_MISS | {"near"})
               for s in chosen)


# Going to sleep in words of fainting ("nearly collapsed into bed after my shift", "in bed by 7 and out like
# a light till half 2", persona run 34: an emergency for a tired baker): a bed or a sofa right after
# "collapsed", or sleep in the same sentence as "out like a light", "conked out", "flaked out"
_SLEEP_IDIOMS = {"out like a light", "conked out", "flaked out"}
_WHERE_ONE_SLEEPS = {"bed", "sofa", "couch", "settee", "pillow", "armchair", "recliner", "lounge"}
_SLEEP_WORDS = _WHERE_ONE_SLEEPS | {"sleep", "sleeping", "slept", "asleep", "night", "nights", "tonight",
                                    "wake", "wakes", "woke", "waking", "tired", "knackered", "exhausted",
                                    "shattered", "nap", "snoring"}


def _sleep_said_as_fainting(doc: Doc, span: _Span, after: list[str]) -> bool:
    words = doc[span.start:span.end].text.lower()
    if words in ("collapsed", "collapse") and after[:1] and after[0] in ("into", "onto", "on", "in"):
        return bool(_WHERE_ONE_SLEEPS & set(after[1:4]))
    sentence = _sentence_at(doc, span.start)
    if words not in _SLEEP_IDIOMS or sentence is None:
        return False
    return bool(_SLEEP_WORDS & {t.lower_ for t in doc[sentence[0]:sentence[1]]})


# "sore back from liftin a calf" (persona run 34, a dairy-shed hand: read as pain in the leg): the animal,
# told by "a calf" or by handling words before it ("carrying the calves"); "my calf", "pain in the calf" are
# the leg
_HANDLING = {"lifting", "liftin", "lift", "lifted", "carrying", "carry", "carried", "pulling", "pulled",
             "pushing", "feeding", "fed", "catching", "caught", "tagging", "drenching", "rearing", "moving",
             "shifting", "loading", "wrestling", "delivering", "birthing"}


def _a_young_cow(doc: Doc, at: int) -> bool:
    before = [t.lower_ for t in doc[max(0, at - 3):at]]
    return ((bool(before) and before[-1] in ("a", "newborn", "new", "baby", "sick", "dead", "bull", "heifer"))
            or bool(_HANDLING & set(before)))


# ("i read that list wrong", persona run 34's replay: a correction, read as "I read that ...", a supposition)
_MISREAD = re.compile(r"(that |the |your |this )?(list|question|it|one)? ?"
                      r"(wrong|wrongly|incorrectly|badly)\b")


def _misread_at(doc: Doc, cue: _Span) -> bool:
    read_at = next((t.i for t in doc[cue.start:cue.end] if t.lower_ == "read"), None)
    return read_at is not None and bool(_MISREAD.match(doc[read_at + 1:read_at + 5].text.lower()))


def _a_figure_of_speech(doc: Doc, span: _Span) -> bool:
    """Words that only look like a sign, read from the words right after them: a chest infection or a chest of
    drawers; "nearly fainted when I saw the bill" or "at the price"; "weak at the knees when I saw ..."; and
    from the words before them: a thing that fell off (_a_thing_fell)."""
    if _a_thing_fell(doc, span):
        return True
    after = [t.lower_ for t in doc[span.end:span.end + 7]]
    if span.label == "CHEST":
        return bool(after) and (after[0] in _NOT_PAIN_IN_THE_CHEST or after[:2] == ["of", "drawers"])
    if span.label == "LEG" and doc[span.start].lower_ in ("calf", "calves"):
        return _a_young_cow(doc, span.start)
    if span.label == "FAINTING":
        if _sleep_said_as_fainting(doc, span, after):
            return True
        # ("when I saw the bill", "when the physio told me her price": a price seen or heard)
        clause_after = list(itertools.takewhile(lambda w: w not in _CLAUSE_BREAKS, after))
        price_at = next((i for i, w in enumerate(clause_after) if w in _MONEY), None)
        return ((clause_after[:1] == ["when"] and price_at is not None
                 and bool(set(clause_after[1:price_at]) & _TOLD_OR_SEEN))
                or (after[:2] == ["at", "the"] and bool(set(after[2:4]) & _MONEY)))
    if span.label == "WEAK" and doc[span.start].lower_ == "weak":
        return (after[:3] in (["at", "the", "knees"], ["in", "the", "knees"])
                and (after[3:6] in (["when", "i", "saw"], ["when", "i", "heard"], ["when", "i", "thought"])
                     or after[3:5] == ["at", "the"]))
    return False


# "embarrassed to have hurt myself gardening", "I hurt myself lifting the washing", "hurt myself at work": an
# injury in doing something, told by where, when or in doing what, right after the words
_HURT_MYSELF = {("hurt", "myself"), ("hurting", "myself")}
_AN_INJURY_BY = {"at", "on", "in", "while", "whilst", "when", "doing", "playing", "trying", "during",
                 "from", "with", "by", "badly", "properly", "quite", "slightly", "yesterday", "today"}
# after them, hurting on purpose or a means ("been hurting myself on purpose", "hurt myself again, cut my
# arm")
_HURT_ON_PURPOSE = {"purpose", "deliberately", "intentionally", "cutting", "cut", "burning", "burn",
                    "scratching", "punching", "hitting", "banging", "starving", "overdosing", "feel", "so",
                    "because", "cos", "coz"}
# before them, a wish, an urge, a plan or a denial ("I keep wanting to hurt myself", "I'd never hurt myself")
_WISH_OR_DENIAL = {"want", "wanted", "wanting", "wanna", "urge", "urges", "thoughts", "thought",
                   "thinking", "think", "going", "gonna", "tempted", "might", "could", "would", "'d", "will",
                   "'ll", "keep", "plan", "planning", "scared", "afraid", "worried", "never", "not", "n't",
                   "no"}


def _hurt_myself_doing_something(doc: Doc, span: _Span) -> bool:
    """"hurt myself gardening": an injury in doing something, not self-harm. Not after a wish, an urge or a
    denial, and not with hurting on purpose or a means anywhere in the next words."""
    if span.label != "SELF_HARM" or tuple(t.lower_ for t in doc[span.start:span.end]) not in _HURT_MYSELF:
        return False
    before = {t.lower_ for t in doc[max(0, span.start - 5):span.start]}
    after = [t.lower_ for t in doc[span.end:span.end + 6]]
    if before & _WISH_OR_DENIAL or set(after) & _HURT_ON_PURPOSE:
        return False
    after = after[1:] if after[:1] == ["again"] else after  # "hurt myself again lifting the baby"
    return bool(after) and (after[0] in _AN_INJURY_BY or (after[0].endswith("ing") and len(after[0]) > 4))


_WAKING_TO = {"with", "sore", "stiff", "stiffer", "aching", "achy", "feeling", "at", "early", "to"}


def _waking_up_to_the_pain(doc: Doc, span: _Span) -> bool:
    """"I hope I don't wake up with this pain again": waking up to the pain, not a wish not to wake."""
    if span.label != "SELF_HARM" or doc[span.end - 1].lower_ not in ("wake", "waking", "up"):
        return False
    i = span.end + (span.end < len(doc) and doc[span.end].lower_ == "up")
    if doc[i:i + 2].text.lower() == "at all":  # "I'd rather just not wake up at all": the wish itself
        return False
    return i < len(doc) and (doc[i].lower_ in _WAKING_TO
                             or (doc[i].lower_ == "in" and doc[i + 1:i + 2].text in ("pain", "agony")))


def _without_everyday_senses(doc: Doc, concept_spans: list[_Span], cue_spans: list[_Span]) -> list[_Span]:
    """Concept phrases used in an everyday sense in their clause ("sweating buckets at the gym", "knocked out
    after a long week", "a dead leg from sitting cross-legged") are left out."""
    clauses = _clauses(doc, cue_spans)

    def everyday(span: _Span) -> bool:
        words = tuple(t.lower_ for t in doc[span.start:span.end])
        clause = next(((s, e) for s, e in clauses if s <= span.start < e), (span.start, span.end))
        # (a beat in the belly is built from several words, "thumping in my belly": read by its beat word)
        said = [(w,) for w in words] if span.label == "PULSING" else [words]
        return any(any(w in triggers for w in said)
                   and any(c.label == f"SENSE_{i}" and clause[0] <= c.start < clause[1] for c in cue_spans)
                   for i, triggers in enumerate(_everyday_triggers()))

    return [s for s in concept_spans if not everyday(s)]


def mention_start(chosen: list[_Span]) -> int:
    return min(s.start for s in chosen)


def mention_end(chosen: list[_Span]) -> int:
    return max(s.end for s in chosen)


def _choose_spans(combo: tuple[str, ...], spans: list[_Span],
                  window: int = MULTI_CONCEPT_WINDOW) -> list[_Span] | None:
    """One span per concept of the combination, as close together as the window allows."""
    by_label = {label: [s for s in spans if s.label == label] for label in combo}
    if any(not found for found in by_label.values()):
        return None
    if len(combo) == 1:
        return [by_label[combo[0]][0]]
    anchor_label = combo[0]
    for anchor in by_label[anchor_label]:
        chosen = [anchor]
        for label in combo[1:]:
            nearest = min(by_label[label], key=lambda s: abs(s.start - anchor.start))
            chosen.append(nearest)
        if (max(s.end for s in chosen) - min(s.start for s in chosen) <= window
                and not _worsening_is_about_pain(chosen, spans)):
            return chosen
    return None


def _worsening_is_about_pain(chosen: list[_Span], spans: list[_Span]) -> bool:
    """"My legs feel weak and the pain is getting worse": the worsening belongs to the pain, not to the
    weakness, when a pain word sits between the two."""
    worsening = [s for s in chosen if s.label == "WORSENING"]
    if not worsening:
        return False
    symptom = [s for s in chosen if s.label in ("WEAK", "NUMB")]
    if not symptom:
        return False
    low, high = sorted((worsening[0].start, symptom[0].start))
    return any(s.label == "PAIN" and low < s.start < high for s in spans)


@dataclass(frozen=True)
class _Quotation:
    start: int  # token bounds of the quoted words, without the marks
    end: int
    by_someone_else: bool  # the sentence's first speaker is another person ("Mum rang and said '...'")


_QUOTE_MARKS = {"'", '"'}
_DETERMINERS = {"my", "our", "a", "an", "the", "this", "some", "one"}
_ADDRESSING = {"you", "your", "you're", "youre", "ya", "u", "yours", "yourself"}


def _quotations(doc: Doc, cue_spans: list[_Span]) -> list[_Quotation]:
    """Words in quotation marks, and whether another person said them. An opening mark follows a space (or
    a colon) and sticks to the next word; the closing one sticks to the word before ("parents' house"
    opens nothing)."""
    others = {s.start for s in cue_spans if s.label == "OTHER"}
    sentences = _sentences(doc)
    found, opened = [], None
    for tok in doc:
        if tok.text not in _QUOTE_MARKS:
            continue
        after_space = tok.i == 0 or bool(doc[tok.i - 1].whitespace_) or doc[tok.i - 1].text in (":", "(")
        if opened is None:
            if after_space and not tok.whitespace_ and tok.i + 1 < len(doc):
                opened = tok.i
        elif not doc[tok.i - 1].whitespace_:
            sentence_start = next((s for s, e in sentences if s <= opened < e), 0)
            speaker = None  # the first person named before the quote, in its sentence
            for t in doc[sentence_start:opened]:
                if t.lower_ == "i":
                    speaker = "self"
                elif t.i in others or (t.lower_ in _DETERMINERS and t.i + 1 in others):
                    speaker = "other"
                if speaker:
                    break
            # ("my husband said 'you were dragging your foot'": said to the person, about the person)
            to_the_person = any(t.lower_ in _ADDRESSING for t in doc[opened + 1:tok.i])
            if not (speaker == "other" and to_the_person):
                found.append(_Quotation(opened + 1, tok.i, speaker == "other"))
            opened = None
    return found


_CONTRASTS = ("but", "however", "although", "though", "tho", "altho", "yet", "whereas")


def _joined_with_me(doc: Doc, other_start: int, other_end: int) -> bool:
    """"Me and my roommate both have a fever": the person is one of those who have it (the two start what is
    said, or "both" follows; not "my back is killing me and my husband has a fever")."""
    i = other_start - (other_start > 0 and doc[other_start - 1].lower_ in ("my", "the"))
    if not (i >= 2 and doc[i - 1].lower_ in ("and", "&") and doc[i - 2].lower_ in ("me", "myself", "i")):
        return False
    starts = i == 2 or doc[i - 3].text in SENTENCE_END or doc[i - 3].text in _ITEM_SEPARATORS
    return starts or any(t.lower_ in ("both", "each", "all") for t in doc[other_end:other_end + 3])


# A time long past in the sentence: the recent time is then a normal reading's ("a fever of 39 three weeks
# ago, temps normal since (36.7 this morning)"), not the fever's
_SAID_LONG_AGO = re.compile(r"\b(ago|last (week|month|year)|in (19|20)\d\d)\b")
_IT_WAS = frozenset({"'s", "is", "has", "was"})  # ("had a fever last week. It's gone now.")
# Signs of an irritated nerve root that lead to `soon` while they last (not red flags, so never checked)
_LEG_SIGNS_WHILE_THEY_LAST = {"leg_numbness", "leg_pain", "leg_pain_worse"}


def _read_as_over(finding: Finding, labels: set[str]) -> bool:
    """A red flag that counts only when new, said beside words that put it in the past ("fully recovered",
    "in 2002"), or one that matters only while it lasts, said to be over."""
    # (unchanged and long-standing: "leaks a bit when I cough since the kids, hasn't changed")
    past = labels & {"RESOLVED", "DISTANT_PAST"} or (labels >= {"UNCHANGED", "LONG_STANDING"}
                                                     and "NEW_SINCE" not in labels)
    return (finding.is_red_flag and ((finding.new_since_pain and bool(past))
                                     or (finding.ongoing_only and "RESOLVED" in labels))
            and "REOPENED" not in labels)


# Words after a denial that keep it about what follows ("I don't think I want to die", "no way I'd ever ...",
# "I'm not saying I want to die"): with none of them, a new "I" starts a new statement
_DENIAL_CARRIES_ON = {"think", "thought", "thinking", "feel", "felt", "say", "said", "saying", "says",
                      "would", "wud", "'d", "chance", "way", "that", "at", "the", "point", "where", "once",
                      "have", "had", "mean", "meant", "believe", "reckon", "suppose", "guess", "like", "as",
                      "if", "so", "really", "am", "was", "is", "'m", "be", "being", "want", "wanting", "sure",
                      "know", "certain"}
_FIRST_PERSON_STARTS = {"i", "i'm", "i've", "i'd", "i'll", "im", "ive"}


def _a_new_statement_between(doc: Doc, after_denial: int, mention_start: int) -> bool:
    """"this pain will never end I want to die": words of their own, then a new "I", part the denial from
    what follows; "I don't think I want to die" or "no way I'd ..." keep it."""
    between = [t.lower_ for t in doc[after_denial:mention_start]]
    speaker = next((i for i, w in enumerate(between) if w in _FIRST_PERSON_STARTS), None)
    return bool(speaker) and not set(between[:speaker]) & _DENIAL_CARRIES_ON


# What ends a fear's reach: a break, a time now ("since", "already", "this morning"), a reason ("cos").
_FEAR_ENDS = {"and", "but", "cos", "coz", "cause", "because", "as", "since", "already", "now", "today",
              "yesterday", "tonight", "overnight", "morning", "again", "then", "plus"}
# Words that keep an "I" inside what is feared ("worried it'll get so bad I can't control my bladder")
_INSIDE_THE_FEAR = {"so", "that", "till", "until", "where", "when", "if"}
_FEARED_MODALS = {"'d", "'ll", "will", "would", "might", "could", "wo"}
# Said after a sign feared ahead, these say it has already happened ("frightened I'll wet myself again")
_ALREADY_HAPPENED = {"again", "already", "yesterday", "today", "tonight", "overnight", "twice", "happened",
                     "keep", "keeps", "kept", "once", "this morning", "last night", "last week"}
# A new subject after what is feared starts a statement of its own, unless it is in the fear ("they'll")
_NEW_SUBJECTS_AFTER_A_FEAR = _FIRST_PERSON_STARTS | {"they"}
_THERE_AS_THEYRE = {"so", "really", "very", "already", "still", "both", "all", "weak", "numb", "dead"}
# ...but "they" who tell of or may bring what is feared keep it feared ("they said my legs could go weak",
# "they can get weaker")
_THEY_KEEP_THE_FEAR = {"say", "says", "said", "saying", "think", "thinks", "thought", "told", "tell",
                       "telling", "mention", "mentioned", "mentioning", "warn", "warned", "warning", "ask",
                       "asked", "asking", "may", "can", "could", "might", "gonna", "would"}
_STRAIGHT_AFTER = 3  # tokens between a fear of what may come and the sign it is about ("I'll end up wetting")
# What "it" may come to ("scared it'll lead to me wetting myself"; not "it'll get worse peeing myself")
_IT_MAY_COME_TO = {"be", "mean", "lead", "leads", "to", "cause", "turn", "into", "end", "up", "in", "a", "an",
                   "me"}


def _about_what_may_come(doc: Doc, fear: _Span, site_start: int) -> bool:
    """Whether the sign is what the fear of what may come is about: straight after "I'll" ("I'll end up
    incontinent"), or what "it" may come to."""
    if not any(t.lower_.startswith("it") for t in doc[fear.start:fear.end]):
        return True
    return all(t.lower_ in _IT_MAY_COME_TO for t in doc[fear.end:site_start])


_ANSWERS = {"no", "nope", "nah", "yes", "yep", "yeah"}
_NOT_AN_ANSWER_AFTER = {"oh", "uh", "ah", "no", "or", "yes", "nope", "nah"}


_ITEM_ENDS = {",", ".", ";", "/"}


def _a_forms_answer(doc: Doc, i: int) -> bool:
    """Whether the "no" at i answers a form's label: after a colon, followed by the end or by a plain item
    break and another "label: answer"; after a dash, at the very end and not after a clause of the writer's
    own ("I think I just wet myself - no" is an exclamation)."""
    mark = doc[i - 1].text
    if mark in ("-", "–"):
        item_start = max((t.i + 1 for t in doc[:i - 1] if t.text in _ITEM_ENDS or "\n" in t.text), default=0)
        return i + 1 == len(doc) and not any(t.lower_ in ("i", "i'm", "im") for t in doc[item_start:i - 1])
    if mark != ":":
        return False
    j = i + 1
    newline = False
    while j < len(doc) and doc[j].is_space:
        newline, j = newline or "\n" in doc[j].text, j + 1
    if j == len(doc):
        return True
    if doc[j].text in _ITEM_ENDS:
        j += 1
    elif not newline:
        return False
    following = []
    for t in doc[j:]:
        if t.text in _ITEM_ENDS or ("\n" in t.text and following):
            break
        if not t.is_space:
            following.append(t.text)
    # (or a question about the answers: "numb bum: no, is that ok?")
    return not following or ":" in following or (
        following[-1] == "?" and following[0].lower() in ("is", "are", "should", "can", "does", "do"))


# A form's "no" ("Fever: none", "HIV: negative", "Cancer history - nil")
_FORM_NOES = {"no", "nope", "nah", "none", "nil", "negative", "neg"}
# Words a form puts between a history and its answer ("Cancer history: nil", "hx of HIV: no")
_FORM_LABEL_TAIL = {"history", "hx", "status", "ever", "previously", "before"}


_NAH_UNCLEAR_AFTER = {"not", "no", "never", "cannot", "cant", "can't", "wont", "won't", "nothing", "none"}


def _answered_no_in_a_list(doc: Doc) -> list[_Span]:
    """"fever no, chills no, weight the same": each "no" of a list of answers (two or more, each right after
    what it answers and before a comma or the end) denies what is straight before it (NO_AFTER); "i wet
    myself oh no" or "cant feel my legs no" is no list."""
    answers = [t for t in doc[1:] if t.lower_ in _ANSWERS and not doc[t.i - 1].is_punct
               and doc[t.i - 1].lower_ not in _NOT_AN_ANSWER_AFTER
               and (t.i + 1 == len(doc) or doc[t.i + 1].is_punct)]
    # a form's answer after a colon ("numb bum: no", "Fever: none") is one even alone, as is one after a dash
    # that ends the message ("fever - no"), when nothing but another "label: answer" follows it ("numb bum:
    # no, well yes" and "wet myself: no... once last night" take it back). The span starts at the mark, so
    # that it is straight after what it answers.
    on_a_form = [_Span("NO_AFTER", t.i - 1, t.i + 1) for t in doc[2:]
                 if t.lower_ in _FORM_NOES and _a_forms_answer(doc, t.i)]
    # "chills yeah nah, just the cold in the shed", "leaking nah": the New Zealand and Australian no, straight
    # after what it answers, is one even alone ("no" alone may be "oh no"); the span starts at its "yeah"
    # (not after a sign told with its own "not": "can't pee nah" is unclear, so it is not a denial)
    nah = [_Span("NO_AFTER", t.i - 1 if doc[t.i - 1].lower_ == "yeah" else t.i, t.i + 1) for t in doc[1:]
           if t.lower_ == "nah" and (t.i + 1 == len(doc) or doc[t.i + 1].is_punct)
           and not doc[t.i - 1].is_punct
           and not (doc[t.i - 1].lower_ == "yeah" and (t.i < 2 or doc[t.i - 2].is_punct))
           and not any("n't" in x.lower_ or x.lower_ in _NAH_UNCLEAR_AFTER for x in doc[max(0, t.i - 4):t.i])]
    if len(answers) < 2:
        return on_a_form + nah
    return on_a_form + nah + [_Span("NO_AFTER", t.i, t.i + 1) for t in answers
                              if t.lower_ in ("no", "nope", "nah")]


_DENIAL_TAIL = {"so", "far", "yet", "thankfully", "luckily", "though", "at", "all", "touch", "wood", "phew",
                "mate", "really", "honestly", "now", "apply", "applies", "to", "me", "fit", "fits", "thank",
                "god", "goodness", "heavens"}


# Words that may open a sentence denying a list told before ("I have none of those", "Honestly, I don't get
# any of them")
_OPENING_A_DENIAL = {"i", "have", "'ve", "got", "had", "get", "honestly", "thankfully", "luckily", "actually",
                     "but", "well", "tbh", "do", "n't", "not", "never", "myself", "personally"}


def _opens_a_denial(opening: Doc, first_word: str) -> bool:
    """The words of the next sentence before "none of those" or "any of them" only lead into the denial."""
    words = [t.lower_ for t in opening if not t.is_punct]
    if not set(words) <= _OPENING_A_DENIAL:
        return False
    denied_before = bool({"n't", "not", "never"} & set(words))
    return first_word in ("none", "neither") or (first_word in ("any", "have", "having") and denied_before)


def _only_a_denial(doc: Doc, denial: _Span) -> bool:
    """"None of them so far.": a sentence that only denies ("None of them have gone away" says more)."""
    rest = itertools.takewhile(lambda t: not t.is_punct, doc[denial.end:])
    return all(t.lower_ in _DENIAL_TAIL for t in rest)


def _parted_by_a_comma(doc: Doc, after_denial: int, mention_start: int) -> bool:
    """A comma between a denial and what follows it, with no list going on after it."""
    commas = [t.i for t in doc[after_denial:mention_start] if t.text == ","]
    after = [t.lower_ for t in doc[commas[-1] + 1:mention_start]] if commas else []
    # ("never, ever want to hurt myself": the denial goes on)
    return bool(commas) and not set(after) & _LIST_WORDS and after[:1] not in (["ever"], ["never"])


# Words that add nothing to a bare denial ("no to all of those, ...", "not really, ...")
_DENIAL_FILLERS = {"no", "nope", "nah", "not", "never", "none", "nothing", "really", "at", "all", "to", "of",
                   "those", "these", "that", "them", "any", "thanks", "thank", "you", "sorry", "mate", "so",
                   "far", "yet", "i", "do", "does", "did", "have", "has", "had", "n't", "'ve", "am", "'m",
                   "is", "are", "was", "were", "it", "quite", "exactly", "either", "neither", "nor", "or",
                   "and"}
_CLINICAL_DENIALS = {"denies", "denied", "deny", "negative for"}
_LIST_ITEM_MAX = 5  # tokens in one item of a list of signs after the first ("numbness in my groin")
_LONG_LIST = 4  # signs: a denial of the whole of a list this long, closed by "or", denies each of them
_NOT_A_CLOSER = {"so", "more", "less", "worse", "nearly", "two", "three", "thereabouts", "something"}
# What a denial heading a list of red flags is not about: the pain itself, an injury, a change ("Never had
# pain like this, numb bum, ...", "No injury, numb bum, ...": the signs after it are told)
_NOT_A_LIST_HEAD = {"PAIN", "SEVERE", "WORST_PAIN", "CHANGE", "STIFF", "MORNING", "NIGHT", "TIME_SEQUENCE",
                    "MINOR_TRAUMA", "MAJOR_TRAUMA", "FALL", "IMPACT", "CRASH", "VEHICLE", "SUDDEN",
                    "ELSEWHERE", "STOPS_WORK_OR_SLEEP", "RADIATING", "SCIATICA", "WORSENING", "DIFFICULTY",
                    "FAILED", "LEG", "LEGS_PLURAL", "FEET_PLURAL", "LEG_IMPLIED", "MORNING_STIFFNESS",
                    "NIGHT_PAIN"}
# Words that break a list of denials: a contrast ("just leaking"), a yes, or a time of its own ("since
# Saturday", "at times"): what follows may be a sign the person has
_BREAKS_A_LIST = {"just", "only", "mainly", "mostly", "except", "apart", "though", "tho", "yes", "yeah",
                  "definitely", "but", "however", "although"}
_A_TIME_OF_ITS_OWN = re.compile(r"\b(since|yesterday|today|tonight|last (night|week|month|time)|"
                                r"this (morning|week|afternoon|evening)|at times|sometimes|ago|started|again|"
                                r"still|now)\b")


# A fever said over in the next sentence is checked only when it was not within the last day, and nothing
# after says it is back, still there, masked by a medicine, or hot over the spine
_FEVER_LATELY = re.compile(r"\b(today|this (morning|afternoon|evening)|tonight|last night|yesterday|"
                           r"hours? ago|few hours|earlier)\b")
_FEVER_NOT_OVER = re.compile(r"\b((is|it'?s|its|fever'?s|temp'?s|temperature'?s|came|come|coming) back|again|"
                             r"still|returned|(3[89]|4\d)([.,]\d)?|37[.,][5-9]|10\d|" + _ANY_MEDICINE
                             + r"|masked|hot|red|but|though|although)\b")
# a time that is now, said in a condition ("if I can't pee right now"; not "now and then", "at the moment of")
_NOW_IN_A_CONDITION = re.compile(r"\b(now(?! and then)|at the moment(?! of)|atm|currently|at present|today|"
                                 r"tonight|this (morning|afternoon|evening)|still)\b")
# a sentence that takes back the one before ("actually no, scratch that.")
_TAKEN_BACK = re.compile(r"^((actually|wait|oh|oops|sorry|no|nope|hang on)\W+){0,3}"
                         r"(scratch|ignore|strike|disregard) (that|this|what i (just )?said)\s*([.,;!:-]|$)")
# what a take-back goes on to say when it explains the sign away ("... it had gone to sleep, fine now")
_EXPLAINED_AFTER = re.compile(r"\b(fine|normal|ok|okay|nothing|just|was from|"
                              r"from (sitting|kneeling|lying|the cold)|because|cos|meant|mean|autocorrect|"
                              r"typo|gone to sleep|asleep)\b")
# Words that start the question after a condition without a comma ("if my legs went numb would I ..."): a time
# after them is the question's ("... would I need to go in tonight?"), not the condition's
_ASKS_AFTER_A_CONDITION = {"would", "should", "could", "do", "does", "is", "are", "will", "can", "shall",
                           "must"}
_ASKED_OF = {"i", "you", "it", "that", "this", "we", "they", "he", "she"}
_WH_WORDS = {"what", "who", "how", "when", "where", "which"}


def _condition_end(doc: Doc, sign_start: int, last: int) -> int:
    """Where the question after a condition starts ("if my legs went numb | would I ...")."""
    return next((t.i for t in doc[sign_start + 1:last]
                 if t.lower_ in _WH_WORDS or (t.lower_ in _ASKS_AFTER_A_CONDITION and t.i + 1 < len(doc)
                                              and doc[t.i + 1].lower_ in _ASKED_OF)), last)


def _condition_told_as_now(doc: Doc, first: int, sign_start: int, last: int) -> bool:
    """Whether the condition, from `first` to the question after it, is told with a time that is now."""
    return bool(_NOW_IN_A_CONDITION.search(doc[first:_condition_end(doc, sign_start, last)].text.lower()))


class _Part(NamedTuple):
    """The part of its clause a sign is told in (between joiners or commas)."""
    start: int
    end: int
    words: list[str]  # from its start to the sign's end, with a "still" or "now" that opens it
    tense: str | None  # the nearest tense word before the sign's end
    told_as_now: bool  # a present tense there, or a time of its own in the part


def _own_part(doc: Doc, start: int, end: int, sentence: tuple[int, int], clause: tuple[int, int]) -> _Part:
    clause_start, clause_end = clause
    # (a joiner followed by a time lately starts a part too: "off them since Friday and last night I was ...")
    breaks = (t.i + 1 for t in doc[clause_start:start]
              if t.text in (",", ";")
              or (t.lower_ in ("and", "but", "then") and _LATELY.match(doc[t.i + 1:t.i + 4].text.lower())))
    part_start = max([clause_start, *breaks])
    part_end = next((t.i for t in doc[end:clause_end] if t.text in (",", ";")), clause_end)
    opening = doc[part_start - 1].lower_ if part_start > sentence[0] else ""
    words = [*([opening] if opening in ("still", "now") else []), *(t.lower_ for t in doc[part_start:end])]
    tense = next((w for w in reversed(words) if w in _NOW_TENSE | _PAST_TENSE), None)
    told_as_now = (tense in _NOW_TENSE
                   or bool(_A_TIME_OF_ITS_OWN.search(doc[part_start:part_end].text.lower())))
    return _Part(part_start, part_end, words, tense, told_as_now)


def _closing_or(doc: Doc, start: int, end: int) -> int | None:
    """The "or" or "nor" in doc[start:end] that closes a list ("... trouble peeing or weight loss"; not "lost
    a stone or so")."""
    return next((t.i for t in doc[start:end] if t.lower_ in ("or", "nor")
                 and (t.i + 1 >= end or doc[t.i + 1].lower_ not in _NOT_A_CLOSER)), None)


def _list_reach(doc: Doc, denial: _Span, mention_start: int, mention_end: int,
                concept_spans: list[_Span]) -> str | None:
    """How a denial heading a list of signs reaches a sign in that list, where the near reach of a denial
    does not settle it: "deny" in a long list closed by "or" ("I haven't had any fever, numbness in my
    groin, trouble peeing or weight loss"), "check" in a shorter one ("neither of us has any numbness,
    leaking or fever") or where an item before this one had its own "no" ("no fever, no sweats, numb bum or
    leaking"), and None where there is no such list: no comma, an "or" or "and" that closed a list before a
    comma, an item that opens with "and", a long item, an item without a sign, an item telling something
    as now or starting with "I", or a word that breaks a list (a contrast, a yes, a time)."""
    sentence_end = next((t.i for t in doc[denial.end:] if t.text in SENTENCE_END), len(doc))
    if not denial.end <= mention_start < sentence_end:
        return None
    commas = [t.i for t in doc[denial.end:sentence_end] if t.text == ","]
    if not commas or commas[0] > mention_start:
        return None
    bounds = [denial.end, *commas, sentence_end]
    # ("Denies fever, chills, unexplained weight loss, history of malignancy, IV drug use, chronic steroid
    # use.": a clinician's note denies each item of its list, signs or not, with or without a closing "or")
    clinical = doc[denial.start:denial.end].text.lower() in _CLINICAL_DENIALS
    items = []
    for item_start, item_end in itertools.pairwise(bounds):
        words = [t.lower_ for t in doc[item_start:item_end] if t.text != ","]
        if not clinical and not any(item_start <= c.start < item_end for c in concept_spans):
            break  # the list has ended ("no fever, numb bum or leaking, thank goodness")
        items.append((item_start, item_end, words))
    if len(items) < 2 or not any(a <= mention_start < b for a, b, _ in items):
        return None
    closers = [n for n, (a, b, _) in enumerate(items) if _closing_or(doc, a, b) is not None]
    if closers != [len(items) - 1] and not (clinical and not closers):
        return None  # closed before a comma, or never closed by "or"
    # ("Never had pain like this, numb bum, ...", "No injury, numb bum, ...": the denial is of its own item,
    # and what follows is told)
    head = items[0]
    if not clinical and not any(head[0] <= c.start < head[1] and c.label not in _NOT_A_LIST_HEAD
                                for c in concept_spans):
        return None
    for n, (a, b, words) in enumerate(items):
        # (the denial's own item may say "have": "I don't have a temperature, ...")
        tells_now = bool(n and set(words) & (_NOW_TENSE | _FIRST_PERSON_STARTS | _PAST_FORMS))
        # (a number or a mark of its own is an item's own statement: "fever 39", "weight down 10kg", "- ")
        own_statement = bool(n and any(t.like_num or t.text in ("-", ":") for t in doc[a:b]))
        if (set(words) & _BREAKS_A_LIST or tells_now or own_statement or words[:1] == ["and"]
                or _A_TIME_OF_ITS_OWN.search(" ".join(words))
                or (n and len(words) > _LIST_ITEM_MAX + 1) or ("and" in words and n == len(items) - 1)):
            return None
    here = next(n for n, (a, b, _) in enumerate(items) if a <= mention_start < b)
    denied_apart = any(words[:1] in (["no"], ["not"]) for _, _, words in items[1:here])
    if denied_apart and items[here][2][:1] not in (["no"], ["not"], ["or"]):
        return "check"
    if clinical:
        return "deny"
    last_start, last_end, _ = items[-1]
    closer = _closing_or(doc, last_start, last_end)
    # ("... trouble peeing or weight loss": the last item holds two signs)
    signs = len(items) + any(closer < c.start < last_end for c in concept_spans)
    # (only a denial said of the whole list denies each sign of it: "I haven't had any ...", "things I don't
    # have: ..." (and a clinician's "denies ...", above); a bare "no fever, numb bum, weak legs or leaking"
    # may tell the rest)
    of_the_whole = any(t.lower_ in ("any", ":") for t in doc[denial.end:min(head[1], denial.end + 4)])
    return "deny" if signs >= _LONG_LIST and of_the_whole else "check"


# Words that tell a sign as it is now ("my legs are weak", "temp's 39", "still numb", "a fever again"), and
# as past ("I had a fever", "was hit by a car")
_NOW_TENSE = {"is", "are", "am", "'m", "'re", "'s", "still", "now", "currently", "keeps", "keep", "have",
              "got", "again", "feel", "feeling"}
_PAST_TENSE = {"had", "was", "were", "did", "used", "'d"}
_SAID_TO_BE_OVER = {"free", "gone", "fine", "normal", "better", "settled", "cleared", "over"}
# A "normal" said of a reading or a test, not of the sign before it ("feel faint, temp normal"), or a change
# from normal ("my temp goes from normal to 39 at night")
_READINGS = {"temp", "temps", "temperature", "bloods", "blood", "bp", "pressure", "pulse", "sats", "obs",
             "ecg", "sugar", "sugars", "test", "tests", "results", "scan", "scans", "mri", "x-ray", "xray",
             "x-rays"}


def _said_of_a_reading(doc: Doc, sign_end: int, said_at: int, code: str) -> bool:
    # (a temperature said normal does speak of a fever: "fever? temp normal")
    readings = _READINGS - {"temp", "temps", "temperature"} if code == "fever" else _READINGS
    # the reading just before, with no break between ("ecg normal, fine now": the "fine" is the person's)
    just_before = list(itertools.takewhile(lambda t: not t.is_punct,
                                           reversed(doc[max(sign_end, said_at - 3):said_at])))
    return (any(t.lower_ in readings for t in just_before)
            or (said_at > 0 and doc[said_at - 1].lower_ == "from"))


# A history that stays one whatever the person feels now (a cancer, a weakened immune system, thin bones):
# only these words after it deny it.
_HISTORIES = {"cancer_history", "immunosuppression", "osteoporosis"}
_DENIES_A_HISTORY = {"ruled out", "neg", "-ve", "tested negative", "test negative", "came back negative",
                     "is negative", "no wait", "no, wait", "wait no", "wait, no", "too, not", "not true",
                     "sorry, no", "sorry no"}
_PAST_FORMS = {"lost", "broke", "fell", "hit", "went", "came", "took", "ran", "threw", "caught", "felt"}


def _fear_reaches(doc: Doc, fear_end: int, site_start: int) -> bool:
    """"terrified it is cauda equina cant feel my bum": a fear reaches a sign told straight after it, with
    no break, time, reason or new "I" or "they" between ("terrified it's broken, fell off scaffolding" and
    "scared I'll lose my legs they're getting weaker" do not)."""
    between = doc[fear_end:site_start]
    for i, t in enumerate(between):
        if t.is_punct or t.lower_ in _FEAR_ENDS:
            return False
        # ("... lose my legs theyre getting weaker": a misspelt "they're", corrected to "there")
        if (t.lower_ == "there" and t.i + 1 < len(doc)
                and (doc[t.i + 1].lower_.endswith("ing") or doc[t.i + 1].lower_ in _THERE_AS_THEYRE)):
            return False
        if (t.lower_ in _NEW_SUBJECTS_AFTER_A_FEAR
                and not {w.lower_ for w in between[max(0, i - 2):i]} & _INSIDE_THE_FEAR
                and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _FEARED_MODALS)
                and not (t.lower_ == "they"
                         and ({w.lower_ for w in doc[t.i + 1:t.i + 3]} & _THEY_KEEP_THE_FEAR
                              or "going to" in doc[t.i + 1:t.i + 4].text.lower()))):
            return False
    return True


_CANCER_TREATED = {"chemo", "chemotherapy", "radiotherapy", "radiation", "lumpectomy", "mastectomy",
                   "oncologist", "oncology", "remission", "tamoxifen", "letrozole", "anastrozole"}
_THE_BACK_ITSELF = {"pain", "ache", "aches", "hurts", "hurting", "is", "pains", "problem", "problems"}


# "scared this is cancer, I had it before": the cancer named had before
_HAD_IT_BEFORE = re.compile(r"\b(i'?ve had it|i had it|i have had it|had it)( \w+)? "
                            r"(before|already|once|years ago)\b")


def _ones_own_cancer(doc: Doc, sites: set[tuple[int, int]]) -> bool:
    """"my cancer", "the cancer", "cancer back again", "cancer coming back", "had cancer", "had chemo": a
    cancer had before, not only feared ("worried it's cancer back pain" is not)."""
    if {t.lower_ for t in doc} & _CANCER_TREATED or _HAD_IT_BEFORE.search(doc.text):
        return True
    for start, end in sites:
        before = [t.lower_ for t in doc[max(0, start - 2):start]]
        after = [t.lower_ for t in doc[end:end + 3]]
        if before[-1:] in (["my"], ["the"]) or "had" in before or "again" in after:
            return True
        if "back" in after and not set(after[after.index("back") + 1:][:1]) & _THE_BACK_ITSELF:
            return True  # "cancer back", not "cancer back pain"
    return False


_PLAIN_DENIALS = _DENIALS | {"n't", "negative", "nil", "neither", "nothing"}


_IT_THAT_WAS = {"it", "that", "this", "which", "they", "both", "all", "and"}


def _opens_next_sentence(doc: Doc, sentence: tuple[int, int], span: _Span,
                         also: frozenset[str] = frozenset()) -> bool:
    """Whether a cue opens the sentence after `sentence`, with at most "it", "that" and the like (and `also`)
    before it: "... a numb patch. It went away"."""
    return (sentence[1] <= span.start <= sentence[1] + 3
            and all(t.is_punct or t.lower_ in _IT_THAT_WAS | also for t in doc[sentence[1]:span.start]))


def _after_a_birth(doc: Doc, in_sentence: list[_Span]) -> bool:
    """Weight lost "since the birth" or "breastfeeding", with nothing taking it back ("not breastfeeding",
    "without trying")."""
    births = [s for s in in_sentence if s.label == "AFTER_A_BIRTH"]
    taken_back = any(t.lower_ in ("not", "no", "stopped", "longer", "n't", "finished", "ended", "weaned")
                     for s in births for t in doc[max(0, s.start - 2):s.end + 2])
    # ("... after having the baby but it kept going, now 10kg under my normal": more than a birth explains)
    going_on = bool(births) and bool(_LOSS_GOING_ON.search(doc.text))
    return (bool(births) and not taken_back and not going_on
            and not any(s.label == "NOT_EXPLAINED" for s in in_sentence))


_LOSS_GOING_ON = re.compile(r"\b((kept|keeps|keep) (going|dropping|falling)|still (losing|dropping)|"
                            r"carr(y|ied|ies) on|under my (normal|usual)|below my|pre-?pregnancy|too much|"
                            r"too fast)\b")


_NEW_SUBJECTS = {"i", "my", "we", "our", "me"}


def _a_new_subject_between(doc: Doc, start: int, end: int) -> bool:
    """A joiner followed by the person again between two places ("... without trying and I had ...")."""
    return any(t.lower_ in ("and", "but", ",", ";") and t.i + 1 < end and doc[t.i + 1].lower_ in _NEW_SUBJECTS
               for t in doc[start:end])


def _told_long_ago_and_not_since(cues: list[_Span], start: int, end: int) -> bool:
    """Between start and end: a time long past ("five years ago", "as a kid"), and nothing of now or of a
    return ("this morning", "came back")."""
    labels = {c.label for c in cues if start <= c.start < end}
    return bool(labels & {"LONG_STANDING", "DISTANT_PAST"}) and not labels & {"NOW_HAPPENING", "REOPENED"}


def _judge(doc: Doc, code: str, chosen: list[_Span], cues: list[_Span], c_start: int, c_end: int,
           weaker: bool = False, concept_spans: list[_Span] = (), all_cues: list[_Span] = (),
           sentence_level: bool = False, quotations: list[_Quotation] = ()) -> Mention:
    start, end = min(s.start for s in chosen), max(s.end for s in chosen)
    covered = {i for s in chosen for i in range(s.start, s.end)}
    clauses = _clauses(doc, list(all_cues))
    clause = next(((a, b) for a, b in clauses if a <= start < b), None)
    sentence = _sentence_at(doc, start) or (c_start, c_end)

    def outside(span: _Span) -> bool:
        return not covered.intersection(range(span.start, span.end))

    not_negating = [s for s in cues if s.label == "NOT_NEGATING"]

    def denies(span: _Span) -> bool:
        """"Not just one leg", "nothing comes out", "no feeling": a negation word that belongs to a symptom
        phrase, or that does not deny, is not a negation. (A denial after the mention that only begins inside
        a symptom phrase still denies with its own words: "both legs are" + "are strong".)"""
        if any(n.start <= span.start < n.end for n in not_negating):
            return False
        if span.label == "NEG_AFTER":
            # ("couldn't pee yesterday, normal since this morning": over, not denied; read as over below)
            if (BY_CODE[code].is_red_flag and doc[span.start:span.end].text in ("normal", "fine")
                    and (doc[span.end:span.end + 1].text.lower() == "since"
                         or doc[span.end:span.end + 2].text.lower() == "ever since")):
                return False
            # ("I can't feel a thing down below, was all fine before this back business": new, not denied)
            if (BY_CODE[code].is_red_flag and doc[span.start:span.end].text in _FINE_WORDS
                    and doc[span.end:span.end + 1].text.lower() in _UNTIL_THIS):
                return False
            # ("my bum goes numb, is that normal?": asked about, not denied; but "numb bum: no, is that ok?"
            # is denied by its "no")
            asked_about = [q for q in cues if q.label == "ASKING_SELF"
                           and not {t.lower_ for t in doc[end:q.start]} & _PLAIN_DENIALS]
            return not any(c.start <= span.start and span.end <= c.end
                           for c in [*concept_spans, *asked_about])
        return not any(c.start <= span.start < c.end for c in concept_spans)

    other_sites = [s for s in concept_spans if s.label in _BODY_SITES and outside(s)]

    def belongs_elsewhere(s: _Span, last: int) -> bool:
        """"Legs both numb, no problem peeing", "my legs are numb, the bladder is fine": a "fine" or "no
        problem" after the mention that is said of another part of the body denies that part only."""
        return any(last <= o.start < s.start
                   or (s.end <= o.start <= s.end + 1 and not any(t.text in _ITEM_SEPARATORS
                                                                 for t in doc[s.end:o.start]))
                   for o in other_sites)

    def said_of_an_earlier_part(s: _Span, first: int) -> bool:
        """"No chest pain, fainted twice": a "no" said of something before a comma does not reach past it,
        unless the list goes on ("no numbness, tingling or weakness")."""
        commas = [t.i for t in doc[s.end:first] if t.text == ","]
        # ("the pills don't help, legs going numb", "nothing helps, both legs weak": a denial of something
        # else in its own item, no sign in it, does not reach past the comma; a bare "no, ..." still may)
        if commas and not any(s.end <= c.start < commas[0] for c in concept_spans) and any(
                t.lower_ not in _DENIAL_FILLERS and not t.is_punct for t in doc[s.end:commas[0]]):
            return True
        if not commas:
            return False
        # the item the sign is told in, from the last comma on
        item = list(itertools.takewhile(lambda t: t.text not in (",", *SENTENCE_END), doc[commas[-1] + 1:]))
        # ("No cough, fever 38.5": a sign measured in an item of its own is told, not denied)
        if any(t.like_num for t in item):
            return True
        if not any(s.end <= c.start < commas[-1] and outside(c) for c in concept_spans):
            return False
        first_span = next((c for c in chosen if c.start == first), min(chosen, key=lambda c: c.start))
        around = [t.lower_ for t in doc[commas[-1] + 1:first]] + [t.lower_ for t in
                                                                   doc[first_span.end:first_span.end + 1]]
        # ("no fever or chills, and both legs are numb": a new statement, not the list's next item; "denies
        # fever, chills, and saddle numbness" is the list's last item)
        if {t.lower_ for t in item} & (_NOW_TENSE | _PAST_TENSE | _FIRST_PERSON_STARTS):
            return True
        return not set(around) & _LIST_WORDS

    crisis = BY_CODE[code].escalate_hypothetical
    a_history = code in _HISTORIES

    def negates(s: _Span, first: int, last: int) -> bool:
        # ("had breast cancer, all good now", "HIV, fine", "on long-term steroids, all fine": how the person
        # is, not that the history is not there; "HIV neg", "cancer ruled out" still deny)
        if a_history and s.label == "NEG_AFTER" and doc[s.start:s.end].text not in _DENIES_A_HISTORY:
            return False
        # ("temp: no, leaking: yes": a form's "no" answers its own label, not the next item's)
        if (s.label == "NEG_BEFORE" and s.start > 0 and doc[s.start - 1].text == ":"
                and any(t.text in _ITEM_ENDS or "\n" in t.text for t in doc[s.end:first])):
            return False
        # ("this pain will never end I want to die": the "never" is the pain's; a new "I" starts what is said)
        if crisis and s.label == "NEG_BEFORE" and _a_new_statement_between(doc, s.end, first):
            return False
        # ("scared it'll never end, want to die": the "never" is the pain's, said before a comma; not a list
        # denied whole: "no thoughts of self-harm, plans or wanting to die")
        if crisis and s.label == "NEG_BEFORE" and _parted_by_a_comma(doc, s.end, first):
            return False
        return ((s.label == "NEG_BEFORE" and outside(s) and denies(s)
                 and first - NEGATION_LOOKBACK <= s.start < last and not said_of_an_earlier_part(s, first))
                or (s.label == "NEG_AFTER" and outside(s) and denies(s)
                    and last <= s.start <= last + NEGATION_LOOKAHEAD and not belongs_elsewhere(s, last)
                    # (a test result does deny: "HIV test came back negative")
                    and not (_said_of_a_reading(doc, last, s.start, code)
                             and doc[s.start:s.end].text not in _DENIES_A_HISTORY))
                or (s.label == "NO_AFTER" and (s.start == last or (
                    s.start > last and doc[s.start].text in ":-–"
                    and all(t.lower_ in _FORM_LABEL_TAIL for t in doc[last:s.start])))))

    if BY_CODE[code].whole_message:  # parts said apart: each part is negated only close to itself
        def same_clause(a: int, b: int) -> bool:
            return any(s <= a < e and s <= b < e for s, e in clauses)

        negated = any(negates(s, span.start, span.end) and same_clause(s.start, span.start)
                      for span in chosen for s in cues)
    elif sentence_level:  # a denial in another clause ("no fever, but ...") denies nothing in this one
        own = [(a, b) for a, b in clauses if any(a <= span.start < b for span in chosen)]
        negated = any(negates(s, start, end) and any(a <= s.start < b for a, b in own) for s in cues)
        # (or one part denied in its own clause: "both legs fine and strong, just a sore back")
        negated = negated or any(negates(s, span.start, span.end) and a <= s.start < b and a <= span.start < b
                                 for span in chosen for s in cues for a, b in own)
    else:
        negated = any(negates(s, start, end) for s in cues)
    # (a denial heading a list reaches past its near reach: each sign of a long list is denied, of a shorter
    # one checked)
    list_reach = {_list_reach(doc, s, start, end, concept_spans) for s in cues
                  if s.label == "NEG_BEFORE" and outside(s) and denies(s) and s.end <= start}
    negated = negated or "deny" in list_reach
    checked_in_a_list = not negated and "check" in list_reach
    # a doubt said before a plain denial of this finding does not reach it: "worried it might be cancer,
    # never had it, no weight loss" denies the weight loss
    denials_after = [n.start for n in cues if n.label == "NEG_BEFORE" and negates(n, start, end)]
    uncertain = any((s.label == "UNCERTAIN" and s.start < end
                     and not any(s.end <= n < start for n in denials_after))
                    or (s.label == "UNCERTAIN_AFTER" and end <= s.start <= end + 2)
                    for s in cues if outside(s))
    finding = BY_CODE[code]
    if finding.escalate_hypothetical and uncertain:
        # "thinking of how I might end things", "not sure if I should end it all": crisis wording with a doubt
        # in it is still crisis wording, and the "not" of "not sure" denies nothing
        uncertain = negated = False
    # "the doctor said something about a bulge on the big blood vessel in my belly": about the person's own
    # body, raised but not plainly said (checked); about a medicine, one they may start (not one they take)
    said_about = any(s.label == "SAID_ABOUT" and outside(s) and s.start < start for s in cues)
    said_about_own_body = said_about and finding.is_red_flag and not finding.named_by_medicines
    safety_net = _safety_net(doc, start, all_cues)  # "the GP said to come back if ..."
    part = _own_part(doc, start, end, sentence, clause or (c_start, c_end))
    # ("it could turn into something worse, both legs are numb now": a condition before a comma does not
    # reach a sign told as now after it)
    conditions = [s for s in cues if s.label == "HYPOTHETICAL" and outside(s) and s.start < start
                  and not (part.told_as_now and s.end <= part.start)]
    # ("111 said go to A&E if I got numb down there. It's happened today": the condition is met, but words
    # such as "today" also say other things, so the sign is checked, never dropped as a what-if)
    met_condition = safety_net == "fulfilled" and bool(conditions)
    if met_condition:
        conditions = []
    otherwise_hypothetical = (safety_net == "denied"
                              or (finding.whole_message and _a_part_is_conditional(doc, chosen, cues))
                              or (said_about and not said_about_own_body))
    asked_in_general = (bool(conditions) or _sentence_is_question_not_about_user(doc, start, end, all_cues)
                        or _conditional_question(doc, start, end))
    # ("does the numbness in both legs mean something serious?": a question that takes the sign as the
    # person's own is no general question; what it says before the sign is given asks nothing)
    presupposed, given_from = _presupposed_in_a_question(doc, start) or (None, start)
    if presupposed:
        hypothetical = otherwise_hypothetical or any(s.end > given_from for s in conditions)
    else:
        hypothetical = otherwise_hypothetical or asked_in_general
    # "if I can't feel my bum right now, should I go to ED?": a condition told with a time that is now may be
    # what is happening, so the sign is checked, never dropped as a what-if ("if my legs go numb" stays one)
    # (also behind a frame that ends in "if": "what should I do if I can't pee right now?")
    if_at = next((t.i for t in reversed(doc[sentence[0]:start]) if t.lower_ == "if"), None)
    told_now_in_a_condition = (hypothetical and not otherwise_hypothetical and if_at is not None
                               and all(doc[s.end - 1].lower_ == "if" for s in conditions)
                               and (bool(conditions) or _conditional_question(doc, start, end))
                               and _condition_told_as_now(doc, if_at, start, part.end))
    if told_now_in_a_condition:
        hypothetical = False
    asked_behind_a_preamble = (not hypothetical and not finding.escalate_hypothetical
                               and _conditional_after_a_preamble(doc, start))
    # (a sign only presupposed is checked, where the question would otherwise have been a general one)
    presupposed_only = presupposed == "presupposed" and not hypothetical and asked_in_general
    # (so is a sign said first, with the question after it: "numb bum since yesterday, normal or not?")
    told_before_a_tag = (hypothetical and not presupposed and not otherwise_hypothetical and not conditions
                         and _sentence_is_question_not_about_user(doc, start, end, all_cues)
                         and _told_before_a_question_tag(doc, start, end))
    if told_before_a_tag:
        hypothetical = False
    # "my transplant team said to tell them if I ever get back pain ... It doesn't at the moment": a risk
    # factor matters beside back pain; asked about before any, it is a question, not a report
    if finding.is_risk_factor and any(s.label == "NO_BACK_PAIN_YET" for s in all_cues):
        hypothetical = True
    # "terrified it is cauda equina cant feel my bum": a fear of what it is, perhaps of what is happening,
    # checked with one question; a fear of what may come ("scared I'll end up incontinent") is a worry unless
    # it has already begun ("frightened I'll wet myself again"). Every place the sign is told must be
    # reached ("afraid it may be the cancer I had breast cancer 3 years ago" tells one).
    sites = {(c.start, c.end) for c in [*chosen, *concept_spans]
             if c.label in {span.label for span in chosen}}
    first_site = min(site_start for site_start, _ in sites)

    def feared_by(label: str, about_what_may_come: bool = False) -> bool:
        """Every place of the sign reached by a fear with this label (and, `about_what_may_come`, the first
        place straight after it, as what it fears)."""
        def reaches(s: _Span, site_start: int) -> bool:
            return (s.label == label and outside(s) and s.start < site_start
                    and _fear_reaches(doc, s.end, site_start))

        def fears_it(s: _Span) -> bool:
            return first_site <= s.end + _STRAIGHT_AFTER and _about_what_may_come(doc, s, first_site)

        return all(any(reaches(s, site_start) and (not about_what_may_come or fears_it(s)) for s in cues)
                   for site_start, _ in sites)

    feared = finding.is_red_flag and not finding.escalate_hypothetical and not hypothetical
    # ("terrified i'll end up paralysed legs are going weak": a sign further on may be happening: checked)
    feared_ahead = feared and not feared_by("FEAR") and feared_by("FEAR_AHEAD", about_what_may_come=True)
    feared = feared and (feared_by("FEAR") or feared_by("FEAR_AHEAD"))
    clause_end = clause[1] if clause else len(doc)
    words_after = [t.lower_ for t in doc[end:clause_end]]
    begun = set(words_after) | {" ".join(pair) for pair in itertools.pairwise(words_after)}
    not_yet = any(s.label == "NOT_HAPPENED" and end <= s.start < clause_end for s in all_cues)
    if feared_ahead and (not_yet or not begun & _ALREADY_HAPPENED):
        feared, hypothetical = False, True
    if feared and code == "cancer_history":
        # "scared it might be a tumour" fears a cancer, it tells none; "terrified it's my cancer back" or
        # "scared its cancer had chemo 2 years ago" tells one had before
        own = _ones_own_cancer(doc, sites)
        feared, hypothetical = False, not own
    # "What does it mean if you can feel a lump ... beating? ... yes, I'm asking for me": a general question
    # the person says is about themselves: checked with one question, as their own
    asked_for_oneself = (hypothetical and finding.is_red_flag  # ("mine hasn't" is no "mine has")
                         and any(s.label == "FOR_ONESELF" and not (s.end < len(doc) and doc[s.end].lower_
                                                                   in ("n't", "not", "never"))
                                 for s in all_cues))
    if asked_for_oneself:
        hypothetical = False
    # "Is it normal that my bum is numb?": a question, but about one's own symptom, so it is checked.
    question = _question_sentence(doc, start, end)
    # ("will I be OK to fly with this fever?" asks about what comes of it: the fever is told)
    asking_self = (not hypothetical and question is not None
                   and any(s.label == "ASKING_SELF" and outside(s) and s.start < start
                           and doc[s.start].lower_ not in ("will", "am") for s in cues))
    about_user = not any(s.label == "OTHER_AFTER" and outside(s) and s.start >= end for s in cues)
    # "mate came off his motorbike": someone else's inside the mention, with no "I" or "my" beside it
    inside = [s for s in cues if start <= s.start < end and outside(s)]
    if (any(s.label == "OTHER" and doc[s.start].lower_ not in _SUBJECT_PRONOUNS for s in inside)
            and not any(s.label == "SELF" for s in inside)):
        about_user = False
    # "they'd all be happier if I wasn't here", "I wet myself": a mention in the first person is the person's
    # ("someone rear-ended me": done to the person, who is named right after what was done)
    said_in_first_person = (any(s.label == "SELF" and not outside(s) for s in cues)
                            or (end < len(doc) and doc[end].lower_ == "me"))
    for other in (s for s in cues if s.label == "OTHER" and outside(s)):
        if (other.end <= start and not said_in_first_person
                and not _joined_with_me(doc, other.start, other.end)):
            between = [s for s in cues if s.label == "SELF" and other.end <= s.start < start]
            if not between:
                about_user = False
    if about_user and not said_in_first_person and _subject_left_out(doc, clause, sentence, cues, all_cues):
        about_user = False  # "my wife has had back pain and now has a fever": the wife's fever
    not_explained = [s for s in cues if s.label == "NOT_EXPLAINED"]
    if code == "weight_loss" and any(s.label == "WEIGHT_EXPLAINED" and outside(s)
                                     and not any(n.start <= s.start < n.end for n in not_explained)
                                     for s in cues):
        negated = True  # lost on purpose: not the unexplained weight loss the red flag is about
    # "a car crash in 2005 and now my legs are both numb": a "now" parts the past from the present
    now_breaks = [b for b in all_cues if b.label == "BREAK" and doc[b.end - 1].lower_ == "now"]
    # (a cue that itself starts with the "now" is about now: "fever last week, now finished")
    # (what says the sign is back is about now wherever it stands: "cleared up, and now it has come back")
    in_sentence = [s for s in all_cues if sentence[0] <= s.start < sentence[1] and outside(s)
                   and (s.label == "REOPENED"
                        or not any(min(s.start, start) < b.start <= max(s.start, start)
                                   and not b.start <= s.start < b.end for b in now_breaks))]
    # ("feel faint, temp normal": a normal temperature says a fever is over, nothing else)
    in_sentence = [s for s in in_sentence if not (code != "fever" and s.label == "RESOLVED"
                                                  and {t.lower_ for t in doc[s.start:s.end]} & _READINGS)]
    # "chest x-ray was clear but sudden tearing pain in my chest": what was over before a "but" may not be
    # what is told after it, so the sign is checked, never read as over
    contrasts = [b.start for b in all_cues if b.label == "BREAK" and doc[b.start].lower_ in _CONTRASTS]
    over_before_a_contrast = [s for s in in_sentence if s.label in ("RESOLVED", "DISTANT_PAST")
                              and s.end <= start and any(s.end <= b < start for b in contrasts)]
    # "off them since Friday and my temperature is 39", "fully healed, wet myself yesterday": what was over
    # in an earlier part of the sentence (before a joiner or a comma) is not what a later part tells as now
    # (a present tense, or a time of its own). Only the sign's own part is read for its tense (a past tense
    # there keeps it past: "when I was little, I had a high fever"); told neither as now nor as past, the
    # sign is checked; said to be over in its own part ("... and I'm fever free now"), it stays over.
    over_in_its_own_part = (any(c.label in ("RESOLVED", "NEG_AFTER") and part.start <= c.start < part.end
                                for c in all_cues)
                            or {t.lower_ for t in doc[end:part.end]} & _SAID_TO_BE_OVER)
    told_as_past = part.tense in _PAST_TENSE or any(w in _PAST_FORMS or (len(w) > 4 and w.endswith("ed"))
                                                    for w in part.words)
    over_in_an_earlier_part = [] if over_in_its_own_part else [
        s for s in in_sentence if s.label in ("RESOLVED", "DISTANT_PAST") and s.end <= part.start]
    read_as_over = _read_as_over(finding, {s.label for s in in_sentence
                                           if not (part.told_as_now and s in over_in_an_earlier_part)})
    if part.told_as_now or not told_as_past:
        over_before_a_contrast += [s for s in over_in_an_earlier_part if s not in over_before_a_contrast]
    # ("lost 2 stone without trying and I had cancer in 2019": the year is the cancer's, told apart)
    told_apart_later = [s for s in in_sentence if s.label == "DISTANT_PAST" and s.start >= part.end
                        and _a_new_subject_between(doc, part.end, s.start)]
    labels = {s.label for s in in_sentence if s not in over_before_a_contrast and s not in told_apart_later}
    # "numbness down there last week that cleared; it came back this morning": said back in the next
    # sentence, so never over
    if any(s.label == "REOPENED" and _opens_next_sentence(doc, sentence, s) for s in all_cues):
        labels.add("REOPENED")
    # ("couldn't pee yesterday, normal since this morning": a sign of the nerves to the bladder, bowel or
    # legs over within the last day or so may come and go, so it is checked rather than dropped)
    over = _read_as_over(finding, labels)
    over_only_lately = (over and code in _NERVE_SIGNS_THAT_COME_AND_GO and "DISTANT_PAST" not in labels
                        and bool(_LATELY.search(doc[sentence[0]:sentence[1]].text.lower())))
    if over and not over_only_lately:
        negated = True  # past and over ("a car accident in 2002, fully recovered"): not this back pain
    # "numb bum, unchanged", "weak right leg, bladder and bowels unchanged": perhaps long-standing, perhaps
    # new and no worse, so checked with one question (it had been read as over, and dropped)
    unchanged_only = (finding.is_red_flag and finding.new_since_pain and "UNCHANGED" in labels
                      and not labels & {"NEW_SINCE", "REOPENED", "LONG_STANDING"})
    # (only a sign that the words before the "but" would have denied is checked; one reported stays reported)
    checked_after_a_contrast = read_as_over and not negated
    if (code == "cancer_history" and end < len(doc) and doc[end].lower_ in ("scare", "scares")
            and "NOT_CANCER" in labels):
        negated = True  # "a cancer scare last spring, turned out to be a harmless cyst": it was not cancer
    if (code == "fever" and re.match(r"(down|up) (my|your|the) spine\b", doc[end:end + 3].text.lower())
            and not any(s.label == "FEVER" and not start <= s.start < end for s in concept_spans)):
        negated = True  # "chills down my spine watching a horror film": a thrill, not a fever
    # (an explanation counts only in the same clause: "Mum thinks I overdid it at the gym, but both my legs
    # feel weak" is not explained away)
    # (a figure of speech may run into the words it dresses up: "sore like I've been hit by a bus")
    figurative = not negated and any(s.label == "FIGURATIVE" and (outside(s) or s.start < start)
                                     for s in cues)
    if (figurative
            or (any(s.label == f"AWAY_{code}" and _explains_where_it_stands(doc, s, chosen) for s in cues)
                and not (code == "immunosuppression" and _STEROIDS_GO_ON.search(doc.text)))):
        negated = True  # "nearly wet myself laughing"; "legs feel dead after leg day at the gym"
    if code == "weight_loss" and "WEIGHT_EXPLAINED" in labels and "NOT_EXPLAINED" not in labels:
        negated = True  # "I did lose weight last year, but that was on purpose"
    # "numb bum on the long drive, comes right as soon as I get out": the check question answered already
    # (unless the message says it stays, or that it is new since the back pain)
    if (code == "saddle_numbness" and any(s.label == "GONE_ON_STANDING" for s in in_sentence)
            and not any(s.label in ("STAYS_ON_STANDING", "NEW_SINCE") for s in all_cues)):
        negated = True
    # (unless the sentence says it is new since the back pain: "since the back pain I've leaked when I cough")
    # (an explanation or a long-standing time anywhere in the sentence: "I do get night sweats but honestly
    # that's the menopause, I've had those for ages" is checked, not escalated)
    # "Should I go to A&E if my legs go numb?": maybe a worry, maybe what is happening: one check question
    if_question = question is not None and doc[question[0]].lower_ in _ASKING_WORDS and any(
        t.lower_ == "if" for t in doc[question[0]:start])
    possible = (weaker or asking_self or asked_for_oneself or said_about_own_body or if_question
                or presupposed_only or told_before_a_tag or over_only_lately or told_now_in_a_condition
                or asked_behind_a_preamble
                or (code == "major_trauma" and (_only_mild_pain_scored(doc) or _trauma_said_minor(doc)
                                                or _a_tackle_weeks_ago(doc)))
                or (code == "immunosuppression" and _stopped_just_before(doc, start))
                or (code == "weight_loss" and _after_a_birth(doc, in_sentence))
                or unchanged_only
                or checked_after_a_contrast or feared or checked_in_a_list) or (
        finding.is_red_flag and (safety_net == "unfulfilled" or met_condition)) or (
        finding.is_red_flag and "NEW_SINCE" not in labels and any(
            outside(s) and ((s.label == f"EXPLAINED_{code}" and _explains(code, doc, chosen)
                             and not (code == "saddle_numbness"
                                      and any(c.label == "STAYS_AFTER_GETTING_UP" for c in all_cues)))
                            or (s.label == "CONSTIPATION" and code == "bladder_bowel"
                                and _only_bowels_not_going(chosen))
                            or (s.label == "LONG_STANDING" and finding.new_since_pain))
            for s in [*cues, *in_sentence]))
    if finding.escalate_hypothetical:
        # Crisis wording is reported however it is said; only thoughts said as long past and over ("felt
        # suicidal in my twenties, got help and have been well for years") are checked with one question,
        # read in the part of the sentence the mention is in ("well for years, but I want to die now" is not).
        # (what follows in the sentence counts: "overdosed once when I was 19, but no thoughts like that now")
        contrasts = [s.start for s in in_sentence if s.label == "BREAK"]
        part = (max([b for b in contrasts if b < start], default=sentence[0]), sentence[1])
        said = {s.label for s in in_sentence if part[0] <= s.start < part[1]}
        # (and nothing in the whole message says they came back: "... but lately the thoughts are back")
        # A sign that is only possible ("had 20 Panadol tonight") is checked too.
        over = ("CRISIS_OVER" in said and bool(said & {"DISTANT_PAST", "LONG_STANDING"})
                and not any(s.label == "REOPENED" for s in all_cues))
        possible = (weaker and not sentence_level) or over
    # Words in quotation marks are someone's words: another person's when that person says them ("Mum
    # rang and said 'I can't feel my legs'"); otherwise perhaps the person's own, perhaps a play, a
    # leaflet or a role-play, so checked with one question (crisis words are still answered at once).
    quoted = next((q for q in quotations if q.start <= start < q.end), None)
    if quoted is not None and quoted.by_someone_else:
        about_user = False
    elif quoted is not None and not finding.escalate_hypothetical:
        possible = True
    # (or a "none" at the start of the next sentence: "... numbness round the back passage and trouble
    # peeing. None of them so far"; not "Nothing like that ever before", which says the sign is new)
    if not finding.escalate_hypothetical and any(
            s.label == "DENIED_LATER" and end <= s.start
            and (s.start < sentence[1] or (_opens_a_denial(doc[sentence[1]:s.start], doc[s.start].lower_)
                                           and _only_a_denial(doc, s)))
            for s in all_cues):
        possible = True  # "fever, weight loss, ... nah, none of it": maybe all denied, so checked
    # "... a numb patch when I was pregnant; it went away after the birth, five years ago": over, said in the
    # next sentence, long ago (checked, never dropped: "It went away after a few minutes" is no such thing;
    # a cancer treated and "fine since" is still a past cancer)
    if finding.new_since_pain and not finding.escalate_hypothetical and any(
            s.label == "RESOLVED" and _opens_next_sentence(doc, sentence, s)
            and _told_long_ago_and_not_since(all_cues, sentence[0],
                                         (_sentence_at(doc, s.end) or (0, len(doc)))[1])
            for s in all_cues):
        possible = True
    # "my foot feels weak. actually no, scratch that. it had gone to sleep": taken back in the next sentence,
    # perhaps for something else, so checked with one question rather than reported
    next_words = doc[sentence[1] + 1:sentence[1] + 8].text.lower()
    rest = doc[sentence[1] + 1:].text.lower()
    taken_back = _TAKEN_BACK.match(next_words)
    if (not finding.escalate_hypothetical and taken_back and _EXPLAINED_AFTER.search(rest[taken_back.end():])
            and not any(c.start > sentence[1] for c in concept_spans
                        if c.label in {s.label for s in chosen})):
        possible = True
    # "had a fever last week with the flu. Gone now.": a fever told as past and said to be over in the next
    # sentence is checked (it may have come back), not reported as now
    fever_lately = _FEVER_LATELY.search(doc[sentence[0]:sentence[1]].text.lower())
    if code == "fever" and told_as_past and not fever_lately and not _FEVER_NOT_OVER.search(
            doc[sentence[1]:].text.lower()) and any(
            s.label == "RESOLVED" and _opens_next_sentence(doc, sentence, s, _IT_WAS)
            for s in all_cues):
        possible = True
    if _echoed_then_denied(doc, question, start, end):
        negated = True  # "Self-harm? No, nothing like that": as plain a denial as "no self-harm"
    elif (code == "fever" and negated and fever_lately
          and not _SAID_LONG_AGO.search(doc[sentence[0]:sentence[1]].text.lower())
          and not any(c.label == "NEG_BEFORE" and start - NEGATION_LOOKBACK <= c.start < start
                      and c.start >= sentence[0] for c in all_cues)):
        # "had a fever of 39 yesterday, fine now": over only since yesterday, so it may come back; checked
        # with one question, never dropped (a fever told, not one denied: "no fever yesterday or today")
        negated, possible = False, True
    if (code in _LEG_SIGNS_WHILE_THEY_LAST and "REOPENED" not in labels and any(
            s.label == "RESOLVED" and (end <= s.start < sentence[1] or _opens_next_sentence(doc, sentence, s))
            for s in all_cues)):
        # "pins and needles in my foot 30 years ago, it went away", "numb leg in 1995, fully recovered" (set
        # 69): over, so no sign of now; nor a no to the question about now, which is asked (said after the
        # sign, in its sentence or just after: not "my leg gone completly dead since dis mornin")
        possible = True
    if code == "vascular" and _nearly_collapsed(doc, chosen):
        possible = True
    status: Status = ("absent" if negated and not uncertain else "uncertain" if uncertain
                      else "possible" if possible else "present")
    words = doc[c_start:c_end].text[:200]
    return Mention(code, status, about_user, hypothetical, words,
                   figure_of_speech=figurative and status == "absent")


_NOT_ONLY_BOWELS = {"BLADDER", "URINE_RETENTION", "INCONTINENCE", "LOSS_OF_CONTROL", "LEAK", "DAMP", "SADDLE"}


def _only_bowels_not_going(chosen: list[_Span]) -> bool:
    """"haven't been for a poo in 3 days": the bowels not going, and nothing about the bladder or control."""
    labels = {s.label for s in chosen}
    return "BOWEL" in labels and not labels & _NOT_ONLY_BOWELS


def _explains(code: str, doc: Doc, chosen: list[_Span]) -> bool:
    """A harmless cause explains only the wordings it is known for (a small leak on coughing, not "I wet
    myself when I coughed")."""
    wordings = lexicon.EXPLAINED_WORDINGS.get(code)
    return wordings is None or any(t.lower_ in wordings for s in chosen for t in doc[s.start:s.end])


def mention_span(text: str, mention: Mention) -> tuple[int, int]:
    """Character span of the mention's clause in the original text (the whole text if it was reworded)."""
    start = text.lower().find(mention.words)
    if start < 0:
        return 0, len(text)
    return start, start + len(mention.words)


def red_flag_spans(text: str, mentions: list[Mention] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, code) of each red flag the user reports, most urgent first; where several flags
    share one span ("my legs keep giving way and it's getting worse"), only the most urgent is kept."""
    mentions = find_mentions(text) if mentions is None else mentions
    flags = [m for m in mentions if m.reported and BY_CODE[m.code].is_red_flag]
    flags.sort(key=lambda m: -(BY_CODE[m.code].urgency or 0))
    spans: dict[tuple[int, int], str] = {}
    for m in flags:
        spans.setdefault(mention_span(text, m), m.code)
    return [(start, end, code) for (start, end), code in spans.items()]


def possible_red_flags(mentions: list[Mention]) -> list[str]:
    """Codes of the red flags that are only possible in the text (to check with a question), most urgent
    first, leaving out any the text also reports outright. Weakness told without its course may be
    getting worse (`worsening_unknown`)."""
    reported = {m.code for m in mentions if m.reported}
    possible = {m.code for m in mentions if m.to_check and m.code not in reported}
    if worsening_unknown(mentions):
        possible.add("progressive_weakness")
    return sorted(possible, key=lambda code: (-(BY_CODE[code].urgency or 0), code))


def worsening_unknown(mentions: list[Mention]) -> bool:
    """Leg weakness is told but not whether it is getting worse: "my foot's gone floppy" is urgent, or an
    emergency if it is worsening quickly, so that is checked with one question before any outcome."""
    return (any(m.code == "leg_weakness" and m.reported for m in mentions)
            and not any(m.code == "progressive_weakness" for m in mentions))


def _rank(m: Mention) -> int:
    """When a finding is mentioned twice, keep the mention that matters most for safety."""
    return (3 if m.reported else 0) + {"possible": 2, "uncertain": 1}.get(m.status, 0)


_SURENESS = {"present": 3, "possible": 2, "uncertain": 1}


def _outranks(mention: Mention, previous: Mention) -> bool:
    """`_rank`, except between two mentions of someone else's: then the surer one ("he nearly passed out and
    his tummy hurts": the near-faint, not the possible belly pain), which is the patient's own when the
    conversation is held for that person. Between equal ranks, the writer's own sign ("my dad fainted last
    year. my tummy hurts": the writer's belly pain is checked)."""
    if not mention.about_user and not previous.about_user:
        def sureness(m: Mention) -> int:
            return 0 if m.hypothetical else _SURENESS.get(m.status, 0)
        return sureness(mention) > sureness(previous)

    def rank(m: Mention) -> float:
        own_sign = m.about_user and m.status != "absent" and not m.hypothetical
        return _rank(m) + (0.5 if own_sign else 0)
    return rank(mention) > rank(previous)
