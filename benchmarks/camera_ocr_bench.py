"""Camera benchmark: labels approaching the camera, and labels held too far then brought closer.

    python benchmarks/camera_ocr_bench.py [--trials 6] [--fps 8] [--out camera_ocr_bench.json]

Generated videos (:mod:`dismantler_app.scanning.synth`: one label with its symbol and printed code, in a workshop
scene, degraded like a webcam frame by frame) played to the frame decoder and the interpreter in simulated time:
frame k is captured at k/fps; a frame's events happen when its decoding ends (capture time + measured decode ms);
the OCR worker takes the newest unread frame when it is free, at most every 0.5 s, and its events happen at the end
of its measured OCR time. Scenarios:

- ``approaching``: the label comes from far (0.7 px per module at 720p) to near (3.2 px) in 4 s;
- ``held_far``: held at 0.9 px per module until the operator moves it closer (to 3 px in 1.5 s). Without guidance
  the operator moves after 4 s of nothing happening; with guidance 0.7 s after the first hint.

Variants: ``baseline`` (720p capture, symbols only, no guidance), ``full`` (1080p capture, cheap passes on a
1280-px copy and hard passes at full resolution, guidance, OCR). Reported: share of labels confirmed (a code
announced, from a symbol or a text VIN), share with the right battery code suggested from text (linked without a
question when the vehicle expects it), median seconds from the label entering view to confirmation, wrong
confirmations (must be 0).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from dismantler_app.scanning import synth
from dismantler_app.scanning.events import CodeConfirmed, FrameId, Guidance, TextSuggested
from dismantler_app.scanning.interpret import Frame, Interpreter
from dismantler_app.scanning.ocr import TextReader
from dismantler_app.scanning.pipeline import CAMERA_WORK_SIDE, FrameDecoder

OCR_INTERVAL_S = 0.5
TEXT_WINDOW_S = 4.0
MAX_S = 9.0


def _module_px(scenario: str, t: float, moved_at: float | None) -> float:
    if scenario == "approaching":
        return 0.7 + (3.2 - 0.7) * min(1.0, t / 4.0)
    if moved_at is None or t < moved_at:
        return 0.9
    return 0.9 + (3.0 - 0.9) * min(1.0, (t - moved_at) / 1.5)


def run_trial(seed: int, scenario: str, variant: str, fps: float, reader: TextReader | None) -> dict[str, object]:
    rng = random.Random(seed)
    symbols = synth.pick_symbols(rng)
    code = symbols[0][0].code
    label = synth.render_label(rng, symbols, human_text=code)
    full = variant == "full"
    w, h = (1920, 1080) if full else (1280, 720)
    scale = h / 720
    background = synth.background(random.Random(seed + 1), w, h)
    tilt = rng.uniform(-20, 20)
    decoder = FrameDecoder(work_side=CAMERA_WORK_SIDE if full else None)
    interpreter = Interpreter(keep_evidence=False)
    moved_at = None if full or scenario != "held_far" else 4.0
    ocr_free_at, last_ocr = 0.0, -1e9
    confirmed_at: float | None = None
    suggested_at: float | None = None
    wrong = 0
    hints = 0
    k = 0
    while k / fps < MAX_S and confirmed_at is None:
        t = k / fps
        scene = background.copy()
        module = _module_px(scenario, t, moved_at) * scale
        synth.place(random.Random(seed + 2), label, scene, module, tilt)
        image = synth.degrade(random.Random(seed * 1000 + k), scene, {}, module_px=module)
        frame = Frame(FrameId(k + 1), t, image)
        result = decoder.decode(image)
        done = t + result.ms / 1000
        events = interpreter.interpret(frame, result)
        if full and not result.symbols:
            guidance = interpreter.guide(frame, result)
            events += guidance
            if guidance and moved_at is None and scenario == "held_far":
                moved_at = done + 0.7  # the operator reacts to the hint
            hints += len(guidance)
            if reader is not None and t >= ocr_free_at and t - last_ocr >= OCR_INTERVAL_S:
                text = reader.read(image, result.unread)
                last_ocr, ocr_free_at = t, t + text.ms / 1000
                for event in interpreter.interpret_text(frame, text, window_s=TEXT_WINDOW_S):
                    events.append((event, ocr_free_at))  # type: ignore[arg-type]
        for item in events:
            event, at = item if isinstance(item, tuple) else (item, done)
            if isinstance(event, CodeConfirmed):
                if event.classification.code == code:
                    confirmed_at = at if confirmed_at is None else min(confirmed_at, at)
                else:
                    wrong += 1
            elif isinstance(event, TextSuggested) and event.code == code and suggested_at is None:
                suggested_at = at
            elif isinstance(event, Guidance):
                pass
        k += 1
    return {
        "seed": seed,
        "scenario": scenario,
        "variant": variant,
        "code": code,
        "confirmed_s": confirmed_at,
        "suggested_s": suggested_at,
        "wrong": wrong,
        "hints": hints,
        "frames": k,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=6)
    parser.add_argument("--fps", type=float, default=8.0)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=Path("camera_ocr_bench.json"))
    args = parser.parse_args()
    reader = TextReader()
    trials = []
    started = time.perf_counter()
    for scenario in ("approaching", "held_far"):
        for variant in ("baseline", "full"):
            for i in range(args.trials):
                trials.append(
                    run_trial(args.seed * 100 + i, scenario, variant, args.fps, reader if variant == "full" else None)
                )
                print(f"{len(trials)} trials, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    rows = []
    print(f"{'scenario':12} {'variant':9} {'n':>3} {'confirmed':>9} {'suggested':>9} {'median s':>8} {'wrong':>5}")
    for scenario in ("approaching", "held_far"):
        for variant in ("baseline", "full"):
            group = [t for t in trials if t["scenario"] == scenario and t["variant"] == variant]
            times = [t["confirmed_s"] for t in group if t["confirmed_s"] is not None]
            suggested = [t for t in group if t["confirmed_s"] is None and t["suggested_s"] is not None]
            row = {
                "scenario": scenario,
                "variant": variant,
                "trials": len(group),
                "confirmed": len(times),
                "suggested_only": len(suggested),
                "median_s": round(statistics.median(times), 2) if times else None,
                "wrong": sum(t["wrong"] for t in group),  # type: ignore[misc]
            }
            rows.append(row)
            median = f"{row['median_s']:.2f}" if times else "-"
            print(
                f"{scenario:12} {variant:9} {len(group):3d} {len(times) / len(group):9.0%} "
                f"{len(suggested) / len(group):9.0%} {median:>8} {row['wrong']:5d}"
            )
    args.out.write_text(json.dumps({"rows": rows, "trials": trials}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
