"""``dismantler certificate verify|render|print|official-number``: check a certificate's signed QR statement,
render a sample, print an issued certificate (or a copy, or a day's batch) from the yard's records.

``verify`` takes a PDF, a scanned image or the raw QR text and checks the signature against the issuing yard's
public key (``--public-key FILE``, or this PC's yard key under the data folder); on a PDF it also compares every
printed field with the signed content and names each one that differs, on a scan it names the fields only the text
could show (``certificates/verification.py``). Exit code 0 when every statement found is valid, 1 otherwise.
``render --sample`` signs with the published sample key (never the yard's key, so a sample can never pass for a real
certificate) and writes that public key next to the PDF. ``print`` signs with the yard's key, acts as ``--user``
(audited), prints the original the first time and a counted copy ("副本 COPY #n") every time after (``--day`` takes the
yard's local date of issue), and exits 0 when printed or saved, 1 when refused (sign-in, permission, spooler), 2 for bad
input (unknown number, bad date, no password available).
``official-number`` records the Ministry of Commerce system's number of a certificate (a supervisor, audited).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from pypdf.errors import PyPdfError

from dismantler_app.certificates.extract import ExtractionFailed
from dismantler_app.certificates.labels import LABELS, label
from dismantler_app.certificates.printing import PrintFailed, SpoolerUnavailable, find_spooler, print_pdf
from dismantler_app.certificates.render import Paper, RenderOptions, render_certificate
from dismantler_app.certificates.samples import sample_document, sample_key
from dismantler_app.certificates.signing import load_public_key
from dismantler_app.certificates.verification import (
    PrintedCheck,
    PrintedOutcome,
    check_scan,
    verify_certificate_file,
)
from dismantler_app.cli.credentials import SignInRefused, add_user_argument, sign_in
from dismantler_app.cli.main import UsageError
from dismantler_app.composition import open_app_context, settings_for
from dismantler_app.domain.certificate import CertificateKind, LabelLanguage
from dismantler_app.domain.records import Market
from dismantler_app.domain.statement_signing import verify_qr_text_with_keys
from dismantler_app.services.certificate_documents import (
    PrintLayout,
    RenderedCertificates,
    render_certificate_print,
    render_day,
)
from dismantler_app.services.certificates import get_certificate, set_official_number
from dismantler_app.services.errors import InvalidInput, InvalidState, NotFound, PermissionDenied
from dismantler_app.services.yard_keys import load_or_create_yard_keys, load_yard_public_keys
from dismantler_app.storage.errors import DatabaseRefused


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("certificate", help="verify a certificate's QR statement, render a sample")
    actions = parser.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check the signed statement of a PDF, a scan or a QR text")
    verify.add_argument("input", help="a certificate PDF, a scanned image (png/jpg/tif) or the QR text itself")
    keys = verify.add_mutually_exclusive_group()
    keys.add_argument("--public-key", type=Path, help="the issuing yard's yard_ed25519.pub.pem")
    keys.add_argument("--data-dir", dest="key_data_dir", type=Path, help="use the yard key of this data folder")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.set_defaults(handler=run_verify)
    render = actions.add_parser("render", help="render a sample certificate (signed with the sample key)")
    render.add_argument(
        "--sample",
        choices=[*SAMPLES],
        required=True,
        help="cn, eu, or eu-collector (a collector issuing on behalf of a treatment facility)",
    )
    render.add_argument("--pdf", type=Path, required=True, help="the PDF file to write")
    render.add_argument("--language", choices=[v.value for v in LabelLanguage], default=LabelLanguage.BOTH.value)
    render.add_argument("--paper", choices=[v.value for v in Paper], default=Paper.A4.value)
    render.add_argument("--packs", type=int, default=2, help="number of traction packs (default 2)")
    render.add_argument("--kind", choices=["original", "copy", "void"], default="original")
    render.add_argument("--logo", type=Path, help="an image to place as the yard logo")
    render.add_argument("--json", action="store_true")
    render.set_defaults(handler=run_render)
    printing = actions.add_parser("print", help="print an issued certificate, a copy, or a day's certificates")
    printing.add_argument("number", nargs="?", help="the certificate number, e.g. SH01-2026-000123")
    printing.add_argument("--day", type=parse_day, help="every certificate issued that day (YYYY-MM-DD), one job")
    target = printing.add_mutually_exclusive_group()
    target.add_argument("--printer", help="the printer's name (default: the system's default printer)")
    target.add_argument("--pdf", type=Path, help="save the PDF to this file instead of printing")
    printing.add_argument(
        "--copy",
        action="store_true",
        help='print a counted copy ("副本 COPY #n") even if the original was never printed; once the original was '
        "printed every print is a copy anyway",
    )
    printing.add_argument("--language", choices=[v.value for v in LabelLanguage], help="labels (default by market)")
    printing.add_argument("--paper", choices=[v.value for v in Paper], default=Paper.A4.value)
    add_user_argument(printing)
    printing.add_argument("--json", action="store_true")
    printing.set_defaults(handler=run_print)
    official = actions.add_parser(
        "official-number", help="enter the number the Ministry of Commerce system gave a certificate"
    )
    official.add_argument("number", help="the yard's certificate number, e.g. SH01-2026-000123")
    official.add_argument("official_number", help="the number printed on the official form")
    add_user_argument(official)
    official.add_argument("--json", action="store_true")
    official.set_defaults(handler=run_official_number)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from exc


def _public_keys(args: argparse.Namespace) -> list:
    """The key given with --public-key, or the yard's current key followed by its retired ones."""
    try:
        if args.public_key is not None:
            return [load_public_key(args.public_key.read_bytes())]
        data_dir = args.key_data_dir or getattr(args, "data_dir", None)
        return load_yard_public_keys(settings_for(data_dir).data_dir)
    except (OSError, ValueError) as exc:
        raise UsageError(str(exc)) from exc


