# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

from dismantler_app.gui.camera.preview import PreviewWidget

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.yard_page = QWizardPage()
        self.yard_page.setObjectName(u"yard_page")
        self.yard_form = QFormLayout(self.yard_page)
        self.yard_form.setObjectName(u"yard_form")
        self.yard_name_label = QLabel(self.yard_page)
        self.yard_name_label.setObjectName(u"yard_name_label")

        self.yard_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yard_name_label)

        self.yard_name = QLineEdit(self.yard_page)
        self.yard_name.setObjectName(u"yard_name")

        self.yard_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yard_name)

        self.yard_code_label = QLabel(self.yard_page)
        self.yard_code_label.setObjectName(u"yard_code_label")

        self.yard_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yard_code_label)

        self.yard_code = QLineEdit(self.yard_page)
        self.yard_code.setObjectName(u"yard_code")
        self.yard_code.setMaxLength(8)

        self.yard_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yard_code)

        self.licence_label = QLabel(self.yard_page)
        self.licence_label.setObjectName(u"licence_label")

        self.yard_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.licence_label)

        self.licence = QLineEdit(self.yard_page)
        self.licence.setObjectName(u"licence")

        self.yard_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.licence)

        self.uscc_label = QLabel(self.yard_page)
        self.uscc_label.setObjectName(u"uscc_label")

        self.yard_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.uscc_label)

        self.uscc = QLineEdit(self.yard_page)
        self.uscc.setObjectName(u"uscc")
        self.uscc.setMaxLength(24)

        self.yard_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.uscc)

        self.address_label = QLabel(self.yard_page)
        self.address_label.setObjectName(u"address_label")

        self.yard_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.yard_page)
        self.address.setObjectName(u"address")

        self.yard_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.market_label = QLabel(self.yard_page)
        self.market_label.setObjectName(u"market_label")

        self.yard_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.market_label)

        self.market = QComboBox(self.yard_page)
        self.market.setObjectName(u"market")

        self.yard_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.market)

        self.yard_status = QLabel(self.yard_page)
        self.yard_status.setObjectName(u"yard_status")
        self.yard_status.setWordWrap(True)

        self.yard_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.yard_status)

        FirstRunWizard.addPage(self.yard_page)
        self.admin_page = QWizardPage()
        self.admin_page.setObjectName(u"admin_page")
        self.admin_form = QFormLayout(self.admin_page)
        self.admin_form.setObjectName(u"admin_form")
        self.username_label = QLabel(self.admin_page)
        self.username_label.setObjectName(u"username_label")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(self.admin_page)
        self.username.setObjectName(u"username")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.display_name_label = QLabel(self.admin_page)
        self.display_name_label.setObjectName(u"display_name_label")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name = QLineEdit(self.admin_page)
        self.display_name.setObjectName(u"display_name")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name)

        self.password_label = QLabel(self.admin_page)
        self.password_label.setObjectName(u"password_label")

        self.admin_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(self.admin_page)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.password_again_label = QLabel(self.admin_page)
        self.password_again_label.setObjectName(u"password_again_label")

        self.admin_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_again_label)

        self.password_again = QLineEdit(self.admin_page)
        self.password_again.setObjectName(u"password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_again)

        self.admin_status = QLabel(self.admin_page)
        self.admin_status.setObjectName(u"admin_status")
        self.admin_status.setWordWrap(True)

        self.admin_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.admin_status)

        FirstRunWizard.addPage(self.admin_page)
        self.camera_page = QWizardPage()
        self.camera_page.setObjectName(u"camera_page")
        self.camera_layout = QVBoxLayout(self.camera_page)
        self.camera_layout.setObjectName(u"camera_layout")
        self.camera_row = QHBoxLayout()
        self.camera_row.setObjectName(u"camera_row")
        self.camera_label = QLabel(self.camera_page)
        self.camera_label.setObjectName(u"camera_label")

        self.camera_row.addWidget(self.camera_label)

        self.camera = QComboBox(self.camera_page)
        self.camera.setObjectName(u"camera")
        self.camera.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.camera.sizePolicy().hasHeightForWidth())
        self.camera.setSizePolicy(sizePolicy)

        self.camera_row.addWidget(self.camera)

        self.camera_file_button = QPushButton(self.camera_page)
        self.camera_file_button.setObjectName(u"camera_file_button")

        self.camera_row.addWidget(self.camera_file_button)

        self.camera_folder_button = QPushButton(self.camera_page)
        self.camera_folder_button.setObjectName(u"camera_folder_button")

        self.camera_row.addWidget(self.camera_folder_button)

        self.test_button = QPushButton(self.camera_page)
        self.test_button.setObjectName(u"test_button")

        self.camera_row.addWidget(self.test_button)


        self.camera_layout.addLayout(self.camera_row)

        self.preview = PreviewWidget(self.camera_page)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(480, 270))

        self.camera_layout.addWidget(self.preview)

        self.camera_status = QLabel(self.camera_page)
        self.camera_status.setObjectName(u"camera_status")
        self.camera_status.setWordWrap(True)

        self.camera_layout.addWidget(self.camera_status)

        FirstRunWizard.addPage(self.camera_page)
#if QT_CONFIG(shortcut)
        self.yard_name_label.setBuddy(self.yard_name)
        self.yard_code_label.setBuddy(self.yard_code)
        self.licence_label.setBuddy(self.licence)
        self.uscc_label.setBuddy(self.uscc)
        self.address_label.setBuddy(self.address)
        self.market_label.setBuddy(self.market)
        self.username_label.setBuddy(self.username)
        self.display_name_label.setBuddy(self.display_name)
        self.password_label.setBuddy(self.password)
        self.password_again_label.setBuddy(self.password_again)
        self.camera_label.setBuddy(self.camera)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Setting up this yard", None))
        self.yard_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your yard", None))
        self.yard_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"These details are printed on every certificate and sent to head office.", None))
        self.yard_name_label.setText(QCoreApplication.translate("FirstRunWizard", u"Yard &name", None))
        self.yard_code_label.setText(QCoreApplication.translate("FirstRunWizard", u"Yard &code", None))
        self.yard_code.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. SH01, printed in certificate numbers", None))
        self.licence_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Licence/permit number", None))
        self.uscc_label.setText(QCoreApplication.translate("FirstRunWizard", u"&USCC", None))
        self.uscc.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"18 characters, from the business licence", None))
        self.address_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Address", None))
        self.market_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Market", None))
        self.admin_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"The administrator", None))
        self.admin_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The first account can do everything: it adds the operators and supervisors afterwards.", None))
        self.username_label.setText(QCoreApplication.translate("FirstRunWizard", u"Sign-in &name", None))
        self.display_name_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Full name", None))
        self.password_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Password", None))
        self.password_again_label.setText(QCoreApplication.translate("FirstRunWizard", u"Password &again", None))
        self.camera_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Camera check", None))
        self.camera_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Choose the camera and test it, or leave it empty to work with a handheld scanner and the keyboard.", None))
        self.camera_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Camera", None))
        self.camera_file_button.setText(QCoreApplication.translate("FirstRunWizard", u"File\u2026", None))
        self.camera_folder_button.setText(QCoreApplication.translate("FirstRunWizard", u"Folder\u2026", None))
        self.test_button.setText(QCoreApplication.translate("FirstRunWizard", u"&Test camera", None))
    # retranslateUi

