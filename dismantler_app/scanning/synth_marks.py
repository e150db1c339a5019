"""More synthetic frames for the tests and the decode benchmark: light-on-dark marks and ISO 15434 parts labels.

- **Light-on-dark marks**: Data Matrix and QR laser-marked on dark metal or a dark housing (pack and cell labels
  etched into the case): light cells on a dark, brushed surface, sometimes as separate dots, no white label around.
  Issue 14: symbols like these were never read before the inverted cheap pass.
- **Parts labels**: white labels with ISO/IEC 15434 envelopes (``[)>`` RS ``06`` GS ``1P…`` GS ``S…`` GS ``Q…``) in
  a Data Matrix or QR, and single data-identifier fields in Code 128 (``1PCL31B106KBHNNNE``). Their fields keep
  their meaning: a part number is no VIN and no battery code; a battery code in an ``S`` field is one.

Frames are placed and degraded like :mod:`.synth`'s (tilt, perspective, light, blur, noise); each comes from its
own seed. ``conditions["family"]`` names the family for the benchmark's per-family table.
"""

from __future__ import annotations

import math
import random
import string

import cv2
import numpy as np

from dismantler_app.domain.codes import CodeKind
from dismantler_app.scanning.symbols import Symbology
from dismantler_app.scanning.synth import (
    FRAME_SIZES,
    FrameTruth,
    SymbolTruth,
    background,
    degrade,
    place,
    render_label,
    render_symbol,
)
from dismantler_app.scanning.synth_payloads import Payload, random_battery_code, random_payload, random_vin

_ALNUM = string.ascii_uppercase + string.digits
_PRINT_MODULE_PX = 4
GS, RS, EOT = "\x1d", "\x1e", "\x04"
# The part-number field that issue 14 found recorded as a VIN (an ISO 15434 parts label).
ISSUE_PART_NUMBER = "1PCL31B106KBHNNNE"

FAMILY_DARK_DM = "dark_data_matrix"
FAMILY_DARK_QR = "dark_qr"
FAMILY_PARTS = "parts_label"


