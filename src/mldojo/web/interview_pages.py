"""Mock interview pages: start, one prompt at a time with a countdown, scorecard, history.

Forms work without JavaScript (the time left is printed when the page loads); with it, a
countdown runs, the draft is saved every few seconds and submitted when time runs out, so a
timed-out round keeps what was typed.
"""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mldojo.interview.engine import TimeUpError
from mldojo.interview.presets import DEFAULT_PRESET, PRESETS
from mldojo.service.interviews import Interviews
from mldojo.web.templating import render

router = APIRouter()


def interviews(request: Request) -> Interviews:
    """The app's `Interviews` (tests put one with fake graders and a fake clock there)."""
    existing = getattr(request.app.state, "interviews", None)
    if isinstance(existing, Interviews):
        return existing
    service = Interviews(request.app.state.web.practice)
    request.app.state.interviews = service
    return service


def _go(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


@router.get("/interviews", response_class=HTMLResponse)
def interview_home(request: Request) -> Response:
    service = interviews(request)
    companies = sorted(service.dojo.bank_report.vocabulary.companies)
    return render(
        request,
        "interview/home.html",
        presets=list(PRESETS.values()),
        default_preset=DEFAULT_PRESET,
        companies=companies,
        history=service.history(),
        chart=service.history_chart(),
    )


@router.post("/interviews")
def interview_start(
    request: Request,
    preset: str = Form(DEFAULT_PRESET),
    company: str = Form(""),
    design: str = Form(""),
) -> Response:
    interview = interviews(request).start(preset, company or None, design_id=design or None)
    return _go(f"/interviews/{interview.id}")


def _turn_page(
    request: Request, interview_id: int, status: int = 200, notice: str = ""
) -> Response:
    service = interviews(request)
    record = service.store.load(service.user_id, interview_id)
    if record.status == "finished":
        return _go(f"/interviews/{interview_id}/scorecard")
    view = service.current(interview_id)
    return render(
        request,
        "interview/turn.html",
        status_code=status,
        interview_id=interview_id,
        preset=PRESETS[record.preset],
        view=view,
        notice=notice,
        scored=request.query_params.get("scored"),
        follow=request.query_params.get("follow"),
    )


@router.get("/interviews/{interview_id}", response_class=HTMLResponse)
def interview_turn(request: Request, interview_id: int) -> Response:
    return _turn_page(request, interview_id)


@router.post("/interviews/{interview_id}/answer")
async def interview_answer(request: Request, interview_id: int) -> Response:
    form = await request.form()
    fields = {
        key[len("field_") :]: str(value) for key, value in form.items() if key.startswith("field_")
    }
    story = str(form.get("story", "") or "")
    service = interviews(request)
    try:
        feedback = service.answer(
            interview_id,
            str(form.get("answer", "") or ""),
            fields=fields or None,
            story_id=int(story) if story.isdigit() else None,
        )
    except TimeUpError as exc:
        return _turn_page(request, interview_id, status=409, notice=str(exc))
    follow = "&follow=1" if feedback.follow_up else ""
    return _go(f"/interviews/{interview_id}?scored={round(feedback.score * 100)}{follow}")


@router.post("/interviews/{interview_id}/draft")
async def interview_draft(request: Request, interview_id: int) -> Response:
    form = await request.form()
    try:
        interviews(request).save_draft(interview_id, str(form.get("answer", "") or ""))
    except TimeUpError:
        return Response(status_code=409)
    return Response(status_code=204)


@router.post("/interviews/{interview_id}/skip")
def interview_skip(request: Request, interview_id: int) -> Response:
    try:
        interviews(request).skip(interview_id)
    except TimeUpError as exc:
        return _turn_page(request, interview_id, status=409, notice=str(exc))
    return _go(f"/interviews/{interview_id}")


@router.post("/interviews/{interview_id}/finish")
def interview_finish(request: Request, interview_id: int) -> Response:
    interviews(request).finish(interview_id)
    return _go(f"/interviews/{interview_id}/scorecard")


@router.get("/interviews/{interview_id}/scorecard", response_class=HTMLResponse)
def interview_scorecard(request: Request, interview_id: int) -> Response:
    service = interviews(request)
    card = service.scorecard(interview_id)
    shown = service.show(interview_id)
    return render(
        request,
        "interview/scorecard.html",
        interview=shown,
        card=card,
        questions=service.dojo.questions,
    )


@router.get("/interviews/stories/", response_class=HTMLResponse)
def story_bank(request: Request) -> Response:
    return render(request, "interview/stories.html", stories=interviews(request).stories())


@router.post("/interviews/stories/")
def story_add(
    request: Request, title: str = Form(""), text: str = Form(""), competency: str = Form("")
) -> Response:
    competencies = [c.strip() for c in competency.split(",") if c.strip()]
    interviews(request).add_story(title, text, competencies)
    return _go("/interviews/stories/")


@router.post("/interviews/stories/{story_id}")
def story_revise(request: Request, story_id: int, text: str = Form("")) -> Response:
    interviews(request).revise_story(story_id, text)
    return _go("/interviews/stories/")
