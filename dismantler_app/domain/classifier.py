"""What a raw text is: a battery code, a VIN, a USCC, a battery passport id, a GB/T 45565 code, or unknown with the
reason.

The scanning engine calls :func:`classify` on every decoded barcode and must never report a code that is not there,
so the classifier is strict about structure and explains what it decided:

* The whole payload (symbology identifier, surrounding line ends, spaces and case removed) is tried first.
  Lengths tell the kinds apart (battery 24 or 19, USCC 18, VIN 17), so an exact text can be only one kind.
* A 24- or 19-character text that fails the battery structure is *not* a battery: it is unknown with the battery
  reason (bad level, bad type, bad year, bad month, bad cascade suffix).
* A 17-character text is a VIN by evidence (issue 14, :func:`vin.vin_accepted`): a valid check digit; or, where
  no check digit is required (``strict=False``, the yard's market, and a WMI region that does not make it law:
  not North America 1-5/7, not China L), a field that says it is a VIN (``VIN:`` key, ISO 15434 data identifier
  ``I``, the Code 39 ``I`` prefix) or ``vin_field=True`` (the text was entered in a VIN field). Such a VIN keeps the
  warning ``check_digit_mismatch``; anything else with a wrong check digit is unknown with ``bad_check_digit``.
* 18 characters: a USCC needs its check character. A text that is both a valid USCC and a valid resident ID
  number is refused as ``ambiguous`` rather than guessed (both schemes are 18 characters with a check character).
  A random 18-digit number passes the USCC check one time in 31, so ``strict=True`` also requires the GB 11714
  check of the embedded organisation code (``organisation_code_check_mismatch`` otherwise only warns).
* Otherwise the code is looked for inside the payload (maker wrappers, key/value pairs, GS1, ISO 15434). No code is
  ever cut out of a longer run, and a field whose label gives it another meaning (ISO 15434 ``1P`` part number,
  ``Q`` quantity, a GS1 GTIN) is never taken for a code (:mod:`payload`). A battery code wins over a VIN found in
  the same payload (the warning ``payload_also_has_vin`` says so), because battery labels are what is scanned at
  intake.
* Only then, and only as the whole payload (symbology identifier and surrounding blanks removed, case kept: a
  URL's path is case-sensitive), an EU battery passport id (:mod:`battery_passport`: a GS1 Digital Link URL or a
  Catena-X ``CX:`` id) and then a GB/T 45565-2025 code (:mod:`gbt45565`). A passport URL whose serial is a GB/T 34014
  code, or that holds an accepted VIN, stays that code (the precedence above), with the warning
  ``payload_is_battery_passport``. A GB/T 45565 code is never looked for inside a longer payload: its summarised
  structure (``<fixed>-<variable>``) is loose enough that a cut would often be a false find. A text that opens like
  a passport (``http(s)://``, ``CX:``), fails its grammar and holds no USCC field is unknown with the passport's
  reason (a GTIN's wrong check digit is ``bad_check_digit``), not ``no_code_found``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dismantler_app.domain.battery_code import find_battery_code, parse_battery_code
from dismantler_app.domain.battery_passport import PassportId, parse_passport_id
from dismantler_app.domain.codes import Classification, CodeKind, CodeRejected, RejectReason
from dismantler_app.domain.gbt45565 import parse_gbt45565_code
from dismantler_app.domain.identifiers import ORGANISATION_CODE_MISMATCH, parse_owner_id, parse_uscc
from dismantler_app.domain.payload import (
    FieldMeaning,
    bare_payload,
    decode_payload,
    normalise_payload,
    payload_candidates,
)
from dismantler_app.domain.vin import find_vin_field, parse_vin, vin_accepted

__all__ = ["classify", "passport_of"]

EXTRACTED = "extracted_from_payload"
ALSO_HAS_VIN = "payload_also_has_vin"
IS_PASSPORT = "payload_is_battery_passport"
# A symbology identifier (ISO/IEC 15424, "]Q1" for QR) a scanner may send before the payload.
_AIM = re.compile(r"\s*\][A-Za-z][0-9A-Za-z]")
_PASSPORT_OPENING = re.compile(r"\s*(?:https?://|CX:)", re.IGNORECASE)


def _unknown(text: str, reason: RejectReason) -> Classification:
    return Classification(input=text, kind=CodeKind.UNKNOWN, reason=reason)


def _exact(text: str, compact: str, *, strict: bool, vin_field: bool) -> Classification | None:
    """Classify a payload that is one bare code; None when its length fits no kind."""
    length = len(compact)
    try:
        if length in (24, 19):
            battery = parse_battery_code(compact)
            return Classification(text, CodeKind.BATTERY, battery.code, battery.fields(), battery.warnings)
        if length == 17:
            vin = parse_vin(compact)
            if not vin_accepted(vin, check_digit_required=strict, labelled=vin_field):
                return _unknown(text, RejectReason.BAD_CHECK_DIGIT)
            return Classification(text, CodeKind.VIN, vin.code, vin.fields(), vin.warnings)
        if length == 18:
            if compact[0] == "I":
                return None  # not a USCC (those open with a digit); maybe "I" + VIN from a Code 39 label
            uscc = parse_uscc(compact)
            if strict and ORGANISATION_CODE_MISMATCH in uscc.warnings:
                return _unknown(text, RejectReason.BAD_CHECKSUM)
            try:
                parse_owner_id(compact)
            except CodeRejected:
                return Classification(text, CodeKind.USCC, uscc.code, uscc.fields(), uscc.warnings)
            return _unknown(text, RejectReason.AMBIGUOUS)
    except CodeRejected as exc:
        return _unknown(text, exc.reason)
    return None


def _uscc_inside(raw: str, *, strict: bool) -> Classification | None:
    """A USCC that is a whole field of the payload. Cuts from longer runs are not tried: one random 18-character
    cut in 31 passes the check character, far too often to believe."""
    for candidate in payload_candidates(raw):
        if len(candidate.text) != 18 or candidate.meaning not in (FieldMeaning.UNLABELLED, FieldMeaning.SERIAL):
            continue
        try:
            uscc = parse_uscc(candidate.text)
        except CodeRejected:
            continue
        if strict and uscc.warnings:
            continue
        return Classification(raw, CodeKind.USCC, uscc.code, uscc.fields(), (*uscc.warnings, EXTRACTED))
    return None


def _whole_payload(text: str) -> str:
    """The payload as read, case kept, without a symbology identifier and surrounding blanks."""
    aim = _AIM.match(text)
    return (text[aim.end() :] if aim else text).strip()


def _passport(text: str) -> tuple[Classification | None, RejectReason | None]:
    """The whole payload as a battery passport id; else the reason, when it opens like one."""
    whole = _whole_payload(text)
    try:
        passport = parse_passport_id(whole)
    except CodeRejected as exc:
        return None, (exc.reason if _PASSPORT_OPENING.match(whole) else None)
    return Classification(text, CodeKind.BATTERY_PASSPORT, passport.id, passport.fields()), None


def _gbt45565(text: str) -> Classification | None:
    try:
        code = parse_gbt45565_code(_whole_payload(text))
    except CodeRejected:
        return None
    return Classification(text, CodeKind.GBT45565, code.code, code.fields())


def _is_passport(text: str) -> bool:
    return passport_of(text) is not None


def passport_of(raw: str | bytes) -> PassportId | None:
    """The whole payload read as a battery passport id, whatever :func:`classify` took it for (a Catena-X id whose
    ``partInstanceId`` is a GB/T 34014 code classifies as that code, with the warning ``payload_is_battery_passport``);
    ``link`` is the text as read."""
    try:
        whole = _whole_payload(decode_payload(raw))
        return replace(parse_passport_id(whole), link=whole)
    except CodeRejected:
        return None


def classify(raw: str | bytes, *, strict: bool = False, vin_field: bool = False) -> Classification:
    """Classify one raw input (a scanned payload or typed text). Never raises on any text or bytes.

    ``strict``: the yard's market requires VIN check digits (China, North America). ``vin_field``: the text comes
    from a place that says it is a VIN (typed or scanned into a VIN field)."""
    try:
        text = decode_payload(raw)
    except CodeRejected as exc:
        return _unknown(repr(raw), exc.reason)
    if not normalise_payload(text):
        return _unknown(text, RejectReason.EMPTY)
    compact = bare_payload(text)
    if compact.isascii() and compact.isalnum():
        exact = _exact(text, compact, strict=strict, vin_field=vin_field)
        if exact is not None:
            return exact
    try:
        battery = find_battery_code(text)
    except CodeRejected:
        battery = None
    try:
        found = find_vin_field(text)
    except CodeRejected:
        found = None
    vin = found.vin if found else None
    accepted = found is not None and vin_accepted(
        found.vin, check_digit_required=strict, labelled=found.labelled or vin_field
    )
    if battery is not None:
        warnings = (*battery.warnings, EXTRACTED, *((ALSO_HAS_VIN,) if accepted else ()))
        warnings += (IS_PASSPORT,) if _is_passport(text) else ()
        return Classification(text, CodeKind.BATTERY, battery.code, battery.fields(), warnings)
    if vin is not None and accepted:
        warnings = (*vin.warnings, EXTRACTED, *((IS_PASSPORT,) if _is_passport(text) else ()))
        return Classification(text, CodeKind.VIN, vin.code, vin.fields(), warnings)
    passport, passport_problem = _passport(text)
    if passport is not None:
        return passport
    other_battery = _gbt45565(text)
    if other_battery is not None:
        return other_battery
    if vin is not None:
        return _unknown(text, RejectReason.BAD_CHECK_DIGIT)
    uscc = _uscc_inside(text, strict=strict)
    if uscc is not None:
        return uscc
    if passport_problem is not None:
        return _unknown(text, passport_problem)
    if compact.isascii() and compact.isalnum():
        return _unknown(text, RejectReason.WRONG_LENGTH)
    return _unknown(text, RejectReason.NO_CODE_FOUND)
