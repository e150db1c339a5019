"""Sync failures as codes: what the desktop app stores round-trips to its kind and head office's code, and the bare
messages the CLI's worker stores are recognised by the sync layer's own sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.services.sync.problems import SyncErrorKind, error_record, parse_error_record
from dismantler_app.services.sync.service import SyncNotReady
from dismantler_app.sync.client import HubRefused, HubUnreachable

codes = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
details = st.text(max_size=80)


@given(st.integers(400, 499), codes, details)
def test_a_stored_refusal_parses_back_to_its_code(status: int, code: str, detail: str) -> None:
    error = HubRefused(status, code, detail)
    for stored in (error_record(error), str(error)):  # the app's record and the CLI worker's bare message
        parsed = parse_error_record(stored)
        assert parsed is not None and (parsed.kind, parsed.hub_code) == (SyncErrorKind.REFUSED, code)


@given(details)
def test_any_text_parses_without_error(text: str) -> None:
    parsed = parse_error_record(text)
    assert (parsed is None) == (text == "")


def test_the_sync_layers_sentences_are_recognised() -> None:
    cases = {
        "cannot reach head office at http://127.0.0.1:9: [Errno 111] Connection refused": SyncErrorKind.UNREACHABLE,
        "head office failed (503); it will be retried": SyncErrorKind.HUB_FAILED,
        str(SyncNotReady("this yard is not enrolled: run 'dismantler sync enrol TOKEN --hub URL' first")): (
            SyncErrorKind.NOT_ENROLLED
        ),
        "unexpected error, see the log: KeyError('cursor')": SyncErrorKind.OTHER,
    }
    for text, kind in cases.items():
        parsed = parse_error_record(text)
        assert parsed is not None and parsed.kind is kind, text
    stored = error_record(HubUnreachable("cannot reach head office at http://x: timed out"))
    assert parse_error_record(stored).kind is SyncErrorKind.UNREACHABLE  # type: ignore[union-attr]
