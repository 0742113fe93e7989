"""The FastAPI application: HTML pages, the JSON API under /api/v1, static bundles."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from mldojo.errors import MldojoError, NotFoundError
from mldojo.service.practice import Practice
from mldojo.service.submissions import SubmissionQueue
from mldojo.web import api, interview_pages, pages
from mldojo.web.security import security_middleware
from mldojo.web.state import PendingGrades, WebState
from mldojo.web.templating import render

STATIC = Path(__file__).parent / "static"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html", status_code=status, status=status, message=message)


def create_app(
    practice: Practice | None = None,
    access_token: str | None = None,
    submissions: SubmissionQueue | None = None,
) -> FastAPI:
    practice = practice or Practice()
    app = FastAPI(
        title="mldojo", docs_url="/api/docs", openapi_url="/api/openapi.json", redoc_url=None
    )
    app.state.web = WebState(
        practice=practice,
        submissions=submissions or SubmissionQueue(practice, workers=os.cpu_count() or 2),
        pending=PendingGrades(),
    )
    app.middleware("http")(security_middleware(access_token))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(interview_pages.router)
    app.include_router(api.router, prefix="/api/v1")

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(MldojoError)
    async def bad_input(request: Request, exc: MldojoError) -> Response:
        return _error(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_form(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}"
            for e in exc.errors()
        )
        return _error(request, 422, f"the request was malformed: {problems}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return _error(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        return _error(request, 500, f"something went wrong on our side ({type(exc).__name__})")

    return app
