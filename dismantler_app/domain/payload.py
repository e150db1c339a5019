"""Scanned payloads: the text around a code, and where inside it a code can sit.

A barcode scanner rarely hands over just the code (domain.md, issue 2): it prefixes AIM symbology identifiers
(``]C1``, ``]Q1``, ``]d2``), keeps GS1 FNC1/GS separators, ends lines with CR/LF/TAB, types lower case when Caps Lock
is on, and makers wrap the code (``[>16`` + a 36-character maker code + the 24 characters; ``SN:…;PN:…``; ISO 15434
``[)>`` envelopes; GS1 element strings with AI 21). This module knows those shapes and nothing about what a valid
code is: it lists candidate substrings, best first, and the parsers decide. It never raises on any text or bytes.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dismantler_app.domain.codes import CodeRejected, RejectReason

__all__ = ["Candidate", "bare_payload", "candidate_tokens", "decode_payload", "normalise_payload", "payload_candidates"]

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
# Battery codes (24, cascade 19) are cut from both ends of longer runs. VINs and USCCs are not: a check digit
# alone lets one random cut in 11 (VIN) or 31 (USCC) through, so those must be whole fields.
_CUT_LENGTHS = (24, 19)

_SERIAL_KEYS = frozenset(
    {"SN", "SERIAL", "SERIALNO", "SERIALNUMBER", "BATTERYCODE", "BATTERY", "BATTERYSN", "PACK", "PACKCODE",
     "PACKSN", "CODE", "BARCODE", "UID", "ID", "VIN", "电池编码", "编码", "条码", "序列号"}
)  # fmt: skip
_PART_KEYS = frozenset({"PN", "PARTNO", "PARTNUMBER", "PART", "MODEL", "MN", "QTY", "LOT", "BATCH", "型号"})

# GS1 element strings: application identifiers whose data has a predefined length (GS1 General Specifications,
# figure 5.10.1-2, keyed by the first two digits), and which AIs carry serial-like data, most telling first.
_GS1_FIXED = {"00": 18, "01": 14, "02": 14, "03": 14, "04": 16, "11": 6, "12": 6, "13": 6, "14": 6, "15": 6,
              "16": 6, "17": 6, "18": 6, "19": 6, "20": 2, "31": 6, "32": 6, "33": 6, "34": 6, "35": 6, "36": 6,
              "41": 13}  # fmt: skip
_GS1_THREE_DIGIT = frozenset({"23", "24", "25", "40", "41", "42", "43"})
_GS1_FOUR_DIGIT = frozenset({"31", "32", "33", "34", "35", "36", "39", "70", "71", "72", "80", "81", "82"})
_GS1_SERIAL_AIS = ("21", "250", "8004", "251", "240", "241", "10")


@dataclass(frozen=True)
class Candidate:
    """A substring that may be a code. ``sliced`` marks a cut from a longer run at a guessed offset: the finders
    ask more of those (a clean date, a matching check digit) before believing them."""

    text: str
    sliced: bool = False


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


def _gs1_values(text: str) -> list[tuple[str, str]]:
    """(AI, value) pairs of a GS1 element string, raw (GS-separated) or human-readable ``(21)…``."""
    if "(" in text:
        return [(m.group(1), _compact(m.group(2))) for m in re.finditer(r"\(([0-9]{2,4})\)([^(]*)", text)]
    pairs: list[tuple[str, str]] = []
    rest = text.lstrip(GS)
    while len(rest) >= 2 and rest[:2].isdigit():
        head = rest[:2]
        ai_length = 4 if head in _GS1_FOUR_DIGIT else 3 if head in _GS1_THREE_DIGIT else 2
        ai, rest = rest[:ai_length], rest[ai_length:]
        if head in _GS1_FIXED:
            value, rest = rest[: _GS1_FIXED[head]], rest[_GS1_FIXED[head] :]
        else:
            value, _, rest = rest.partition(GS)
        pairs.append((ai, _compact(value)))
        rest = rest.lstrip(GS)
    return pairs


def _iso15434_values(text: str) -> list[str]:
    """Field values of an ISO/IEC 15434 envelope; serial data identifiers (``S``, ``25S``) and VIN (``I``) first."""
    body = text[len("[)>") :].strip(RS + EOT)
    serial, other = [], []
    for record in body.split(RS):
        for field in record.split(GS)[1:]:  # the first element is the format header, e.g. "06"
            match = _DATA_IDENTIFIER.match(_compact(field))
            if not match:
                continue
            identifier, value = match.groups()
            (serial if identifier[-1] in "SI" else other).append(value)
            other.append(_compact(field))
    return serial + other


def _key_values(text: str) -> list[str]:
    """Values of ``KEY:VALUE`` / ``KEY=VALUE`` parts; serial-like keys first, part numbers last."""
    serial, plain, part = [], [], []
    for piece in _SEPARATORS.split(text):
        match = _KEY_VALUE.match(piece.strip().strip("{}[]"))
        if not match:
            continue
        key = "".join(c for c in match.group(1) if c.isalnum())
        value = _compact(match.group(2)).strip("\"'}]")
        (serial if key in _SERIAL_KEYS else part if key in _PART_KEYS else plain).append(value)
    return serial + plain + part


def _runs(texts: Iterable[str]) -> tuple[list[str], list[str]]:
    """Whole alphanumeric runs, and cuts of the right lengths from both ends of longer runs."""
    whole: list[str] = []
    cuts: list[str] = []
    for text in texts:
        for run in _RUN.findall(text):
            whole.append(run)
            if len(run) == 18 and run[0] == "I":
                # Code 39 VIN labels in North America prefix the VIN with "I" (import indicator).
                whole.append(run[1:])
            for length in _CUT_LENGTHS:
                if len(run) > length:
                    # The code sits at the end of a maker's wrapper, or at the start of a run with a suffix.
                    cuts.extend((run[-length:], run[:length]))
    return whole, cuts


def payload_candidates(raw: str | bytes) -> list[Candidate]:
    """Every place a code may sit in the payload, most likely first, without duplicates."""
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
    exact: list[str] = [compact]
    if compact.startswith(_MAKER_WRAPPER):
        rest = compact[len(_MAKER_WRAPPER) :]
        exact.append(rest[_MAKER_PREFIX_LENGTH : _MAKER_PREFIX_LENGTH + 24])
    if text.startswith("[)>"):
        exact.extend(_iso15434_values(text))
    if aim in _GS1_AIM or text.startswith(GS) or text.startswith("("):
        values = _gs1_values(text)
        rank = {ai: index for index, ai in enumerate(_GS1_SERIAL_AIS)}
        exact.extend(value for _, value in sorted(values, key=lambda pair: rank.get(pair[0], len(rank))))
    exact.extend(_key_values(text))
    exact.extend(_compact(token) for token in re.split(r"[\s\x1d\x1e\x04]+", text))
    whole, cuts = _runs([text, compact])
    exact.extend(whole)
    seen: set[str] = set()
    result: list[Candidate] = []
    for candidate in [Candidate(t) for t in exact] + [Candidate(t, sliced=True) for t in cuts]:
        if candidate.text and candidate.text not in seen:
            seen.add(candidate.text)
            result.append(candidate)
    return tuple(result)


def candidate_tokens(raw: str | bytes) -> list[str]:
    """The candidate substrings of :func:`payload_candidates` as plain text, best first."""
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
