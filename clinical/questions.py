"""Which knowledge topic a question is about: the one function the knowledge action and the routing score
both use.

The topic reader first when it is confident (clinical/topic_reader.py, learned from questions people wrote
in their own words), unless a medicine is named; then keywords (clinical.knowledge.match_topics), with the
medicine rules: a named medicine decides the topic ("can I still take my ibuprofen?" is about
anti-inflammatories), a product with an opioid in it is answered as an opioid, and a question that says
"long-term" is read without those words. Where neither finds a topic, the closest cited content is
retrieved (TF-IDF over the topics' titles, keywords and item texts), so a question the sources do cover is
not met with "I don't have information on that".
"""
from __future__ import annotations

import re
from functools import lru_cache

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
from sklearn.pipeline import FeatureUnion

from clinical import knowledge, medicines, topic_reader
from clinical.language import RELATIVE, normalise

MEDICINE_TOPIC_PREFIX = "med_"
# The topic reader's least belief in a topic for it to come before the keywords' choice. Trained on the sets
# before each of sets 11 to 23, on their questions: 97% right with the keywords behind it at 0.3 (0.2: the
# same; 0.5: 97%, 3 fewer), and the questions the sources do not cover stay below it (turmeric, a magnet
# bracelet, cupping: 0.08 to 0.21), as do 94% of the blind sets' out-of-scope messages.
LEARNED_TOPIC_THRESHOLD = 0.3
# Below this cosine similarity the closest content is not close enough to answer with.
RETRIEVAL_THRESHOLD = 0.25


# A condition named beside something else ("is yoga good for a bulging disc?", "when would they operate on
# a bulging disc?") is the setting of the question; the other topic is what is asked, unless the question
# asks what the condition is or what causes it.
CONDITION_TOPIC = "what_is_back_pain"
_ASKS_WHAT_IT_IS = re.compile(r"^\W*(what('s|s| is| are)|why|how do you get)\b|"
                              r"\bwhat (actually |really )?(causes|caused)\b|"
                              r"\bwhat (does|do) [^?]{1,40} mean\b|\bcaused? by\b")


# A GP's or doctor's "surgery" is the practice, not an operation ("the GP surgery is closed")
_PRACTICE = re.compile(r"\b((gp'?s?|doctor'?s?|doctors'|dr'?s?|local) surgery|"
                       r"(the|my|our) surgery(?= (is |was |'s )?(closed|shut|open|phone|receptionist|number|"
                       r"appointment)))\b", re.IGNORECASE)


# "while I wait for the physio could I try acupuncture?": what the person waits for is not the question
_WHILE_WAITING = re.compile(r"\b(while|whilst|until|till|til) (i|i'm|im|i am|we) (wait|am waiting|waiting|"
                            r"'m waiting)( to (see|get))?( for)?( (the|my|a|an|their))?( \w+){1,2}?(?=\W|$)",
                            re.IGNORECASE)


def question_topics(text: str, known: list[tuple[str, list[str]]]) -> list[str]:
    """Topic ids for a question, best first ([] when nothing in the knowledge base is close)."""
    text = _WHILE_WAITING.sub(" ", _PRACTICE.sub(" the practice ", text))
    long_term = medicines.asks_about_long_term(text)
    topics = ((long_term and knowledge.match_topics(medicines.without_long_term_words(text), known))
              or knowledge.match_topics(text, known))
    if topics and not topics[0].startswith(MEDICINE_TOPIC_PREFIX):
        topics = _named_medicine_first(text, topics, dict(known))
    topics = medicines.order_topics(text, topics)
    topics = _learned_first(text, topics, {topic_id for topic_id, _ in known})
    if len(topics) > 1 and topics[0] == CONDITION_TOPIC and not _ASKS_WHAT_IT_IS.search(normalise(text)):
        topics = [topics[1], CONDITION_TOPIC, *topics[2:]]  # "is yoga good for a bulging disc?": yoga
    if topics:
        return topics
    closest = closest_topic(text)
    return [closest] if closest else []


# When to get help is a safety answer: a question whose words name it ("should I go to A&E with back
# pain?") is answered from it, whatever the reader guesses.
SEEKING_HELP_TOPIC = "when_to_seek_help"


