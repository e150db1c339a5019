# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batteries_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BatteriesPage(object):
    def setupUi(self, BatteriesPage):
        if not BatteriesPage.objectName():
            BatteriesPage.setObjectName(u"BatteriesPage")
        self.layout = QVBoxLayout(BatteriesPage)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(BatteriesPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.gap)

        self.refresh_button = QPushButton(BatteriesPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.top.addWidget(self.refresh_button)


        self.layout.addLayout(self.top)

        self.stock = QTableWidget(BatteriesPage)
        self.stock.setObjectName(u"stock")

        self.layout.addWidget(self.stock)

        self.handover_box = QGroupBox(BatteriesPage)
        self.handover_box.setObjectName(u"handover_box")
        self.handover_row = QHBoxLayout(self.handover_box)
        self.handover_row.setObjectName(u"handover_row")
        self.handover_hint = QLabel(self.handover_box)
        self.handover_hint.setObjectName(u"handover_hint")
        self.handover_hint.setWordWrap(True)

        self.handover_row.addWidget(self.handover_hint)

        self.hand_over_button = QPushButton(self.handover_box)
        self.hand_over_button.setObjectName(u"hand_over_button")

        self.handover_row.addWidget(self.hand_over_button)


        self.layout.addWidget(self.handover_box)

        self.deadlines_heading = QLabel(BatteriesPage)
        self.deadlines_heading.setObjectName(u"deadlines_heading")

        self.layout.addWidget(self.deadlines_heading)

        self.deadlines = QTableWidget(BatteriesPage)
        self.deadlines.setObjectName(u"deadlines")

        self.layout.addWidget(self.deadlines)

        self.feedback = QLabel(BatteriesPage)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.layout.addWidget(self.feedback)


        self.retranslateUi(BatteriesPage)
    # setupUi

    def retranslateUi(self, BatteriesPage):
        self.heading.setText(QCoreApplication.translate("BatteriesPage", u"Batteries in stock", None))
        self.refresh_button.setText(QCoreApplication.translate("BatteriesPage", u"&Refresh", None))
        self.handover_box.setTitle(QCoreApplication.translate("BatteriesPage", u"Hand over the selected pack", None))
        self.handover_hint.setText(QCoreApplication.translate("BatteriesPage", u"Select a pack of a certified vehicle, then record who takes it away.", None))
        self.hand_over_button.setText(QCoreApplication.translate("BatteriesPage", u"&Hand over\u2026", None))
        self.deadlines_heading.setText(QCoreApplication.translate("BatteriesPage", u"Traceability reports due (15 working days)", None))
        pass
    # retranslateUi

