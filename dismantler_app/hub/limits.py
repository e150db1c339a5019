"""What head office reads before it thinks: body size limits enforced while the body streams in, a JSON nesting
limit, and error answers that never echo what was sent.

:class:`BodyLimit` is ASGI middleware in front of every route: a ``Content-Length`` above the route's limit is
answered 413 before a byte of the body is read; a body without one (chunked) is counted as it arrives and refused
the moment it passes the limit, so a 1 GB upload costs head office one chunk of memory, not a gigabyte (issue 13:
the whole body used to be read first, 2.17 GB RSS for a 1 GB body). The limit is chosen per route, so parsing and
signature checks only ever see bodies of a size they were meant for.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

MAX_JSON_DEPTH = 64  # a batch is 5 levels deep, an event payload a few more
MAX_ECHO = 200  # characters of any message that goes back to a client
BUFFER_BELOW = 1024 * 1024  # bodies allowed up to this size are read whole before the route sees them

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class JsonRefused(ValueError):
    """A body that is not JSON head office will parse; ``code`` is ``malformed`` or ``too_deep``."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_ONE_KIND = bytes.maketrans(b"{}", b"[]")  # for depth, which bracket it is does not matter (the parser checks that)


def json_depth(body: bytes, *, stop_after: int = MAX_JSON_DEPTH) -> int:
    """How deep the brackets of a JSON text nest, outside strings, without parsing it (counted up to
    ``stop_after`` + 1). Escaped backslashes and quotes go first, so every quote left opens or closes a string and
    the text between odd and even quotes is outside them; of that only the brackets are kept, and each pass removes
    the innermost pairs, one level. All of it runs in C: about 2 ms for a 1,000-event batch (380 KiB), where walking
    the parsed objects took 20-40 ms and a regular expression over the strings 27 ms (measured on this project's
    2-core test machine)."""
    unescaped = body.replace(b"\\\\", b"").replace(b'\\"', b"")
    skeleton = b"".join(unescaped.split(b'"')[::2]).translate(_ONE_KIND, _NOT_BRACKETS)
    depth = 0
    while skeleton and depth <= stop_after:
        inner = skeleton.replace(b"[]", b"")
        if len(inner) == len(skeleton):
            break  # unbalanced: the parser will refuse it
        skeleton, depth = inner, depth + 1
    return depth


def loads_limited(body: bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` that answers a too-deep or broken body with :class:`JsonRefused`, never RecursionError; the
    depth is checked on the bytes, before anything is parsed."""
    if json_depth(body) > max_depth:
        raise JsonRefused("too_deep", f"JSON nested deeper than {max_depth} levels")
    try:
        return json.loads(body)
    except RecursionError as exc:  # cannot happen after the check above; kept so a parser change cannot give 500
        raise JsonRefused("too_deep", f"JSON nested deeper than {max_depth} levels") from exc
    except ValueError as exc:
        raise JsonRefused("malformed", "the body is not JSON") from exc


def short(text: object, limit: int = MAX_ECHO) -> str:
    """A message cut to ``limit`` characters: error answers never carry a client's large input back."""
    text = str(text)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


class _TooLarge(Exception):
    pass


async def _answer(send: Send, status: int, code: str, detail: str) -> None:
    body = json.dumps({"detail": {"code": code, "detail": detail}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware: ``limit_for(method, path)`` bytes at most per request body, enforced while reading."""

    def __init__(self, app: ASGIApp, *, limit_for: Callable[[str, str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["method"], scope["path"])
        too_large = f"a body for {scope['method']} {short(scope['path'], 80)} is at most {limit} bytes"
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                declared = value
        if declared is not None:
            if not declared.isdigit():
                await _answer(send, 400, "malformed", "Content-Length must be a number of bytes")
                return
            if int(declared) > limit:
                await _answer(send, 413, "too_large", too_large)
                return
        if limit <= BUFFER_BELOW:
            # Small bodies are read whole here, so that a route parsing JSON itself or through FastAPI sees either
            # the whole body or nothing, and an oversized chunked one gets 413 rather than a parse error.
            chunks, size, more = [], 0, True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return  # the client went away
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size > limit:
                    await _answer(send, 413, "too_large", too_large)
                    return
                more = message.get("more_body", False)
            whole = b"".join(chunks)
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": whole, "more_body": False}
                return await receive()

            await self.app(scope, replay, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except _TooLarge:
            if not started:
                await _answer(send, 413, "too_large", too_large)
