# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'photos_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PhotosPanel(object):
    def setupUi(self, PhotosPanel):
        if not PhotosPanel.objectName():
            PhotosPanel.setObjectName(u"PhotosPanel")
        self.layout = QVBoxLayout(PhotosPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.required = QLabel(PhotosPanel)
        self.required.setObjectName(u"required")
        self.required.setWordWrap(True)

        self.layout.addWidget(self.required)

        self.row = QHBoxLayout()
        self.row.setObjectName(u"row")
        self.kind = QComboBox(PhotosPanel)
        self.kind.setObjectName(u"kind")

        self.row.addWidget(self.kind)

        self.take_button = QPushButton(PhotosPanel)
        self.take_button.setObjectName(u"take_button")

        self.row.addWidget(self.take_button)

        self.file_button = QPushButton(PhotosPanel)
        self.file_button.setObjectName(u"file_button")

        self.row.addWidget(self.file_button)


        self.layout.addLayout(self.row)

        self.thumbnails = QListWidget(PhotosPanel)
        self.thumbnails.setObjectName(u"thumbnails")
        self.thumbnails.setMinimumHeight(120)
        self.thumbnails.setMaximumHeight(120)
        self.thumbnails.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.layout.addWidget(self.thumbnails)


        self.retranslateUi(PhotosPanel)
    # setupUi

    def retranslateUi(self, PhotosPanel):
#if QT_CONFIG(tooltip)
        self.kind.setToolTip(QCoreApplication.translate("PhotosPanel", u"What the next photo shows", None))
#endif // QT_CONFIG(tooltip)
        self.take_button.setText(QCoreApplication.translate("PhotosPanel", u"Take photo (F5)", None))
        self.file_button.setText(QCoreApplication.translate("PhotosPanel", u"File\u2026 (Ctrl+O)", None))
        pass
    # retranslateUi

