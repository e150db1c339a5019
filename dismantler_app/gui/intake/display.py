"""What the intake station shows of an intake: the vehicle panel, the banner, the packs table and its summary, which
of Submit and Issue are possible (and why not), and the sentence that answers a scan.

Pure rendering of an :class:`IntakeView` onto the page's widgets; the page decides when. Words keep the page's
translation context ("IntakePage"), so the catalogues' entries follow the code here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from dismantler_app.domain.identifiers import mask_owner_id
from dismantler_app.domain.intake_gates import Step, blockers_for
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.domain.scan_intent import Belonging
from dismantler_app.gui.common.banner import eligible_headline
from dismantler_app.gui.common.pack_rows import pack_rows
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.common.vehicle_text import vehicle_lines
from dismantler_app.gui.forms.ui_intake_page import Ui_IntakePage
from dismantler_app.gui.intake import actions as intake_actions
from dismantler_app.gui.intake.actions import IntakeView
from dismantler_app.services.packs import ScanOutcome, ScanResult


def show_view(ui: Ui_IntakePage, view: IntakeView | None) -> None:
    lines = vehicle_lines(view.record if view else None, empty="—")
    for label, key in (
        (ui.vin_value, "vin"),
        (ui.plate_value, "plate"),
        (ui.owner_value, "owner"),
        (ui.powertrain_value, "powertrain"),
        (ui.mass_value, "mass"),
        (ui.documents_value, "documents"),
    ):
        label.setText(lines[key])
    if view is not None and view.record.owner.id_number:
        ui.owner_value.setText(f"{lines['owner']} · {mask_owner_id(view.record.owner.id_number)}")
    set_text_role(ui.vin_value, "code_large")
    if view is None:
        ui.banner.show_no_vehicle()
        ui.packs.show_rows([])
        ui.packs_summary.setText("")
        ui.packs_box.setTitle(QCoreApplication.translate("IntakePage", "Traction battery packs"))
        return
    ui.banner.show_eligibility(view.eligibility)
    ui.packs.show_rows(pack_rows(view.facts, view.eligibility))
    expected = view.facts.expected
    ui.packs_summary.setText(
        QCoreApplication.translate("IntakePage", "Expected: %1   Scanned: %2")
        .replace("%1", str(expected.expected_count) if expected else "?")
        .replace("%2", str(len({p.code for p in view.facts.scanned})))
    )
    # The counts ride in the box's title: a line of its own cost the packs table its fourth row at 1366×768.
    ui.packs_summary.setVisible(False)
    title = QCoreApplication.translate("IntakePage", "Traction battery packs")
    ui.packs_box.setTitle(f"{title}  ·  {ui.packs_summary.text()}")


def show_buttons(ui: Ui_IntakePage, view: IntakeView | None, user: User | None) -> None:
    editable = view is not None and view.record.status in intake_actions.RESUMABLE
    blockers = blockers_for(view.eligibility, Step.SUBMIT) if view is not None else ()
    ui.discard_button.setEnabled(view is not None and view.record.status is IntakeStatus.OPEN)
    ui.submit_button.setEnabled(editable and view.record.status is IntakeStatus.OPEN and not blockers)  # type: ignore[union-attr]
    ui.submit_button.setToolTip(
        QCoreApplication.translate("IntakePage", "Not possible yet: see the red banner for what is missing.")
        if blockers
        else ""
    )
    may_issue = user is not None and user.may(Action.ISSUE_CERTIFICATE)
    if view is not None:  # green says what comes next, never "can be issued" where it cannot be, here and now
        status = view.record.status
        plain = may_issue and status is not IntakeStatus.CERTIFIED  # a supervisor issues from the station (F10)
        ui.banner.show_eligibility(view.eligibility, headline=None if plain else eligible_headline(status, None, False))
    eligible = view is not None and view.eligibility.eligible and view.record.status is not IntakeStatus.CERTIFIED
    ui.issue_button.setEnabled(bool(may_issue and eligible))
    if not may_issue:
        ui.issue_button.setToolTip(
            QCoreApplication.translate("IntakePage", "Only a supervisor can issue certificates.")
        )
    elif not eligible:
        ui.issue_button.setToolTip(
            QCoreApplication.translate("IntakePage", "Not possible yet: see the red banner for what is missing.")
        )
    else:
        ui.issue_button.setToolTip("")


def scan_message(outcome: ScanOutcome) -> Callable[[], str]:
    """The feedback line's answer to a recorded scan, re-rendered on a language switch."""
    code = outcome.code
    messages = {
        ScanResult.PACK_RECORDED: lambda: QCoreApplication.translate("IntakePage", "Battery pack %1 recorded.").replace(
            "%1", code
        ),
        ScanResult.PACK_ALREADY_SCANNED: lambda: QCoreApplication.translate(
            "IntakePage", "Battery pack %1 was already scanned."
        ).replace("%1", code),
        ScanResult.PACK_LINKED_ELSEWHERE: lambda: (
            QCoreApplication.translate("IntakePage", "Battery pack %1 belongs to another vehicle (%2).")
            .replace("%1", code)
            .replace("%2", outcome.other_vin or "")
        ),
        ScanResult.PACK_BELONGS_ELSEWHERE: lambda: _belongs_elsewhere(outcome),
        ScanResult.VIN_MATCHES: lambda: QCoreApplication.translate("IntakePage", "VIN confirmed on the vehicle."),
        ScanResult.VIN_MISMATCH: lambda: QCoreApplication.translate(
            "IntakePage", "The VIN scanned does not match this intake."
        ),
        ScanResult.TEXT_SUGGESTED: lambda: QCoreApplication.translate(
            "IntakePage", "%1 was read from printed text and not recorded: compare it with the label."
        ).replace("%1", code),
    }
    return messages[outcome.result]


