"""The two embedded fonts of every certificate, and the per-character fallback between them.

The CJK font (Droid Sans Fallback, Apache-2.0) has no Latin glyphs at all (its cmap starts at U+2E80, checked with
reportlab's TTFont), so Latin, Greek and Cyrillic text is set in DejaVu Sans (Bitstream Vera licence); both ship in
``assets/fonts`` and are embedded as subsets by reportlab's TTFont, so a certificate looks the same on every PC.
The not-embedded CID font STSong-Light is avoided on purpose: viewers substitute its glyphs.

A character neither font has (a rare CJK Extension-B name character such as 𠮷, an emoji) prints as ``[U+20BB7]``:
visible and recoverable, never a blank box or a crash. Invisible format characters (zero-width joiners, variation
selectors) are dropped since they have nothing to show.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dismantler_app.resources import asset

LATIN_FONT = "DismantlerSans"
CJK_FONT = "DismantlerCJK"
LATIN_FILE = "DejaVuSans.ttf"
CJK_FILE = "DroidSansFallbackFull.ttf"
DEFAULT_FONT_DIR = asset("fonts")

_lock = threading.Lock()
_registered: Fonts | None = None


@dataclass(frozen=True)
class Fonts:
    """The registered font names and which code points each can draw."""

    latin: str
    cjk: str
    latin_cmap: frozenset[int]
    cjk_cmap: frozenset[int]

    def font_for(self, ch: str) -> str | None:
        cp = ord(ch)
        if cp in self.latin_cmap:
            return self.latin
        if cp in self.cjk_cmap:
            return self.cjk
        return None


class FontMissing(FileNotFoundError):
    """A font file the certificate needs is not where it should be."""


def register_fonts(font_dir: Path | None = None) -> Fonts:
    """Register both fonts with reportlab once per process and return them (later calls reuse the first)."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        folder = font_dir or DEFAULT_FONT_DIR
        faces = {}
        for name, filename in ((LATIN_FONT, LATIN_FILE), (CJK_FONT, CJK_FILE)):
            path = folder / filename
            if not path.is_file():
                raise FontMissing(
                    f"certificate font {path} is missing; reinstall the application or restore assets/fonts"
                )
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            faces[name] = frozenset(font.face.charToGlyph)
        _registered = Fonts(LATIN_FONT, CJK_FONT, faces[LATIN_FONT], faces[CJK_FONT])
        return _registered


def _invisible(ch: str) -> bool:
    cp = ord(ch)
    return (
        unicodedata.category(ch) in {"Cf", "Cc"}
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors (emoji presentation)
        or 0xE0100 <= cp <= 0xE01EF
    )


# The cmap lookups, run splitting and markup are cached per process: labels and most values repeat on every
# certificate, and uncached they cost about 11 ms of a 2-pack certificate (cProfile, 10 renders).
_CACHE_SIZE = 8192


@lru_cache(maxsize=_CACHE_SIZE)
def text_runs(text: str, fonts: Fonts) -> tuple[tuple[str, str], ...]:
    """Split text into (font name, text) runs, substituting ``[U+XXXX]`` for characters no font has."""
    runs: list[tuple[str, str]] = []
    for ch in text.replace("\t", " ").replace("\r\n", "\n"):
        if ch == "\n":
            font, piece = fonts.latin, "\n"
        elif _invisible(ch):
            continue
        else:
            found = fonts.font_for(ch)
            font, piece = (found, ch) if found else (fonts.latin, f"[U+{ord(ch):04X}]")
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + piece)
        else:
            runs.append((font, piece))
    return tuple(runs)


def printable_text(text: str, fonts: Fonts) -> str:
    """The text exactly as it will print (after substitution): what a PDF text extraction should find."""
    return "".join(piece for _, piece in text_runs(text, fonts))


@lru_cache(maxsize=_CACHE_SIZE)
def paragraph_markup(text: str, fonts: Fonts) -> str:
    """Paragraph markup for text in mixed scripts: each run in the font that has its glyphs."""
    parts = []
    for font, piece in text_runs(text, fonts):
        body = escape(piece).replace("\n", "<br/>")
        parts.append(body if font == fonts.latin else f'<font name="{font}">{body}</font>')
    return "".join(parts)


@lru_cache(maxsize=_CACHE_SIZE)
def string_width(text: str, fonts: Fonts, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in text_runs(text, fonts))
