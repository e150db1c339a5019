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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
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

        self.sections = QTabWidget(SyncPage)
        self.sections.setObjectName(u"sections")
        self.status_tab = QWidget()
        self.status_tab.setObjectName(u"status_tab")
        self.status_layout = QVBoxLayout(self.status_tab)
        self.status_layout.setObjectName(u"status_layout")
        self.details = QLabel(self.status_tab)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_layout.addWidget(self.details)

        self.background_box = QGroupBox(self.status_tab)
        self.background_box.setObjectName(u"background_box")
        self.background_row = QHBoxLayout(self.background_box)
        self.background_row.setObjectName(u"background_row")
        self.background_state = QLabel(self.background_box)
        self.background_state.setObjectName(u"background_state")
        self.background_state.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.background_state.sizePolicy().hasHeightForWidth())
        self.background_state.setSizePolicy(sizePolicy)

        self.background_row.addWidget(self.background_state)

        self.background_button = QPushButton(self.background_box)
        self.background_button.setObjectName(u"background_button")

        self.background_row.addWidget(self.background_button)


        self.status_layout.addWidget(self.background_box)

        self.enrol_box = QGroupBox(self.status_tab)
        self.enrol_box.setObjectName(u"enrol_box")
        self.enrol_form = QFormLayout(self.enrol_box)
        self.enrol_form.setObjectName(u"enrol_form")
        self.enrol_url_label = QLabel(self.enrol_box)
        self.enrol_url_label.setObjectName(u"enrol_url_label")

        self.enrol_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.enrol_url_label)

        self.enrol_url = QLineEdit(self.enrol_box)
        self.enrol_url.setObjectName(u"enrol_url")

        self.enrol_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enrol_url)

        self.enrol_token_label = QLabel(self.enrol_box)
        self.enrol_token_label.setObjectName(u"enrol_token_label")

        self.enrol_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.enrol_token_label)

        self.enrol_token = QLineEdit(self.enrol_box)
        self.enrol_token.setObjectName(u"enrol_token")

        self.enrol_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.enrol_token)

        self.enrol_ca_label = QLabel(self.enrol_box)
        self.enrol_ca_label.setObjectName(u"enrol_ca_label")

        self.enrol_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.enrol_ca_label)

        self.enrol_ca_row = QHBoxLayout()
        self.enrol_ca_row.setObjectName(u"enrol_ca_row")
        self.enrol_ca = QLineEdit(self.enrol_box)
        self.enrol_ca.setObjectName(u"enrol_ca")

        self.enrol_ca_row.addWidget(self.enrol_ca)

        self.enrol_ca_button = QPushButton(self.enrol_box)
        self.enrol_ca_button.setObjectName(u"enrol_ca_button")

        self.enrol_ca_row.addWidget(self.enrol_ca_button)


        self.enrol_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.enrol_ca_row)

        self.enrol_button = QPushButton(self.enrol_box)
        self.enrol_button.setObjectName(u"enrol_button")

        self.enrol_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.enrol_button)

        self.enrol_hint = QLabel(self.enrol_box)
        self.enrol_hint.setObjectName(u"enrol_hint")
        self.enrol_hint.setWordWrap(True)

        self.enrol_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.enrol_hint)


        self.status_layout.addWidget(self.enrol_box)

        self.status_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.status_layout.addItem(self.status_end)

        self.sections.addTab(self.status_tab, "")
        self.problems_tab = QWidget()
        self.problems_tab.setObjectName(u"problems_tab")
        self.problems_holder = QVBoxLayout(self.problems_tab)
        self.problems_holder.setObjectName(u"problems_holder")
        self.sections.addTab(self.problems_tab, "")

        self.layout.addWidget(self.sections)

#if QT_CONFIG(shortcut)
        self.enrol_url_label.setBuddy(self.enrol_url)
        self.enrol_token_label.setBuddy(self.enrol_token)
        self.enrol_ca_label.setBuddy(self.enrol_ca)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncPage)

        self.sections.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, SyncPage):
        self.heading.setText(QCoreApplication.translate("SyncPage", u"Sync with head office", None))
        self.sync_button.setText(QCoreApplication.translate("SyncPage", u"Sync &now", None))
        self.export_button.setText(QCoreApplication.translate("SyncPage", u"&Export to a USB stick\u2026", None))
        self.import_button.setText(QCoreApplication.translate("SyncPage", u"&Import head office's receipt\u2026", None))
        self.background_box.setTitle(QCoreApplication.translate("SyncPage", u"Background sync", None))
        self.background_button.setText(QCoreApplication.translate("SyncPage", u"Stop background sync", None))
        self.enrol_box.setTitle(QCoreApplication.translate("SyncPage", u"Enrol this yard at head office", None))
        self.enrol_url_label.setText(QCoreApplication.translate("SyncPage", u"Head office &URL", None))
        self.enrol_url.setPlaceholderText(QCoreApplication.translate("SyncPage", u"https://\u2026", None))
        self.enrol_token_label.setText(QCoreApplication.translate("SyncPage", u"One-time &token", None))
        self.enrol_ca_label.setText(QCoreApplication.translate("SyncPage", u"&CA file (optional)", None))
        self.enrol_ca.setPlaceholderText(QCoreApplication.translate("SyncPage", u"only if head office sent a CA certificate (.pem)", None))
        self.enrol_ca_button.setText(QCoreApplication.translate("SyncPage", u"CA file\u2026", None))
        self.enrol_button.setText(QCoreApplication.translate("SyncPage", u"En&rol", None))
        self.enrol_hint.setText(QCoreApplication.translate("SyncPage", u"Head office's administrator gives the address and a token that works once. Only an administrator of this yard can enrol it.", None))
        self.sections.setTabText(self.sections.indexOf(self.status_tab), QCoreApplication.translate("SyncPage", u"Status", None))
        self.sections.setTabText(self.sections.indexOf(self.problems_tab), QCoreApplication.translate("SyncPage", u"Refused by head office", None))
        pass
    # retranslateUi

