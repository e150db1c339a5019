# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_status.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QWidget)

class Ui_SyncStatusPanel(object):
    def setupUi(self, SyncStatusPanel):
        if not SyncStatusPanel.objectName():
            SyncStatusPanel.setObjectName(u"SyncStatusPanel")
        self.layout = QHBoxLayout(SyncStatusPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(SyncStatusPanel)
        self.summary.setObjectName(u"summary")

        self.layout.addWidget(self.summary)

        self.progress = QProgressBar(SyncStatusPanel)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.sync_button = QPushButton(SyncStatusPanel)
        self.sync_button.setObjectName(u"sync_button")

        self.layout.addWidget(self.sync_button)


        self.retranslateUi(SyncStatusPanel)
    # setupUi

    def retranslateUi(self, SyncStatusPanel):
        self.sync_button.setText(QCoreApplication.translate("SyncStatusPanel", u"Sync now", None))
        pass
    # retranslateUi

