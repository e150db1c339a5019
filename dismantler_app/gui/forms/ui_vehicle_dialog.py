# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vehicle_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_VehicleDialog(object):
    def setupUi(self, VehicleDialog):
        if not VehicleDialog.objectName():
            VehicleDialog.setObjectName(u"VehicleDialog")
        self.layout = QVBoxLayout(VehicleDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.vehicle_box = QGroupBox(VehicleDialog)
        self.vehicle_box.setObjectName(u"vehicle_box")
        self.vehicle_form = QFormLayout(self.vehicle_box)
        self.vehicle_form.setObjectName(u"vehicle_form")
        self.vin_label = QLabel(self.vehicle_box)
        self.vin_label.setObjectName(u"vin_label")

        self.vehicle_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vin_label)

        self.vin = QLineEdit(self.vehicle_box)
        self.vin.setObjectName(u"vin")
        self.vin.setMaxLength(24)

        self.vehicle_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vin)

        self.vin_status = QLabel(self.vehicle_box)
        self.vin_status.setObjectName(u"vin_status")
        self.vin_status.setWordWrap(True)

        self.vehicle_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vin_status)

        self.plate_label = QLabel(self.vehicle_box)
        self.plate_label.setObjectName(u"plate_label")

        self.vehicle_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plate_label)

        self.plate = QLineEdit(self.vehicle_box)
        self.plate.setObjectName(u"plate")

        self.vehicle_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plate)

        self.plate_status = QLabel(self.vehicle_box)
        self.plate_status.setObjectName(u"plate_status")
        self.plate_status.setWordWrap(True)

        self.vehicle_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plate_status)

        self.plate_type_label = QLabel(self.vehicle_box)
        self.plate_type_label.setObjectName(u"plate_type_label")

        self.vehicle_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.plate_type_label)

        self.plate_type = QComboBox(self.vehicle_box)
        self.plate_type.setObjectName(u"plate_type")
        self.plate_type.setEditable(True)
        self.plate_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plate_type.setMinimumContentsLength(14)

        self.vehicle_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.plate_type)

        self.registration_certificate_number_label = QLabel(self.vehicle_box)
        self.registration_certificate_number_label.setObjectName(u"registration_certificate_number_label")

        self.vehicle_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.registration_certificate_number_label)

        self.registration_certificate_number = QLineEdit(self.vehicle_box)
        self.registration_certificate_number.setObjectName(u"registration_certificate_number")

        self.vehicle_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.registration_certificate_number)

        self.brand_label = QLabel(self.vehicle_box)
        self.brand_label.setObjectName(u"brand_label")

        self.vehicle_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.brand_label)

        self.brand = QLineEdit(self.vehicle_box)
        self.brand.setObjectName(u"brand")

        self.vehicle_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.brand)

        self.model_label = QLabel(self.vehicle_box)
        self.model_label.setObjectName(u"model_label")

        self.vehicle_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model = QLineEdit(self.vehicle_box)
        self.model.setObjectName(u"model")

        self.vehicle_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.model)

        self.body_colour_label = QLabel(self.vehicle_box)
        self.body_colour_label.setObjectName(u"body_colour_label")

        self.vehicle_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.body_colour_label)

        self.body_colour = QLineEdit(self.vehicle_box)
        self.body_colour.setObjectName(u"body_colour")

        self.vehicle_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.body_colour)

        self.powertrain_label = QLabel(self.vehicle_box)
        self.powertrain_label.setObjectName(u"powertrain_label")

        self.vehicle_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.powertrain_label)

        self.powertrain = QComboBox(self.vehicle_box)
        self.powertrain.setObjectName(u"powertrain")

        self.vehicle_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.powertrain)

        self.engine_number_label = QLabel(self.vehicle_box)
        self.engine_number_label.setObjectName(u"engine_number_label")

        self.vehicle_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.engine_number_label)

        self.engine_number = QLineEdit(self.vehicle_box)
        self.engine_number.setObjectName(u"engine_number")

        self.vehicle_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.engine_number)

        self.motor_number_label = QLabel(self.vehicle_box)
        self.motor_number_label.setObjectName(u"motor_number_label")

        self.vehicle_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.motor_number_label)

        self.motor_number = QLineEdit(self.vehicle_box)
        self.motor_number.setObjectName(u"motor_number")

        self.vehicle_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.motor_number)

        self.mass_label = QLabel(self.vehicle_box)
        self.mass_label.setObjectName(u"mass_label")

        self.vehicle_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.mass_label)

        self.weighed_mass = QDoubleSpinBox(self.vehicle_box)
        self.weighed_mass.setObjectName(u"weighed_mass")
        self.weighed_mass.setSpecialValueText(u"\u2014")
        self.weighed_mass.setDecimals(0)
        self.weighed_mass.setMaximum(60000.000000000000000)

        self.vehicle_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.weighed_mass)

        self.swap_model = QCheckBox(self.vehicle_box)
        self.swap_model.setObjectName(u"swap_model")

        self.vehicle_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.swap_model)

        self.frame_present = QCheckBox(self.vehicle_box)
        self.frame_present.setObjectName(u"frame_present")

        self.vehicle_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.frame_present)

        self.engine_present = QCheckBox(self.vehicle_box)
        self.engine_present.setObjectName(u"engine_present")

        self.vehicle_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.engine_present)


        self.columns.addWidget(self.vehicle_box)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.owner_box = QGroupBox(VehicleDialog)
        self.owner_box.setObjectName(u"owner_box")
        self.owner_form = QFormLayout(self.owner_box)
        self.owner_form.setObjectName(u"owner_form")
        self.owner_name_label = QLabel(self.owner_box)
        self.owner_name_label.setObjectName(u"owner_name_label")

        self.owner_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.owner_name_label)

        self.owner_name = QLineEdit(self.owner_box)
        self.owner_name.setObjectName(u"owner_name")

        self.owner_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.owner_name)

        self.owner_id_label = QLabel(self.owner_box)
        self.owner_id_label.setObjectName(u"owner_id_label")

        self.owner_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.owner_id_label)

        self.owner_id = QLineEdit(self.owner_box)
        self.owner_id.setObjectName(u"owner_id")

        self.owner_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_id)

        self.owner_id_status = QLabel(self.owner_box)
        self.owner_id_status.setObjectName(u"owner_id_status")
        self.owner_id_status.setWordWrap(True)

        self.owner_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner_id_status)

        self.owner_id_type_label = QLabel(self.owner_box)
        self.owner_id_type_label.setObjectName(u"owner_id_type_label")

        self.owner_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.owner_id_type_label)

        self.owner_id_type = QComboBox(self.owner_box)
        self.owner_id_type.setObjectName(u"owner_id_type")
        self.owner_id_type.setEditable(True)
        self.owner_id_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_id_type.setMinimumContentsLength(14)

        self.owner_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.owner_id_type)

        self.owner_phone_label = QLabel(self.owner_box)
        self.owner_phone_label.setObjectName(u"owner_phone_label")

        self.owner_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owner_phone_label)

        self.owner_phone = QLineEdit(self.owner_box)
        self.owner_phone.setObjectName(u"owner_phone")

        self.owner_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner_phone)

        self.owner_address_label = QLabel(self.owner_box)
        self.owner_address_label.setObjectName(u"owner_address_label")

        self.owner_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.owner_address_label)

        self.owner_address = QLineEdit(self.owner_box)
        self.owner_address.setObjectName(u"owner_address")

        self.owner_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.owner_address)


        self.right.addWidget(self.owner_box)

        self.documents_box = QGroupBox(VehicleDialog)
        self.documents_box.setObjectName(u"documents_box")
        self.documents_form = QFormLayout(self.documents_box)
        self.documents_form.setObjectName(u"documents_form")
        self.doc_owner_id = QCheckBox(self.documents_box)
        self.doc_owner_id.setObjectName(u"doc_owner_id")

        self.documents_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.doc_owner_id)

        self.doc_registration_certificate = QCheckBox(self.documents_box)
        self.doc_registration_certificate.setObjectName(u"doc_registration_certificate")

        self.documents_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.doc_registration_certificate)

        self.doc_driving_licence = QCheckBox(self.documents_box)
        self.doc_driving_licence.setObjectName(u"doc_driving_licence")

        self.documents_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doc_driving_licence)

        self.doc_plates = QCheckBox(self.documents_box)
        self.doc_plates.setObjectName(u"doc_plates")

        self.documents_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doc_plates)

        self.mortgage_label = QLabel(self.documents_box)
        self.mortgage_label.setObjectName(u"mortgage_label")

        self.documents_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mortgage_label)

        self.mortgage_check = QComboBox(self.documents_box)
        self.mortgage_check.setObjectName(u"mortgage_check")

        self.documents_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mortgage_check)

        self.theft_label = QLabel(self.documents_box)
        self.theft_label.setObjectName(u"theft_label")

        self.documents_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.theft_label)

        self.theft_check = QComboBox(self.documents_box)
        self.theft_check.setObjectName(u"theft_check")

        self.documents_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.theft_check)

        self.identifier_label = QLabel(self.documents_box)
        self.identifier_label.setObjectName(u"identifier_label")

        self.documents_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.identifier_label)

        self.identifier_check = QComboBox(self.documents_box)
        self.identifier_check.setObjectName(u"identifier_check")

        self.documents_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.identifier_check)

        self.registration_document_label = QLabel(self.documents_box)
        self.registration_document_label.setObjectName(u"registration_document_label")

        self.documents_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.registration_document_label)

        self.registration_document = QComboBox(self.documents_box)
        self.registration_document.setObjectName(u"registration_document")

        self.documents_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.registration_document)

        self.owner_statement = QCheckBox(self.documents_box)
        self.owner_statement.setObjectName(u"owner_statement")

        self.documents_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.owner_statement)


        self.right.addWidget(self.documents_box)


        self.columns.addLayout(self.right)


        self.layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(VehicleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.vin_label.setBuddy(self.vin)
        self.plate_label.setBuddy(self.plate)
        self.plate_type_label.setBuddy(self.plate_type)
        self.registration_certificate_number_label.setBuddy(self.registration_certificate_number)
        self.brand_label.setBuddy(self.brand)
        self.model_label.setBuddy(self.model)
        self.body_colour_label.setBuddy(self.body_colour)
        self.powertrain_label.setBuddy(self.powertrain)
        self.engine_number_label.setBuddy(self.engine_number)
        self.motor_number_label.setBuddy(self.motor_number)
        self.mass_label.setBuddy(self.weighed_mass)
        self.owner_name_label.setBuddy(self.owner_name)
        self.owner_id_label.setBuddy(self.owner_id)
        self.owner_id_type_label.setBuddy(self.owner_id_type)
        self.owner_phone_label.setBuddy(self.owner_phone)
        self.owner_address_label.setBuddy(self.owner_address)
        self.mortgage_label.setBuddy(self.mortgage_check)
        self.theft_label.setBuddy(self.theft_check)
        self.identifier_label.setBuddy(self.identifier_check)
        self.registration_document_label.setBuddy(self.registration_document)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.vin, self.plate)
        QWidget.setTabOrder(self.plate, self.plate_type)
        QWidget.setTabOrder(self.plate_type, self.registration_certificate_number)
        QWidget.setTabOrder(self.registration_certificate_number, self.brand)
        QWidget.setTabOrder(self.brand, self.model)
        QWidget.setTabOrder(self.model, self.body_colour)
        QWidget.setTabOrder(self.body_colour, self.powertrain)
        QWidget.setTabOrder(self.powertrain, self.engine_number)
        QWidget.setTabOrder(self.engine_number, self.motor_number)
        QWidget.setTabOrder(self.motor_number, self.weighed_mass)
        QWidget.setTabOrder(self.weighed_mass, self.swap_model)
        QWidget.setTabOrder(self.swap_model, self.frame_present)
        QWidget.setTabOrder(self.frame_present, self.engine_present)
        QWidget.setTabOrder(self.engine_present, self.owner_name)
        QWidget.setTabOrder(self.owner_name, self.owner_id)
        QWidget.setTabOrder(self.owner_id, self.owner_id_type)
        QWidget.setTabOrder(self.owner_id_type, self.owner_phone)
        QWidget.setTabOrder(self.owner_phone, self.owner_address)
        QWidget.setTabOrder(self.owner_address, self.doc_owner_id)
        QWidget.setTabOrder(self.doc_owner_id, self.doc_registration_certificate)
        QWidget.setTabOrder(self.doc_registration_certificate, self.doc_driving_licence)
        QWidget.setTabOrder(self.doc_driving_licence, self.doc_plates)
        QWidget.setTabOrder(self.doc_plates, self.mortgage_check)
        QWidget.setTabOrder(self.mortgage_check, self.theft_check)
        QWidget.setTabOrder(self.theft_check, self.identifier_check)
        QWidget.setTabOrder(self.identifier_check, self.registration_document)
        QWidget.setTabOrder(self.registration_document, self.owner_statement)

        self.retranslateUi(VehicleDialog)
    # setupUi

    def retranslateUi(self, VehicleDialog):
        VehicleDialog.setWindowTitle(QCoreApplication.translate("VehicleDialog", u"Vehicle, owner and documents", None))
        self.vehicle_box.setTitle(QCoreApplication.translate("VehicleDialog", u"Vehicle", None))
        self.vin_label.setText(QCoreApplication.translate("VehicleDialog", u"&VIN", None))
        self.plate_label.setText(QCoreApplication.translate("VehicleDialog", u"&Plate", None))
        self.plate_type_label.setText(QCoreApplication.translate("VehicleDialog", u"Plate t&ype", None))
        self.registration_certificate_number_label.setText(QCoreApplication.translate("VehicleDialog", u"&Registration certificate no.", None))
        self.brand_label.setText(QCoreApplication.translate("VehicleDialog", u"&Brand", None))
        self.model_label.setText(QCoreApplication.translate("VehicleDialog", u"&Model", None))
        self.body_colour_label.setText(QCoreApplication.translate("VehicleDialog", u"Body &colour", None))
        self.powertrain_label.setText(QCoreApplication.translate("VehicleDialog", u"Po&wertrain", None))
        self.engine_number_label.setText(QCoreApplication.translate("VehicleDialog", u"&Engine number", None))
        self.motor_number_label.setText(QCoreApplication.translate("VehicleDialog", u"Drive motor n&umber", None))
        self.mass_label.setText(QCoreApplication.translate("VehicleDialog", u"Weighed &mass", None))
