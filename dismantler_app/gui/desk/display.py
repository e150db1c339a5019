"""What the supervisor desk shows of an intake: the vehicle panel, the banner and packs, the packs summary and
safety triage line, the replacement choices, the certificate line, and which actions are possible (and why not).

Pure rendering of a :class:`DeskView` onto the page's widgets; the page decides when. Words keep the page's
translation context ("SupervisorPage"), so the catalogues' entries follow the code here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import ExpectedSource
from dismantler_app.gui.common.banner import eligible_headline
from dismantler_app.gui.common.pack_rows import pack_rows
from dismantler_app.gui.common.record_words import risk_name, status_name
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.common.vehicle_text import vehicle_lines
from dismantler_app.gui.desk.actions import DeskView
from dismantler_app.gui.desk.state import IssueBlock, desk_buttons, replacement_choices
from dismantler_app.gui.forms.ui_supervisor_page import Ui_SupervisorPage


def show_desk_view(ui: Ui_SupervisorPage, view: DeskView | None) -> None:
    lines = vehicle_lines(view.record if view else None, empty="—")
    for label, key in (
        (ui.vin_value, "vin"),
        (ui.plate_value, "plate"),
        (ui.owner_value, "owner"),
        (ui.powertrain_value, "powertrain"),
        (ui.documents_value, "documents"),
    ):
        label.setText(lines[key])
    # The four documents on one line: the desk has no height to spare, and its detail side the width.
    ui.documents_value.setText(lines["documents"].replace("\n", "   ", 1))
    set_text_role(ui.vin_value, "code")  # the body's size: the desk shares its width with the queue
    ui.status_value.setText(status_name(view.record.status) if view else "—")
    if view is None:
        ui.banner.show_no_vehicle()
        ui.packs.show_rows([])
        ui.packs_summary.setText("")
        ui.packs_box.setTitle(QCoreApplication.translate("SupervisorPage", "Traction battery packs"))
        ui.triage_value.setText("")
        ui.certificate_value.setText("")
        ui.photos.show_thumbnails([])
        return
    ui.banner.show_eligibility(view.eligibility)
    ui.packs.show_rows(pack_rows(view.facts, view.eligibility))
    _show_pack_texts(ui, view)
    _show_certificate(ui, view)


def _show_pack_texts(ui: Ui_SupervisorPage, view: DeskView) -> None:
    expected = view.facts.expected
    summary = (
        QCoreApplication.translate("SupervisorPage", "Expected: %1   Scanned: %2")
        .replace("%1", str(expected.expected_count) if expected else "?")
        .replace("%2", str(len({p.code for p in view.facts.scanned})))
    )
    if expected is not None and expected.source is ExpectedSource.DECLARED:
        confirmed = expected.confirmed_by is not None
        summary += "   " + (
            QCoreApplication.translate("SupervisorPage", "(declared, confirmed)")
            if confirmed
            else QCoreApplication.translate("SupervisorPage", "(declared, not confirmed)")
        )
    ui.packs_summary.setText(summary)
    # The counts ride in the box's title, as at the station: a line of their own cost the packs table its second
    # row at 1366×768.
    ui.packs_summary.setVisible(False)
    title = QCoreApplication.translate("SupervisorPage", "Traction battery packs")
    ui.packs_box.setTitle(f"{title}  ·  {summary}")
    # One line: the short serial of each pack (its last seven characters, GB/T 34014 positions 18-24) is enough to
    # tell a vehicle's packs apart; the full codes are in the table above.
    triage = [
        f"…{code[-7:]} {risk_name(t.risk_class)}" + (f" ({t.quarantine_location})" if t.quarantine_location else "")
        for code, t in sorted(view.facts.triage.items())
    ]
    ui.triage_value.setText(
        QCoreApplication.translate("SupervisorPage", "Safety triage: %1").replace("%1", "; ".join(triage))
        if triage
        else QCoreApplication.translate("SupervisorPage", "No safety triage recorded.")
    )
    choices = replacement_choices(view)
    for combo, codes in ((ui.expected_code, choices.expected), (ui.scanned_code, choices.scanned)):
        combo.clear()
        combo.addItems(list(codes))
    if choices.preselected is not None:
        ui.expected_code.setCurrentText(choices.preselected[0])
        ui.scanned_code.setCurrentText(choices.preselected[1])


def _show_certificate(ui: Ui_SupervisorPage, view: DeskView) -> None:
    cert = view.certificate
    if cert is None:
        ui.certificate_value.setText(QCoreApplication.translate("SupervisorPage", "No certificate issued."))
        return
    text = (
        QCoreApplication.translate("SupervisorPage", "Certificate %1, issued %2")
        .replace("%1", cert.number)
        .replace("%2", cert.issued_on.isoformat())  # the yard's local date, as printed on the sheet
    )
    if cert.reprint_count:
        text += "  " + QCoreApplication.translate("SupervisorPage", "(%n copy/copies printed)", "", cert.reprint_count)
    ui.certificate_value.setText(text)
    set_text_role(ui.certificate_value, "subheading")


def _desk_headline(user: User | None, view: DeskView, issue_on: bool) -> Callable[[], str] | None:
    if issue_on:
        return None
    certificate = view.certificate.number if view.certificate is not None else None
    may_issue = user is not None and user.may(Action.ISSUE_CERTIFICATE)
    headline = eligible_headline(view.record.status, certificate, may_issue)
    if headline is not None:
        return headline
    return lambda: QCoreApplication.translate("EligibilityBanner", "✔ Nothing missing: approve, then issue")


def show_desk_buttons(ui: Ui_SupervisorPage, user: User | None, view: DeskView | None) -> None:
    state = desk_buttons(user, view)
    if view is not None:  # green says what comes next; "can be issued" only when Issue is on
        ui.banner.show_eligibility(view.eligibility, headline=_desk_headline(user, view, state.issue))
    for button, enabled in (
        (ui.resolve_button, state.resolve),
        (ui.confirm_button, state.confirm),
        (ui.approve_button, state.approve),
        (ui.send_back_button, state.send_back),
        (ui.issue_button, state.issue),
        (ui.preview_button, state.print),
        (ui.reprint_button, state.print),
        (ui.void_button, state.void),
        (ui.void_reason, state.void),
    ):
        button.setEnabled(enabled)
    tips = {
        IssueBlock.NOT_ALLOWED: QCoreApplication.translate(
            "SupervisorPage", "Only a supervisor can issue certificates."
        ),
        IssueBlock.NOT_APPROVED: QCoreApplication.translate("SupervisorPage", "Approve the intake first."),
        IssueBlock.NOT_ELIGIBLE: QCoreApplication.translate(
            "SupervisorPage", "Not possible yet: see the red banner for what is missing."
        ),
    }
    ui.issue_button.setToolTip(tips.get(state.issue_block, "") if state.issue_block else "")
