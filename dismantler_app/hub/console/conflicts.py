"""Conflicts: one pack on two vehicles across yards, certificate-number conflicts when head office reports them, and
every refused event, each with what to do. From ``rejections`` (newest first, through its time index)."""

from __future__ import annotations

from collections.abc import Callable

import psycopg

from dismantler_app.hub.console.tables import Page, Table
from dismantler_app.sync.events import RejectionCode

MAX_LISTED = 300


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _advice(code: str, t: Callable[..., str]) -> str:
    return t("todo." + code, default=t("todo.other"))


def conflicts_page(conn: psycopg.Connection, *, t: Callable[..., str]) -> Page:
    packs = conn.execute(
        "SELECT r.rejected_at, y.name AS yard, e.payload->>'code' AS code, e.payload->>'vin' AS vin, r.other_yard, "
        "r.other_vin FROM rejections r JOIN yards y USING (site_id) "
        "LEFT JOIN events e ON e.site_id = r.site_id AND e.event_id = r.event_id "
        "WHERE r.code = %s ORDER BY r.rejected_at DESC, r.id DESC LIMIT %s",
        [RejectionCode.PACK_LINKED_ELSEWHERE.value, MAX_LISTED],
    ).fetchall()
    certificates = conn.execute(
        "SELECT r.rejected_at, y.name AS yard, r.code, r.detail, r.other_yard FROM rejections r "
        "JOIN yards y USING (site_id) WHERE r.code LIKE 'certificate%%' ORDER BY r.rejected_at DESC, r.id DESC "
        "LIMIT %s",
        [MAX_LISTED],
    ).fetchall()
    refused = conn.execute(
        "SELECT r.rejected_at, y.name AS yard, r.sequence, r.code, r.detail FROM rejections r "
        "JOIN yards y USING (site_id) ORDER BY r.rejected_at DESC, r.id DESC LIMIT %s",
        [MAX_LISTED],
    ).fetchall()
    page = Page("conflicts", t("conflicts.title"))
    page.tables.append(Table("packs", t("conflicts.packs"),
        [t("col.when"), t("col.pack"), t("col.yard"), t("col.vin"), t("col.other_yard"), t("col.other_vin"),
         t("col.todo")],
        [[_when(r["rejected_at"]), r["code"], r["yard"], r["vin"], r["other_yard"], r["other_vin"],
          _advice(RejectionCode.PACK_LINKED_ELSEWHERE.value, t)] for r in packs],
        t("empty.conflicts")))  # fmt: skip
    page.tables.append(Table("certificates", t("conflicts.certificates"),
        [t("col.when"), t("col.yard"), t("col.code"), t("col.detail"), t("col.other_yard"), t("col.todo")],
        [[_when(r["rejected_at"]), r["yard"], t("code." + r["code"], default=r["code"]), r["detail"], r["other_yard"],
          _advice(r["code"], t)] for r in certificates],
        t("empty.conflicts")))  # fmt: skip
    page.tables.append(Table("refused", t("conflicts.refused"),
        [t("col.when"), t("col.yard"), t("col.sequence"), t("col.code"), t("col.detail"), t("col.todo")],
        [[_when(r["rejected_at"]), r["yard"], r["sequence"], t("code." + r["code"], default=r["code"]), r["detail"],
          _advice(r["code"], t)] for r in refused],
        t("empty.refused")))  # fmt: skip
    return page
