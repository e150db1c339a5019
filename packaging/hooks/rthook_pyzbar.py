"""Run-time hook of the bundle: make pyzbar load the libzbar shipped inside the bundle on Linux.

pyzbar's ``zbar_library.load`` asks ``ctypes.util.find_library('zbar')``, which looks only in the system's linker
cache, so a bundle on a PC without the ``libzbar0`` package would decode without pyzbar. This answers that one
question with the bundled copy (``packaging/dismantler.spec`` puts ``libzbar.so.0`` at the bundle's top level) and
leaves every other lookup alone. On Windows pyzbar already finds the DLLs collected next to its own module.
"""

import ctypes.util
import os
import sys

_BUNDLED_ZBAR = os.path.join(getattr(sys, "_MEIPASS", ""), "libzbar.so.0")
_system_find_library = ctypes.util.find_library


def _find_library(name):
    if name == "zbar" and os.path.isfile(_BUNDLED_ZBAR):
        return _BUNDLED_ZBAR
    return _system_find_library(name)


if sys.platform.startswith("linux"):
    ctypes.util.find_library = _find_library
