"""Editing a rendered certificate's visible text as a forger would: one character of a printed value changed in the
page's content stream with pypdf, in the same font subset, so the page still renders and extracts as text.

The visible text is found through each font's ToUnicode map (reportlab writes one per subset); invisible text (render
mode 3: the statement the layout lays under the QR) is skipped.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ByteStringObject, ContentStream

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4,8})>")


def _cmap(font) -> dict[int, str]:
    data = font.get_object()["/ToUnicode"].get_object().get_data()
    out = {}
    for code, uni in _BFCHAR.findall(data):
        value = int(uni, 16)
        if value:
            out[int(code, 16)] = chr(value)
    return out


def tamper_value(pdf: bytes, value: str, *, page: int = 0) -> bytes:
    """The PDF with the last character of the first visible occurrence of ``value`` (white space ignored) replaced
    by another character of the same font subset."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    target = writer.pages[page]
    maps = {name: _cmap(font) for name, font in target["/Resources"]["/Font"].items()}
    content = ContentStream(target.get_contents(), writer)
    chars: list[tuple[int, int, str]] = []  # (operation index, byte index, character) of visible text
    font, mode, saved = "", 0, []
    for n, (operands, operator) in enumerate(content.operations):
        if operator == b"q":
            saved.append(mode)
        elif operator == b"Q":
            mode = saved.pop() if saved else 0
        elif operator == b"Tf":
            font = str(operands[0])
        elif operator == b"Tr":
            mode = int(operands[0])
        elif operator == b"Tj" and mode != 3:
            raw = operands[0].get_original_bytes() if hasattr(operands[0], "get_original_bytes") else bytes(operands[0])
            for i, byte in enumerate(raw):
                ch = maps[font].get(byte, chr(byte))
                if not ch.isspace():
                    chars.append((n, i, ch))
    text = "".join(ch for _, _, ch in chars)
    wanted = "".join(value.split())
    at = text.find(wanted)
    assert at >= 0, f"{value!r} is not printed on the page"
    op_index, byte_index, old = chars[at + len(wanted) - 1]
    operands, _ = content.operations[op_index]
    raw = bytearray(
        operands[0].get_original_bytes() if hasattr(operands[0], "get_original_bytes") else bytes(operands[0])
    )
    font_name = next(str(o[0]) for o, op in reversed(content.operations[:op_index]) if op == b"Tf")
    replacement = next(
        code
        for code, ch in sorted(maps[font_name].items())
        if ch != old and not ch.isspace() and ch.isalnum() == old.isalnum() and code != raw[byte_index]
    )
    raw[byte_index] = replacement
    operands[0] = ByteStringObject(bytes(raw))
    target.replace_contents(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
