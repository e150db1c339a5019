"""Render certificates to PDF bytes: one certificate, or a day's batch as one document (one print job).

Output is byte-stable: reportlab runs in invariant mode (fixed document ID) and the PDF creation date comes from
``RenderOptions.created_at`` (fixed 2000-01-01 when not given), Ed25519 signatures are deterministic, and font
subsets are named by reportlab in order of use. The same documents and options always give the same bytes.

Each sheet's whole content (``domain.certificate.content_json``), whose digest its signed statement carries, is
embedded in the PDF's document information under ``/DismantlerContent`` (``verification.py``), so a verifier can
recover what was signed and compare it with the printed text.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

from dismantler_app.certificates.labels import label
from dismantler_app.certificates.layout import PageInfo, certificate_story, make_styles
from dismantler_app.certificates.signing import public_key_fingerprint, sign_statement
from dismantler_app.certificates.typeface import Fonts, register_fonts, string_width, text_runs
from dismantler_app.certificates.verification import CONTENT_KEY, embed_value
from dismantler_app.domain.certificate import CertificateDocument, CertificateKind, LabelLanguage, content_json
from dismantler_app.domain.certificate_statement import build_statement

MARGIN = 15 * mm
BOTTOM_MARGIN = 18 * mm


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}


@dataclass(frozen=True)
class RenderOptions:
    language: LabelLanguage = LabelLanguage.BOTH
    paper: Paper = Paper.A4
    logo_path: Path | None = None
    created_at: datetime | None = None  # the PDF's creation date; None gives the fixed invariant date
    font_dir: Path | None = None


def render_certificate(
    doc: CertificateDocument, *, private_key: Ed25519PrivateKey, options: RenderOptions | None = None
) -> bytes:
    return render_certificates([doc], private_key=private_key, options=options)


def render_certificates(
    docs: Sequence[CertificateDocument], *, private_key: Ed25519PrivateKey, options: RenderOptions | None = None
) -> bytes:
    """One PDF holding every certificate in order, each starting on a new page."""
    if not docs:
        raise ValueError("nothing to render: pass at least one certificate")
    opts = options or RenderOptions()
    # Binary (Flate-only) streams instead of ASCII85 over Flate: pixel-identical pages, 3 % smaller, and without the
    # pure-Python ASCII85 encoder that took 10 ms of each certificate (cProfile; reportlab 5 ships its C
    # accelerators as the separate rl_accel package). Certificates are the only reportlab output of this program.
    rl_config.useA85 = 0
    fonts = register_fonts(opts.font_dir)
    styles = make_styles(fonts)
    fingerprint = public_key_fingerprint(private_key.public_key())
    pagesize = PAGE_SIZES[opts.paper]
    width = pagesize[0] - 2 * MARGIN
    story = []
    for n, doc in enumerate(docs):
        info = PageInfo(doc, sign_statement(build_statement(doc), private_key), fingerprint)
        if n:
            story.append(PageBreak())
        story += certificate_story(
            info, fonts=fonts, styles=styles, language=opts.language, width=width, logo_path=opts.logo_path
        )
    out = io.BytesIO()
    first = docs[0]
    template = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        invariant=1,
        initialFontName=fonts.latin,
        title=f"{first.number}" if len(docs) == 1 else f"{len(docs)} certificates",
        author=first.facility.name,
        subject="certificate of scrapping" if len(docs) == 1 else "certificates of scrapping",
        creator="dismantler",
        producer="dismantler",
    )
    frame = Frame(MARGIN, BOTTOM_MARGIN, width, pagesize[1] - MARGIN - BOTTOM_MARGIN, id="body")
    template.addPageTemplates([PageTemplate(id="certificate", frames=[frame])])
    content = embed_value([content_json(doc) for doc in docs])
    template.build(story, canvasmaker=_canvas_class(fonts, opts, content))
    return out.getvalue()


class _FixedTimeStamp:
    """reportlab's TimeStamp shape for a given moment (PDF CreationDate/ModDate)."""

    def __init__(self, moment: datetime) -> None:
        utc = moment.astimezone(UTC)
        self.t = utc.timestamp()
        self.lt = utc.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class _InfoWithContent(PDFInfo):
    """reportlab's document information with one more entry: the signed content of every sheet."""

    def __init__(self, content: str) -> None:
        super().__init__()
        self.content = content

    def format(self, document) -> bytes:
        entries = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
            CONTENT_KEY.lstrip("/"): PDFString(self.content),
        }
        entries["ModDate"] = entries["CreationDate"] = PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        return PDFDictionary(entries).format(document)


