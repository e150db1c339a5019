# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInPage(object):
    def setupUi(self, SignInPage):
        if not SignInPage.objectName():
            SignInPage.setObjectName(u"SignInPage")
        self.outer = QVBoxLayout(SignInPage)
        self.outer.setObjectName(u"outer")
        self.top_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.top_space)

        self.centre = QHBoxLayout()
        self.centre.setObjectName(u"centre")
        self.left_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre.addItem(self.left_space)

        self.card = QFrame(SignInPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(460, 0))
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setSpacing(12)
        self.card_layout.setObjectName(u"card_layout")
        self.title = QLabel(self.card)
        self.title.setObjectName(u"title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.card_layout.addWidget(self.title)

        self.locked_note = QLabel(self.card)
        self.locked_note.setObjectName(u"locked_note")
        self.locked_note.setWordWrap(True)

        self.card_layout.addWidget(self.locked_note)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.username_label = QLabel(self.card)
        self.username_label.setObjectName(u"username_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(self.card)
        self.username.setObjectName(u"username")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.password_label = QLabel(self.card)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(self.card)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.card_layout.addLayout(self.fields)

        self.sign_in_button = QPushButton(self.card)
        self.sign_in_button.setObjectName(u"sign_in_button")

        self.card_layout.addWidget(self.sign_in_button)

        self.message = QLabel(self.card)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.card_layout.addWidget(self.message)


        self.centre.addWidget(self.card)

        self.right_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre.addItem(self.right_space)


        self.outer.addLayout(self.centre)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom_space)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.sign_in_button)

        self.retranslateUi(SignInPage)

        self.sign_in_button.setDefault(True)

    # setupUi

    def retranslateUi(self, SignInPage):
        self.title.setText(QCoreApplication.translate("SignInPage", u"Yard intake", None))
        self.locked_note.setText(QCoreApplication.translate("SignInPage", u"The station was locked after a period without use. Sign in to continue.", None))
        self.username_label.setText(QCoreApplication.translate("SignInPage", u"&Name", None))
        self.username.setPlaceholderText(QCoreApplication.translate("SignInPage", u"Your user name", None))
        self.password_label.setText(QCoreApplication.translate("SignInPage", u"&Password", None))
        self.sign_in_button.setText(QCoreApplication.translate("SignInPage", u"Sign in", None))
        pass
    # retranslateUi

