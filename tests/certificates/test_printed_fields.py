"""Sign what is printed: every field a CN or EU certificate prints is covered by its signature. A PDF whose visible
text was edited (one character of one value, in the page's content stream) is refused by ``certificate verify``,
which names the field; the genuine PDF verifies, and so does a 100 dpi picture of it, from its QR alone, naming what
it could not compare. Certificates signed in the old statement form keep verifying."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader, PdfWriter

from dismantler_app.certificates.content import certificate_sections, footer_fields, header_fields, pack_rows
from dismantler_app.certificates.render import render_certificate, render_certificates
from dismantler_app.certificates.samples import sample_document
from dismantler_app.certificates.verification import BEYOND_STATEMENT, CONTENT_KEY, PdfText, PrintedOutcome, check_pdf
from dismantler_app.cli.main import main
from dismantler_app.domain.certificate import CertificateKind, LabelLanguage, content_json
from dismantler_app.domain.certificate_statement import build_statement, parse_statement, statement_of
from dismantler_app.domain.records import Market
from dismantler_app.domain.statement_signing import sign_statement
from tests.certificates.pdf_tamper import tamper_value


def _public_key(tmp_path: Path, key) -> Path:
    path = tmp_path / "yard.pub.pem"
    path.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return path


def _verify(path: Path, public_key: Path, capsys) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["certificate", "verify", str(path), "--public-key", str(public_key), "--json"])
    return code, json.loads(capsys.readouterr().out)


def _printed_values(doc) -> list[tuple[str, str]]:
    """(field, label and value) of every field the sheet prints, as a forger would find them on the page: the last
    character is the value's, the label before it says which occurrence."""
    fields = [(f.key, f"{f.label}: {f.value}") for f in header_fields(doc, LabelLanguage.BOTH)]
    for section in certificate_sections(doc, LabelLanguage.BOTH):
        fields += [(f.key, f.label + f.value) for f in section.fields]
    fields += [(f"pack_{index}", index + code) for index, code, _ in pack_rows(doc, LabelLanguage.BOTH)]
    # a pack's type may repeat in the next row: the code before it says which row's type is edited
    fields += [(f"pack_{index}", code + kind) for index, code, kind in pack_rows(doc, LabelLanguage.BOTH) if kind]
    fields.append(("handler", f"{footer_fields(doc, LabelLanguage.BOTH)[0].label}: {doc.handler}"))
    return fields


@pytest.fixture(
    scope="module", params=[(Market.CN, False), (Market.EU, False), (Market.EU, True)], ids=["cn", "eu", "eu-collector"]
)
def genuine(request, tmp_path_factory, yard_key):
    market, collector = request.param
    doc = sample_document(market, pack_count=2, collector=collector)
    folder = tmp_path_factory.mktemp(market.value)
    pdf = folder / "certificate.pdf"
    pdf.write_bytes(render_certificate(doc, private_key=yard_key))
    return doc, pdf, _public_key(folder, yard_key)


def test_the_genuine_pdf_verifies_with_every_printed_field_compared(genuine, capsys):
    _, pdf, public_key = genuine
    code, report = _verify(pdf, public_key, capsys)
    assert code == 0 and report["valid"] is True
    [cert] = report["certificates"]
    assert cert["statement"]["version"] == 2
    assert cert["printed"] == {
        "outcome": "matches",
        "differing_fields": [],
        "not_compared_fields": [],
        "label_language": "both",
    }


def test_editing_any_printed_field_is_refused_and_the_field_is_named(genuine, tmp_path, capsys):
    doc, pdf, public_key = genuine
    original = pdf.read_bytes()
    checked = []
    for key, value in _printed_values(doc):
        if not value.strip():
            continue
        edited = tmp_path / f"{key}.pdf"
        edited.write_bytes(tamper_value(original, value))
        code, report = _verify(edited, public_key, capsys)
        [cert] = report["certificates"]
        assert code == 1 and cert["valid"] is False, key
        assert cert["printed"]["outcome"] == "differs", key
        assert cert["printed"]["differing_fields"] == [key], (key, cert["printed"])
        checked.append(key)
    # the fields a forger cares most about, by name, on both templates
    assert {"vin", "plate", "owner_name", "number", "issued_on", "pack_1", "pack_2"} <= set(checked)
    if doc.market is Market.CN:
        assert {"curb_mass", "engine_number", "owner_id", "brand_model"} <= set(checked)
        # the form-2 fields (docs/regulatory/cn.md, "Certificate content"), each one named when edited
        assert {
            "facility_uscc",
            "owner_id_type",
            "plate_type",
            "registration_certificate_number",
            "body_colour",
            "motor_number",
            "surrendered_plates",
            "surrendered_driving_licence",
            "surrendered_registration_certificate",
        } <= set(checked)
    else:
        assert {"registration_country", "vehicle_class", "brand", "model", "nationality"} <= set(checked)
        assert "registration_document" in checked  # Decision 2002/151/EC, Annex item 4
    if doc.treatment_facility is not None:
        assert {"treatment_facility_name", "treatment_facility_address", "treatment_facility_permit"} <= set(checked)


