"""The settings page's yard-details form: what the yard's certificates print about it (name, code, licence, USCC,
address, phone, permitting authority, time zone and, for an EU collector, the treatment facility it issues
certificates for), editable by an administrator through
``services.yard.update_yard_details``, which checks the role again, audits the change and sends it to head office.
Refusals are put into words by field and reason, so the person knows which box to correct."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from dismantler_app.domain.codes import RejectReason
from dismantler_app.domain.records import Market
from dismantler_app.gui.forms.ui_settings_page import Ui_SettingsPage
from dismantler_app.gui.intake.words import reject_reason_text
from dismantler_app.services.errors import InvalidInput
from dismantler_app.storage.yard import YardProfile

FACILITY_BOXES = ("facility_name", "facility_address", "facility_permit")
# Form box → profile field.
FIELDS = {
    "yard_name": "name",
    "yard_code": "code",
    "yard_licence": "licence_number",
    "yard_uscc": "uscc",
    "yard_address": "address",
    "yard_phone": "phone",
    "yard_authority": "permitting_authority",
    "yard_timezone": "timezone",
    "facility_name": "treatment_facility_name",
    "facility_address": "treatment_facility_address",
    "facility_permit": "treatment_facility_permit",
}


def show_profile(ui: Ui_SettingsPage, profile: YardProfile) -> None:
    for box, name in FIELDS.items():
        value = profile.zone_name if name == "timezone" else getattr(profile, name)
        getattr(ui, box).setText(value)
    # A collector's treatment facility is an EU notion (Decision 2002/151/EC): other yards do not see the rows.
    eu = profile.market is Market.EU
    for row in ("facility_note", *FACILITY_BOXES):
        ui.yard_form.setRowVisible(getattr(ui, row), eu)


def form_profile(ui: Ui_SettingsPage, stored: YardProfile) -> YardProfile:
    """What the form shows, on top of the stored profile (the market is not edited here)."""
    return dataclasses.replace(stored, **{name: getattr(ui, box).text() for box, name in FIELDS.items()})


def set_editable(ui: Ui_SettingsPage, admin: bool) -> None:
    for box in FIELDS:
        field: QLineEdit = getattr(ui, box)
        field.setReadOnly(not admin)
    ui.save_yard_button.setEnabled(admin)
    only_admin = QCoreApplication.translate("SettingsYard", "Only an administrator can change the yard details.")
    ui.save_yard_button.setToolTip("" if admin else only_admin)


def box_of(error: InvalidInput) -> str | None:
    """The form box a refusal is about, to put the cursor there."""
    name = error.field.removeprefix("yard.")
    return next((box for box, field in FIELDS.items() if field == name), None)


def yard_problem(error: InvalidInput) -> str | None:
    """A refusal of the yard details in words; None when it is not about them."""
    if error.field == "yard.code" and error.reason == "certificates_issued_this_year":
        return QCoreApplication.translate(
            "SettingsYard",
            "The yard code cannot change now: this year's certificates are numbered with it. Change it from 1 "
            "January, when numbering starts again.",
        )
    if error.field == "yard.code":
        return QCoreApplication.translate(
            "SettingsYard", "The yard code needs 2 to 8 capital letters or digits, for example SH01."
        )
    if error.field == "yard.name":
        return QCoreApplication.translate("SettingsYard", "Enter the yard's name (at most 120 characters).")
    if error.field == "yard.uscc":
        known = {r.value for r in RejectReason}
        reason = reject_reason_text(RejectReason(error.reason)) if error.reason in known else error.reason
        return QCoreApplication.translate(
            "SettingsYard", "The USCC is not valid (%1): copy it from the business licence."
        ).replace("%1", reason)
    if error.field == "yard.timezone":
        return QCoreApplication.translate(
            "SettingsYard", "Unknown time zone: use a name such as Asia/Shanghai or Europe/Berlin."
        )
    if error.field == "yard.market":
        return QCoreApplication.translate("SettingsYard", "The yard's market is fixed at set-up.")
    return None
