"""A throwaway PostgreSQL cluster for the sync benchmark and the hub and sync tests: ``initdb`` and ``pg_ctl`` from
Debian's packages in a temp folder.

One cluster per process (started on first use, stopped at exit); each test or benchmark run gets its own database
created in it. ``fsync=off``: the cluster is thrown away, so durability would only measure the disk. As root the
server runs as the unprivileged ``postgres`` user, because postgres refuses root.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"PostgreSQL's {name} is not installed: apt-get install postgresql")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="hub-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "hub", "-E", "UTF8", "--no-sync")
        options = f"-k {self.root} -p {self.port} -h 127.0.0.1 -c fsync=off -c max_connections=200"
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"), "-o", options, "-w", "start")
        atexit.register(self.stop)

    def _run(self, *argv: str) -> None:
        command = ["runuser", "-u", "postgres", "--", *argv] if self._as_root else list(argv)
        subprocess.run(command, check=True, capture_output=True)

    def dsn(self, dbname: str = "postgres") -> str:
        return f"postgresql://hub@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        name = "hub_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn(name)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


class Replica:
    """A streaming replica of ``primary`` on its own loopback port: ``pg_basebackup -R`` (which writes
    ``primary_conninfo`` and ``standby.signal``) and ``hot_standby`` so that it answers reads. PostgreSQL's own
    physical replication; the primary's defaults (``wal_level=replica``, ``max_wal_senders=10``, initdb's
    ``host replication all 127.0.0.1/32 trust``) already allow it."""

    def __init__(self, primary: Cluster) -> None:
        self.primary = primary
        self.root = Path(tempfile.mkdtemp(prefix="hub-pg-replica-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as_root = primary._as_root
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(_bin("pg_basebackup"), "-h", "127.0.0.1", "-p", str(primary.port), "-U", "hub", "-D",
                  str(self.data), "-R", "-X", "stream", "--no-sync", "--checkpoint=fast")  # fmt: skip
        # --checkpoint=fast: the default spread checkpoint waits up to checkpoint_timeout x 0.9 (4.5 min) when the
        # primary holds unwritten pages, which after a test suite's worth of writes it does.
        # max_connections at least the primary's: a standby refuses to start with fewer.
        options = f"-k {self.root} -p {self.port} -h 127.0.0.1 -c fsync=off -c hot_standby=on -c max_connections=200"
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"), "-o", options, "-w", "start")
        atexit.register(self.stop)

    def _run(self, *argv: str) -> None:
        command = ["runuser", "-u", "postgres", "--", *argv] if self._as_root else list(argv)
        subprocess.run(command, check=True, capture_output=True)

    def dsn(self, dbname: str = "postgres") -> str:
        return f"postgresql://hub@127.0.0.1:{self.port}/{dbname}"

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


_cluster: Cluster | None = None


def cluster() -> Cluster:
    global _cluster
    if _cluster is None:
        _cluster = Cluster()
    return _cluster
