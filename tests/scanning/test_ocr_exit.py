"""The program ends cleanly while the camera's OCR thread is inside onnxruntime: closing the window does not wait for
OCR (its thread is a daemon), so the wait is at exit. Without it the process aborted ("terminate called without an
active exception", exit status -6) when the real app closed during a read."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_CHILD = textwrap.dedent(
    """
    import threading

    import numpy as np

    from dismantler_app.scanning import ocr

    reader = ocr.TextReader()
    assert reader.engine() is not None, reader.missing
    frame = np.random.default_rng(7).integers(0, 255, (1080, 1920, 3), dtype=np.uint8)
    inside, results = threading.Event(), []
    original = reader._read

    def read(*args):
        inside.set()
        return original(*args)

    reader._read = read

    def camera_ocr():
        while True:
            results.append(reader.read(frame))

    threading.Thread(target=camera_ocr, daemon=True).start()
    assert inside.wait(60)
    print("leaving during a read", flush=True)
    """
)


def test_the_program_ends_cleanly_while_ocr_is_reading() -> None:
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "leaving during a read" in done.stdout
    assert "terminate called" not in done.stderr
