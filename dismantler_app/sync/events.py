"""The event types head office projects, and the payload keys each one reads.

The yard's services write these into the outbox (``services.context.Change.record``); head office folds them into
its vehicles, packs, links and certificates. Any other type is stored and forwarded untouched, so a new kind of event
never blocks the queue. Events written by one service call should share a ``tx_id`` so batches never split them.
"""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    """The types the yard's services write (``services/*.py``); every payload also carries ``entity_id``, ``actor``,
    ``audit_seq`` and ``audit_hash`` (``services.context.Change.record``)."""

    # payload: vehicle {vin, plate, powertrain, …}, owner_* fields when known (sealed in transit); entity_id = intake
    # id
    INTAKE_CREATED = "intake.created"
    # payload: the vehicle columns {vin, …}; entity_id = intake id
    INTAKE_VEHICLE_UPDATED = "intake.vehicle_updated"
    # payload: intake_id, vin, code, result ('pack_recorded' when the yard linked it), other_vin; entity_id = scan id
    PACK_SCANNED = "pack.scanned"
    # payload: intake_id, code, reason ('handed_over', 'intake_cancelled'); ends this site's active link of the
    # pack (``link_id``, the linking scan's id, is accepted instead of intake_id and code)
    PACK_UNLINKED = "pack.unlinked"
    # payload: intake_id, pack_code, receiver_name, receiver_uscc or receiver_duns (the other empty), handed_over_on,
    # white_list; entity_id = handover id
    PACK_HANDED_OVER = "pack.handed_over"
    # payload: the document columns, and owner_* fields (sealed) when the owner was corrected; entity_id = intake id
    INTAKE_DOCUMENTS_RECORDED = "intake.documents_recorded"
    # payload: number, intake_id, vin, pack_codes, content_digest (of the frozen content, since statement version 2)
    CERTIFICATE_ISSUED = "certificate.issued"
    # payload: state, reason, intake_id (since statement version 2); entity_id = certificate number
    CERTIFICATE_VOIDED = "certificate.voided"


# "intake.<status>" (submitted, approved, certified, cancelled, …): entity_id = intake id
INTAKE_STATUS_PREFIX = "intake."
LOCAL_LINK_MADE = "pack_recorded"


class RejectionCode(StrEnum):
    """Why head office refused one event. Values are stable: yards store them in their sync problems list."""

    PACK_LINKED_ELSEWHERE = "pack_linked_elsewhere"
    TAMPERED = "tampered"  # an event id seen before with a different hash
    MALFORMED_PAYLOAD = "malformed_payload"
    RECEIVER_NOT_WHITE_LISTED = "receiver_not_white_listed"  # a handover to a USCC not on head office's list
    AUDIT_REWOUND = "audit_rewound"  # the yard's audit chain head went back behind one head office already held
    AUDIT_REWRITTEN = "audit_rewritten"  # an audit row head office was shown as a head now has another hash
    # head office holds another certificate (another vehicle, intake, yard or content) under this number
    CERTIFICATE_NUMBER_TAKEN = "certificate_number_taken"
