"""The classifier recognises the EU battery passport ids (GS1 Digital Link, Catena-X) and GB/T 45565 codes, by
property over their grammars, after the kinds it knew before (a GB/T 34014 code or an accepted VIN in the same
payload still wins), and careless reads of them are unknown with the reason, never a wrong kind."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dismantler_app.domain.battery_passport import gtin_check_digit, parse_passport_id
from dismantler_app.domain.classifier import IS_PASSPORT, classify
from dismantler_app.domain.codes import CodeKind, RejectReason
from tests.domain.test_battery_passport import PART, digital_links
from tests.domain.test_gbt45565 import gbt45565_codes
from tests.strategies import battery_codes, vins

CARELESS_EDGES = st.sampled_from(["", " ", "\r\n", "\t", "  \n", "]Q1"])


def _passport_or_an_older_kind(text: str) -> CodeKind:
    """A passport, or (precedence) a GB/T 34014 code or VIN found in it, which then says it was a passport."""
    found = classify(text)
    if found.kind in (CodeKind.BATTERY, CodeKind.VIN):
        assert IS_PASSPORT in found.warnings
    return found.kind


@given(digital_links(), CARELESS_EDGES, st.sampled_from(["", "\r\n", " "]))
def test_every_digital_link_read_is_a_battery_passport_with_its_canonical_id(link, before: str, after: str) -> None:
    url = link[0]
    if _passport_or_an_older_kind(before + url + after) is not CodeKind.BATTERY_PASSPORT:
        return
    found = classify(before + url + after)
    assert found.code == parse_passport_id(url).id
    assert found.fields["gtin"] == link[1].zfill(14) and found.fields["serial"] == link[4]
    assert classify(found.code).code == found.code  # the canonical id reads as itself


@given(digital_links())
def test_a_digital_link_is_a_passport_unless_it_holds_an_older_kind(link) -> None:
    """Serials are at most 20 characters (AI 21), so a GB/T 34014 code (24) never hides in one; only a cascade code
    or a VIN with a valid check digit could, and those are rare in the grammar's space."""
    assert _passport_or_an_older_kind(link[0]) in (CodeKind.BATTERY_PASSPORT, CodeKind.BATTERY, CodeKind.VIN)


@given(digital_links(), st.integers(1, 9))
def test_a_digital_link_whose_gtin_check_digit_is_wrong_is_unknown_for_that_reason(link, shift: int) -> None:
    url, gtin = link[0], link[1]
    wrong = gtin[:-1] + str((int(gtin[-1]) + shift) % 10)
    bad = url.replace(f"/{gtin}", f"/{wrong}", 1)
    assume(bad != url)
    found = classify(bad)
    assume(found.kind not in (CodeKind.BATTERY, CodeKind.VIN, CodeKind.USCC))  # the serial may be one of those
    assert found.kind is CodeKind.UNKNOWN
    assert found.reason is RejectReason.BAD_CHECK_DIGIT


@given(PART, PART, st.sampled_from(["CX", "cx", "cX"]), CARELESS_EDGES, st.sampled_from(["", "\r\n", " "]))
def test_every_catena_x_id_is_a_battery_passport(part: str, instance: str, prefix: str, before: str, after: str):
    text = f"{before}{prefix}:{part}:{instance}{after}"
    if _passport_or_an_older_kind(text) is not CodeKind.BATTERY_PASSPORT:
        return
    found = classify(text)
    assert found.code == f"CX:{part}:{instance}"
    assert (found.fields["manufacturer_part_id"], found.fields["part_instance_id"]) == (part, instance)


@given(gbt45565_codes(), CARELESS_EDGES, st.sampled_from(["", "\r\n", " "]), st.booleans())
def test_every_gbt45565_code_is_recognised_as_one(parts, before: str, after: str, lower: bool) -> None:
    code, *_ = parts
    found = classify(before + (code.lower() if lower else code) + after)
    if found.kind is CodeKind.BATTERY:
        assert found.code in code  # its variable part is a GB/T 34014 code: that code wins (precedence)
        return
    assert found.kind is CodeKind.GBT45565
    assert found.code == code
    assert found.fields["standard"] == "GB/T 45565-2025"
    assert found.fields["enterprise"] == parts[1] and found.fields["product_type"] == parts[2]


