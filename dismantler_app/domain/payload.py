"""Scanned payloads: the text around a code, where inside it a code can sit, and what that place means.

A barcode scanner rarely hands over just the code (domain.md, issue 2): it prefixes AIM symbology identifiers
(``]C1``, ``]Q1``, ``]d2``), keeps GS1 FNC1/GS separators, ends lines with CR/LF/TAB, types lower case when Caps Lock
is on, and makers wrap the code (``[>16`` + a 36-character maker code + the 24 characters; ``SN:…;PN:…``; ISO 15434
``[)>`` envelopes; GS1 element strings with AI 21). This module knows those shapes and nothing about what a valid
code is: it lists candidate fields, best first, each with the meaning its label gives it (:class:`FieldMeaning`), and
the parsers decide. It never raises on any text or bytes.

Codes are whole fields, never cut out of longer runs (issue 14: cutting turned the 25-character
``001PBE10000011F3A00012345`` into a battery code). In an ISO 15434 envelope or a GS1 element string only the
fields are candidates, each with its data identifier's meaning: a ``1P`` part number stays a part number.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from dismantler_app.domain.codes import CodeRejected, RejectReason

__all__ = [
    "Candidate",
    "FieldMeaning",
    "bare_payload",
    "candidate_tokens",
    "decode_payload",
    "normalise_payload",
    "payload_candidates",
]

GS, RS, EOT = "\x1d", "\x1e", "\x04"
# ISO/IEC 15424: "]" + code character + modifier, e.g. ]C1 GS1-128, ]d2 GS1 Data Matrix, ]Q1 QR, ]A0 Code 39.
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")
# Symbology identifiers that announce GS1 element strings (ISO/IEC 15424 tables; GS1 General Specifications 5.1).
_GS1_AIM = frozenset({"]C1", "]D2", "]Q3", "]E0", "]J1"})
_RUN = re.compile(r"[0-9A-Z]+")
_SEPARATORS = re.compile(r"[;,|&\r\n\t\x1d\x1e\x04]+")
_KEY_VALUE = re.compile(r"^\W*([^:=：]{1,24}?)\W*[:=：]\s*(.*)$")
_DATA_IDENTIFIER = re.compile(r"^([0-9]{0,3}[A-Z])(.+)$")
_MAKER_WRAPPER = "[>16"
_MAKER_PREFIX_LENGTH = 36  # domain.md: "[>16 + a 36-character maker code + the 24 characters"

# Keys of KEY:VALUE payloads by what their value is.
_VIN_KEYS = frozenset({"VIN", "VINCODE", "VINNO", "车辆识别代号", "车辆识别代码", "车架号", "车架号码"})
_SERIAL_KEYS = frozenset(
    {"SN", "SERIAL", "SERIALNO", "SERIALNUMBER", "BATTERYCODE", "BATTERY", "BATTERYSN", "PACK", "PACKCODE",
     "PACKSN", "电池编码", "序列号"}
)  # fmt: skip
_GENERIC_KEYS = frozenset({"CODE", "BARCODE", "UID", "ID", "编码", "条码"})
_PART_KEYS = frozenset({"PN", "PARTNO", "PARTNUMBER", "PART", "MODEL", "MN", "QTY", "LOT", "BATCH", "型号"})

# GS1 element strings: application identifiers whose data has a predefined length (GS1 General Specifications,
# figure 5.10.1-2, keyed by the first two digits), and which AIs carry serial-like data, most telling first.
_GS1_FIXED = {"00": 18, "01": 14, "02": 14, "03": 14, "04": 16, "11": 6, "12": 6, "13": 6, "14": 6, "15": 6,
              "16": 6, "17": 6, "18": 6, "19": 6, "20": 2, "31": 6, "32": 6, "33": 6, "34": 6, "35": 6, "36": 6,
              "41": 13}  # fmt: skip
_GS1_THREE_DIGIT = frozenset({"23", "24", "25", "40", "41", "42", "43"})
_GS1_FOUR_DIGIT = frozenset({"31", "32", "33", "34", "35", "36", "39", "70", "71", "72", "80", "81", "82"})
# Serial numbers (21), secondary serial (250), GIAI (8004), source entity (251). No GS1 AI means "VIN".
_GS1_SERIAL_AIS = ("21", "250", "8004", "251")
# A GS1 element string handed over without its symbology identifier and FNC1 (a scanner configured to drop them):
# it opens with an SSCC (00) or a GTIN (01-03) and goes on with another AI.
_BARE_GS1 = re.compile(r"^(?:00[0-9]{18}|0[1-3][0-9]{14})[0-9]{2}")


class FieldMeaning(StrEnum):
    """What the payload says a field is. ANSI MH10.8.2 (the data identifiers of ISO/IEC 15434) names a
    field's category by the DI's last letter: ``I`` VIN, ``S`` serial number, ``P`` part number, ``Q`` quantity…"""

    VIN = "vin"  # DI "I", a VIN key, the Code 39 "I" prefix of a North American VIN label
    SERIAL = "serial"  # DI "…S", GS1 AI 21/250/8004/251, a serial-number key
    OTHER = "other"  # a field of any other meaning: part number, quantity, lot, date, GTIN…
    UNLABELLED = "unlabelled"  # the whole payload, a plain token or run: nothing says what it is


@dataclass(frozen=True)
class Candidate:
    """A whole field that may be a code, with the meaning its label gives it."""

    text: str
    meaning: FieldMeaning = FieldMeaning.UNLABELLED


def decode_payload(raw: str | bytes) -> str:
    """Text of a payload. Bytes try UTF-8, then GB 18030 (Chinese Windows scanners), then Latin-1, which never fails."""
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise CodeRejected(RejectReason.NOT_TEXT, f"a payload is text or bytes, not {type(raw).__name__}")
    data = bytes(raw)
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _prepare(raw: str | bytes) -> tuple[str, str | None]:
    """Upper-cased NFKC text without its symbology identifier, and that identifier."""
    text = unicodedata.normalize("NFKC", decode_payload(raw).replace("\x00", "")).upper()
    stripped = text.lstrip(" \t\r\n")
    aim = _AIM.match(stripped)
    if aim:
        return stripped[aim.end() :], aim.group()
    return stripped, None


def _blank(c: str) -> bool:
    return c.isspace() or unicodedata.category(c) in ("Cc", "Cf")


def _compact(text: str) -> str:
    return "".join(c for c in text if not _blank(c))


def normalise_payload(raw: str | bytes) -> str:
    """The payload as one upper-case token: no symbology identifier, separators, line ends, spaces or NULs."""
    text, _ = _prepare(raw)
    return _compact(text)


def bare_payload(raw: str | bytes) -> str:
    """Like :func:`normalise_payload`, but line breaks, tabs and GS/RS *inside* the payload are kept.

    Those separate fields: ``VIN⏎PART`` must not merge into one 20-character token, while spaces inside a code are
    how labels group its fields for people and are dropped.
    """
    text, _ = _prepare(raw)
    start, end = 0, len(text)
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return "".join(c for c in text[start:end] if c not in " \u3000" and unicodedata.category(c) != "Cf")


def _gs1_values(text: str) -> list[tuple[str, str]] | None:
    """(AI, value) pairs of a GS1 element string, raw (GS-separated) or human-readable ``(21)…``; None when the
    text does not parse as one whole (a fixed-length AI without its digits, characters left over)."""
    if text.startswith("("):
        pieces = list(re.finditer(r"\(([0-9]{2,4})\)([^(]*)", text))
        if not pieces or "".join(m.group() for m in pieces) != text.rstrip():
            return None
        return [(m.group(1), _compact(m.group(2))) for m in pieces]
    pairs: list[tuple[str, str]] = []
    rest = _compact_keep_gs(text).lstrip(GS)
    while rest:
        head = rest[:2]
        if not head.isdigit():
            return None
        ai_length = 4 if head in _GS1_FOUR_DIGIT else 3 if head in _GS1_THREE_DIGIT else 2
        ai, rest = rest[:ai_length], rest[ai_length:]
        if head in _GS1_FIXED:
            value, rest = rest[: _GS1_FIXED[head]], rest[_GS1_FIXED[head] :]
            if len(value) != _GS1_FIXED[head] or not value.isdigit():
                return None
        else:
            value, _, rest = rest.partition(GS)
        if not value:
            return None
        pairs.append((ai, _compact(value)))
        rest = rest.lstrip(GS)
    return pairs or None


def _compact_keep_gs(text: str) -> str:
    return "".join(c for c in text if c == GS or not _blank(c))


def _gs1_fields(pairs: list[tuple[str, str]]) -> list[Candidate]:
    """GS1 fields, serial AIs first (in the order of :data:`_GS1_SERIAL_AIS`), every other AI as OTHER."""
    rank = {ai: index for index, ai in enumerate(_GS1_SERIAL_AIS)}
    pairs = sorted(pairs, key=lambda pair: rank.get(pair[0], len(rank)))
    return [Candidate(value, FieldMeaning.SERIAL if ai in rank else FieldMeaning.OTHER) for ai, value in pairs if value]


def _is_gs1(text: str, aim: str | None) -> bool:
    if aim in _GS1_AIM or text.startswith(GS):
        return True
    if re.match(r"\([0-9]{2,4}\)", text):
        return True
    # without an identifier or FNC1 only a single line of AIs and GS separators counts
    single = text.strip(" \t\r\n")
    return bool(re.fullmatch(r"[0-9A-Z\x1d]+", single) and _BARE_GS1.match(single))


def _di_meaning(identifier: str) -> FieldMeaning:
    category = identifier[-1]
    if identifier == "I":
        return FieldMeaning.VIN
    return FieldMeaning.SERIAL if category == "S" else FieldMeaning.OTHER


def _iso15434_fields(text: str) -> list[Candidate]:
    """Field values of an ISO/IEC 15434 envelope with their data identifier's meaning; VIN (``I``) and serial
    (``S``, ``25S``…) fields first."""
    body = text[len("[)>") :].strip(RS + EOT)
    first, rest = [], []
    for record in body.split(RS):
        for field in record.split(GS)[1:]:  # the first element is the format header, e.g. "06"
            match = _DATA_IDENTIFIER.match(_compact(field))
            if not match:
                continue
            identifier, value = match.groups()
            meaning = _di_meaning(identifier)
            (rest if meaning is FieldMeaning.OTHER else first).append(Candidate(value, meaning))
    return first + rest


def _key_values(text: str) -> list[Candidate]:
    """Values of ``KEY:VALUE`` / ``KEY=VALUE`` parts with their key's meaning; VIN and serial keys first, generic
    and unknown keys next, part numbers last."""
    first, plain, part = [], [], []
    for piece in _SEPARATORS.split(text):
        match = _KEY_VALUE.match(piece.strip().strip("{}[]"))
        if not match:
            continue
        key = "".join(c for c in match.group(1) if c.isalnum())
        value = _compact(match.group(2)).strip("\"'}]")
        if key in _VIN_KEYS:
            first.append(Candidate(value, FieldMeaning.VIN))
        elif key in _SERIAL_KEYS:
            first.append(Candidate(value, FieldMeaning.SERIAL))
        elif key in _PART_KEYS:
            part.append(Candidate(value, FieldMeaning.OTHER))
        else:
            plain.append(Candidate(value))
    return first + plain + part


def _runs(texts: Iterable[str]) -> list[Candidate]:
    """Whole alphanumeric runs (never cut: a code is a whole field)."""
    found: list[Candidate] = []
    for text in texts:
        for run in _RUN.findall(text):
            found.append(Candidate(run))
            if len(run) == 18 and run[0] == "I":
                # Code 39 VIN labels in North America prefix the VIN with "I", the ANSI MH10.8.2 data identifier
                # for a VIN.
                found.append(Candidate(run[1:], FieldMeaning.VIN))
    return found


def payload_candidates(raw: str | bytes) -> list[Candidate]:
    """Every whole field where a code may sit, most likely first, each text once (with its first meaning)."""
    if isinstance(raw, str | bytes):
        return list(_cached_candidates(raw))
    return list(_candidates(raw))


# The classifier asks for the candidates of one payload three times (battery, VIN, USCC); a camera repeats the
# same payload frame after frame. Measured here: classifying a wrapped payload went from ~0.5 ms to ~0.1 ms.
@functools.lru_cache(maxsize=256)
def _cached_candidates(raw: str | bytes) -> tuple[Candidate, ...]:
    return _candidates(raw)


def _candidates(raw: str | bytes) -> tuple[Candidate, ...]:
    text, aim = _prepare(raw)
    compact = bare_payload(text)
    found: list[Candidate]
    gs1 = _gs1_values(text) if _is_gs1(text, aim) else None
    if text.startswith("[)>"):
        found = _iso15434_fields(text)
    elif gs1 is not None:
        found = _gs1_fields(gs1)
        if len(gs1) == 1 and gs1[0][0][:2] not in _GS1_FIXED:
            # one variable-length "AI" and nothing else is as likely a bare code behind a GS1 identifier (a
            # scanner that sends ]C1 for every Code 128): the whole payload stays a candidate too
            found.append(Candidate(compact))
    else:
        found = [Candidate(compact)]
        if compact.startswith(_MAKER_WRAPPER):
            rest = compact[len(_MAKER_WRAPPER) :]
            found.append(Candidate(rest[_MAKER_PREFIX_LENGTH : _MAKER_PREFIX_LENGTH + 24], FieldMeaning.SERIAL))
        found.extend(_key_values(text))
        found.extend(Candidate(_compact(token)) for token in re.split(r"[\s\x1d\x1e\x04]+", text))
        found.extend(_runs([text, compact]))
    seen: set[str] = set()
    result: list[Candidate] = []
    for candidate in found:
        if candidate.text and candidate.text not in seen:
            seen.add(candidate.text)
            result.append(candidate)
    return tuple(result)


def candidate_tokens(raw: str | bytes) -> list[str]:
    """The candidate fields of :func:`payload_candidates` as plain text, best first."""
    return [candidate.text for candidate in payload_candidates(raw)]


def no_code_found(raw: str | bytes, parse: Callable[[str], object]) -> CodeRejected:
    """The most telling refusal for a payload in which no code was found."""
    if not normalise_payload(raw):
        return CodeRejected(RejectReason.EMPTY, "the payload holds no characters")
    text = bare_payload(raw)
    if _RUN.fullmatch(text):
        try:
            parse(text)
        except CodeRejected as exc:
            return exc
    return CodeRejected(RejectReason.NO_CODE_FOUND, f"no code in a payload of {len(text)} characters")
