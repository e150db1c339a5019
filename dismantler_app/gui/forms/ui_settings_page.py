# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.layout = QVBoxLayout(SettingsPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(SettingsPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.language_label = QLabel(SettingsPage)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(SettingsPage)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.station_label = QLabel(SettingsPage)
        self.station_label.setObjectName(u"station_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.station_label)

        self.station = QLabel(SettingsPage)
        self.station.setObjectName(u"station")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.station)

        self.idle_lock_label = QLabel(SettingsPage)
        self.idle_lock_label.setObjectName(u"idle_lock_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idle_lock_label)

        self.idle_lock = QLabel(SettingsPage)
        self.idle_lock.setObjectName(u"idle_lock")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idle_lock)


        self.layout.addLayout(self.form)

        self.fill = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.fill)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.heading.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.language_label.setText(QCoreApplication.translate("SettingsPage", u"&Language", None))
        self.station_label.setText(QCoreApplication.translate("SettingsPage", u"Station", None))
        self.idle_lock_label.setText(QCoreApplication.translate("SettingsPage", u"Lock after", None))
        pass
    # retranslateUi

