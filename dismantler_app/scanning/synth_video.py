"""Synthetic webcam video: a label entering view and staying, for the enter-to-confirm latency benchmark.

Each trial is a fixed scene; the label appears in one frame (as when a pack is swung under the camera) and stays,
shaking by a pixel or two as a hand-held label does, with fresh sensor noise in every frame.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from dismantler_app.scanning import synth


@dataclass(frozen=True)
class Trial:
    code: str
    first_frame: int  # index (from 0) of the frame where the label is first in view
    frames: int


def render_trials(
    *, trials: int, seed: int = 1, size: tuple[int, int] = (1280, 720), before: int = 15, during: int = 30
) -> Iterator[tuple[np.ndarray, Trial | None]]:
    """Yields every frame, and with the first frame of each trial its :class:`Trial` (else None)."""
    index = 0
    w, h = size
    for t in range(trials):
        rng = random.Random(seed * 7919 + t)
        symbols = synth.pick_symbols(rng)
        label = synth.render_label(rng, symbols, human_text=symbols[0][0].code)
        empty = synth.background(rng, w, h)
        with_label = empty.copy()
        one_d = any(s in (synth.Symbology.CODE_128, synth.Symbology.CODE_39) for _, s in symbols)
        module_px, tilt = (rng.uniform(2.0, 3.2) if one_d else rng.uniform(2.2, 4.5)), rng.uniform(-35, 35)
        while not synth.place(rng, label, with_label, module_px, tilt):
            tilt, module_px = tilt * 0.7, module_px * 0.95
        for i in range(before + during):
            base = empty if i < before else with_label
            dx, dy = (rng.randint(-2, 2), rng.randint(-2, 2)) if i >= before else (0, 0)
            shaken = np.roll(base, (dy, dx), axis=(0, 1))
            frame = synth.degrade(rng, shaken.copy(), {}, module_px=module_px)
            trial = Trial(symbols[0][0].code, index, before + during) if i == before else None
            yield frame, trial
            index += 1
