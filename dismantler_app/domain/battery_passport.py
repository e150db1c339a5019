"""Battery passport identifiers: the text behind the QR code an EU-market battery carries (Regulation (EU) 2023/1542,
Art. 77(3): a unique identifier that also links to the passport; Art. 3(66)).

Two forms are recognised:

- **GS1 Digital Link** (GS1 Digital Link URI Syntax, release 1.2, 2020; the canonical host is ``id.gs1.org``):
  ``http(s)://<host>[/<custom path>]/01/<GTIN>[/22/<CPV>][/10/<lot>]/21/<serial>[?<query>]``, the GTIN as 8, 12,
  13 or 14 digits with a valid GS1 check digit (kept as GTIN-14), key qualifiers in the order 22, 10, 21, and the
  short names ``gtin``, ``cpv``, ``lot``, ``ser`` that release 1.0 allowed. A passport names one battery, so the
  GTIN needs its serial (AI 21); an individual asset (``/8004/<GIAI>``) names one thing by itself and is accepted
  too. Values are percent-decoded and must be GS1 AI encodable character set 82 (GS1 General Specifications,
  7.11, figure 7.11-1), at most 20 characters for AI 10/21/22 and 30 for AI 8004. The query string (attributes
  such as ``17=``, or ``linkType``) does not identify the battery and is ignored.
- **Catena-X** (standard CX-0096): ``CX:<manufacturerPartId>:<partInstanceId>``; both parts non-empty printable
  ASCII without ``:`` or spaces. What else CX-0096 constrains about the two parts was not available to check.

:func:`parse_passport_id` returns a :class:`PassportId` with a canonical ``id`` (the GS1 canonical URI on
``id.gs1.org``, or ``CX:…:…``), so the same battery read from two resolvers' URLs is one id; a text that is neither
raises :class:`~dismantler_app.domain.codes.CodeRejected` with the reason and where it failed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from stdnum import ean

from dismantler_app.domain.codes import CodeRejected, RejectReason

__all__ = ["PassportId", "PassportScheme", "canonical_gs1_uri", "gtin_check_digit", "parse_passport_id"]

CANONICAL_HOST = "id.gs1.org"
# GS1 General Specifications figure 7.11-1: AI encodable character set 82.
CSET82 = frozenset("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")
# Short names of GS1 Digital Link 1.0 (deprecated since 1.1, still met on labels printed early).
_ALIASES = {"gtin": "01", "cpv": "22", "lot": "10", "ser": "21", "giai": "8004"}
_GTIN_QUALIFIERS = ("22", "10", "21")  # the order the standard fixes
_MAX_LENGTH = {"22": 20, "10": 20, "21": 20, "8004": 30}
_CX = re.compile(r"CX:([^:\s]+):([^:\s]+)", re.IGNORECASE)
_PRINTABLE = re.compile(r"[\x21-\x7e]+")
# RFC 3986 appendix B, restricted to http(s): scheme, authority, path, query, fragment. (The domain stays free of
# urllib by the layer contract in pyproject.toml, so the few steps needed are written here.)
_URL = re.compile(r"(?i:https?)://([^/?#]*)([^?#]*)(?:\?[^#]*)?(?:#.*)?", re.DOTALL)
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


class PassportScheme(StrEnum):
    GS1_DIGITAL_LINK = "gs1_digital_link"
    CATENA_X = "catena_x"


@dataclass(frozen=True)
class PassportId:
    """A recognised battery passport id. ``id`` is canonical (what is stored and exported); ``link`` is the text as
    read (for a GS1 Digital Link, the URL that resolves to the passport)."""

    scheme: PassportScheme
    id: str
    link: str
    gtin: str = ""  # GTIN-14 (GS1 with AI 01)
    serial: str = ""  # AI 21
    lot: str = ""  # AI 10
    cpv: str = ""  # AI 22
    giai: str = ""  # AI 8004
    manufacturer_part_id: str = ""  # Catena-X
    part_instance_id: str = ""  # Catena-X

    def fields(self) -> dict[str, str]:
        """The decoded parts that are set, JSON-friendly (for ``classify --json``)."""
        names = ("gtin", "serial", "lot", "cpv", "giai", "manufacturer_part_id", "part_instance_id")
        return {"scheme": self.scheme.value, "id": self.id} | {n: getattr(self, n) for n in names if getattr(self, n)}


def gtin_check_digit(body: str) -> str:
    """The GS1 mod-10 check digit of a GTIN without its last digit (weights 3 and 1 from the right)."""
    return ean.calc_check_digit(body)


def canonical_gs1_uri(pairs: tuple[tuple[str, str], ...]) -> str:
    """``https://id.gs1.org/<AI>/<value>/…`` with values percent-encoded as the standard's canonical form does."""
    return f"https://{CANONICAL_HOST}" + "".join(f"/{ai}/{_percent_encode(value)}" for ai, value in pairs)


