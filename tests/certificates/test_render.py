"""Rendered certificates read back: every field's text, embedded fonts, pages, wrapping, byte stability."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PIL import Image
from pypdf import PdfReader

from dismantler_app.certificates import layout, typeface
from dismantler_app.certificates.content import MISSING, certificate_sections, header_fields, pack_rows
from dismantler_app.certificates.render import Paper, RenderOptions, render_certificate, render_certificates
from dismantler_app.certificates.samples import sample_document
from dismantler_app.certificates.typeface import printable_text, register_fonts
from dismantler_app.domain.certificate import CertificateDocument, CertificateKind, IssuingFacility, LabelLanguage
from dismantler_app.domain.records import CertificateNumber, Market, Owner, Vehicle
from tests.certificates.pdf_inspect import SUBSET_NAME, page_fonts, pdf_text, squeeze, word_boxes, write

ALL_KINDS = [
    (Market.CN, CertificateKind.ORIGINAL),
    (Market.EU, CertificateKind.ORIGINAL),
    (Market.CN, CertificateKind.COPY),
    (Market.CN, CertificateKind.VOID),
]


def _expected_texts(doc: CertificateDocument, language: LabelLanguage) -> list[str]:
    fonts = register_fonts()
    texts = []
    for field in [*header_fields(doc, language), *(f for s in certificate_sections(doc, language) for f in s.fields)]:
        texts += [field.label, field.value]
    texts += list(doc.pack_codes) + [kind for _, _, kind in pack_rows(doc, language)]
    return [squeeze(printable_text(t, fonts)) for t in texts]


@pytest.mark.parametrize(("market", "kind"), ALL_KINDS)
@pytest.mark.parametrize("language", list(LabelLanguage))
def test_every_field_and_label_can_be_read_back_from_the_pdf(tmp_path, yard_key, market, kind, language):
    doc = sample_document(market, pack_count=3, kind=kind)
    pdf = write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key, options=RenderOptions(language)))
    text = pdf_text(pdf)
    missing = [t for t in _expected_texts(doc, language) if t not in text]
    assert missing == []


def test_the_cn_certificate_carries_the_chinese_fields_and_the_power_type_code(tmp_path, yard_key):
    doc = sample_document(Market.CN, pack_count=2)
    text = pdf_text(write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key)))
    for expected in (
        "报废机动车回收证明",
        "燃料种类",
        "9纯电动",
        "动力蓄电池编码",
        "官方证明编号",
        "310120260012300",
        "整备质量(kg)",
        "1850",
        "沪AD12345",
        "经办人",
        "李四",
        "盖章",
    ):
        assert expected in text


def test_the_eu_certificate_carries_the_decision_2002_151_minimum_content(tmp_path, yard_key):
    doc = sample_document(Market.EU, pack_count=1)
    pdf = write(
        tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key, options=RenderOptions(LabelLanguage.EN))
    )
    text = pdf_text(pdf)
    for expected in (
        "CertificateofDestruction",
        "Permittingauthority",
        "Nationality",
        "Holdersignature",
        "Facilitysignature",
        "Countryofregistration",
        "M1",
        "JürgenŁukasiewicz-Müller",
        "Billstraße",
    ):
        assert expected in text
    assert "报废" not in text  # English labels only


def test_fonts_are_embedded_as_subsets_and_nothing_relies_on_viewer_fonts(tmp_path, yard_key):
    pdf = write(tmp_path, "c.pdf", render_certificate(sample_document(), private_key=yard_key))
    fonts = page_fonts(pdf)
    assert len(fonts) >= 2
    for name, descriptor in fonts.items():
        assert SUBSET_NAME.match(name), name
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    assert any("DroidSansFallback" in name for name in fonts)
    assert any("DejaVuSans" in name for name in fonts)


def test_rendering_twice_gives_identical_bytes(yard_key):
    docs = [sample_document(Market.CN, pack_count=12), sample_document(Market.EU, sequence=124)]
    moment = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    first = render_certificates(docs, private_key=yard_key, options=RenderOptions(created_at=moment))
    second = render_certificates(docs, private_key=yard_key, options=RenderOptions(created_at=moment))
    assert first == second
    assert b"20260601080000" in first  # the creation date given, not the wall clock


def test_twelve_packs_continue_on_page_two_with_every_code(tmp_path, yard_key):
    doc = sample_document(Market.CN, pack_count=12)
    pdf = write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2
    text = pdf_text(pdf)
    assert all(code in text for code in doc.pack_codes)
    page2 = squeeze(reader.pages[1].extract_text())
    assert "续页continued2/2" in page2
    assert "SH01-2026-0001232/2" in page2


def test_rare_characters_and_emoji_print_as_their_code_points_never_blank(tmp_path, yard_key):
    doc = replace(sample_document(), owner=Owner(name="张\U00020bb7\U0001f600\u200d\ufe0f龘"))
    pdf = write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key))
    text = pdf_text(pdf)
    assert "张[U+20BB7]" in text
    assert "龘" in text
    assert "[U+200D]" not in text  # invisible joiners are dropped, not shown as codes


def test_long_fields_wrap_inside_the_page(tmp_path, yard_key):
    long_address = "上海市浦东新区" + "张江高科技园区碧波路" * 20 + "888号"
    long_word = "X" * 150
    doc = replace(
        sample_document(Market.CN, pack_count=12),
        owner=Owner(name="Very Long Name " * 10, address=long_address, phone=long_word),
        facility=replace(sample_document().facility, name="回收拆解有限公司" * 12),
    )
    pdf = write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key))
    width, height = (float(v) for v in PdfReader(pdf).pages[0].mediabox[2:])
    boxes = word_boxes(pdf)
    assert boxes
    outside = [b for b in boxes if b[1] < 36 or b[3] > width - 36 or b[2] < 0 or b[4] > height]
    assert outside == []
    assert squeeze(long_address) in pdf_text(pdf)


def test_missing_optional_fields_print_a_dash(tmp_path, yard_key):
    doc = CertificateDocument(
        number=CertificateNumber("SH01-2026-000001"),
        market=Market.CN,
        issued_on=sample_document().issued_on,
        facility=IssuingFacility(name="某回收企业", code="SH01"),
        vehicle=Vehicle(vin="LFV2A21K4G4000001"),
    )
    pdf = write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key))
    text = pdf_text(pdf)
    assert text.count(MISSING) >= 10
    assert "无none" in text  # no packs is stated, not left blank


def test_a_copy_says_copy_and_keeps_the_number(tmp_path, yard_key):
    doc = sample_document(kind=CertificateKind.COPY)
    text = pdf_text(write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key)))
    assert "副本COPY" in text
    assert "SH01-2026-000123" in text


def test_a_void_notice_states_the_reason(tmp_path, yard_key):
    doc = sample_document(kind=CertificateKind.VOID)
    text = pdf_text(write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key)))
    assert "作废通知VoidNotice" in text
    assert squeeze(doc.void_reason) in text
    assert "SH01-2026-000123" in text


def test_letter_paper_is_an_option(tmp_path, yard_key):
    pdf = write(
        tmp_path,
        "c.pdf",
        render_certificate(sample_document(), private_key=yard_key, options=RenderOptions(paper=Paper.LETTER)),
    )
    assert [round(float(v)) for v in PdfReader(pdf).pages[0].mediabox[2:]] == [612, 792]


def test_the_yard_logo_is_placed_on_the_certificate(tmp_path, yard_key):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (20, 120, 60)).save(logo)
    pdf = write(
        tmp_path,
        "c.pdf",
        render_certificate(sample_document(), private_key=yard_key, options=RenderOptions(logo_path=logo)),
    )
    xobjects = PdfReader(pdf).pages[0]["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())


def test_a_missing_logo_file_is_a_clear_error(tmp_path, yard_key):
    with pytest.raises(FileNotFoundError, match="logo"):
        render_certificate(
            sample_document(), private_key=yard_key, options=RenderOptions(logo_path=tmp_path / "nope.png")
        )


def test_a_batch_puts_each_certificate_on_its_own_pages(tmp_path, yard_key):
    docs = [sample_document(sequence=n, pack_count=12 if n == 2 else 1) for n in (1, 2, 3)]
    pdf = write(tmp_path, "batch.pdf", render_certificates(docs, private_key=yard_key))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 4
    pages = [squeeze(p.extract_text()) for p in reader.pages]
    assert "SH01-2026-0000011/1" in pages[0]
    assert "SH01-2026-0000021/2" in pages[1]
    assert "SH01-2026-0000022/2" in pages[2]
    assert "SH01-2026-0000031/1" in pages[3]


def test_an_empty_batch_is_refused(yard_key):
    with pytest.raises(ValueError, match="at least one"):
        render_certificates([], private_key=yard_key)


def test_the_per_process_caches_do_not_change_a_single_byte(yard_key):
    docs = [sample_document(Market.CN, pack_count=3), sample_document(Market.EU, pack_count=1)]
    for cached in (layout._parsed, layout._has_cjk, typeface.text_runs, typeface.paragraph_markup):
        cached.cache_clear()
    cold = render_certificates(docs, private_key=yard_key)
    warm = render_certificates(docs, private_key=yard_key)  # every label and value parsed once, reused here
    assert warm == cold
    assert layout._parsed.cache_info().hits > 0


@pytest.mark.parametrize("market", [Market.CN, Market.EU])
def test_an_english_sheet_names_the_battery_type_in_english_only(tmp_path, yard_key, market):
    doc = sample_document(market, pack_count=2)
    options = RenderOptions(LabelLanguage.EN)
    text = pdf_text(write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key, options=options)))
    assert "ternary" in text
    assert "三元" not in text  # the Chinese name of the type is not printed (issue: "三元锂 NCM" on an EU sheet)


def test_a_chinese_sheet_names_the_battery_type_in_chinese_only(tmp_path, yard_key):
    doc = sample_document(Market.CN, pack_count=1)
    options = RenderOptions(LabelLanguage.ZH)
    text = pdf_text(write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key, options=options)))
    assert "三元材料" in text and "ternary" not in text


def test_the_cn_sheet_prints_the_form_2_fields_and_the_documents_taken_back(tmp_path, yard_key):
    doc = sample_document(Market.CN, pack_count=1)
    text = pdf_text(write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key)))
    for expected in (
        "统一社会信用代码",
        "91310114MA1GT0KX00",
        "身份证明名称",
        "居民身份证",
        "号牌种类",
        "小型新能源汽车",
        "登记证书编号",
        "310001234567",
        "车身颜色",
        "电动机号码",
        "TZ200XSQ123456",
        "收回证件",
        "号牌Plates已收回takenback",
        "行驶证Drivinglicence已收回takenback",
        "登记证书Reg.certificate未收回nottakenback",
    ):
        assert expected in text, expected
    # a battery-electric car has no engine: the engine number is printed as the dash, the motor's number beside it
    assert f"发动机号码EngineNo.{MISSING}" in text


def test_the_eu_sheet_states_what_became_of_the_registration_document(tmp_path, yard_key):
    surrendered = sample_document(Market.EU, pack_count=1)
    destroyed = replace(surrendered, registration_document="destroyed")
    options = RenderOptions(LabelLanguage.EN)
    text = pdf_text(write(tmp_path, "s.pdf", render_certificate(surrendered, private_key=yard_key, options=options)))
    assert "Registrationdocumentsurrendered,attachedtothiscertificate" in text
    text = pdf_text(write(tmp_path, "d.pdf", render_certificate(destroyed, private_key=yard_key, options=options)))
    assert "Registrationdocumentdestroyed,asstatedbytheissuer" in text


def test_a_collectors_certificate_names_the_collector_and_the_treatment_facility(tmp_path, yard_key):
    doc = sample_document(Market.EU, pack_count=1, collector=True)
    options = RenderOptions(LabelLanguage.EN)
    text = pdf_text(write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key, options=options)))
    for expected in (
        "Collectorissuingonbehalfofthetreatmentfacility",
        "FacilitynameAltauto-AnnahmeHarburge.K.",
        "Treatmentfacilityreceivingthevehicle",
        "TreatmentfacilityAutoverwertungNordGmbH",
        "TreatmentfacilityaddressBillstraße120,20539Hamburg",
        "TreatmentfacilitypermitNo.DE-HH-ATF-2031",
        "Collectorsignature",
    ):
        assert expected in text, expected


def test_a_form_1_sheet_prints_as_it_always_did(tmp_path, yard_key):
    doc = sample_document(Market.EU, pack_count=1, form_version=1)
    options = RenderOptions(LabelLanguage.EN)
    text = pdf_text(write(tmp_path, "c.pdf", render_certificate(doc, private_key=yard_key, options=options)))
    assert "Registrationdocument" not in text and "三元材料ternary" in text