@given(battery_codes())
def test_a_gbt34014_code_stays_a_battery_code_inside_a_catena_x_id(code: str) -> None:
    found = classify(f"CX:PACK-7:{code}")
    assert found.kind is CodeKind.BATTERY and found.code == code
    assert IS_PASSPORT in found.warnings


@given(battery_codes())
def test_a_gbt34014_code_is_never_taken_for_a_passport_or_a_gbt45565_code(code: str) -> None:
    assert classify(code).kind is CodeKind.BATTERY


@given(vins())
def test_a_vin_stays_a_vin(vin: str) -> None:
    assert classify(vin).kind is CodeKind.VIN


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("CX::A1", RejectReason.BAD_FORMAT),
        ("CX:A1:", RejectReason.BAD_FORMAT),
        ("CX::", RejectReason.BAD_FORMAT),
        ("cx: A1 : B2", RejectReason.BAD_FORMAT),
        ("https://example.com/01/09506000134353/21/SN1", RejectReason.BAD_CHECK_DIGIT),
        ("https://example.com/01/09506000134352", RejectReason.BAD_FORMAT),  # a product, not one battery
        ("https://example.com/01/09506000134352/21/SN 1", RejectReason.BAD_CHARACTER),
        ("https://example.com/about", RejectReason.NO_CODE_FOUND),
    ],
)
def test_careless_passport_reads_are_unknown_with_the_reason(text: str, reason: RejectReason) -> None:
    found = classify(text)
    assert (found.kind, found.reason) == (CodeKind.UNKNOWN, reason)


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        (" https://id.gs1.org/01/09506000134352/21/SN1 \r\n", CodeKind.BATTERY_PASSPORT,
         "https://id.gs1.org/01/09506000134352/21/SN1"),
        ("HTTPS://Resolver.Example.EU/dpp/01/9506000134352/21/sn1?17=271231", CodeKind.BATTERY_PASSPORT,
         "https://id.gs1.org/01/09506000134352/21/sn1"),
        ("]Q1cx:PART-1:0042\r", CodeKind.BATTERY_PASSPORT, "CX:PART-1:0042"),
        ("  0a1bf2611k-000123 ", CodeKind.GBT45565, "0A1BF2611K-000123"),
        ("0A1BF2611K-R-000123", CodeKind.GBT45565, "0A1BF2611K-R-000123"),
    ],
)  # fmt: skip
def test_careless_reads_of_the_new_kinds_are_recognised(text: str, kind: CodeKind, code: str) -> None:
    found = classify(text)
    assert (found.kind, found.code) == (kind, code)


@pytest.mark.parametrize(
    "text",
    [
        "0I1BF2611K-000123",  # I is never in an enterprise code
        "0A1BX2611K-000123",  # X is no product type
        "0A1B-000123",  # the fixed part is too short
        "0A1BF2611K-",
        "0A1BF2611K-00-12",
        "SN:0A1BF2611K-000123",  # never cut out of a longer payload
        "2025-11-01",
    ],
)
def test_near_misses_of_gbt45565_are_not_taken_for_it(text: str) -> None:
    assert classify(text).kind is not CodeKind.GBT45565


@given(st.text(max_size=120))
def test_any_text_is_classified_without_a_crash(text: str) -> None:
    found = classify(text)
    if found.kind is CodeKind.BATTERY_PASSPORT:
        assert found.code == parse_passport_id(found.code or "").id
    if found.kind is CodeKind.UNKNOWN:
        assert found.reason is not None


def test_the_gtin_check_digit_used_above_is_the_gs1_one() -> None:
    assert gtin_check_digit("0950600013435") == "2"
