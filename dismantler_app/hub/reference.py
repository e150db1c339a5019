"""Reference data head office sends back to yards: registered packs per VIN, the receivers' white list, revoked
keys, users. Each item has its own sequence; a yard asks for what came after the last one it holds, and the page is
signed with head office's key so a yard can trust it even when it arrives on a USB stick.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from dismantler_app.hub.yards import HubKeys
from dismantler_app.sync.documents import REFERENCE_KIND, sign_document

REGISTERED_PACKS = "registered_packs"
RECEIVER = "receiver"
PAGE_SIZE = 1000


def add_reference_item(conn: psycopg.Connection, *, kind: str, key: str, value: dict[str, Any]) -> int:
    """Publishes one item (e.g. kind ``registered_packs``, key a VIN, value ``{"codes": [...]}``)."""
    with conn.transaction():
        row = conn.execute(
            "INSERT INTO reference_items (kind, key, value) VALUES (%s, %s, %s) RETURNING sequence",
            [kind, key, Jsonb(value)],
        ).fetchone()
    return int(row["sequence"])


def register_packs(conn: psycopg.Connection, *, vin: str, codes: list[str]) -> int:
    """Publishes the traction packs registered for ``vin`` (the traceability platform's record) to every yard."""
    return add_reference_item(conn, kind=REGISTERED_PACKS, key=vin, value={"codes": sorted(set(codes))})


def add_receiver(conn: psycopg.Connection, *, uscc: str, name: str, category: str) -> int:
    """Publishes one enterprise of the receivers' white list (OEM outlet, cascade use, comprehensive utilisation)."""
    return add_reference_item(conn, kind=RECEIVER, key=uscc, value={"name": name, "category": category})


def remove_receiver(conn: psycopg.Connection, *, uscc: str) -> int:
    """Takes an enterprise off the white list: a newer item for the same USCC marked removed, so every yard drops it
    on its next fetch (reference items are never deleted: a yard that is behind must still learn of the removal)."""
    return add_reference_item(conn, kind=RECEIVER, key=uscc, value={"removed": True})


def reference_page(conn: psycopg.Connection, keys: HubKeys, *, after: int, limit: int = PAGE_SIZE) -> dict[str, Any]:
    rows = conn.execute(
        "SELECT sequence, kind, key, value FROM reference_items WHERE sequence > %s ORDER BY sequence LIMIT %s",
        [after, limit],
    ).fetchall()
    items = [dict(row) for row in rows]
    body = {"after": after, "last_sequence": items[-1]["sequence"] if items else after, "items": items}
    return sign_document(keys.signing, REFERENCE_KIND, body)


def reference_pages(
    conn: psycopg.Connection, keys: HubKeys, *, after: int, limit: int = PAGE_SIZE
) -> list[dict[str, Any]]:
    """Every signed page after ``after``, in order (what a receipt carries back to a stick-only yard)."""
    pages = []
    while True:
        page = reference_page(conn, keys, after=after, limit=limit)
        if not page["body"]["items"]:
            return pages
        pages.append(page)
        after = page["body"]["last_sequence"]
