"""The JSON API under /api/v1: the same use cases as the pages, for scripts."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from mldojo.bank.models import Kind
from mldojo.errors import NotFoundError
from mldojo.service import BankFilter, question_summary
from mldojo.web.state import WebState

router = APIRouter(tags=["api"])


def _web(request: Request) -> WebState:
    web: WebState = request.app.state.web
    return web


@router.get("/questions")
def list_questions(
    request: Request,
    q: str = "",
    module: str | None = None,
    kind: str | None = None,
    topic: str | None = None,
    company: str | None = None,
    difficulty: str | None = None,
    limit: int = Query(200, ge=1, le=1000),
) -> list[dict[str, Any]]:
    dojo = _web(request).practice.dojo
    where = BankFilter(module, kind, topic, company, difficulty)
    found = (
        [x for x, _ in dojo.search(q, where, limit)]
        if q.strip()
        else dojo.list_questions(where)[:limit]
    )
    return [question_summary(x) for x in found]


@router.get("/questions/{item_id}")
def get_question(request: Request, item_id: str, reveal: bool = False) -> dict[str, Any]:
    question = _web(request).practice.dojo.get_question(item_id)
    data = question_summary(question) | {"prompt": question.prompt}
    if reveal:
        data["answer"] = question.model_answer
        data["meta"] = question.meta.model_dump(mode="json")
    return data


@router.get("/queue")
def queue(
    request: Request,
    n: int = Query(10, ge=1, le=200),
    module: str | None = None,
    topic: str | None = None,
    company: str | None = None,
) -> list[dict[str, Any]]:
    entries = _web(request).practice.queue(
        BankFilter(module=module, topic=topic, company=company), n=n
    )
    return [{"item_id": e.item_id, "reason": e.reason, "topic": e.topic} for e in entries]


class AnswerIn(BaseModel):
    item_id: str = Field(min_length=1, max_length=80)
    answer: str = Field(max_length=1_000_000)
    seed: int | None = None


class AttemptIn(AnswerIn):
    rating: int | None = Field(default=None, ge=1, le=4)
    seconds_taken: float | None = Field(default=None, ge=0)


@router.post("/grade")
def grade(request: Request, body: AnswerIn) -> dict[str, Any]:
    """Grade without saving: what the page shows before the learner confirms a rating."""
    practice = _web(request).practice
    graded = practice.grade(practice.dojo.get_question(body.item_id), body.answer, body.seed)
    return {
        "score": graded.score,
        "suggested_rating": graded.suggested_rating,
        "result": graded.result,
    }


@router.post("/attempts", status_code=201)
def attempt(request: Request, body: AttemptIn) -> dict[str, Any]:
    practice = _web(request).practice
    outcome = practice.attempt(
        body.item_id,
        body.answer,
        rating=body.rating,
        seconds_taken=body.seconds_taken,
        seed=body.seed,
    )
    return {
        "attempt_id": outcome.attempt.id,
        "score": outcome.graded.score,
        "rating": outcome.rating,
        "due": outcome.due.isoformat() if outcome.due else None,
        "result": outcome.graded.result,
    }


@router.get("/stats")
def stats(request: Request) -> dict[str, Any]:
    return _web(request).practice.stats().to_dict()


class ProfileIn(BaseModel):
    companies: list[str] | None = None
    role: str | None = None
    interview_date: date | None = None
    hours_per_week: float | None = Field(default=None, gt=0, le=100)


@router.get("/profile")
def get_profile(request: Request) -> dict[str, Any]:
    profile = _web(request).practice.profile()
    return {
        "companies": profile.companies,
        "role": profile.role,
        "interview_date": profile.interview_date,
        "hours_per_week": profile.hours_per_week,
    }


@router.put("/profile")
def put_profile(request: Request, body: ProfileIn) -> dict[str, Any]:
    _web(request).practice.update_profile(
        body.companies, body.role, body.interview_date, body.hours_per_week
    )
    return get_profile(request)


@router.get("/plan")
def plan(request: Request) -> list[dict[str, Any]]:
    return [
        {
            "date": d.day.isoformat(),
            "minutes": d.minutes,
            "focus": d.focus,
            "items": d.items,
            "activities": d.activities,
        }
        for d in _web(request).practice.plan()
    ]


@router.get("/problems")
def problems(request: Request) -> list[dict[str, Any]]:
    dojo = _web(request).practice.dojo
    return [question_summary(q) for q in dojo.list_questions(BankFilter(kind=Kind.problem.value))]


class SubmissionIn(BaseModel):
    item_id: str = Field(min_length=1, max_length=80)
    code: str = Field(max_length=20_000_000)
    public_only: bool = False


def _submission(s: Any) -> dict[str, Any]:
    return {
        "id": s.id,
        "item_id": s.item_id,
        "status": s.status,
        "public_only": s.public_only,
        "result": s.result,
        "error": s.error,
        "attempt_id": s.attempt_id,
    }


@router.post("/submissions", status_code=202)
def submit(request: Request, body: SubmissionIn) -> dict[str, Any]:
    web = _web(request)
    if web.practice.dojo.get_question(body.item_id).kind is not Kind.problem:
        raise NotFoundError(f"no coding problem with id `{body.item_id}`")
    return _submission(web.submissions.submit(body.item_id, body.code, body.public_only))


@router.get("/submissions/{submission_id}")
def get_submission(request: Request, submission_id: str) -> dict[str, Any]:
    found = _web(request).submissions.get(submission_id)
    if found is None:
        raise NotFoundError(f"no submission `{submission_id}`")
    return _submission(found)
