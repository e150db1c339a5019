"""``dismantler scan-image FILE... [--json]`` and ``dismantler scan-camera --source 0|URL|VIDEO|DIR [--json]``.

scan-image reports what each picture holds, one JSON object per file:
``{"file", "codes": [{"kind", "code", "raw", "symbology", "corners"}], "unconfirmed": [{…, "doubt", "reason"}],
"unrecognised": [...], "ms"}``. A code from a 1D symbol needs a second, independent read of the same picture to be
listed under "codes" (see :mod:`dismantler_app.scanning.single_image`). Every entry says its "source": "symbol",
or "text" when no symbol gave a code and the printed code was read by OCR (offline): a VIN with a valid check digit
is listed under "codes", a battery code (text has no check character) under "unconfirmed" with the reason.
scan-camera prints confirmed scans as JSON lines until stopped (Ctrl-C) or until a file/folder source ends; source
state changes and trouble go to standard error. Reports exit 0; 1 when an image could not be read; 2 is usage.
"""

from __future__ import annotations

import argparse
import json
import queue
import sys
from pathlib import Path

from dismantler_app.cli.main import UsageError
from dismantler_app.domain.printed_codes import TextReason
from dismantler_app.scanning.confirmation import ConfirmationSettings
from dismantler_app.scanning.engine import ScanEngine
from dismantler_app.scanning.events import (
    CodeConfirmed,
    Guidance,
    PayloadUnrecognised,
    ScanEvent,
    StateChanged,
    TextSuggested,
    Trouble,
    WorkerRestarted,
)
from dismantler_app.scanning.interpret import Interpreter
from dismantler_app.scanning.ocr import TextReader
from dismantler_app.scanning.pipeline import CAMERA_WORK_SIDE, FrameDecoder
from dismantler_app.scanning.single_image import MAX_PICTURE_PIXELS, PictureRefused, load_picture, read_picture
from dismantler_app.scanning.sources import FolderSource, SourceUnavailable, source_from_spec

RESOLUTIONS = {"720p": (1280, 720), "1080p": (1920, 1080)}


def register(subparsers: argparse._SubParsersAction) -> None:
    image = subparsers.add_parser(
        "scan-image",
        help="read battery codes, VINs and other symbols from picture files",
        description="Decode every QR, Data Matrix, Code 128 and Code 39 symbol in each FILE and classify it. "
        "A single picture has no second frame to confirm a read, so a code from a Code 128 or Code 39 symbol is "
        "reported only when a second, independent read of the same bars agrees (the other half of the bars, the "
        "bars at the picture's own pixels, pyzbar, or another symbol with the same code); otherwise it is listed "
        'under "unconfirmed" with the reason, and is no scan.',
    )
    image.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=f"a JPEG/PNG picture of at most {MAX_PICTURE_PIXELS // 1_000_000} megapixels",
    )
    image.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    image.add_argument("--strict", action="store_true", help="treat VINs with a wrong check digit as unrecognised")
    image.add_argument("--no-ocr", action="store_true", help="do not read printed codes when no symbol gives one")
    image.set_defaults(handler=run_image)

    camera = subparsers.add_parser(
        "scan-camera",
        help="scan from a webcam, IP camera, video file or image folder and print confirmed codes",
        description="Print each confirmed scan until stopped with Ctrl-C (or until a file or folder ends).",
    )
    camera.add_argument("--source", required=True, help="camera index (0, 1, …), rtsp:// or http:// URL, video, folder")
    camera.add_argument(
        "--resolution",
        choices=sorted(RESOLUTIONS),
        default="1080p",
        help="camera resolution (default 1080p: symbols are located on a 720p copy and read at full resolution)",
    )
    camera.add_argument("--json", action="store_true", help="one JSON object per confirmed scan, one per line")
    camera.add_argument("--strict", action="store_true", help="treat VINs with a wrong check digit as unrecognised")
    camera.add_argument("--frames", type=int, default=2, help="frames a code must be read in (default 2)")
    camera.add_argument("--window", type=float, default=1.0, help="…within this many seconds (default 1)")
    camera.add_argument("--evidence-dir", type=Path, help="write each confirming frame here as SHA256.jpg")
    camera.add_argument("--no-realtime", action="store_true", help="read a video file as fast as possible")
    camera.add_argument("--no-ocr", action="store_true", help="do not read printed codes when no symbol gives one")
    camera.set_defaults(handler=run_camera)


_TEXT_REASONS = {
    TextReason.BATTERY_CODE_FROM_TEXT: "read from printed text, which has no check character; confirm it against "
    "the label, or scan its symbol",
    TextReason.VIN_CHECK_DIGIT: "read from printed text and its check digit does not match; check the VIN by eye",
}