def _percent_encode(value: str) -> str:
    return "".join(c if c in _UNRESERVED else "".join(f"%{b:02X}" for b in c.encode()) for c in value)


def _percent_decode(segment: str) -> str:
    out = bytearray()
    i = 0
    while i < len(segment):
        c = segment[i]
        if c == "%":
            pair = segment[i + 1 : i + 3]
            if len(pair) != 2 or any(h not in "0123456789abcdefABCDEF" for h in pair):
                raise CodeRejected(RejectReason.BAD_FORMAT, "a % in the path is not followed by two hex digits")
            out.append(int(pair, 16))
            i += 3
        else:
            out.extend(c.encode())
            i += 1
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CodeRejected(RejectReason.BAD_CHARACTER, "a %-escape in the path is not UTF-8") from exc


def parse_passport_id(text: str) -> PassportId:
    """Recognises a GS1 Digital Link URL or a Catena-X id; raises ``CodeRejected`` for anything else."""
    if not isinstance(text, str):
        raise CodeRejected(RejectReason.NOT_TEXT)
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        raise CodeRejected(RejectReason.EMPTY)
    if cleaned[:3].upper() == "CX:":
        return _parse_catena_x(cleaned)
    if re.match(r"https?://", cleaned, re.IGNORECASE):
        return _parse_digital_link(cleaned)
    raise CodeRejected(RejectReason.BAD_FORMAT, "neither a GS1 Digital Link URL (http(s)://…) nor a CX: id")


def _parse_catena_x(text: str) -> PassportId:
    match = _CX.fullmatch(text)
    if match is None:
        raise CodeRejected(RejectReason.BAD_FORMAT, "a Catena-X id is CX:<manufacturerPartId>:<partInstanceId>")
    part, instance = match.groups()
    for name, value in (("manufacturerPartId", part), ("partInstanceId", instance)):
        if not _PRINTABLE.fullmatch(value):
            raise CodeRejected(RejectReason.BAD_CHARACTER, f"{name} has a character outside printable ASCII")
    return PassportId(
        PassportScheme.CATENA_X,
        id=f"CX:{part}:{instance}",
        link=text,
        manufacturer_part_id=part,
        part_instance_id=instance,
    )


def _parse_digital_link(text: str) -> PassportId:
    if any(c.isspace() for c in text):
        raise CodeRejected(RejectReason.BAD_CHARACTER, "a URL has no spaces")
    match = _URL.fullmatch(text)
    if match is None:
        raise CodeRejected(RejectReason.BAD_FORMAT, "not an http(s) URL")
    authority, path = match.groups()
    host = authority.rpartition("@")[2].partition(":")[0]
    if not host:
        raise CodeRejected(RejectReason.BAD_FORMAT, "the URL has no host")
    segments = path.split("/")[1:]
    if segments and segments[-1] == "":
        segments = segments[:-1]  # a trailing slash
    # The primary key is the first AI after any custom path prefix (GS1 Digital Link 1.2, section 4.1): try each
    # position from the left where an AI and an even number of segments start.
    problem = CodeRejected(RejectReason.NO_CODE_FOUND, "no /01/<GTIN>/21/<serial> or /8004/<GIAI> in the path")
    for start in range(len(segments)):
        key = _ALIASES.get(segments[start], segments[start])
        if key not in ("01", "8004") or (len(segments) - start) % 2:
            continue
        try:
            pairs = tuple(
                (_ALIASES.get(segments[i], segments[i]), _decode(segments[i + 1]))
                for i in range(start, len(segments), 2)
            )
            return _identify(pairs, link=text)
        except CodeRejected as exc:
            problem = exc
    raise problem


