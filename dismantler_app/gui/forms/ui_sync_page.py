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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.layout = QVBoxLayout(SyncPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(SyncPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.details = QLabel(SyncPage)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.details)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.sync_button = QPushButton(SyncPage)
        self.sync_button.setObjectName(u"sync_button")

        self.buttons.addWidget(self.sync_button)

        self.export_button = QPushButton(SyncPage)
        self.export_button.setObjectName(u"export_button")

        self.buttons.addWidget(self.export_button)

        self.import_button = QPushButton(SyncPage)
        self.import_button.setObjectName(u"import_button")

        self.buttons.addWidget(self.import_button)


        self.layout.addLayout(self.buttons)

        self.progress = QProgressBar(SyncPage)
        self.progress.setObjectName(u"progress")
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.feedback = QLabel(SyncPage)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.layout.addWidget(self.feedback)

        self.fill = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.fill)


        self.retranslateUi(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.heading.setText(QCoreApplication.translate("SyncPage", u"Sync with head office", None))
        self.sync_button.setText(QCoreApplication.translate("SyncPage", u"Sync &now", None))
        self.export_button.setText(QCoreApplication.translate("SyncPage", u"&Export to a USB stick\u2026", None))
        self.import_button.setText(QCoreApplication.translate("SyncPage", u"&Import head office's receipt\u2026", None))
        pass
    # retranslateUi

