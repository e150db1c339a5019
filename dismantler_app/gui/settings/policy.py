"""The settings page's policy form: the yard's certificate rules (switches, hybrid handling, documents required) and
the markets whose regulatory files it makes besides its own (the own market's box is ticked and cannot be cleared),
shown from the yard's record and read back into a :class:`Policy`; only an administrator may change them (the
service checks the role again)."""

from __future__ import annotations

import dataclasses

from dismantler_app.domain.policy import HevHandling, Policy
from dismantler_app.domain.records import DocumentKind, Market
from dismantler_app.gui.forms.ui_settings_page import Ui_SettingsPage
from dismantler_app.gui.settings.words import hev_name

POLICY_SWITCHES = (
    "battery_rule",
    "owner_statement_allowed",
    "swap_model_exempt",
    "vin_check_digit_blocks",
    "require_mortgage_check",
    "require_theft_check",
    "require_triage",
)


def market_box_name(market: Market) -> str:
    return f"report_market_{market.value}"


def fill_choices(ui: Ui_SettingsPage) -> None:
    for handling in HevHandling:
        ui.hev_handling.addItem("", handling.value)


def retranslate(ui: Ui_SettingsPage) -> None:
    for index in range(ui.hev_handling.count()):
        ui.hev_handling.setItemText(index, hev_name(HevHandling(ui.hev_handling.itemData(index))))


def show_policy(ui: Ui_SettingsPage, policy: Policy) -> None:
    for name in POLICY_SWITCHES:
        getattr(ui, name).setChecked(getattr(policy, name))
    ui.hev_handling.setCurrentIndex(ui.hev_handling.findData(policy.hev_handling.value))
    for kind in DocumentKind:
        getattr(ui, f"doc_{kind.value}").setChecked(kind in policy.required_documents)
    for market in Market:
        box = getattr(ui, market_box_name(market))
        box.setChecked(market is policy.market or market in policy.extra_report_markets)
        box.setProperty("own_market", market is policy.market)


def set_editable(ui: Ui_SettingsPage, admin: bool) -> None:
    for name in (*POLICY_SWITCHES, "hev_handling", "save_policy_button"):
        getattr(ui, name).setEnabled(admin)
    for kind in DocumentKind:
        getattr(ui, f"doc_{kind.value}").setEnabled(admin)
    for market in Market:
        box = getattr(ui, market_box_name(market))
        box.setEnabled(admin and not box.property("own_market"))


def form_policy(ui: Ui_SettingsPage, stored: Policy) -> Policy:
    """The form's rules on top of ``stored`` (fields this form does not show are kept)."""
    changes: dict[str, object] = {name: getattr(ui, name).isChecked() for name in POLICY_SWITCHES}
    changes["hev_handling"] = HevHandling(ui.hev_handling.currentData())
    changes["required_documents"] = frozenset(
        kind for kind in DocumentKind if getattr(ui, f"doc_{kind.value}").isChecked()
    )
    changes["extra_report_markets"] = frozenset(
        market for market in Market if market is not stored.market and getattr(ui, market_box_name(market)).isChecked()
    )
    return dataclasses.replace(stored, **changes)  # type: ignore[arg-type]
