"""``dismantler report traceability|cod-register|nmvtis|battery-pass``: the regulatory reports as CSV or XLSX files,
and the Battery Pass status export as JSON.

``traceability`` writes the battery traceability platform's *vehicle scrapped* or *pack outbound* upload for a date
range or everything still due; ``--mark-reported`` then records the upload (after the file is written) so the
deadline list clears. Each file is made only for a market the yard reports to (its own, or one an admin turned
on). Every command acts as ``--user`` (reading records is audited by role like the app). Exit codes: 0 written,
1 refused (sign-in, permission, a market the yard does not report to, a row the rule would refuse: nothing is
written then), 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dismantler_app.certificates.reports import write_json
from dismantler_app.cli.credentials import SignInRefused, add_user_argument, sign_in
from dismantler_app.cli.main import UsageError
from dismantler_app.composition import AppContext, open_app_context
from dismantler_app.domain.deadlines import ReportKind
from dismantler_app.domain.permissions import User
from dismantler_app.domain.regulatory import ReportRowInvalid
from dismantler_app.services import battery_pass, reports
from dismantler_app.services.errors import InvalidInput, PermissionDenied
from dismantler_app.storage.errors import DatabaseRefused


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="regulatory reports: traceability uploads, CoD register, NMVTIS")
    actions = parser.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    trace = actions.add_parser("traceability", help="battery traceability platform upload (CSV or XLSX)")
    trace.add_argument("--kind", required=True, choices=[k.value for k in ReportKind])
    trace.add_argument("--due", action="store_true", help="everything not reported yet, whatever its date")
    _range_arguments(trace)
    trace.add_argument("--mark-reported", action="store_true", help="record the upload so the deadlines clear")
    _common(trace, run_traceability)

    cod = actions.add_parser("cod-register", help="EU certificate-of-destruction register")
    _range_arguments(cod)
    _common(cod, run_cod_register)

    nmvtis = actions.add_parser("nmvtis", help="US NMVTIS monthly report")
    nmvtis.add_argument("--month", required=True, type=_month, help="YYYY-MM")
    _common(nmvtis, run_nmvtis)

    passes = actions.add_parser(
        "battery-pass", help="handed-over packs' battery passport ids with status Waste (Battery Pass JSON)"
    )
    _range_arguments(passes)
    _common(passes, run_battery_pass, suffixes=(".json",))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from exc


def _month(text: str) -> tuple[int, int]:
    try:
        first = date.fromisoformat(f"{text}-01")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month; write it as YYYY-MM") from exc
    return first.year, first.month


def _range_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="from_day", type=_day, help="first day (YYYY-MM-DD), included")
    parser.add_argument("--to", dest="to_day", type=_day, help="last day (YYYY-MM-DD), included")


def _common(
    parser: argparse.ArgumentParser,
    handler: Callable[[argparse.Namespace], int],
    *,
    suffixes: tuple[str, ...] = tuple(reports.WRITERS),
) -> None:
    parser.add_argument("--out", type=Path, required=True, help="the file to write: " + " or ".join(suffixes))
    add_user_argument(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=handler, out_suffixes=suffixes)


def _refused(message: str) -> int:
    print(f"dismantler report: {message}", file=sys.stderr)
    return 1


def _run(args: argparse.Namespace, work: Callable[[AppContext, User], tuple[dict[str, object], str]]) -> int:
    """Opens the yard, signs in, runs ``work``; maps the services' refusals to exit codes."""
    if args.out.suffix.lower() not in args.out_suffixes:
        raise UsageError(f"--out {args.out.name}: the file must end in {' or '.join(args.out_suffixes)}")
    if not args.out.parent.is_dir():
        raise UsageError(f"folder {args.out.parent} does not exist; create it or choose another --out path")
    try:
        with open_app_context(args.data_dir) as app:
            data, text = work(app, sign_in(app.services, args))
    except InvalidInput as exc:
        raise UsageError(str(exc)) from exc
    except PermissionDenied:
        return _refused(f"{args.user} may not mark reports as uploaded; a supervisor records uploads")
    except ReportRowInvalid as exc:
        return _refused(f"{exc}; nothing was written or marked")
    except reports.ReportMarketOff as exc:
        return _refused(f"{exc}; nothing was written")
    except (SignInRefused, DatabaseRefused) as exc:
        return _refused(str(exc))
    print(json.dumps(data, ensure_ascii=False, sort_keys=True) if args.json else text)
    return 0


def run_traceability(args: argparse.Namespace) -> int:
    ranged = args.from_day is not None or args.to_day is not None
    if args.due == ranged:
        raise UsageError("choose either --due (everything not reported yet) or a date range --from D --to D")
    kind = ReportKind(args.kind)

    def work(app: AppContext, user: User) -> tuple[dict[str, object], str]:
        selection = reports.EVERYTHING_DUE if args.due else reports.Selection(args.from_day, args.to_day)
        report = reports.traceability_report(app.services, user, kind=kind, selection=selection)
        reports.write_report(report.table, args.out, created=app.clock.now())
        marked = 0
        if args.mark_reported and report.to_mark:
            marked = reports.mark_reported(
                app.services, user, app.clock, kind=kind, subjects=report.to_mark, reference=args.out.name
            )
        data = {**report.to_json(), "out": str(args.out), "marked": marked}
        text = f"{len(report.table.rows)} rows written to {args.out}"
        if args.mark_reported:
            text += f"; {marked} marked reported"
        elif report.to_mark:
            text += f"; {len(report.to_mark)} not reported yet (add --mark-reported once uploaded)"
        for skipped in report.skipped:
            text += f"\n  left out {skipped.subject}: {skipped.reason.replace('_', ' ')}"
        return data, text

    return _run(args, work)


def run_cod_register(args: argparse.Namespace) -> int:
    def work(app: AppContext, user: User) -> tuple[dict[str, object], str]:
        table = reports.cod_register(app.services, user, from_day=args.from_day, to_day=args.to_day)
        reports.write_report(table, args.out, created=app.clock.now())
        return {"out": str(args.out), "rows": len(table.rows)}, f"{len(table.rows)} certificates written to {args.out}"

    return _run(args, work)


def run_nmvtis(args: argparse.Namespace) -> int:
    year, month = args.month

    def work(app: AppContext, user: User) -> tuple[dict[str, object], str]:
        table = reports.nmvtis_monthly(app.services, user, year=year, month=month)
        reports.write_report(table, args.out, created=app.clock.now())
        return (
            {"out": str(args.out), "rows": len(table.rows), "month": f"{year:04d}-{month:02d}"},
            f"{len(table.rows)} vehicles obtained in {year:04d}-{month:02d} written to {args.out}",
        )

    return _run(args, work)


def run_battery_pass(args: argparse.Namespace) -> int:
    def work(app: AppContext, user: User) -> tuple[dict[str, object], str]:
        export = battery_pass.battery_pass_export(
            app.services, user, at=app.clock.now(), from_day=args.from_day, to_day=args.to_day
        )
        write_json(export.document, args.out)
        data = {
            "out": str(args.out),
            "packs": len(export.exported),
            "skipped": [{"pack_code": code, "reason": reason} for code, reason in export.skipped],
        }
        text = f"{len(export.exported)} packs with status Waste written to {args.out}"
        for code, reason in export.skipped:
            text += f"\n  left out {code}: {reason.replace('_', ' ')}"
        return data, text

    return _run(args, work)
