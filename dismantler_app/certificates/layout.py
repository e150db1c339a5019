"""The flowables of one certificate: header with QR and Code 128, field sections, pack table, signature boxes.

Page furniture that depends on the page count (footer, "continued" header, COPY/VOID watermark) is drawn by
:mod:`dismantler_app.certificates.render` once the pages are known. Values wrap inside their cells: Chinese text
with ``wordWrap='CJK'`` (line breaks between any two ideographs), other text at spaces with over-long words split.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dismantler_app.certificates.barcodes import Code128, QrCode
from dismantler_app.certificates.content import (
    MISSING,
    Field,
    Section,
    certificate_sections,
    footer_fields,
    header_fields,
    pack_rows,
    signature_boxes,
    title,
)
from dismantler_app.certificates.labels import label
from dismantler_app.certificates.typeface import Fonts, paragraph_markup
from dismantler_app.domain.certificate import CertificateDocument, CertificateKind, LabelLanguage

QR_SIZE = 42 * mm
LABEL_WIDTH = 38 * mm
BAND = colors.Color(0.90, 0.91, 0.93)
RULE = colors.Color(0.55, 0.57, 0.60)
COPY_RED = colors.Color(0.75, 0.10, 0.10)
# Fields that always take a whole row: addresses and names are the ones that run long in practice.
WIDE_FIELDS = frozenset(
    {"facility_name", "facility_address", "owner_address", "permitting_authority", "void_reason", "brand_model"}
)


@dataclass(frozen=True)
class PageInfo:
    """What the page furniture needs to know about the certificate a page belongs to."""

    doc: CertificateDocument
    qr_text: str
    key_fingerprint: str


class CertificateStart(Flowable):
    """Zero-size marker at the top of a certificate: tells the canvas which certificate its pages belong to and
    lays the signed statement as invisible text (render mode 3), so a PDF can be verified without rasterising."""

    def __init__(self, info: PageInfo, fonts: Fonts) -> None:
        super().__init__()
        self.info = info
        self.fonts = fonts
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.current_certificate = self.info  # type: ignore[attr-defined]
        text = self.canv.beginText(0, 0)
        text.setTextRenderMode(3)
        text.setFont(self.fonts.latin, 1)  # 1 pt: even twelve packs stay inside the page width
        text.textOut(self.info.qr_text)
        self.canv.drawText(text)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    banner: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    value_cjk: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle


@lru_cache(maxsize=4)
def make_styles(fonts: Fonts) -> Styles:
    """The paragraph styles, made once per font set (the parse cache below keys on these very objects)."""
    base = ParagraphStyle("base", fontName=fonts.latin, fontSize=9.5, leading=11.5)
    return Styles(
        title=ParagraphStyle("title", base, fontSize=15, leading=19, wordWrap="CJK"),
        banner=ParagraphStyle("banner", base, fontSize=13, leading=16, textColor=COPY_RED),
        label=ParagraphStyle("label", base, fontSize=7.5, leading=9.5, textColor=colors.Color(0.3, 0.3, 0.3)),
        value=base,
        value_cjk=ParagraphStyle("value_cjk", base, wordWrap="CJK"),
        heading=ParagraphStyle("heading", base, fontSize=9, leading=11.5),
        small=ParagraphStyle("small", base, fontSize=7, leading=9, wordWrap="CJK"),
    )


def certificate_story(
    info: PageInfo,
    *,
    fonts: Fonts,
    styles: Styles,
    language: LabelLanguage,
    width: float,
    logo_path: Path | None,
) -> list[Flowable]:
    doc = info.doc
    story: list[Flowable] = [CertificateStart(info, fonts), _header(info, fonts, styles, language, width, logo_path)]
    for section in certificate_sections(doc, language):
        story += [Spacer(0, 2 * mm), _section_table(section, fonts, styles, width)]
    story += [Spacer(0, 3 * mm), _pack_table(doc, fonts, styles, language, width)]
    story.append(KeepTogether([Spacer(0, 4 * mm), _footer(doc, fonts, styles, language, width)]))
    return story


def _para(text: str, fonts: Fonts, styles: Styles, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of mixed-script text; values with Chinese in them wrap CJK-style (labels keep word wrap so
    the English half of a bilingual label never breaks inside a word)."""
    if style is None:
        style = styles.value_cjk if _has_cjk(text, fonts) else styles.value
    parsed_style, frags, cleaned = _parsed(paragraph_markup(text, fonts), style)
    return Paragraph(cleaned, parsed_style, frags=frags)


@lru_cache(maxsize=8192)
def _has_cjk(text: str, fonts: Fonts) -> bool:
    return any(fonts.font_for(ch) == fonts.cjk for ch in text)


@lru_cache(maxsize=8192)
def _parsed(markup: str, style: ParagraphStyle) -> tuple[ParagraphStyle, list, str]:
    """Parse paragraph markup once per process. Parsing was a quarter of the render time (cProfile: 25 ms of a
    2-pack certificate); reportlab reads the fragments when wrapping and drawing and builds new ones for each
    line, so one parse serves every paragraph with the same text (byte-identical output, checked by the tests)."""
    paragraph = Paragraph(markup, style)
    return paragraph.style, paragraph.frags, paragraph.text


