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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        self.layout = QVBoxLayout(UsersPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(UsersPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.users = QTableWidget(UsersPage)
        self.users.setObjectName(u"users")

        self.layout.addWidget(self.users)

        self.selected_box = QGroupBox(UsersPage)
        self.selected_box.setObjectName(u"selected_box")
        self.selected_grid = QGridLayout(self.selected_box)
        self.selected_grid.setObjectName(u"selected_grid")
        self.role_operator = QCheckBox(self.selected_box)
        self.role_operator.setObjectName(u"role_operator")

        self.selected_grid.addWidget(self.role_operator, 0, 0, 1, 1)

        self.role_supervisor = QCheckBox(self.selected_box)
        self.role_supervisor.setObjectName(u"role_supervisor")

        self.selected_grid.addWidget(self.role_supervisor, 0, 1, 1, 1)

        self.role_admin = QCheckBox(self.selected_box)
        self.role_admin.setObjectName(u"role_admin")

        self.selected_grid.addWidget(self.role_admin, 0, 2, 1, 1)

        self.set_roles_button = QPushButton(self.selected_box)
        self.set_roles_button.setObjectName(u"set_roles_button")

        self.selected_grid.addWidget(self.set_roles_button, 0, 3, 1, 1)

        self.new_password = QLineEdit(self.selected_box)
        self.new_password.setObjectName(u"new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.selected_grid.addWidget(self.new_password, 1, 0, 1, 2)

        self.reset_password_button = QPushButton(self.selected_box)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.selected_grid.addWidget(self.reset_password_button, 1, 2, 1, 1)

        self.disable_button = QPushButton(self.selected_box)
        self.disable_button.setObjectName(u"disable_button")

        self.selected_grid.addWidget(self.disable_button, 1, 3, 1, 1)


        self.layout.addWidget(self.selected_box)

        self.add_box = QGroupBox(UsersPage)
        self.add_box.setObjectName(u"add_box")
        self.add_grid = QGridLayout(self.add_box)
        self.add_grid.setObjectName(u"add_grid")
        self.add_username = QLineEdit(self.add_box)
        self.add_username.setObjectName(u"add_username")

        self.add_grid.addWidget(self.add_username, 0, 0, 1, 1)

        self.add_display_name = QLineEdit(self.add_box)
        self.add_display_name.setObjectName(u"add_display_name")

        self.add_grid.addWidget(self.add_display_name, 0, 1, 1, 1)

        self.add_password = QLineEdit(self.add_box)
        self.add_password.setObjectName(u"add_password")
        self.add_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_grid.addWidget(self.add_password, 0, 2, 1, 1)

        self.add_operator = QCheckBox(self.add_box)
        self.add_operator.setObjectName(u"add_operator")
        self.add_operator.setChecked(True)

        self.add_grid.addWidget(self.add_operator, 1, 0, 1, 1)

        self.add_supervisor = QCheckBox(self.add_box)
        self.add_supervisor.setObjectName(u"add_supervisor")

        self.add_grid.addWidget(self.add_supervisor, 1, 1, 1, 1)

        self.add_admin = QCheckBox(self.add_box)
        self.add_admin.setObjectName(u"add_admin")

        self.add_grid.addWidget(self.add_admin, 1, 2, 1, 1)

        self.add_button = QPushButton(self.add_box)
        self.add_button.setObjectName(u"add_button")

        self.add_grid.addWidget(self.add_button, 1, 3, 1, 1)


        self.layout.addWidget(self.add_box)

        self.feedback = QLabel(UsersPage)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.layout.addWidget(self.feedback)


        self.retranslateUi(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.heading.setText(QCoreApplication.translate("UsersPage", u"Users", None))
        self.selected_box.setTitle(QCoreApplication.translate("UsersPage", u"Selected user", None))
        self.role_operator.setText(QCoreApplication.translate("UsersPage", u"Operator", None))
        self.role_supervisor.setText(QCoreApplication.translate("UsersPage", u"Supervisor", None))
        self.role_admin.setText(QCoreApplication.translate("UsersPage", u"Administrator", None))
        self.set_roles_button.setText(QCoreApplication.translate("UsersPage", u"Set &roles", None))
        self.new_password.setPlaceholderText(QCoreApplication.translate("UsersPage", u"New password (at least 8 characters)", None))
        self.reset_password_button.setText(QCoreApplication.translate("UsersPage", u"Reset &password", None))
        self.add_box.setTitle(QCoreApplication.translate("UsersPage", u"Add a user", None))
        self.add_username.setPlaceholderText(QCoreApplication.translate("UsersPage", u"Sign-in name", None))
        self.add_display_name.setPlaceholderText(QCoreApplication.translate("UsersPage", u"Full name", None))
        self.add_password.setPlaceholderText(QCoreApplication.translate("UsersPage", u"Password (at least 8 characters)", None))
        self.add_operator.setText(QCoreApplication.translate("UsersPage", u"Operator", None))
        self.add_supervisor.setText(QCoreApplication.translate("UsersPage", u"Supervisor", None))
        self.add_admin.setText(QCoreApplication.translate("UsersPage", u"Administrator", None))
        self.add_button.setText(QCoreApplication.translate("UsersPage", u"&Add user", None))
        pass
    # retranslateUi

