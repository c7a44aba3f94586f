"""Emergency and helpline contacts per region (clinical guide, "Urgency levels").

The deployment's region comes from the BACKCARE_REGION environment variable (default NZ, the country of
the main consumer source); ANY is a deployment that serves every region we know, which names each
emergency number until the person says where they are. An operator with its own helpline sets
BACKCARE_HELPLINE to the phrase people should see, for example "our nurse line on 0800 123 456"; it is
given only to people in the deployment's own region. A person who says where they are
(clinical/places.py) gets that region's lines for the rest of the conversation.
"""
from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass

DEFAULT_REGION = "NZ"


@dataclass(frozen=True)
class RegionContacts:
    code: str
    name: str
    emergency_number: str
    helpline: str  # a phrase that completes "call ..." / "talk to ..."
    same_day_care: str  # where to be seen today for an `urgent` outcome
    crisis_line: str  # for self-harm or overdose wording, beside the emergency number
    after_hours: str  # where to be seen today when the GP is closed or the person has none
    # what people there call their own doctor ("If your GP is closed ..." read oddly in Ohio: persona run 35)
    own_doctor: str = "GP"

    @property
    def name_in_a_sentence(self) -> str:
        """"in the United States", "in New Zealand": the name as a sentence says it."""
        return f"the {self.name}" if self.name.startswith("United ") else self.name

    def is_advice_line(self, number: str) -> bool:
        """Whether the number is this region's health advice line, not its emergency number (111 in the
        United Kingdom is NHS 111)."""
        named = re.search(rf"\b{re.escape(number)}\b", self.helpline) is not None
        return named and number != self.emergency_number


REGIONS: dict[str, RegionContacts] = {
    "NZ": RegionContacts("NZ", "New Zealand", "111", "Healthline on 0800 611 116",
                         "your GP (ask for a same-day appointment) or an urgent care clinic",
                         "1737 (free call or text, any time)",
                         "an urgent care or after-hours clinic (no GP needed)"),
    "UK": RegionContacts("UK", "United Kingdom", "999", "NHS 111 (call 111)",
                         "your GP (ask for a same-day appointment) or NHS 111",
                         "Samaritans on 116 123 (free, any time)",
                         "NHS 111 (call 111 or use 111 online), who can book you into an urgent treatment "
                         "centre or an out-of-hours GP"),
    "US": RegionContacts("US", "United States", "911",
                         "your doctor's office or a nurse advice line",
                         "your doctor (same day) or an urgent care center",
                         "988 (call or text, any time)",
                         "an urgent care center or walk-in clinic (no regular doctor needed)", "doctor"),
    "AU": RegionContacts("AU", "Australia", "000", "healthdirect on 1800 022 222",
                         "your GP (ask for a same-day appointment) or healthdirect",
                         "Lifeline on 13 11 14 (any time)",
                         "an after-hours GP or urgent care clinic, or call healthdirect on 1800 022 222 to "
                         "find one"),
}


SEVERAL_REGIONS = "ANY"
# A person somewhere none of our regions covers: no number of ours would be right there, so the lines are
# named in general ("your local emergency number"), never another country's numbers.
OTHER_COUNTRY = RegionContacts("ELSEWHERE", "the country you're in", "your local emergency number",
                               "a local doctor or health advice line",
                               "a doctor the same day (a GP, an urgent care or a walk-in clinic)",
                               "a local crisis line, or your local emergency number",
                               "an urgent care or walk-in clinic near you", "doctor")


# A person in Europe: 112 reaches the emergency services in every country of the European Union and in most
# of the rest of Europe, so it is named; the other lines are named in general, as for any other country.
EUROPE = dataclasses.replace(OTHER_COUNTRY, code="EUROPE", name="Europe", emergency_number="112",
                             crisis_line="a local crisis line, or 112")


