"""Which of the certificate rule's blockers stop which step of an intake, and what a triage must answer.

The rule (:func:`~dismantler_app.domain.eligibility.certificate_eligibility`) lists every reason an intake cannot be
certified. The steps before the certificate read the same list, split by who can clear a reason:

- **The operator clears before submitting**: a bad VIN or check digit, missing documents or pending checks, a
  flagged mortgage/theft/identifier check, frame or engine missing, expected packs unknown, a pack missing or no
  traction pack scanned, a pack not triaged or an abnormal pack without a quarantine location, a required photo
  missing. Each is a fact at the gate (scan it, photograph it, fill it in); a supervisor cannot make it true.
- **The supervisor resolves after submission**: a pack mismatch (a pack replaced in repair, resolved with the repair
  document on the desk), a pack that was not expected (an additional pack, or a mistaken one the supervisor
  unlinks), a declared pack list waiting for confirmation, a pack linked to another vehicle (in this yard or, by
  head office's word, in another). Submitting with these must stay possible, or the supervisor could never reach
  the intake to resolve them.

So **submit** is refused while any operator blocker exists; **approve** is refused while *any* blocker exists (the
supervisor resolves theirs first, then approves); **certify** is refused while any blocker exists (the rule itself,
checked again in the issuing transaction and by the database's triggers).
"""

from __future__ import annotations

from enum import StrEnum

from dismantler_app.domain.eligibility import BlockCode, Eligibility, Reason
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import TRIAGE_SIGNS, DamageFlag, Triage


class Step(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    CERTIFY = "certify"


SUPERVISOR_RESOLVES = frozenset(
    {
        BlockCode.PACK_MISMATCH,
        BlockCode.PACK_UNEXPECTED,
        BlockCode.DECLARATION_UNCONFIRMED,
        BlockCode.PACK_LINKED_ELSEWHERE,
    }
)


def blockers_for(eligibility: Eligibility, step: Step) -> tuple[Reason, ...]:
    """The reasons that stop ``step`` (empty: the step may go ahead)."""
    if step is Step.SUBMIT:
        return tuple(r for r in eligibility.reasons if r.code not in SUPERVISOR_RESOLVES)
    return eligibility.reasons


# The names of the triage fields as the form shows them (the GUI words each).
SIGN_FIELDS = {
    DamageFlag.VISIBLE_DAMAGE: "visible_damage",
    DamageFlag.LEAK: "leak",
    DamageFlag.SWELLING: "swelling",
}


def missing_triage_fields(triage: Triage, policy: Policy) -> tuple[str, ...]:
    """The fields a triage form leaves unanswered, in form order: every sign (yes or no), the temperature, the
    readings the yard's policy asks for, and the operator's own choice of risk class (never a default)."""
    missing = [SIGN_FIELDS[sign] for sign in TRIAGE_SIGNS if sign not in triage.checked]
    if triage.temperature_c is None:
        missing.append("temperature_c")
    if policy.triage_requires_voltage and triage.voltage_v is None:
        missing.append("voltage_v")
    if policy.triage_requires_insulation and triage.insulation_mohm is None:
        missing.append("insulation_mohm")
    if triage.risk_class is None:
        missing.append("risk_class")
    return tuple(missing)