def _learned_first(text: str, topics: list[str], known: set[str]) -> list[str]:
    """The topic reader's choice first when it is confident, except where a medicine is named: then the
    medicine rules above decide (they are exact about products, combinations, long-term use, and a steroid
    shot being an injection); and where the keywords find when to get help first. The reader never chooses
    a medicine class itself."""
    if any(topic.startswith(MEDICINE_TOPIC_PREFIX) for topic in topics) or topics[:1] == [SEEKING_HELP_TOPIC]:
        return topics
    learned = topic_reader.reader().best(text)
    # nor a medicine class the person did not name ("is the stuff the GP gave me addictive?")
    if (learned is None or learned[1] < LEARNED_TOPIC_THRESHOLD or learned[0] not in known
            or learned[0].startswith(MEDICINE_TOPIC_PREFIX)):
        return topics
    return [learned[0], *(topic for topic in topics if topic != learned[0])]


def _named_medicine_first(text: str, topics: list[str], keywords: dict[str, list[str]]) -> list[str]:
    """"Can I still take my ibuprofen?" is about the medicine, not about carrying on at work; but a
    "steroid injection" is an injection, because that topic's own keyword names the medicine: that topic
    comes first ("how long does a cortisone shot last?" is about the injection, not how long pain lasts)."""
    medicine = next((topic for topic in topics[1:] if topic.startswith(MEDICINE_TOPIC_PREFIX)), None)
    if medicine is None:
        return topics
    t = normalise(text)
    found = {topic: [k for k in keywords.get(topic, []) if knowledge.keyword_found(k, t)] for topic in topics}
    holder = next((other for other in topics if other != medicine and any(
        name in word for name in found[medicine] for word in found[other])), None)
    first = holder or medicine
    return [first, *[x for x in topics if x != first]]


def closest_topic(text: str) -> str | None:
    vectoriser, matrix, labels = _index()
    if not labels:
        return None
    similarities = cosine_similarity(vectoriser.transform([normalise(text)]), matrix)[0]
    best = int(similarities.argmax())
    return labels[best] if similarities[best] >= RETRIEVAL_THRESHOLD else None


@lru_cache(maxsize=1)
def _index() -> tuple[FeatureUnion, object, list[str]]:
    """Built once per process from the knowledge files (the same content the database is loaded from)."""
    content = knowledge.read_content()
    documents, labels = [], []
    for topic in content.topics:
        documents.append(normalise(f"{topic['title']} " + " ".join(str(k) for k in topic["keywords"])))
        labels.append(topic["id"])
    for item in content.items:
        documents.append(normalise(str(item["text"])))
        labels.append(item["topic"])
    vectoriser = FeatureUnion([("words", TfidfVectorizer(ngram_range=(1, 2))),
                               ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)))])
    return vectoriser, vectoriser.fit_transform(documents), labels


# "can I play 5-a-side on Sunday?", "ok to ride the quad?": no source speaks of that activity, but the
# sources on keeping active answer the part they can
ACTIVITY_TOPIC = "keeping_active_and_work"
RECOVERY_TOPIC = "recovery_time"
_VERBS = (r"(play|ride|go|do|climb|row|run|lift|swim|train|surf|cycle|bike|golf|dance|drive|work out|hike|"
          r"shoot|work|travel|fly|garden|dig|paint|carry|coach|teach|resume|"
          r"walk|skate|ski|box|kick|"
          # ("can i compete or not" about a powerlifting meet, persona run 34)
          r"compete|pull|race|perform|gig|tour|fish|shear|"
          # a pilot's "Am I OK to operate?" (persona run 34: answered about surgery)
          r"operate|"
          # ("is it ok to keep dancing til i see someone?", persona run 36: the red-flag list)
          r"dancing|lifting|carrying|playing|riding|going|doing|climbing|rowing|running|swimming|training|"
          r"surfing|cycling|biking|driving|hiking|working|travell?ing|flying|gardening|digging|coaching|"
          r"teaching|walking|skating|skiing|boxing|performing|touring|packing|bending|standing|sitting)\b")
