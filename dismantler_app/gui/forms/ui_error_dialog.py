# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(560, 320)
        self.layout = QVBoxLayout(ErrorDialog)
        self.layout.setObjectName(u"layout")
        self.apology = QLabel(ErrorDialog)
        self.apology.setObjectName(u"apology")
        self.apology.setWordWrap(True)

        self.layout.addWidget(self.apology)

        self.details = QPlainTextEdit(ErrorDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)

        self.layout.addWidget(self.details)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.show_details = QPushButton(ErrorDialog)
        self.show_details.setObjectName(u"show_details")
        self.show_details.setCheckable(True)

        self.buttons.addWidget(self.show_details)

        self.copy_details = QPushButton(ErrorDialog)
        self.copy_details.setObjectName(u"copy_details")

        self.buttons.addWidget(self.copy_details)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.close_button = QPushButton(ErrorDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ErrorDialog)

        self.close_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Something went wrong", None))
        self.apology.setText(QCoreApplication.translate("ErrorDialog", u"Sorry, something went wrong. Your work so far is saved and the app keeps running. Please copy the details and send them to your administrator.", None))
        self.show_details.setText(QCoreApplication.translate("ErrorDialog", u"Show details", None))
        self.copy_details.setText(QCoreApplication.translate("ErrorDialog", u"Copy details", None))
        self.close_button.setText(QCoreApplication.translate("ErrorDialog", u"Close", None))
    # retranslateUi

