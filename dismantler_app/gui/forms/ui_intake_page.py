# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidgetItem,
    QPushButton, QSizePolicy, QTableWidgetItem, QVBoxLayout,
    QWidget)

from dismantler_app.gui.camera.preview import PreviewWidget
from dismantler_app.gui.common.banner import EligibilityBanner
from dismantler_app.gui.common.messages import MessageLog
from dismantler_app.gui.common.packs_table import PacksTable
from dismantler_app.gui.intake.photos import PhotosPanel

class Ui_IntakePage(object):
    def setupUi(self, IntakePage):
        if not IntakePage.objectName():
            IntakePage.setObjectName(u"IntakePage")
        self.layout = QVBoxLayout(IntakePage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.banner = EligibilityBanner(IntakePage)
        self.banner.setObjectName(u"banner")

        self.layout.addWidget(self.banner)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.preview = PreviewWidget(IntakePage)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(360, 200))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview.sizePolicy().hasHeightForWidth())
        self.preview.setSizePolicy(sizePolicy)

        self.left.addWidget(self.preview)

        self.photos_box = QGroupBox(IntakePage)
        self.photos_box.setObjectName(u"photos_box")
        self.photos_layout = QVBoxLayout(self.photos_box)
        self.photos_layout.setObjectName(u"photos_layout")
        self.photos = PhotosPanel(self.photos_box)
        self.photos.setObjectName(u"photos")

        self.photos_layout.addWidget(self.photos)


        self.left.addWidget(self.photos_box)

        self.feedback = MessageLog(IntakePage)
        self.feedback.setObjectName(u"feedback")

        self.left.addWidget(self.feedback)


        self.middle.addLayout(self.left)

        self.side = QVBoxLayout()
        self.side.setObjectName(u"side")
        self.vehicle_box = QGroupBox(IntakePage)
        self.vehicle_box.setObjectName(u"vehicle_box")
        self.vehicle_form = QGridLayout(self.vehicle_box)
        self.vehicle_form.setObjectName(u"vehicle_form")
        self.vehicle_form.setVerticalSpacing(4)
        self.vin_label = QLabel(self.vehicle_box)
        self.vin_label.setObjectName(u"vin_label")

        self.vehicle_form.addWidget(self.vin_label, 0, 0, 1, 1)

        self.vin_value = QLabel(self.vehicle_box)
        self.vin_value.setObjectName(u"vin_value")
        self.vin_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.vehicle_form.addWidget(self.vin_value, 0, 1, 1, 3)

        self.plate_label = QLabel(self.vehicle_box)
        self.plate_label.setObjectName(u"plate_label")

        self.vehicle_form.addWidget(self.plate_label, 1, 0, 1, 1)

        self.plate_value = QLabel(self.vehicle_box)
        self.plate_value.setObjectName(u"plate_value")

        self.vehicle_form.addWidget(self.plate_value, 1, 1, 1, 1)

        self.powertrain_label = QLabel(self.vehicle_box)
        self.powertrain_label.setObjectName(u"powertrain_label")

        self.vehicle_form.addWidget(self.powertrain_label, 1, 2, 1, 1)

        self.powertrain_value = QLabel(self.vehicle_box)
        self.powertrain_value.setObjectName(u"powertrain_value")

        self.vehicle_form.addWidget(self.powertrain_value, 1, 3, 1, 1)

        self.owner_label = QLabel(self.vehicle_box)
        self.owner_label.setObjectName(u"owner_label")

        self.vehicle_form.addWidget(self.owner_label, 2, 0, 1, 1)

        self.owner_value = QLabel(self.vehicle_box)
        self.owner_value.setObjectName(u"owner_value")

        self.vehicle_form.addWidget(self.owner_value, 2, 1, 1, 1)

        self.mass_label = QLabel(self.vehicle_box)
        self.mass_label.setObjectName(u"mass_label")

        self.vehicle_form.addWidget(self.mass_label, 2, 2, 1, 1)

        self.mass_value = QLabel(self.vehicle_box)
        self.mass_value.setObjectName(u"mass_value")

        self.vehicle_form.addWidget(self.mass_value, 2, 3, 1, 1)

        self.documents_label = QLabel(self.vehicle_box)
        self.documents_label.setObjectName(u"documents_label")
        self.documents_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.vehicle_form.addWidget(self.documents_label, 3, 0, 1, 1)

        self.documents_value = QLabel(self.vehicle_box)
        self.documents_value.setObjectName(u"documents_value")
        self.documents_value.setWordWrap(True)

        self.vehicle_form.addWidget(self.documents_value, 3, 1, 1, 3)


        self.side.addWidget(self.vehicle_box)

        self.packs_box = QGroupBox(IntakePage)
        self.packs_box.setObjectName(u"packs_box")
        self.packs_layout = QVBoxLayout(self.packs_box)
        self.packs_layout.setObjectName(u"packs_layout")
        self.packs_summary = QLabel(self.packs_box)
        self.packs_summary.setObjectName(u"packs_summary")

        self.packs_layout.addWidget(self.packs_summary)

        self.packs = PacksTable(self.packs_box)
        self.packs.setObjectName(u"packs")

        self.packs_layout.addWidget(self.packs)


        self.side.addWidget(self.packs_box)

        self.pack_tools = QHBoxLayout()
        self.pack_tools.setObjectName(u"pack_tools")
        self.edit_vehicle_button = QPushButton(IntakePage)
        self.edit_vehicle_button.setObjectName(u"edit_vehicle_button")

        self.pack_tools.addWidget(self.edit_vehicle_button)

        self.declare_button = QPushButton(IntakePage)
        self.declare_button.setObjectName(u"declare_button")

        self.pack_tools.addWidget(self.declare_button)

        self.triage_button = QPushButton(IntakePage)
        self.triage_button.setObjectName(u"triage_button")

        self.pack_tools.addWidget(self.triage_button)


        self.side.addLayout(self.pack_tools)


        self.middle.addLayout(self.side)

        self.middle.setStretch(0, 1)

        self.layout.addLayout(self.middle)

        self.scanner_warning = QLabel(IntakePage)
        self.scanner_warning.setObjectName(u"scanner_warning")
        self.scanner_warning.setWordWrap(True)

        self.layout.addWidget(self.scanner_warning)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.entry_label = QLabel(IntakePage)
        self.entry_label.setObjectName(u"entry_label")

        self.bottom.addWidget(self.entry_label)

        self.manual_entry = QLineEdit(IntakePage)
        self.manual_entry.setObjectName(u"manual_entry")

        self.bottom.addWidget(self.manual_entry)

        self.add_button = QPushButton(IntakePage)
        self.add_button.setObjectName(u"add_button")

        self.bottom.addWidget(self.add_button)

        self.new_button = QPushButton(IntakePage)
        self.new_button.setObjectName(u"new_button")

        self.bottom.addWidget(self.new_button)

        self.discard_button = QPushButton(IntakePage)
        self.discard_button.setObjectName(u"discard_button")

        self.bottom.addWidget(self.discard_button)

        self.submit_button = QPushButton(IntakePage)
        self.submit_button.setObjectName(u"submit_button")

        self.bottom.addWidget(self.submit_button)

        self.issue_button = QPushButton(IntakePage)
        self.issue_button.setObjectName(u"issue_button")

        self.bottom.addWidget(self.issue_button)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.entry_label.setBuddy(self.manual_entry)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.manual_entry, self.add_button)
        QWidget.setTabOrder(self.add_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.issue_button)

        self.retranslateUi(IntakePage)
    # setupUi

    def retranslateUi(self, IntakePage):
        self.photos_box.setTitle(QCoreApplication.translate("IntakePage", u"Photos", None))
        self.vehicle_box.setTitle(QCoreApplication.translate("IntakePage", u"Vehicle", None))
        self.vin_label.setText(QCoreApplication.translate("IntakePage", u"VIN", None))
        self.plate_label.setText(QCoreApplication.translate("IntakePage", u"Plate", None))
        self.powertrain_label.setText(QCoreApplication.translate("IntakePage", u"Powertrain", None))
        self.owner_label.setText(QCoreApplication.translate("IntakePage", u"Owner", None))
        self.mass_label.setText(QCoreApplication.translate("IntakePage", u"Weighed mass", None))
        self.documents_label.setText(QCoreApplication.translate("IntakePage", u"Documents", None))
        self.packs_box.setTitle(QCoreApplication.translate("IntakePage", u"Traction battery packs", None))
        self.edit_vehicle_button.setText(QCoreApplication.translate("IntakePage", u"Edit vehicle (F3)", None))
