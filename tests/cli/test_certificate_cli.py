"""``dismantler certificate render|verify`` end to end: a sample PDF, its QR verified, a forged text refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dismantler_app.certificates.extract import statements_in_text_layer
from dismantler_app.certificates.samples import sample_document
from dismantler_app.cli.main import main
from dismantler_app.domain.certificate_statement import build_statement
from dismantler_app.domain.statement_signing import sign_statement
from dismantler_app.services.yard_keys import load_or_create_yard_keys, rotate_yard_keys
from tests.certificates.pdf_tamper import tamper_value


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("cli") / "sample.pdf"
    assert main(["certificate", "render", "--sample", "cn", "--pdf", str(pdf), "--packs", "3"]) == 0
    return pdf


def test_a_rendered_sample_verifies_with_the_sample_public_key(sample_pdf, capsys):
    capsys.readouterr()
    code = main(
        ["certificate", "verify", str(sample_pdf), "--public-key", str(sample_pdf.with_suffix(".pub.pem")), "--json"]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["valid"] is True
    [cert] = report["certificates"]
    assert cert["source"] == "qr" and cert["text_layer_agrees"] is True
    assert cert["statement"]["number"] == "SH01-2026-000123"
    assert len(cert["statement"]["pack_codes"]) == 3


def test_a_forged_qr_text_is_refused_with_exit_code_1(sample_pdf, capsys):
    qr = statements_in_text_layer(sample_pdf)[1][0]
    forged = qr.replace("LFV2A21K4G4000001", "LFV2A21K4G4000009")
    code = main(["certificate", "verify", forged, "--public-key", str(sample_pdf.with_suffix(".pub.pem"))])
    out = capsys.readouterr().out
    assert code == 1
    assert "NOT VALID" in out and "altered" in out


def test_a_sample_never_verifies_against_the_yards_own_key(sample_pdf, tmp_path, capsys):
    load_or_create_yard_keys(tmp_path)
    capsys.readouterr()
    code = main(["--data-dir", str(tmp_path), "certificate", "verify", str(sample_pdf), "--json"])
    assert code == 1
    assert json.loads(capsys.readouterr().out)["certificates"][0]["outcome"] == "bad_signature"


def test_verify_without_a_key_says_which_file_to_pass(tmp_path, capsys):
    code = main(["certificate", "verify", "DSC1/X", "--data-dir", str(tmp_path)])
    assert code == 2
    assert "--public-key" in capsys.readouterr().err


def test_verify_of_text_that_is_no_certificate_is_a_usage_error(sample_pdf, capsys):
    code = main(["certificate", "verify", "hello", "--public-key", str(sample_pdf.with_suffix(".pub.pem"))])
    assert code == 2
    assert "neither a file nor a certificate QR text" in capsys.readouterr().err


def test_a_certificate_signed_before_a_key_rotation_still_verifies_at_the_yard(tmp_path, capsys):
    old = load_or_create_yard_keys(tmp_path)
    qr_text = sign_statement(build_statement(sample_document()), old.private_key)
    new = rotate_yard_keys(tmp_path)
    assert new.fingerprint != old.fingerprint
    capsys.readouterr()

    code = main(["--data-dir", str(tmp_path), "certificate", "verify", qr_text, "--json"])
    [cert] = json.loads(capsys.readouterr().out)["certificates"]
    assert code == 0 and cert["valid"] is True
    assert cert["key_fingerprint"] == old.fingerprint  # the retired key that signed it

    # Altered after signing: refused whatever key is tried.
    forged = qr_text.replace("LFV2A21K4G4000001", "LFV2A21K4G4000009")
    assert forged != qr_text
    assert main(["--data-dir", str(tmp_path), "certificate", "verify", forged, "--json"]) == 1


@pytest.mark.parametrize(
    ("sample", "language", "edited", "named"),
    [
        ("cn", "both", "TZ200XSQ123456", "Motor No. (motor_number)"),
        ("cn", "zh", "小型新能源汽车", "Plate type (plate_type)"),
        ("eu", "en", "surrendered, attached", "Registration document (registration_document)"),
        ("eu-collector", "en", "Billstraße 120", "Treatment facility address (treatment_facility_address)"),
    ],
)
def test_each_sample_kind_verifies_and_an_edited_form_2_field_is_named_in_plain_words(
    tmp_path, capsys, sample, language, edited, named
):
    pdf = tmp_path / f"{sample}.pdf"
    assert main(["certificate", "render", "--sample", sample, "--language", language, "--pdf", str(pdf)]) == 0
    public = str(pdf.with_suffix(".pub.pem"))
    capsys.readouterr()
    assert main(["certificate", "verify", str(pdf), "--public-key", public]) == 0
    assert "every printed field matches the signed content" in capsys.readouterr().out
    forged = tmp_path / f"{sample}-edited.pdf"
    forged.write_bytes(tamper_value(pdf.read_bytes(), edited))
    assert main(["certificate", "verify", str(forged), "--public-key", public]) == 1
    out = capsys.readouterr().out
    assert "NOT VALID" in out and named in out


def test_an_unknown_sample_kind_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["certificate", "render", "--sample", "us", "--pdf", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2
    assert "eu-collector" in capsys.readouterr().err
