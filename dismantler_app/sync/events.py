"""The event types head office projects, and the payload keys each one reads.

The yard's services write these into the outbox (``storage.outbox.append_event``); head office folds them into its
vehicles, packs, links and certificates. Any other type is stored and forwarded untouched, so a new kind of event
never blocks the queue. Events written by one service call should share a ``tx_id`` so batches never split them.
"""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    # payload: intake_id, vin, and any vehicle facts (plate, powertrain, brand, model, …); owner_* fields are
    # personal data and travel sealed.
    INTAKE_RECORDED = "intake.recorded"
    # payload: intake_id, status
    INTAKE_STATUS_CHANGED = "intake.status_changed"
    # payload: intake_id, code
    PACK_SCANNED = "pack.scanned"
    # payload: link_id, code, intake_id, vin
    PACK_LINKED = "pack.linked"
    # payload: link_id
    PACK_UNLINKED = "pack.unlinked"
    # payload: number, intake_id, vin, issued_at, qr_text (the signed statement, see certificates.signing)
    CERTIFICATE_ISSUED = "certificate.issued"
    # payload: number, reason
    CERTIFICATE_VOIDED = "certificate.voided"


class RejectionCode(StrEnum):
    """Why head office refused one event. Values are stable: yards store them in their sync problems list."""

    PACK_LINKED_ELSEWHERE = "pack_linked_elsewhere"
    TAMPERED = "tampered"  # an event id seen before with a different hash
    MALFORMED_PAYLOAD = "malformed_payload"
