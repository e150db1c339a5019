"""The receivers' white list as head office holds it now: the newest reference item of each USCC, unless removed.

Yards refuse a handover to a receiver not on the list once the list has reached them (``services/handovers.py``);
head office applies the same rule to the handovers it ingests, because a yard may hand over before its copy of the
list is current.
"""

from __future__ import annotations

import psycopg

from dismantler_app.hub.reference import RECEIVER


def receiver_standing(conn: psycopg.Connection, uscc: str) -> bool | None:
    """True if ``uscc`` is on the list, False if it is not, None while head office has no list at all (then no
    handover is refused: an empty list means none has been set up yet, not that every receiver is banned)."""
    row = conn.execute(
        "WITH latest AS (SELECT DISTINCT ON (key) key, coalesce((value->>'removed')::boolean, false) AS removed "
        "FROM reference_items WHERE kind = %s ORDER BY key, sequence DESC) "
        "SELECT count(*) FILTER (WHERE NOT removed) AS listed, "
        "coalesce(bool_or(NOT removed AND upper(key) = %s), false) AS found FROM latest",
        [RECEIVER, uscc.strip().upper()],
    ).fetchone()
    if not row["listed"]:
        return None
    return bool(row["found"])


def receivers_standing(conn: psycopg.Connection, ids: set[str]) -> dict[str, bool] | None:
    """:func:`receiver_standing` of many receivers in one query, keyed by the upper-cased identifier."""
    wanted = sorted({i.strip().upper() for i in ids})
    row = conn.execute(
        "WITH latest AS (SELECT DISTINCT ON (key) key, coalesce((value->>'removed')::boolean, false) AS removed "
        "FROM reference_items WHERE kind = %s ORDER BY key, sequence DESC) "
        "SELECT count(*) FILTER (WHERE NOT removed) AS listed, "
        "coalesce(array_agg(upper(key)) FILTER (WHERE NOT removed AND upper(key) = ANY(%s)), '{}') AS found "
        "FROM latest",
        [RECEIVER, wanted],
    ).fetchone()
    if not row["listed"]:
        return None
    found = set(row["found"])
    return {i: i in found for i in wanted}
