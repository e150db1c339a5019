"""Hypothesis strategies for valid identifiers and the payload wrappers scanners put around them.

Shared by the parser, scanning, storage and service tests: ``battery_codes()``, ``cascade_codes()``, ``vins()``,
``usccs()`` produce valid codes (as text); ``battery_code_parts()`` the keyword arguments that compose them;
``wrapped_payloads(code)`` the code as a scanner may deliver it.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st
from stdnum.cn import uscc as stdnum_uscc

from dismantler_app.domain.battery_code import (
    BATTERY_TYPES,
    PackLevel,
    compose_battery_code,
    compose_cascade_code,
)
from dismantler_app.domain.vin import compose_vin

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
AIM_PREFIXES = ("]C1", "]C0", "]Q1", "]Q3", "]d1", "]d2", "]A0", "]E0")
LINE_ENDS = ("", "\r", "\n", "\r\n", "\t", "\r\n\x00", " ")


def _chars(alphabet: str, size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=size, max_size=size)


def battery_code_parts(*, numeric_serial: bool = False) -> st.SearchStrategy[dict]:
    """Keyword arguments for :func:`compose_battery_code`: every field, any date the code can carry."""
    return st.fixed_dictionaries(
        {
            "manufacturer": _chars(ALNUM, 3),
            "level": st.sampled_from(list(PackLevel)),
            "battery_type": st.sampled_from(sorted(BATTERY_TYPES)),
            "spec": _chars(ALNUM, 2),
            "traceability": _chars(ALNUM, 7),
            "production_date": st.dates(min_value=date(2011, 1, 1), max_value=date(2040, 12, 31)),
            "serial": _chars(DIGITS if numeric_serial else ALNUM, 7),
        }
    )


def battery_codes(*, numeric_serial: bool = False) -> st.SearchStrategy[str]:
    """Valid 24-character codes (upper case)."""
    return battery_code_parts(numeric_serial=numeric_serial).map(lambda parts: compose_battery_code(**parts))


def cascade_codes() -> st.SearchStrategy[str]:
    """Valid 19-character cascade-use codes (upper case)."""
    return st.builds(
        lambda parts, cascade_level: compose_cascade_code(
            **{k: v for k, v in parts.items() if k != "traceability"}, cascade_level=cascade_level
        ),
        battery_code_parts(),
        st.sampled_from(list(PackLevel)),
    )


def vins() -> st.SearchStrategy[str]:
    """Valid VINs: no I O Q, the right check digit at position 9."""
    return _chars(VIN_ALPHABET, 16).map(compose_vin)


@st.composite
def usccs(draw: st.DrawFn) -> str:
    """Valid unified social credit codes (positions 1-8 digits, GB 11714 organisation code, check character)."""
    head = draw(st.sampled_from(["91", "92", "93", "11", "12", "51", "52", "53"])) + draw(_chars(DIGITS, 6))
    body = draw(_chars(USCC_ALPHABET, 8))
    values = [int(c) if c.isdigit() else ord(c) - ord("A") + 10 for c in body]
    remainder = 11 - sum(v * w for v, w in zip(values, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    organisation = body + {10: "X", 11: "0"}.get(remainder, str(remainder))
    return head + organisation + stdnum_uscc.calc_check_digit(head + organisation)


def _spaced(code: str) -> str:
    # How a label prints a battery code for people: groups at the field boundaries of GB/T 34014.
    cuts = (3, 4, 5, 7, 14, 17) if len(code) == 24 else (3, 5, 7, 10, 17)
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(code[start:cut])
        start = cut
    return " ".join([*pieces, code[start:]])


@st.composite
def wrapped_payloads(draw: st.DrawFn, code: str) -> str:
    """``code`` as a scanner may deliver it: a wrapper, maybe lower case, maybe a line end or stray NUL."""
    part = draw(_chars(ALNUM, draw(st.integers(1, 12))))
    gtin = draw(_chars(DIGITS, 14))
    wrappers = [
        code,
        draw(st.sampled_from(AIM_PREFIXES)) + code,
        f"SN:{code};PN:{part}",
        f"PN:{part};SN:{code}",
        f"SN: {code}; PN: {part}",
        f'{{"sn":"{code}","pn":"{part}"}}',
        f"S/N={code}&P/N={part}",
        f"]C101{gtin}21{code}\x1d10{part}",
        f"\x1d01{gtin}21{code}",
        f"(01){gtin}(21){code}",
        f"[)>\x1e06\x1dS{code}\x1d1P{part}\x1e\x04",
        f"电池编码：{code}",
        f"https://passport.example.com/id/{code}?v=1",
        f"{code}\r\n{part}",
    ]
    if len(code) in (24, 19):
        wrappers.append("[>16" + draw(_chars(ALNUM, 36)) + code)
        wrappers.append("]d2[>16" + draw(_chars(ALNUM, 36)) + code)
        wrappers.append(_spaced(code))
    payload = draw(st.sampled_from(wrappers))
    if draw(st.booleans()):
        payload = payload.lower()
    return draw(st.sampled_from(("", " ", "\t"))) + payload + draw(st.sampled_from(LINE_ENDS))
