"""Hypothesis strategies for VIN payloads: the places a label says a VIN is, and fields that must never be one."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.strategies import ALNUM, DIGITS, LINE_ENDS

GS, RS, EOT = "\x1d", "\x1e", "\x04"
# Symbology identifiers of VIN labels: Code 39, Code 128, Data Matrix and QR without GS1 (a GS1 identifier announces
# element strings, and GS1 has no application identifier for a VIN).
VIN_AIM_PREFIXES = ("]A0", "]C0", "]d1", "]Q1")
# ANSI MH10.8.2 data identifiers of other meaning than VIN: part numbers, serials, quantities, lots, dates.
OTHER_DATA_IDENTIFIERS = ("P", "1P", "30P", "S", "1S", "25S", "Q", "7Q", "1T", "9D", "K", "V", "2L", "B")


@st.composite
def vin_payloads(draw: st.DrawFn, vin: str) -> str:
    """``vin`` as a scanner may deliver it from a vehicle label: bare, with a symbology identifier, in a VIN field,
    after the data identifier ``I`` (ISO 15434 envelope or Code 39 door label)."""
    part = draw(st.text(alphabet=ALNUM, min_size=1, max_size=12))
    wrappers = [
        vin,
        draw(st.sampled_from(VIN_AIM_PREFIXES)) + vin,
        f"VIN:{vin};PN:{part}",
        f"PN:{part};VIN:{vin}",
        f'{{"vin":"{vin}","model":"{part}"}}',
        f"车辆识别代号：{vin}",
        f"[)>{RS}06{GS}I{vin}{GS}1P{part}{RS}{EOT}",
        f"I{vin}",
        f"{vin}\r\n{part}",
    ]
    payload = draw(st.sampled_from(wrappers))
    if draw(st.booleans()):
        payload = payload.lower()
    return draw(st.sampled_from(("", " ", "\t"))) + payload + draw(st.sampled_from(LINE_ENDS))


@st.composite
def iso15434_envelopes(draw: st.DrawFn, fields: list[tuple[str, str]]) -> str:
    """An ISO/IEC 15434 format 06 envelope holding ``fields`` (data identifier, value), maybe behind ``]d1``."""
    body = GS.join(f"{identifier}{value}" for identifier, value in fields)
    prefix = draw(st.sampled_from(("", "]d1", "]Q1")))
    return f"{prefix}[)>{RS}06{GS}{body}{RS}{EOT}"


def gtins() -> st.SearchStrategy[str]:
    return st.text(alphabet=DIGITS, min_size=14, max_size=14)
