"""Battery passport ids: GS1 Digital Link URLs and Catena-X ids recognised, by property over the grammar, and
careless or hostile texts refused with a reason, never a traceback."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dismantler_app.domain.battery_passport import (
    CSET82,
    PassportScheme,
    canonical_gs1_uri,
    gtin_check_digit,
    parse_passport_id,
)
from dismantler_app.domain.codes import CodeRejected, RejectReason

DIGITS = "0123456789"
SERIALS = st.text(alphabet=sorted(CSET82), min_size=1, max_size=20)
HOSTS = st.sampled_from(["id.gs1.org", "example.com", "PASSPORT.BATTERY.EXAMPLE", "dl.maker.cn:8443", "u@h.eu"])
PREFIXES = st.lists(st.sampled_from(["/p", "/battery", "/dpp", "/v1"]), max_size=2).map(
    lambda p: "".join(f"/{x}" for x in p)
)
PART = st.text(alphabet=[chr(c) for c in range(0x21, 0x7F) if chr(c) != ":"], min_size=1, max_size=40)


def _encode(value: str) -> str:
    return "".join(c if c.isalnum() or c in "-._~" else f"%{ord(c):02X}" for c in value)


@st.composite
def gtins(draw: st.DrawFn) -> str:
    """GTIN-8, -12, -13 or -14 with a valid check digit."""
    length = draw(st.sampled_from([8, 12, 13, 14]))
    body = draw(st.text(alphabet=DIGITS, min_size=length - 1, max_size=length - 1))
    return body + gtin_check_digit(body)


@st.composite
def digital_links(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    """(url, gtin, cpv, lot, serial): any host, custom path, optional 22 and 10 before 21, optional query."""
    gtin, serial = draw(gtins()), draw(SERIALS)
    cpv = draw(st.one_of(st.just(""), SERIALS))
    lot = draw(st.one_of(st.just(""), SERIALS))
    short = draw(st.booleans())
    names = {"01": "gtin", "22": "cpv", "10": "lot", "21": "ser"} if short else {}
    path = f"/{names.get('01', '01')}/{gtin}"
    for ai, value in (("22", cpv), ("10", lot), ("21", serial)):
        if value:
            path += f"/{names.get(ai, ai)}/{_encode(value)}"
    scheme = draw(st.sampled_from(["https", "http", "HTTPS"]))
    query = draw(st.sampled_from(["", "?17=271231", "?linkType=gs1:batteryPassport&17=271231", "#top"]))
    return f"{scheme}://{draw(HOSTS)}{draw(PREFIXES)}{path}{query}", gtin, cpv, lot, serial


@given(digital_links())
def test_every_serialised_digital_link_is_a_passport_with_its_gtin_and_serial(link) -> None:
    url, gtin, cpv, lot, serial = link
    passport = parse_passport_id(url)
    assert passport.scheme is PassportScheme.GS1_DIGITAL_LINK
    assert (passport.gtin, passport.cpv, passport.lot, passport.serial) == (gtin.zfill(14), cpv, lot, serial)
    assert passport.link == url
    # the canonical id is on id.gs1.org and reads back as the same battery, whatever host printed the QR
    assert passport.id.startswith("https://id.gs1.org/01/")
    assert parse_passport_id(passport.id).id == passport.id


@given(digital_links())
def test_a_digital_link_with_a_wrong_check_digit_is_refused(link) -> None:
    url, gtin, *_ = link
    wrong = gtin[:-1] + str((int(gtin[-1]) + 1) % 10)
    assume(f"/{gtin}" in url)
    with pytest.raises(CodeRejected) as refused:
        parse_passport_id(url.replace(f"/{gtin}", f"/{wrong}", 1))
    assert refused.value.reason is RejectReason.BAD_CHECK_DIGIT


@given(gtins(), st.one_of(st.just(""), SERIALS))
def test_a_gtin_without_its_serial_names_a_product_not_one_battery(gtin: str, lot: str) -> None:
    url = f"https://example.com/01/{gtin}" + (f"/10/{_encode(lot)}" if lot else "")
    with pytest.raises(CodeRejected, match="serial /21/ is missing"):
        parse_passport_id(url)


@given(gtins(), SERIALS, SERIALS)
def test_key_qualifiers_out_of_the_standards_order_are_refused(gtin: str, serial: str, lot: str) -> None:
    with pytest.raises(CodeRejected, match="order 22, 10, 21"):
        parse_passport_id(f"https://example.com/01/{gtin}/21/{_encode(serial)}/10/{_encode(lot)}")


@given(st.text(alphabet=DIGITS, min_size=4, max_size=10), SERIALS)
def test_an_individual_asset_giai_is_a_passport(prefix: str, reference: str) -> None:
    giai = (prefix + reference)[:30]
    passport = parse_passport_id(f"https://example.com/8004/{_encode(giai)}")
    assert passport.giai == giai and passport.id == canonical_gs1_uri((("8004", giai),))


@given(PART, PART, st.sampled_from(["CX", "cx", "Cx"]))
def test_every_catena_x_id_is_a_passport(part: str, instance: str, prefix: str) -> None:
    passport = parse_passport_id(f"  {prefix}:{part}:{instance}\r\n")
    assert passport.scheme is PassportScheme.CATENA_X
    assert (passport.manufacturer_part_id, passport.part_instance_id) == (part, instance)
    assert passport.id == f"CX:{part}:{instance}"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", RejectReason.EMPTY),
        ("   ", RejectReason.EMPTY),
        ("CX::1", RejectReason.BAD_FORMAT),
        ("CX:a:b:c", RejectReason.BAD_FORMAT),
        ("CX:a b:c", RejectReason.BAD_FORMAT),
        ("CX:部件:1", RejectReason.BAD_CHARACTER),
        ("https:///01/09506000134352/21/1", RejectReason.BAD_FORMAT),
        ("https://example.com/", RejectReason.NO_CODE_FOUND),
        ("https://example.com/01/0950600013435X/21/1", RejectReason.BAD_CHARACTER),
        ("https://example.com/01/950600013435/21/1", RejectReason.BAD_CHECK_DIGIT),
        ("https://example.com/01/09506000134/21/1", RejectReason.WRONG_LENGTH),
        ("https://example.com/01/09506000134352/21/" + "A" * 21, RejectReason.WRONG_LENGTH),
        ("https://example.com/01/09506000134352/21/%ZZ", RejectReason.BAD_FORMAT),
        ("https://example.com/01/09506000134352/21/%C3%A9", RejectReason.BAD_CHARACTER),
        ("https://example.com/01/09506000134352/21/%FF", RejectReason.BAD_CHARACTER),
        ("https://example.com/01/09506000134352/17/271231", RejectReason.BAD_FORMAT),
        ("https://example.com/01/09506000134352/21/1 2", RejectReason.BAD_CHARACTER),
        ("ftp://example.com/01/09506000134352/21/1", RejectReason.BAD_FORMAT),
        ("001PE01ABC1234B5H0000101", RejectReason.BAD_FORMAT),
    ],
)
def test_careless_and_hostile_texts_are_refused_with_a_reason(text: str, reason: RejectReason) -> None:
    with pytest.raises(CodeRejected) as refused:
        parse_passport_id(text)
    assert refused.value.reason is reason


@given(st.text(max_size=200))
def test_any_text_is_a_passport_or_a_reason_never_a_crash(text: str) -> None:
    try:
        passport = parse_passport_id(text)
    except CodeRejected as refused:
        assert isinstance(refused.reason, RejectReason)
    else:
        assert parse_passport_id(passport.id) == parse_passport_id(passport.id)


def test_a_real_looking_label_reads_as_its_canonical_id() -> None:
    passport = parse_passport_id("https://dpp.example-battery.eu/p/01/09506000134352/10/L2611/21/SN%2F0001?17=351231")
    assert passport.id == "https://id.gs1.org/01/09506000134352/10/L2611/21/SN%2F0001"
    assert passport.fields() == {
        "scheme": "gs1_digital_link", "id": passport.id, "gtin": "09506000134352", "serial": "SN/0001",
        "lot": "L2611",
    }  # fmt: skip
