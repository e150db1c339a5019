"""Words for a certificate the service would not issue because its form lacks fields
(``services.errors.CertificateIncomplete``, codes from ``domain/certificate_requirements.py``): each missing field
is named as the screens label it and says where to enter it. Also the words for a regulatory file of a market the
yard does not report to (``services.reports.ReportMarketOff``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dismantler_app.domain.certificate_requirements import MissingField
from dismantler_app.services.errors import CertificateIncomplete, ServiceError

CONTEXT = "CertificateFields"
# services.reports.ReportMarketOff's stable code: that module pulls in the spreadsheet writer, which the GUI
# does not otherwise load, so the error is recognised by its code.
REPORT_MARKET_OFF = "report_market_off"

MISSING: Mapping[MissingField, str] = {
    MissingField.FACILITY_USCC: QT_TRANSLATE_NOOP(
        "CertificateFields", "Enter the yard's unified social credit code in the yard settings."
    ),
    MissingField.OWNER_ID_TYPE: QT_TRANSLATE_NOOP(
        "CertificateFields", "Say which document the owner's ID number is from."
    ),
    MissingField.PLATE: QT_TRANSLATE_NOOP("CertificateFields", "The plate number is missing."),
    MissingField.PLATE_TYPE: QT_TRANSLATE_NOOP("CertificateFields", "The plate type is missing."),
    MissingField.BODY_COLOUR: QT_TRANSLATE_NOOP("CertificateFields", "The body colour is missing."),
    MissingField.REGISTRATION_CERTIFICATE_NUMBER: QT_TRANSLATE_NOOP(
        "CertificateFields", "The registration certificate number is missing."
    ),
    MissingField.ENGINE_NUMBER: QT_TRANSLATE_NOOP(
        "CertificateFields", "This vehicle has an engine: enter its engine number."
    ),
    MissingField.MOTOR_NUMBER: QT_TRANSLATE_NOOP(
        "CertificateFields", "This vehicle has a drive motor: enter its motor number."
    ),
    MissingField.REGISTRATION_DOCUMENT: QT_TRANSLATE_NOOP(
        "CertificateFields", "Record whether the registration document was surrendered or destroyed."
    ),
    MissingField.TREATMENT_FACILITY_NAME: QT_TRANSLATE_NOOP(
        "CertificateFields", "Enter the treatment facility's name in the yard settings."
    ),
    MissingField.TREATMENT_FACILITY_ADDRESS: QT_TRANSLATE_NOOP(
        "CertificateFields", "Enter the treatment facility's address in the yard settings."
    ),
}
MARKETS: Mapping[str, str] = {
    "cn": QT_TRANSLATE_NOOP("CertificateFields", "Chinese"),
    "eu": QT_TRANSLATE_NOOP("CertificateFields", "EU"),
    "us": QT_TRANSLATE_NOOP("CertificateFields", "US"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def missing_field_text(field: MissingField) -> str:
    return _tr(MISSING[field])


def certificate_incomplete_text(error: CertificateIncomplete) -> str:
    """Every missing field, one line each (each says what to do), in the order the sheet prints them."""
    fields = "\n".join(f"• {missing_field_text(field)}" for field in error.missing)
    return QCoreApplication.translate("CertificateFields", "The certificate cannot be issued:\n%1").replace(
        "%1", fields
    )


def report_market_off_text(error: ServiceError) -> str:
    market = str(getattr(getattr(error, "market", ""), "value", getattr(error, "market", "")))
    words = _tr(MARKETS[market]) if market in MARKETS else market
    return QCoreApplication.translate(
        "CertificateFields",
        "This is a %1 report and this yard does not report to that market. An administrator can turn the market "
        "on under Settings › Policy if the yard also reports there.",
    ).replace("%1", words)
