"""The certificate rule, one row per block reason, plus the exemptions that must stay visible."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dismantler_app.domain.eligibility import BlockCode, NoteCode, certificate_eligibility
from dismantler_app.domain.policy import HevHandling, Policy, default_policy
from dismantler_app.domain.records import (
    CheckState,
    DamageFlag,
    DocumentKind,
    Documents,
    ExpectedPacks,
    ExpectedSource,
    IntakeFacts,
    Market,
    PackLink,
    PhotoKind,
    Powertrain,
    Replacement,
    RiskClass,
    ScannedPack,
    Triage,
    UserId,
    Vehicle,
)

VIN = "1M8GDM9AXKP042788"  # ISO 3779 textbook example with a valid check digit
PACK_A = "001PE0A1234567F6A0000123"
PACK_B = "001PE0A1234567F6A0000124"
PACK_C = "071PB0A7654321G1B0000001"
CN = default_policy(Market.CN)

ALL_DOCS = Documents(
    received=frozenset(DocumentKind),
    mortgage_check=CheckState.CLEAR,
    theft_check=CheckState.CLEAR,
    identifier_check=CheckState.CLEAR,
)


def triaged(*codes: str, **kw) -> dict[str, Triage]:
    kw.setdefault("risk_class", RiskClass.NORMAL)
    return {c: Triage(pack_code=c, **kw) for c in codes}


ALL_PHOTOS = frozenset({PhotoKind.EXTERIOR, PhotoKind.VIN, PhotoKind.BATTERY_LABEL})


def complete_bev(**changes) -> IntakeFacts:
    facts = IntakeFacts(
        vehicle=Vehicle(vin=VIN, powertrain=Powertrain.BEV),
        documents=ALL_DOCS,
        expected=ExpectedPacks(ExpectedSource.REGISTERED, codes=(PACK_A, PACK_B)),
        scanned=(ScannedPack(PACK_A), ScannedPack(PACK_B)),
        triage=triaged(PACK_A, PACK_B),
        photos=ALL_PHOTOS,
    )
    return replace(facts, **changes)


def test_a_complete_new_energy_vehicle_is_eligible():
    result = certificate_eligibility(complete_bev(), CN)
    assert result.eligible, result.reasons
    assert result.notes == ()


BLOCK_CASES = [
    ("vin invalid", complete_bev(vehicle=Vehicle(vin="1M8GDM9AXKP04278I")), BlockCode.VIN_INVALID),
    ("vin check digit", complete_bev(vehicle=Vehicle(vin="1M8GDM9A1KP042788")), BlockCode.VIN_CHECK_DIGIT),
    (
        "documents incomplete",
        complete_bev(documents=replace(ALL_DOCS, received=frozenset({DocumentKind.OWNER_ID}))),
        BlockCode.DOCUMENTS_INCOMPLETE,
    ),
    (
        "mortgage check not done",
        complete_bev(documents=replace(ALL_DOCS, mortgage_check=CheckState.NOT_DONE)),
        BlockCode.CHECK_PENDING,
    ),
    (
        "mortgaged",
        complete_bev(documents=replace(ALL_DOCS, mortgage_check=CheckState.FLAGGED)),
        BlockCode.MORTGAGED,
    ),
    (
        "suspected stolen",
        complete_bev(documents=replace(ALL_DOCS, theft_check=CheckState.FLAGGED)),
        BlockCode.SUSPECTED_STOLEN,
    ),
    (
        "forged identifiers",
        complete_bev(documents=replace(ALL_DOCS, identifier_check=CheckState.FLAGGED)),
        BlockCode.IDENTIFIERS_SUSPECT,
    ),
    (
        "powertrain not chosen",
        complete_bev(vehicle=Vehicle(vin=VIN, powertrain=Powertrain.UNKNOWN)),
        BlockCode.POWERTRAIN_NOT_CHOSEN,
    ),
    ("frame missing", complete_bev(vehicle=Vehicle(vin=VIN, frame_present=False)), BlockCode.FRAME_MISSING),
    (
        "engine missing",
        complete_bev(vehicle=Vehicle(vin=VIN, engine_present=False)),
        BlockCode.ENGINE_MISSING,
    ),
    (
        "pack missing",
        complete_bev(scanned=(ScannedPack(PACK_A),), triage=triaged(PACK_A)),
        BlockCode.PACK_MISSING,
    ),
    (
        "pack unexpected",
        complete_bev(
            scanned=(ScannedPack(PACK_A), ScannedPack(PACK_B), ScannedPack(PACK_C)),
            triage=triaged(PACK_A, PACK_B, PACK_C),
        ),
        BlockCode.PACK_UNEXPECTED,
    ),
    (
        "pack mismatch",
        complete_bev(scanned=(ScannedPack(PACK_A), ScannedPack(PACK_C)), triage=triaged(PACK_A, PACK_C)),
        BlockCode.PACK_MISMATCH,
    ),
    (
        "pack linked to another vehicle",
        complete_bev(links_elsewhere=(PackLink(PACK_B, other_vin="LSVAU2180N2183294", other_yard="SH02"),)),
        BlockCode.PACK_LINKED_ELSEWHERE,
    ),
    ("no expected packs known", complete_bev(expected=None), BlockCode.EXPECTED_PACKS_UNKNOWN),
    (
        "declared packs not confirmed",
        complete_bev(expected=ExpectedPacks(ExpectedSource.DECLARED, count=2)),
        BlockCode.DECLARATION_UNCONFIRMED,
    ),
    (
        "no traction pack at all",
        complete_bev(
            expected=ExpectedPacks(ExpectedSource.DECLARED, count=0, confirmed_by=UserId("sup")),
            scanned=(),
            triage={},
        ),
        BlockCode.NO_TRACTION_PACK,
    ),
    ("triage missing", complete_bev(triage=triaged(PACK_A)), BlockCode.TRIAGE_MISSING),
    (
        "abnormal pack without quarantine location",
        complete_bev(triage=triaged(PACK_A, PACK_B, risk_class=RiskClass.HIGH)),
        BlockCode.QUARANTINE_MISSING,
    ),
    (
        "damaged pack without quarantine location",
        complete_bev(triage=triaged(PACK_A, PACK_B, damage=frozenset({DamageFlag.SWELLING}))),
        BlockCode.QUARANTINE_MISSING,
    ),
    ("vin plate photo missing", complete_bev(photos=ALL_PHOTOS - {PhotoKind.VIN}), BlockCode.PHOTO_MISSING),
]


@pytest.mark.parametrize(("facts", "code"), [c[1:] for c in BLOCK_CASES], ids=[c[0] for c in BLOCK_CASES])
def test_each_block_reason_is_reported_alone(facts, code):
    result = certificate_eligibility(facts, CN)
    assert not result.eligible
    assert result.codes() == {code}


def test_every_block_code_has_a_case():
    assert {c[2] for c in BLOCK_CASES} == set(BlockCode)


def test_all_reasons_are_reported_at_once():
    facts = complete_bev(
        vehicle=Vehicle(vin=VIN, frame_present=False),
        documents=replace(ALL_DOCS, mortgage_check=CheckState.FLAGGED),
        scanned=(),
        triage={},
    )
    result = certificate_eligibility(facts, CN)
    assert result.codes() == {
        BlockCode.FRAME_MISSING,
        BlockCode.MORTGAGED,
        BlockCode.PACK_MISSING,
        BlockCode.NO_TRACTION_PACK,
    }
    missing = sorted(r.data["expected"] for r in result.reasons if r.code is BlockCode.PACK_MISSING)
    assert missing == [PACK_A, PACK_B]


def test_a_mismatch_names_both_packs_and_a_replacement_record_resolves_it_visibly():
    facts = complete_bev(scanned=(ScannedPack(PACK_A), ScannedPack(PACK_C)), triage=triaged(PACK_A, PACK_C))
    blocked = certificate_eligibility(facts, CN)
    (reason,) = blocked.reasons
    assert dict(reason.data) == {"expected": PACK_B, "scanned": PACK_C}

    resolved = replace(facts, replacements=(Replacement(PACK_B, PACK_C, document_ref="WO-2025-0042"),))
    result = certificate_eligibility(resolved, CN)
    assert result.eligible
    assert [n.code for n in result.notes] == [NoteCode.PACK_REPLACED]
    assert result.notes[0].data["document_ref"] == "WO-2025-0042"


def test_a_replacement_without_a_document_reference_resolves_nothing():
    facts = complete_bev(
        scanned=(ScannedPack(PACK_A), ScannedPack(PACK_C)),
        triage=triaged(PACK_A, PACK_C),
        replacements=(Replacement(PACK_B, PACK_C, document_ref="  "),),
    )
    assert certificate_eligibility(facts, CN).codes() == {BlockCode.PACK_MISMATCH}


def test_an_ice_vehicle_needs_no_pack():
    facts = complete_bev(vehicle=Vehicle(vin=VIN, powertrain=Powertrain.ICE), expected=None, scanned=(), triage={})
    assert certificate_eligibility(facts, CN).eligible


@pytest.mark.parametrize("powertrain", [Powertrain.BEV, Powertrain.PHEV, Powertrain.EREV, Powertrain.FCEV])
def test_every_new_energy_powertrain_is_blocked_without_its_pack(powertrain):
    facts = complete_bev(vehicle=Vehicle(vin=VIN, powertrain=powertrain), scanned=(), triage={})
    assert BlockCode.PACK_MISSING in certificate_eligibility(facts, CN).codes()


def test_a_hybrid_blocks_only_when_head_office_registered_its_pack_by_default():
    hev = Vehicle(vin=VIN, powertrain=Powertrain.HEV)
    registered = complete_bev(vehicle=hev, scanned=(), triage={})
    assert certificate_eligibility(registered, CN).codes() == {BlockCode.PACK_MISSING}
    unknown = complete_bev(vehicle=hev, expected=None, scanned=(), triage={})
    assert certificate_eligibility(unknown, CN).eligible
    record_only = replace(CN, hev_handling=HevHandling.RECORD_ONLY)
    assert certificate_eligibility(registered, record_only).eligible
    as_nev = replace(CN, hev_handling=HevHandling.AS_NEV)
    assert certificate_eligibility(unknown, as_nev).codes() == {
        BlockCode.EXPECTED_PACKS_UNKNOWN,
        BlockCode.NO_TRACTION_PACK,
    }


def test_a_swap_model_is_exempt_but_the_exemption_is_recorded():
    facts = complete_bev(vehicle=Vehicle(vin=VIN, battery_swap_model=True), scanned=(), triage={})
    result = certificate_eligibility(facts, CN)
    assert result.eligible
    assert [n.code for n in result.notes] == [NoteCode.SWAP_MODEL_EXEMPT]
    strict = replace(CN, swap_model_exempt=False)
    assert BlockCode.PACK_MISSING in certificate_eligibility(facts, strict).codes()


def test_the_owner_statement_path_is_off_by_default_and_says_so():
    docs = replace(ALL_DOCS, owner_statement_battery_missing=True)
    facts = complete_bev(documents=docs, scanned=(), triage={})
    result = certificate_eligibility(facts, CN)
    assert BlockCode.PACK_MISSING in result.codes()
    assert NoteCode.OWNER_STATEMENT_NOT_ACCEPTED in {n.code for n in result.notes}

    allowed = certificate_eligibility(facts, replace(CN, owner_statement_allowed=True))
    assert allowed.eligible
    assert [n.code for n in allowed.notes] == [NoteCode.OWNER_STATEMENT_USED]


def test_a_linked_pack_blocks_even_an_exempt_swap_model():
    facts = complete_bev(
        vehicle=Vehicle(vin=VIN, battery_swap_model=True),
        links_elsewhere=(PackLink(PACK_A, other_vin="LSVAU2180N2183294"),),
    )
    assert certificate_eligibility(facts, CN).codes() == {BlockCode.PACK_LINKED_ELSEWHERE}


def test_a_model_count_without_codes_is_compared_by_count():
    facts = complete_bev(
        expected=ExpectedPacks(ExpectedSource.MODEL, count=2),
        scanned=(ScannedPack(PACK_C),),
        triage=triaged(PACK_C),
    )
    (reason,) = certificate_eligibility(facts, CN).reasons
    assert reason.code is BlockCode.PACK_MISSING
    assert dict(reason.data) == {"expected_count": "2", "scanned_count": "1"}


def test_the_same_pack_scanned_twice_counts_once():
    facts = complete_bev(scanned=(ScannedPack(PACK_A), ScannedPack(PACK_A)), triage=triaged(PACK_A))
    assert certificate_eligibility(facts, CN).codes() == {BlockCode.PACK_MISSING}


def test_the_eu_market_only_warns_about_a_vin_check_digit():
    facts = complete_bev(vehicle=Vehicle(vin="1M8GDM9A1KP042788"))
    result = certificate_eligibility(facts, default_policy(Market.EU))
    assert result.eligible
    assert [n.code for n in result.notes] == [NoteCode.VIN_CHECK_DIGIT_IGNORED]


def test_a_policy_survives_a_round_trip_through_json_and_ignores_unknown_keys():
    policy = replace(
        default_policy(Market.EU),
        owner_statement_allowed=True,
        hev_handling=HevHandling.AS_NEV,
        required_documents=frozenset({DocumentKind.PLATES}),
    )
    data = policy.to_json() | {"a_setting_from_a_newer_version": 1}
    assert Policy.from_json(data) == policy


def test_each_missing_required_photo_is_named_and_a_petrol_car_needs_no_battery_label():
    result = certificate_eligibility(complete_bev(photos=frozenset({PhotoKind.DAMAGE})), CN)
    assert [r.data for r in result.reasons] == [{"kind": "battery_label"}, {"kind": "exterior"}, {"kind": "vin"}]

    petrol = complete_bev(
        vehicle=Vehicle(vin=VIN, powertrain=Powertrain.ICE),
        expected=None,
        scanned=(),
        triage={},
        photos=frozenset({PhotoKind.EXTERIOR, PhotoKind.VIN}),
    )
    assert certificate_eligibility(petrol, CN).eligible

    relaxed = replace(CN, required_photos=frozenset({PhotoKind.EXTERIOR}))
    assert certificate_eligibility(complete_bev(photos=frozenset({PhotoKind.EXTERIOR})), relaxed).eligible


def test_a_policy_round_trips_its_required_photos_and_triage_readings():
    policy = replace(CN, required_photos=frozenset({PhotoKind.VIN}), triage_requires_insulation=False)
    assert Policy.from_json(policy.to_json()) == policy
    assert Policy.from_json({"market": "cn"}).required_photos == CN.required_photos
