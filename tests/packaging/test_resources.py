"""The bundled files are found from a source checkout, from a PyInstaller bundle, and from an explicit folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dismantler_app import resources
from dismantler_app.certificates import typeface
from dismantler_app.gui.common import i18n
from dismantler_app.scanning import synth

CHECKOUT = Path(__file__).resolve().parents[2]


def test_assets_are_found_next_to_the_package_in_a_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(resources.ASSETS_ENV, raising=False)
    assert resources.assets_dir() == CHECKOUT / "assets"
    assert resources.asset("fonts", "DejaVuSans.ttf").is_file()


def test_assets_are_found_in_the_unpacked_bundle_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(resources.ASSETS_ENV, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.bundle_dir() == tmp_path
    assert resources.assets_dir() == tmp_path / "assets"


def test_a_bundle_attribute_without_frozen_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(resources.ASSETS_ENV, raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.bundle_dir() is None
    assert resources.assets_dir() == CHECKOUT / "assets"


def test_the_environment_names_another_assets_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(resources.ASSETS_ENV, str(tmp_path))
    assert resources.asset("fonts") == tmp_path / "fonts"


def test_the_fonts_of_certificates_gui_and_label_generator_come_from_the_assets_folder() -> None:
    fonts = CHECKOUT / "assets" / "fonts"
    assert fonts == typeface.DEFAULT_FONT_DIR
    assert fonts / "DroidSansFallbackFull.ttf" == i18n.CJK_FONT
    assert fonts / "DroidSansFallbackFull.ttf" == synth.FONT_PATH