#if QT_CONFIG(tooltip)
        self.edit_vehicle_button.setToolTip(QCoreApplication.translate("IntakePage", u"Edit the vehicle, its owner and the documents received", None))
#endif // QT_CONFIG(tooltip)
        self.declare_button.setText(QCoreApplication.translate("IntakePage", u"Declared packs (F4)", None))
        self.triage_button.setText(QCoreApplication.translate("IntakePage", u"Safety triage (F6)", None))
        self.entry_label.setText(QCoreApplication.translate("IntakePage", u"&Code:", None))
        self.manual_entry.setPlaceholderText(QCoreApplication.translate("IntakePage", u"Scan or type a VIN or pack code, Enter", None))
        self.add_button.setText(QCoreApplication.translate("IntakePage", u"Add", None))
        self.new_button.setText(QCoreApplication.translate("IntakePage", u"New vehicle (F2)", None))
        self.discard_button.setText(QCoreApplication.translate("IntakePage", u"Discard\u2026", None))
#if QT_CONFIG(tooltip)
        self.discard_button.setToolTip(QCoreApplication.translate("IntakePage", u"Discard this open intake (a mistyped VIN, the wrong vehicle), with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.submit_button.setText(QCoreApplication.translate("IntakePage", u"Submit for review (F9)", None))
        self.issue_button.setText(QCoreApplication.translate("IntakePage", u"Issue certificate (F10)", None))
        pass
    # retranslateUi

