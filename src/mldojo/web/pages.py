"""The HTML pages. Each handler gathers data from the service layer and renders a template.

Forms post to plain URLs and work without JavaScript; with htmx the same handlers return
just the fragment that changed (`HX-Request` header).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mldojo.bank.models import Kind, Module, Question
from mldojo.errors import MldojoError, UsageError
from mldojo.practice.mastery import skill
from mldojo.practice.scheduling import RATING_NAMES
from mldojo.service import BankFilter
from mldojo.web.state import PendingGrade, WebState
from mldojo.web.templating import render

router = APIRouter()


def state(request: Request) -> WebState:
    web_state: WebState = request.app.state.web
    return web_state


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def _mastery_cells(web: WebState) -> list[dict[str, Any]]:
    table = web.practice.store.mastery(web.practice.user_id)
    topics = web.practice.dojo.bank_report.vocabulary.topics
    areas = web.practice.dojo.bank_report.vocabulary.topic_area
    cells = []
    for topic_id, name in topics.items():
        row = table.get(topic_id)
        cells.append(
            {
                "id": topic_id,
                "name": name,
                "area": areas.get(topic_id, ""),
                "skill": skill(row) if row else None,
                "attempts": row.n if row else 0,
            }
        )
    return cells


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> Response:
    web = state(request)
    queue = web.practice.queue(BankFilter(), n=8)
    stats = web.practice.stats()
    today_plan = None
    profile = web.practice.profile()
    if profile.interview_date and profile.interview_date >= date.today():
        plan = web.practice.plan()
        today_plan = plan[0] if plan else None
    questions = web.practice.dojo.questions
    return render(
        request,
        "dashboard.html",
        queue=[(entry, questions[entry.item_id]) for entry in queue],
        stats=stats,
        today_plan=today_plan,
        profile=profile,
        cells=_mastery_cells(web),
    )


@router.get("/practice/next")
def practice_next(request: Request) -> Response:
    queue = state(request).practice.queue(BankFilter(), n=1)
    if not queue:
        return RedirectResponse("/bank", status_code=303)
    return RedirectResponse(f"/items/{queue[0].item_id}", status_code=303)


def _bank_rows(web: WebState, where: BankFilter, query: str) -> list[dict[str, Any]]:
    practice = web.practice
    if query.strip():
        found = [q for q, _hit in practice.dojo.search(query, where, limit=200)]
    else:
        found = practice.dojo.list_questions(where)
    attempted = {a.item_id for a in practice.store.attempts(practice.user_id)}
    table = practice.store.mastery(practice.user_id)
    rows = []
    for question in found:
        skills = [skill(table[t]) for t in question.meta.topics if t in table]
        rows.append(
            {
                "q": question,
                "attempted": question.id in attempted,
                "mastery": min(skills) if skills else None,
            }
        )
    return rows


@router.get("/bank", response_class=HTMLResponse)
def bank(
    request: Request,
    q: str = "",
    module: str = "",
    kind: str = "",
    topic: str = "",
    company: str = "",
    difficulty: str = "",
) -> Response:
    web = state(request)
    where = BankFilter(
        module or None, kind or None, topic or None, company or None, difficulty or None
    )
    rows = _bank_rows(web, where, q)
    template = "partials/bank_rows.html" if is_htmx(request) else "bank.html"
    vocab = web.practice.dojo.bank_report.vocabulary
    return render(
        request,
        template,
        rows=rows,
        q=q,
        selected={
            "module": module,
            "kind": kind,
            "topic": topic,
            "company": company,
            "difficulty": difficulty,
        },
        topics=vocab.topics,
        companies=sorted(vocab.companies),
        modules=[m.value for m in Module],
        kinds=[k.value for k in Kind],
    )


def _question_or_404(web: WebState, item_id: str) -> Question:
    return web.practice.dojo.get_question(item_id)


@router.get("/items/{item_id}", response_class=HTMLResponse)
def item_page(request: Request, item_id: str) -> Response:
    web = state(request)
    question = _question_or_404(web, item_id)
    context: dict[str, Any] = {"q": question, "started": time.time()}
    if question.kind is Kind.quiz:
        seed = web.practice.next_seed(item_id)
        context.update(seed=seed, prompt=web.practice.prompt_for(question, seed))
    if question.kind is Kind.problem:
        try:
            context["starter"] = (Path(question.folder) / "starter.py").read_text(encoding="utf-8")
        except OSError:
            context["starter"] = ""
        context["past"] = list(
            reversed(web.practice.store.attempts(web.practice.user_id, item_id))
        )[:10]
    template = {
        Kind.concept: "question.html",
        Kind.behavioral: "question.html",
        Kind.quiz: "quiz.html",
        Kind.problem: "problem.html",
        Kind.design: "design.html",
    }[question.kind]
    return render(request, template, **context)


@router.post("/items/{item_id}/grade", response_class=HTMLResponse)
def grade(
    request: Request,
    item_id: str,
    answer: str = Form(""),
    seed: int | None = Form(None),
    started: float | None = Form(None),
) -> Response:
    web = state(request)
    question = _question_or_404(web, item_id)
    if not answer.strip():
        raise UsageError("the answer is empty: write something before grading")
    graded = web.practice.grade(question, answer, seed)
    seconds = time.time() - started if started else None
    key = web.pending.put(PendingGrade(item_id, answer, graded, seed, seconds, time.time()))
    template = "partials/grade_result.html" if is_htmx(request) else "graded.html"
    return render(
        request,
        template,
        q=question,
        graded=graded,
        result=graded.result,
        pending=key,
        answer=answer,
        ratings=RATING_NAMES,
    )


@router.post("/items/{item_id}/attempt", response_class=HTMLResponse)
def confirm_attempt(
    request: Request, item_id: str, pending: str = Form(...), rating: str = Form(...)
) -> Response:
    web = state(request)
    question = _question_or_404(web, item_id)
    grade_ = web.pending.take(pending)
    if grade_ is None or grade_.item_id != item_id:
        raise UsageError("this grade has expired or was already saved: answer again")
    outcome = web.practice.attempt(
        item_id,
        grade_.answer,
        rating=rating,
        seconds_taken=grade_.seconds_taken,
        seed=grade_.seed,
        graded=grade_.graded,
    )
    template = "partials/saved.html" if is_htmx(request) else "saved.html"
    return render(request, template, q=question, outcome=outcome, ratings=RATING_NAMES)


@router.post("/items/{item_id}/submissions", response_class=HTMLResponse)
def submit_code(
    request: Request, item_id: str, code: str = Form(""), action: str = Form("submit")
) -> Response:
    web = state(request)
    question = _question_or_404(web, item_id)
    if question.kind is not Kind.problem:
        raise UsageError(f"`{item_id}` is not a coding problem")
    if action not in ("run", "submit"):
        raise UsageError("action must be `run` or `submit`")
    submission = web.submissions.submit(item_id, code, public_only=action == "run")
    if is_htmx(request):
        return render(request, "partials/submission.html", s=submission, q=question)
    return RedirectResponse(f"/submissions/{submission.id}", status_code=303)


@router.get("/submissions/{submission_id}", response_class=HTMLResponse)
def submission_page(request: Request, submission_id: str) -> Response:
    web = state(request)
    submission = web.submissions.get(submission_id)
    if submission is None:
        from mldojo.errors import NotFoundError

        raise NotFoundError(f"no submission `{submission_id}` (results are kept until restart)")
    question = _question_or_404(web, submission.item_id)
    template = "partials/submission.html" if is_htmx(request) else "submission.html"
    return render(request, template, s=submission, q=question)


@router.get("/stats", response_class=HTMLResponse)
def stats_page(request: Request) -> Response:
    from mldojo.web.charts import chart_specs

    web = state(request)
    stats = web.practice.stats()
    return render(request, "stats.html", stats=stats, charts=chart_specs(web.practice, stats))


@router.get("/plan", response_class=HTMLResponse)
def plan_page(request: Request) -> Response:
    web = state(request)
    profile = web.practice.profile()
    plan = []
    error = ""
    if profile.interview_date:
        try:
            plan = web.practice.plan()
        except MldojoError as exc:
            error = str(exc)
    vocab = web.practice.dojo.bank_report.vocabulary
    questions = web.practice.dojo.questions
    return render(
        request,
        "plan.html",
        profile=profile,
        plan=plan,
        error=error,
        companies=sorted(vocab.companies),
        questions=questions,
    )


@router.post("/plan", response_class=HTMLResponse)
def save_profile(
    request: Request,
    interview_date: str = Form(""),
    hours_per_week: float = Form(6.0),
    role: str = Form("ml-engineer"),
    companies: list[str] = Form(default_factory=list),
) -> Response:
    web = state(request)
    try:
        day = date.fromisoformat(interview_date) if interview_date else None
    except ValueError:
        raise UsageError(f"bad date `{interview_date}`: use YYYY-MM-DD") from None
    web.practice.update_profile(companies, role, day, hours_per_week)
    return RedirectResponse("/plan", status_code=303)


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request) -> Response:
    web = state(request)
    settings = web.practice.dojo.settings
    return render(request, "settings.html", settings=settings, llm_result=None)


@router.post("/settings/llm/test", response_class=HTMLResponse)
def test_llm(request: Request) -> Response:
    web = state(request)
    settings = web.practice.dojo.settings
    try:
        from mldojo.service.grading import test_llm_connection

        ok, message = test_llm_connection(settings)
    except ImportError:
        ok, message = False, "the LLM grader is not available in this installation"
    template = "partials/llm_result.html" if is_htmx(request) else "settings.html"
    return render(request, template, settings=settings, llm_result={"ok": ok, "message": message})
