"""A loopback HTTP proxy in front of head office that drops, delays, duplicates and reorders batch requests.

Deterministic (seeded). "Drop after" forwards the request and loses the answer: head office committed, the yard
never heard. "Reorder" keeps a copy of a request and delivers it later, after newer ones.
"""

from __future__ import annotations

import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from benchmarks.pg_cluster import free_port


class FlakyProxy:
    def __init__(self, upstream: str, *, seed: int = 7) -> None:
        self.upstream = upstream
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.held: list[tuple[str, str, bytes, dict[str, str]]] = []
        self.faults: dict[str, int] = {}
        self.port = free_port()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in {"host", "content-length"}}
                fault = proxy.choose() if self.path.startswith("/v1/batches") else "pass"
                if fault == "drop_before":
                    self.close_connection = True
                    return
                if fault == "delay":
                    time.sleep(0.2)
                if fault == "reorder":
                    with proxy.lock:
                        proxy.held.append((self.command, self.path, body, headers))
                elif proxy.held and proxy.rng.random() < 0.5:
                    with proxy.lock:
                        stale = proxy.held.pop(0)
                    proxy.send(*stale)
                response = proxy.send(self.command, self.path, body, headers)
                if fault == "duplicate":
                    response = proxy.send(self.command, self.path, body, headers)
                if fault == "drop_after":
                    self.close_connection = True
                    return
                self.send_response(response.status_code)
                self.send_header("Content-Type", response.headers.get("content-type", "application/json"))
                self.send_header("Content-Length", str(len(response.content)))
                self.end_headers()
                self.wfile.write(response.content)

            do_GET = do_POST = do_PUT = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def choose(self) -> str:
        with self.lock:
            fault = self.rng.choice(["pass", "drop_before", "drop_after", "delay", "duplicate", "reorder"])
            self.faults[fault] = self.faults.get(fault, 0) + 1
            return fault

    def send(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        return httpx.request(method, self.upstream + path, content=body, headers=headers, timeout=30)

    def flush(self) -> None:
        """Delivers every held (reordered) request, late."""
        while self.held:
            self.send(*self.held.pop(0))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.shutdown()
