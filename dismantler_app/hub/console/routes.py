"""The console's URLs: one GET per page (HTML, and CSV per table), the admin's POSTs (enrol, revoke) with the
session's CSRF token, photos and static files. A request without a staff session is sent to /signin; a POST without
the session's token, or from another origin, is refused with 403."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from dismantler_app.domain.clock import Clock
from dismantler_app.hub.auth import CSRF_FIELD, SESSION_COOKIE, Gate, HubRole, HubSession, same_token
from dismantler_app.hub.console.activity import activity_page
from dismantler_app.hub.console.audit import ConsoleAction, record_action
from dismantler_app.hub.console.conflicts import conflicts_page
from dismantler_app.hub.console.deadlines import deadlines_page
from dismantler_app.hub.console.render import SECURITY_HEADERS, render
from dismantler_app.hub.console.search import journey_table, normalise_query, search_journeys
from dismantler_app.hub.console.share import share_page
from dismantler_app.hub.console.tables import Page, csv_text
from dismantler_app.hub.console.words import LANG_COOKIE, Words, choose_language
from dismantler_app.hub.console.yards_page import active_yards, yards_page
from dismantler_app.hub.database import Pool
from dismantler_app.hub.yards import EnrolmentRefused, create_enrolment_token, revoke_yard
from dismantler_app.resources import asset

PAGES = ("search", "share", "deadlines", "conflicts", "yards", "activity")
MAX_HTML_ROWS = 200  # a page shows this many rows of a table; its CSV has every row
BUSINESS_ZONE = ZoneInfo("Asia/Shanghai")  # the calendar the deadlines and days are counted in
_STATIC = Path(__file__).parent / "static"
_FILES = {
    "console.css": (_STATIC / "console.css", "text/css"),
    "icon.svg": (_STATIC / "icon.svg", "image/svg+xml"),
    "cjk.ttf": (asset("fonts", "DroidSansFallbackFull.ttf"), "font/ttf"),
}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class _SignIn(Exception):
    pass


def console_router(*, pool: Pool, gate: Gate, clock: Clock, read_pool: Pool | None = None) -> APIRouter:
    """``pool``: the primary (sessions, the console's audit, enrol and revoke); ``read_pool``: where the pages read
    (a streaming replica, or the primary when None)."""
    read_pool = read_pool or pool
    router = APIRouter(include_in_schema=False)

    def session_of(request: Request, role: HubRole = HubRole.VIEWER) -> HubSession:
        token = request.cookies.get(SESSION_COOKIE, "")
        session = None
        if token:
            with pool.connection() as conn:
                session = gate.session(conn, token, now=clock.now())
        if session is None:
            raise _SignIn
        if not session.may(role):
            raise HTTPException(403, {"code": "forbidden", "detail": f"this needs the {role.value} role"})
        return session

    def words_of(request: Request) -> tuple[Words, str | None]:
        asked = request.query_params.get("lang")
        language = choose_language(asked, request.cookies.get(LANG_COOKIE), request.headers.get("accept-language", ""))
        return Words(language), (language if asked == language else None)

    def today() -> date:
        return clock.now().astimezone(BUSINESS_ZONE).date()

    def html(request: Request, template: str, *, session: HubSession, words: Words, remember: str | None,
             current: str, title: str, **context) -> HTMLResponse:  # fmt: skip
        body = render(
            template,
            params=dict(request.query_params),
            t=words,
            lang=words.language,
            pages=PAGES,
            current=current,
            title=title,
            user=session.user,
            role=session.role.value,
            csrf=session.csrf_token,
            max_rows=MAX_HTML_ROWS,
            **context,
        )
        response = HTMLResponse(body, headers=SECURITY_HEADERS)
        if remember:
            response.set_cookie(LANG_COOKIE, remember, max_age=365 * 86400, path="/", samesite="strict",
                                httponly=True, secure=request.url.scheme == "https")  # fmt: skip
        return response

    def build(key: str, session: HubSession, words: Words) -> Page:
        with read_pool.connection() as conn:
            if key == "share":
                return share_page(conn, today=today(), t=words)
            if key == "deadlines":
                return deadlines_page(conn, today=today(), t=words)
            if key == "conflicts":
                return conflicts_page(conn, t=words)
            if key == "yards":
                return yards_page(conn, t=words, admin=session.may(HubRole.ADMIN))
            if key == "activity":
                return activity_page(conn, today=today(), t=words)
        raise HTTPException(404, {"code": "unknown_page", "detail": "no such page"})

    def guarded(handler):
        def run(request: Request, *args, **kwargs) -> Response:
            try:
                return handler(request, *args, **kwargs)
            except _SignIn:
                return RedirectResponse("/signin", status_code=303)

        return run

    @router.get("/console", response_class=HTMLResponse)
    def console_home(request: Request) -> Response:
        return RedirectResponse("/console/search", status_code=303)

    @router.get("/console/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "") -> Response:
        return guarded(_search)(request, q)

    def _search(request: Request, q: str) -> Response:
        session = session_of(request)
        words, remember = words_of(request)
        query = normalise_query(q)
        with read_pool.connection() as conn:
            journeys = search_journeys(conn, query, words)
        with pool.connection() as conn, conn.transaction():
            for j in journeys:
                record_action(conn, user=session.user, at=clock.now(), action=ConsoleAction.LOOKUP, query=query,
                              site_id=j.site_id, intake_id=j.intake_id, personal_data=bool(j.owner))  # fmt: skip
        return html(request, "search.html", session=session, words=words, remember=remember, current="search",
                    title=words("search.title"), q=query, journeys=journeys)  # fmt: skip

    @router.get("/console/search.csv")
    def search_csv(request: Request, q: str = "") -> Response:
        return guarded(_search_csv)(request, q)

    def _search_csv(request: Request, q: str) -> Response:
        session = session_of(request)
        words, _ = words_of(request)
        query = normalise_query(q)
        with read_pool.connection() as conn:
            journeys = search_journeys(conn, query, words)
        with pool.connection() as conn, conn.transaction():
            for j in journeys:
                record_action(conn, user=session.user, at=clock.now(), action=ConsoleAction.LOOKUP, query=query,
                              site_id=j.site_id, intake_id=j.intake_id)  # fmt: skip
        return _csv_response(csv_text(journey_table(journeys, words)), "journey")

    @router.get("/favicon.ico")
    def favicon() -> Response:
        # Browsers ask for it on every page (the sign-in page has no icon link); a 404 would be a console error.
        return FileResponse(
            _STATIC / "icon.svg", media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"}
        )

    @router.get("/console/static/{name}")
    def static(name: str) -> Response:
        found = _FILES.get(name)
        if found is None or not found[0].is_file():
            raise HTTPException(404, {"code": "not_found", "detail": "no such file"})
        return FileResponse(found[0], media_type=found[1], headers={"Cache-Control": "max-age=86400"})

    @router.get("/console/photos/{sha256}")
    def photo(request: Request, sha256: str) -> Response:
        return guarded(_photo)(request, sha256)

    def _photo(request: Request, sha256: str) -> Response:
        session_of(request)
        if not _SHA256.match(sha256):
            raise HTTPException(404, {"code": "not_found", "detail": "no such photo"})
        with read_pool.connection() as conn:
            row = conn.execute("SELECT data FROM photos WHERE sha256 = %s AND complete", [sha256]).fetchone()
        if row is None:
            raise HTTPException(404, {"code": "not_found", "detail": "no such photo"})
        data = bytes(row["data"])
        media = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
        return Response(data, media_type=media, headers={"Cache-Control": "private, max-age=3600"})

    @router.post("/console/yards/enrol")
    async def enrol(request: Request) -> Response:
        fields = await _admin_form(request)
        return guarded(_enrol)(request, fields)

    def _enrol(request: Request, fields: dict[str, str]) -> Response:
        session = session_of(request, HubRole.ADMIN)
        words, _ = words_of(request)
        name = fields.get("name", "").strip()[:100]
        with pool.connection() as conn:
            try:
                token = create_enrolment_token(conn, name)
            except EnrolmentRefused as exc:
                return yards_html(request, session, words, message=words("yards.refused", reason=str(exc)))
            with conn.transaction():
                record_action(conn, user=session.user, at=clock.now(), action=ConsoleAction.ENROL, query=name)
        return yards_html(request, session, words, message=words("yards.token", name=name, token=token))

    @router.post("/console/yards/revoke")
    async def revoke(request: Request) -> Response:
        fields = await _admin_form(request)
        return guarded(_revoke)(request, fields)

    def _revoke(request: Request, fields: dict[str, str]) -> Response:
        session = session_of(request, HubRole.ADMIN)
        words, _ = words_of(request)
        site_id = fields.get("site_id", "")[:64]
        with pool.connection() as conn:
            names = [r["name"] for r in active_yards(conn) if r["site_id"] == site_id]
            if not names or not revoke_yard(conn, site_id):
                return yards_html(request, session, words, message=words("yards.refused", reason=site_id))
            with conn.transaction():
                record_action(conn, user=session.user, at=clock.now(), action=ConsoleAction.REVOKE, site_id=site_id)
        return yards_html(request, session, words, message=words("yards.revoked", name=names[0]))

    def yards_html(request: Request, session: HubSession, words: Words, *, message: str = "") -> Response:
        page = build("yards", session, words)
        active = []
        if session.may(HubRole.ADMIN):
            with pool.connection() as conn:
                active = active_yards(conn)
        return html(request, "yards.html", session=session, words=words, remember=None, current="yards",
                    title=page.title, page=page, message=message, admin=session.may(HubRole.ADMIN),
                    active=active)  # fmt: skip

    async def _admin_form(request: Request) -> dict[str, str]:
        """The form's fields once its origin and CSRF token hold (checked before anything is done)."""
        origin = request.headers.get("origin")
        if origin is not None and origin.split("://", 1)[-1] != request.headers.get("host", ""):
            raise HTTPException(403, {"code": "csrf", "detail": "a form of head office must be sent from head office"})
        try:
            parsed = parse_qs((await request.body()).decode("utf-8"), max_num_fields=8)
        except (UnicodeDecodeError, ValueError):
            parsed = {}
        fields = {key: values[0] for key, values in parsed.items() if values}
        token = request.cookies.get(SESSION_COOKIE, "")
        with pool.connection() as conn:
            session = gate.session(conn, token, now=clock.now()) if token else None
        if session is None or not same_token(fields.get(CSRF_FIELD, ""), session.csrf_token):
            raise HTTPException(403, {"code": "csrf", "detail": "send this form from head office's own page"})
        return fields

    @router.get("/console/{key}.csv")
    def page_csv(request: Request, key: str, table: str = "") -> Response:
        return guarded(_page_csv)(request, key, table)

    def _page_csv(request: Request, key: str, table: str) -> Response:
        session = session_of(request)
        words, _ = words_of(request)
        found = build(key, session, words).table(table) if key in PAGES else None
        if found is None:
            raise HTTPException(404, {"code": "unknown_table", "detail": "no such table"})
        return _csv_response(csv_text(found), f"{key}-{table}")

    @router.get("/console/{key}", response_class=HTMLResponse)
    def page(request: Request, key: str) -> Response:
        return guarded(_page)(request, key)

    def _page(request: Request, key: str) -> Response:
        if key not in PAGES:
            raise HTTPException(404, {"code": "unknown_page", "detail": "no such page"})
        session = session_of(request)
        words, remember = words_of(request)
        if key == "yards":
            response = yards_html(request, session, words)
            if remember:
                response.set_cookie(LANG_COOKIE, remember, max_age=365 * 86400, path="/", samesite="strict",
                                    httponly=True)  # fmt: skip
            return response
        built = build(key, session, words)
        return html(request, "page.html", session=session, words=words, remember=remember, current=key,
                    title=built.title, page=built)  # fmt: skip

    return router


def _csv_response(text: str, name: str) -> Response:
    return Response(
        text.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"', "Cache-Control": "no-store"},
    )
