"""The banner that always states whether this vehicle can get its scrapping certificate, and every reason why not.

Colour and words together (issue 4: "state shown by colour and by text/icon"): green with a tick when eligible, red
with a cross and one line per reason when blocked, grey when no vehicle is open. Notes (an exemption, a resolved
replacement) are listed too, because what let a vehicle through must be visible, never silent.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from dismantler_app.domain.eligibility import Eligibility
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.gui.common.reasons import describe
from dismantler_app.gui.common.text_size import set_text_role


class BannerState(StrEnum):
    NO_VEHICLE = "no_vehicle"
    ELIGIBLE = "eligible"
    BLOCKED = "blocked"


# The banner's most of the window's height: as many whole reason lines as fit under it show at once, more scroll
# inside the banner (the headline counts them all). At three lines its scroll bar was too small to use, and a
# banner without a ceiling took 40% of a 1920×1080 window (issue 12).
MAX_SHARE = 0.25

# Contrast ≥ 7:1 for white text on both (WCAG 2.1 AAA), readable at arm's length in a bright yard office.
COLOURS = {
    BannerState.NO_VEHICLE: ("#455a64", "#ffffff"),
    BannerState.ELIGIBLE: ("#1b5e20", "#ffffff"),
    BannerState.BLOCKED: ("#b71c1c", "#ffffff"),
}


class _ReasonsArea(QScrollArea):
    """The reasons' scroll box, asking for the height the banner worked out (a scroll area's own hint is a
    fixed guess)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.wanted = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.wanted)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.minimumHeight())


class EligibilityBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A Python subclass paints its style-sheet background only when asked to (Qt style sheet reference,
        # "QWidget": subclasses need WA_StyledBackground); without it the banner's colour never showed.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # As high as its words and never more: spare height goes to the page's tables, not to red paint.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.headline = QLabel(self)
        self.headline.setObjectName("banner_headline")
        # One line, not word-wrapped: a wrapped label gives the banner a height-for-width, and a box layout never
        # shrinks such an item below it, so the banner could not give way to the packs table at 1366×768.
        set_text_role(self.headline, "banner_headline")
        self.details = QLabel(self)
        self.details.setObjectName("banner_details")
        self.details.setWordWrap(True)
        set_text_role(self.details, "reasons")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        self.reasons = _ReasonsArea(self)
        self.reasons.setObjectName("banner_reasons")
        self.reasons.setWidget(self.details)
        self.reasons.setWidgetResizable(True)
        self.reasons.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.reasons.viewport().setAutoFillBackground(False)
        self.details.setAutoFillBackground(False)
        layout.addWidget(self.reasons)
        self.state = BannerState.NO_VEHICLE
        self._eligibility: Eligibility | None = None
        self._watched: QWidget | None = None  # the window whose height sets the ceiling
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
        self.reasons.verticalScrollBar().setValue(0)  # the first reason first, whatever was scrolled before
        self._fit_reasons()

    def reasons_ceiling(self) -> int:
        """The most height the reasons' box may take: the window's share less the headline and the margins."""
        window = self.window()
        limit = int(MAX_SHARE * window.height()) if window is not self else 10_000
        margins = self.layout().contentsMargins()
        taken = self.headline.sizeHint().height() + margins.top() + margins.bottom() + self.layout().spacing()
        return max(limit - taken, 0)

    def _fit_reasons(self) -> None:
        """The reasons' box as high as their wrapped text, up to the whole lines that fit under the ceiling; more
        scroll, with a scroll bar as high as the box (never less than one line and its scroll bar)."""
        self.details.ensurePolished()
        line = self.details.fontMetrics().lineSpacing()
        bar = self.reasons.verticalScrollBar().sizeHint().width()
        width = (self.reasons.viewport().width() or self.width() - 40) - bar
        wanted = self.details.heightForWidth(width) if self.details.text() else 0
        whole_lines = max((self.reasons_ceiling() - 4) // line, 1)
        height = min(max(wanted, line), whole_lines * line) + 4
        # Where the page is short of height (the station at 1366×768 with four packs) the box gives way down to
        # two lines and scrolls; the packs table and the buttons keep their rows.
        self.reasons.wanted = height
        self.reasons.setMinimumHeight(min(height, 2 * line + 4))
        self.reasons.setMaximumHeight(height)
        self.reasons.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        super().showEvent(event)
        self._fit_reasons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize and self.reasons.isVisible():
            self._fit_reasons()  # a lower window lowers the ceiling
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.reasons.isVisible():
            self._fit_reasons()  # a narrower banner wraps a reason onto more lines

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.reasons.isVisible():
            self._fit_reasons()  # another text size: another line height
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