def scan_image_file(path: Path, *, strict: bool = False, ocr: TextReader | None = None) -> dict[str, object]:
    """What one picture holds, as the JSON object ``scan-image --json`` prints. The same file gives the same
    object (``ms`` aside) however busy the machine is: a picture is decoded to a fixed amount of work. With
    ``ocr``, printed codes are read when no symbol gave one (entries with ``"source": "text"``)."""
    try:
        frame = load_picture(path)
    except PictureRefused as refused:
        return {"file": str(path), "error": str(refused), "codes": [], "unconfirmed": [], "unrecognised": []}
    result = read_picture(frame, strict=strict, ocr=ocr)
    text_codes = [t for t in result.text if t.printed.trusted]
    text_doubts = [t for t in result.text if not t.printed.trusted]
    report: dict[str, object] = {
        "file": str(path),
        "codes": [{"kind": c.kind.value, "code": c.code, "source": "symbol", **s.to_json()} for c, s in result.codes]
        + [{**t.to_json(), "symbology": None} for t in text_codes],
        "unconfirmed": [
            {
                "kind": u.classification.kind.value,
                "code": u.classification.code,
                "source": "symbol",
                **u.symbol.to_json(),
                "doubt": u.doubt.value,
                "reason": u.reason,
            }
            for u in result.unconfirmed
        ]
        + [
            {
                **t.to_json(),
                "symbology": None,
                "doubt": t.printed.reason,
                "reason": _TEXT_REASONS.get(t.printed.reason, t.printed.reason),
            }
            for t in text_doubts
        ],
        "unrecognised": [
            {**s.to_json(), "reason": c.reason.value if c.reason else None} for c, s in result.unrecognised
        ],
        "ms": round(result.ms, 1),
    }
    if result.errors:
        report["errors"] = list(result.errors)
    return report


def run_image(args: argparse.Namespace) -> int:
    status = 0
    ocr = None if args.no_ocr else TextReader()  # the models load on the first picture that needs them
    for name in args.files:
        report = scan_image_file(Path(name), strict=args.strict, ocr=ocr)
        status = 1 if "error" in report else status
        if args.json:
            print(json.dumps(report, ensure_ascii=False), flush=True)
            continue
        if "error" in report:
            print(f"{name}: {report['error']}", file=sys.stderr)
            continue
        found = [f"{c['kind']} {c['code']} ({c['symbology'] or 'text'})" for c in report["codes"]]  # type: ignore[union-attr]
        doubtful = report["unconfirmed"]
        found += [
            f"unconfirmed {u['kind']} {u['code']} ({u['symbology'] or 'text'}): {u['reason']}"
            for u in doubtful  # type: ignore[union-attr]
        ]
        found += [f"unrecognised {json.dumps(u['raw'], ensure_ascii=False)}" for u in report["unrecognised"]]  # type: ignore[union-attr]
        print(f"{name}: {'; '.join(found) or 'no symbol found'}  [{report['ms']} ms]", flush=True)
    return status


def _print_event(event: ScanEvent, *, as_json: bool, evidence_dir: Path | None) -> None:
    if isinstance(event, StateChanged):
        print(f"source {event.state.value}: {event.source} {event.detail}".rstrip(), file=sys.stderr, flush=True)
    elif isinstance(event, Trouble):
        print(f"trouble ({event.kind.value}): {event.detail}", file=sys.stderr, flush=True)
    elif isinstance(event, WorkerRestarted):
        print(f"a decode worker stopped and was restarted ({event.detail})", file=sys.stderr, flush=True)
    elif isinstance(event, Guidance):
        print(f"hint: {event.hint.value}", file=sys.stderr, flush=True)
    elif isinstance(event, CodeConfirmed | PayloadUnrecognised | TextSuggested):
        payload = event.to_json()
        if isinstance(event, CodeConfirmed | TextSuggested) and event.evidence and evidence_dir is not None:
            evidence_dir.mkdir(parents=True, exist_ok=True)
            (evidence_dir / f"{event.evidence.sha256}.jpg").write_bytes(event.evidence.jpeg)
        if as_json:
            print(json.dumps(payload, ensure_ascii=False), flush=True)
        else:
            what = f"{payload.get('kind')} {payload.get('code')}" if "code" in payload else "unrecognised"
            if isinstance(event, TextSuggested):
                what = f"suggestion (read from text, confirm by eye): {what}"
            how = payload.get("symbology") or "text"
            print(f"{what}  {json.dumps(payload['raw'], ensure_ascii=False)}  ({how})", flush=True)


def run_camera(args: argparse.Namespace) -> int:
    try:
        source = source_from_spec(args.source, resolution=RESOLUTIONS[args.resolution], realtime=not args.no_realtime)
        settings = ConfirmationSettings(frames_needed=args.frames, window_s=args.window)
    except (SourceUnavailable, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    events: queue.Queue[ScanEvent] = queue.Queue()
    finite = not source.live
    engine = ScanEngine(
        lambda: source,
        on_event=events.put,
        decoder=FrameDecoder(work_side=CAMERA_WORK_SIDE),
        interpreter=Interpreter(confirmation=settings, strict_vin=args.strict),
        keep_every_frame=finite and (isinstance(source, FolderSource) or args.no_realtime),
        text_reader=None if args.no_ocr else TextReader(),
    )
    engine.start()
    try:
        while not (engine.wait(0) and events.empty()):
            try:
                event = events.get(timeout=0.2)
            except queue.Empty:
                continue
            _print_event(event, as_json=args.json, evidence_dir=args.evidence_dir)
    finally:
        engine.stop()
    return 0