def metal_surface(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A dark brushed-metal or moulded-housing surface (float32 grey, about 25-90)."""
    np_rng = np.random.default_rng(rng.getrandbits(32))
    base = rng.uniform(30, 75)
    streaks = np_rng.normal(0, rng.uniform(4, 10), (h, w)).astype(np.float32)
    length = rng.choice((9, 15, 25))
    kernel = np.zeros((1, length), np.float32)
    kernel[0, :] = 1.0 / length
    streaks = cv2.filter2D(streaks, -1, kernel)  # brushing: noise smeared along one direction
    gx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    sheen = rng.uniform(0, 18) * np.cos(gx * rng.uniform(1, 3) + rng.uniform(0, math.pi))
    return np.clip(base + streaks + sheen, 5, 120)


def render_etched_symbol(
    payload: str, symbology: Symbology, rng: random.Random, *, dots: bool | None = None
) -> np.ndarray:
    """A light-on-dark symbol at print resolution (4 px per module) on its patch of dark metal, grey uint8.

    Laser marking leaves light cells (about 150-230) on the dark surface; dot-marked Data Matrix has round cells
    that do not touch (``dots``; default: half of the Data Matrix)."""
    symbol = render_symbol(payload, symbology, module_px=_PRINT_MODULE_PX)  # dark modules (0) on white (255)
    light = symbol < 128
    if dots is None:
        dots = symbology is Symbology.DATA_MATRIX and rng.random() < 0.5
    if dots:
        ys, xs = np.nonzero(light[_PRINT_MODULE_PX // 2 :: _PRINT_MODULE_PX, _PRINT_MODULE_PX // 2 :: _PRINT_MODULE_PX])
        light = np.zeros_like(light)
        mask = light.astype(np.uint8)
        for y, x in zip(ys, xs, strict=True):
            centre = (
                int(x * _PRINT_MODULE_PX + _PRINT_MODULE_PX / 2),
                int(y * _PRINT_MODULE_PX + _PRINT_MODULE_PX / 2),
            )
            cv2.circle(mask, centre, round(_PRINT_MODULE_PX * 0.45), 1, -1)
        light = mask.astype(bool)
    h, w = light.shape
    margin = 6 * _PRINT_MODULE_PX
    surface = metal_surface(rng, w + 2 * margin, h + 2 * margin)
    mark = rng.uniform(150, 230)
    np_rng = np.random.default_rng(rng.getrandbits(32))
    cells = mark + np_rng.normal(0, 10, light.shape).astype(np.float32)
    patch = surface.copy()
    inner = patch[margin : margin + h, margin : margin + w]
    inner[light] = cells[light]
    return np.clip(patch, 0, 255).astype(np.uint8)


def render_dark_mark_frame(
    seed: int,
    *,
    symbology: Symbology = Symbology.DATA_MATRIX,
    size: tuple[int, int] | None = None,
    module_px: float | None = None,
    tilt: float | None = None,
    clean: bool = False,
) -> tuple[np.ndarray, FrameTruth]:
    """One frame (BGR) of a light-on-dark mark on a dark housing, and its truth. ``clean`` skips the blur, glare
    and light gradient (noise stays): for tests that pin the module size."""
    rng = random.Random(seed)
    w, h = size or rng.choice(FRAME_SIZES)
    payload = random_payload(
        rng, allow_wrapped=False, kind=rng.choice((CodeKind.BATTERY, CodeKind.BATTERY, CodeKind.VIN))
    )
    family = FAMILY_DARK_DM if symbology is Symbology.DATA_MATRIX else FAMILY_DARK_QR
    truth = FrameTruth(file="", width=w, height=h, conditions={"family": family})
    mark = render_etched_symbol(payload.text, symbology, rng)
    if module_px is None:
        base = rng.uniform(2.0, 4.5)
        module_px = round(base * h / 720 if h > 720 else base, 2)
    truth.conditions["module_px"] = module_px
    scene = cv2.cvtColor(metal_surface(rng, w, h), cv2.COLOR_GRAY2BGR) * np.float32(rng.uniform(0.8, 1.2))
    angle = truth.conditions["tilt_deg"] = round(rng.uniform(-40, 40), 1) if tilt is None else tilt
    while not place(rng, mark, scene, module_px, angle):
        if abs(angle) > 8:
            angle = truth.conditions["tilt_deg"] = round(angle * 0.7, 1)
        else:
            module_px = truth.conditions["module_px"] = round(module_px * 0.9, 2)
    truth.symbols = [SymbolTruth(symbology.value, payload.text, payload.kind.value, payload.code, "etched")]
    if clean:
        np_rng = np.random.default_rng(rng.getrandbits(32))
        noisy = scene + np_rng.normal(0, 3.0, scene.shape).astype(np.float32)
        return np.clip(noisy, 0, 255).astype(np.uint8), truth
    return degrade(rng, scene, truth.conditions, module_px=float(module_px)), truth


def _part_number(rng: random.Random, length: int) -> str:
    return "".join(rng.choices(_ALNUM, k=length))


def iso15434_payload(rng: random.Random, *, battery_code: str | None = None) -> str:
    """A format 06 envelope as parts labels carry it: customer part (P), supplier part (1P), quantity (Q), lot
    (1T), date (9D) and a serial (S): the battery code when given, else a maker serial of another length. Part
    numbers are often VIN-shaped (17 characters, sometimes with a valid check digit): their meaning must win."""
    part = random_vin(rng) if rng.random() < 0.3 else _part_number(rng, 15)  # "1P" + 15 = 17 characters
    fields = [
        f"P{_part_number(rng, rng.randint(8, 14))}",
        f"1P{part}",
        f"Q{rng.randint(1, 5000)}",
        f"1T{_part_number(rng, 8)}",
        f"9D{rng.randint(2018, 2026) % 100:02d}{rng.randint(1, 52):02d}",
        f"S{battery_code or _part_number(rng, rng.choice((10, 12, 16, 20)))}",
    ]
    rng.shuffle(fields)
    return f"[)>{RS}06{GS}{GS.join(fields)}{RS}{EOT}"


def parts_label_symbols(rng: random.Random) -> list[tuple[Payload, Symbology]]:
    """The symbols of one parts label: an ISO 15434 Data Matrix or QR (a third with a battery code in ``S``), or a
    Code 128 of one data-identifier field (the issue's part number, a shorter part number, a quantity)."""
    if rng.random() < 0.7:
        battery = random_battery_code(rng) if rng.random() < 0.35 else None
        text = iso15434_payload(rng, battery_code=battery)
        payload = Payload(text, CodeKind.BATTERY if battery else CodeKind.UNKNOWN, battery or "", "iso15434")
        return [(payload, rng.choice((Symbology.DATA_MATRIX, Symbology.QR)))]
    field = rng.choice((ISSUE_PART_NUMBER, f"1P{_part_number(rng, rng.randint(8, 13))}", f"Q{rng.randint(1, 999)}"))
    return [(Payload(field, CodeKind.UNKNOWN, "", "data_identifier"), Symbology.CODE_128)]


def render_parts_label_frame(seed: int, *, size: tuple[int, int] | None = None) -> tuple[np.ndarray, FrameTruth]:
    """One frame (BGR) of a white parts label with ISO 15434 data, and its truth."""
    rng = random.Random(seed)
    w, h = size or rng.choice(FRAME_SIZES)
    symbols = parts_label_symbols(rng)
    truth = FrameTruth(file="", width=w, height=h, conditions={"family": FAMILY_PARTS})
    label = render_label(rng, symbols)
    one_d = symbols[0][1] is Symbology.CODE_128
    base = rng.uniform(1.8, 3.2) if one_d else rng.uniform(2.2, 4.5)
    module_px = truth.conditions["module_px"] = round(base * h / 720 if h > 720 else base, 2)
    scene = background(rng, w, h)
    tilt = truth.conditions["tilt_deg"] = round(rng.uniform(-30, 30), 1)
    while not place(rng, label, scene, module_px, tilt):
        if abs(tilt) > 8:
            tilt = truth.conditions["tilt_deg"] = round(tilt * 0.7, 1)
        else:
            module_px = truth.conditions["module_px"] = round(module_px * 0.9, 2)
    truth.symbols = [SymbolTruth(s.value, p.text, p.kind.value, p.code, p.wrapping) for p, s in symbols]
    return degrade(rng, scene, truth.conditions, module_px=float(module_px)), truth
