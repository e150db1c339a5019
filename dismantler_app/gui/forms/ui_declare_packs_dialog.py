# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'declare_packs_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_DeclarePacksDialog(object):
    def setupUi(self, DeclarePacksDialog):
        if not DeclarePacksDialog.objectName():
            DeclarePacksDialog.setObjectName(u"DeclarePacksDialog")
        self.layout = QVBoxLayout(DeclarePacksDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(DeclarePacksDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codes_label = QLabel(DeclarePacksDialog)
        self.codes_label.setObjectName(u"codes_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codes_label)

        self.codes = QPlainTextEdit(DeclarePacksDialog)
        self.codes.setObjectName(u"codes")
        self.codes.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codes)

        self.codes_status = QLabel(DeclarePacksDialog)
        self.codes_status.setObjectName(u"codes_status")
        self.codes_status.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codes_status)

        self.count_label = QLabel(DeclarePacksDialog)
        self.count_label.setObjectName(u"count_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.count_label)

        self.count = QSpinBox(DeclarePacksDialog)
        self.count.setObjectName(u"count")
        self.count.setMaximum(12)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.count)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DeclarePacksDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codes_label.setBuddy(self.codes)
        self.count_label.setBuddy(self.count)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeclarePacksDialog)
    # setupUi

    def retranslateUi(self, DeclarePacksDialog):
        DeclarePacksDialog.setWindowTitle(QCoreApplication.translate("DeclarePacksDialog", u"Declared battery packs", None))
        self.explanation.setText(QCoreApplication.translate("DeclarePacksDialog", u"Head office has no registered packs for this vehicle. Enter what the vehicle documents say: the pack codes, one per line, or only how many packs. A supervisor confirms the declaration.", None))
        self.codes_label.setText(QCoreApplication.translate("DeclarePacksDialog", u"Pack &codes", None))
        self.count_label.setText(QCoreApplication.translate("DeclarePacksDialog", u"Or only the &number of packs", None))
    # retranslateUi

