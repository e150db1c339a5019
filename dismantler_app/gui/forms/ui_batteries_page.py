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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BatteriesPage(object):
    def setupUi(self, BatteriesPage):
        if not BatteriesPage.objectName():
            BatteriesPage.setObjectName(u"BatteriesPage")
        self.layout = QVBoxLayout(BatteriesPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(BatteriesPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.summary = QLabel(BatteriesPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.fill = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.fill)


        self.retranslateUi(BatteriesPage)
    # setupUi

    def retranslateUi(self, BatteriesPage):
        self.heading.setText(QCoreApplication.translate("BatteriesPage", u"Batteries in stock", None))
        self.summary.setText(QCoreApplication.translate("BatteriesPage", u"Packs in the yard: location, risk class, quarantine, hand-over to a receiver and reporting deadlines.", None))
        pass
    # retranslateUi

