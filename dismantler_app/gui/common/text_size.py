"""The station's text size (Normal, Large, Larger): one setting that scales every text of the window at once.

The application font carries the body size; the few larger texts (page headings, the banner, the side navigation,
the VIN) are given a role (:func:`set_text_role`) and sized by one application style sheet built here from the same
scale, so a change reaches every open window and dialog without a restart. Widgets keep their own style sheets for
colours only: a ``font-size`` in a widget's own sheet would win over the application's and stop scaling.

12 pt (the Normal body) is about 4.2 mm tall at 96 dpi; at 1920×1080 on a 24" screen it reads as about 10 pt
(issue 12), hence Large and Larger for reading at arm's length. The layouts hold at Larger on 1920×1080 and at
Normal on 1366×768 (``tests/gui/test_layout_xvfb.py`` measures it).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from dismantler_app.gui.common.i18n import BASE_POINT_SIZE


class TextSize(StrEnum):
    NORMAL = "normal"
    LARGE = "large"
    LARGER = "larger"


# the names the station settings file accepts (storage/station_settings.TEXT_SIZES)

SCALE = {TextSize.NORMAL: 1.0, TextSize.LARGE: 1.17, TextSize.LARGER: 1.34}

# Point sizes at Normal; every role scales with the body.
ROLE_POINTS = {
    "title": 22,  # the sign-in screen's name of the app
    "banner_headline": 19,
    "heading": 16,  # each page's heading, the app's name in the top bar
    "navigation": 14,
    "subheading": 13,  # who is signed in, sub-headings, the desk's message
    "reasons": 13,  # the banner's reasons
    "code_large": 15,  # the VIN at the station
    "code": 12,  # the VIN on the desk
}
_BOLD = {"title", "banner_headline", "heading", "subheading", "code_large", "code"}
_MONO = {"code_large", "code"}


def point_size(size: TextSize, points: int = BASE_POINT_SIZE) -> int:
    return round(points * SCALE[size])


def style_sheet(size: TextSize) -> str:
    rules = []
    for role, points in ROLE_POINTS.items():
        body = [f"font-size: {point_size(size, points)}pt;"]
        if role in _BOLD:
            body.append("font-weight: bold;")
        if role in _MONO:
            body.append("font-family: monospace;")
        rules.append(f'*[textRole="{role}"] {{ {" ".join(body)} }}')
    # Room either side of a button's words: Fusion's own margin left "Start background sync" touching its frame,
    # read as cut off (issue 12).
    rules.append(f"QPushButton {{ padding: {round(4 * SCALE[size])}px {round(8 * SCALE[size])}px; }}")
    # The side navigation's items: a large target for a gloved finger, growing with the text.
    rules.append(f"QListWidget#nav::item {{ min-height: {round(44 * SCALE[size])}px; }}")
    return "\n".join(rules)


def set_text_role(widget: QWidget, role: str) -> None:
    """Sizes ``widget``'s text by ``role`` (see ``ROLE_POINTS``), following the station's text size."""
    if role not in ROLE_POINTS:
        raise ValueError(f"unknown text role {role!r}; known are {', '.join(ROLE_POINTS)}")
    widget.setProperty("textRole", role)
    # A property set after the widget was polished is only read again on a new polish.
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def current_text_size(app: QApplication) -> TextSize:
    return TextSize(app.property("textSize") or TextSize.NORMAL.value)


def apply_text_size(app: QApplication, size: TextSize) -> None:
    """The body font and every role's size for ``size``, on every widget of the application."""
    font = QFont(app.font())
    font.setPointSize(point_size(size))
    app.setFont(font)
    app.setStyleSheet(style_sheet(size))
    app.setProperty("textSize", size.value)