def run_verify(args: argparse.Namespace) -> int:
    keys = _public_keys(args)
    path = Path(args.input)
    results: list[dict[str, object]] = []
    if path.is_file():
        try:
            verdicts = verify_certificate_file(path, keys)
        except ExtractionFailed as exc:
            raise UsageError(str(exc)) from exc
        except (PyPdfError, ValueError, OSError) as exc:
            raise UsageError(
                f"{path} cannot be read as a PDF ({exc}); check that it is a whole certificate file"
            ) from exc
        for verdict in verdicts:
            item = verdict.found
            result = verdict.verification.to_json()
            result.update(source=item.source.value, page=item.page, text_layer_agrees=item.text_layer_agrees)
            if verdict.printed is not None:
                result["printed"] = verdict.printed.to_json()
                if not verdict.printed.ok:
                    result.update(valid=False, reason=_printed_reason(verdict.printed))
            if item.text_layer_agrees is False:
                result.update(valid=False, reason="the PDF's hidden text differs from its QR code: the file was edited")
            results.append(result)
    elif args.input.startswith("DSC"):
        verification = verify_qr_text_with_keys(args.input, keys)
        result = {**verification.to_json(), "source": "text"}
        if verification.valid and verification.statement is not None:
            result["printed"] = check_scan(verification.statement).to_json()
        results.append(result)
    else:
        raise UsageError(f"{args.input!r} is neither a file nor a certificate QR text (those start with DSC)")
    ok = all(r["valid"] for r in results)
    if args.json:
        print(json.dumps({"valid": ok, "certificates": results}, ensure_ascii=False, sort_keys=True))
    else:
        for r in results:
            print(_describe(r))
    return 0 if ok else 1


def _field_names(keys: Sequence[str]) -> str:
    return ", ".join(_field_name(k) for k in keys)


def _field_name(key: str) -> str:
    if key.startswith("pack_") and key[5:].isdigit():
        return f"traction battery {key[5:]}"
    if key in LABELS:
        return f"{label(key, LabelLanguage.EN)} ({key})"
    return key


def _printed_reason(printed: PrintedCheck) -> str:
    if printed.outcome is PrintedOutcome.CONTENT_MISSING:
        return (
            "the signed certificate content is missing from the PDF or was altered, so the printed fields cannot be "
            "checked: ask the yard for the original file, or verify the paper certificate's QR code"
        )
    return f"the printed text differs from what was signed in: {_field_names(printed.differing)}; the file was edited"


def _describe(result: dict[str, object]) -> str:
    head = f"{'VALID' if result['valid'] else 'NOT VALID'}: {result['reason']} (key {result['key_fingerprint']})"
    statement = result.get("statement")
    if not isinstance(statement, dict):
        return head
    packs = ", ".join(statement["pack_codes"]) or "none"
    lines = [
        head,
        f"  certificate {statement['number']} ({statement['kind']}) issued {statement['issued_on']} "
        f"by yard {statement['yard_code']}",
        f"  VIN {statement['vin']}",
        f"  traction packs: {packs}",
    ]
    printed = result.get("printed")
    if isinstance(printed, dict):
        outcome = printed["outcome"]
        if outcome == PrintedOutcome.MATCHES.value:
            lines.append("  every printed field matches the signed content")
        elif outcome == PrintedOutcome.NOT_COMPARED.value:
            lines.append(
                "  checked from the QR code alone (no text to compare); not compared: "
                + _field_names(printed["not_compared_fields"])
            )
        elif outcome == PrintedOutcome.OLD_STATEMENT.value:
            lines.append(
                "  an older certificate: its QR signs only number, date, VIN, yard and traction packs; not signed: "
                + _field_names(printed["not_compared_fields"])
            )
            if printed["differing_fields"]:
                lines.append("  not printed as signed: " + _field_names(printed["differing_fields"]))
    return "\n".join(lines)


# The sample sheets ``render --sample`` makes: (market, issued by a collector on behalf of a treatment facility).
SAMPLES = {"cn": (Market.CN, False), "eu": (Market.EU, False), "eu-collector": (Market.EU, True)}


