"""Emergency and helpline contacts per region (clinical guide, "Urgency levels").

The region comes from the BACKCARE_REGION environment variable (default NZ, the country of the
main consumer source). An operator with its own helpline sets BACKCARE_HELPLINE to the phrase
people should see, for example "our nurse line on 0800 123 456".
"""
from __future__ import annotations

import dataclasses
import os
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
                         "an urgent care center or walk-in clinic (no regular doctor needed)"),
    "AU": RegionContacts("AU", "Australia", "000", "healthdirect on 1800 022 222",
                         "your GP (ask for a same-day appointment) or healthdirect",
                         "Lifeline on 13 11 14 (any time)",
                         "an after-hours GP or urgent care clinic, or call healthdirect on 1800 022 222 to "
                         "find one"),
}


def current_region(environ: dict[str, str] | None = None) -> RegionContacts:
    """The configured region's contacts; raises ValueError naming the valid codes if unknown."""
    env = os.environ if environ is None else environ
    code = env.get("BACKCARE_REGION", DEFAULT_REGION).strip().upper() or DEFAULT_REGION
    if code not in REGIONS:
        raise ValueError(
            f"BACKCARE_REGION={code!r} is not a known region; use one of {', '.join(sorted(REGIONS))}"
        )
    region = REGIONS[code]
    helpline = env.get("BACKCARE_HELPLINE", "").strip()
    if helpline:
        region = dataclasses.replace(region, helpline=helpline)
    return region
