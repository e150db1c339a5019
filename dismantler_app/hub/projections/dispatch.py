"""Which projection folds which event type, and the order that keeps a batch's outcome that of one event at a time.

A batch is cut into segments, in sequence order; in a segment each type's events go to their projection as one
group (a statement or three for the group instead of a round trip per event: the per-event path held ingest near
2,000 events/s in ``benchmarks/hub_scale_bench.py``), the groups in the order of :data:`PROJECTIONS`. That order
gives the result of sequence order as long as no event touches a key (an intake, a pack, a link, a certificate
number) that an event of a later group already touched earlier in the segment; such an event starts a new segment.
So a pack released and linked again, a status set before the vehicle is created, a certificate issued twice, or a
vehicle's VIN changed after its pack was scanned are projected in the order the yard wrote them, and an ordinary
batch (each vehicle's events in the usual order) is one segment.

A new event type is one entry in :data:`PROJECTIONS`: its projection function (events of the group, in sequence
order, all of one site → the rejections to report), the keys it touches, and whether two events touching one key
may share the group (the function then handles that itself).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import psycopg

from dismantler_app.domain.records import IntakeStatus
from dismantler_app.hub.passports import PASSPORT_RECORDED, project_passport_recorded
from dismantler_app.hub.projections import certificates, packs, vehicles
from dismantler_app.hub.projections.records import Rejection, StoredEvent
from dismantler_app.sync.events import INTAKE_STATUS_PREFIX, EventType


@dataclass(frozen=True)
class Projection:
    project: Callable[[psycopg.Connection, list[StoredEvent]], list[Rejection]]
    keys: Callable[[Mapping[str, Any]], Iterable[tuple[str, str]]] = lambda payload: ()
    repeatable: bool = False  # two events of the group touching one key may go in one call


def _passports_recorded(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    for event in events:  # rare (EU packs), and each only sets one column: one statement each
        project_passport_recorded(conn, event)
    return []


def _passport_keys(payload: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    return [("pack", str(payload.get("pack_code") or ""))]


STATUS_CHANGED = Projection(vehicles.project_status_changes, vehicles.intake_key, repeatable=True)

# The order of this mapping is the order of a segment's groups (see the module's docstring).
PROJECTIONS: dict[str, Projection] = {
    EventType.INTAKE_CREATED: Projection(vehicles.project_intakes_created, vehicles.intake_key, repeatable=True),
    EventType.INTAKE_VEHICLE_UPDATED: Projection(
        vehicles.project_vehicles_updated, vehicles.vehicle_update_keys, repeatable=True
    ),
    EventType.INTAKE_DOCUMENTS_RECORDED: Projection(
        vehicles.project_documents_recorded, vehicles.intake_key, repeatable=True
    ),
    **{
        INTAKE_STATUS_PREFIX + status.value: STATUS_CHANGED
        for status in IntakeStatus
        if INTAKE_STATUS_PREFIX + status.value != EventType.INTAKE_CREATED
    },
    EventType.PACK_SCANNED: Projection(packs.project_scans, packs.scan_keys, repeatable=True),
    PASSPORT_RECORDED: Projection(_passports_recorded, _passport_keys, repeatable=True),
    EventType.PACK_HANDED_OVER: Projection(packs.project_handovers, repeatable=True),
    EventType.PACK_UNLINKED: Projection(packs.project_unlinks, packs.unlink_keys, repeatable=True),
    EventType.CERTIFICATE_ISSUED: Projection(certificates.project_issued, certificates.issued_keys),
    EventType.CERTIFICATE_VOIDED: Projection(certificates.project_voided, certificates.voided_keys),
}


def _ranks() -> dict[int, int]:
    ranks: dict[int, int] = {}
    for projection in PROJECTIONS.values():
        ranks.setdefault(id(projection), len(ranks))
    return ranks


def segments(events: Iterable[StoredEvent]) -> Iterable[list[tuple[int, StoredEvent]]]:
    """The batch's projected events as segments of (rank, event), in sequence order; unknown types are left out
    (they are kept in ``events`` only)."""
    ranks = _ranks()
    segment: list[tuple[int, StoredEvent]] = []
    touched: dict[tuple[str, str], int] = {}  # key → the highest rank that touched it in this segment
    for event in events:
        projection = PROJECTIONS.get(event.type)
        if projection is None:
            continue
        rank = ranks[id(projection)]
        keys = list(projection.keys(event.payload))
        if any(touched.get(key, -1) > rank or (touched.get(key) == rank and not projection.repeatable) for key in keys):
            yield segment
            segment, touched = [], {}
        segment.append((rank, event))
        for key in keys:
            touched[key] = max(rank, touched.get(key, -1))
    if segment:
        yield segment


def project_events(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    """Folds one site's events (in sequence order) into the projections; returns the rejections in sequence order."""
    by_rank = list(dict.fromkeys(PROJECTIONS.values()))
    rejections: list[Rejection] = []
    for segment in segments(events):
        groups: dict[int, list[StoredEvent]] = {}
        for rank, event in segment:
            groups.setdefault(rank, []).append(event)
        for rank in sorted(groups):
            rejections += by_rank[rank].project(conn, groups[rank])
    return sorted(rejections, key=lambda r: r.sequence)
