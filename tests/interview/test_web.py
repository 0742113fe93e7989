"""The interview pages through TestClient, with fake graders and a fake clock."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from mldojo.interview.clock import FakeClock
from mldojo.service.interviews import Interviews
from mldojo.service.practice import Practice
from mldojo.web import interview_pages
from mldojo.web.app import create_app
from tests.interview.conftest import FakeGraders
from tests.interview.test_mock_interview import PROJECT

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def client(practice: Practice, interviews: Interviews) -> Iterator[TestClient]:
    app = create_app(practice)
    if not any(getattr(r, "path", "") == "/interviews" for r in app.routes):
        app.include_router(interview_pages.router)
    app.state.interviews = interviews
    with TestClient(app) as test_client:
        yield test_client


def token(client: TestClient, url: str = "/interviews") -> str:
    match = CSRF.search(client.get(url).text)
    assert match
    return match.group(1)


def start(client: TestClient, preset: str, company: str = "") -> int:
    response = client.post(
        "/interviews",
        data={"preset": preset, "company": company, "csrf_token": token(client)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    return int(response.headers["location"].rsplit("/", 1)[1])


def test_system_design_round_from_start_to_scorecard(
    client: TestClient, clock: FakeClock, graders: FakeGraders
) -> None:
    home = client.get("/interviews")
    assert home.status_code == 200 and "Start the interview" in home.text
    iid = start(client, "system-design", "meta")
    page = client.get(f"/interviews/{iid}")
    assert "ML system design" in page.text and 'id="clock"' in page.text
    assert "Step 1 of 10" in page.text and 'data-seconds="2760"' in page.text
    csrf = token(client, f"/interviews/{iid}")
    answered = client.post(
        f"/interviews/{iid}/answer",
        data={"answer": "WEAK", "csrf_token": csrf},
        follow_redirects=True,
    )
    assert "a follow-up question is below" in answered.text and "Follow-up" in answered.text
    for _ in range(3):
        clock.advance(minutes=1)
        client.post(f"/interviews/{iid}/answer", data={"answer": "STRONG", "csrf_token": csrf})
    # the draft is saved; time runs out; the draft is kept as a partial answer
    assert (
        client.post(
            f"/interviews/{iid}/draft", data={"answer": "STRONG draft", "csrf_token": csrf}
        ).status_code
        == 204
    )
    clock.advance(minutes=60)
    late = client.post(f"/interviews/{iid}/answer", data={"answer": "x", "csrf_token": csrf})
    assert late.status_code == 409 and "time ran out" in late.text
    assert "Every round is over" in late.text
    finished = client.post(
        f"/interviews/{iid}/finish", data={"csrf_token": csrf}, follow_redirects=True
    )
    assert finished.status_code == 200 and 'id="overall"' in finished.text
    assert "/items/ad-ctr-prediction" in finished.text  # gaps link to the scenario
    assert "STRONG draft" in finished.text  # the partial answer is in the transcript
    assert ("design", "ad-ctr-prediction:data", "STRONG draft") in graders.calls
    # a finished interview sends the turn page to the scorecard
    again = client.get(f"/interviews/{iid}", follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"].endswith("/scorecard")
    history = client.get("/interviews")
    assert 'id="history"' in history.text and "interview-scores" in history.text


def test_depth_form_and_story_bank(client: TestClient) -> None:
    iid = start(client, "project-deep-dive")
    page = client.get(f"/interviews/{iid}")
    assert 'name="field_model"' in page.text
    csrf = token(client, f"/interviews/{iid}")
    data = {f"field_{k}": v for k, v in PROJECT.items()} | {"csrf_token": csrf}
    after = client.post(f"/interviews/{iid}/answer", data=data, follow_redirects=True)
    assert "Gradient boosted trees" in after.text
    client.post(
        "/interviews/stories/",
        data={"title": "Launch", "text": "We shipped.", "competency": "impact", "csrf_token": csrf},
    )
    stories = client.get("/interviews/stories/")
    assert "Launch" in stories.text and "revision 1" in stories.text
    story_id = re.search(r'id="story-(\d+)"', stories.text)
    assert story_id
    client.post(
        f"/interviews/stories/{story_id.group(1)}", data={"text": "Shipped v2.", "csrf_token": csrf}
    )
    assert "revision 2" in client.get("/interviews/stories/").text


def test_bad_input_pages(client: TestClient) -> None:
    csrf = token(client)
    missing = client.get("/interviews/999")
    assert missing.status_code == 404 and "no interview with id 999" in missing.text
    bad = client.post("/interviews", data={"preset": "nope", "csrf_token": csrf})
    assert bad.status_code == 422 and "unknown preset" in bad.text
    iid = start(client, "ml-breadth-drill")
    empty = client.post(f"/interviews/{iid}/answer", data={"answer": " ", "csrf_token": csrf})
    assert empty.status_code == 422 and "empty" in empty.text
    early = client.get(f"/interviews/{iid}/scorecard")
    assert early.status_code == 422 and "still running" in early.text
    no_csrf = client.post(f"/interviews/{iid}/answer", data={"answer": "x"})
    assert no_csrf.status_code == 403


def test_a_design_page_starts_a_timed_rehearsal_of_that_scenario(client: TestClient) -> None:
    page = client.get("/items/ad-ctr-prediction")
    assert page.status_code == 200 and 'name="design" value="ad-ctr-prediction"' in page.text
    response = client.post(
        "/interviews",
        data={
            "preset": "system-design",
            "design": "ad-ctr-prediction",
            "csrf_token": token(client, "/items/ad-ctr-prediction"),
        },
        follow_redirects=True,
    )
    assert response.status_code == 200 and "Step 1 of 10" in response.text
    assert "click-through" in response.text.lower() or "ctr" in response.text.lower()


def test_rehearsing_an_unknown_design_is_a_clear_error(client: TestClient) -> None:
    response = client.post(
        "/interviews",
        data={"preset": "system-design", "design": "no-such-design", "csrf_token": token(client)},
    )
    assert response.status_code in (404, 422) and "no-such-design" in response.text
    assert "Traceback" not in response.text
