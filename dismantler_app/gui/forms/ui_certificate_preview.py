# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificate_preview.ui'
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
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CertificatePreview(object):
    def setupUi(self, CertificatePreview):
        if not CertificatePreview.objectName():
            CertificatePreview.setObjectName(u"CertificatePreview")
        CertificatePreview.resize(760, 720)
        self.layout = QVBoxLayout(CertificatePreview)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(CertificatePreview)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.status = QLabel(CertificatePreview)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.scroll = QScrollArea(CertificatePreview)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.pages = QWidget()
        self.pages.setObjectName(u"pages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setObjectName(u"pages_layout")
        self.scroll.setWidget(self.pages)

        self.layout.addWidget(self.scroll)

        self.summary = QPlainTextEdit(CertificatePreview)
        self.summary.setObjectName(u"summary")
        self.summary.setReadOnly(True)

        self.layout.addWidget(self.summary)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.print_button = QPushButton(CertificatePreview)
        self.print_button.setObjectName(u"print_button")

        self.buttons.addWidget(self.print_button)

        self.save_button = QPushButton(CertificatePreview)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.gap)

        self.close_button = QPushButton(CertificatePreview)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(CertificatePreview)
    # setupUi

    def retranslateUi(self, CertificatePreview):
        CertificatePreview.setWindowTitle(QCoreApplication.translate("CertificatePreview", u"Certificate preview", None))
        self.print_button.setText(QCoreApplication.translate("CertificatePreview", u"&Print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("CertificatePreview", u"&Save as PDF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("CertificatePreview", u"Close", None))
    # retranslateUi

