# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.layout = QVBoxLayout(SettingsPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(SettingsPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.scroll = QScrollArea(SettingsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_body = QWidget()
        self.scroll_body.setObjectName(u"scroll_body")
        self.columns = QHBoxLayout(self.scroll_body)
        self.columns.setObjectName(u"columns")
        self.station_box = QGroupBox(self.scroll_body)
        self.station_box.setObjectName(u"station_box")
        self.station_form = QFormLayout(self.station_box)
        self.station_form.setObjectName(u"station_form")
        self.language_label = QLabel(self.station_box)
        self.language_label.setObjectName(u"language_label")

        self.station_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.station_box)
        self.language.setObjectName(u"language")

        self.station_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.text_size_label = QLabel(self.station_box)
        self.text_size_label.setObjectName(u"text_size_label")

        self.station_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_size_label)

        self.text_size = QComboBox(self.station_box)
        self.text_size.setObjectName(u"text_size")

        self.station_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_size)

        self.station_label = QLabel(self.station_box)
        self.station_label.setObjectName(u"station_label")

        self.station_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.station_label)

        self.station = QLineEdit(self.station_box)
        self.station.setObjectName(u"station")

        self.station_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.station)

        self.camera_label = QLabel(self.station_box)
        self.camera_label.setObjectName(u"camera_label")

        self.station_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.camera_label)

        self.camera_row = QHBoxLayout()
        self.camera_row.setObjectName(u"camera_row")
        self.camera = QComboBox(self.station_box)
        self.camera.setObjectName(u"camera")
        self.camera.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.camera.sizePolicy().hasHeightForWidth())
        self.camera.setSizePolicy(sizePolicy)

        self.camera_row.addWidget(self.camera)

        self.camera_file_button = QPushButton(self.station_box)
        self.camera_file_button.setObjectName(u"camera_file_button")

        self.camera_row.addWidget(self.camera_file_button)

        self.camera_folder_button = QPushButton(self.station_box)
        self.camera_folder_button.setObjectName(u"camera_folder_button")

        self.camera_row.addWidget(self.camera_folder_button)


        self.station_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.camera_row)

        self.resolution_label = QLabel(self.station_box)
        self.resolution_label.setObjectName(u"resolution_label")

        self.station_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.resolution_label)

        self.resolution = QComboBox(self.station_box)
        self.resolution.setObjectName(u"resolution")

        self.station_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.resolution)

        self.symbologies_label = QLabel(self.station_box)
        self.symbologies_label.setObjectName(u"symbologies_label")

        self.station_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.symbologies_label)

        self.symbologies_grid = QGridLayout()
        self.symbologies_grid.setObjectName(u"symbologies_grid")
        self.symbology_qr = QCheckBox(self.station_box)
        self.symbology_qr.setObjectName(u"symbology_qr")

        self.symbologies_grid.addWidget(self.symbology_qr, 0, 0, 1, 1)

        self.symbology_data_matrix = QCheckBox(self.station_box)
        self.symbology_data_matrix.setObjectName(u"symbology_data_matrix")

        self.symbologies_grid.addWidget(self.symbology_data_matrix, 0, 1, 1, 1)

        self.symbology_code128 = QCheckBox(self.station_box)
        self.symbology_code128.setObjectName(u"symbology_code128")

        self.symbologies_grid.addWidget(self.symbology_code128, 1, 0, 1, 1)

        self.symbology_code39 = QCheckBox(self.station_box)
        self.symbology_code39.setObjectName(u"symbology_code39")

        self.symbologies_grid.addWidget(self.symbology_code39, 1, 1, 1, 1)

        self.symbology_pdf417 = QCheckBox(self.station_box)
        self.symbology_pdf417.setObjectName(u"symbology_pdf417")

        self.symbologies_grid.addWidget(self.symbology_pdf417, 2, 0, 1, 1)

        self.use_pyzbar = QCheckBox(self.station_box)
        self.use_pyzbar.setObjectName(u"use_pyzbar")

        self.symbologies_grid.addWidget(self.use_pyzbar, 2, 1, 1, 1)


        self.station_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.symbologies_grid)

        self.prefix_label = QLabel(self.station_box)
        self.prefix_label.setObjectName(u"prefix_label")

        self.station_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.prefix_label)

        self.scanner_prefix = QLineEdit(self.station_box)
        self.scanner_prefix.setObjectName(u"scanner_prefix")

        self.station_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scanner_prefix)

        self.suffix_label = QLabel(self.station_box)
        self.suffix_label.setObjectName(u"suffix_label")

        self.station_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.suffix_label)

        self.scanner_suffix = QLineEdit(self.station_box)
        self.scanner_suffix.setObjectName(u"scanner_suffix")

        self.station_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.scanner_suffix)

        self.idle_lock_label = QLabel(self.station_box)
        self.idle_lock_label.setObjectName(u"idle_lock_label")

        self.station_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.idle_lock_label)

        self.idle_lock = QSpinBox(self.station_box)
        self.idle_lock.setObjectName(u"idle_lock")
        self.idle_lock.setMinimum(1)
        self.idle_lock.setMaximum(240)

        self.station_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.idle_lock)

        self.hub_url_label = QLabel(self.station_box)
        self.hub_url_label.setObjectName(u"hub_url_label")

        self.station_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.hub_url_label)

        self.hub_url = QLineEdit(self.station_box)
        self.hub_url.setObjectName(u"hub_url")

        self.station_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.hub_url)

        self.hub_user_label = QLabel(self.station_box)
        self.hub_user_label.setObjectName(u"hub_user_label")

        self.station_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.hub_user_label)

        self.hub_user = QLineEdit(self.station_box)
        self.hub_user.setObjectName(u"hub_user")

        self.station_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.hub_user)

        self.hub_secret_label = QLabel(self.station_box)
        self.hub_secret_label.setObjectName(u"hub_secret_label")

        self.station_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.hub_secret_label)

        self.hub_secret = QLineEdit(self.station_box)
        self.hub_secret.setObjectName(u"hub_secret")
        self.hub_secret.setEchoMode(QLineEdit.EchoMode.Password)

        self.station_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.hub_secret)

        self.save_station_button = QPushButton(self.station_box)
        self.save_station_button.setObjectName(u"save_station_button")

        self.station_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.save_station_button)


        self.columns.addWidget(self.station_box)

        self.yard_box = QGroupBox(self.scroll_body)
        self.yard_box.setObjectName(u"yard_box")
        self.yard_layout = QVBoxLayout(self.yard_box)
        self.yard_layout.setObjectName(u"yard_layout")
        self.yard_details = QLabel(self.yard_box)
        self.yard_details.setObjectName(u"yard_details")
        self.yard_details.setWordWrap(True)
        self.yard_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.yard_layout.addWidget(self.yard_details)

        self.yard_form = QFormLayout()
        self.yard_form.setObjectName(u"yard_form")
        self.yard_name_label = QLabel(self.yard_box)
        self.yard_name_label.setObjectName(u"yard_name_label")

        self.yard_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yard_name_label)

        self.yard_name = QLineEdit(self.yard_box)
        self.yard_name.setObjectName(u"yard_name")

        self.yard_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yard_name)

        self.yard_code_label = QLabel(self.yard_box)
        self.yard_code_label.setObjectName(u"yard_code_label")

        self.yard_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yard_code_label)

        self.yard_code = QLineEdit(self.yard_box)
        self.yard_code.setObjectName(u"yard_code")

        self.yard_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yard_code)

        self.yard_licence_label = QLabel(self.yard_box)
        self.yard_licence_label.setObjectName(u"yard_licence_label")

        self.yard_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yard_licence_label)

        self.yard_licence = QLineEdit(self.yard_box)
        self.yard_licence.setObjectName(u"yard_licence")

        self.yard_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yard_licence)

        self.yard_uscc_label = QLabel(self.yard_box)
        self.yard_uscc_label.setObjectName(u"yard_uscc_label")

        self.yard_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yard_uscc_label)

        self.yard_uscc = QLineEdit(self.yard_box)
        self.yard_uscc.setObjectName(u"yard_uscc")

        self.yard_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yard_uscc)

        self.yard_address_label = QLabel(self.yard_box)
        self.yard_address_label.setObjectName(u"yard_address_label")

        self.yard_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yard_address_label)

        self.yard_address = QLineEdit(self.yard_box)
        self.yard_address.setObjectName(u"yard_address")

        self.yard_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.yard_address)

        self.yard_phone_label = QLabel(self.yard_box)
        self.yard_phone_label.setObjectName(u"yard_phone_label")

        self.yard_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yard_phone_label)

        self.yard_phone = QLineEdit(self.yard_box)
        self.yard_phone.setObjectName(u"yard_phone")

        self.yard_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yard_phone)

        self.yard_authority_label = QLabel(self.yard_box)
        self.yard_authority_label.setObjectName(u"yard_authority_label")

        self.yard_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.yard_authority_label)

        self.yard_authority = QLineEdit(self.yard_box)
        self.yard_authority.setObjectName(u"yard_authority")

        self.yard_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.yard_authority)

        self.yard_timezone_label = QLabel(self.yard_box)
        self.yard_timezone_label.setObjectName(u"yard_timezone_label")

        self.yard_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.yard_timezone_label)

        self.yard_timezone = QLineEdit(self.yard_box)
        self.yard_timezone.setObjectName(u"yard_timezone")

        self.yard_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.yard_timezone)

        self.facility_note = QLabel(self.yard_box)
        self.facility_note.setObjectName(u"facility_note")
        self.facility_note.setWordWrap(True)

        self.yard_form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.facility_note)

        self.facility_name_label = QLabel(self.yard_box)
        self.facility_name_label.setObjectName(u"facility_name_label")

        self.yard_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.facility_name_label)

        self.facility_name = QLineEdit(self.yard_box)
        self.facility_name.setObjectName(u"facility_name")

        self.yard_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.facility_name)

        self.facility_address_label = QLabel(self.yard_box)
        self.facility_address_label.setObjectName(u"facility_address_label")

        self.yard_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.facility_address_label)

        self.facility_address = QLineEdit(self.yard_box)
        self.facility_address.setObjectName(u"facility_address")

        self.yard_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.facility_address)

        self.facility_permit_label = QLabel(self.yard_box)
        self.facility_permit_label.setObjectName(u"facility_permit_label")

        self.yard_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.facility_permit_label)

        self.facility_permit = QLineEdit(self.yard_box)
        self.facility_permit.setObjectName(u"facility_permit")

        self.yard_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.facility_permit)

        self.save_yard_button = QPushButton(self.yard_box)
        self.save_yard_button.setObjectName(u"save_yard_button")

        self.yard_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.save_yard_button)


        self.yard_layout.addLayout(self.yard_form)

        self.policy_heading = QLabel(self.yard_box)
        self.policy_heading.setObjectName(u"policy_heading")

        self.yard_layout.addWidget(self.policy_heading)

        self.battery_rule = QCheckBox(self.yard_box)
        self.battery_rule.setObjectName(u"battery_rule")

        self.yard_layout.addWidget(self.battery_rule)

        self.owner_statement_allowed = QCheckBox(self.yard_box)
        self.owner_statement_allowed.setObjectName(u"owner_statement_allowed")

        self.yard_layout.addWidget(self.owner_statement_allowed)

        self.swap_model_exempt = QCheckBox(self.yard_box)
        self.swap_model_exempt.setObjectName(u"swap_model_exempt")

        self.yard_layout.addWidget(self.swap_model_exempt)

        self.vin_check_digit_blocks = QCheckBox(self.yard_box)
        self.vin_check_digit_blocks.setObjectName(u"vin_check_digit_blocks")

        self.yard_layout.addWidget(self.vin_check_digit_blocks)

        self.require_mortgage_check = QCheckBox(self.yard_box)
        self.require_mortgage_check.setObjectName(u"require_mortgage_check")

        self.yard_layout.addWidget(self.require_mortgage_check)

        self.require_theft_check = QCheckBox(self.yard_box)
        self.require_theft_check.setObjectName(u"require_theft_check")

        self.yard_layout.addWidget(self.require_theft_check)

        self.require_triage = QCheckBox(self.yard_box)
        self.require_triage.setObjectName(u"require_triage")

        self.yard_layout.addWidget(self.require_triage)

        self.hev_row = QHBoxLayout()
        self.hev_row.setObjectName(u"hev_row")
        self.hev_label = QLabel(self.yard_box)
        self.hev_label.setObjectName(u"hev_label")

        self.hev_row.addWidget(self.hev_label)

        self.hev_handling = QComboBox(self.yard_box)
        self.hev_handling.setObjectName(u"hev_handling")

        self.hev_row.addWidget(self.hev_handling)


        self.yard_layout.addLayout(self.hev_row)

        self.documents_heading = QLabel(self.yard_box)
        self.documents_heading.setObjectName(u"documents_heading")

        self.yard_layout.addWidget(self.documents_heading)

        self.documents_grid = QGridLayout()
        self.documents_grid.setObjectName(u"documents_grid")
        self.doc_owner_id = QCheckBox(self.yard_box)
        self.doc_owner_id.setObjectName(u"doc_owner_id")

        self.documents_grid.addWidget(self.doc_owner_id, 0, 0, 1, 1)

        self.doc_registration_certificate = QCheckBox(self.yard_box)
        self.doc_registration_certificate.setObjectName(u"doc_registration_certificate")

        self.documents_grid.addWidget(self.doc_registration_certificate, 0, 1, 1, 1)

        self.doc_driving_licence = QCheckBox(self.yard_box)
        self.doc_driving_licence.setObjectName(u"doc_driving_licence")

        self.documents_grid.addWidget(self.doc_driving_licence, 1, 0, 1, 1)

        self.doc_plates = QCheckBox(self.yard_box)
        self.doc_plates.setObjectName(u"doc_plates")

        self.documents_grid.addWidget(self.doc_plates, 1, 1, 1, 1)


        self.yard_layout.addLayout(self.documents_grid)

        self.report_markets_heading = QLabel(self.yard_box)
        self.report_markets_heading.setObjectName(u"report_markets_heading")

        self.yard_layout.addWidget(self.report_markets_heading)

        self.report_markets_row = QVBoxLayout()
        self.report_markets_row.setObjectName(u"report_markets_row")
        self.report_market_cn = QCheckBox(self.yard_box)
        self.report_market_cn.setObjectName(u"report_market_cn")

        self.report_markets_row.addWidget(self.report_market_cn)

        self.report_market_eu = QCheckBox(self.yard_box)
        self.report_market_eu.setObjectName(u"report_market_eu")

        self.report_markets_row.addWidget(self.report_market_eu)

        self.report_market_us = QCheckBox(self.yard_box)
        self.report_market_us.setObjectName(u"report_market_us")

        self.report_markets_row.addWidget(self.report_market_us)


        self.yard_layout.addLayout(self.report_markets_row)

        self.save_policy_button = QPushButton(self.yard_box)
        self.save_policy_button.setObjectName(u"save_policy_button")

        self.yard_layout.addWidget(self.save_policy_button)

        self.yard_fill = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.yard_layout.addItem(self.yard_fill)


        self.columns.addWidget(self.yard_box)

        self.scroll.setWidget(self.scroll_body)

        self.layout.addWidget(self.scroll)

        self.status = QLabel(SettingsPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
        self.text_size_label.setBuddy(self.text_size)
        self.station_label.setBuddy(self.station)
        self.camera_label.setBuddy(self.camera)
        self.resolution_label.setBuddy(self.resolution)
        self.prefix_label.setBuddy(self.scanner_prefix)
        self.suffix_label.setBuddy(self.scanner_suffix)
        self.idle_lock_label.setBuddy(self.idle_lock)
        self.hub_url_label.setBuddy(self.hub_url)
        self.hub_user_label.setBuddy(self.hub_user)
        self.hub_secret_label.setBuddy(self.hub_secret)
        self.yard_name_label.setBuddy(self.yard_name)
        self.yard_code_label.setBuddy(self.yard_code)
        self.yard_licence_label.setBuddy(self.yard_licence)
        self.yard_uscc_label.setBuddy(self.yard_uscc)
        self.yard_address_label.setBuddy(self.yard_address)
        self.yard_phone_label.setBuddy(self.yard_phone)
        self.yard_authority_label.setBuddy(self.yard_authority)
        self.yard_timezone_label.setBuddy(self.yard_timezone)
        self.facility_name_label.setBuddy(self.facility_name)
        self.facility_address_label.setBuddy(self.facility_address)
        self.facility_permit_label.setBuddy(self.facility_permit)
        self.hev_label.setBuddy(self.hev_handling)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.text_size)
        QWidget.setTabOrder(self.text_size, self.station)
        QWidget.setTabOrder(self.station, self.camera)
        QWidget.setTabOrder(self.camera, self.camera_file_button)
        QWidget.setTabOrder(self.camera_file_button, self.camera_folder_button)
        QWidget.setTabOrder(self.camera_folder_button, self.resolution)
        QWidget.setTabOrder(self.resolution, self.symbology_qr)
        QWidget.setTabOrder(self.symbology_qr, self.symbology_data_matrix)
        QWidget.setTabOrder(self.symbology_data_matrix, self.symbology_code128)
        QWidget.setTabOrder(self.symbology_code128, self.symbology_code39)
        QWidget.setTabOrder(self.symbology_code39, self.symbology_pdf417)
        QWidget.setTabOrder(self.symbology_pdf417, self.use_pyzbar)
        QWidget.setTabOrder(self.use_pyzbar, self.scanner_prefix)
        QWidget.setTabOrder(self.scanner_prefix, self.scanner_suffix)
        QWidget.setTabOrder(self.scanner_suffix, self.idle_lock)
        QWidget.setTabOrder(self.idle_lock, self.hub_url)
        QWidget.setTabOrder(self.hub_url, self.hub_user)
        QWidget.setTabOrder(self.hub_user, self.hub_secret)
        QWidget.setTabOrder(self.hub_secret, self.save_station_button)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.heading.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.station_box.setTitle(QCoreApplication.translate("SettingsPage", u"This station (this PC only)", None))
        self.language_label.setText(QCoreApplication.translate("SettingsPage", u"&Language", None))
        self.text_size_label.setText(QCoreApplication.translate("SettingsPage", u"&Text size", None))
        self.station_label.setText(QCoreApplication.translate("SettingsPage", u"Station &name", None))
        self.camera_label.setText(QCoreApplication.translate("SettingsPage", u"&Camera", None))
        self.camera_file_button.setText(QCoreApplication.translate("SettingsPage", u"File\u2026", None))
        self.camera_folder_button.setText(QCoreApplication.translate("SettingsPage", u"Folder\u2026", None))
        self.resolution_label.setText(QCoreApplication.translate("SettingsPage", u"&Resolution", None))
        self.symbologies_label.setText(QCoreApplication.translate("SettingsPage", u"Symbols read", None))
        self.symbology_qr.setText(QCoreApplication.translate("SettingsPage", u"QR code", None))
        self.symbology_data_matrix.setText(QCoreApplication.translate("SettingsPage", u"Data Matrix", None))
        self.symbology_code128.setText(QCoreApplication.translate("SettingsPage", u"Code 128", None))
        self.symbology_code39.setText(QCoreApplication.translate("SettingsPage", u"Code 39", None))
        self.symbology_pdf417.setText(QCoreApplication.translate("SettingsPage", u"PDF417", None))
        self.use_pyzbar.setText(QCoreApplication.translate("SettingsPage", u"Second decoder (pyzbar)", None))
        self.prefix_label.setText(QCoreApplication.translate("SettingsPage", u"Scanner &prefix", None))
        self.suffix_label.setText(QCoreApplication.translate("SettingsPage", u"Scanner &suffix", None))
        self.idle_lock_label.setText(QCoreApplication.translate("SettingsPage", u"Lock &after", None))
        self.hub_url_label.setText(QCoreApplication.translate("SettingsPage", u"Head office &URL", None))
        self.hub_url.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"https://\u2026", None))
        self.hub_user_label.setText(QCoreApplication.translate("SettingsPage", u"Head office &account", None))
        self.hub_secret_label.setText(QCoreApplication.translate("SettingsPage", u"Head office pass&word", None))
        self.save_station_button.setText(QCoreApplication.translate("SettingsPage", u"&Save station settings", None))
        self.yard_box.setTitle(QCoreApplication.translate("SettingsPage", u"Yard (all stations)", None))
        self.yard_name_label.setText(QCoreApplication.translate("SettingsPage", u"Yard &name", None))
        self.yard_code_label.setText(QCoreApplication.translate("SettingsPage", u"Yard &code", None))
        self.yard_licence_label.setText(QCoreApplication.translate("SettingsPage", u"&Licence / permit number", None))
        self.yard_uscc_label.setText(QCoreApplication.translate("SettingsPage", u"&USCC", None))
        self.yard_address_label.setText(QCoreApplication.translate("SettingsPage", u"&Address", None))
        self.yard_phone_label.setText(QCoreApplication.translate("SettingsPage", u"P&hone", None))
        self.yard_authority_label.setText(QCoreApplication.translate("SettingsPage", u"Permitting au&thority", None))
        self.yard_timezone_label.setText(QCoreApplication.translate("SettingsPage", u"&Time zone", None))
        self.facility_note.setText(QCoreApplication.translate("SettingsPage", u"A collector issuing certificates on behalf of a treatment facility (EU) names that facility here; leave empty when this yard is the facility.", None))
        self.facility_name_label.setText(QCoreApplication.translate("SettingsPage", u"Treatment &facility name", None))
        self.facility_address_label.setText(QCoreApplication.translate("SettingsPage", u"Treatment facility a&ddress", None))
        self.facility_permit_label.setText(QCoreApplication.translate("SettingsPage", u"Treatment facility per&mit", None))
        self.save_yard_button.setText(QCoreApplication.translate("SettingsPage", u"Save &yard details", None))
        self.policy_heading.setText(QCoreApplication.translate("SettingsPage", u"Certificate policy", None))
        self.battery_rule.setText(QCoreApplication.translate("SettingsPage", u"A missing traction battery blocks the certificate", None))
        self.owner_statement_allowed.setText(QCoreApplication.translate("SettingsPage", u"Accept the owner's statement on a missing battery (before 2026)", None))
        self.swap_model_exempt.setText(QCoreApplication.translate("SettingsPage", u"Battery-swap models are exempt", None))
        self.vin_check_digit_blocks.setText(QCoreApplication.translate("SettingsPage", u"A wrong VIN check digit blocks the certificate", None))
        self.require_mortgage_check.setText(QCoreApplication.translate("SettingsPage", u"Mortgage check required", None))
        self.require_theft_check.setText(QCoreApplication.translate("SettingsPage", u"Theft check required", None))
        self.require_triage.setText(QCoreApplication.translate("SettingsPage", u"Safety triage of every pack required", None))
        self.hev_label.setText(QCoreApplication.translate("SettingsPage", u"&Hybrid (HEV) packs", None))
        self.documents_heading.setText(QCoreApplication.translate("SettingsPage", u"Documents required", None))
        self.doc_owner_id.setText(QCoreApplication.translate("SettingsPage", u"Owner ID", None))
        self.doc_registration_certificate.setText(QCoreApplication.translate("SettingsPage", u"Registration certificate", None))
        self.doc_driving_licence.setText(QCoreApplication.translate("SettingsPage", u"Driving licence", None))
        self.doc_plates.setText(QCoreApplication.translate("SettingsPage", u"Plates", None))
        self.report_markets_heading.setText(QCoreApplication.translate("SettingsPage", u"Regulatory reports: markets this yard reports to", None))
        self.report_market_cn.setText(QCoreApplication.translate("SettingsPage", u"China (traceability platform)", None))
        self.report_market_eu.setText(QCoreApplication.translate("SettingsPage", u"EU (certificate of destruction register, battery passports)", None))
        self.report_market_us.setText(QCoreApplication.translate("SettingsPage", u"United States (NMVTIS)", None))
        self.save_policy_button.setText(QCoreApplication.translate("SettingsPage", u"Save &policy", None))
        pass
    # retranslateUi

