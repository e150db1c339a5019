# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'triage_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_TriageDialog(object):
    def setupUi(self, TriageDialog):
        if not TriageDialog.objectName():
            TriageDialog.setObjectName(u"TriageDialog")
        self.layout = QVBoxLayout(TriageDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pack_label = QLabel(TriageDialog)
        self.pack_label.setObjectName(u"pack_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pack_label)

        self.pack = QComboBox(TriageDialog)
        self.pack.setObjectName(u"pack")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pack)

        self.visible_damage_label = QLabel(TriageDialog)
        self.visible_damage_label.setObjectName(u"visible_damage_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visible_damage_label)

        self.sign_visible_damage = QComboBox(TriageDialog)
        self.sign_visible_damage.setObjectName(u"sign_visible_damage")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sign_visible_damage)

        self.leak_label = QLabel(TriageDialog)
        self.leak_label.setObjectName(u"leak_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leak_label)

        self.sign_leak = QComboBox(TriageDialog)
        self.sign_leak.setObjectName(u"sign_leak")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sign_leak)

        self.swelling_label = QLabel(TriageDialog)
        self.swelling_label.setObjectName(u"swelling_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.swelling_label)

        self.sign_swelling = QComboBox(TriageDialog)
        self.sign_swelling.setObjectName(u"sign_swelling")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sign_swelling)

        self.damage_label = QLabel(TriageDialog)
        self.damage_label.setObjectName(u"damage_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.damage_label)

        self.damage_grid = QHBoxLayout()
        self.damage_grid.setObjectName(u"damage_grid")
        self.damage_fire_history = QCheckBox(TriageDialog)
        self.damage_fire_history.setObjectName(u"damage_fire_history")

        self.damage_grid.addWidget(self.damage_fire_history)

        self.damage_flood_history = QCheckBox(TriageDialog)
        self.damage_flood_history.setObjectName(u"damage_flood_history")

        self.damage_grid.addWidget(self.damage_flood_history)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.damage_grid)

        self.temperature_label = QLabel(TriageDialog)
        self.temperature_label.setObjectName(u"temperature_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.temperature_label)

        self.temperature = QDoubleSpinBox(TriageDialog)
        self.temperature.setObjectName(u"temperature")
        self.temperature.setDecimals(1)
        self.temperature.setMinimum(-50.000000000000000)
        self.temperature.setMaximum(200.000000000000000)
        self.temperature.setValue(-50.000000000000000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.temperature)

        self.insulation_label = QLabel(TriageDialog)
        self.insulation_label.setObjectName(u"insulation_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.insulation_label)

        self.insulation = QDoubleSpinBox(TriageDialog)
        self.insulation.setObjectName(u"insulation")
        self.insulation.setDecimals(1)
        self.insulation.setMinimum(-1.000000000000000)
        self.insulation.setMaximum(100000.000000000000000)
        self.insulation.setValue(-1.000000000000000)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.insulation)

        self.voltage_label = QLabel(TriageDialog)
        self.voltage_label.setObjectName(u"voltage_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.voltage_label)

        self.voltage = QDoubleSpinBox(TriageDialog)
        self.voltage.setObjectName(u"voltage")
        self.voltage.setDecimals(1)
        self.voltage.setMinimum(-1.000000000000000)
        self.voltage.setMaximum(1500.000000000000000)
        self.voltage.setValue(-1.000000000000000)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.voltage)

        self.soc_label = QLabel(TriageDialog)
        self.soc_label.setObjectName(u"soc_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.soc_label)

        self.soc = QSpinBox(TriageDialog)
        self.soc.setObjectName(u"soc")
        self.soc.setMinimum(-1)
        self.soc.setMaximum(100)
        self.soc.setValue(-1)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.soc)

        self.bms_label = QLabel(TriageDialog)
        self.bms_label.setObjectName(u"bms_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.bms_label)

        self.bms_codes = QLineEdit(TriageDialog)
        self.bms_codes.setObjectName(u"bms_codes")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.bms_codes)

        self.risk_label = QLabel(TriageDialog)
        self.risk_label.setObjectName(u"risk_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.risk_label)

        self.risk_class = QComboBox(TriageDialog)
        self.risk_class.setObjectName(u"risk_class")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.risk_class)

        self.quarantine_label = QLabel(TriageDialog)
        self.quarantine_label.setObjectName(u"quarantine_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.quarantine_label)

        self.quarantine = QLineEdit(TriageDialog)
        self.quarantine.setObjectName(u"quarantine")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.quarantine)


        self.layout.addLayout(self.form)

        self.hint = QLabel(TriageDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(TriageDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.pack_label.setBuddy(self.pack)
        self.visible_damage_label.setBuddy(self.sign_visible_damage)
        self.leak_label.setBuddy(self.sign_leak)
        self.swelling_label.setBuddy(self.sign_swelling)
        self.temperature_label.setBuddy(self.temperature)
        self.insulation_label.setBuddy(self.insulation)
        self.voltage_label.setBuddy(self.voltage)
        self.soc_label.setBuddy(self.soc)
        self.bms_label.setBuddy(self.bms_codes)
        self.risk_label.setBuddy(self.risk_class)
        self.quarantine_label.setBuddy(self.quarantine)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TriageDialog)
    # setupUi

    def retranslateUi(self, TriageDialog):
        TriageDialog.setWindowTitle(QCoreApplication.translate("TriageDialog", u"Safety triage of a battery pack", None))
        self.pack_label.setText(QCoreApplication.translate("TriageDialog", u"&Pack", None))
        self.visible_damage_label.setText(QCoreApplication.translate("TriageDialog", u"Visible &damage", None))
        self.leak_label.setText(QCoreApplication.translate("TriageDialog", u"&Leakage", None))
        self.swelling_label.setText(QCoreApplication.translate("TriageDialog", u"S&welling", None))
        self.damage_label.setText(QCoreApplication.translate("TriageDialog", u"History", None))
        self.damage_fire_history.setText(QCoreApplication.translate("TriageDialog", u"Fire history", None))
        self.damage_flood_history.setText(QCoreApplication.translate("TriageDialog", u"Flood history", None))
        self.temperature_label.setText(QCoreApplication.translate("TriageDialog", u"&Temperature", None))
        self.temperature.setSuffix(QCoreApplication.translate("TriageDialog", u" \u00b0C", None))
        self.insulation_label.setText(QCoreApplication.translate("TriageDialog", u"&Insulation resistance", None))
        self.insulation.setSuffix(QCoreApplication.translate("TriageDialog", u" M\u03a9", None))
        self.voltage_label.setText(QCoreApplication.translate("TriageDialog", u"Pack &voltage", None))
        self.voltage.setSuffix(QCoreApplication.translate("TriageDialog", u" V", None))
        self.soc_label.setText(QCoreApplication.translate("TriageDialog", u"State of &charge", None))
        self.soc.setSuffix(QCoreApplication.translate("TriageDialog", u" %", None))
        self.bms_label.setText(QCoreApplication.translate("TriageDialog", u"&BMS fault codes", None))
        self.risk_label.setText(QCoreApplication.translate("TriageDialog", u"&Risk class", None))
        self.quarantine_label.setText(QCoreApplication.translate("TriageDialog", u"&Quarantine location", None))
    # retranslateUi

