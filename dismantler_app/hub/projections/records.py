"""What the projections take in and give back: the stored event, the rejection, and the payload checks they share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dismantler_app.sync.events import RejectionCode
from dismantler_app.sync.sealing import PERSONAL_KEYS


@dataclass(frozen=True)
class Rejection:
    site_id: str
    db_epoch: str
    sequence: int
    event_id: str
    code: RejectionCode
    detail: str = ""
    other_site_id: str = ""
    other_yard: str = ""
    other_vin: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "event_id": self.event_id,
            "code": self.code.value,
            "detail": self.detail,
            "other_site_id": self.other_site_id,
            "other_yard": self.other_yard,
            "other_vin": self.other_vin,
        }


@dataclass(frozen=True)
class StoredEvent:
    site_id: str
    db_epoch: str
    sequence: int
    event_id: str
    type: str
    payload: Mapping[str, Any]
    created_at: str = ""


class Missing(KeyError):
    """A payload lacks a field its projection needs (``args[0]``: the field's name)."""


def need(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise Missing(key)
    return value


def malformed(event: StoredEvent, missing: Missing) -> Rejection:
    return Rejection(
        site_id=event.site_id,
        db_epoch=event.db_epoch,
        sequence=event.sequence,
        event_id=event.event_id,
        code=RejectionCode.MALFORMED_PAYLOAD,
        detail=f"{event.type} needs a non-empty '{missing.args[0]}'",
    )


def refused(event: StoredEvent, code: RejectionCode, detail: str, **other: str) -> Rejection:
    return Rejection(
        site_id=event.site_id,
        db_epoch=event.db_epoch,
        sequence=event.sequence,
        event_id=event.event_id,
        code=code,
        detail=detail,
        **other,
    )


def personal_data(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k in PERSONAL_KEYS}