#if QT_CONFIG(tooltip)
        self.weighed_mass.setToolTip(QCoreApplication.translate("VehicleDialog", u"Leave at \u201c\u2014\u201d when the vehicle was not weighed", None))
#endif // QT_CONFIG(tooltip)
        self.weighed_mass.setSuffix(QCoreApplication.translate("VehicleDialog", u" kg", None))
        self.swap_model.setText(QCoreApplication.translate("VehicleDialog", u"Battery-&swap model", None))
        self.frame_present.setText(QCoreApplication.translate("VehicleDialog", u"&Frame/body present", None))
        self.engine_present.setText(QCoreApplication.translate("VehicleDialog", u"Engine or drive m&otor present", None))
        self.owner_box.setTitle(QCoreApplication.translate("VehicleDialog", u"Owner", None))
        self.owner_name_label.setText(QCoreApplication.translate("VehicleDialog", u"&Name", None))
        self.owner_id_label.setText(QCoreApplication.translate("VehicleDialog", u"&ID number", None))
        self.owner_id_type_label.setText(QCoreApplication.translate("VehicleDialog", u"&Kind of ID document", None))
        self.owner_phone_label.setText(QCoreApplication.translate("VehicleDialog", u"P&hone", None))
        self.owner_address_label.setText(QCoreApplication.translate("VehicleDialog", u"&Address", None))
        self.documents_box.setTitle(QCoreApplication.translate("VehicleDialog", u"Documents received and checks", None))
        self.doc_owner_id.setText(QCoreApplication.translate("VehicleDialog", u"Owner ID", None))
        self.doc_registration_certificate.setText(QCoreApplication.translate("VehicleDialog", u"Registration certificate", None))
        self.doc_driving_licence.setText(QCoreApplication.translate("VehicleDialog", u"Driving licence", None))
        self.doc_plates.setText(QCoreApplication.translate("VehicleDialog", u"Plates", None))
        self.mortgage_label.setText(QCoreApplication.translate("VehicleDialog", u"Mortga&ge check", None))
        self.theft_label.setText(QCoreApplication.translate("VehicleDialog", u"&Theft check", None))
        self.identifier_label.setText(QCoreApplication.translate("VehicleDialog", u"I&dentifier inspection", None))
        self.registration_document_label.setText(QCoreApplication.translate("VehicleDialog", u"Registration document", None))
        self.owner_statement.setText(QCoreApplication.translate("VehicleDialog", u"Owner's written statement on a missing battery", None))
    # retranslateUi

