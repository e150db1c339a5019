"""Head office's ingest rate before and after a change, in one run: ``sync_bench.py --only drain`` from a tree of an
earlier commit and from this tree, alternated, so both meet the same machine load.

Run: ``.venv/bin/python benchmarks/ingest_before_after.py --before REF [--events 20000] [--rounds 3]``. The earlier
tree is exported with ``git archive`` into a temporary folder (its code, this venv). Prints each figure and the
medians, and writes them as JSON to ``--out`` (default ``benchmarks/results/ingest_before_after.json``).

Two figures per run: the drain's events/s (wall clock, as ``sync_bench.py`` prints it) and the CPU seconds the
benchmark process and head office's server process used (``RUSAGE_CHILDREN``; PostgreSQL's own processes are not
counted). On a machine shared with other work the wall-clock rate swings by a factor of two between identical runs;
the CPU seconds are the steadier measure of what a change costs.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_RATE = re.compile(r"drain: (\d+) events in (\d+) batches, ([\d.]+) s, ([\d,]+) events/s")


def _export(ref: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def _drain(tree: Path, events: int) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, str(tree / "benchmarks" / "sync_bench.py"), "--only", "drain", "--events", str(events)],
        capture_output=True,
        text=True,
        cwd=tree,
        env=env,
        timeout=3600,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = _RATE.search(done.stdout)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"the drain benchmark failed in {tree}:\n{done.stdout}\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return float(found.group(4).replace(",", "")), cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="the git commit or branch to compare with")
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "ingest_before_after.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        before_tree = _export(args.before, Path(folder))
        rates: dict[str, list[float]] = {"before": [], "after": []}
        cpu: dict[str, list[float]] = {"before": [], "after": []}
        for round_number in range(1, args.rounds + 1):
            for name, tree in (("before", before_tree), ("after", ROOT)):
                rate, seconds = _drain(tree, args.events)
                rates[name].append(rate)
                cpu[name].append(seconds)
                print(f"round {round_number} {name}: {rate:,.0f} events/s, {seconds:.1f} CPU s", flush=True)
    medians = {name: statistics.median(values) for name, values in rates.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    change = (medians["after"] - medians["before"]) / medians["before"] * 100
    cpu_change = (cpu_medians["after"] - cpu_medians["before"]) / cpu_medians["before"] * 100
    print(f"median before {medians['before']:,.0f} events/s, after {medians['after']:,.0f} events/s ({change:+.1f}%)")
    print(f"median CPU before {cpu_medians['before']:.1f} s, after {cpu_medians['after']:.1f} s ({cpu_change:+.1f}%)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "events": args.events,
        "before_ref": args.before,
        "rates": rates,
        "medians": medians,
        "cpu_seconds": cpu,
        "cpu_medians": cpu_medians,
    }
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
