"""A generator of realistic webcam frames of battery and vehicle labels, for the tests and the benchmarks.

A label (Chinese and English text, one or two symbols: QR, Data Matrix, Code 128, Code 39) is drawn at print
resolution, then placed in a cluttered scene the way a cheap webcam sees it: in-plane tilt and perspective, module
sizes a 720p/1080p webcam gives at 15-40 cm (about 1.5-5 px per module), defocus and motion blur, glare, uneven
light, sensor noise and JPEG. Negatives are the same labels without symbols, and textures. The committed test
fixtures and the benchmark's large corpus both come from :func:`write_corpus`, each frame from its own seed.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

from dismantler_app.domain.codes import CodeKind
from dismantler_app.resources import asset
from dismantler_app.scanning.symbols import Symbology
from dismantler_app.scanning.synth_payloads import Payload, random_payload

FONT_PATH = asset("fonts", "DroidSansFallbackFull.ttf")
FRAME_SIZES = ((640, 480), (1280, 720), (1920, 1080))
_PRINT_MODULE_PX = 4  # label drawn at 4 px per module, then scaled down to the webcam's module size
_WRITERS = {
    Symbology.QR: zxingcpp.BarcodeFormat.QRCode,
    Symbology.DATA_MATRIX: zxingcpp.BarcodeFormat.DataMatrix,
    Symbology.CODE_128: zxingcpp.BarcodeFormat.Code128,
    Symbology.CODE_39: zxingcpp.BarcodeFormat.Code39,
}
_LABEL_LINES = (
    ("动力蓄电池包", "Traction Battery Pack"),
    ("额定电压 Rated voltage", "350.4 V"),
    ("额定容量 Rated capacity", "150 Ah"),
    ("生产日期 Production date", "2025-06-10"),
    ("车辆识别代号 VIN", ""),
    ("警告：高压危险", "WARNING: HIGH VOLTAGE"),
)


@dataclass(frozen=True)
class SymbolTruth:
    symbology: str
    payload: str
    kind: str
    code: str
    wrapping: str = "bare"


@dataclass
class FrameTruth:
    """One manifest entry: the file and what a correct reader finds in it (nothing, for a negative)."""

    file: str
    width: int
    height: int
    symbols: list[SymbolTruth] = field(default_factory=list)
    negative: bool = False
    conditions: dict[str, float | str] = field(default_factory=dict)


@cache
def _font(size: int, *, cjk: bool = True) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if not cjk:  # the Droid fallback font has no Latin glyphs; Pillow bundles a Latin one
        return ImageFont.load_default(size)
    if not FONT_PATH.exists():
        raise FileNotFoundError(f"CJK font missing at {FONT_PATH}; restore assets/fonts from the repository")
    return ImageFont.truetype(str(FONT_PATH), size)


def _draw_mixed(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, size: int) -> None:
    """Draws Chinese and Latin runs each with a font that has their glyphs."""
    x, y = xy
    for ch in text:
        font = _font(size, cjk=ord(ch) > 0x2E7F)
        draw.text((x, y), ch, fill=0, font=font)
        x += int(draw.textlength(ch, font=font))


def render_symbol(payload: str, symbology: Symbology, *, module_px: int = _PRINT_MODULE_PX) -> np.ndarray:
    image = np.asarray(zxingcpp.create_barcode(payload, _WRITERS[symbology]).to_image(scale=module_px))
    if symbology in (Symbology.CODE_128, Symbology.CODE_39):
        # to_image draws 1D bars 50 modules tall; printed labels are 15-20 % of the symbol length
        height = max(image.shape[0] * 7 // 10, int(image.shape[1] * 0.15))
        image = image[:height]
    return image


def _text_block(rng: random.Random, width: int, lines: int, size: int) -> np.ndarray:
    block = Image.new("L", (width, lines * int(size * 1.5) + size // 2), 255)
    draw = ImageDraw.Draw(block)
    for i, (zh, en) in enumerate(rng.sample(_LABEL_LINES, lines)):
        _draw_mixed(draw, (size // 2, size // 4 + i * int(size * 1.5)), f"{zh}  {en}", size)
    return np.asarray(block)


def render_label(rng: random.Random, symbols: list[tuple[Payload, Symbology]], *, human_text: str = "") -> np.ndarray:
    """A white label at print resolution: text lines, the symbols side by side, the human-readable code."""
    images = [render_symbol(p.text, s) for p, s in symbols]
    gap = 12 * _PRINT_MODULE_PX
    row_w = sum(i.shape[1] for i in images) + gap * max(0, len(images) - 1)
    row_h = max((i.shape[0] for i in images), default=0)
    width = max(row_w, 160 * _PRINT_MODULE_PX) + 2 * gap
    size = 7 * _PRINT_MODULE_PX
    top = _text_block(rng, width, rng.randint(1, 3), size)
    row = np.full((row_h, width), 255, np.uint8)
    x = (width - row_w) // 2
    for image in images:
        row[: image.shape[0], x : x + image.shape[1]] = image
        x += image.shape[1] + gap
    bottom = _text_block(rng, width, 1, size)
    if human_text:
        canvas = Image.new("L", (width, int(size * 1.6)), 255)
        _draw_mixed(ImageDraw.Draw(canvas), (gap, size // 4), human_text, size)
        bottom = np.vstack([np.asarray(canvas), bottom])
    label = np.vstack([top, row, bottom])
    return cv2.copyMakeBorder(label, gap, gap, gap, gap, cv2.BORDER_CONSTANT, value=255)


def background(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A cluttered workshop scene (float32 BGR) for a label to be placed in."""
    np_rng = np.random.default_rng(rng.getrandbits(32))
    # muted greys and browns of battery cases and a workshop floor, not confetti
    grey = np_rng.uniform(50, 190, (max(2, h // 60), max(2, w // 60), 1))
    coarse = (grey + np_rng.uniform(-15, 15, (*grey.shape[:2], 3))).astype(np.float32)
    bg = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    for _ in range(rng.randint(2, 6)):  # battery cases, brackets, cables
        x0, y0 = rng.randrange(w), rng.randrange(h)
        colour = [rng.uniform(20, 230) for _ in range(3)]
        cv2.rectangle(bg, (x0, y0), (x0 + rng.randint(40, w // 2), y0 + rng.randint(20, h // 3)), colour, -1)
    return bg


def _texture(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Negatives that look busy to a decoder: grilles, cooling fins, printed text, speckle."""
    bg = background(rng, w, h)
    period = rng.randint(4, 14)
    if rng.random() < 0.5:
        for x in range(0, w, period):
            cv2.line(bg, (x, 0), (x + rng.randint(-40, 40), h), (30, 30, 30), rng.randint(1, period // 2))
    return bg


def place(rng: random.Random, label: np.ndarray, scene: np.ndarray, module_px: float, tilt: float) -> bool:
    """Warps the label into the scene at ``module_px`` pixels per module. False if it cannot fit."""
    h, w = scene.shape[:2]
    scale = module_px / _PRINT_MODULE_PX
    small = cv2.resize(label, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    lh, lw = small.shape[:2]
    diag = math.hypot(lw, lh)
    if diag > 0.98 * min(w, h) and lw > 0.95 * w:
        return False
    src = np.float32([[0, 0], [lw, 0], [lw, lh], [0, lh]])
    jitter = 0.06 * min(lw, lh)
    pts = src - [lw / 2, lh / 2] + np.float32([[rng.uniform(-jitter, jitter) for _ in range(2)] for _ in range(4)])
    a = math.radians(tilt)
    rot = np.float32([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    pts = pts @ rot.T
    span = pts.max(axis=0) - pts.min(axis=0)
    if span[0] > w or span[1] > h:
        return False
    cx = rng.uniform(span[0] / 2, w - span[0] / 2)
    cy = rng.uniform(span[1] / 2, h - span[1] / 2)
    dst = (pts + np.float32([cx, cy])).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    tint = np.float32([rng.uniform(215, 255), rng.uniform(225, 255), rng.uniform(225, 255)])
    coloured = cv2.cvtColor(small, cv2.COLOR_GRAY2BGR).astype(np.float32) * (tint / 255.0)
    warped = cv2.warpPerspective(coloured, matrix, (w, h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((lh, lw), np.float32), matrix, (w, h), flags=cv2.INTER_LINEAR)
    scene[:] = scene * (1 - mask[..., None]) + warped * mask[..., None]
    return True


def degrade(
    rng: random.Random, frame: np.ndarray, conditions: dict[str, float | str], *, module_px: float = 3.0
) -> np.ndarray:
    """Light, blur, noise. Blur stays below what leaves a symbol readable at all (defocus sigma under half a
    module, motion under 1.5 modules): a labelled frame is one a careful person could still read."""
    h, w = frame.shape[:2]
    np_rng = np.random.default_rng(rng.getrandbits(32))
    # uneven light: a linear gradient of 0.55..1.1 across the frame (yard lamps, shadow of the operator)
    low = conditions["light_low"] = round(rng.uniform(0.55, 0.95), 2)
    gx, gy = np.meshgrid(np.linspace(0, 1, w, dtype=np.float32), np.linspace(0, 1, h, dtype=np.float32))
    direction = rng.uniform(0, 2 * math.pi)
    ramp = math.cos(direction) * gx + math.sin(direction) * gy
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    frame = frame * (low + (1.1 - low) * ramp)[..., None]
    if rng.random() < 0.35:  # glare: a soft bright spot
        gx0, gy0, radius = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.05, 0.2) * w
        strength = conditions["glare"] = round(rng.uniform(40, 110), 1)
        spot = np.exp(-(((gx * w - gx0) ** 2 + (gy * h - gy0) ** 2) / (2 * radius**2)))
        frame = frame + strength * spot[..., None]
    sigma = conditions["blur_sigma"] = round(rng.uniform(0.0, min(1.1, 0.45 * module_px)), 2)
    if sigma > 0.3:
        frame = cv2.GaussianBlur(frame, (0, 0), sigma)
    if rng.random() < 0.3:
        length = rng.randint(2, max(2, min(6, round(1.5 * module_px))))
        conditions["motion_px"] = length
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1.0 / length
        rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1.0)
        kernel = cv2.warpAffine(kernel, rot, (length, length))
        frame = cv2.filter2D(frame, -1, kernel / max(kernel.sum(), 1e-6))
    noise = conditions["noise"] = round(rng.uniform(2.0, 7.0), 1)
    frame = frame + np_rng.normal(0, noise, frame.shape).astype(np.float32)
    return np.clip(frame, 0, 255).astype(np.uint8)


def render_frame(
    seed: int, *, size: tuple[int, int] | None = None, negative: bool = False
) -> tuple[np.ndarray, FrameTruth]:
    """One synthetic frame (BGR) and its truth. The same seed always gives the same frame."""
    rng = random.Random(seed)
    w, h = size or rng.choice(FRAME_SIZES)
    truth = FrameTruth(file="", width=w, height=h, negative=negative)
    if negative:
        scene = _texture(rng, w, h) if rng.random() < 0.5 else background(rng, w, h)
        label = render_label(rng, [], human_text=random_payload(rng).code)
        place(rng, label, scene, rng.uniform(1.5, 4.0), rng.uniform(-40, 40))
        return degrade(rng, scene, truth.conditions), truth
    symbols = pick_symbols(rng)
    label = render_label(rng, symbols, human_text=symbols[0][0].code)
    one_d = any(s in (Symbology.CODE_128, Symbology.CODE_39) for _, s in symbols)
    # module sizes at 720p for 15-40 cm (measured: 0.33 mm bars give ~1.6 px at 30 cm on a 70° webcam),
    # scaled with the frame height so 1080p sees finer detail
    base = rng.uniform(1.7, 3.2) if one_d else rng.uniform(2.0, 4.5)
    module_px = truth.conditions["module_px"] = round(base * h / 720 if h > 720 else base, 2)
    scene = background(rng, w, h)
    tilt = truth.conditions["tilt_deg"] = round(rng.uniform(-40, 40), 1)
    while not place(rng, label, scene, module_px, tilt):
        # the operator frames a long label square-on and closer to the edges; shrink the tilt, then the modules
        if abs(tilt) > 8:
            tilt = truth.conditions["tilt_deg"] = round(tilt * 0.7, 1)
        else:
            module_px = truth.conditions["module_px"] = round(module_px * 0.9, 2)
    truth.symbols = [SymbolTruth(s.value, p.text, p.kind.value, p.code, p.wrapping) for p, s in symbols]
    return degrade(rng, scene, truth.conditions, module_px=float(module_px)), truth


def pick_symbols(rng: random.Random) -> list[tuple[Payload, Symbology]]:
    """Each of the four symbologies equally often (success is reported per symbology), 15 % of labels with a
    QR and a Code 128 of the same code. Wrapped payloads go into 2D symbols only, VINs into all but Code 128."""
    if rng.random() < 0.15:
        payload = random_payload(rng, allow_wrapped=False)
        return [(payload, Symbology.QR), (payload, Symbology.CODE_128)]
    symbology = rng.choice((Symbology.QR, Symbology.DATA_MATRIX, Symbology.CODE_128, Symbology.CODE_39))
    if symbology is Symbology.CODE_128:
        return [(random_payload(rng, allow_wrapped=False, kind=CodeKind.BATTERY), symbology)]
    if symbology is Symbology.CODE_39:
        return [(random_payload(rng, allow_wrapped=False), symbology)]
    return [(random_payload(rng), symbology)]


def write_corpus(
    out_dir: Path,
    *,
    count: int,
    seed: int = 1,
    negatives: float = 0.15,
    sizes: tuple[tuple[int, int], ...] | None = None,
    jpeg_quality: tuple[int, int] = (60, 92),
) -> list[FrameTruth]:
    """Writes ``count`` JPEG frames and ``manifest.json`` into ``out_dir``; returns the manifest entries."""
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        negative = rng.random() < negatives
        size = rng.choice(sizes) if sizes else None
        frame, truth = render_frame(rng.getrandbits(48), size=size, negative=negative)
        quality = rng.randint(*jpeg_quality)
        truth.file = f"frame_{i:04d}.jpg"
        truth.conditions["jpeg_quality"] = quality
        cv2.imwrite(str(out_dir / truth.file), frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
        entries.append(truth)
    manifest = {"generator": "dismantler_app.scanning.synth", "seed": seed, "frames": [asdict(e) for e in entries]}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return entries
