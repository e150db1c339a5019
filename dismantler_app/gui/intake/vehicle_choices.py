"""The vehicle dialog's offered choices for fields the Chinese certificate prints as recorded: the plate type (GA 36
names) and the document an owner's ID number is from. The stored value is the Chinese name the certificate prints,
whatever language the screen is in; the combo boxes are editable, so a kind not offered here is typed as it is
written on the papers. Also the words for what became of the registration document (EU certificate, item 4)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from dismantler_app.domain.records import RegistrationDocumentFate

CONTEXT = "VehicleChoices"

# Stored value (printed on the certificate) → the screen's words for it.
PLATE_TYPES: dict[str, str] = {
    "小型新能源汽车": QT_TRANSLATE_NOOP("VehicleChoices", "Small new-energy vehicle"),
    "小型汽车": QT_TRANSLATE_NOOP("VehicleChoices", "Small vehicle"),
    "大型新能源汽车": QT_TRANSLATE_NOOP("VehicleChoices", "Large new-energy vehicle"),
    "大型汽车": QT_TRANSLATE_NOOP("VehicleChoices", "Large vehicle"),
    "挂车": QT_TRANSLATE_NOOP("VehicleChoices", "Trailer"),
    "教练汽车": QT_TRANSLATE_NOOP("VehicleChoices", "Driving-school vehicle"),
    "境外汽车": QT_TRANSLATE_NOOP("VehicleChoices", "Vehicle from outside the mainland"),
    "外籍汽车": QT_TRANSLATE_NOOP("VehicleChoices", "Foreign-registered vehicle"),
}
ID_DOCUMENTS: dict[str, str] = {
    "居民身份证": QT_TRANSLATE_NOOP("VehicleChoices", "Resident identity card"),
    "营业执照": QT_TRANSLATE_NOOP("VehicleChoices", "Business licence"),
    "统一社会信用代码证书": QT_TRANSLATE_NOOP("VehicleChoices", "Unified social credit code certificate"),
    "护照": QT_TRANSLATE_NOOP("VehicleChoices", "Passport"),
    "港澳居民来往内地通行证": QT_TRANSLATE_NOOP("VehicleChoices", "Mainland travel permit (Hong Kong, Macao)"),
    "台湾居民来往大陆通行证": QT_TRANSLATE_NOOP("VehicleChoices", "Mainland travel permit (Taiwan)"),
    "外国人永久居留身份证": QT_TRANSLATE_NOOP("VehicleChoices", "Foreign permanent resident ID card"),
}
REGISTRATION_DOCUMENT: dict[RegistrationDocumentFate, str] = {
    RegistrationDocumentFate.NOT_RECORDED: QT_TRANSLATE_NOOP("VehicleChoices", "— not recorded —"),
    RegistrationDocumentFate.SURRENDERED: QT_TRANSLATE_NOOP("VehicleChoices", "surrendered with the vehicle"),
    RegistrationDocumentFate.DESTROYED: QT_TRANSLATE_NOOP("VehicleChoices", "destroyed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def registration_document_name(fate: RegistrationDocumentFate) -> str:
    return _tr(REGISTRATION_DOCUMENT[fate])


def fill_choices(combo: QComboBox, choices: dict[str, str]) -> None:
    """An empty first entry (nothing recorded), then each offered value, in the screen's words."""
    combo.addItem("", "")
    for value in choices:
        combo.addItem("", value)
    retranslate_choices(combo, choices)


def retranslate_choices(combo: QComboBox, choices: dict[str, str]) -> None:
    typed = choice_value(combo) if combo.count() and combo.currentIndex() < 0 else None
    for index in range(1, combo.count()):
        value = combo.itemData(index)
        if value in choices:
            words = _tr(choices[value])
            # In Chinese the words are the value itself; elsewhere the value follows, as the certificate prints it.
            combo.setItemText(index, words if words == value else f"{words} ({value})")
    if typed is not None:
        combo.setEditText(typed)


def show_choice(combo: QComboBox, value: str) -> None:
    """Selects ``value`` when it is offered, else shows it as typed text."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(value)


def choice_value(combo: QComboBox) -> str:
    """The value to store: an offered entry's value, or what was typed."""
    text = combo.currentText().strip()
    index = combo.currentIndex()
    if index >= 0 and text == combo.itemText(index).strip():
        return str(combo.itemData(index) or "")
    matching = combo.findText(text)
    if matching >= 0:
        return str(combo.itemData(matching) or "")
    return text
