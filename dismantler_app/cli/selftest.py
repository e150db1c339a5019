"""``dismantler --self-test [--json]`` (also ``dismantler self-test``): is this installation able to work?

Run after installing, from CI on the built bundle, and by support on a yard PC that misbehaves. Each part runs on
its own and a failure in one does not hide the others:

- database: a yard database created in a temporary folder, written (the first user) and read back (signing in);
- decoder: a bundled demo label photographed by the virtual camera, decoded and recognised as its pack code;
- certificate: the sample certificate rendered to PDF with the fonts embedded;
- fonts: both certificate fonts parse and have the glyphs a Chinese certificate needs, and Qt loads the CJK font;
- translations: the Qt Linguist catalogues load and the Chinese one translates a known string;
- qt: Qt starts on the offscreen platform (no display needed);
- ocr: the bundled OCR models load and read a rendered VIN line with network access blocked in this process (the
  models ship with the app; nothing may be downloaded).

Exit 0 when every part passed, 1 naming the parts that failed. Each part imports what it needs inside, so a library
missing from a broken bundle fails its part with the import error instead of the whole command.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path

from dismantler_app import __version__
from dismantler_app.resources import assets_dir, bundle_dir

# Also in services/demo.py's docstring: the demo camera's pack label, decoded by the decoder part.
SELF_TEST_LABEL = ("demo", "labels", "20_missing_pack.jpg")
# Characters a Chinese certificate cannot do without (the title, a plate's province); checked in the CJK font.
CJK_SAMPLE = "报废机动车回收证明沪粤京"
LATIN_SAMPLE = "VIN ABCDEFGHJKLMNPRSTUVWXYZ 0123456789 ÄÖÜß"


class Part(StrEnum):
    QT = "qt"
    DATABASE = "database"
    DECODER = "decoder"
    CERTIFICATE = "certificate"
    FONTS = "fonts"
    TRANSLATIONS = "translations"
    OCR = "ocr"


@dataclass(frozen=True)
class PartResult:
    part: Part
    ok: bool
    detail: str
    ms: float


def check_database() -> str:
    from dismantler_app.composition import open_app_context
    from dismantler_app.services import demo, users

    with tempfile.TemporaryDirectory(prefix="dismantler-self-test-") as tmp, open_app_context(tmp) as app:
        account = demo.DEMO_ACCOUNTS[0]
        users.create_first_admin(
            app.services, app.clock, username=account.username, password=account.password, yard=demo.DEMO_YARD
        )
        user = users.authenticate(app.services, username=account.username, password=account.password)
        return f"created, written and read back ({app.settings.database_path.name}, user {user.username})"


def check_decoder(assets: Path) -> str:
    import cv2

    from dismantler_app.domain.classifier import classify
    from dismantler_app.scanning.decoders import pyzbar_status
    from dismantler_app.scanning.pipeline import FrameDecoder
    from dismantler_app.services.demo import CAMERA_PACK

    path = assets.joinpath(*SELF_TEST_LABEL)
    frame = cv2.imread(str(path), cv2.IMREAD_COLOR) if path.is_file() else None
    if frame is None:
        raise FileNotFoundError(f"the test label {path} is missing or unreadable; reinstall the app")
    result = FrameDecoder().decode(frame)
    codes = {classify(s.text).code for s in result.symbols}
    if CAMERA_PACK not in codes:
        raise ValueError(f"{path.name} should hold pack {CAMERA_PACK}; the decoder read {sorted(map(str, codes))}")
    return f"{path.name}: {CAMERA_PACK} in {result.ms:.0f} ms; {pyzbar_status() or _zbar_origin()}"


def _zbar_origin() -> str:
    """Which libzbar pyzbar loaded: a bundle must use its own copy, not one a developer's PC happens to have.

    pyzbar missing is not a failure (zxing-cpp reads every symbology alone), so it is reported, not failed.
    """
    from pyzbar import wrapper

    library = getattr(wrapper, "LIBZBAR", None)
    return f"pyzbar loaded {getattr(library, '_name', '(not used yet)')}"


def check_certificate(assets: Path) -> str:
    from dismantler_app.certificates.render import RenderOptions, render_certificate
    from dismantler_app.certificates.samples import sample_document, sample_key

    pdf = render_certificate(
        sample_document(), private_key=sample_key(), options=RenderOptions(font_dir=assets / "fonts")
    )
    if not pdf.startswith(b"%PDF-") or b"/FontFile2" not in pdf:
        raise ValueError("the sample certificate rendered without embedded fonts")
    return f"sample certificate rendered ({len(pdf) // 1024} KiB PDF, fonts embedded)"


def check_fonts(assets: Path) -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    from dismantler_app.certificates.typeface import CJK_FILE, LATIN_FILE
    from dismantler_app.gui.common.self_check import check_font

    found = []
    for filename, sample in ((LATIN_FILE, LATIN_SAMPLE), (CJK_FILE, CJK_SAMPLE)):
        path = assets / "fonts" / filename
        if not path.is_file():
            raise FileNotFoundError(f"the font {path} is missing; reinstall the app (it ships in assets/fonts)")
        cmap = TTFont(f"SelfTest{len(found)}", str(path)).face.charToGlyph
        lacking = sorted({ch for ch in sample if ch != " " and ord(ch) not in cmap})
        if lacking:
            raise ValueError(f"the font {filename} lacks {''.join(lacking)}; the file may be damaged")
        found.append(filename)
    return f"{', '.join(found)} parse; Qt: {check_font(assets / 'fonts' / CJK_FILE)}"


def check_translations() -> str:
    from dismantler_app.gui.common.self_check import check_translations as qt_check

    return qt_check()


def check_qt() -> str:
    from dismantler_app.gui.common.self_check import check_qt as qt_check

    return qt_check()


class _NetworkBlocked:
    """Within the block, any attempt to open a network connection from this process fails."""

    def __enter__(self) -> None:
        import socket

        def refuse(*args: object, **kwargs: object) -> None:
            raise OSError("network access is blocked during the OCR self-test")

        self._saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo)
        socket.socket.connect = socket.socket.connect_ex = refuse  # type: ignore[method-assign, assignment]
        socket.create_connection = socket.getaddrinfo = refuse  # type: ignore[assignment]

    def __exit__(self, *exc: object) -> None:
        import socket

        socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo = self._saved  # type: ignore[method-assign, assignment]


def check_ocr() -> str:
    from dismantler_app.scanning.ocr import self_check

    with _NetworkBlocked():
        ok, detail = self_check()
    if not ok:
        raise RuntimeError(detail)
    return detail


def run_checks(*, assets: Path | None = None) -> list[PartResult]:
    """Runs every part (Qt first: the font and translation checks need its application object)."""
    folder = assets or assets_dir()
    checks: Sequence[tuple[Part, Callable[[], str]]] = (
        (Part.QT, check_qt),
        (Part.DATABASE, check_database),
        (Part.DECODER, lambda: check_decoder(folder)),
        (Part.CERTIFICATE, lambda: check_certificate(folder)),
        (Part.FONTS, lambda: check_fonts(folder)),
        (Part.TRANSLATIONS, check_translations),
        (Part.OCR, check_ocr),
    )
    results = []
    for part, check in checks:
        started = time.perf_counter()
        try:
            detail, ok = check(), True
        except Exception as exc:  # a self-test reports every failure, whatever its kind, and carries on
            detail, ok = f"{type(exc).__name__}: {exc}", False
            traceback.print_exc(file=sys.stderr)
        results.append(PartResult(part, ok, detail, round((time.perf_counter() - started) * 1000, 1)))
    return results


def report(results: Sequence[PartResult], *, as_json: bool) -> int:
    failed = [r.part.value for r in results if not r.ok]
    if as_json:
        body = {
            "ok": not failed,
            "failed": failed,
            "version": __version__,
            "frozen": bundle_dir() is not None,
            "assets": str(assets_dir()),
            "parts": [asdict(r) | {"part": r.part.value} for r in results],
        }
        print(json.dumps(body, ensure_ascii=False, sort_keys=True))
    else:
        for r in results:
            print(f"{'ok  ' if r.ok else 'FAIL'} {r.part.value:<13} {r.detail} ({r.ms:.0f} ms)")
        print("self-test passed" if not failed else f"self-test FAILED: {', '.join(failed)}")
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    return report(run_checks(), as_json=bool(getattr(args, "json", False)))


class SelfTestFlag(argparse.Action):
    """``--self-test [--json]`` as a global option: takes the rest of the line and runs as the ``self-test`` command."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[override]
        rest = list(values or [])
        if any(v != "--json" for v in rest):
            parser.error(f"--self-test takes only --json, not {' '.join(v for v in rest if v != '--json')}")
        namespace.command = "self-test"
        namespace.json = "--json" in rest
        namespace.handler = run


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "self-test", help="check this installation (database, decoder, certificate, fonts, translations, Qt)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)
