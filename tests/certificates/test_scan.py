"""The printed symbols decode from a 300 dpi raster and the statement verifies: what a verifier with a scanner does."""

from __future__ import annotations

import zxingcpp
from PIL import Image

from dismantler_app.certificates.extract import StatementSource, find_statements
from dismantler_app.certificates.render import render_certificate
from dismantler_app.certificates.samples import sample_document
from dismantler_app.certificates.signing import VerifyOutcome, verify_qr_text
from dismantler_app.domain.records import Market
from tests.certificates.pdf_inspect import rasterise_first_page, write


def test_qr_and_code128_decode_from_a_300_dpi_scan_and_verify(tmp_path, yard_key):
    # twelve packs give the densest QR a certificate carries
    doc = sample_document(Market.CN, pack_count=12)
    pdf = write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key))
    with Image.open(rasterise_first_page(pdf, tmp_path)) as page:
        symbols = zxingcpp.read_barcodes(page)
    by_format = {s.format: s.text for s in symbols}
    assert by_format[zxingcpp.BarcodeFormat.Code128] == "SH01-2026-000123"
    result = verify_qr_text(by_format[zxingcpp.BarcodeFormat.QRCode], yard_key.public_key())
    assert result.valid, result.reason
    assert result.statement.pack_codes == doc.pack_codes
    assert result.statement.vin == doc.vehicle.vin


def test_a_tampered_qr_payload_fails_verification(tmp_path, yard_key):
    pdf = write(tmp_path, "c.pdf", render_certificate(sample_document(Market.EU), private_key=yard_key))
    with Image.open(rasterise_first_page(pdf, tmp_path)) as page:
        qr = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)[0].text
    forged = qr.replace("/20260601/", "/20250601/")
    assert forged != qr
    assert verify_qr_text(forged, yard_key.public_key()).outcome is VerifyOutcome.BAD_SIGNATURE


def test_statements_are_found_in_a_pdf_and_in_a_scanned_image(tmp_path, yard_key):
    pdf = write(tmp_path, "c.pdf", render_certificate(sample_document(Market.CN, pack_count=2), private_key=yard_key))
    from_pdf = find_statements(pdf)
    assert [(f.source, f.page, f.text_layer_agrees) for f in from_pdf] == [(StatementSource.QR, 1, True)]
    scan = rasterise_first_page(pdf, tmp_path)
    from_scan = find_statements(scan)
    assert [f.qr_text for f in from_scan] == [from_pdf[0].qr_text]
    assert verify_qr_text(from_scan[0].qr_text, yard_key.public_key()).valid
