"""What the rules read in a text as the person's own, and what the NLU component decides for a message."""
from clinical.language import find_mentions


def own_readings(text: str) -> set[tuple[str, str]]:
    return {(m.code, m.status) for m in find_mentions(text) if m.about_user}


def reported_codes(text: str) -> set[str]:
    """The findings escalation acts on: present, the person's own, not a question or a worry."""
    return {m.code for m in find_mentions(text) if m.reported}


def possible_codes(text: str) -> set[str]:
    """The possible red flags a check question would ask about, as the NLU component finds them (the
    red-flag reader's suggestions included)."""
    from clinical.recall import with_suggestions
    from components.clinical_facts import possible_red_flags

    return set(possible_red_flags(with_suggestions(text, find_mentions(text))))


def rules_possible_codes(text: str) -> set[str]:
    """The possible red flags the rules alone find (the red-flag reader may suggest more: possible_codes)."""
    from components.clinical_facts import possible_red_flags

    return set(possible_red_flags(find_mentions(text)))


def parsed(text: str, guess: str = "describe_pain", *next_guesses: str):
    """The message after the NLU component (components/clinical_facts.py), given the classifier's guess (and
    its next guesses, in order)."""
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from components.clinical_facts import ClinicalFactExtractor

    message = Message({TEXT: text, INTENT: {"name": guess, "confidence": 0.6},
                       INTENT_RANKING_KEY: [{"name": guess, "confidence": 0.6},
                                            *({"name": name, "confidence": 0.2} for name in next_guesses)]})
    ClinicalFactExtractor().process([message])
    return message


def routed(text: str, guess: str = "describe_pain", *next_guesses: str) -> str:
    """The intent the NLU component decides for a message, given the classifier's guess (and next guesses)."""
    return parsed(text, guess, *next_guesses).get("intent")["name"]


def topics_for(text: str) -> list[str]:
    """The knowledge topics a question goes to (clinical.questions.question_topics), from topics.yml."""
    import yaml

    from clinical.knowledge import CONTENT_DIR
    from clinical.questions import question_topics

    known = [(t["id"], t["keywords"]) for t in
             yaml.safe_load((CONTENT_DIR / "topics.yml").read_text(encoding="utf-8"))["topics"]]
    return question_topics(text, known)
