"""The FastAPI application: HTML pages and the JSON API under /api/v1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from mldojo.errors import NotFoundError
from mldojo.service import BankFilter, Dojo

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def create_app(dojo: Dojo | None = None) -> FastAPI:
    dojo = dojo or Dojo()
    app = FastAPI(title="mldojo", docs_url="/api/docs", openapi_url="/api/openapi.json")

    @app.get("/", response_class=HTMLResponse)
    def bank_page(request: Request, module: str | None = None, kind: str | None = None) -> Any:
        items = dojo.list_questions(BankFilter(module=module, kind=kind))
        return TEMPLATES.TemplateResponse(request, "bank.html", {"items": items})

    @app.get("/api/v1/questions")
    def api_questions(module: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        return [
            {
                "id": q.id,
                "title": q.meta.title,
                "kind": q.meta.kind.value,
                "module": q.meta.module.value,
            }
            for q in dojo.list_questions(BankFilter(module=module, kind=kind))
        ]

    @app.get("/api/v1/questions/{item_id}")
    def api_question(item_id: str) -> dict[str, Any]:
        try:
            question = dojo.get_question(item_id)
        except NotFoundError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None
        return {"id": question.id, "title": question.meta.title, "prompt": question.prompt}

    return app