# A person in Canada (persona run 31: a beekeeper in Ontario was given no number at all): 911 is the
# emergency number everywhere in Canada, 811 reaches a nurse advice line in most provinces and territories,
# and 9-8-8 is the national suicide crisis line.
CANADA = dataclasses.replace(OTHER_COUNTRY, code="CANADA", name="Canada", emergency_number="911",
                             helpline="811 (a nurse advice line in most provinces and territories)",
                             same_day_care="a doctor the same day (your family doctor, a walk-in clinic or "
                                           "an urgent care centre)",
                             crisis_line="9-8-8 (call or text, any time)",
                             after_hours="a walk-in clinic or urgent care centre (no family doctor needed)",
                             own_doctor="family doctor")


# Northern Ireland: the UK's emergency and crisis numbers, but NHS 111 does not run there; the GP practice and
# the GP out-of-hours service take its place.
NORTHERN_IRELAND = dataclasses.replace(
    REGIONS["UK"], code="UK_NI", name="Northern Ireland",
    helpline="your GP practice, or the GP out-of-hours service when it is closed",
    same_day_care="your GP (ask for a same-day appointment) or the GP out-of-hours service",
    after_hours="the GP out-of-hours service (no GP appointment needed)")


# Scotland: the UK's emergency and crisis numbers; 111 there is NHS 24, which has no "111 online" and no
# "urgent treatment centres" (persona run 34: NHS England's words given in Dundee)
SCOTLAND = dataclasses.replace(
    REGIONS["UK"], code="UK_SCOT", name="Scotland",
    helpline="NHS 24 (call 111)",
    same_day_care="your GP (ask for a same-day appointment) or NHS 24 on 111",
    after_hours="NHS 24 (call 111), who can arrange an out-of-hours GP or send you to a minor injuries unit")


# Places people name that are not one of our deployment regions, by the code their lines are kept under
_BEYOND_OUR_REGIONS = {lines.code: lines for lines in (OTHER_COUNTRY, EUROPE, CANADA, NORTHERN_IRELAND,
                                                       SCOTLAND)}


def _every_region(field: str, separator: str = "; ") -> str:
    return separator.join(f"{getattr(r, field)} in {r.name}" for r in REGIONS.values())


# A deployment for several countries, before the person has said where they are: every number, named.
SEVERAL = RegionContacts(
    SEVERAL_REGIONS, "several countries",
    "your local emergency number (" + _every_region("emergency_number", ", ") + ")",
    "a local health advice line: " + _every_region("helpline"),
    "a GP the same day, or an urgent care clinic",
    "a local crisis line: " + _every_region("crisis_line"),
    "an urgent care or after-hours clinic",
)


def current_region(environ: dict[str, str] | None = None) -> RegionContacts:
    """The deployment's contacts; raises ValueError naming the valid codes if BACKCARE_REGION is unknown."""
    env = os.environ if environ is None else environ
    code = env.get("BACKCARE_REGION", DEFAULT_REGION).strip().upper() or DEFAULT_REGION
    if code == SEVERAL_REGIONS:
        return SEVERAL
    if code not in REGIONS:
        raise ValueError(f"BACKCARE_REGION={code!r} is not a known region; use one of "
                         f"{', '.join(sorted(REGIONS))} or {SEVERAL_REGIONS} for several")
    region = REGIONS[code]
    helpline = env.get("BACKCARE_HELPLINE", "").strip()
    if helpline:
        region = dataclasses.replace(region, helpline=helpline)
    return region


def region_contacts(code: str | None, environ: dict[str, str] | None = None) -> RegionContacts:
    """The contacts for the region the person said they are in (None: the deployment's). The operator's own
    helpline is kept for people in its region only: elsewhere it may not even be reachable."""
    deployed = current_region(environ)
    if code in _BEYOND_OUR_REGIONS:
        return _BEYOND_OUR_REGIONS[code]
    if code is None or code == deployed.code or code not in REGIONS:
        return deployed
    return REGIONS[code]


def where_number_is_emergency(number: str) -> list[RegionContacts]:
    """The regions we know whose emergency number this is ("911": the United States)."""
    return [r for r in REGIONS.values() if r.emergency_number == number]


def where_number_is_not_emergency(number: str) -> list[RegionContacts]:
    """The regions we know where this number is a health advice line, not the emergency number ("111" in
    the United Kingdom is NHS 111): a person there must not wait on it in an emergency."""
    return [r for r in REGIONS.values() if r.is_advice_line(number)]