def _header(
    info: PageInfo, fonts: Fonts, styles: Styles, language: LabelLanguage, width: float, logo_path: Path | None
) -> Table:
    doc = info.doc
    left: list[Flowable] = []
    if logo_path is not None:
        if not logo_path.is_file():
            raise FileNotFoundError(f"yard logo {logo_path} not found; fix the logo path in the settings or clear it")
        left += [Image(str(logo_path), width=40 * mm, height=15 * mm, kind="proportional", hAlign="LEFT")]
        left.append(Spacer(0, 2 * mm))
    left.append(_para(title(doc, language), fonts, styles, styles.title))
    if doc.kind is CertificateKind.COPY:
        # always both words, whatever the label language: a copy must be recognisable by anyone handling it
        banner = label("copy_banner", LabelLanguage.BOTH)
        if doc.reprint_count:
            banner += f" #{doc.reprint_count}"  # which print this is, as the store counts reprints
        left.append(_para(banner, fonts, styles, styles.banner))
    elif doc.kind is CertificateKind.VOID:
        left.append(_para(label("void_banner", LabelLanguage.BOTH), fonts, styles, styles.banner))
    left.append(Spacer(0, 2 * mm))
    for field in header_fields(doc, language):
        left.append(_para(f"{field.label}: {field.value}", fonts, styles))
    barcode = Code128(doc.number)
    left += [Spacer(0, 3 * mm), barcode, _para(doc.number, fonts, styles, styles.small)]
    right = [
        QrCode(info.qr_text, size=QR_SIZE),
        _para(label("verify_hint", language), fonts, styles, styles.small),
    ]
    table = Table([[left, right]], colWidths=[width - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.latin),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


def _grid_rows(fields: tuple[Field, ...], fonts: Fonts, styles: Styles, value_width: float) -> tuple[list, list]:
    """Two label/value pairs per row; wide fields (and values too long for half a row) take a whole row."""
    rows: list[list] = []
    spans: list[tuple] = []
    pending: list[Field] = []

    def cells(field: Field) -> list:
        return [_para(field.label, fonts, styles, styles.label), _para(field.value, fonts, styles)]

    def flush() -> None:
        if pending:
            rows.append(cells(pending[0]) + (cells(pending[1]) if len(pending) > 1 else ["", ""]))
            pending.clear()

    for field in fields:
        value = _para(field.value, fonts, styles)
        too_long = value.wrap(value_width, 1e6)[1] > styles.value.leading * 1.5
        if field.key in WIDE_FIELDS or too_long:
            flush()
            rows.append([_para(field.label, fonts, styles, styles.label), value, "", ""])
            spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
        else:
            pending.append(field)
            if len(pending) == 2:
                flush()
    flush()
    return rows, spans


def _section_table(section: Section, fonts: Fonts, styles: Styles, width: float) -> Table:
    value_width = (width - 2 * LABEL_WIDTH) / 2
    rows, spans = _grid_rows(section.fields, fonts, styles, value_width - 6)
    # rows are numbered from 1 because row 0 is the section heading
    data = [[_para(section.title, fonts, styles, styles.heading), "", "", ""], *rows]
    table = Table(data, colWidths=[LABEL_WIDTH, value_width, LABEL_WIDTH, value_width])
    table.setStyle(TableStyle([*_grid_style(fonts), ("SPAN", (0, 0), (-1, 0)), *spans]))
    return table


def _pack_table(doc: CertificateDocument, fonts: Fonts, styles: Styles, language: LabelLanguage, width: float):
    heading = [_para(label("section_packs", language), fonts, styles, styles.heading), "", ""]
    columns = [_para(label(k, language), fonts, styles, styles.label) for k in ("pack_index", "pack_code", "pack_type")]
    body = [[_para(cell or MISSING, fonts, styles) for cell in row] for row in pack_rows(doc, language)]
    if not body:
        body = [["", _para(label("no_packs", language), fonts, styles), ""]]
    type_width = 55 * mm
    table = Table(
        [heading, columns, *body], colWidths=[14 * mm, width - 14 * mm - type_width, type_width], repeatRows=2
    )
    table.setStyle(TableStyle([*_grid_style(fonts), ("SPAN", (0, 0), (-1, 0))]))
    return table


def _footer(doc: CertificateDocument, fonts: Fonts, styles: Styles, language: LabelLanguage, width: float):
    fields = [*footer_fields(doc, language), *header_fields(doc, language)[-1:]]
    line = ("\u00a0" * 6).join(f"{f.label}: {f.value}" for f in fields)  # no-break spaces keep the gap
    boxes = signature_boxes(doc, language)
    box_width = width / len(boxes)
    data = [
        [_para(line, fonts, styles)] + [""] * (len(boxes) - 1),
        [_para(b, fonts, styles, styles.label) for b in boxes],
    ]
    table = Table(data, colWidths=[box_width] * len(boxes), rowHeights=[None, 28 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.latin),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 1), (-1, 1), 0.8, RULE),
                ("INNERGRID", (0, 1), (-1, 1), 0.8, RULE),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2 * mm),
                ("SPAN", (0, 0), (-1, 0)),
            ]
        )
    )
    return table


def _grid_style(fonts: Fonts) -> list[tuple]:
    return [
        # empty cells are drawn as strings in the table font: without this reportlab names Helvetica, a font
        # the PDF would not embed
        ("FONTNAME", (0, 0), (-1, -1), fonts.latin),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
