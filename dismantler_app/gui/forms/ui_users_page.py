# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        self.layout = QVBoxLayout(UsersPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(UsersPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.summary = QLabel(UsersPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.fill = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.fill)


        self.retranslateUi(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.heading.setText(QCoreApplication.translate("UsersPage", u"Users", None))
        self.summary.setText(QCoreApplication.translate("UsersPage", u"Add users, disable them, reset passwords and set roles.", None))
        pass
    # retranslateUi

