"""Where the application's bundled files (fonts, demo labels) are, from a source checkout or an installed bundle.

Outside the layers on purpose: it imports nothing from the app, so the domain-free adapters (certificates, scanning)
and the GUI can all ask it. Three places are looked at, first match wins:

1. ``DISMANTLER_ASSETS``: an explicit folder (a distribution package installing to ``/usr/share/dismantler``, or a
   test breaking a path on purpose to see ``--self-test`` name the part that fails);
2. a PyInstaller bundle: ``sys._MEIPASS`` is the folder the bundle unpacked into (one-folder builds: ``_internal``
   next to the executable), and ``packaging/dismantler.spec`` copies ``assets`` there;
3. the source checkout: ``assets`` next to the ``dismantler_app`` package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ASSETS_ENV = "DISMANTLER_ASSETS"
ASSETS_NAME = "assets"


def bundle_dir() -> Path | None:
    """The PyInstaller bundle's data folder when running frozen, else None."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if getattr(sys, "frozen", False) and base else None


def assets_dir() -> Path:
    """The folder holding ``fonts/`` and ``demo/`` (see the module docstring for the order it is looked for in)."""
    override = os.environ.get(ASSETS_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    frozen = bundle_dir()
    if frozen is not None:
        return frozen / ASSETS_NAME
    return Path(__file__).resolve().parent.parent / ASSETS_NAME


def asset(*parts: str) -> Path:
    """A file under :func:`assets_dir`, e.g. ``asset("fonts", "DejaVuSans.ttf")`` (not checked for existence)."""
    return assets_dir().joinpath(*parts)
