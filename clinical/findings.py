"""The one definition of every triage finding: its code, urgency, how text reveals it, how it is asked,
and where the rule comes from.

Short source names are those of `shared/clinical-guide.md`:
  NZ  = Treatment guide (NZ)       OPT = Treatment options        ACP = Guideline summary (ACP/APS)
  CLN = Clinical overview          GP  = GP guide (UK)            CKS = NICE CKS (red flags for low back pain)

`recognised_by` lists concept combinations (see clinical/lexicon.py): a finding is mentioned when every
concept of one combination occurs in the same clause. `possible_by` lists weaker combinations ("my legs
feel weak": both legs?) that only make a finding possible. A possible finding, and one that counts only
when new (`new_since_pain`) but is said with a past or long-standing time ("years ago"), is neither
escalated nor dismissed: the person gets one plain check question, the domain response
`utter_check_<code>` (clinical guide, check-question rule). The triage question is the domain response
`utter_ask_<slot>`; the plain-words explanation used after "not sure" is `utter_explain_<slot>`.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Urgency(IntEnum):
    SELF_CARE = 0
    SOON = 1
    URGENT = 2
    EMERGENCY = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    code: str
    urgency: Urgency | None  # None: recorded, but leads to no level by itself (see clinical/urgency.py)
    summary: str  # plain words, completes "You told me about ..."
    source: str
    recognised_by: tuple[tuple[str, ...], ...] = ()
    possible_by: tuple[tuple[str, ...], ...] = ()
    # A red flag only when new since this back pain began: an old, healed or long-standing one is checked.
    new_since_pain: bool = True
    # A state that matters only while it lasts (a weakened immune system): past and over, it is not one.
    ongoing_only: bool = False
    # Its concepts may sit in different clauses of the message ("I had a small fall, and I've got
    # osteoporosis").
    whole_message: bool = False
    # Weaker combinations looked for across the whole message ("yesterday my foot was a bit floppy ...
    # now I can't lift it at all"): a check question.
    possible_across_message: tuple[tuple[str, ...], ...] = ()
    # Combinations across the whole message that report the finding outright: "a wee bit floppy at
    # breakfast and now at teatime it's pure useless" tells weakness that has become a loss of use.
    recognised_across_message: tuple[tuple[str, ...], ...] = ()
    # Overdose and self-harm wording escalates even when phrased as a question ("what if I took ...").
    escalate_hypothetical: bool = False
    # Recognised partly by medicine names: a question about the medicine is not a report of taking it.
    named_by_medicines: bool = False

    @property
    def slot(self) -> str:
        return self.code

    @property
    def is_red_flag(self) -> bool:
        return self.urgency is not None and self.urgency >= Urgency.URGENT

    @property
    def is_risk_factor(self) -> bool:
        """A red flag that is a standing risk (cancer, a weak immune system, thin bones), not a sign: it
        matters beside back pain, and crisis wording is never one."""
        return self.is_red_flag and not self.new_since_pain and not self.escalate_hypothetical


E, U = Urgency.EMERGENCY, Urgency.URGENT

FINDINGS: tuple[Finding, ...] = (
    # --- emergency: call the emergency number now --------------------------------------------------
    Finding("bladder_bowel", E, "loss of bladder or bowel control, or trouble passing urine",
            "GP: seek urgent advice (loss of bladder or bowel control); CLN: cauda equina, bowel/bladder "
            "dysfunction",
            (("BLADDER", "LOSS_OF_CONTROL"), ("BOWEL", "LOSS_OF_CONTROL"), ("BLADDER", "RETENTION"),
             ("BLADDER", "DIFFICULTY"), ("BOWEL", "DIFFICULTY"), ("BLADDER", "CHANGE"), ("BOWEL", "CHANGE"),
             ("TOILET", "LOSS_OF_CONTROL"), ("TOILET", "RETENTION"), ("INCONTINENCE",),
             ("URINE_RETENTION",), ("BOWEL", "RETENTION"), ("DAMP", "UNDERWEAR"),
             ("SADDLE", "LOSS_OF_CONTROL")),
            possible_by=(("LEAK",), ("CATHETER",), ("BLADDER", "FAILED"), ("BOWEL", "FAILED"),
                         ("BLADDER", "NORMAL_AGAIN"), ("BOWEL", "NORMAL_AGAIN"), ("TOILET", "NORMAL_AGAIN"))),
    Finding("saddle_numbness", E, "numbness around the genitals, back passage or inner thighs",
            "GP: seek urgent advice (numbness around the genitals or inner thighs); NZ: numbness; "
            "CLN: cauda equina",
            (("SADDLE", "NUMB"),), possible_by=(("SADDLE", "ODD_FEELING"), ("SADDLE", "NORMAL_AGAIN"))),
    Finding("sexual_dysfunction", E, "new loss of feeling during sex or new problems with erections since "
            "the back pain began",
            "CKS: suspected cauda equina syndrome (sexual dysfunction); GP: seek urgent advice (numbness "
            "around the genitals)",
            (("SEXUAL", "NUMB"), ("SEXUAL_DYSFUNCTION",), ("SEXUAL", "FAILED")),
            possible_by=(("SEXUAL", "CHANGE"), ("SEXUAL", "NORMAL_AGAIN"))),
    Finding("both_legs", E, "weakness, numbness or sciatica-type pain in both legs at once",
            "CKS: suspected cauda equina syndrome (bilateral sciatica or bilateral neurological deficit); "
            "NZ: numbness and complete loss of muscle use",
            (("BOTH_LEGS", "WEAK"), ("BOTH_LEGS", "NUMB"), ("BOTH_LEGS", "RADIATING"),
             ("BOTH_LEGS", "SCIATICA"),
             ("LEGS_PLURAL", "NUMB"), ("LEGS_PLURAL", "LOSS_OF_USE")),
            possible_by=(("LEGS_PLURAL", "WEAK"), ("FEET_PLURAL", "NUMB"), ("FEET_PLURAL", "WEAK"),
                         ("BOTH_LEGS", "PAIN"), ("LEGS_PLURAL", "RADIATING"),
                         # "now he says his legs feel weird" (persona run 37: never asked about)
                         ("LEGS_PLURAL", "ODD_FEELING"))),
    Finding("spreading_numbness", E, "numbness in a leg that is spreading or getting worse",
            "NZ: numbness and complete loss of muscle use; CKS: suspected cauda equina syndrome",
            (("LEG", "NUMB", "WORSENING"),)),
    Finding("progressive_weakness", E, "leg weakness that is getting worse, or losing the use of a leg",
            "GP: seek urgent advice (progressive leg weakness); NZ: complete loss of muscle use; "
            "ACP: severe or progressive neurological deficits",
            (("LEG", "WEAK", "WORSENING"), ("WEAK", "WORSENING", "LEG_IMPLIED"), ("LEG", "LOSS_OF_USE"),
             ("PROGRESSIVE_WEAKNESS",)),
            possible_across_message=(("LEG_WEAKNESS_SIGN", "WORSENING"), ("WEAK", "WORSENING"),
                                     ("WEAK", "TIME_SEQUENCE", "LEG"),
                                     ("LEG_WEAKNESS_SIGN", "TIME_SEQUENCE")),
            recognised_across_message=(("WEAK", "TIME_SEQUENCE", "LOSS_OF_USE"),
                                       ("LEG_WEAKNESS_SIGN", "TIME_SEQUENCE", "LOSS_OF_USE"))),
    Finding("major_trauma", E, "severe pain after a major fall, crash or blow",
            "GP: seek urgent advice (severe pain following trauma); CLN: significant trauma, fracture",
            (("MAJOR_TRAUMA",), ("FALL", "HEIGHT"), ("CRASH", "VEHICLE")),
            possible_by=(("IMPACT",),)),
    Finding("vascular", E, "a pulsing feeling in the belly, or back pain with chest pain, belly pain or "
            "fainting",
            "NZ: a pulsing mass in the belly; CLN: referred vascular or cardiopulmonary pain",
            (("PULSING", "BELLY"), ("CHEST_PAIN",), ("FAINTING",), ("TEARING_PAIN",), ("ANEURYSM",),
             ("SUDDEN", "BELLY"), ("SUDDEN", "DIZZY"), ("SUDDEN", "CHEST"), ("WORST_PAIN", "CHEST")),
            possible_by=(("BELLY", "PAIN"), ("DIZZY",), ("THROB", "BELLY"), ("CHEST",), ("TORN_INSIDE",)),
            # "All of a sudden about an hour ago I got the worst pain of my life in my back, going right
            # through into my stomach" (vignette set 5: checked, then kept as not sure): parts far apart
            possible_across_message=(("WORST_PAIN", "BELLY"), ("WORST_PAIN", "CHEST")),
            recognised_across_message=(("SUDDEN", "WORST_PAIN", "INTO_BELLY"),)),
    Finding("self_harm", E, "thoughts of harming yourself, or having taken too much of a medicine",
            "Safety rule of this service: crisis wording is always treated as an emergency",
            (("SELF_HARM",), ("OVERDOSE",)), possible_by=(("MANY_PILLS",), ("GIVING_UP",), ("FIREARM",)),
            escalate_hypothetical=True, new_since_pain=False),
    # --- urgent: see a doctor today -------------------------------------------------------------------
    Finding("fever", U, "a fever, chills, or a hot red area over the spine",
            "GP: back pain with fever; NZ: fever or local redness and heat; CLN: fever, recent infection",
            (("FEVER",), ("HOT_RED_AREA",), ("RED_SKIN", "WARM_SKIN")),
            possible_across_message=(("RED_SKIN", "WARM_SKIN"),)),
    Finding("weight_loss", U, "weight loss you can't explain",
            "GP: back pain with unexplained weight loss; CLN: unexplained weight change",
            (("LOSE", "WEIGHT"), ("WEIGHT_LOSS",)), possible_by=(("CLOTHES", "LOOSE"), ("WEIGHT_CHANGE",))),
    Finding("cancer_history", U, "cancer now or in the past",
            "CLN: cancer history (malignancy as a serious cause)",
            (("CANCER",),), possible_by=(("REMISSION",),), new_since_pain=False),
    Finding("immunosuppression", U, "a weakened immune system (for example long-term steroids, "
            "chemotherapy, HIV or injecting drugs)",
            "CLN: immunosuppression, infection risk factors",
            (("IMMUNOSUPPRESSION",),), named_by_medicines=True, new_since_pain=False, ongoing_only=True,
            possible_across_message=(("STEROID", "TAKEN_UP_AGAIN"),)),
    Finding("leg_weakness", U, "new weakness in a leg or foot",
            "NZ: weakness in the leg; CLN: neurological symptoms (weakness, gait change)",
            (("LEG", "WEAK"), ("LEG_WEAKNESS_SIGN",))),
    Finding("bony_tenderness", U, "severe tenderness when pressing on a bone of the spine",
            "NZ: severe bony tenderness; CLN: fracture, infection or malignancy",
            (("SEVERE", "TENDER", "SPINE_BONE"),), possible_by=(("TENDER", "SPINE_BONE"),)),
    Finding("osteoporotic_fall", U, "a fall when you have osteoporosis (thin bones)",
            "CKS: minor trauma with osteoporosis (possible fracture)",
            (("OSTEOPOROSIS", "MINOR_TRAUMA"), ("OSTEOPOROSIS", "FALL")), whole_message=True),
    Finding("osteoporosis", None, "osteoporosis (thin bones)",
            "CKS: osteoporosis with a minor fall (possible fracture)",
            (("OSTEOPOROSIS",),), new_since_pain=False),
    # --- features that lead to `soon` through the rules in clinical/urgency.py ---------------------
    Finding("leg_pain", None, "pain going down a leg", "GP: presence of leg pain; CLN: radiating pain",
            (("LEG", "PAIN"), ("SCIATICA",))),
    Finding("leg_pain_worse", None, "leg pain worse than the back pain",
            "NZ: severe pain in the leg; NZ: injections when leg pain is worse than back pain; "
            "CLN: radicular pattern",
            (("LEG", "PAIN", "WORSE_THAN_BACK"),)),
    Finding("leg_numbness", None, "numbness or tingling in a leg",
            "GP: presence of numbness; NZ: numbness in your leg; CLN: radicular sensory symptoms; "
            "clinical guide: numbness or tingling in one leg, with or without leg pain",
            (("LEG", "NUMB"),)),
    Finding("night_pain", None, "pain that is worse at night",
            "GP: inflammatory causes, especially if pain is worse at night",
            (("NIGHT", "PAIN"), ("NIGHT_PAIN",))),
    Finding("morning_stiffness", None, "stiffness for more than 30 minutes in the morning",
            "GP: stiffness lasting over 30 minutes in the morning; CLN: inflammatory pattern",
            (("STIFF", "MORNING"), ("MORNING_STIFFNESS",))),
    Finding("sleep_work_impact", None, "pain that stops you working or sleeping",
            "GP: impact on daily activities and sleep; NZ: impact on sleep, work and activity",
            (("STOPS_WORK_OR_SLEEP",),)),
)

BY_CODE: dict[str, Finding] = {f.code: f for f in FINDINGS}
RED_FLAGS: tuple[Finding, ...] = tuple(f for f in FINDINGS if f.is_red_flag)
# Red flags that can be met as a possibility and then get a check question (utter_check_<code>): every
# one. Crisis wording the rules find always escalates; crisis is only checked when the recall-first
# classifier alone suggests it (clinical/recall.py).
CHECKABLE: tuple[Finding, ...] = RED_FLAGS
