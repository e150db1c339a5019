"""The packs panel's rows: expected against scanned, each with one large state, derived from an intake's facts and
the rule's verdict (so the panel can never disagree with the banner).

Plain Python on purpose: the widget only paints these rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dismantler_app.domain.eligibility import BlockCode, Eligibility, NoteCode
from dismantler_app.domain.records import IntakeFacts


class PackState(StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    MISMATCHED = "mismatched"
    LINKED_ELSEWHERE = "linked_elsewhere"
    UNEXPECTED = "unexpected"
    REPLACED = "replaced"  # resolved by a supervisor with a replacement record


@dataclass(frozen=True)
class PackRow:
    expected: str  # "" when nothing was expected for this row
    scanned: str  # "" when not scanned
    state: PackState
    detail: str = ""  # the other VIN for LINKED_ELSEWHERE, the record for REPLACED


def pack_rows(facts: IntakeFacts, eligibility: Eligibility) -> list[PackRow]:
    scanned = list(dict.fromkeys(p.code for p in facts.scanned))
    linked = {link.code: link.other_vin for link in facts.links_elsewhere}
    mismatched = {
        r.data["expected"]: r.data["scanned"] for r in eligibility.reasons if r.code is BlockCode.PACK_MISMATCH
    }
    replaced = {
        n.data["expected"]: (n.data["scanned"], n.data.get("document_ref", ""))
        for n in eligibility.notes
        if n.code is NoteCode.PACK_REPLACED
    }
    rows: list[PackRow] = []
    placed: set[str] = set()
    expected = facts.expected
    codes = list(dict.fromkeys(expected.codes)) if expected is not None else []
    for code in codes:
        if code in scanned:
            rows.append(_scanned_row(code, code, linked))
            placed.add(code)
        elif code in replaced:
            got, ref = replaced[code]
            rows.append(PackRow(code, got, PackState.REPLACED, ref))
            placed.add(got)
        elif code in mismatched:
            rows.append(PackRow(code, mismatched[code], PackState.MISMATCHED))
            placed.add(mismatched[code])
        else:
            rows.append(PackRow(code, "", PackState.MISSING))
    count_only = expected is not None and not codes
    for code in scanned:
        if code in placed:
            continue
        if code in linked:
            rows.append(PackRow("", code, PackState.LINKED_ELSEWHERE, linked[code]))
        else:
            rows.append(PackRow("", code, PackState.PRESENT if count_only else PackState.UNEXPECTED))
    if count_only:
        rows.extend(PackRow("", "", PackState.MISSING) for _ in range(expected.expected_count - len(scanned)))
    return rows


def _scanned_row(expected: str, code: str, linked: dict[str, str]) -> PackRow:
    if code in linked:
        return PackRow(expected, code, PackState.LINKED_ELSEWHERE, linked[code])
    return PackRow(expected, code, PackState.PRESENT)
