"""Jinja set-up shared by every page: the CSRF token, Markdown rendering and helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from mldojo.web.render import markdown
from mldojo.web.security import CSRF_FIELD, csrf_token

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.filters["markdown"] = markdown
TEMPLATES.env.globals["csrf_field"] = CSRF_FIELD


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


TEMPLATES.env.filters["percent"] = percent


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    context["csrf_token"] = csrf_token(request)
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)
