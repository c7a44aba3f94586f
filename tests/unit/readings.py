"""What the rules read in a text as the person's own: (finding code, status) pairs."""
from clinical.language import find_mentions


def own_readings(text: str) -> set[tuple[str, str]]:
    return {(m.code, m.status) for m in find_mentions(text) if m.about_user}


def reported_codes(text: str) -> set[str]:
    """The findings escalation acts on: present, the person's own, not a question or a worry."""
    return {m.code for m in find_mentions(text) if m.reported}