def _where(outcome: ScanOutcome) -> tuple[bool, str]:
    """Whether head office registers the pack elsewhere (else another intake here holds or expects it), and the VIN."""
    place = outcome.place
    vin = (place.vin if place is not None else "") or outcome.other_vin or "?"
    return place is not None and place.belonging is Belonging.REGISTERED_ELSEWHERE, vin


def _belongs_elsewhere(outcome: ScanOutcome) -> str:
    registered, vin = _where(outcome)
    if registered:
        text = QCoreApplication.translate(
            "IntakePage",
            "Battery pack %1 is registered by head office to VIN %2: it was not linked here. If it really is in "
            "this vehicle, type its code and confirm with a reason.",
        )
    else:
        text = QCoreApplication.translate(
            "IntakePage",
            "Battery pack %1 belongs to the intake of VIN %2: it was not linked here. A label of another vehicle "
            "in view? If it really is in this vehicle, type its code and confirm with a reason.",
        )
    return text.replace("%1", outcome.code).replace("%2", vin)


def belongs_elsewhere_question(outcome: ScanOutcome, vin_here: str) -> str:
    """The confirmation's question when an operator typed or scanned a pack that belongs to another vehicle."""
    registered, vin = _where(outcome)
    if registered:
        text = QCoreApplication.translate(
            "IntakePage",
            "Battery pack %1 is registered by head office to VIN %2, not to this vehicle (VIN %3). It was not "
            "linked. If you have checked that this pack really is in this vehicle, say why (for example: label "
            "read on the pack, repair record).",
        )
    else:
        text = QCoreApplication.translate(
            "IntakePage",
            "Battery pack %1 belongs to the intake of VIN %2, not to this vehicle (VIN %3). It was not linked. If "
            "you have checked that this pack really is in this vehicle, say why (for example: label read on the "
            "pack, repair record).",
        )
    return text.replace("%1", outcome.code).replace("%2", vin).replace("%3", vin_here)
