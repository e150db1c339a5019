# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_problems_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncProblemsPanel(object):
    def setupUi(self, SyncProblemsPanel):
        if not SyncProblemsPanel.objectName():
            SyncProblemsPanel.setObjectName(u"SyncProblemsPanel")
        SyncProblemsPanel.setFlat(True)
        self.layout = QVBoxLayout(SyncProblemsPanel)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(SyncProblemsPanel)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.problems = QTableWidget(SyncProblemsPanel)
        self.problems.setObjectName(u"problems")

        self.layout.addWidget(self.problems)

        self.said = QLabel(SyncProblemsPanel)
        self.said.setObjectName(u"said")
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.said)

        self.handle_row = QHBoxLayout()
        self.handle_row.setObjectName(u"handle_row")
        self.note_label = QLabel(SyncProblemsPanel)
        self.note_label.setObjectName(u"note_label")

        self.handle_row.addWidget(self.note_label)

        self.note = QLineEdit(SyncProblemsPanel)
        self.note.setObjectName(u"note")

        self.handle_row.addWidget(self.note)

        self.handled_button = QPushButton(SyncProblemsPanel)
        self.handled_button.setObjectName(u"handled_button")

        self.handle_row.addWidget(self.handled_button)


        self.layout.addLayout(self.handle_row)

        self.feedback = QLabel(SyncProblemsPanel)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.layout.addWidget(self.feedback)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncProblemsPanel)
    # setupUi

    def retranslateUi(self, SyncProblemsPanel):
        self.note_label.setText(QCoreApplication.translate("SyncProblemsPanel", u"What was &done", None))
        self.handled_button.setText(QCoreApplication.translate("SyncProblemsPanel", u"Mark as &handled", None))
        pass
    # retranslateUi