def run_render(args: argparse.Namespace) -> int:
    if not 0 <= args.packs <= 99:
        raise UsageError("--packs must be between 0 and 99")
    kind = {"original": CertificateKind.ORIGINAL, "copy": CertificateKind.COPY, "void": CertificateKind.VOID}
    market, collector = SAMPLES[args.sample]
    doc = sample_document(market, pack_count=args.packs, kind=kind[args.kind], collector=collector)
    options = RenderOptions(language=LabelLanguage(args.language), paper=Paper(args.paper), logo_path=args.logo)
    key = sample_key()
    try:
        args.pdf.write_bytes(render_certificate(doc, private_key=key, options=options))
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from exc
    public = args.pdf.with_suffix(".pub.pem")
    public.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    if args.json:
        print(json.dumps({"pdf": str(args.pdf), "public_key": str(public), "number": doc.number}))
    else:
        print(f"sample certificate {doc.number} written to {args.pdf}; sample public key {public}")
    return 0


def _refused(message: str) -> int:
    print(f"dismantler certificate: {message}", file=sys.stderr)
    return 1


def run_print(args: argparse.Namespace) -> int:
    if (args.number is None) == (args.day is None):
        raise UsageError("give a certificate NUMBER or --day YYYY-MM-DD (one of them)")
    if args.pdf is not None and not args.pdf.parent.is_dir():
        raise UsageError(f"folder {args.pdf.parent} does not exist; create it or choose another --pdf path")
    try:
        if args.pdf is None:
            find_spooler()  # before anything is counted: a copy that cannot print must not be recorded
        with open_app_context(args.data_dir) as app:
            user = sign_in(app.services, args)
            keys = load_or_create_yard_keys(app.settings.data_dir)
            layout = PrintLayout(
                language=LabelLanguage(args.language) if args.language else None, paper=Paper(args.paper)
            )
            common = {"private_key": keys.private_key, "copy": args.copy, "layout": layout}
            if args.day is not None:
                rendered = render_day(app.services, user, app.clock, args.day, **common)
            else:
                rendered = render_certificate_print(app.services, user, app.clock, args.number.strip(), **common)
        return _deliver(args, rendered)
    except NotFound as exc:
        what = f"no certificate was issued on {args.day}" if args.day else f"no certificate {args.number!r}"
        raise UsageError(f"{what}; check the {'date' if args.day else 'number'}") from exc
    except PermissionDenied:
        return _refused(f"{args.user} may not print certificates; a supervisor prints them")
    except InvalidState as exc:
        return _refused(f"{exc}")
    except (SignInRefused, SpoolerUnavailable, PrintFailed, DatabaseRefused) as exc:
        return _refused(str(exc))


def run_official_number(args: argparse.Namespace) -> int:
    """Records the official number (a supervisor, audited); later prints show it. Exit codes as ``print``."""
    try:
        with open_app_context(args.data_dir) as app:
            user = sign_in(app.services, args)
            set_official_number(
                app.services, user, app.clock, args.number.strip(), official_number=args.official_number
            )
            recorded = get_certificate(app.services, user, args.number.strip()).official_number
    except NotFound as exc:
        raise UsageError(f"no certificate {args.number!r}; check the number") from exc
    except InvalidInput as exc:
        raise UsageError(f"{args.official_number!r} is not an official certificate number: {exc.detail}") from exc
    except PermissionDenied:
        return _refused(f"{args.user} may not enter official numbers; a supervisor does")
    except InvalidState as exc:
        return _refused(f"{exc}")
    except (SignInRefused, DatabaseRefused) as exc:
        return _refused(str(exc))
    if args.json:
        print(json.dumps({"number": args.number.strip(), "official_number": recorded}, ensure_ascii=False))
    else:
        print(f"{args.number.strip()}: official number {recorded}")
    return 0


def _deliver(args: argparse.Namespace, rendered: RenderedCertificates) -> int:
    described = ", ".join(
        d.number + {"copy": f" (copy #{d.reprint_count})", "void": " (void notice)"}.get(d.kind.name.lower(), "")
        for d in rendered.documents
    )
    result = rendered.to_json()
    if args.pdf is not None:
        args.pdf.write_bytes(rendered.pdf)
        result["pdf"] = str(args.pdf)
        text = f"{described} saved to {args.pdf}"
    else:
        with tempfile.TemporaryDirectory(prefix="dismantler-print-") as folder:
            pdf = Path(folder) / f"{rendered.documents[0].number}.pdf"
            pdf.write_bytes(rendered.pdf)
            job = print_pdf(pdf, printer=args.printer)  # lp copies the file into the spool before it returns
        result.update(printer=args.printer, job_id=job.job_id)
        text = f"{described} sent to {args.printer or 'the default printer'}" + (
            f", job {job.job_id}" if job.job_id else ""
        )
    print(json.dumps(result, ensure_ascii=False, sort_keys=True) if args.json else text)
    return 0
