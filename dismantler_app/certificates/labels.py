"""The printed words of the certificate templates, in Chinese and English.

Labels follow the fields of the Chinese scrapping certificate (报废机动车回收证明, MOFCOM Implementation Rules 2020)
and the EU certificate of destruction (Decision 2002/151/EC, Annex). They are a table so a wording correction is a
one-line change; the PDF is a legal document, not GUI text, so these do not go through Qt's translation files.
"""

from __future__ import annotations

from dismantler_app.domain.certificate import LabelLanguage

LABELS: dict[str, tuple[str, str]] = {
    # titles and banners
    "title_cn": ("报废机动车回收证明", "Certificate of Motor Vehicle Scrapping"),
    "title_eu": ("报废证明", "Certificate of Destruction"),
    "title_void": ("作废通知", "Void Notice"),
    "copy_banner": ("副本", "COPY"),
    "void_banner": ("作废", "VOID"),
    "continued": ("续页", "continued"),
    "page": ("页", "page"),
    # sections
    "section_facility": ("回收企业", "Issuing facility"),
    "section_owner": ("机动车所有人", "Owner"),
    "section_holder": ("持有人", "Holder"),
    "section_vehicle": ("车辆信息", "Vehicle"),
    "section_packs": ("动力蓄电池", "Traction batteries"),
    "section_void": ("作废说明", "Voiding"),
    "section_surrendered": ("收回证件", "Documents taken back"),
    "section_collector": ("出具证明的收集者（代表处理企业）", "Collector issuing on behalf of the treatment facility"),
    "section_treatment_facility": ("接收车辆的处理企业", "Treatment facility receiving the vehicle"),
    # fields
    "number": ("证明编号", "Certificate No."),
    "official_number": ("官方证明编号", "Official certificate No."),
    "issued_on": ("出具日期", "Date of issue"),
    "facility_name": ("回收企业名称", "Facility name"),
    "facility_address": ("地址", "Address"),
    "facility_phone": ("电话", "Phone"),
    "permit_number": ("资质证书编号", "Permit No."),
    "permitting_authority": ("发证机关", "Permitting authority"),
    "owner_name": ("姓名/名称", "Name"),
    "owner_id": ("身份证明号码", "ID No."),
    "owner_id_type": ("身份证明名称", "ID document"),
    "facility_uscc": ("统一社会信用代码", "USCC"),
    "plate_type": ("号牌种类", "Plate type"),
    "registration_certificate_number": ("登记证书编号", "Reg. certificate No."),
    "body_colour": ("车身颜色", "Body colour"),
    "engine_only": ("发动机号码", "Engine No."),
    "motor_number": ("电动机号码", "Motor No."),
    "surrendered_plates": ("号牌", "Plates"),
    "surrendered_driving_licence": ("行驶证", "Driving licence"),
    "surrendered_registration_certificate": ("登记证书", "Reg. certificate"),
    "taken_back": ("已收回", "taken back"),
    "not_taken_back": ("未收回", "not taken back"),
    "registration_document": ("登记证件", "Registration document"),
    "registration_surrendered": ("已交回，随本证明附上", "surrendered, attached to this certificate"),
    "registration_destroyed": ("已销毁，由出具方声明", "destroyed, as stated by the issuer"),
    "treatment_facility_name": ("处理企业名称", "Treatment facility"),
    "treatment_facility_address": ("处理企业地址", "Treatment facility address"),
    "treatment_facility_permit": ("处理企业许可证编号", "Treatment facility permit No."),
    "collector_signature": ("收集者签字", "Collector signature"),
    "owner_phone": ("联系电话", "Phone"),
    "owner_address": ("住址", "Address"),
    "nationality": ("国籍", "Nationality"),
    "handover_date": ("交车日期", "Hand-over date"),
    "registration_date": ("初次登记日期", "First registration"),
    "plate": ("号牌号码", "Registration mark"),
    "registration_country": ("登记国家", "Country of registration"),
    "vehicle_type": ("车辆类型", "Vehicle type"),
    "vehicle_class": ("车辆类别", "Vehicle class"),
    "use_character": ("使用性质", "Use character"),
    "brand": ("品牌", "Brand"),
    "model": ("型号", "Model"),
    "brand_model": ("品牌型号", "Brand / model"),
    "vin": ("车辆识别代号", "VIN"),
    "curb_mass": ("整备质量(kg)", "Curb mass (kg)"),
    "fuel": ("燃料种类", "Power type"),
    "engine_number": ("发动机/电动机号码", "Engine / motor No."),
    "battery_swap": ("换电车型", "Battery-swap model"),
    "pack_index": ("序号", "No."),
    "pack_code": ("动力蓄电池编码", "Traction battery code"),
    "pack_type": ("类型", "Type"),
    "no_packs": ("无", "none"),
    "void_reason": ("作废原因", "Reason"),
    "voided_on": ("作废日期", "Voided on"),
    "handler": ("经办人", "Handled by"),
    "signature": ("签字", "Signature"),
    "facility_signature": ("回收企业签字", "Facility signature"),
    "holder_signature": ("持有人签字", "Holder signature"),
    "seal": ("盖章", "Seal"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "verify_hint": ("扫描二维码核验", "Scan the QR code to verify"),
    "key": ("密钥指纹", "key"),
}

# Names for the power-type codes of domain.records.Fuel (keep the two in step).
FUEL_NAMES: dict[str, tuple[str, str]] = {
    "1": ("汽油", "petrol"),
    "2": ("柴油", "diesel"),
    "3": ("燃气", "gas"),
    "4": ("液化石油气", "LPG"),
    "5": ("天然气", "natural gas"),
    "6": ("双燃料", "dual fuel"),
    "7": ("其他", "other"),
    "8": ("混合动力", "hybrid"),
    "9": ("纯电动", "electric"),
    "A": ("氢燃料", "hydrogen"),
}


def label(key: str, language: LabelLanguage) -> str:
    zh, en = LABELS[key]
    return _pick(zh, en, language)


def fuel_name(code: str, language: LabelLanguage) -> str:
    zh, en = FUEL_NAMES.get(code, ("", ""))
    name = _pick(zh, en, language)
    return f"{code} {name}".strip()


def _pick(zh: str, en: str, language: LabelLanguage) -> str:
    if language is LabelLanguage.ZH:
        return zh
    if language is LabelLanguage.EN:
        return en
    return f"{zh} {en}"
