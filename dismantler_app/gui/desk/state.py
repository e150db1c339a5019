"""What the supervisor desk offers for one intake, decided in plain Python: which actions are open to this user in
this state, and which pack codes a replacement can pair. The page only paints it; the services check again."""

from __future__ import annotations

from dataclasses import dataclass

from dismantler_app.domain.intake_gates import Step, blockers_for
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import ExpectedSource, IntakeStatus
from dismantler_app.gui.common.pack_rows import PackState, pack_rows
from dismantler_app.gui.desk.actions import DeskView
from dismantler_app.services.intakes import EDITABLE


class IssueBlock:
    """Why the issue button is off (None when it is on)."""

    NOT_ALLOWED = "not_allowed"
    NOT_APPROVED = "not_approved"
    NOT_ELIGIBLE = "not_eligible"


@dataclass(frozen=True)
class DeskButtons:
    resolve: bool = False
    confirm: bool = False
    approve: bool = False
    send_back: bool = False
    issue: bool = False
    print: bool = False
    void: bool = False
    issue_block: str | None = IssueBlock.NOT_APPROVED


@dataclass(frozen=True)
class ReplacementChoices:
    expected: tuple[str, ...]  # registered codes not found on the vehicle
    scanned: tuple[str, ...]  # scanned codes not registered
    preselected: tuple[str, str] | None  # the pair the rule already matched as a mismatch


def replacement_choices(view: DeskView) -> ReplacementChoices:
    rows = pack_rows(view.facts, view.eligibility)
    open_states = (PackState.MISSING, PackState.MISMATCHED)
    expected = tuple(dict.fromkeys(r.expected for r in rows if r.state in open_states and r.expected))
    scanned = tuple(
        dict.fromkeys(r.scanned for r in rows if r.state in (PackState.MISMATCHED, PackState.UNEXPECTED) and r.scanned)
    )
    pair = next(((r.expected, r.scanned) for r in rows if r.state is PackState.MISMATCHED), None)
    return ReplacementChoices(expected, scanned, pair)


def desk_buttons(user: User | None, view: DeskView | None) -> DeskButtons:
    if user is None or view is None:
        return DeskButtons(issue_block=IssueBlock.NOT_ALLOWED if user is None else IssueBlock.NOT_APPROVED)
    status = view.record.status
    expected = view.facts.expected
    unconfirmed = expected is not None and expected.source is ExpectedSource.DECLARED and not expected.confirmed_by
    choices = replacement_choices(view)
    certified = view.certificate is not None
    if not user.may(Action.ISSUE_CERTIFICATE):
        block: str | None = IssueBlock.NOT_ALLOWED
    elif status is not IntakeStatus.APPROVED:
        block = IssueBlock.NOT_APPROVED
    elif not view.eligibility.eligible:
        block = IssueBlock.NOT_ELIGIBLE
    else:
        block = None
    return DeskButtons(
        resolve=user.may(Action.RESOLVE_MISMATCH)
        and status in EDITABLE
        and bool(choices.expected)
        and bool(choices.scanned),
        confirm=user.may(Action.CONFIRM_DECLARED_PACKS) and status in EDITABLE and unconfirmed,
        # the service refuses approval while any blocker stands; the button says so before anyone presses it
        approve=user.may(Action.APPROVE_INTAKE)
        and status is IntakeStatus.SUBMITTED
        and not blockers_for(view.eligibility, Step.APPROVE),
        send_back=user.may(Action.APPROVE_INTAKE) and status in (IntakeStatus.SUBMITTED, IntakeStatus.APPROVED),
        issue=block is None,
        print=user.may(Action.REPRINT_CERTIFICATE) and certified,
        void=user.may(Action.VOID_CERTIFICATE) and certified,
        issue_block=block,
    )
