# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervisor_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidgetItem, QPushButton, QSizePolicy, QTabWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from dismantler_app.gui.common.banner import EligibilityBanner
from dismantler_app.gui.common.packs_table import PacksTable
from dismantler_app.gui.common.photo_strip import PhotoStrip
from dismantler_app.gui.desk.review_queue import ReviewQueueTable

class Ui_SupervisorPage(object):
    def setupUi(self, SupervisorPage):
        if not SupervisorPage.objectName():
            SupervisorPage.setObjectName(u"SupervisorPage")
        self.layout = QHBoxLayout(SupervisorPage)
        self.layout.setObjectName(u"layout")
        self.queue_side = QVBoxLayout()
        self.queue_side.setObjectName(u"queue_side")
        self.queue_bar = QHBoxLayout()
        self.queue_bar.setObjectName(u"queue_bar")
        self.heading = QLabel(SupervisorPage)
        self.heading.setObjectName(u"heading")

        self.queue_bar.addWidget(self.heading)

        self.refresh_button = QPushButton(SupervisorPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.queue_bar.addWidget(self.refresh_button)


        self.queue_side.addLayout(self.queue_bar)

        self.queue_filter = QComboBox(SupervisorPage)
        self.queue_filter.setObjectName(u"queue_filter")

        self.queue_side.addWidget(self.queue_filter)

        self.queue = ReviewQueueTable(SupervisorPage)
        self.queue.setObjectName(u"queue")

        self.queue_side.addWidget(self.queue)

        self.queue_summary = QLabel(SupervisorPage)
        self.queue_summary.setObjectName(u"queue_summary")

        self.queue_side.addWidget(self.queue_summary)

        self.evidence_tabs = QTabWidget(SupervisorPage)
        self.evidence_tabs.setObjectName(u"evidence_tabs")
        self.photos_tab = QWidget()
        self.photos_tab.setObjectName(u"photos_tab")
        self.photos_layout = QVBoxLayout(self.photos_tab)
        self.photos_layout.setObjectName(u"photos_layout")
        self.photos = PhotoStrip(self.photos_tab)
        self.photos.setObjectName(u"photos")
        self.photos.setMinimumHeight(150)
        self.photos.setMaximumHeight(150)

        self.photos_layout.addWidget(self.photos)

        self.evidence_tabs.addTab(self.photos_tab, "")
        self.certificate_tab = QWidget()
        self.certificate_tab.setObjectName(u"certificate_tab")
        self.certificate_layout = QVBoxLayout(self.certificate_tab)
        self.certificate_layout.setObjectName(u"certificate_layout")
        self.certificate_value = QLabel(self.certificate_tab)
        self.certificate_value.setObjectName(u"certificate_value")
        self.certificate_value.setWordWrap(True)

        self.certificate_layout.addWidget(self.certificate_value)

        self.print_buttons = QHBoxLayout()
        self.print_buttons.setObjectName(u"print_buttons")
        self.preview_button = QPushButton(self.certificate_tab)
        self.preview_button.setObjectName(u"preview_button")

        self.print_buttons.addWidget(self.preview_button)

        self.reprint_button = QPushButton(self.certificate_tab)
        self.reprint_button.setObjectName(u"reprint_button")

        self.print_buttons.addWidget(self.reprint_button)


        self.certificate_layout.addLayout(self.print_buttons)

        self.void_reason = QLineEdit(self.certificate_tab)
        self.void_reason.setObjectName(u"void_reason")

        self.certificate_layout.addWidget(self.void_reason)

        self.void_button = QPushButton(self.certificate_tab)
        self.void_button.setObjectName(u"void_button")

        self.certificate_layout.addWidget(self.void_button)

        self.evidence_tabs.addTab(self.certificate_tab, "")

        self.queue_side.addWidget(self.evidence_tabs)

        self.queue_side.setStretch(2, 1)

        self.layout.addLayout(self.queue_side)

        self.detail_side = QVBoxLayout()
        self.detail_side.setObjectName(u"detail_side")
        self.banner = EligibilityBanner(SupervisorPage)
        self.banner.setObjectName(u"banner")

        self.detail_side.addWidget(self.banner)

        self.vehicle_box = QGroupBox(SupervisorPage)
        self.vehicle_box.setObjectName(u"vehicle_box")
        self.vehicle_form = QGridLayout(self.vehicle_box)
        self.vehicle_form.setObjectName(u"vehicle_form")
        self.vin_label = QLabel(self.vehicle_box)
        self.vin_label.setObjectName(u"vin_label")

        self.vehicle_form.addWidget(self.vin_label, 0, 0, 1, 1)

        self.vin_value = QLabel(self.vehicle_box)
        self.vin_value.setObjectName(u"vin_value")
        self.vin_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.vehicle_form.addWidget(self.vin_value, 0, 1, 1, 1)

        self.plate_label = QLabel(self.vehicle_box)
        self.plate_label.setObjectName(u"plate_label")

        self.vehicle_form.addWidget(self.plate_label, 0, 2, 1, 1)

        self.plate_value = QLabel(self.vehicle_box)
        self.plate_value.setObjectName(u"plate_value")

        self.vehicle_form.addWidget(self.plate_value, 0, 3, 1, 1)

        self.owner_label = QLabel(self.vehicle_box)
        self.owner_label.setObjectName(u"owner_label")

        self.vehicle_form.addWidget(self.owner_label, 1, 0, 1, 1)

        self.owner_value = QLabel(self.vehicle_box)
        self.owner_value.setObjectName(u"owner_value")

        self.vehicle_form.addWidget(self.owner_value, 1, 1, 1, 1)

        self.powertrain_label = QLabel(self.vehicle_box)
        self.powertrain_label.setObjectName(u"powertrain_label")

        self.vehicle_form.addWidget(self.powertrain_label, 1, 2, 1, 1)

        self.powertrain_value = QLabel(self.vehicle_box)
        self.powertrain_value.setObjectName(u"powertrain_value")

        self.vehicle_form.addWidget(self.powertrain_value, 1, 3, 1, 1)

        self.status_label = QLabel(self.vehicle_box)
        self.status_label.setObjectName(u"status_label")

        self.vehicle_form.addWidget(self.status_label, 2, 0, 1, 1)

        self.status_value = QLabel(self.vehicle_box)
        self.status_value.setObjectName(u"status_value")

        self.vehicle_form.addWidget(self.status_value, 2, 1, 1, 3)

        self.documents_label = QLabel(self.vehicle_box)
        self.documents_label.setObjectName(u"documents_label")
        self.documents_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.vehicle_form.addWidget(self.documents_label, 3, 0, 1, 1)

        self.documents_value = QLabel(self.vehicle_box)
        self.documents_value.setObjectName(u"documents_value")

        self.vehicle_form.addWidget(self.documents_value, 3, 1, 1, 3)

        self.vehicle_form.setColumnStretch(1, 1)
        self.vehicle_form.setColumnStretch(3, 1)

        self.detail_side.addWidget(self.vehicle_box)

        self.packs_box = QGroupBox(SupervisorPage)
        self.packs_box.setObjectName(u"packs_box")
        self.packs_layout = QVBoxLayout(self.packs_box)
        self.packs_layout.setObjectName(u"packs_layout")
        self.packs_summary = QLabel(self.packs_box)
        self.packs_summary.setObjectName(u"packs_summary")
        self.packs_summary.setWordWrap(True)

        self.packs_layout.addWidget(self.packs_summary)

        self.packs = PacksTable(self.packs_box)
        self.packs.setObjectName(u"packs")

        self.packs_layout.addWidget(self.packs)

        self.triage_value = QLabel(self.packs_box)
        self.triage_value.setObjectName(u"triage_value")
        self.triage_value.setWordWrap(True)

        self.packs_layout.addWidget(self.triage_value)

        self.packs_layout.setStretch(1, 1)

        self.detail_side.addWidget(self.packs_box)

        self.review_box = QGroupBox(SupervisorPage)
        self.review_box.setObjectName(u"review_box")
        self.review_grid = QGridLayout(self.review_box)
        self.review_grid.setObjectName(u"review_grid")
        self.expected_code = QComboBox(self.review_box)
        self.expected_code.setObjectName(u"expected_code")

        self.review_grid.addWidget(self.expected_code, 0, 0, 1, 2)

        self.scanned_code = QComboBox(self.review_box)
        self.scanned_code.setObjectName(u"scanned_code")

        self.review_grid.addWidget(self.scanned_code, 0, 2, 1, 2)

        self.document_ref = QLineEdit(self.review_box)
        self.document_ref.setObjectName(u"document_ref")

        self.review_grid.addWidget(self.document_ref, 1, 0, 1, 3)

        self.resolve_button = QPushButton(self.review_box)
        self.resolve_button.setObjectName(u"resolve_button")

        self.review_grid.addWidget(self.resolve_button, 1, 3, 1, 1)

        self.confirm_button = QPushButton(self.review_box)
        self.confirm_button.setObjectName(u"confirm_button")

        self.review_grid.addWidget(self.confirm_button, 2, 0, 1, 1)

        self.approve_button = QPushButton(self.review_box)
        self.approve_button.setObjectName(u"approve_button")

        self.review_grid.addWidget(self.approve_button, 2, 1, 1, 1)

        self.send_back_button = QPushButton(self.review_box)
        self.send_back_button.setObjectName(u"send_back_button")

        self.review_grid.addWidget(self.send_back_button, 2, 2, 1, 1)

        self.issue_button = QPushButton(self.review_box)
        self.issue_button.setObjectName(u"issue_button")

        self.review_grid.addWidget(self.issue_button, 2, 3, 1, 1)


        self.detail_side.addWidget(self.review_box)

        self.feedback = QLabel(SupervisorPage)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.detail_side.addWidget(self.feedback)

        self.detail_side.setStretch(2, 1)

        self.layout.addLayout(self.detail_side)

        self.layout.setStretch(1, 1)

        self.retranslateUi(SupervisorPage)
    # setupUi

    def retranslateUi(self, SupervisorPage):
        self.heading.setText(QCoreApplication.translate("SupervisorPage", u"Supervisor desk", None))
        self.refresh_button.setText(QCoreApplication.translate("SupervisorPage", u"&Refresh", None))
        self.evidence_tabs.setTabText(self.evidence_tabs.indexOf(self.photos_tab), QCoreApplication.translate("SupervisorPage", u"Photos", None))
        self.preview_button.setText(QCoreApplication.translate("SupervisorPage", u"&Preview and print", None))
        self.reprint_button.setText(QCoreApplication.translate("SupervisorPage", u"Re&print (copy)", None))
        self.void_reason.setPlaceholderText(QCoreApplication.translate("SupervisorPage", u"Reason for voiding (required)", None))
        self.void_button.setText(QCoreApplication.translate("SupervisorPage", u"&Void certificate", None))
        self.evidence_tabs.setTabText(self.evidence_tabs.indexOf(self.certificate_tab), QCoreApplication.translate("SupervisorPage", u"Certificate", None))
        self.vehicle_box.setTitle(QCoreApplication.translate("SupervisorPage", u"Vehicle", None))
        self.vin_label.setText(QCoreApplication.translate("SupervisorPage", u"VIN", None))
        self.plate_label.setText(QCoreApplication.translate("SupervisorPage", u"Plate", None))
        self.owner_label.setText(QCoreApplication.translate("SupervisorPage", u"Owner", None))
        self.powertrain_label.setText(QCoreApplication.translate("SupervisorPage", u"Powertrain", None))
        self.status_label.setText(QCoreApplication.translate("SupervisorPage", u"Status", None))
        self.documents_label.setText(QCoreApplication.translate("SupervisorPage", u"Documents", None))
        self.packs_box.setTitle(QCoreApplication.translate("SupervisorPage", u"Traction battery packs", None))
        self.review_box.setTitle(QCoreApplication.translate("SupervisorPage", u"Review", None))
#if QT_CONFIG(tooltip)
        self.expected_code.setToolTip(QCoreApplication.translate("SupervisorPage", u"The registered pack that was replaced", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.scanned_code.setToolTip(QCoreApplication.translate("SupervisorPage", u"The pack scanned in its place", None))
#endif // QT_CONFIG(tooltip)
        self.document_ref.setPlaceholderText(QCoreApplication.translate("SupervisorPage", u"Replacement record reference", None))
        self.resolve_button.setText(QCoreApplication.translate("SupervisorPage", u"Resolve &mismatch", None))
        self.confirm_button.setText(QCoreApplication.translate("SupervisorPage", u"&Confirm declared packs", None))
        self.approve_button.setText(QCoreApplication.translate("SupervisorPage", u"&Approve", None))
        self.send_back_button.setText(QCoreApplication.translate("SupervisorPage", u"Send &back", None))
#if QT_CONFIG(tooltip)
        self.send_back_button.setToolTip(QCoreApplication.translate("SupervisorPage", u"Send the intake back to the operator", None))
#endif // QT_CONFIG(tooltip)
        self.issue_button.setText(QCoreApplication.translate("SupervisorPage", u"&Issue certificate", None))
        pass
    # retranslateUi

