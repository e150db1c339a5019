"""Makes the demo camera's pictures and video in ``assets/demo`` from the scanning package's frame generator.

    .venv/bin/python packaging/demo_assets.py           # rewrite assets/demo (deterministic: same seeds, same files)
    .venv/bin/python packaging/demo_assets.py --check   # exit 1 unless every committed label still decodes right

The labels carry the codes of ``services/demo.py``: the VIN of the vehicle whose second pack is missing
(:data:`CAMERA_VIN`, in the video: a label swung under the camera) and that missing pack (:data:`CAMERA_PACK`, on a
maker's label with a wrapped Data Matrix and a Code 128), then an empty scene. They are drawn square-on at about
3.5 px per module on a 640×480 frame, easy reading on purpose: the demo shows the flow, the benchmarks the limits.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dismantler_app.domain.classifier import classify  # noqa: E402
from dismantler_app.domain.codes import CodeKind  # noqa: E402
from dismantler_app.scanning import synth  # noqa: E402
from dismantler_app.scanning.pipeline import FrameDecoder  # noqa: E402
from dismantler_app.scanning.symbols import Symbology  # noqa: E402
from dismantler_app.scanning.synth_payloads import Payload  # noqa: E402
from dismantler_app.services.demo import CAMERA_PACK, CAMERA_VIN  # noqa: E402

DEMO_DIR = ROOT / "assets" / "demo"
LABELS = DEMO_DIR / "labels"
VIDEO = DEMO_DIR / "vin_label.mp4"
SIZE = (640, 480)
MODULE_PX = 3.5
JPEG_QUALITY = 80
VIDEO_FPS = 10
# The maker's 36-character prefix seen on real labels ("[>16" + maker code + the code; domain guide).
MAKER_PREFIX = "[>16" + "P1234567890ABCDEFGHJKLMNPRSTUVWXYZ01"
# What each committed picture must decode to (None: nothing, an empty scene).
EXPECTED = {
    "20_missing_pack.jpg": CAMERA_PACK,
    "90_empty_scene.jpg": None,
}


def _scene(seed: int, symbols: list[tuple[Payload, Symbology]], human_text: str) -> tuple[np.ndarray, np.ndarray]:
    """An empty scene and the same scene with the label placed in it (both BGR, degraded like a webcam)."""
    rng = random.Random(seed)
    w, h = SIZE
    empty = synth.background(rng, w, h)
    with_label = empty.copy()
    if symbols:
        label = synth.render_label(rng, symbols, human_text=human_text)
        tilt, module_px = rng.uniform(-8, 8), MODULE_PX
        while not synth.place(rng, label, with_label, module_px, tilt):
            module_px *= 0.92
    return empty, with_label


def pack_label(seed: int = 20) -> np.ndarray:
    wrapped = Payload(MAKER_PREFIX + CAMERA_PACK, CodeKind.BATTERY, CAMERA_PACK, "maker36")
    _, frame = _scene(seed, [(wrapped, Symbology.DATA_MATRIX)], CAMERA_PACK)
    return synth.degrade(random.Random(seed), frame, {}, module_px=MODULE_PX)


def empty_scene(seed: int = 90) -> np.ndarray:
    empty, _ = _scene(seed, [], "")
    return synth.degrade(random.Random(seed), empty, {}, module_px=MODULE_PX)


def vin_video(path: Path, *, seed: int = 10, before: int = 10, during: int = 25) -> None:
    """The VIN label entering view and staying, shaking a pixel or two. Light, blur and noise are applied once per
    scene, not per frame: fresh noise in every frame made the file 800 KiB, the same noise keeps it small."""
    rng = random.Random(seed)
    empty, with_label = _scene(seed, [(Payload(CAMERA_VIN, CodeKind.VIN, CAMERA_VIN), Symbology.QR)], CAMERA_VIN)
    empty = synth.degrade(random.Random(seed), empty, {}, module_px=MODULE_PX)
    with_label = synth.degrade(random.Random(seed), with_label, {}, module_px=MODULE_PX)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), VIDEO_FPS, SIZE)
    if not writer.isOpened():
        raise SystemExit("OpenCV cannot write MPEG-4 video here; install opencv-python-headless from the lock")
    for i in range(before + during):
        base = empty if i < before else with_label
        dx, dy = (rng.randint(-2, 2), rng.randint(-2, 2)) if i >= before else (0, 0)
        writer.write(np.ascontiguousarray(np.roll(base, (dy, dx), axis=(0, 1))))
    writer.release()


def decoded_codes(frame: np.ndarray) -> set[str]:
    return {c for c in (classify(s.text).code for s in FrameDecoder().decode(frame).symbols) if c}


def video_codes(path: Path) -> set[str]:
    capture = cv2.VideoCapture(str(path))
    found: set[str] = set()
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        found |= decoded_codes(frame)
    capture.release()
    return found


def check() -> list[str]:
    problems = []
    for name, code in EXPECTED.items():
        frame = cv2.imread(str(LABELS / name), cv2.IMREAD_COLOR)
        got = decoded_codes(frame) if frame is not None else {"<unreadable>"}
        if got != ({code} if code else set()):
            problems.append(f"{name}: expected {code}, decoded {sorted(got)}")
    if video_codes(VIDEO) != {CAMERA_VIN}:
        problems.append(f"{VIDEO.name}: expected {CAMERA_VIN}")
    return problems


def write() -> None:
    LABELS.mkdir(parents=True, exist_ok=True)
    quality = [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY]
    cv2.imwrite(str(LABELS / "20_missing_pack.jpg"), pack_label(), quality)
    cv2.imwrite(str(LABELS / "90_empty_scene.jpg"), empty_scene(), quality)
    vin_video(VIDEO)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the committed files decode right")
    args = parser.parse_args(argv)
    if not args.check:
        write()
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    total = sum(p.stat().st_size for p in DEMO_DIR.rglob("*") if p.is_file())
    print(f"assets/demo: {total // 1024} KiB, {'ok' if not problems else 'PROBLEMS'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