_DOING_AN_ACTIVITY = re.compile(
    r"\b(can|could|should|may|shall) i (still |keep |carry on |get back to )?(go )?(on )?" + _VERBS + r"|"
    r"\b(ok|okay|alright|all right|right|safe|fine|bad|good) (to|for me to|if i) (still |keep )?(go )?"
    + _VERBS + r"|"
    r"\b(is|would|will) \w+ing (be )?(bad|ok|okay|good|safe|fine|alright)\b|"
    r"\b(get|go) back (on|to) (the |my )?\w+|"
    # ("Must I cancel Saturday's concert? It is two hours seated.", persona run 34: taken as asking to wait)
    r"\b(must|should|do|shall|will) i (have to |need to |still )?(cancel|pull out of|miss|skip|withdraw from|"
    r"postpone|call off)\b|"
    # "Should I give it a miss?", "should I sit it out?" (persona run 36, the hamper packing on Saturday)
    r"\b(should|do|shall|must|will) i (just )?(give (it|that|them|this) a miss|sit (it|this|that) out|"
    r"skip it)\b")
# "... til i see someone": when, not a question about seeing someone
_UNTIL_SEEN = re.compile(r"\b(until|till|til|before|while i wait to|while waiting to) (i|we) (can )?"
                         r"(see|get in to see|get seen by|get to) (someone|somebody|anyone|a doctor|"
                         r"the doctor|a gp|the gp|my gp|a physio|the physio|my doctor)\b")


# Keywords that bring a question to keeping active, though no source speaks of that activity by name ("can
# I play netball Saturday?", "ok to fly next week?"): the answer says so before the general advice. The
# sources do speak of work, walking, exercise, lifting and rest.
_ACTIVITIES_NOT_IN_SOURCES = frozenset({
    "sport", "game", "match", "play", "playing", "training", "football", "footy", "netball", "rugby",
    "soccer", "cricket", "basketball", "surfing", "golf", "tennis", "running", "jogging", "go for a run",
    "hike", "hiking", "tramp", "tramping", "trek", "trekking", "crossing", "holiday", "trip", "travel",
    "travelling", "drive", "driving", "long drive", "flight", "flying", "competition", "compete",
    "competing", "race", "concert", "gig", "carnival", "tournament"})
# Keywords of the question's form, which name no activity ("can I still ...", "when can I start ...")
_NAMES_NO_ACTIVITY = frozenset({"can i still", "resume", "start again", "when can i start",
                                "when may i start", "back into it"})


def asks_about_an_activity_not_named(text: str, topics: list[str],
                                     known: list[tuple[str, list[str]]]) -> bool:
    """Whether it is all right to do something active ("can I still go gym tmrw", "is climbing bad for
    it") that no source names: no topic was found, only the general one on the topic reader's guess
    ("back on the rowing machine?"), or keeping active found only from the name of an activity the sources
    never mention ("netball"), so the answer says the sources do not name it."""
    t = normalise(text)
    if not _DOING_AN_ACTIVITY.search(t):
        return False
    if _UNTIL_SEEN.search(t):  # ("ok to keep dancing til i see someone?": no question about seeing someone)
        t = _UNTIL_SEEN.sub(" ", t)
        topics = [topic for topic in topics if topic != "when_to_seek_help"]
    # (a question whose closest topic is how long recovery takes, "reckon I'll be right to shoot it
    # Saturday?", is about doing the thing, which keeping active answers more nearly)
    # (a topic only the topic reader guessed, with no keyword of it said, does not count: "Am I OK to
    # operate?" from a pilot was read as surgery, persona run 34)
    if topics and topics[0] not in (ACTIVITY_TOPIC, RECOVERY_TOPIC) and knowledge.match_topics(t, known):
        return False
    found = {keyword for topic_id, keywords in known if topic_id == ACTIVITY_TOPIC
             for keyword in keywords if knowledge.keyword_found(keyword, t)}
    if not topics or not found:
        return True
    named = found - _NAMES_NO_ACTIVITY
    return bool(named) and named <= _ACTIVITIES_NOT_IN_SOURCES


