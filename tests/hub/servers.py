"""Head office served for tests: a migrated PostgreSQL database and uvicorn on a loopback port, in a thread or in a
separate process (the process can be SIGKILLed for fault injection)."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn

from benchmarks.pg_cluster import cluster, free_port
from dismantler_app.domain.clock import Clock
from dismantler_app.hub.app import create_app
from dismantler_app.hub.database import apply_migrations, connect
from dismantler_app.hub.yards import HubKeys, create_enrolment_token, ensure_hub_keys


def new_hub_database() -> tuple[str, HubKeys]:
    dsn = cluster().new_database()
    apply_migrations(dsn)
    with connect(dsn, autocommit=True) as conn:
        keys = ensure_hub_keys(conn)
    return dsn, keys


def enrolment_token(dsn: str, name: str) -> str:
    with connect(dsn, autocommit=True) as conn:
        return create_enrolment_token(conn, name)


def _wait_healthy(url: str, *, timeout_s: float = 90.0, verify: bool | str = True) -> None:
    # Generous: the limit only matters when the hub never comes up, and uvicorn starts slowly on two busy cores.
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            context = ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
            if httpx.get(url + "/health", timeout=1.0, verify=context).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"head office at {url} did not come up")


@dataclass
class ThreadedHub:
    dsn: str
    port: int = field(default_factory=free_port)
    tls: tuple[Path, Path, Path] | None = None  # (CA, certificate chain, key): serve HTTPS
    clock: Clock | None = None  # head office's clock (the system clock when None)
    console_read_dsn: str | None = None  # a replica the console reads from

    def __post_init__(self) -> None:
        self.app = create_app(self.dsn, clock=self.clock, console_read_dsn=self.console_read_dsn)
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            ssl_certfile=str(self.tls[1]) if self.tls else None,
            ssl_keyfile=str(self.tls[2]) if self.tls else None,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        _wait_healthy(self.url, verify=str(self.tls[0]) if self.tls else True)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@dataclass
class ProcessHub:
    """``dismantler hub serve`` in its own process, so a test can SIGKILL it mid-transaction."""

    dsn: str
    port: int = field(default_factory=free_port)
    tls: tuple[Path, Path, Path] | None = None  # (CA, certificate chain, key): serve HTTPS

    def __post_init__(self) -> None:
        self.start()

    def start(self) -> None:
        argv = [sys.executable, "-m", "dismantler_app", "hub", "serve", "--db", self.dsn, "--port", str(self.port)]
        if self.tls is not None:
            argv += ["--tls-cert", str(self.tls[1]), "--tls-key", str(self.tls[2])]
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _wait_healthy(self.url, verify=str(self.tls[0]) if self.tls else True)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def rss_bytes(self, field: str = "VmRSS") -> int:
        """The server process's resident memory (``VmRSS``) or its peak so far (``VmHWM``), from /proc."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        for line in status.splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        raise RuntimeError(f"no {field} in /proc/{self.process.pid}/status")

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