def _canvas_class(fonts: Fonts, opts: RenderOptions, content: str) -> type[Canvas]:
    class CertificateCanvas(Canvas):
        """Keeps pages until the end so each page can say "page i/n" of its own certificate."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            info = _InfoWithContent(content)
            info.__dict__.update({k: v for k, v in self._doc.info.__dict__.items() if k != "content"})
            self._doc.info = info
            if opts.created_at is not None:
                self._doc._timeStamp = _FixedTimeStamp(opts.created_at)
            self._held: list[tuple[dict, PageInfo | None]] = []
            self.current_certificate: PageInfo | None = None

        def showPage(self) -> None:
            self._held.append((dict(self.__dict__), self.current_certificate))
            self._startPage()

        def save(self) -> None:
            totals = Counter(id(info) for _, info in self._held)
            seen: Counter[int] = Counter()
            for state, info in self._held:
                self.__dict__.update(state)
                if info is not None:
                    seen[id(info)] += 1
                    _decorate_page(self, info, fonts, opts, page=seen[id(info)], pages=totals[id(info)])
                Canvas.showPage(self)
            Canvas.save(self)

    return CertificateCanvas


def _draw_runs(canv: Canvas, x: float, y: float, text: str, fonts: Fonts, size: float, *, align: str = "left"):
    width = string_width(text, fonts, size)
    x0 = x - width if align == "right" else x - width / 2 if align == "center" else x
    obj = canv.beginText(x0, y)
    for font, piece in text_runs(text, fonts):
        obj.setFont(font, size)
        obj.textOut(piece)
    canv.drawText(obj)


def _fit(text: str, fonts: Fonts, size: float, max_width: float) -> str:
    """Shorten a one-line text with an ellipsis so it fits (the full text is on the certificate body)."""
    if string_width(text, fonts, size) <= max_width:
        return text
    while text and string_width(text + "…", fonts, size) > max_width:
        text = text[:-1]
    return text + "…"


def _decorate_page(canv: Canvas, info: PageInfo, fonts: Fonts, opts: RenderOptions, *, page: int, pages: int):
    """Footer, continuation header and COPY/VOID watermark, drawn once the certificate's page count is known."""
    doc, language = info.doc, opts.language
    page_w, page_h = canv._pagesize
    canv.saveState()
    canv.setFillColor(colors.Color(0.3, 0.3, 0.3))
    footer_y = 9 * mm
    canv.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
    canv.setLineWidth(0.4)
    canv.line(MARGIN, footer_y + 9, page_w - MARGIN, footer_y + 9)
    third = (page_w - 2 * MARGIN) / 3 - 4 * mm
    _draw_runs(canv, MARGIN, footer_y, _fit(doc.facility.name, fonts, 7, third), fonts, 7)
    _draw_runs(canv, page_w / 2, footer_y, f"{doc.number}  {page}/{pages}", fonts, 7, align="center")
    _draw_runs(
        canv, page_w - MARGIN, footer_y, f"{label('key', language)} {info.key_fingerprint}", fonts, 7, align="right"
    )
    if page > 1:
        heading = f"{label('number', language)}: {doc.number}  ({label('continued', language)} {page}/{pages})"
        _draw_runs(canv, MARGIN, page_h - 10 * mm, heading, fonts, 9)
    if doc.kind is not CertificateKind.ORIGINAL:
        banner = label("copy_banner" if doc.kind is CertificateKind.COPY else "void_banner", LabelLanguage.BOTH)
        canv.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.13))
        canv.translate(page_w / 2, page_h / 2)
        canv.rotate(35)
        _draw_runs(canv, 0, -30, banner, fonts, 96, align="center")
    canv.restoreState()
