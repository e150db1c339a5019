# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QRadioButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        self.layout = QVBoxLayout(HandoverDialog)
        self.layout.setObjectName(u"layout")
        self.pack_line = QLabel(HandoverDialog)
        self.pack_line.setObjectName(u"pack_line")
        self.pack_line.setWordWrap(True)

        self.layout.addWidget(self.pack_line)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.receiver_name_label = QLabel(HandoverDialog)
        self.receiver_name_label.setObjectName(u"receiver_name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receiver_name_label)

        self.receiver_name = QLineEdit(HandoverDialog)
        self.receiver_name.setObjectName(u"receiver_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receiver_name)

        self.receiver_type_label = QLabel(HandoverDialog)
        self.receiver_type_label.setObjectName(u"receiver_type_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receiver_type_label)

        self.receiver_type = QComboBox(HandoverDialog)
        self.receiver_type.setObjectName(u"receiver_type")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receiver_type)

        self.scheme_label = QLabel(HandoverDialog)
        self.scheme_label.setObjectName(u"scheme_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scheme_label)

        self.scheme_row = QHBoxLayout()
        self.scheme_row.setObjectName(u"scheme_row")
        self.scheme_uscc = QRadioButton(HandoverDialog)
        self.scheme_uscc.setObjectName(u"scheme_uscc")
        self.scheme_uscc.setChecked(True)

        self.scheme_row.addWidget(self.scheme_uscc)

        self.scheme_duns = QRadioButton(HandoverDialog)
        self.scheme_duns.setObjectName(u"scheme_duns")

        self.scheme_row.addWidget(self.scheme_duns)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.scheme_row)

        self.receiver_id_label = QLabel(HandoverDialog)
        self.receiver_id_label.setObjectName(u"receiver_id_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receiver_id_label)

        self.receiver_id = QLineEdit(HandoverDialog)
        self.receiver_id.setObjectName(u"receiver_id")
        self.receiver_id.setMaxLength(24)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receiver_id)

        self.id_check = QLabel(HandoverDialog)
        self.id_check.setObjectName(u"id_check")
        self.id_check.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.id_check)

        self.pack_model_label = QLabel(HandoverDialog)
        self.pack_model_label.setObjectName(u"pack_model_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pack_model_label)

        self.pack_model = QLineEdit(HandoverDialog)
        self.pack_model.setObjectName(u"pack_model")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pack_model)

        self.quantity_label = QLabel(HandoverDialog)
        self.quantity_label.setObjectName(u"quantity_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity = QSpinBox(HandoverDialog)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setMinimum(1)
        self.quantity.setMaximum(999)
        self.quantity.setValue(1)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.quantity)

        self.destination_label = QLabel(HandoverDialog)
        self.destination_label.setObjectName(u"destination_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.destination_label)

        self.destination = QLineEdit(HandoverDialog)
        self.destination.setObjectName(u"destination")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.destination)

        self.handed_over_on_label = QLabel(HandoverDialog)
        self.handed_over_on_label.setObjectName(u"handed_over_on_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.handed_over_on_label)

        self.handed_over_on = QDateEdit(HandoverDialog)
        self.handed_over_on.setObjectName(u"handed_over_on")
        self.handed_over_on.setCalendarPopup(True)
        self.handed_over_on.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.handed_over_on)


        self.layout.addLayout(self.form)

        self.feedback = QLabel(HandoverDialog)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.layout.addWidget(self.feedback)

        self.buttons = QDialogButtonBox(HandoverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.receiver_name_label.setBuddy(self.receiver_name)
        self.receiver_type_label.setBuddy(self.receiver_type)
        self.receiver_id_label.setBuddy(self.receiver_id)
        self.pack_model_label.setBuddy(self.pack_model)
        self.quantity_label.setBuddy(self.quantity)
        self.destination_label.setBuddy(self.destination)
        self.handed_over_on_label.setBuddy(self.handed_over_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receiver_name, self.receiver_type)
        QWidget.setTabOrder(self.receiver_type, self.scheme_uscc)
        QWidget.setTabOrder(self.scheme_uscc, self.scheme_duns)
        QWidget.setTabOrder(self.scheme_duns, self.receiver_id)
        QWidget.setTabOrder(self.receiver_id, self.pack_model)
        QWidget.setTabOrder(self.pack_model, self.quantity)
        QWidget.setTabOrder(self.quantity, self.destination)
        QWidget.setTabOrder(self.destination, self.handed_over_on)

        self.retranslateUi(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Hand over a battery pack", None))
        self.receiver_name_label.setText(QCoreApplication.translate("HandoverDialog", u"Receiving &enterprise", None))
        self.receiver_type_label.setText(QCoreApplication.translate("HandoverDialog", u"Receiver &type", None))
        self.scheme_label.setText(QCoreApplication.translate("HandoverDialog", u"Identified by", None))
        self.scheme_uscc.setText(QCoreApplication.translate("HandoverDialog", u"&Unified social credit code", None))
        self.scheme_duns.setText(QCoreApplication.translate("HandoverDialog", u"&D-U-N-S number (no USCC)", None))
        self.receiver_id_label.setText(QCoreApplication.translate("HandoverDialog", u"&Number", None))
        self.pack_model_label.setText(QCoreApplication.translate("HandoverDialog", u"Pack &model", None))
        self.quantity_label.setText(QCoreApplication.translate("HandoverDialog", u"&Quantity", None))
        self.destination_label.setText(QCoreApplication.translate("HandoverDialog", u"Destinat&ion", None))
        self.destination.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Where the pack goes (site address)", None))
        self.handed_over_on_label.setText(QCoreApplication.translate("HandoverDialog", u"Handed over &on", None))
    # retranslateUi

