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
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
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

        self.damage_label = QLabel(TriageDialog)
        self.damage_label.setObjectName(u"damage_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.damage_label)

        self.damage_grid = QGridLayout()
        self.damage_grid.setObjectName(u"damage_grid")
        self.damage_visible_damage = QCheckBox(TriageDialog)
        self.damage_visible_damage.setObjectName(u"damage_visible_damage")

        self.damage_grid.addWidget(self.damage_visible_damage, 0, 0, 1, 1)

        self.damage_leak = QCheckBox(TriageDialog)
        self.damage_leak.setObjectName(u"damage_leak")

        self.damage_grid.addWidget(self.damage_leak, 0, 1, 1, 1)

        self.damage_swelling = QCheckBox(TriageDialog)
        self.damage_swelling.setObjectName(u"damage_swelling")

        self.damage_grid.addWidget(self.damage_swelling, 1, 0, 1, 1)

        self.damage_fire_history = QCheckBox(TriageDialog)
        self.damage_fire_history.setObjectName(u"damage_fire_history")

        self.damage_grid.addWidget(self.damage_fire_history, 1, 1, 1, 1)

        self.damage_flood_history = QCheckBox(TriageDialog)
        self.damage_flood_history.setObjectName(u"damage_flood_history")

        self.damage_grid.addWidget(self.damage_flood_history, 2, 0, 1, 1)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.damage_grid)

        self.insulation_label = QLabel(TriageDialog)
        self.insulation_label.setObjectName(u"insulation_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.insulation_label)

        self.insulation = QDoubleSpinBox(TriageDialog)
        self.insulation.setObjectName(u"insulation")
        self.insulation.setDecimals(1)
        self.insulation.setMinimum(-1.000000000000000)
        self.insulation.setMaximum(100000.000000000000000)
        self.insulation.setValue(-1.000000000000000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.insulation)

        self.voltage_label = QLabel(TriageDialog)
        self.voltage_label.setObjectName(u"voltage_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.voltage_label)

        self.voltage = QDoubleSpinBox(TriageDialog)
        self.voltage.setObjectName(u"voltage")
        self.voltage.setDecimals(1)
        self.voltage.setMinimum(-1.000000000000000)
        self.voltage.setMaximum(1500.000000000000000)
        self.voltage.setValue(-1.000000000000000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.voltage)

        self.soc_label = QLabel(TriageDialog)
        self.soc_label.setObjectName(u"soc_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.soc_label)

        self.soc = QSpinBox(TriageDialog)
        self.soc.setObjectName(u"soc")
        self.soc.setMinimum(-1)
        self.soc.setMaximum(100)
        self.soc.setValue(-1)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.soc)

        self.bms_label = QLabel(TriageDialog)
        self.bms_label.setObjectName(u"bms_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.bms_label)

        self.bms_codes = QLineEdit(TriageDialog)
        self.bms_codes.setObjectName(u"bms_codes")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.bms_codes)

        self.risk_label = QLabel(TriageDialog)
        self.risk_label.setObjectName(u"risk_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.risk_label)

        self.risk_class = QComboBox(TriageDialog)
        self.risk_class.setObjectName(u"risk_class")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.risk_class)

        self.quarantine_label = QLabel(TriageDialog)
        self.quarantine_label.setObjectName(u"quarantine_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.quarantine_label)

        self.quarantine = QLineEdit(TriageDialog)
        self.quarantine.setObjectName(u"quarantine")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.quarantine)


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
        self.damage_label.setText(QCoreApplication.translate("TriageDialog", u"Findings", None))
        self.damage_visible_damage.setText(QCoreApplication.translate("TriageDialog", u"Visible damage", None))
        self.damage_leak.setText(QCoreApplication.translate("TriageDialog", u"Leak", None))
        self.damage_swelling.setText(QCoreApplication.translate("TriageDialog", u"Swelling", None))
        self.damage_fire_history.setText(QCoreApplication.translate("TriageDialog", u"Fire history", None))
        self.damage_flood_history.setText(QCoreApplication.translate("TriageDialog", u"Flood history", None))
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

