"""Certificate rendering speed: median milliseconds per certificate, and a 1,000-certificate batch in one PDF.

Run: ``.venv/bin/python benchmarks/certificate_bench.py [--out benchmarks/out/certificate_bench.json]``.
Target (issue 5): median <= 50 ms per certificate. Fonts are registered before timing (a once-per-process cost,
reported separately).

Verification (issue 13): median milliseconds for what ``dismantler certificate verify FILE.pdf`` does with a
one-certificate PDF (read the text layer and the embedded content, rasterise the QR corner with pdftoppm, decode it,
check the signature, compare every printed field). Target <= 200 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from dismantler_app.certificates.render import render_certificate, render_certificates
from dismantler_app.certificates.samples import sample_document, sample_key
from dismantler_app.certificates.typeface import register_fonts
from dismantler_app.certificates.verification import verify_certificate_file
from dismantler_app.domain.records import Market

TARGET_MS = 50.0
VERIFY_TARGET_MS = 200.0


def _cpu_ms(before: os.times_result, after: os.times_result) -> float:
    fields = ("user", "system", "children_user", "children_system")
    return sum(getattr(after, f) - getattr(before, f) for f in fields) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/certificate_bench.json"))
    parser.add_argument("--single", type=int, default=60, help="single-certificate renders to time")
    parser.add_argument("--batch", type=int, default=1000, help="certificates in the batch")
    parser.add_argument("--verify", type=int, default=20, help="verifications of one PDF to time")
    args = parser.parse_args()
    key = sample_key()
    # The build machine is shared: the load average says how far the figures are from an idle PC's.
    load_before = os.getloadavg()
    started = time.perf_counter()
    register_fonts()
    font_ms = (time.perf_counter() - started) * 1000
    cases = {
        "cn_2_packs": sample_document(Market.CN, pack_count=2),
        "eu_1_pack": sample_document(Market.EU, pack_count=1),
        "cn_12_packs": sample_document(Market.CN, pack_count=12),
    }
    single: dict[str, dict[str, float]] = {}
    for name, doc in cases.items():
        render_certificate(doc, private_key=key)  # warm-up: first use of each glyph set
        times = []
        for _ in range(args.single):
            t0 = time.perf_counter()
            render_certificate(doc, private_key=key)
            times.append((time.perf_counter() - t0) * 1000)
        single[name] = {"median_ms": statistics.median(times), "p90_ms": sorted(times)[int(len(times) * 0.9)]}
    verify: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in ("cn_2_packs", "eu_1_pack"):
            path = Path(folder) / f"{name}.pdf"
            path.write_bytes(render_certificate(cases[name], private_key=key))
            [first] = verify_certificate_file(path, [key.public_key()])  # warm-up, and a check it verifies
            if not first.valid:
                raise SystemExit(f"the {name} sample does not verify; nothing to time")
            times, cpu = [], []
            for _ in range(args.verify):
                t0, c0 = time.perf_counter(), os.times()
                verify_certificate_file(path, [key.public_key()])
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append(_cpu_ms(c0, os.times()))
            verify[name] = {
                "median_ms": statistics.median(times),
                "p90_ms": sorted(times)[int(len(times) * 0.9)],
                # this process and its pdftoppm/pdftotext children: what the wall time would be on an idle PC
                "median_cpu_ms": statistics.median(cpu),
            }
    docs = [sample_document(Market.CN, pack_count=1 + n % 3, sequence=n + 1) for n in range(args.batch)]
    t0 = time.perf_counter()
    pdf = render_certificates(docs, private_key=key)
    batch_s = time.perf_counter() - t0
    result = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "load_average_before": [round(v, 2) for v in load_before],
        "load_average_after": [round(v, 2) for v in os.getloadavg()],
        "font_registration_ms": round(font_ms, 1),
        "single": {k: {m: round(v, 2) for m, v in d.items()} for k, d in single.items()},
        "target_ms": TARGET_MS,
        "meets_target": all(d["median_ms"] <= TARGET_MS for d in single.values()),
        "verify_pdf": {k: {m: round(v, 2) for m, v in d.items()} for k, d in verify.items()},
        "verify_target_ms": VERIFY_TARGET_MS,
        "verify_meets_target": all(d["median_ms"] <= VERIFY_TARGET_MS for d in verify.values()),
        "batch": {
            "certificates": args.batch,
            "seconds": round(batch_s, 2),
            "ms_per_certificate": round(batch_s * 1000 / args.batch, 2),
            "pdf_bytes": len(pdf),
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    for name, d in single.items():
        print(f"{name:12s} median {d['median_ms']:6.1f} ms   p90 {d['p90_ms']:6.1f} ms   (target <= {TARGET_MS:.0f})")
    for name, d in verify.items():
        print(
            f"verify PDF {name:12s} median {d['median_ms']:6.1f} ms   p90 {d['p90_ms']:6.1f} ms   "
            f"CPU median {d['median_cpu_ms']:6.1f} ms   (target <= {VERIFY_TARGET_MS:.0f})"
        )
    print(
        f"batch of {args.batch}: {batch_s:.1f} s, {result['batch']['ms_per_certificate']} ms per certificate, "
        f"{len(pdf) / 1e6:.1f} MB"
    )
    print(f"font registration (once per process): {font_ms:.0f} ms; written {args.out}")
    print(f"load average (1/5/15 min) before {result['load_average_before']}, after {result['load_average_after']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
