"""The vehicle panel's lines: an intake record's vehicle, owner and documents in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dismantler_app.domain.records import CheckState, DocumentKind, Powertrain
from dismantler_app.storage.intakes import IntakeRecord


def powertrain_name(powertrain: Powertrain) -> str:
    return {
        Powertrain.UNKNOWN: QCoreApplication.translate("VehicleText", "Not chosen yet"),
        Powertrain.ICE: QCoreApplication.translate("VehicleText", "Combustion engine"),
        Powertrain.HEV: QCoreApplication.translate("VehicleText", "Hybrid (HEV)"),
        Powertrain.PHEV: QCoreApplication.translate("VehicleText", "Plug-in hybrid (PHEV)"),
        Powertrain.EREV: QCoreApplication.translate("VehicleText", "Range extender (EREV)"),
        Powertrain.BEV: QCoreApplication.translate("VehicleText", "Battery electric (BEV)"),
        Powertrain.FCEV: QCoreApplication.translate("VehicleText", "Fuel cell (FCEV)"),
    }[powertrain]


def document_name(kind: DocumentKind) -> str:
    return {
        DocumentKind.OWNER_ID: QCoreApplication.translate("VehicleText", "Owner ID"),
        DocumentKind.REGISTRATION_CERTIFICATE: QCoreApplication.translate("VehicleText", "Registration certificate"),
        DocumentKind.DRIVING_LICENCE: QCoreApplication.translate("VehicleText", "Driving licence"),
        DocumentKind.PLATES: QCoreApplication.translate("VehicleText", "Plates"),
    }[kind]


def vehicle_lines(record: IntakeRecord | None, *, empty: str) -> dict[str, str]:
    if record is None:
        return dict.fromkeys(("vin", "plate", "owner", "powertrain", "mass", "documents"), empty)
    vehicle = record.vehicle
    powertrain = powertrain_name(vehicle.powertrain)
    if vehicle.battery_swap_model:
        powertrain += " · " + QCoreApplication.translate("VehicleText", "battery-swap model")
    mass = (
        QCoreApplication.translate("VehicleText", "%1 kg").replace("%1", f"{vehicle.weighed_mass_kg:g}")
        if vehicle.weighed_mass_kg is not None
        else empty
    )
    docs = record.documents
    # Each item holds together (no-break spaces): a narrow panel wraps between items, never inside one (the desk
    # showed "✔ Owner ID ✔" / "Registration certificate").
    marks = [_whole(("✔ " if kind in docs.received else "✖ ") + document_name(kind)) for kind in DocumentKind]
    checks = {
        CheckState.NOT_DONE: QCoreApplication.translate("VehicleText", "not done"),
        CheckState.CLEAR: QCoreApplication.translate("VehicleText", "clear"),
        CheckState.FLAGGED: QCoreApplication.translate("VehicleText", "flagged"),
    }
    mortgage = QCoreApplication.translate("VehicleText", "Mortgage check: %1").replace(
        "%1", checks[docs.mortgage_check]
    )
    theft = QCoreApplication.translate("VehicleText", "Theft check: %1").replace("%1", checks[docs.theft_check])
    mortgage, theft = _whole(mortgage), _whole(theft)
    return {
        "vin": vehicle.vin,
        "plate": vehicle.plate or empty,
        "owner": record.owner.name or empty,
        "powertrain": powertrain,
        "mass": mass,
        "documents": "   ".join(marks[:2]) + "\n" + "   ".join(marks[2:]) + "\n" + f"{mortgage}   {theft}",
    }


def _whole(text: str) -> str:
    return text.replace(" ", "\u00a0")
