"""Head office's reference data at work inside the yard's own transactions: packs registered for a VIN become an
intake's expected packs, and the receivers' white list decides who may take a pack away.

The data itself arrives signed by head office (over HTTP, ``services/sync/service.py``, or with a stick's receipt) and
sits in ``sync_reference`` (``storage/sync_store.py``). These functions run inside a service's :class:`Change`, so the
expectation and its audit row and outbox event commit with the action that caused them, or not at all.
"""

from __future__ import annotations

from enum import StrEnum

from dismantler_app.domain.battery_code import find_battery_code
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.permissions import Action
from dismantler_app.domain.records import ExpectedSource
from dismantler_app.services.context import Change
from dismantler_app.storage import intakes as intake_rows
from dismantler_app.storage import packs as pack_rows
from dismantler_app.storage import sync_store

EXPECTED_PACKS_SET = "intake.expected_packs_set"


def write_expected(
    ch: Change, intake_id: str, *, action: Action, source: ExpectedSource, codes: list[str], count: int | None
) -> None:
    """Replaces an intake's expected packs, with the audit row and the outbox event head office reads."""
    before = intake_rows.load_expected(ch.session, intake_id)
    pack_rows.set_expected(
        ch.session,
        intake_id,
        source=source,
        codes=codes,
        count=None if codes else count,
        declared_by=ch.user.id,
    )
    ch.record(
        action.value,
        entity="expected_packs",
        entity_id=intake_id,
        before={"source": before.source.value, "codes": list(before.codes), "count": before.count} if before else None,
        after={"source": source.value, "codes": codes, "count": None if codes else count},
        event=EXPECTED_PACKS_SET,
    )


def _registered_code(text: str) -> str:
    """A registered code as the scanner would normalise it. A code head office registered that does not parse is
    kept as it came (upper-cased): dropping it would let a vehicle pass without a pack it should carry, while
    keeping it blocks the certificate loudly until a supervisor resolves it."""
    try:
        return find_battery_code(text).code
    except CodeRejected:
        return text.strip().upper()


def _registered_codes(ch: Change, vin: str) -> list[str]:
    return sorted({_registered_code(c) for c in sync_store.registered_packs(ch.session, vin) if c.strip()})


def apply_registered_packs(ch: Change, intake_id: str, *, vin: str, previous_vin: str = "") -> tuple[str, ...]:
    """Makes head office's registered packs for ``vin`` the intake's expected packs (source REGISTERED).

    Returns the codes; () when head office registers none for ``vin``. When the VIN was just corrected from
    ``previous_vin`` and head office registers nothing for the new one, an expectation that is exactly head office's
    registration for the old VIN no longer belongs to this vehicle and is withdrawn, so the documents' declaration
    becomes the way again. Anything else (a declaration, a model count, codes loaded by hand) is left alone.
    """
    codes = _registered_codes(ch, vin)
    before = intake_rows.load_expected(ch.session, intake_id)
    if not codes:
        if (
            previous_vin
            and before is not None
            and before.source is ExpectedSource.REGISTERED
            and sorted(before.codes) == _registered_codes(ch, previous_vin)
        ):
            sync_store.withdraw_registered_expectation(ch.session, intake_id)
            ch.record(
                Action.LOAD_REGISTERED_PACKS.value,
                entity="expected_packs",
                entity_id=intake_id,
                before={"source": before.source.value, "codes": list(before.codes), "count": before.count},
                after=None,
                event=EXPECTED_PACKS_SET,
                payload={"source": None, "codes": [], "count": None, "reason": "vin_changed"},
            )
        return ()
    if before is None or before.source is not ExpectedSource.REGISTERED or sorted(before.codes) != codes:
        write_expected(
            ch,
            intake_id,
            action=Action.LOAD_REGISTERED_PACKS,
            source=ExpectedSource.REGISTERED,
            codes=codes,
            count=None,
        )
    return tuple(codes)


class ReceiverStanding(StrEnum):
    """Where a receiving enterprise stands against head office's white list; recorded with every handover."""

    LISTED = "listed"
    NOT_LISTED = "not_listed"  # refused, unless the yard's policy allows receivers off the list
    NO_LIST_YET = "no_list_yet"  # the yard never received a list from head office: allowed, noted in the audit row


def receiver_standing(ch: Change, uscc: str) -> ReceiverStanding:
    listed = sync_store.white_list(ch.session)
    if listed is None:
        return ReceiverStanding.NO_LIST_YET
    return ReceiverStanding.LISTED if uscc in listed else ReceiverStanding.NOT_LISTED
