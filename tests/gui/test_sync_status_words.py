"""The status bar's sync corner says the last failure in the person's language by its kind, never the sync layer's
English sentence; that sentence is only behind "Details…" (right-click), for a call to support."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.gui.common.i18n import Language, LanguageSwitcher
from dismantler_app.gui.sync.status_panel import SyncStatusPanel
from dismantler_app.gui.sync.words import REFUSAL, rejection_text, sync_error_text
from dismantler_app.services.sync.link import SITE_REVOKED
from dismantler_app.services.sync.problems import SyncError, SyncErrorKind, classify_error
from dismantler_app.services.sync.state import SyncStatus, error_text
from dismantler_app.sync.client import TLS_UNTRUSTED, HubRefused, HubUnreachable
from dismantler_app.sync.documents import CLOCK_SKEW
from dismantler_app.sync.events import RejectionCode

ENGLISH = "cannot reach head office at https://hub.example.cn: connection refused"


def _status(*, failures: int) -> SyncStatus:
    return SyncStatus(
        enrolled=True,
        hub_url="https://hub.example.cn",
        pending=3,
        exported=0,
        delivered=10,
        open_problems=0,
        last_attempt_at="2024-05-01T10:00:00",
        last_success_at="2024-05-01T09:00:00",
        last_error=error_text(SyncErrorKind.UNREACHABLE.value, ENGLISH),
        failures=failures,
    )


@pytest.fixture
def panel(qtbot: QtBot, gui_app: QApplication) -> Iterator[SyncStatusPanel]:
    made = SyncStatusPanel()
    qtbot.addWidget(made)
    yield made


def test_the_last_failure_is_said_by_its_kind_and_the_english_only_in_details(
    qtbot: QtBot, panel: SyncStatusPanel
) -> None:
    panel.show_status(_status(failures=2))
    tip = panel.ui.summary.toolTip()
    assert tip and ENGLISH not in tip and "connection refused" not in tip
    assert panel.details_action.isEnabled()
    panel.show_details()
    assert panel.details_box is not None and ENGLISH in panel.details_box.text()
    panel.details_box.close()


def test_in_chinese_the_tooltip_has_no_english_sentence(
    qtbot: QtBot, panel: SyncStatusPanel, gui_app: QApplication
) -> None:
    switcher = LanguageSwitcher(gui_app)
    try:
        switcher.switch(Language.ZH_CN)
        panel.show_status(_status(failures=1))
        tip = panel.ui.summary.toolTip()
        assert tip and "head office" not in tip and any("\u4e00" <= ch <= "\u9fff" for ch in tip)
    finally:
        switcher.switch(Language.EN)


def test_after_a_success_there_is_no_error_to_show(qtbot: QtBot, panel: SyncStatusPanel) -> None:
    panel.show_status(_status(failures=0))
    assert panel.ui.summary.toolTip() == ""
    assert not panel.details_action.isEnabled()


@pytest.mark.parametrize("kind", list(SyncErrorKind))
def test_every_kind_of_failure_has_words_in_english_and_chinese(
    kind: SyncErrorKind, switcher: LanguageSwitcher
) -> None:
    # A kind without words raised KeyError the moment it reached the screen (revoked, tls_untrusted, clock_skew).
    error = SyncError(kind, "", "the sync layer's English message")
    english = sync_error_text(error)
    assert english and "English message" not in english
    switcher.switch(Language.ZH_CN)
    chinese = sync_error_text(error)
    assert chinese != english and any("\u4e00" <= ch <= "\u9fff" for ch in chinese)


@pytest.mark.parametrize("code", sorted(REFUSAL))
def test_every_refusal_code_with_words_is_translated(code: str, switcher: LanguageSwitcher) -> None:
    error = SyncError(SyncErrorKind.REFUSED, code, "refused")
    english = sync_error_text(error)
    switcher.switch(Language.ZH_CN)
    assert sync_error_text(error) != english


def test_a_revoked_key_and_a_skewed_clock_say_what_to_do() -> None:
    revoked = sync_error_text(classify_error(HubRefused(403, SITE_REVOKED, "revoked")))
    assert "--replace-key" in revoked and "enrol again" in revoked
    skewed = sync_error_text(classify_error(HubRefused(400, CLOCK_SKEW, "clock")))
    assert "date and time" in skewed
    untrusted = sync_error_text(classify_error(HubUnreachable("untrusted", code=TLS_UNTRUSTED)))
    assert "CA file" in untrusted


@pytest.mark.parametrize("code", list(RejectionCode))
def test_every_rejection_head_office_can_send_has_words_in_both_languages(
    code: RejectionCode, switcher: LanguageSwitcher
) -> None:
    # A code without words showed raw in the sync problems list (receiver_not_white_listed did).
    english = rejection_text(code.value)
    assert english != code.value
    switcher.switch(Language.ZH_CN)
    chinese = rejection_text(code.value)
    assert chinese != english and any("\u4e00" <= ch <= "\u9fff" for ch in chinese)
