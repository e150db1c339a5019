"""The wire form assembled from parts (hash text, event text) must equal the canonical JSON it stands for: head office
recomputes every hash from the parsed payload, so one differing byte would refuse a yard's batch as altered."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.storage.audit import canonical_json as stored_canonical_json
from dismantler_app.sync.wire import WIRE_VERSION, DbEpoch, EventId, SiteId, WireEvent, canonical_json, sha256_hex

text = st.text(max_size=20)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=12,
)
events = st.builds(
    WireEvent,
    site_id=text.map(SiteId),
    db_epoch=text.map(DbEpoch),
    sequence=st.integers(1, 2**40),
    event_id=text.map(EventId),
    type=text,
    payload=st.dictionaries(text, json_values, max_size=6),
    created_at=text,
    tx_id=text,
)


@given(events)
def test_the_assembled_hash_is_the_hash_of_the_canonical_list(event):
    listed = [WIRE_VERSION, event.site_id, event.db_epoch, event.sequence, event.event_id, event.type]
    expected = sha256_hex(canonical_json([*listed, event.payload, event.created_at]).encode("utf-8"))
    assert event.hash == expected
    # The yard hashes the payload text its outbox stored; it must come to the same hash.
    stored = dataclasses.replace(event, payload_text=stored_canonical_json(event.payload))
    assert stored.hash == expected


@given(events)
def test_the_event_text_is_the_canonical_json_of_the_event(event):
    assert event.json_text() == canonical_json(event.to_json())
    assert json.loads(event.json_text()) == event.to_json()
