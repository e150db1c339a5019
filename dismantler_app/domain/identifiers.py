"""Chinese identifiers around an intake: USCC of a receiving enterprise, owner ID card numbers, licence plates.

USCC (GB 32100-2015) and resident ID numbers (GB 11643-1999) are checked with python-stdnum (``stdnum.cn.uscc``,
``stdnum.cn.ric``); this module adds the decoded parts and reason codes. Owner ID numbers are personal data
(domain.md): :class:`OwnerId` shows itself masked, in ``repr`` and in ``fields()``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric, uscc

from dismantler_app.domain.codes import CodeRejected, RejectReason

__all__ = ["OwnerId", "Plate", "Uscc", "mask_owner_id", "parse_owner_id", "parse_plate", "parse_uscc"]

# GB 32100-2015 table 1: registration department (position 1) and, per department, organisation type (position 2).
_DEPARTMENTS = {"1": "establishment_administration", "2": "foreign_affairs", "3": "judicial_administration",
                "4": "culture", "5": "civil_affairs", "6": "tourism", "7": "religious_affairs",
                "8": "trade_union", "9": "market_regulation", "A": "central_military_commission",
                "N": "agriculture", "Y": "other"}  # fmt: skip
_ORGANISATION_TYPES = {
    "1": {"1": "government_organ", "2": "public_institution", "3": "mass_organisation", "9": "other"},
    "5": {"1": "social_organisation", "2": "private_non_enterprise", "3": "foundation", "9": "other"},
    "9": {"1": "enterprise", "2": "individual_business", "3": "farmers_cooperative"},
}
ORGANISATION_CODE_MISMATCH = "organisation_code_check_mismatch"
REGION_UNKNOWN = "region_unknown"


def _clean(text: str, drop: str = " -") -> str:
    text = unicodedata.normalize("NFKC", text).strip().upper()
    return "".join(c for c in text if c not in drop)


def _organisation_code_ok(code9: str) -> bool:
    """GB 11714-1997 check character of the 9-character organisation code (USCC positions 9-17)."""
    values = []
    for c in code9[:8]:
        if c.isdigit():
            values.append(int(c))
        elif "A" <= c <= "Z":
            values.append(ord(c) - ord("A") + 10)
        else:
            return False
    remainder = 11 - sum(v * w for v, w in zip(values, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return code9[8] == {10: "X", 11: "0"}.get(remainder, str(remainder))


@dataclass(frozen=True)
class Uscc:
    code: str
    registration_department: str
    registration_department_name: str | None
    organisation_type: str
    organisation_type_name: str | None
    region_code: str
    organisation_code: str
    check_char: str
    warnings: tuple[str, ...] = ()

    def fields(self) -> dict[str, object]:
        return {
            "registration_department": self.registration_department,
            "registration_department_name": self.registration_department_name,
            "organisation_type": self.organisation_type,
            "organisation_type_name": self.organisation_type_name,
            "region_code": self.region_code,
            "organisation_code": self.organisation_code,
            "check_char": self.check_char,
        }


def parse_uscc(text: str) -> Uscc:
    """Parse an 18-character unified social credit code; raise :class:`CodeRejected` for anything else."""
    code = _clean(text)
    if not code:
        raise CodeRejected(RejectReason.EMPTY, "no characters")
    if len(code) != 18:
        raise CodeRejected(RejectReason.WRONG_LENGTH, f"{len(code)} characters; a USCC has 18")
    if not re.fullmatch(r"[0-9A-Z]{18}", code):
        raise CodeRejected(RejectReason.BAD_FORMAT, "only digits and capital letters")
    try:
        uscc.validate(code)
    except stdnum_errors.InvalidChecksum:
        raise CodeRejected(RejectReason.BAD_CHECKSUM, f"check character {code[-1]!r} does not match") from None
    except stdnum_errors.ValidationError:
        raise CodeRejected(
            RejectReason.BAD_FORMAT, "positions 1-8 are digits, the rest digits or letters without I O Z S V"
        ) from None
    department, kind = code[0], code[1]
    return Uscc(
        code=code,
        registration_department=department,
        registration_department_name=_DEPARTMENTS.get(department),
        organisation_type=kind,
        organisation_type_name=_ORGANISATION_TYPES.get(department, {}).get(kind),
        region_code=code[2:8],
        organisation_code=code[8:17],
        check_char=code[17],
        warnings=() if _organisation_code_ok(code[8:17]) else (ORGANISATION_CODE_MISMATCH,),
    )


def mask_owner_id(text: str) -> str:
    """``1101**********123X``: the first and last four characters, the rest starred. Never raises."""
    number = _clean(text)
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


@dataclass(frozen=True, repr=False)
class OwnerId:
    """A resident ID card number. Personal data: ``repr`` and ``fields()`` show it masked."""

    number: str
    region_code: str
    birth_date: date
    warnings: tuple[str, ...] = field(default=())

    @property
    def masked(self) -> str:
        return mask_owner_id(self.number)

    def __repr__(self) -> str:
        return f"OwnerId({self.masked!r})"

    def fields(self) -> dict[str, object]:
        return {"masked": self.masked, "region_code": self.region_code, "birth_date": self.birth_date.isoformat()}


def parse_owner_id(text: str) -> OwnerId:
    """Parse an 18-character resident ID number (GB 11643-1999); raise :class:`CodeRejected` for anything else.

    An unknown region code only warns: stdnum's region table is a snapshot and counties are renamed every year.
    """
    number = _clean(text)
    if not number:
        raise CodeRejected(RejectReason.EMPTY, "no characters")
    if len(number) != 18:
        raise CodeRejected(
            RejectReason.WRONG_LENGTH,
            f"{len(number)} characters; an ID number has 18 (15-digit first-generation cards expired in 2013)",
        )
    if not re.fullmatch(r"[0-9]{17}[0-9X]", number):
        raise CodeRejected(RejectReason.BAD_FORMAT, "17 digits and a digit or X")
    if number[-1] != ric.calc_check_digit(number):
        raise CodeRejected(RejectReason.BAD_CHECKSUM, "the last character does not match (typing error?)")
    try:
        birth_date = ric.get_birth_date(number)
    except stdnum_errors.ValidationError:
        raise CodeRejected(RejectReason.BAD_FORMAT, "positions 7-14 are not a birth date") from None
    warnings: tuple[str, ...] = ()
    try:
        ric.get_birth_place(number)
    except (stdnum_errors.ValidationError, KeyError, ValueError):
        warnings = (REGION_UNKNOWN,)
    return OwnerId(number=number, region_code=number[:6], birth_date=birth_date, warnings=warnings)


# GA 36-2018: province abbreviations that open a plate, and special last characters of ordinary plates.
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_SPECIAL_ENDINGS = "学警挂港澳领试超使"
_PLATE_CHARS = "0-9A-HJ-NP-Z"  # plates never use I or O
_ORDINARY = re.compile(rf"[{_PLATE_CHARS}]{{4}}[{_PLATE_CHARS}{_SPECIAL_ENDINGS}]")
# New-energy plates (green, 8 characters): small vehicles D/F first then 5 characters, large vehicles 5 digits
# then D/F. D = pure electric, F = not pure electric (PHEV, EREV, FCEV).
_NEV_SMALL = re.compile(rf"[DF][{_PLATE_CHARS}][0-9]{{4}}")
_NEV_LARGE = re.compile(r"[0-9]{5}[DF]")


@dataclass(frozen=True)
class Plate:
    code: str
    province: str
    authority: str
    serial: str
    nev: bool
    nev_energy: str | None  # "electric" (D) or "not_pure_electric" (F) on NEV plates

    def fields(self) -> dict[str, object]:
        return {
            "province": self.province,
            "authority": self.authority,
            "serial": self.serial,
            "nev": self.nev,
            "nev_energy": self.nev_energy,
        }


def parse_plate(text: str) -> Plate:
    """Parse a Chinese plate: province + letter + 5 characters, or 6 on new-energy plates (8 in all)."""
    code = _clean(text, drop=" -·•.")
    if not code:
        raise CodeRejected(RejectReason.EMPTY, "no characters")
    if len(code) not in (7, 8):
        raise CodeRejected(RejectReason.WRONG_LENGTH, f"{len(code)} characters; a plate has 7, or 8 (new energy)")
    province, authority, serial = code[0], code[1], code[2:]
    if province not in PROVINCES:
        raise CodeRejected(RejectReason.BAD_FORMAT, f"{province!r} is not a province abbreviation")
    if not re.fullmatch(rf"[{_PLATE_CHARS}]", authority) or authority.isdigit():
        raise CodeRejected(RejectReason.BAD_FORMAT, f"{authority!r}: the second character is a letter (not I, O)")
    nev = len(code) == 8
    if nev:
        small = _NEV_SMALL.fullmatch(serial)
        if not (small or _NEV_LARGE.fullmatch(serial)):
            raise CodeRejected(RejectReason.BAD_FORMAT, f"{serial!r}: a new-energy plate has D or F first or last")
        energy_char = serial[0] if small else serial[-1]
        energy = "electric" if energy_char == "D" else "not_pure_electric"
    else:
        if not _ORDINARY.fullmatch(serial):
            raise CodeRejected(RejectReason.BAD_FORMAT, f"{serial!r}: five letters or digits, no I or O")
        energy = None
    return Plate(code=code, province=province, authority=authority, serial=serial, nev=nev, nev_energy=energy)
