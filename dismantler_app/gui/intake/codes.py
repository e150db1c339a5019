"""What the intake station does with a code — confirmed by the camera, burst in by a handheld scanner, or typed:
classified here (pure and sub-millisecond), then a VIN opens or confirms the intake and a battery code is recorded
on it, each written through the page's sequenced sender (the bridge), never on the UI thread.

Between a VIN and the database's answer, an operator (or the camera) is often already reading the first pack.
Those codes are held and recorded once the intake is open — refusing them with "scan the VIN first" would be wrong,
and opening the intake twice would be worse (the same VIN read again while it opens is ignored for that reason).
Words keep the page's translation context ("IntakePage").

Printed codes the camera read by OCR come in two ways. A VIN the engine confirmed from text (valid check digit, two
frames) is taken like a camera read, marked ``source: text``. Any other text read (:class:`TextSuggested`) is put to
the service as text: a battery code among the vehicle's expected packs is linked without a question; anything else
comes back as a suggestion, shown with its crop (:mod:`suggestion`) until the operator confirms it (F8) or not.
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
from dismantler_app.gui.intake.suggestion import Suggestion, TextSuggestionPanel
from dismantler_app.scanning.events import TextSuggested
from dismantler_app.services.packs import ScanOutcome, ScanResult, ScanSource


def _now() -> datetime:
    """The station's own time for intent (like the idle lock, the person's time at this screen, not the domain
    clock): both moments the service compares come from here."""
    return datetime.now(UTC)


_Held = tuple[str, str, bytes | None, str, datetime | None, ScanSource]


class IntakeCodes(QObject):
    def __init__(self, page: Station, suggestions: TextSuggestionPanel) -> None:
        super().__init__(page)
        self.page = page
        self.suggestions = suggestions
        suggestions.confirm_requested.connect(self.confirm_suggestion)
        suggestions.dismiss_requested.connect(self.dismiss_suggestion)
        self.opening: str | None = None  # the VIN whose intake is being opened
        self._held: list[_Held] = []  # codes that arrived meanwhile
        # Intent: when the operator started on this vehicle (New vehicle, F2). The camera announces a code once per
        # appearance (scanning/confirmation.py: a label left in view stays quiet), so the moment of its announcement
        # is when it was first seen; one announced within the settle time after F2 was in view before.
        self.working_since: datetime | None = None
        self.now: Callable[[], datetime] = _now  # the station's time, passed in by tests (the clock is faked there)

    def start_working(self) -> None:
        """New vehicle (F2): from now on, what the camera read before (plus the settle time) is not taken."""
        self.working_since = self.now()
        self.forget_opening()
        self.suggestions.take()  # a suggestion belongs to the vehicle it was read on

    def _stale(self, first_seen: datetime | None) -> bool:
        return (
            first_seen is not None
            and self.working_since is not None
            and read_predates_intake(first_seen, self.working_since)
        )

    def forget_opening(self) -> None:
        self.opening, self._held = None, []

    def accept_text(
        self,
        raw: str,
        *,
        symbology: str = "",
        source: str = "manual",
        evidence: bytes | None = None,
        scan_source: ScanSource = ScanSource.SYMBOL,
    ) -> None:
        """``scan_source`` TEXT: a VIN the camera read from printed text (the engine's text rule already held)."""
        page = self.page
        user = page.user()
        if user is None:
            return
        found = classify(raw)
        kind, code = _typed_vin(found, raw, source)
        first_seen = self.now() if source == "camera" else None
        if self.opening is not None:
            self._while_opening(kind, code, raw, symbology, evidence, source, first_seen, scan_source)
        elif kind is CodeKind.VIN and code:
            if page.view is None:
                if self._stale(first_seen):
                    self._say_stale(code)  # the previous vehicle's VIN, still in view after F2
                    return
                self._open(user, code, evidence)
            elif code == page.view.facts.vehicle.vin:
                self._record(user, raw, symbology, evidence, source, first_seen, scan_source)
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
                self._record(user, raw, symbology, evidence, source, first_seen, scan_source)
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
        scan_source: ScanSource,
    ) -> None:
        vin = self.opening or ""
        if kind is CodeKind.VIN and code == vin:
            return  # the same VIN again (camera and scanner, or a double read): the intake is on its way
        if kind is CodeKind.VIN and code:
            self._say_other_vin(vin)
        elif (kind is CodeKind.BATTERY or kind in other_codes.KINDS) and code:
            self._held.append((raw, symbology, evidence, source, first_seen, scan_source))
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
        for raw, symbology, pack_evidence, source, first_seen, scan_source in held:
            kind = classify(raw).kind
            if user is not None and kind in other_codes.KINDS:
                self._record_other(user, kind, raw, symbology, pack_evidence, source, first_seen)
            elif user is not None:
                self._record(user, raw, symbology, pack_evidence, source, first_seen, scan_source)

    def _open_refused(self, error: BaseException) -> None:
        self.forget_opening()
        self.page.refused(error)

    def _record(
        self,
        user: User,
        raw: str,
        symbology: str,
        evidence: bytes | None,
        source: str,
        first: datetime | None,
        scan_source: ScanSource = ScanSource.SYMBOL,
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
            source=scan_source,
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

    # --- printed codes the text alone does not decide --------------------------------------------------------
    def accept_suggestion(self, read: TextSuggested) -> None:
        """A code the camera read from printed text and could not confirm by itself: the service links it when the
        vehicle expects it, else it is offered to the operator beside its crop."""
        page = self.page
        user = page.user()
        if user is None:
            return
        if page.view is None or self.opening is not None:
            page.say(
                lambda: QCoreApplication.translate(
                    "IntakePage", "%1 was read from printed text. Scan or type the VIN first."
                ).replace("%1", read.code)
            )
            return
        suggestion = Suggestion(
            kind=read.kind,
            code=read.code,
            reason=read.reason,
            crop_jpeg=read.crop_jpeg,
            first_seen_at=self.now(),
            evidence=read.evidence.jpeg if read.evidence is not None else None,
        )
        page.send_sequenced(
            intake_edits.record_scan,
            page.services,
            user,
            page.clock,
            page.view.intake_id,
            payload=read.code,
            evidence=suggestion.evidence,
            first_seen_at=suggestion.first_seen_at,
            working_since=self.working_since,
            source=ScanSource.TEXT,
            answer=lambda result: self._text_answered(result, suggestion),
        )

    def _text_answered(self, result: tuple[ScanOutcome, IntakeView], suggestion: Suggestion) -> None:
        outcome, view = result
        if outcome.result is not ScanResult.TEXT_SUGGESTED:
            self._text_scan_answered(result, suggestion)
            return
        self.page.show_view(view)
        self.suggestions.offer(suggestion)
        self.page.say(
            lambda: QCoreApplication.translate(
                "IntakePage", "Read from printed text: %1. Compare it with the label and press F8 to record it."
            ).replace("%1", suggestion.code)
        )

    def confirm_suggestion(self) -> None:
        """F8: the operator compared the code with its crop and the label; the service records it as confirmed text
        by the same rules as any read (read before the switch, a pack belonging elsewhere)."""
        page = self.page
        user = page.user()
        if self.suggestions.current is None or user is None or page.view is None:
            return
        suggestion = self.suggestions.take()
        assert suggestion is not None
        page.send_sequenced(
            intake_edits.confirm_text_scan,
            page.services,
            user,
            page.clock,
            page.view.intake_id,
            code=suggestion.code,
            evidence=suggestion.evidence,
            first_seen_at=suggestion.first_seen_at,
            working_since=self.working_since,
            answer=lambda result: self._scan_answered(
                result, suggestion.evidence, raw=suggestion.code, symbology="", source="text"
            ),
        )

    def _text_scan_answered(self, result: tuple[ScanOutcome, IntakeView], suggestion: Suggestion) -> None:
        # A text read of another vehicle's pack is only shown: confirming one takes the pack in hand and its code typed.
        self._scan_answered(result, suggestion.evidence, raw=suggestion.code, symbology="", source="text")

    def dismiss_suggestion(self) -> None:
        suggestion = self.suggestions.take()
        if suggestion is not None:
            self.page.say(
                lambda: QCoreApplication.translate("IntakePage", "%1 was not recorded.").replace("%1", suggestion.code)
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
