# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QVBoxLayout(self.central)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(6, 6, 6, 0)
        self.top_bar = QFrame(self.central)
        self.top_bar.setObjectName(u"top_bar")
        self.top_bar_layout = QHBoxLayout(self.top_bar)
        self.top_bar_layout.setObjectName(u"top_bar_layout")
        self.top_bar_layout.setContentsMargins(4, 0, 4, 0)
        self.app_title = QLabel(self.top_bar)
        self.app_title.setObjectName(u"app_title")

        self.top_bar_layout.addWidget(self.app_title)

        self.top_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_bar_layout.addItem(self.top_space)

        self.signed_in = QLabel(self.top_bar)
        self.signed_in.setObjectName(u"signed_in")

        self.top_bar_layout.addWidget(self.signed_in)

        self.language_button = QPushButton(self.top_bar)
        self.language_button.setObjectName(u"language_button")

        self.top_bar_layout.addWidget(self.language_button)

        self.lock_button = QPushButton(self.top_bar)
        self.lock_button.setObjectName(u"lock_button")

        self.top_bar_layout.addWidget(self.lock_button)

        self.sign_out_button = QPushButton(self.top_bar)
        self.sign_out_button.setObjectName(u"sign_out_button")

        self.top_bar_layout.addWidget(self.sign_out_button)


        self.central_layout.addWidget(self.top_bar)

        self.screens = QStackedWidget(self.central)
        self.screens.setObjectName(u"screens")
        self.sign_in_screen = QWidget()
        self.sign_in_screen.setObjectName(u"sign_in_screen")
        self.sign_in_layout = QVBoxLayout(self.sign_in_screen)
        self.sign_in_layout.setObjectName(u"sign_in_layout")
        self.sign_in_layout.setContentsMargins(0, 0, 0, 0)
        self.screens.addWidget(self.sign_in_screen)
        self.workspace = QWidget()
        self.workspace.setObjectName(u"workspace")
        self.workspace_layout = QHBoxLayout(self.workspace)
        self.workspace_layout.setObjectName(u"workspace_layout")
        self.workspace_layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(self.workspace)
        self.nav.setObjectName(u"nav")
        self.nav.setMinimumSize(QSize(170, 0))
        self.nav.setMaximumSize(QSize(210, 16777215))

        self.workspace_layout.addWidget(self.nav)

        self.pages = QStackedWidget(self.workspace)
        self.pages.setObjectName(u"pages")

        self.workspace_layout.addWidget(self.pages)

        self.screens.addWidget(self.workspace)

        self.central_layout.addWidget(self.screens)

        MainWindow.setCentralWidget(self.central)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Yard intake", None))
        self.app_title.setText(QCoreApplication.translate("MainWindow", u"Yard intake", None))
        self.signed_in.setText(QCoreApplication.translate("MainWindow", u"Not signed in", None))
#if QT_CONFIG(tooltip)
        self.language_button.setToolTip(QCoreApplication.translate("MainWindow", u"Switch the language of the screens", None))
#endif // QT_CONFIG(tooltip)
        self.language_button.setText(QCoreApplication.translate("MainWindow", u"\u4e2d\u6587 / English", None))
        self.lock_button.setText(QCoreApplication.translate("MainWindow", u"Lock", None))
#if QT_CONFIG(tooltip)
        self.lock_button.setToolTip(QCoreApplication.translate("MainWindow", u"Lock the station (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.sign_out_button.setText(QCoreApplication.translate("MainWindow", u"Sign out", None))
    # retranslateUi