def test_the_plain_words_name_the_edited_field(genuine, tmp_path, capsys):
    doc, pdf, public_key = genuine
    edited = tmp_path / "vin.pdf"
    edited.write_bytes(tamper_value(pdf.read_bytes(), doc.vehicle.vin))
    capsys.readouterr()
    assert main(["certificate", "verify", str(edited), "--public-key", str(public_key)]) == 1
    out = capsys.readouterr().out
    assert "NOT VALID" in out and "VIN (vin)" in out and "differs from what was signed" in out


def test_a_100_dpi_picture_verifies_from_its_qr_and_names_what_it_could_not_compare(genuine, tmp_path, capsys):
    _, pdf, public_key = genuine
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(tmp_path / "scan")], check=True)
    code, report = _verify(tmp_path / "scan.png", public_key, capsys)
    assert code == 0 and report["valid"] is True
    [cert] = report["certificates"]
    assert cert["printed"]["outcome"] == "not_compared"
    assert set(cert["printed"]["not_compared_fields"]) == set(BEYOND_STATEMENT)
    assert {"curb_mass", "engine_number", "owner_name", "plate"} <= set(cert["printed"]["not_compared_fields"])


def test_a_pdf_whose_embedded_content_was_replaced_is_refused(genuine, tmp_path, capsys, yard_key):
    doc, _, public_key = genuine
    # The content of another vehicle put into the PDF with the genuine page and QR: its digest is not the signed one.
    other = dataclasses.replace(doc, vehicle=dataclasses.replace(doc.vehicle, curb_mass_kg=999))
    genuine_pdf = render_certificate(doc, private_key=yard_key)
    swapped_source = render_certificate(other, private_key=yard_key)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(genuine_pdf)))
    writer.add_metadata({CONTENT_KEY: PdfReader(io.BytesIO(swapped_source)).metadata[CONTENT_KEY]})
    path = tmp_path / "swapped.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    code, report = _verify(path, public_key, capsys)
    [cert] = report["certificates"]
    assert code == 1 and cert["printed"]["outcome"] == "content_missing"
    assert "content is missing" in cert["reason"]


def test_copies_void_notices_and_official_numbers_are_signed_too(tmp_path, capsys, yard_key):
    base = sample_document(Market.CN, pack_count=1)
    copy = dataclasses.replace(base, kind=CertificateKind.COPY, reprint_count=3)
    void = dataclasses.replace(
        base, kind=CertificateKind.VOID, void_reason="VIN typed wrong", voided_on=date(2026, 6, 2)
    )
    public_key = _public_key(tmp_path, yard_key)
    for name, doc, value, key in (
        ("copy", copy, "#3", "copy_number"),
        ("void", void, "VIN typed wrong", "void_reason"),
        ("official", base, base.official_number, "official_number"),
    ):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(render_certificate(doc, private_key=yard_key))
        assert _verify(pdf, public_key, capsys)[0] == 0, name
        pdf.write_bytes(tamper_value(pdf.read_bytes(), value))
        code, report = _verify(pdf, public_key, capsys)
        assert code == 1 and key in report["certificates"][0]["printed"]["differing_fields"], (name, report)


def test_a_day_batch_and_a_twelve_pack_certificate_over_two_pages_verify(tmp_path, capsys, yard_key):
    docs = [sample_document(Market.CN, pack_count=n, sequence=n) for n in (1, 12, 2)]
    pdf = tmp_path / "day.pdf"
    pdf.write_bytes(render_certificates(docs, private_key=yard_key))
    code, report = _verify(pdf, _public_key(tmp_path, yard_key), capsys)
    assert code == 0, report
    assert [c["statement"]["number"] for c in report["certificates"]] == [d.number for d in docs]
    assert all(c["printed"]["outcome"] == "matches" for c in report["certificates"])
    edited = tmp_path / "edited.pdf"
    last_page = report["certificates"][2]["page"]
    assert report["certificates"][1]["page"] == 2 and last_page == 4  # the twelve packs run onto a second page
    edited.write_bytes(tamper_value(pdf.read_bytes(), docs[2].vehicle.plate, page=last_page - 1))
    code, report = _verify(edited, _public_key(tmp_path, yard_key), capsys)
    assert code == 1
    assert [c["printed"]["differing_fields"] for c in report["certificates"]] == [[], [], ["plate"]]


