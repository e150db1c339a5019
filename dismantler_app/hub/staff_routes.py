"""Head office's staff doors: sign-in and sign-out (a double-submit CSRF token, a strict HTTP-only session cookie),
the admin page, and ``/metrics`` (a staff session or a bearer token for Prometheus). After sign-in staff land on the
console's home page, the search."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from dismantler_app.hub.admin import admin_page, metrics_text, sign_in_page
from dismantler_app.hub.auth import (
    CSRF_COOKIE,
    CSRF_FIELD,
    SESSION_COOKIE,
    HubRole,
    HubSession,
    HubUserRefused,
    same_token,
)
from dismantler_app.hub.http_context import HubHttp, form_fields, refuse_foreign_origin, set_cookie

HOME = "/console/search"


def staff_router(http: HubHttp) -> APIRouter:
    router = APIRouter()

    @router.get("/metrics", response_class=PlainTextResponse)
    def metrics(request: Request) -> str:
        authorization = request.headers.get("authorization", "")
        bearer = authorization[7:].strip() if authorization[:7].lower() == "bearer " else ""
        with http.pool.connection() as conn:
            allowed = http.gate.metrics_token_ok(conn, bearer) if bearer else False
        if not allowed:
            session = http.staff_session(request)
            allowed = session is not None and session.may(HubRole.VIEWER)
        if not allowed:
            raise HTTPException(
                401,
                {"code": "unauthenticated", "detail": "metrics need a bearer token ('dismantler hub metrics-token')"},
                headers={"WWW-Authenticate": 'Bearer realm="head office"'},
            )
        with http.pool.connection() as conn, http.counter_lock:
            return metrics_text(conn, dict(http.counters))

    @router.get("/admin", response_class=HTMLResponse)
    def admin(request: Request) -> Response:
        session = http.staff_session(request)
        if session is None or not session.may(HubRole.VIEWER):
            return RedirectResponse("/signin", status_code=303)
        with http.pool.connection() as conn:
            return HTMLResponse(admin_page(conn, user=session.user, csrf_token=session.csrf_token))

    @router.get("/signin", response_class=HTMLResponse)
    def sign_in_form(request: Request) -> Response:
        # Double-submit token: the form carries the cookie's value, which another site can neither read nor set.
        csrf = request.cookies.get(CSRF_COOKIE, "") or secrets.token_urlsafe(24)
        response = HTMLResponse(sign_in_page(csrf_token=csrf))
        set_cookie(response, request, CSRF_COOKIE, csrf, max_age=3600)
        return response

    @router.post("/signin")
    async def sign_in(request: Request) -> Response:
        refuse_foreign_origin(request)
        fields = form_fields(await request.body())
        if not same_token(fields.get(CSRF_FIELD, ""), request.cookies.get(CSRF_COOKIE, "")):
            raise HTTPException(403, {"code": "csrf", "detail": "the form expired: open /signin again"})
        try:
            token, _ = await run_in_threadpool(sign_in_checked, fields.get("name", ""), fields.get("password", ""))
        except HubUserRefused:
            page = sign_in_page(csrf_token=request.cookies.get(CSRF_COOKIE, ""), refused=True)
            return HTMLResponse(page, status_code=401)
        response = RedirectResponse(HOME, status_code=303)
        set_cookie(response, request, SESSION_COOKIE, token, max_age=None)
        return response

    def sign_in_checked(name: str, password: str) -> tuple[str, HubSession]:
        with http.pool.connection() as conn:
            return http.gate.sign_in(conn, name, password, now=http.clock.now())

    @router.post("/signout")
    async def sign_out(request: Request) -> Response:
        refuse_foreign_origin(request)
        fields = form_fields(await request.body())
        session = await run_in_threadpool(http.staff_session, request)
        if session is None or not same_token(fields.get(CSRF_FIELD, ""), session.csrf_token):
            raise HTTPException(403, {"code": "csrf", "detail": "sign out from head office's own page"})
        with http.pool.connection() as conn:
            http.gate.sign_out(conn, request.cookies.get(SESSION_COOKIE, ""))
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/", secure=request.url.scheme == "https", httponly=True)
        return response

    return router
