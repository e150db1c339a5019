# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QGridLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RecordsPage(object):
    def setupUi(self, RecordsPage):
        if not RecordsPage.objectName():
            RecordsPage.setObjectName(u"RecordsPage")
        self.layout = QVBoxLayout(RecordsPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(RecordsPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.criteria = QGridLayout()
        self.criteria.setObjectName(u"criteria")
        self.vin = QLineEdit(RecordsPage)
        self.vin.setObjectName(u"vin")

        self.criteria.addWidget(self.vin, 0, 0, 1, 1)

        self.plate = QLineEdit(RecordsPage)
        self.plate.setObjectName(u"plate")

        self.criteria.addWidget(self.plate, 0, 1, 1, 1)

        self.pack_code = QLineEdit(RecordsPage)
        self.pack_code.setObjectName(u"pack_code")

        self.criteria.addWidget(self.pack_code, 0, 2, 1, 1)

        self.certificate_number = QLineEdit(RecordsPage)
        self.certificate_number.setObjectName(u"certificate_number")

        self.criteria.addWidget(self.certificate_number, 0, 3, 1, 1)

        self.use_dates = QCheckBox(RecordsPage)
        self.use_dates.setObjectName(u"use_dates")

        self.criteria.addWidget(self.use_dates, 1, 0, 1, 1)

        self.date_from = QDateEdit(RecordsPage)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat(u"yyyy-MM-dd")

        self.criteria.addWidget(self.date_from, 1, 1, 1, 1)

        self.date_to = QDateEdit(RecordsPage)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat(u"yyyy-MM-dd")

        self.criteria.addWidget(self.date_to, 1, 2, 1, 1)

        self.search_button = QPushButton(RecordsPage)
        self.search_button.setObjectName(u"search_button")

        self.criteria.addWidget(self.search_button, 1, 3, 1, 1)


        self.layout.addLayout(self.criteria)

        self.results = QTableWidget(RecordsPage)
        self.results.setObjectName(u"results")

        self.layout.addWidget(self.results)

        self.history_heading = QLabel(RecordsPage)
        self.history_heading.setObjectName(u"history_heading")

        self.layout.addWidget(self.history_heading)

        self.history = QTableWidget(RecordsPage)
        self.history.setObjectName(u"history")

        self.layout.addWidget(self.history)

        self.feedback = QLabel(RecordsPage)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.layout.addWidget(self.feedback)

        QWidget.setTabOrder(self.vin, self.plate)
        QWidget.setTabOrder(self.plate, self.pack_code)
        QWidget.setTabOrder(self.pack_code, self.certificate_number)
        QWidget.setTabOrder(self.certificate_number, self.use_dates)
        QWidget.setTabOrder(self.use_dates, self.date_from)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.search_button)

        self.retranslateUi(RecordsPage)
    # setupUi

    def retranslateUi(self, RecordsPage):
        self.heading.setText(QCoreApplication.translate("RecordsPage", u"Records", None))
        self.vin.setPlaceholderText(QCoreApplication.translate("RecordsPage", u"VIN", None))
        self.plate.setPlaceholderText(QCoreApplication.translate("RecordsPage", u"Plate", None))
        self.pack_code.setPlaceholderText(QCoreApplication.translate("RecordsPage", u"Battery pack code", None))
        self.certificate_number.setPlaceholderText(QCoreApplication.translate("RecordsPage", u"Certificate number", None))
        self.use_dates.setText(QCoreApplication.translate("RecordsPage", u"Opened between", None))
        self.search_button.setText(QCoreApplication.translate("RecordsPage", u"&Search", None))
        pass
    # retranslateUi

