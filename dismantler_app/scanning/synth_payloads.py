"""Random but valid payloads for the synthetic corpus: battery codes (bare and wrapped as makers print them), VINs.

Codes are composed by the domain's own composers, so the corpus can never drift from what the classifier accepts.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date

from dismantler_app.domain.battery_code import compose_battery_code
from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.vin import compose_vin

_ALNUM = string.ascii_uppercase + string.digits
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MANUFACTURERS = ("001", "071", "03U", "0AB", "12C")  # e.g. 001 CATL, 071 XPT, 03U NIO's pack maker


@dataclass(frozen=True)
class Payload:
    """What a symbol carries (``text``) and the code a correct reader must find in it."""

    text: str
    kind: CodeKind
    code: str
    wrapping: str = "bare"


def random_battery_code(rng: random.Random) -> str:
    return compose_battery_code(
        manufacturer=rng.choice(_MANUFACTURERS),
        level=rng.choice("PMC"),
        battery_type=rng.choice("BE"),
        spec="".join(rng.choices(_ALNUM, k=2)),
        traceability="".join(rng.choices(_ALNUM, k=7)),
        # days 27-31 are coded differently by different sources (domain notes); the corpus avoids them
        production_date=date(rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 26)),
        serial="".join(rng.choices(string.digits, k=7)),
    )


def random_vin(rng: random.Random) -> str:
    first16 = "".join(rng.choices(_VIN_CHARS, k=8)) + "".join(rng.choices(_VIN_CHARS, k=8))
    return compose_vin(first16)


def wrap_battery_code(code: str, wrapping: str, rng: random.Random) -> str:
    """The wrappings seen on real labels (domain notes: ``[>16`` + 36-character maker code + code; ``SN:…;PN:…``;
    trailing CR/LF; lower case)."""
    if wrapping == "maker36":
        return "[>16" + "".join(rng.choices(_ALNUM, k=36)) + code
    if wrapping == "sn_pn":
        return f"SN:{code};PN:{''.join(rng.choices(_ALNUM, k=10))}"
    if wrapping == "crlf_lower":
        return code.lower() + "\r\n"
    return code


def random_payload(rng: random.Random, *, allow_wrapped: bool = True, kind: CodeKind | None = None) -> Payload:
    kind = kind or rng.choice((CodeKind.BATTERY, CodeKind.BATTERY, CodeKind.VIN))
    if kind is CodeKind.VIN:
        vin = random_vin(rng)
        return Payload(vin, CodeKind.VIN, vin)
    code = random_battery_code(rng)
    wrapping = rng.choice(("bare", "bare", "maker36", "sn_pn", "crlf_lower")) if allow_wrapped else "bare"
    return Payload(wrap_battery_code(code, wrapping, rng), CodeKind.BATTERY, code, wrapping)
