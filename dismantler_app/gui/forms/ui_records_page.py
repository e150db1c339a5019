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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RecordsPage(object):
    def setupUi(self, RecordsPage):
        if not RecordsPage.objectName():
            RecordsPage.setObjectName(u"RecordsPage")
        self.layout = QVBoxLayout(RecordsPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(RecordsPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.summary = QLabel(RecordsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.fill = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.fill)


        self.retranslateUi(RecordsPage)
    # setupUi

    def retranslateUi(self, RecordsPage):
        self.heading.setText(QCoreApplication.translate("RecordsPage", u"Records", None))
        self.summary.setText(QCoreApplication.translate("RecordsPage", u"Search intakes by VIN, plate, pack code, certificate number and date, with each intake's history.", None))
        pass
    # retranslateUi

