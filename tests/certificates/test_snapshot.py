"""The frozen certificate content (JSON and back) and the yard's local day, as pure functions."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.certificates.samples import sample_document
from dismantler_app.domain.certificate import CertificateKind
from dismantler_app.domain.certificate_snapshot import SnapshotInvalid, document_from_snapshot, snapshot_of
from dismantler_app.domain.certificate_statement import build_statement
from dismantler_app.domain.records import Market
from dismantler_app.domain.yard_time import UnknownTimezone, local_day, local_day_of_stamp, yard_zone


@pytest.mark.parametrize("market", [Market.CN, Market.EU])
def test_a_snapshot_reads_back_as_the_original_whatever_sheet_it_was_taken_from(market: Market) -> None:
    original = sample_document(market, pack_count=12)
    void = sample_document(market, pack_count=12, kind=CertificateKind.VOID)

    for doc in (original, void, dataclasses.replace(original, kind=CertificateKind.COPY, reprint_count=3)):
        stored = json.loads(json.dumps(snapshot_of(doc), ensure_ascii=False))
        back = document_from_snapshot(stored)
        assert back == dataclasses.replace(original, official_number="")
        assert stored["statement"] == build_statement(back).decode("ascii")


def test_a_snapshot_whose_content_no_longer_matches_its_statement_is_refused() -> None:
    stored = snapshot_of(sample_document(Market.CN))
    stored["document"]["vehicle"]["vin"] = "LFV2A21K4G4000002"

    with pytest.raises(SnapshotInvalid, match="no longer matches"):
        document_from_snapshot(stored)


def test_an_edit_of_any_frozen_field_is_refused_since_the_statement_signs_their_digest() -> None:
    stored = snapshot_of(sample_document(Market.CN))
    stored["document"]["owner"]["name"] = "李雷"
    with pytest.raises(SnapshotInvalid, match="no longer matches"):
        document_from_snapshot(stored)
    assert "owner" in stored["document"] and "official_number" not in stored["document"]


def test_a_snapshot_of_the_old_statement_form_still_reads_back_and_cannot_see_unsigned_edits() -> None:
    doc = sample_document(Market.CN)
    stored = snapshot_of(doc)
    original = dataclasses.replace(doc, official_number="")
    stored["statement"] = build_statement(original, version=1).decode("ascii")
    assert document_from_snapshot(stored) == original
    stored["document"]["owner"]["name"] = "李雷"
    # version 1 signs only number, date, VIN, yard and packs: the database trigger is what refuses this edit
    assert document_from_snapshot(stored).owner.name == "李雷"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.sampled_from(["version", "document", "statement", "x"]), json_values, max_size=4))
def test_arbitrary_json_is_refused_as_an_invalid_snapshot_and_never_crashes(data: dict) -> None:
    with pytest.raises(SnapshotInvalid):
        document_from_snapshot(data)


GOOD = snapshot_of(sample_document(Market.EU))
FIELD_NAMES = sorted({*GOOD["document"], *GOOD["document"]["vehicle"], *GOOD["document"]["facility"]})


@given(st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=8), json_values, min_size=1, max_size=6))
def test_a_damaged_body_is_refused_or_still_agrees_with_its_signed_statement(damage: dict) -> None:
    document = GOOD["document"]
    for damaged in (
        {**document, **damage},
        {**document, "vehicle": {**document["vehicle"], **damage}},
        {**document, "facility": {**document["facility"], **damage}},
    ):
        try:
            doc = document_from_snapshot({**GOOD, "document": damaged})
        except SnapshotInvalid:
            continue
        # fields outside the statement (an address) may read back changed: the database trigger guards those;
        # whatever reads back is printable (text where text is printed)
        assert build_statement(doc).decode("ascii") == GOOD["statement"]
        assert all(isinstance(getattr(doc.owner, f), str) for f in ("name", "address", "nationality"))
        assert isinstance(doc.facility.address, str) and isinstance(doc.vehicle.plate, str)


def test_the_yards_day_follows_its_zone() -> None:
    late = datetime(2026, 6, 1, 23, 30, tzinfo=UTC)

    assert local_day(late, yard_zone("Asia/Shanghai")) == date(2026, 6, 2)
    assert local_day(late, yard_zone("Europe/Berlin")) == date(2026, 6, 2)
    assert local_day(late, yard_zone("America/New_York")) == date(2026, 6, 1)
    assert local_day_of_stamp(late.isoformat(), yard_zone("Asia/Shanghai")) == date(2026, 6, 2)
    with pytest.raises(ValueError, match="naive"):
        local_day(late.replace(tzinfo=None), yard_zone("Asia/Shanghai"))


@given(st.text(max_size=40))
def test_a_zone_name_is_a_known_iana_name_or_refused(name: str) -> None:
    try:
        zone = yard_zone(name)
    except UnknownTimezone as exc:
        assert "IANA" in str(exc)
    else:
        assert zone.key == name.strip()


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)),
    st.sampled_from(["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12"]),
)
def test_a_local_day_is_within_a_day_of_the_utc_day(moment: datetime, zone: str) -> None:
    assert abs(local_day(moment, yard_zone(zone)) - moment.date()) <= timedelta(days=1)
