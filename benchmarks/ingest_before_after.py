"""Head office's ingest rate before and after a change, in one run: ``sync_bench.py --only drain`` from a tree of an
earlier commit and from this tree, alternated, so both meet the same machine load.

Run: ``.venv/bin/python benchmarks/ingest_before_after.py --before REF [--events 20000] [--rounds 3]``. The earlier
tree is exported with ``git archive`` into a temporary folder (its code, this venv). Prints each figure and the
medians, and writes them as JSON to ``--out`` (default ``benchmarks/out/ingest_before_after.json``).

With ``--hub``, each round also measures head office's ingest alone, in process: the same scan-only batches of 1,000
events signed beforehand and handed to ``receive_batch`` one after another (decode, verify, ingest, projections,
summaries), with the CPU seconds of that process and of its PostgreSQL backend: the drain's figures also hold the
yard's side of sync (reading the outbox, audit heads, signing, HTTP), which a change at head office does not touch.

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


# Run inside each tree (its code first on sys.path): prints "hub: <events/s> <CPU s>".
_HUB_PROBE = r"""
import json, os, sys, time, uuid
from benchmarks.pg_cluster import cluster
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from dismantler_app.hub.database import apply_migrations, connect
from dismantler_app.hub.ingest import receive_batch
from dismantler_app.hub.yards import create_enrolment_token, enrol_yard, ensure_hub_keys, load_hub_keys
from dismantler_app.sync.batch import cut_batches, encode_batch_bytes
from dismantler_app.sync.keys import load_sealing_public_key, public_key_text
from dismantler_app.sync.wire import DbEpoch, EventId, SiteId, WireEvent
try:
    from dismantler_app.hub.limits import loads_limited
except ImportError:
    loads_limited = json.loads
def backend_cpu(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
n_events = int(sys.argv[1])
dsn = cluster().new_database()
apply_migrations(dsn)
key, site, epoch = Ed25519PrivateKey.generate(), uuid.uuid4().hex, uuid.uuid4().hex
with connect(dsn, autocommit=True) as conn:
    ensure_hub_keys(conn)
    keys = load_hub_keys(conn)
    enrol_yard(conn, token=create_enrolment_token(conn, "Bench"), site_id=site, public_key=public_key_text(key))
events = [WireEvent(site_id=SiteId(site), db_epoch=DbEpoch(epoch), sequence=n + 1, event_id=EventId(uuid.uuid4().hex),
                    type="pack.scanned", payload={"entity_id": uuid.uuid4().hex, "intake_id": f"i{n // 2}",
                    "vin": f"V{n // 2:016d}", "code": f"{n:024d}", "result": "pack_recorded"},
                    created_at="2026-12-01T10:00:00+00:00", tx_id=uuid.uuid4().hex) for n in range(n_events)]
sealing = load_sealing_public_key(keys.sealing_public)
bodies = [encode_batch_bytes(b, signing_key=key, hub_sealing_key=sealing)
          for b in cut_batches(events, epoch_first_sequence=1, max_events=1000)]
with connect(dsn, autocommit=True) as conn:
    pid = conn.info.backend_pid
    cpu, started = time.process_time() + backend_cpu(pid), time.perf_counter()
    for body in bodies:
        receive_batch(conn, sealing_key=keys.sealing, data=loads_limited(body), via="http")
    wall, cpu = time.perf_counter() - started, time.process_time() + backend_cpu(pid) - cpu
print(f"hub: {n_events / wall:.0f} {cpu:.3f}")
"""


def _hub_alone(tree: Path, events: int) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    code = f"import sys; sys.path.insert(0, {str(tree)!r})\n" + _HUB_PROBE
    done = subprocess.run([sys.executable, "-c", code, str(events)], capture_output=True, text=True, cwd=tree,
                          env=env, timeout=1800, check=False)  # fmt: skip
    found = re.search(r"hub: (\d+) ([\d.]+)", done.stdout)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"the hub probe failed in {tree}:\n{done.stdout}\n{done.stderr[-2000:]}")
    return float(found.group(1)), float(found.group(2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="the git commit or branch to compare with")
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--hub", action="store_true", help="also measure head office's ingest alone, in process")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "ingest_before_after.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        before_tree = _export(args.before, Path(folder))
        rates: dict[str, list[float]] = {"before": [], "after": []}
        cpu: dict[str, list[float]] = {"before": [], "after": []}
        hub: dict[str, list[list[float]]] = {"before": [], "after": []}
        for round_number in range(1, args.rounds + 1):
            for name, tree in (("before", before_tree), ("after", ROOT)):
                rate, seconds = _drain(tree, args.events)
                rates[name].append(rate)
                cpu[name].append(seconds)
                print(f"round {round_number} {name}: {rate:,.0f} events/s, {seconds:.1f} CPU s", flush=True)
                if args.hub:
                    hub[name].append(list(_hub_alone(tree, args.events)))
                    alone, hub_cpu = hub[name][-1]
                    print(f"round {round_number} {name}, head office alone: {alone:,.0f} events/s, "
                          f"{args.events / hub_cpu:,.0f} events per CPU second", flush=True)  # fmt: skip
    medians = {name: statistics.median(values) for name, values in rates.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    change = (medians["after"] - medians["before"]) / medians["before"] * 100
    cpu_change = (cpu_medians["after"] - cpu_medians["before"]) / cpu_medians["before"] * 100
    print(f"median before {medians['before']:,.0f} events/s, after {medians['after']:,.0f} events/s ({change:+.1f}%)")
    print(f"median CPU before {cpu_medians['before']:.1f} s, after {cpu_medians['after']:.1f} s ({cpu_change:+.1f}%)")
    if args.hub:
        result_hub = {
            name: {
                "events_per_s": statistics.median(r[0] for r in runs),
                "events_per_cpu_s": statistics.median(args.events / r[1] for r in runs),
                "runs": runs,
            }
            for name, runs in hub.items()
        }
        for name, figures in result_hub.items():
            print(f"head office alone, median {name}: {figures['events_per_s']:,.0f} events/s, "
                  f"{figures['events_per_cpu_s']:,.0f} events per CPU second")  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "events": args.events,
        "before_ref": args.before,
        "rates": rates,
        "medians": medians,
        "cpu_seconds": cpu,
        "cpu_medians": cpu_medians,
    }
    if args.hub:
        result["head_office_alone"] = result_hub
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
