"""``dismantler classify TEXT... [--json]``: what each text is (battery code, VIN, USCC or unknown, and why).

A report, so the exit code is 0 even when inputs are unknown; 2 is for usage errors. ``-`` reads inputs line by line
from standard input as bytes (a scanner piping in may send GB 18030 or stray control characters).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import Classification


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="say what scanned or typed texts are: battery code, VIN, USCC, battery passport id, GB/T 45565 code or "
        "unknown",
        description="Classify each TEXT as a battery code (GB/T 34014), VIN, USCC, EU battery passport id (GS1 Digital "
        "Link or Catena-X), GB/T 45565 lithium battery code, or unknown (with the reason).",
    )
    parser.add_argument("texts", nargs="+", metavar="TEXT", help="a text to classify; '-' reads lines from stdin")
    parser.add_argument("--json", action="store_true", help="one JSON object per input, one per line")
    parser.add_argument("--strict", action="store_true", help="refuse VINs with a wrong check digit and doubtful USCCs")
    parser.add_argument(
        "--vin-field",
        action="store_true",
        help="the texts were entered in a VIN field: a 17-character text without a valid check digit is then a VIN "
        "where the check digit is optional (EU), instead of unknown",
    )
    parser.set_defaults(handler=run)


def _inputs(texts: list[str]) -> Iterator[str | bytes]:
    for text in texts:
        if text != "-":
            yield text
            continue
        for line in sys.stdin.buffer:
            if line.strip():
                yield line.rstrip(b"\r\n")


def _line(result: Classification) -> str:
    # json.dumps keeps control characters of the input visible and on one line.
    parts = [f"{result.kind.value:<8}", result.code or "-"]
    if result.reason:
        parts.append(f"reason={result.reason.value}")
    if result.warnings:
        parts.append("warnings=" + ",".join(result.warnings))
    parts.append(f"input={json.dumps(result.input)}")
    return "  ".join(parts)


def run(args: argparse.Namespace) -> int:
    for raw in _inputs(args.texts):
        result = classify(raw, strict=args.strict, vin_field=args.vin_field)
        print(json.dumps(result.to_json(), sort_keys=False) if args.json else _line(result), flush=True)
    return 0
