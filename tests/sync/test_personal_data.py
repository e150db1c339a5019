"""Owner personal data never travels in clear: every owner field, the holder's nationality included, is sealed to head
office's key over HTTP and on a stick, opened only at head office, and refused there when a yard sends it in clear."""

from __future__ import annotations

import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.domain.records import Owner
from dismantler_app.hub.bundles import import_bundle_file
from dismantler_app.services import intakes
from dismantler_app.sync.bundle import receipt_path_for
from dismantler_app.sync.sealing import PERSONAL_KEYS, SEALED_KEY, Opener, Sealer, refuse_clear_personal_data
from dismantler_app.sync.wire import WireFormatError
from tests.services.yard_setup import bev
from tests.sync.yards import hub_rows

# Values unlike anything else in a batch, so finding one in the bytes can only mean it leaked.
OWNER = Owner(
    name="Johanna Schmidt-Leaktest",
    id_number="11010519491231002X",
    phone="+49 30 5550199",
    address="Leakstraße 12, Berlin",
    nationality="Deutsch-Leaktest",
    id_document_type="Reisepass-Leaktest",
)
HUB_KEY = X25519PrivateKey.generate()


def test_the_holders_nationality_is_personal_data():
    assert "owner_nationality" in PERSONAL_KEYS
    with pytest.raises(WireFormatError):
        refuse_clear_personal_data({"owner_nationality": "DE", "vin": "X"}, event_id="e1")


@given(
    personal=st.dictionaries(st.sampled_from(sorted(PERSONAL_KEYS)), st.text(min_size=1, max_size=30), min_size=1),
    other=st.dictionaries(st.sampled_from(["vin", "plate", "entity_id"]), st.text(max_size=10)),
)
def test_any_personal_field_is_sealed_and_opens_to_the_same_payload(personal, other):
    payload = other | personal
    sealed = Sealer(HUB_KEY.public_key()).seal_payload(payload, event_id="event-1")
    assert not PERSONAL_KEYS & set(sealed) and SEALED_KEY in sealed
    refuse_clear_personal_data(sealed, event_id="event-1")  # head office accepts it
    opened = Opener(HUB_KEY, Sealer(HUB_KEY.public_key()).ephemeral_key)  # another batch's key cannot open it
    with pytest.raises(ValueError):
        opened.open_payload(sealed, event_id="event-1")


def _owner_values() -> list[str]:
    return [OWNER.name, OWNER.id_number, OWNER.phone, OWNER.address, OWNER.nationality]


def test_the_nationality_is_sealed_over_http_and_head_office_opens_it(yard, hub_db):
    intake = intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(1), owner=OWNER)
    yard.sync.cut_new_batches()
    (batch,) = yard.sync._open_batches(yard.sync._site_id())
    body = yard.sync._encode(batch, yard.sync._link()).decode("utf-8")
    assert not [value for value in _owner_values() if value in body]
    assert "owner_nationality" not in body
    yard.sync.push(yard.client)
    (owner,) = hub_rows(hub_db[0], "SELECT intake_id, data FROM owners")
    assert owner["intake_id"] == intake and owner["data"]["owner_nationality"] == OWNER.nationality
    facts = json.dumps(hub_rows(hub_db[0], "SELECT facts FROM vehicles"), ensure_ascii=False)
    assert OWNER.nationality not in facts


def test_the_nationality_is_sealed_on_a_stick(yard, hub_db, tmp_path):
    intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(2), owner=OWNER)
    stick = tmp_path / "stick.dmb"
    yard.sync.export_bundle(stick)
    with zipfile.ZipFile(stick) as archive:
        raw = b"".join(archive.read(name) for name in archive.namelist()).decode("utf-8")
    assert not [value for value in _owner_values() if value in raw]
    import_bundle_file(hub_db[0], stick)
    yard.sync.import_receipt(receipt_path_for(stick))
    rows = hub_rows(hub_db[0], "SELECT data->>'owner_nationality' AS nationality FROM owners")
    assert rows == [{"nationality": OWNER.nationality}]