def _decode(segment: str) -> str:
    value = _percent_decode(segment)
    if not value:
        raise CodeRejected(RejectReason.EMPTY, "an AI value in the path is empty")
    return value


def _identify(pairs: tuple[tuple[str, str], ...], *, link: str) -> PassportId:
    (key, value), qualifiers = pairs[0], pairs[1:]
    if key == "8004":
        if qualifiers:
            raise CodeRejected(RejectReason.BAD_FORMAT, "a GIAI (8004) takes no key qualifiers")
        _check_cset82("8004", value)
        if not value[0].isdigit():
            raise CodeRejected(RejectReason.BAD_FORMAT, "a GIAI starts with the GS1 company prefix (digits)")
        return PassportId(
            PassportScheme.GS1_DIGITAL_LINK, id=canonical_gs1_uri((("8004", value),)), link=link, giai=value
        )
    gtin = _gtin14(value)
    found: dict[str, str] = {}
    order = [ai for ai, _ in qualifiers]
    if any(ai not in _GTIN_QUALIFIERS for ai in order):
        unknown = next(ai for ai in order if ai not in _GTIN_QUALIFIERS)
        raise CodeRejected(RejectReason.BAD_FORMAT, f"/{unknown}/ is not a key qualifier of a GTIN (22, 10, 21)")
    if order != sorted(order, key=_GTIN_QUALIFIERS.index) or len(set(order)) != len(order):
        raise CodeRejected(RejectReason.BAD_FORMAT, "key qualifiers of a GTIN come once each, in the order 22, 10, 21")
    for ai, qualifier in qualifiers:
        _check_cset82(ai, qualifier)
        found[ai] = qualifier
    if "21" not in found:
        raise CodeRejected(
            RejectReason.BAD_FORMAT, "the link names a product (GTIN) but not one battery: the serial /21/ is missing"
        )
    canonical = canonical_gs1_uri((("01", gtin), *((ai, found[ai]) for ai in _GTIN_QUALIFIERS if ai in found)))
    return PassportId(
        PassportScheme.GS1_DIGITAL_LINK,
        id=canonical,
        link=link,
        gtin=gtin,
        serial=found["21"],
        lot=found.get("10", ""),
        cpv=found.get("22", ""),
    )


def _gtin14(value: str) -> str:
    if not value.isascii() or not value.isdigit():
        raise CodeRejected(RejectReason.BAD_CHARACTER, "a GTIN is digits only")
    if len(value) not in (8, 12, 13, 14):
        raise CodeRejected(RejectReason.WRONG_LENGTH, f"a GTIN has 8, 12, 13 or 14 digits, not {len(value)}")
    if gtin_check_digit(value[:-1]) != value[-1]:
        raise CodeRejected(RejectReason.BAD_CHECK_DIGIT, f"GTIN {value}: the check digit should be "
                           f"{gtin_check_digit(value[:-1])}")  # fmt: skip
    return value.zfill(14)


def _check_cset82(ai: str, value: str) -> None:
    if len(value) > _MAX_LENGTH[ai]:
        raise CodeRejected(RejectReason.WRONG_LENGTH, f"AI {ai} holds at most {_MAX_LENGTH[ai]} characters")
    bad = next((c for c in value if c not in CSET82), None)
    if bad is not None:
        raise CodeRejected(RejectReason.BAD_CHARACTER, f"AI {ai}: {bad!r} is outside GS1 character set 82")
