"""The yard's key pair on disk: created once, private file 0600, reloaded unchanged."""

from __future__ import annotations

import stat

import pytest

from dismantler_app.certificates.samples import sample_document
from dismantler_app.certificates.signing import sign_statement, verify_qr_text
from dismantler_app.domain.certificate_statement import build_statement
from dismantler_app.services.yard_keys import load_or_create_yard_keys, load_yard_public_key


def test_the_key_pair_is_created_once_and_reloaded(tmp_path):
    first = load_or_create_yard_keys(tmp_path)
    again = load_or_create_yard_keys(tmp_path)
    assert first.private_path.is_file() and first.public_path.is_file()
    assert again.fingerprint == first.fingerprint


def test_the_private_key_file_is_readable_by_its_owner_only(tmp_path):
    keys = load_or_create_yard_keys(tmp_path)
    assert stat.S_IMODE(keys.private_path.stat().st_mode) == 0o600
    keys.private_path.chmod(0o644)
    load_or_create_yard_keys(tmp_path)
    assert stat.S_IMODE(keys.private_path.stat().st_mode) == 0o600


def test_the_public_key_file_verifies_what_the_private_key_signed(tmp_path):
    keys = load_or_create_yard_keys(tmp_path)
    qr = sign_statement(build_statement(sample_document()), keys.private_key)
    assert verify_qr_text(qr, load_yard_public_key(tmp_path)).valid


def test_a_missing_public_key_says_what_to_pass_instead(tmp_path):
    with pytest.raises(FileNotFoundError, match="--public-key"):
        load_yard_public_key(tmp_path)
