"""OCR benchmark: frames whose symbol cannot be read, text-only frames, and control frames whose symbol reads.

    python benchmarks/ocr_bench.py [--frames 1000] [--seed 3] [--out ocr_bench.json] [--fail-dir DIR] [--shard K/N]
    python benchmarks/ocr_bench.py --merge shard0.json shard1.json ... --out ocr_bench.json

Frames are generated with :mod:`dismantler_app.scanning.synth`'s public functions (labels with a symbol and the
printed code under it, placed in a workshop scene, degraded like a webcam), at 720p and 1080p, in families:

- ``small``: the symbol at 0.7-1.2 px per module (too small for any barcode reader), the text ~4-9 px tall;
- ``blurred``: defocus blur of sigma 1.8-3 px over the frame;
- ``scratched``: thick scratches and paint over the symbol;
- ``cropped``: the symbol's right half lost (a torn or folded label);
- ``vin_sticker``: a door-pillar sticker with the VIN printed and no symbol;
- ``licence``: a driving-licence style card (行驶证): several printed lines, one of them the VIN after its label;
- ``control``: an ordinary frame whose symbol reads (OCR must add nothing there).

Two pipelines on every frame, in the same run: ``symbol`` (``scan-image`` without OCR) and ``symbol+ocr``
(``scan-image`` as shipped: OCR only when the symbols gave no code). Counted per family: confirmed reads of the
right code (a code under ``codes``), wrong confirmed codes (must be 0), suggestions right and wrong (unconfirmed
text reads, for the operator to confirm), median and 90th-percentile ms per frame. The resident memory the OCR
models add is measured once (``VmRSS`` before loading and after the run).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2
import numpy as np

from dismantler_app.scanning import synth
from dismantler_app.scanning.ocr import TextReader
from dismantler_app.scanning.single_image import read_picture
from dismantler_app.scanning.symbols import Symbology
from dismantler_app.scanning.synth_payloads import random_vin

FAMILIES = ("small", "blurred", "scratched", "cropped", "vin_sticker", "licence", "control")
WEIGHTS = (0.17, 0.17, 0.16, 0.14, 0.12, 0.09, 0.15)
SIZES = ((1280, 720), (1920, 1080))
_LICENCE_LINES = ("中华人民共和国机动车行驶证", "号牌号码 沪A·D12345", "车辆类型 小型轿车", "品牌型号 比亚迪 BYD7152")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _scene(rng: random.Random, label: np.ndarray, size: tuple[int, int], module_px: float, tilt: float) -> np.ndarray:
    w, h = size
    scene = synth.background(rng, w, h)
    while not synth.place(rng, label, scene, module_px, tilt):
        tilt, module_px = tilt * 0.7, module_px * 0.9
    return scene


def _damage_symbol_row(rng: random.Random, label: np.ndarray, how: str) -> np.ndarray:
    """Scratches or a missing half over the symbol row of a label (between the text blocks)."""
    label = label.copy()
    h, w = label.shape[:2]
    top, bottom = int(h * 0.22), int(h * 0.72)
    if how == "cropped":
        label[top:bottom, w // 2 :] = 255
        return label
    for _ in range(rng.randint(5, 9)):
        y0, y1 = rng.randint(top, bottom), rng.randint(top, bottom)
        cv2.line(label, (rng.randint(0, w // 3), y0), (rng.randint(2 * w // 3, w), y1), rng.choice((0, 255)), 10)
    cv2.rectangle(label, (w // 4, top + (bottom - top) // 3), (w // 2, top + (bottom - top) // 2), 90, -1)
    return label


def make_frame(seed: int, family: str) -> tuple[np.ndarray, str, str]:
    """(BGR frame, the code it holds, the family)."""
    rng = random.Random(seed)
    size = rng.choice(SIZES)
    scale = size[1] / 720
    conditions: dict[str, float | str] = {}
    if family == "control":
        frame, truth = synth.render_frame(rng.getrandbits(48), size=size)
        return frame, truth.symbols[0].code, family
    if family in ("vin_sticker", "licence"):
        vin = random_vin(rng)
        if family == "vin_sticker":
            label = synth.render_label(rng, [], human_text=f"VIN {vin}" if rng.random() < 0.5 else vin)
            module_px = rng.uniform(2.2, 4.0) * scale
        else:
            card = synth.render_label(rng, [], human_text=f"车辆识别代号 {vin}")
            heading = synth.render_label(rng, [], human_text=rng.choice(_LICENCE_LINES))
            width = max(card.shape[1], heading.shape[1])
            pad = lambda a: cv2.copyMakeBorder(a, 0, 0, 0, width - a.shape[1], cv2.BORDER_CONSTANT, value=255)  # noqa: E731
            label = np.vstack([pad(heading), pad(card)])
            module_px = rng.uniform(2.0, 3.4) * scale
        scene = _scene(rng, label, size, module_px, rng.uniform(-12, 12))
        return synth.degrade(rng, scene, conditions, module_px=module_px), vin, family
    symbols = synth.pick_symbols(rng)
    code = symbols[0][0].code
    label = synth.render_label(rng, symbols, human_text=code)
    one_d = any(s in (Symbology.CODE_128, Symbology.CODE_39) for _, s in symbols)
    if family in ("scratched", "cropped"):
        label = _damage_symbol_row(rng, label, family)
    if family == "small":
        module_px = rng.uniform(0.7, 1.2) * scale
    else:
        module_px = (rng.uniform(1.7, 3.2) if one_d else rng.uniform(2.0, 4.5)) * scale
    scene = _scene(rng, label, size, module_px, rng.uniform(-25, 25))
    frame = synth.degrade(rng, scene, conditions, module_px=module_px)
    if family == "blurred":
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(1.8, 3.0) * scale)
    return frame, code, family


def _outcome(report, code: str) -> dict[str, object]:
    codes = [c.code for c, _ in report.codes] + [t.printed.code for t in report.text if t.printed.trusted]
    suggestions = [t.printed.code for t in report.text if not t.printed.trusted]
    return {
        "read": code in codes,
        "wrong": [c for c in codes if c != code],
        "suggested_right": code in suggestions,
        "suggested_wrong": [s for s in suggestions if s != code],
        "ocr_ran": bool(report.text) or any(e.startswith("ocr") for e in report.errors),
    }


def _table(records: list[dict], memory: dict, failures: list[dict]) -> dict[str, object]:
    """The per-family table from per-frame records (so that shards run in parallel merge exactly)."""
    stats: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in records:
        stats[(r["family"], r["pipeline"])].append(r)
    rows = []
    print(
        f"{'family':12} {'pipeline':11} {'n':>4} {'read':>6} {'wrong':>5} {'sugg ok':>7} {'sugg bad':>8} "
        f"{'med ms':>7} {'p90 ms':>7} {'1080p med':>9} {'cpu med':>7}"
    )
    for family in (*FAMILIES, "all"):
        for pipeline in ("symbol", "symbol+ocr"):
            b = [r for r in records if r["pipeline"] == pipeline] if family == "all" else stats.get((family, pipeline))
            if not b:
                continue
            n = len(b)
            ms = sorted(r["ms"] for r in b)
            hd = [r["ms"] for r in b if r["height"] == "1080p"]
            row = {
                "family": family,
                "pipeline": pipeline,
                "frames": n,
                "read": sum(r["read"] for r in b),
                "wrong_confirmed": sum(len(r["wrong"]) for r in b),
                "suggested_right": sum(r["suggested_right"] for r in b),
                "suggested_wrong": sum(len(r["suggested_wrong"]) for r in b),
                "median_ms": round(statistics.median(ms), 1),
                "p90_ms": round(ms[int(0.9 * (n - 1))], 1),
                "median_ms_1080p": round(statistics.median(hd), 1) if hd else None,
                "median_cpu_ms": round(statistics.median(r["cpu_ms"] for r in b), 1),
            }
            rows.append(row)
            print(
                f"{family:12} {pipeline:11} {n:4d} {row['read'] / n:6.0%} {row['wrong_confirmed']:5d} "
                f"{row['suggested_right']:7d} {row['suggested_wrong']:8d} {row['median_ms']:7.0f} "
                f"{row['p90_ms']:7.0f} {row['median_ms_1080p'] or 0:9.0f} {row['median_cpu_ms']:7.0f}"
            )
    return {"rows": rows, "memory": memory, "failures": failures, "frames": records}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("ocr_bench.json"))
    parser.add_argument("--fail-dir", type=Path, help="write the frames still unread here (for looking at)")
    parser.add_argument("--shard", default="0/1", help="K/N: only frames i with i %% N == K (run N in parallel)")
    parser.add_argument("--merge", type=Path, nargs="+", help="merge the JSON of shards into --out and print it")
    args = parser.parse_args()

    if args.merge:
        parts = [json.loads(p.read_text()) for p in args.merge]
        records = sorted((r for p in parts for r in p["frames"]), key=lambda r: (r["index"], r["pipeline"]))
        failures = sorted((f for p in parts for f in p["failures"]), key=lambda f: f["index"])
        memory = {"shards": [p["memory"] for p in parts]}
        args.out.write_text(json.dumps(_table(records, memory, failures), indent=1))
        return 0

    shard, shards = (int(x) for x in args.shard.split("/"))
    rss_before = _rss_mb()
    reader = TextReader()
    loaded_at = time.perf_counter()
    reader.engine()
    load_s = time.perf_counter() - loaded_at
    rss_loaded = _rss_mb()
    rng = random.Random(args.seed)
    records: list[dict] = []
    failures = []
    for i in range(args.frames):
        family = rng.choices(FAMILIES, WEIGHTS)[0]
        seed = rng.getrandbits(48)  # drawn for every frame, so that every shard sees the same sequence
        if i % shards != shard:
            continue
        frame, code, family = make_frame(seed, family)
        height = f"{frame.shape[0]}p"
        for pipeline, ocr in (("symbol", None), ("symbol+ocr", reader)):
            started, cpu = time.perf_counter(), time.process_time()
            report = read_picture(frame, ocr=ocr)
            ms = (time.perf_counter() - started) * 1000
            cpu_ms = (time.process_time() - cpu) * 1000
            outcome = _outcome(report, code)
            records.append(
                {
                    "index": i,
                    "family": family,
                    "height": height,
                    "pipeline": pipeline,
                    "ms": round(ms, 1),
                    "cpu_ms": round(cpu_ms, 1),
                    **outcome,
                }
            )
            if pipeline == "symbol+ocr" and not outcome["read"] and not outcome["suggested_right"]:
                failures.append({"index": i, "family": family, "code": code, "height": height})
                if args.fail_dir:
                    args.fail_dir.mkdir(parents=True, exist_ok=True)
                    cv2.imwrite(str(args.fail_dir / f"{i:04d}_{family}.jpg"), frame)
        if len(records) % 20 == 0:
            print(f"{len(records) // 2} frames", file=sys.stderr, flush=True)
            # what is done so far, so that a run cut short still merges (its frame count says how far it got)
            partial = {"rows": [], "memory": {}, "failures": failures, "frames": records, "partial": True}
            args.out.write_text(json.dumps(partial))
    rss_after = _rss_mb()
    memory = {
        "rss_before_mb": round(rss_before, 1),
        "rss_models_loaded_mb": round(rss_loaded, 1),
        "rss_after_mb": round(rss_after, 1),
        "model_load_s": round(load_s, 2),
    }
    print(
        f"resident memory: {rss_before:.0f} MB before the OCR models, {rss_loaded:.0f} MB with them loaded, "
        f"{rss_after:.0f} MB after the run; models loaded in {load_s:.1f} s"
    )
    args.out.write_text(json.dumps(_table(records, memory, failures), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
