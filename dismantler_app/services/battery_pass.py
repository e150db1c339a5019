"""Battery passports at the yard: keeping a pack's passport id (the QR of Regulation (EU) 2023/1542 Art. 77), and
the export that tells the passports' keepers which packs left the yard as waste.

The export follows the Battery Pass consortium's data model (GeneralProductInformation aspect, release 1.2.0, which
implements DIN DKE SPEC 99100): per pack the ``productIdentifier`` (its passport id) and ``batteryStatus`` "Waste"
(the model's BatteryStatusEnumeration: Original, Repurposed, Reused, Remanufactured, Waste). The file's JSON Schema is
``assets/battery_pass/battery_status_waste.schema.json``. A handed-over pack without a passport id (a GB/T 34014 pack
of the Chinese market) is not an error: it is listed in ``skipped``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dismantler_app.domain.battery_passport import PassportId, parse_passport_id
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.domain.regulatory import ReportFile, ReportRowInvalid
from dismantler_app.services.context import ServiceContext, change, reading
from dismantler_app.services.errors import InvalidInput, InvalidState, NotFound
from dismantler_app.services.intakes import load_for_change
from dismantler_app.services.reports import require_market
from dismantler_app.storage import regulatory_rows

DATA_MODEL = "urn:samm:io.BatteryPass.GeneralProductInformation:1.0.0#GeneralProductInformation"
DATA_MODEL_RELEASE = "BatteryPass Data Model 1.2.0 (DIN DKE SPEC 99100)"
WASTE = "Waste"
SCHEMA_ASSET = ("battery_pass", "battery_status_waste.schema.json")
# Any intake but a cancelled one: the QR is often read when the pack comes out, after the certificate.
_PASSPORT_STATUSES = frozenset(set(IntakeStatus) - {IntakeStatus.CANCELLED})


def set_pack_passport_id(
    ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, pack_code: str, passport_text: str
) -> PassportId:
    """Keeps the battery passport id read from a pack's QR beside its code (canonical form, see
    :mod:`dismantler_app.domain.battery_passport`); head office gets it with the ``pack.passport_recorded`` event."""
    try:
        passport = parse_passport_id(passport_text)
    except CodeRejected as exc:
        raise InvalidInput("passport_id", exc.reason.value, exc.detail) from exc
    with change(ctx, actor, clock, Action.RECORD_SCAN) as ch:
        load_for_change(ch.session, intake_id, allowed=_PASSPORT_STATUSES, action="set_pack_passport_id")
        scan = regulatory_rows.scanned_pack(ch.session, intake_id, pack_code)
        if scan is None:
            raise NotFound("scanned_pack", pack_code)
        if scan["passport_id"] == passport.id:
            return passport
        other = regulatory_rows.pack_with_passport(ch.session, intake_id, passport.id)
        if other is not None:
            raise InvalidState("passport_id", "on_another_pack", f"set_pack_passport_id ({other})")
        regulatory_rows.set_passport_id(ch.session, intake_id, pack_code, passport.id)
        ch.record(
            "set_pack_passport_id",
            entity="scanned_pack",
            entity_id=scan["id"],
            before={"passport_id": scan["passport_id"]},
            after={
                "intake_id": intake_id,
                "pack_code": pack_code,
                "passport_id": passport.id,
                "scheme": passport.scheme.value,
                "link": passport.link,
            },
            event="pack.passport_recorded",
        )
    return passport


@dataclass(frozen=True)
class BatteryPassExport:
    document: dict[str, object]
    exported: tuple[str, ...]  # handover ids in the file
    skipped: tuple[tuple[str, str], ...]  # (pack code, reason) of handed-over packs left out


def battery_pass_export(
    ctx: ServiceContext, actor: User, *, at: datetime, from_day: date | None = None, to_day: date | None = None
) -> BatteryPassExport:
    """Every pack handed over in the range that carries a passport id, with status Waste. Each id is checked again
    before it goes into the file; one that no longer parses is refused by row (nothing is written)."""
    with reading(ctx, actor) as session:
        yard = require_market(session, ReportFile.BATTERY_PASS)
        packs = regulatory_rows.handed_over_packs(session, from_day=from_day, to_day=to_day)
    batteries: list[dict[str, object]] = []
    exported: list[str] = []
    skipped: list[tuple[str, str]] = []
    for pack in packs:
        if not pack.passport_id:
            skipped.append((pack.pack_code, "no_passport_id"))
            continue
        try:
            canonical = parse_passport_id(pack.passport_id).id
        except CodeRejected as exc:
            raise ReportRowInvalid(
                "battery pass", len(batteries) + 1, f"passport id {pack.passport_id!r} is not valid ({exc}); read "
                "the pack's QR again", field="passport_id", subject=pack.pack_code,
            ) from exc  # fmt: skip
        batteries.append(
            {
                "productIdentifier": canonical,
                "batteryStatus": WASTE,
                "statusChangedOn": pack.handed_over_on.isoformat(),
            }
        )
        exported.append(pack.handover_id)
    profile = yard.profile
    document: dict[str, object] = {
        "dataModel": DATA_MODEL,
        "dataModelRelease": DATA_MODEL_RELEASE,
        "exportedAt": at.isoformat(),
        "reportedBy": {
            "contactName": profile.name,
            "streetAddress": profile.address,
            "identifier": profile.licence_number or profile.uscc or profile.code,
        },
        "batteries": batteries,
    }
    return BatteryPassExport(document, tuple(exported), tuple(skipped))
