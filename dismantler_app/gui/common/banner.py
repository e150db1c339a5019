"""The banner that always states whether this vehicle can get its scrapping certificate, and every reason why not.

Colour and words together (issue 4: "state shown by colour and by text/icon"): green with a tick when eligible, red
with a cross and one line per reason when blocked, grey when no vehicle is open. Notes (an exemption, a resolved
replacement) are listed too, because what let a vehicle through must be visible, never silent.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from dismantler_app.domain.eligibility import Eligibility
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.gui.common.reasons import describe


class BannerState(StrEnum):
    NO_VEHICLE = "no_vehicle"
    ELIGIBLE = "eligible"
    BLOCKED = "blocked"


# Reasons shown at once; more scroll inside the banner. Eight reasons pushed the intake page's packs table down
# to one row at 1366×768 (review of the guide's screenshots); the headline still counts them all.
LINES_SHOWN = 3

# Contrast ≥ 7:1 for white text on both (WCAG 2.1 AAA), readable at arm's length in a bright yard office.
COLOURS = {
    BannerState.NO_VEHICLE: ("#455a64", "#ffffff"),
    BannerState.ELIGIBLE: ("#1b5e20", "#ffffff"),
    BannerState.BLOCKED: ("#b71c1c", "#ffffff"),
}


class EligibilityBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A Python subclass paints its style-sheet background only when asked to (Qt style sheet reference,
        # "QWidget": subclasses need WA_StyledBackground); without it the banner's colour never showed.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.headline = QLabel(self)
        self.headline.setObjectName("banner_headline")
        self.details = QLabel(self)
        self.details.setObjectName("banner_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        self.reasons = QScrollArea(self)
        self.reasons.setObjectName("banner_reasons")
        self.reasons.setWidget(self.details)
        self.reasons.setWidgetResizable(True)
        self.reasons.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons.viewport().setAutoFillBackground(False)
        self.details.setAutoFillBackground(False)
        layout.addWidget(self.reasons)
        self.state = BannerState.NO_VEHICLE
        self._eligibility: Eligibility | None = None
        self._render()

    def show_no_vehicle(self) -> None:
        self.state, self._eligibility = BannerState.NO_VEHICLE, None
        self._render()

    def show_eligibility(self, eligibility: Eligibility, *, headline: Callable[[], str] | None = None) -> None:
        """``headline``: what a green banner says when it is not "the certificate can be issued" here and now (a
        certified intake, one still to be submitted or approved, a user who may not issue)."""
        self._eligibility = eligibility
        self._headline = headline
        self.state = BannerState.ELIGIBLE if eligibility.eligible else BannerState.BLOCKED
        self._render()

    def reason_lines(self) -> list[str]:
        """The reasons (then the notes) as shown, one sentence each."""
        if self._eligibility is None:
            return []
        return [describe(r) for r in (*self._eligibility.reasons, *self._eligibility.notes)]

    def _render(self) -> None:
        background, foreground = COLOURS[self.state]
        self.setStyleSheet(
            # By class: the form that places the banner gives it its own object name.
            f"EligibilityBanner {{ background: {background}; border-radius: 6px; }}"
            f"EligibilityBanner QLabel {{ color: {foreground}; }}"
            "#banner_headline { font-size: 20pt; font-weight: bold; }"
            "#banner_details { font-size: 13pt; }"
            "#banner_reasons, #banner_reasons > QWidget { background: transparent; }"
        )
        if self.state is BannerState.NO_VEHICLE:
            self.headline.setText(self.tr("No vehicle: scan or type the VIN to start"))
            self.details.setText("")
            self.reasons.setVisible(False)
            return
        if self.state is BannerState.ELIGIBLE:
            headline = getattr(self, "_headline", None)
            self.headline.setText(headline() if headline is not None else self.tr("✔ Certificate can be issued"))
        else:
            count = len(self._eligibility.reasons) if self._eligibility else 0
            self.headline.setText(self.tr("✖ No certificate: %n problem(s) to fix", "", count))
        lines = self.reason_lines()
        self.details.setText("\n".join(f"• {line}" for line in lines))
        self.reasons.setVisible(bool(lines))
        self._fit_reasons()

    def _fit_reasons(self) -> None:
        """The reasons' box as high as their wrapped text, up to ``LINES_SHOWN`` lines (more scroll)."""
        self.details.ensurePolished()
        line = self.details.fontMetrics().lineSpacing()
        width = self.reasons.viewport().width() or self.width() - 40
        wanted = self.details.heightForWidth(width) if self.details.text() else 0
        height = min(max(wanted, line), LINES_SHOWN * line) + 4
        self.reasons.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.reasons.isVisible():
            self._fit_reasons()  # a narrower banner wraps a reason onto more lines

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


def eligible_headline(status: IntakeStatus, certificate: str | None, may_issue: bool) -> Callable[[], str] | None:
    """The green banner's headline for an intake nothing blocks, when the certificate is not simply due now."""
    if certificate:
        return lambda: QCoreApplication.translate("EligibilityBanner", "✔ Certified: certificate %1").replace(
            "%1", certificate
        )
    if status is IntakeStatus.CERTIFIED:
        return lambda: QCoreApplication.translate("EligibilityBanner", "✔ Certified")
    if status is IntakeStatus.OPEN:
        return lambda: QCoreApplication.translate("EligibilityBanner", "✔ Nothing missing: submit it (F9)")
    if status is IntakeStatus.SUBMITTED:
        return lambda: QCoreApplication.translate("EligibilityBanner", "✔ Nothing missing: awaiting approval")
    if not may_issue:
        return lambda: QCoreApplication.translate("EligibilityBanner", "✔ Nothing missing: a supervisor issues it")
    return None
