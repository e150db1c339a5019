# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervisor_page.ui'
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

class Ui_SupervisorPage(object):
    def setupUi(self, SupervisorPage):
        if not SupervisorPage.objectName():
            SupervisorPage.setObjectName(u"SupervisorPage")
        self.layout = QVBoxLayout(SupervisorPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(SupervisorPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.summary = QLabel(SupervisorPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.fill = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.fill)


        self.retranslateUi(SupervisorPage)
    # setupUi

    def retranslateUi(self, SupervisorPage):
        self.heading.setText(QCoreApplication.translate("SupervisorPage", u"Supervisor desk", None))
        self.summary.setText(QCoreApplication.translate("SupervisorPage", u"Intakes awaiting review: resolve mismatches, approve, issue, void and reprint certificates.", None))
        pass
    # retranslateUi

