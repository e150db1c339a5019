"""Who takes a pack away: the receiver's type and the identifier the traceability platform accepts for it.

MOFCOM's 2020 implementing rules for the traceability of scrapped vehicles' traction batteries (as summarised in the
domain guide) name three kinds of receiver (the carmaker's collection/service outlet, a cascade-use enterprise, a
recycling enterprise) and accept a receiver's unified social credit code (USCC, GB 32100-2015) or, for an
enterprise without one, its D-U-N-S number.

Checks: a USCC is validated in full by python-stdnum (``stdnum.cn.uscc``: form and check character). A D-U-N-S
number is 9 digits (Dun & Bradstreet); it has no public check digit, so only its form is checked here, not that
it was ever issued: the receiver's papers are the evidence.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError

from dismantler_app.domain.codes import CodeRejected, RejectReason

__all__ = ["ReceiverId", "ReceiverIdScheme", "ReceiverType", "parse_duns", "parse_receiver_id"]


class ReceiverType(StrEnum):
    """The receiver's kind, as the platform asks for it (values are stored)."""

    CARMAKER_OUTLET = "carmaker_outlet"  # 汽车生产企业（回收服务网点）
    CASCADE_USE = "cascade_use"  # 梯次利用企业
    RECYCLING = "recycling"  # 再生利用企业


# The words the platform upload prints (Chinese) and the English words of the docs.
RECEIVER_TYPE_NAMES: dict[ReceiverType, tuple[str, str]] = {
    ReceiverType.CARMAKER_OUTLET: ("汽车生产企业回收服务网点", "carmaker's collection/service outlet"),
    ReceiverType.CASCADE_USE: ("梯次利用企业", "cascade-use enterprise"),
    ReceiverType.RECYCLING: ("再生利用企业", "recycling enterprise"),
}


class ReceiverIdScheme(StrEnum):
    USCC = "uscc"
    DUNS = "duns"


RECEIVER_ID_NAMES: dict[ReceiverIdScheme, str] = {
    ReceiverIdScheme.USCC: "统一社会信用代码",
    ReceiverIdScheme.DUNS: "邓白氏编码",
}


@dataclass(frozen=True)
class ReceiverId:
    scheme: ReceiverIdScheme
    code: str


def parse_duns(text: str) -> str:
    """A D-U-N-S number in its 9-digit form (spaces and dashes as printed, ``12-345-6789``, are dropped)."""
    cleaned = "".join(c for c in unicodedata.normalize("NFKC", text) if c not in " -")
    if not cleaned:
        raise CodeRejected(RejectReason.EMPTY)
    if not cleaned.isascii() or not cleaned.isdigit():
        raise CodeRejected(RejectReason.BAD_CHARACTER, "a D-U-N-S number is 9 digits")
    if len(cleaned) != 9:
        raise CodeRejected(RejectReason.WRONG_LENGTH, f"a D-U-N-S number is 9 digits, not {len(cleaned)}")
    return cleaned


def parse_receiver_id(text: str, scheme: ReceiverIdScheme | None = None) -> ReceiverId:
    """A receiver's USCC or D-U-N-S number. Without ``scheme`` the form decides: 9 digits is a D-U-N-S number,
    anything else is read as a USCC."""
    cleaned = "".join(unicodedata.normalize("NFKC", text).split()).upper()
    if not cleaned:
        raise CodeRejected(RejectReason.EMPTY)
    if scheme is None:
        digits = cleaned.replace("-", "")
        scheme = ReceiverIdScheme.DUNS if digits.isascii() and digits.isdigit() and len(digits) == 9 else None
        scheme = scheme or ReceiverIdScheme.USCC
    if scheme is ReceiverIdScheme.DUNS:
        return ReceiverId(scheme, parse_duns(cleaned))
    try:
        return ReceiverId(scheme, uscc.validate(cleaned))
    except InvalidChecksum as exc:
        raise CodeRejected(RejectReason.BAD_CHECKSUM, "the USCC's check character does not match") from exc
    except ValidationError as exc:
        raise CodeRejected(RejectReason.BAD_FORMAT, f"not a unified social credit code ({exc})") from exc
