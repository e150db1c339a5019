"""Lithium-ion battery codes of GB/T 45565-2025 《锂离子电池编码规则》 (published 2025-04-25, in force 2025-11-01):
cells, modules, packs, clusters and systems of consumer, light-power (e-bikes, e-motorcycles), large-power (ships,
aircraft) and energy-storage batteries. Car traction batteries are outside its scope (clause 1) and stay under
GB/T 34014-2017 (:mod:`dismantler_app.domain.battery_code`).

What could be read, and how sure it is:

- Clause 1 (scope), clause 2 (character set: GB/T 1988, i.e. ISO 646 7-bit; OCR-B per GB/T 12508 for the printed
  text) and the chapter list (4 coding objects, 5 coding structure, 6 representation, 7 marking, Annex A time code)
  come from the standard's published front matter (CESI announcement of 2025-05-13; the publisher's sample pages).
- The structure below comes from published summaries of clause 5, not from the standard's text, which was not
  available: a **fixed part** and a **variable part** separated by ``-``; a re-used (cascade-use) battery carries
  ``-R`` after the fixed part; the fixed part opens with a 4-character **enterprise code** (digits and capital
  letters without ``I`` and ``O``) followed by a 1-letter **product type code** (table below).
- Not decoded, because their lengths and tables could not be confirmed: the rest of the fixed part (battery type,
  Annex A time code) and the variable part (the enterprise's product identification code). They are kept whole.

So :func:`parse_gbt45565_code` checks only the separator, the enterprise code's characters, the product type letter
and that both parts are capital letters and digits; a correction is a change to the tables here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from dismantler_app.domain.codes import CodeRejected, RejectReason

__all__ = ["PRODUCT_TYPES", "Gbt45565Code", "Segment", "parse_gbt45565_code"]

ENTERPRISE_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")  # no I, no O
CASCADE_MARK = "R"


class Segment(StrEnum):
    """The application field of clause 4 (the code's scope)."""

    CONSUMER = "consumer"
    LIGHT_POWER = "light_power"  # 小动力型: e-bikes, e-motorcycles, scooters
    LARGE_POWER = "large_power"  # 大动力型 (not car traction packs): ships, aircraft
    STORAGE = "storage"
    ANY = "any"  # cells carry one letter whatever their use


class Level(StrEnum):
    CELL = "cell"
    MODULE = "module"
    PACK = "pack"
    CLUSTER = "cluster"
    SYSTEM = "system"


# Product type code (summaries of clause 5): letter -> (segment, level).
PRODUCT_TYPES: dict[str, tuple[Segment, Level]] = {
    "A": (Segment.CONSUMER, Level.MODULE),
    "B": (Segment.CONSUMER, Level.PACK),
    "C": (Segment.ANY, Level.CELL),
    "D": (Segment.CONSUMER, Level.SYSTEM),
    "E": (Segment.LIGHT_POWER, Level.MODULE),
    "F": (Segment.LIGHT_POWER, Level.PACK),
    "G": (Segment.LIGHT_POWER, Level.SYSTEM),
    "H": (Segment.STORAGE, Level.MODULE),
    "J": (Segment.STORAGE, Level.CLUSTER),
    "K": (Segment.STORAGE, Level.SYSTEM),
    "M": (Segment.LARGE_POWER, Level.MODULE),
    "P": (Segment.LARGE_POWER, Level.PACK),
    "S": (Segment.LARGE_POWER, Level.SYSTEM),
}
_PART = re.compile(r"[0-9A-Z]+")


@dataclass(frozen=True)
class Gbt45565Code:
    code: str  # canonical: upper case, no spaces
    enterprise: str
    product_type: str
    segment: Segment
    level: Level
    fixed_rest: str  # the fixed part after the product type (battery type, time code: not decoded)
    variable: str  # the product identification code (not decoded)
    cascade: bool  # "-R": a re-used battery

    def fields(self) -> dict[str, object]:
        return {
            "standard": "GB/T 45565-2025",
            "enterprise": self.enterprise,
            "product_type": self.product_type,
            "segment": self.segment.value,
            "level": self.level.value,
            "fixed_rest": self.fixed_rest,
            "variable": self.variable,
            "cascade": self.cascade,
        }


def parse_gbt45565_code(text: str) -> Gbt45565Code:
    """Recognises a GB/T 45565-2025 code as far as the summarised structure allows; raises ``CodeRejected``."""
    if not isinstance(text, str):
        raise CodeRejected(RejectReason.NOT_TEXT)
    cleaned = "".join(unicodedata.normalize("NFKC", text).split()).upper()
    if not cleaned:
        raise CodeRejected(RejectReason.EMPTY)
    parts = cleaned.split("-")
    if len(parts) == 3 and parts[1] == CASCADE_MARK:
        fixed, variable, cascade = parts[0], parts[2], True
    elif len(parts) == 2:
        fixed, variable, cascade = parts[0], parts[1], False
    else:
        raise CodeRejected(
            RejectReason.BAD_FORMAT, "a GB/T 45565 code is <fixed part>-<variable part>, or <fixed>-R-<variable>"
        )
    for name, part in (("fixed part", fixed), ("variable part", variable)):
        if not part:
            raise CodeRejected(RejectReason.EMPTY, f"the {name} is empty")
        if not _PART.fullmatch(part):
            raise CodeRejected(RejectReason.BAD_CHARACTER, f"the {name} has a character other than A-Z, 0-9")
    if len(fixed) < 6:
        raise CodeRejected(RejectReason.WRONG_LENGTH, "the fixed part is enterprise code (4), product type (1), more")
    enterprise, product_type = fixed[:4], fixed[4]
    bad = next((c for c in enterprise if c not in ENTERPRISE_ALPHABET), None)
    if bad is not None:
        raise CodeRejected(RejectReason.BAD_CHARACTER, f"the enterprise code never uses {bad!r}")
    if product_type not in PRODUCT_TYPES:
        raise CodeRejected(RejectReason.BAD_TYPE, f"{product_type!r} is not a product type code")
    segment, level = PRODUCT_TYPES[product_type]
    return Gbt45565Code(
        code=cleaned,
        enterprise=enterprise,
        product_type=product_type,
        segment=segment,
        level=level,
        fixed_rest=fixed[5:],
        variable=variable,
        cascade=cascade,
    )
