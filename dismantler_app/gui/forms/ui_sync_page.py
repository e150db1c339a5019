# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.layout = QVBoxLayout(SyncPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(SyncPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.summary = QLabel(SyncPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.fill = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.fill)


        self.retranslateUi(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.heading.setText(QCoreApplication.translate("SyncPage", u"Sync", None))
        self.summary.setText(QCoreApplication.translate("SyncPage", u"Records waiting to reach head office, the last successful sync and errors.", None))
        pass
    # retranslateUi

