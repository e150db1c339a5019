"""What the intake station does with a code — confirmed by the camera, burst in by a handheld scanner, or typed:
classified here (pure and sub-millisecond), then a VIN opens or confirms the intake and a battery code is recorded
on it, each written through the page's sequenced sender (the bridge), never on the UI thread.

Between a VIN and the database's answer, an operator (or the camera) is often already reading the first pack.
Those codes are held and recorded once the intake is open — refusing them with "scan the VIN first" would be wrong,
and opening the intake twice would be worse (the same VIN read again while it opens is ignored for that reason).
Words keep the page's translation context ("IntakePage").
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject

from dismantler_app.domain.classifier import IS_PASSPORT, classify
from dismantler_app.domain.codes import Classification, CodeKind, CodeRejected, RejectReason
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import PhotoKind
from dismantler_app.domain.scan_intent import read_predates_intake
from dismantler_app.domain.vin import parse_vin
from dismantler_app.gui.common.confirm import ask_reason
from dismantler_app.gui.intake import display as intake_display
from dismantler_app.gui.intake import edits as intake_edits
from dismantler_app.gui.intake import other_codes
from dismantler_app.gui.intake.actions import IntakeView
from dismantler_app.gui.intake.station import Station
from dismantler_app.services.packs import ScanOutcome, ScanResult


def _now() -> datetime:
    """The station's own time for intent (like the idle lock, the person's time at this screen, not the domain
    clock): both moments the service compares come from here."""
    return datetime.now(UTC)


class IntakeCodes(QObject):
    def __init__(self, page: Station) -> None:
        super().__init__(page)
        self.page = page
        self.opening: str | None = None  # the VIN whose intake is being opened
        self._held: list[tuple[str, str, bytes | None, str, datetime | None]] = []  # codes that arrived meanwhile
        # Intent: when the operator started on this vehicle (New vehicle, F2). The camera announces a code once per
        # appearance (scanning/confirmation.py: a label left in view stays quiet), so the moment of its announcement
        # is when it was first seen; one announced within the settle time after F2 was in view before.
        self.working_since: datetime | None = None
        self.now: Callable[[], datetime] = _now  # the station's time, passed in by tests (the clock is faked there)

    def start_working(self) -> None:
        """New vehicle (F2): from now on, what the camera read before (plus the settle time) is not taken."""
        self.working_since = self.now()
        self.forget_opening()

    def _stale(self, first_seen: datetime | None) -> bool:
        return (
            first_seen is not None
            and self.working_since is not None
            and read_predates_intake(first_seen, self.working_since)
        )

    def forget_opening(self) -> None:
        self.opening, self._held = None, []

    def accept_text(
        self, raw: str, *, symbology: str = "", source: str = "manual", evidence: bytes | None = None
    ) -> None:
        page = self.page
        user = page.user()
        if user is None:
            return
        found = classify(raw)
        kind, code = _typed_vin(found, raw, source)
        first_seen = self.now() if source == "camera" else None
        if self.opening is not None:
            self._while_opening(kind, code, raw, symbology, evidence, source, first_seen)
        elif kind is CodeKind.VIN and code:
            if page.view is None:
                if self._stale(first_seen):
                    self._say_stale(code)  # the previous vehicle's VIN, still in view after F2
                    return
                self._open(user, code, evidence)
            elif code == page.view.facts.vehicle.vin:
                self._record(user, raw, symbology, evidence, source, first_seen)
            else:
                self._say_other_vin(page.view.facts.vehicle.vin)
        elif kind is CodeKind.BATTERY and code:
            if page.view is None:
                page.say(
                    lambda: QCoreApplication.translate(
                        "IntakePage", "Scan or type the VIN first, then the battery packs."
                    )
                )
            else:
                self._record(user, raw, symbology, evidence, source, first_seen)
                if IS_PASSPORT in found.warnings:  # a passport serialised with the pack code: kept beside it
                    self._record_other(user, CodeKind.BATTERY_PASSPORT, raw, symbology, None, source, first_seen)
        elif kind in other_codes.KINDS and code:
            if page.view is None:
                page.say(
                    lambda: QCoreApplication.translate(
                        "IntakePage", "Scan or type the VIN first, then the battery packs."
                    )
                )
            else:
                self._record_other(user, kind, raw, symbology, evidence, source, first_seen)
        else:
            page.say(
                lambda: QCoreApplication.translate("IntakePage", "Not a VIN or battery code: %1").replace(
                    "%1", raw[:60]
                )
            )

    def _open(self, user: User, vin: str, evidence: bytes | None) -> None:
        page = self.page
        self.opening = vin
        page.say(lambda: QCoreApplication.translate("IntakePage", "Opening the intake for VIN %1…").replace("%1", vin))
        page.send_sequenced(
            intake_edits.open_with_evidence,
            page.services,
            user,
            page.clock,
            vin,
            evidence=evidence,
            answer=lambda view: self._opened(view, evidence),
            on_error=self._open_refused,
        )

    def _while_opening(
        self,
        kind: CodeKind,
        code: str | None,
        raw: str,
        symbology: str,
        evidence: bytes | None,
        source: str,
        first_seen: datetime | None,
    ) -> None:
        vin = self.opening or ""
        if kind is CodeKind.VIN and code == vin:
            return  # the same VIN again (camera and scanner, or a double read): the intake is on its way
        if kind is CodeKind.VIN and code:
            self._say_other_vin(vin)
        elif (kind is CodeKind.BATTERY or kind in other_codes.KINDS) and code:
            self._held.append((raw, symbology, evidence, source, first_seen))
        else:
            self.page.say(
                lambda: QCoreApplication.translate("IntakePage", "Not a VIN or battery code: %1").replace(
                    "%1", raw[:60]
                )
            )

    def _say_other_vin(self, vin: str) -> None:
        self.page.say(
            lambda: QCoreApplication.translate(
                "IntakePage", "This intake is for VIN %1. Press New vehicle (F2) first."
            ).replace("%1", vin)
        )

    def _opened(self, view: IntakeView, evidence: bytes | None) -> None:
        page = self.page
        self.opening = None
        held, self._held = self._held, []
        page.show_view(view)
        if evidence:
            page.show_evidence(view.intake_id, PhotoKind.VIN, evidence)
        user = page.user()
        for raw, symbology, pack_evidence, source, first_seen in held:
            kind = classify(raw).kind
            if user is not None and kind in other_codes.KINDS:
                self._record_other(user, kind, raw, symbology, pack_evidence, source, first_seen)
            elif user is not None:
                self._record(user, raw, symbology, pack_evidence, source, first_seen)

    def _open_refused(self, error: BaseException) -> None:
        self.forget_opening()
        self.page.refused(error)

    def _record(
        self, user: User, raw: str, symbology: str, evidence: bytes | None, source: str, first: datetime | None
    ) -> None:
        """The service decides whether the code belongs here: a camera read carries its first moment and the
        moment work on this vehicle began. A typed or hand-scanned code is no permission to take another vehicle's
        pack (one wrong character can name it): only the confirmation with a reason is (:meth:`_confirm`)."""
        page = self.page
        assert page.view is not None
        page.send_sequenced(
            intake_edits.record_scan,
            page.services,
            user,
            page.clock,
            page.view.intake_id,
            payload=raw,
            symbology=symbology,
            evidence=evidence,
            first_seen_at=first,
            working_since=self.working_since if first is not None else None,
            answer=lambda result: self._scan_answered(result, evidence, raw=raw, symbology=symbology, source=source),
        )

    def _offer_confirmation(self, outcome: ScanOutcome, view: IntakeView, raw: str, symbology: str) -> None:
        """The operator holding the pack may know better than the records (a repair, a wrong registration): they say
        so, with a reason the service keeps. A label the camera merely saw is not offered (it is the careless case)."""
        intake_id = view.intake_id
        ask_reason(
            self.page,  # type: ignore[arg-type]
            text=intake_display.belongs_elsewhere_question(outcome, view.facts.vehicle.vin),
            yes_text=QCoreApplication.translate("IntakePage", "This pack is in this vehicle"),
            on_reason=lambda reason: self._confirm(intake_id, raw, symbology, reason),
        )

    def _confirm(self, intake_id: str, raw: str, symbology: str, reason: str) -> None:
        page = self.page
        user = page.user()
        if user is None or page.view is None or page.view.intake_id != intake_id:
            return  # the operator moved on to another vehicle meanwhile: the statement was about the previous one
        page.send_sequenced(
            intake_edits.record_scan,
            page.services,
            user,
            page.clock,
            intake_id,
            payload=raw,
            symbology=symbology,
            deliberate=True,
            reason=reason,
            answer=lambda result: self._scan_answered(result, None, raw=raw, symbology=symbology, source="confirmed"),
        )

    def _record_other(
        self,
        user: User,
        kind: CodeKind,
        raw: str,
        symbology: str,
        evidence: bytes | None,
        source: str,
        first: datetime | None,
    ) -> None:
        """A battery passport id or GB/T 45565 code: its own service decides (gui/intake/other_codes.py)."""
        other_codes.send_identifier_scan(
            self.page,
            user,
            kind,
            raw,
            symbology=symbology,
            evidence=evidence,
            first_seen_at=first,
            working_since=self.working_since if first is not None else None,
        )

    def _say_stale(self, code: str) -> None:
        self.page.say(
            lambda: QCoreApplication.translate(
                "IntakePage",
                "%1 was already in the camera's view before New vehicle (F2), so it was not taken. Show the "
                "label again or type it.",
            ).replace("%1", code),
            bad=True,
        )

    def _scan_answered(
        self,
        result: tuple[ScanOutcome, IntakeView],
        evidence: bytes | None,
        *,
        raw: str,
        symbology: str,
        source: str,
    ) -> None:
        page = self.page
        outcome, view = result
        page.show_view(view)
        if evidence and outcome.result in (ScanResult.VIN_MATCHES, ScanResult.PACK_RECORDED):
            is_vin = outcome.result is ScanResult.VIN_MATCHES
            kind = PhotoKind.VIN if is_vin else PhotoKind.BATTERY_LABEL
            page.show_evidence(view.intake_id, kind, evidence)
        bad = outcome.result in (ScanResult.PACK_BELONGS_ELSEWHERE, ScanResult.PACK_LINKED_ELSEWHERE)
        page.say(intake_display.scan_message(outcome), bad=bad)
        if outcome.result is ScanResult.PACK_BELONGS_ELSEWHERE and source in ("manual", "scanner"):
            self._offer_confirmation(outcome, view, raw, symbology)


def _typed_vin(found: Classification, raw: str, source: str) -> tuple[CodeKind, str | None]:
    """What the entry holds. A VIN typed with a wrong check digit is still the VIN the operator means: it goes to
    the service, which refuses it where the market requires the digit and says so in words (the classifier leaves
    it unknown, as it must for a symbol read by the camera: domain/vin.py ``vin_accepted``)."""
    if source == "manual" and found.kind is CodeKind.UNKNOWN and found.reason is RejectReason.BAD_CHECK_DIGIT:
        with contextlib.suppress(CodeRejected):
            return CodeKind.VIN, parse_vin(raw).code
    return found.kind, found.code