def test_an_old_form_certificate_keeps_verifying_and_says_what_it_does_not_sign(tmp_path, capsys, yard_key):
    doc = sample_document(Market.CN, pack_count=2)
    qr = sign_statement(build_statement(doc, version=1), yard_key)
    assert parse_statement(qr.rpartition("/")[0].encode()).version == 1
    capsys.readouterr()
    public_key = _public_key(tmp_path, yard_key)
    code = main(["certificate", "verify", qr, "--public-key", str(public_key), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["valid"] is True
    [cert] = report["certificates"]
    assert cert["statement"]["version"] == 1 and cert["printed"]["outcome"] == "old_statement"
    assert "curb_mass" in cert["printed"]["not_compared_fields"]
    code = main(["certificate", "verify", qr, "--public-key", str(public_key)])
    assert code == 0 and "not signed: " in capsys.readouterr().out


def test_a_damaged_pdf_or_garbage_content_gets_words_not_a_traceback(genuine, tmp_path, capsys, yard_key):
    _, pdf, public_key = genuine
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf.read_bytes()[:2000])
    capsys.readouterr()
    assert main(["certificate", "verify", str(cut), "--public-key", str(public_key)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(cut) in err
    for junk in ("not base64 at all!", "bm90IGpzb24=", "eyJmb3JtYXQiOiAxLCAiY2VydGlmaWNhdGVzIjogNX0="):
        writer = PdfWriter(clone_from=PdfReader(pdf))
        writer.add_metadata({CONTENT_KEY: junk})
        path = tmp_path / "junk.pdf"
        with path.open("wb") as fh:
            writer.write(fh)
        code, report = _verify(path, public_key, capsys)
        assert code == 1 and report["certificates"][0]["printed"]["outcome"] == "content_missing", junk


def test_a_scan_saved_as_a_pdf_verifies_from_its_qr_alone(genuine, tmp_path, capsys):
    _, pdf, public_key = genuine
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "scan")], check=True)
    scanned = tmp_path / "scanner.pdf"
    with Image.open(tmp_path / "scan.png") as picture:
        picture.convert("RGB").save(scanned, resolution=150)  # what a flatbed scanner's "save as PDF" gives
    code, report = _verify(scanned, public_key, capsys)
    assert code == 0 and report["certificates"][0]["printed"]["outcome"] == "not_compared"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_page_text_is_compared_without_crashing(text):
    doc = sample_document(Market.CN, pack_count=1)
    statement = statement_of(doc)
    pdf_text = PdfText([text], [content_json(doc)])
    check = check_pdf(statement, pdf_text, first_page=1, last_page=1)
    assert check.outcome in (PrintedOutcome.DIFFERS, PrintedOutcome.MATCHES)
    assert check.outcome is PrintedOutcome.DIFFERS or "LFV2A21K4G4000001" in text


@settings(max_examples=60, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=12),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=16,
    )
)
def test_any_embedded_content_is_refused_or_read_never_a_crash(content):
    doc = sample_document(Market.CN, pack_count=1)
    pdf_text = PdfText(["whatever"], [content] if isinstance(content, dict) else [])
    assert check_pdf(statement_of(doc), pdf_text, first_page=1, last_page=1).outcome is PrintedOutcome.CONTENT_MISSING


def test_an_old_form_pdf_is_checked_for_what_its_statement_signs(yard_key):
    doc = sample_document(Market.CN, pack_count=2)
    old = statement_of(doc, version=1)
    page = (
        f"证明编号 Certificate No.: {doc.number}\n车辆识别代号 VIN {doc.vehicle.vin}\n"
        f"1 {doc.pack_codes[0]}\n2 {doc.pack_codes[1]}"
    )
    genuine = check_pdf(old, PdfText([page], []), first_page=1, last_page=1)
    assert genuine.outcome is PrintedOutcome.OLD_STATEMENT and genuine.ok and genuine.differing == ()
    assert "engine_number" in genuine.not_compared
    edited = page.replace(doc.vehicle.vin, "LFV2A21K4G4000009")
    refused = check_pdf(old, PdfText([edited], []), first_page=1, last_page=1)
    assert refused.differing == ("vin",) and not refused.ok
    # the invisible statement under the QR names the signed VIN too: it does not count as printed
    hidden = edited + "\n" + build_statement(old).decode()
    assert check_pdf(old, PdfText([hidden], []), first_page=1, last_page=1).differing == ("vin",)
