"""Request safety: an access token off loopback, and CSRF protection for every POST.

CSRF uses a double-submit token: a random cookie that a cross-site page cannot read, which
every form repeats in a hidden field (htmx sends it as a header). The Origin header, when
present, must also name this server. Off loopback, every request must carry the access token
(a cookie set by visiting `/?token=…` once, or an `Authorization: Bearer` header).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs, urlsplit

from fastapi import Request, Response
from fastapi.responses import PlainTextResponse, RedirectResponse

CSRF_COOKIE = "mldojo_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
TOKEN_COOKIE = "mldojo_token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def csrf_token(request: Request) -> str:
    """The token for this browser, minted on first use and set as a cookie by the middleware."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if not token:
        token = secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


async def _submitted_csrf(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        # Read the raw body (Starlette replays it to the endpoint); request.form() would not be.
        fields = parse_qs((await request.body()).decode("utf-8", "replace"))
        values = fields.get(CSRF_FIELD)
        return values[0] if values else None
    return None


def _origin_ok(request: Request) -> bool:
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host", "")


def _token_ok(request: Request, access_token: str) -> bool:
    offered = request.cookies.get(TOKEN_COOKIE) or ""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        offered = auth[7:]
    offered = request.query_params.get("token") or offered
    return hmac.compare_digest(offered.encode(), access_token.encode())


def security_middleware(
    access_token: str | None,
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    async def middleware(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if access_token and not _token_ok(request, access_token):
            return PlainTextResponse("an access token is required", status_code=401)
        is_json = request.headers.get("content-type", "").startswith("application/json")
        if request.method not in SAFE_METHODS and is_json and not _origin_ok(request):
            return PlainTextResponse("cross-site request refused", status_code=403)
        if request.method not in SAFE_METHODS and not is_json:
            # JSON needs a CORS preflight cross-site, which this app never grants; forms do not.
            cookie = request.cookies.get(CSRF_COOKIE)
            submitted = await _submitted_csrf(request)
            if not (
                cookie
                and submitted
                and hmac.compare_digest(cookie, submitted)
                and _origin_ok(request)
            ):
                return PlainTextResponse(
                    "cross-site request refused: reload the page and try again", status_code=403
                )
        if access_token and "token" in request.query_params and request.method == "GET":
            response: Response = RedirectResponse(request.url.remove_query_params("token"), 303)
            response.set_cookie(TOKEN_COOKIE, access_token, httponly=True, samesite="strict")
        else:
            response = await call_next(request)
        new = getattr(request.state, "new_csrf", None)
        if new and not request.cookies.get(CSRF_COOKIE):
            response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    return middleware
