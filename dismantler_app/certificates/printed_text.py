"""The printed text of a certificate as the verifier reads it: every text the layout prints for a document, in order
(:mod:`~dismantler_app.certificates.content` lists the same fields the renderer lays out), and which fields a page's
text does not carry as the document says. White space and invisible characters are ignored (values wrap inside their
cells); page furniture and the pack table's repeated heading on a continuation page are taken out first."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from dismantler_app.certificates.content import (
    MISSING,
    certificate_sections,
    footer_fields,
    header_fields,
    pack_rows,
    signature_boxes,
    title,
)
from dismantler_app.certificates.labels import label
from dismantler_app.domain.certificate import CertificateDocument, CertificateKind, LabelLanguage

_SUBSTITUTED = re.compile(r"\[U\+([0-9A-F]{4,6})\]")  # typeface.text_runs prints this for a glyph no font has


def strip_statements(text: str) -> str:
    """The page text without the invisible statement text (it carries the VIN and pack codes too)."""
    return re.sub(r"DSC\d+/[A-Z0-9 $%*+\-./:]+", "", text)


def normalised(text: str) -> str:
    text = _SUBSTITUTED.sub(lambda m: chr(int(m.group(1), 16)), text)
    return "".join(
        ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in {"Cf", "Cc"} and ch != "\u00a0"
    )


def _units(doc: CertificateDocument, language: LabelLanguage) -> list[tuple[str | None, str, str]]:
    """Every text the layout prints for a certificate, in the order it is laid out (``layout.py``), as (field, lead,
    value): the lead is the label printed before a value (or a title or label of its own, with no field)."""
    units: list[tuple[str | None, str, str]] = [(None, title(doc, language), "")]
    if doc.kind is CertificateKind.COPY:
        banner = label("copy_banner", LabelLanguage.BOTH)
        units.append(("copy_number", banner, f" #{doc.reprint_count}" if doc.reprint_count else ""))
    elif doc.kind is CertificateKind.VOID:
        units.append((None, label("void_banner", LabelLanguage.BOTH), ""))
    units += [(f.key, f"{f.label}: ", f.value) for f in header_fields(doc, language)]
    units += [("number", "", doc.number), (None, label("verify_hint", language), "")]
    for section in certificate_sections(doc, language):
        units.append((None, section.title, ""))
        units += [(f.key, f.label, f.value) for f in section.fields]
    units += [(None, _pack_heading(language), "")]
    rows = pack_rows(doc, language)
    units += [(f"pack_{index}", index, code + (kind or MISSING)) for index, code, kind in rows]
    if not rows:
        units.append((None, label("no_packs", language), ""))
    footer = [*footer_fields(doc, language), *header_fields(doc, language)[-1:]]
    units += [(f.key, f"{f.label}: ", f.value) for f in footer]
    units += [(None, box, "") for box in signature_boxes(doc, language)]
    return units


def _pack_heading(language: LabelLanguage) -> str:
    return "".join(label(k, language) for k in ("section_packs", "pack_index", "pack_code", "pack_type"))


def differing_fields(doc: CertificateDocument, language: LabelLanguage, pages: Sequence[str]) -> list[str]:
    """Fields whose lead and value, followed by the next unit's lead (its whole text when it has no lead), are not
    in the text: a changed value breaks its own field's window and no other."""
    body = _body(doc, language, pages)
    units = [(key, normalised(lead), normalised(value)) for key, lead, value in _units(doc, language)]
    differing: dict[str, None] = {}
    for n, (key, lead, value) in enumerate(units):
        if key is None:
            continue
        after = ""
        if n + 1 < len(units):
            _, next_lead, next_value = units[n + 1]
            after = next_lead or next_value
        if lead + value + after not in body:
            differing[key] = None
    return list(differing)


def _body(doc: CertificateDocument, language: LabelLanguage, pages: Sequence[str]) -> str:
    """The certificate's text as one run: page furniture cut off each page, the repeated pack heading of a
    continuation page dropped."""
    heading = normalised(_pack_heading(language))
    name = normalised(doc.facility.name)
    parts = []
    for n, page in enumerate(pages, start=1):
        text = normalised(strip_statements(page))
        marker = normalised(f"{doc.number}{n}/{len(pages)}")
        cut = text.rfind(marker)
        if cut >= 0:
            head = text[:cut]
            for k in range(len(name), 0, -1):
                fitted = next((c for c in (name[:k] + "…", name[:k]) if head.endswith(c)), None)
                if fitted is not None:
                    head = head[: -len(fitted)]
                    break
            text = head
        if n > 1 and text.startswith(heading):
            text = text[len(heading) :]
        parts.append(text)
    return "".join(parts)
