"""Search: a VIN, pack code, passport id or certificate number, across every yard → the intakes it touches, each as
a journey (intake, pairing, triage, certificate, handover, refusals and conflicts) with its photos. Every lookup that
shows an intake is audited (``audit.py``), saying whether the owner's personal data was on the page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg

from dismantler_app.hub.console.tables import Table
from dismantler_app.hub.passports import canonical_passport

MAX_QUERY = 128
MAX_INTAKES = 20
MAX_STEPS = 500

Words = Callable[..., str]


@dataclass(frozen=True)
class Step:
    when: str
    kind: str  # intake, pairing, triage, certificate, handover, refusal, other
    title: str
    detail: str
    refused: bool = False


@dataclass
class Journey:
    site_id: str
    yard: str
    intake_id: str
    vin: str
    status: str
    owner: dict[str, str] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)
    photos: list[dict[str, str]] = field(default_factory=list)


def normalise_query(text: str) -> str:
    return text.strip()[:MAX_QUERY]


def _found_intakes(conn: psycopg.Connection, q: str) -> list[tuple[str, str]]:
    """(site, intake) pairs the text names, each way of naming looked up through its own index."""
    rows = conn.execute(
        "SELECT site_id, intake_id FROM vehicles WHERE vin = upper(%(q)s) "
        "UNION SELECT site_id, intake_id FROM pack_links WHERE code = %(q)s "
        "UNION SELECT first_site_id, first_intake_id FROM packs WHERE code = %(q)s "
        "UNION SELECT site_id, payload->>'intake_id' FROM events WHERE type = 'pack.scanned' "
        "AND payload->>'code' = %(q)s "
        "UNION SELECT site_id, intake_id FROM console_handovers WHERE pack_code = %(q)s "
        "UNION SELECT site_id, intake_id FROM console_passports WHERE passport_id IN (%(q)s, %(p)s) "
        # the pack a passport is on (hub/passports.py), and every intake that read it by its code
        "UNION SELECT first_site_id, first_intake_id FROM packs WHERE passport_id = %(p)s "
        "UNION SELECT l.site_id, l.intake_id FROM packs AS k JOIN pack_links AS l ON l.code = k.code "
        "WHERE k.passport_id = %(p)s "
        "UNION SELECT site_id, payload->>'intake_id' FROM events WHERE type = 'pack.scanned' "
        "AND payload->>'code' IN (SELECT code FROM packs WHERE passport_id = %(p)s) "
        "UNION SELECT site_id, intake_id FROM certificates WHERE number = %(q)s "
        "LIMIT %(n)s",
        {"q": q, "p": canonical_passport(q) or q, "n": MAX_INTAKES},
    ).fetchall()
    return sorted({(row["site_id"], row["intake_id"]) for row in rows})


_KIND = {
    "intake.created": "intake",
    "intake.vehicle_updated": "intake",
    "intake.documents_recorded": "intake",
    "pack.scanned": "pairing",
    "pack.unlinked": "pairing",
    "pack.triaged": "triage",
    "pack.passport_recorded": "pairing",
    "certificate.issued": "certificate",
    "certificate.voided": "certificate",
    "certificate.official_number_set": "certificate",
    "pack.handed_over": "handover",
    "pack.handover_completed": "handover",
    "report.recorded": "report",
    "photo.added": "photo",
}


def _detail(event_type: str, p: dict[str, Any], t: Words) -> str:
    if event_type == "intake.created":
        return str((p.get("vehicle") or {}).get("vin", ""))
    if event_type == "pack.scanned":
        return f"{p.get('code', '')} · {t('result.' + str(p.get('result', '')))}"
    if event_type == "pack.unlinked":
        return f"{p.get('code', '')} · {p.get('reason', '')}"
    if event_type == "pack.triaged":
        return " · ".join(str(p[k]) for k in ("pack_code", "code", "outcome", "state", "grade") if p.get(k))
    if event_type in ("certificate.issued", "certificate.voided"):
        return str(p.get("number") or p.get("entity_id") or "") + (f" · {p['reason']}" if p.get("reason") else "")
    if event_type == "pack.handed_over":
        receiver = p.get("receiver_uscc") or p.get("receiver_duns") or ""
        return f"{p.get('pack_code', '')} → {p.get('receiver_name', '')} ({receiver}) · {p.get('handed_over_on', '')}"
    if event_type == "report.recorded":
        return f"{p.get('kind', '')} · {p.get('subject', '')} · {p.get('reported_on', '')}"
    if event_type == "photo.added":
        return str(p.get("kind", ""))
    if event_type == "pack.passport_recorded":
        return f"{p.get('pack_code', '')} · {p.get('passport_id', '')}"
    if event_type.startswith("intake."):
        return ""
    return ""


def _journey(conn: psycopg.Connection, site_id: str, intake_id: str, t: Words) -> Journey:
    head = conn.execute(
        "SELECT y.name, v.vin, v.status, o.data AS owner FROM yards y "
        "LEFT JOIN vehicles v ON v.site_id = y.site_id AND v.intake_id = %(i)s "
        "LEFT JOIN owners o ON o.site_id = y.site_id AND o.intake_id = %(i)s WHERE y.site_id = %(s)s",
        {"s": site_id, "i": intake_id},
    ).fetchone()
    numbers = [r["number"] for r in conn.execute(
        "SELECT number FROM certificates WHERE site_id = %s AND intake_id = %s", [site_id, intake_id]
    ).fetchall()]  # fmt: skip
    events = conn.execute(
        "SELECT event_id, sequence, type, payload, created_at FROM events WHERE site_id = %s "
        "AND coalesce(payload->>'intake_id', payload->>'entity_id') = ANY(%s) ORDER BY created_at, sequence LIMIT %s",
        [site_id, [intake_id, *numbers], MAX_STEPS],
    ).fetchall()
    refused = {}
    if events:
        for row in conn.execute(
            "SELECT event_id, code, detail FROM rejections WHERE site_id = %s AND event_id = ANY(%s) ORDER BY id",
            [site_id, [e["event_id"] for e in events]],
        ).fetchall():
            refused.setdefault(row["event_id"], []).append(row)
    steps = []
    for e in events:
        kind = _KIND.get(e["type"], "intake" if e["type"].startswith("intake.") else "other")
        steps.append(Step(e["created_at"], kind, t("event." + e["type"], default=e["type"]),
                          _detail(e["type"], e["payload"], t)))  # fmt: skip
        for r in refused.get(e["event_id"], []):
            steps.append(Step(e["created_at"], "refusal", t("code." + r["code"], default=r["code"]), r["detail"],
                              refused=True))  # fmt: skip
    photos = [dict(row) for row in conn.execute(
        "SELECT p.sha256, p.kind, p.pack_code FROM console_photos p JOIN photos f USING (sha256) "
        "WHERE p.site_id = %s AND p.intake_id = %s AND f.complete ORDER BY p.sha256",
        [site_id, intake_id],
    ).fetchall()]  # fmt: skip
    owner = {k: str(v) for k, v in (head["owner"] or {}).items()} if head else {}
    return Journey(
        site_id=site_id,
        yard=head["name"] if head else site_id,
        intake_id=intake_id,
        vin=(head["vin"] or "") if head else "",
        status=(head["status"] or "") if head else "",
        owner=owner,
        steps=steps,
        photos=photos,
    )


def search_journeys(conn: psycopg.Connection, query: str, t: Words) -> list[Journey]:
    q = normalise_query(query)
    if not q:
        return []
    return [_journey(conn, site, intake, t) for site, intake in _found_intakes(conn, q)]


def journey_table(journeys: list[Journey], t: Words) -> Table:
    """The journeys as one CSV table (personal data left out: a CSV travels further than a screen)."""
    rows = [[j.yard, j.intake_id, j.vin, s.when, s.title, s.detail] for j in journeys for s in j.steps]
    headers = [t("col.yard"), t("col.intake"), t("col.vin"), t("col.when"), t("col.step"), t("col.detail")]
    return Table("journey", t("search.title"), headers, rows)