SELF_CARE_TOPIC = "self_care"
# Aids, devices and rubs that none of the sources speaks of by name ("should I wear a back brace?", "can I use
# Tiger Balm?"): the answer says so before the closest advice, rather than passing that advice off as the
# answer. Heat and cold packs, massage and a well set-up desk and chair (ergonomic support) are covered.
_AID = re.compile(
    r"\b(back|lumbar|spinal|spine|lower back|posture|support|lifting|weight|weightlifting) "
    r"(braces?|belts?|corsets?|supports?|correctors?|rolls?|cushions?|stretchers?)\b|"
    r"\b(a|the|my|this|that|wear|wearing) (brace|sling|corset)\b|\bcorsets?\b|"
    r"\b(kinesio|kt|rock|physio) tape\b|\btaping\b|\btens (machine|unit|pads?)\b|\ba tens\b|"
    r"\b(tiger balm|deep heat|deep freeze|liniment|muscle rub|heat rub|balms?)\b|"
    r"\b(foam roll(er|ing)?|massage gun|theragun|inversion table|standing desk|sit[- ]stand desk|"
    r"kneeling chair|mattress(es)?|pillows?|topper)\b")


def asks_about_an_aid_not_covered(text: str) -> bool:
    """Whether the question names an aid, device or rub that the sources do not speak of by name."""
    return bool(_AID.search(normalise(text)))


# Pregnancy and the months after a birth: none of the sources speaks of back pain then ("Is this just
# pregnancy or should I be doing something?"), so the answer says so and who can advise, before the rest.
_PREGNANCY = re.compile(r"\b(pregnan\w*|expecting (a baby|twins)|my bump|the bump|midwife|weeks gone|"
                        r"(since|after) (the |my )?(birth|c-section|caesarean|cesarean|baby was born)|"
                        r"postpartum|post-partum|postnatal|post-natal|breast ?-?feed\w*)\b")


def asks_in_pregnancy(text: str) -> bool:
    """A question asked in pregnancy or soon after a birth, which the sources do not speak of."""
    return bool(_PREGNANCY.search(normalise(text)))


# A note for an employer: the sources say nothing about one, but who gives it is no clinical claim.
_WORK_CERTIFICATE = re.compile(r"\b(certificate|cert)\b|\b(sick|fit|doctor'?s|doctors|medical) note\b|"
                               r"\bnote for (work|my (boss|employer))\b|"
                               # "the paper for sick money, doctor can give me this?"
                               r"\b(paper|papers|form|letter) for (sick|work|my (boss|employer))\b")
# "my sister had breast cancer": cancer in the family, which is not the red flag (a cancer of one's own)
# ("my husband thinks it's cancer" is a worry about one's own pain, not a relative's cancer)
_CANCER_IN_THE_FAMILY = re.compile(r"\b" + RELATIVE + r"('s|s'| (had|has|got|died of|passed away from|"
                                   r"was diagnosed with|with))( \w+){0,2} "
                                   r"(cancer|tumou?r|leukaemia|leukemia|lymphoma|melanoma)\b|"
                                   r"\b(cancer|tumou?rs?) in (the|my|our) family\b|"
                                   r"\bfamily (history )?of cancer\b")


def asks_about_work_certificate(text: str) -> bool:
    """"Do I need a medical certificate for work?", "can the GP give me a sick note?"."""
    return bool(_WORK_CERTIFICATE.search(normalise(text)))


def asks_about_cancer_in_the_family(text: str) -> bool:
    """"Should I tell the doctor my sister had breast cancer?": a question about a relative's cancer."""
    return bool(_CANCER_IN_THE_FAMILY.search(normalise(text)))


MAX_QUESTIONS_ANSWERED = 2  # more than two answers in one reply is too much to read
_QUESTION_BREAK = re.compile(r"(?<=\?)\s*(?:and|also|plus|oh and)?\s*|"
                             r"[,;.]?\s+(?:and|also|plus)\s+(?=(?:do|does|can|could|is|are|should|will|would|"
                             r"what|how|when|where)\b)", re.IGNORECASE)


def separate_questions(text: str) -> list[str]:
    """The questions in one message, each on its own ("can I take my husband's Panadeine? and do I need an
    X-ray": two), at most MAX_QUESTIONS_ANSWERED; a message with one question is returned whole."""
    parts = [part.strip() for part in _QUESTION_BREAK.split(text) if part and len(part.strip()) > 3]
    return parts[:MAX_QUESTIONS_ANSWERED] if len(parts) > 1 else [text]

