"""Every page and API route through the test client: content, bad input, never a traceback."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import csrf

CONCEPT = "bias-variance-tradeoff"
QUIZ = "bayes-disease-test"
GOOD = " ".join(["variance bias noise decomposition"] * 20)


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/bank",
        "/stats",
        "/plan",
        "/settings",
        f"/items/{CONCEPT}",
        f"/items/{QUIZ}",
        "/items/double",
        "/api/docs",
    ],
)
def test_pages_render(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert "Traceback" not in response.text


def test_dashboard_shows_queue_heatmap_and_continue_link(client: TestClient) -> None:
    text = client.get("/").text
    assert 'href="/practice/next"' in text and "Mastery by topic" in text
    assert 'href="/items/' in text


def test_unknown_item_is_a_404_page(client: TestClient) -> None:
    response = client.get("/items/no-such-item")
    assert response.status_code == 404
    assert "no item with id" in response.text and "<html" in response.text


def test_unknown_url_is_a_404_page(client: TestClient) -> None:
    response = client.get("/nowhere")
    assert response.status_code == 404 and "Not found" in response.text


def test_bank_filters_and_live_search_fragment(client: TestClient) -> None:
    full = client.get("/bank", params={"kind": "quiz"}).text
    assert QUIZ in full and CONCEPT not in full
    fragment = client.get("/bank", params={"q": "bias variance"}, headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and CONCEPT in fragment.text


def test_concept_answer_is_graded_then_saved_with_the_chosen_rating(
    client: TestClient, practice
) -> None:  # type: ignore[no-untyped-def]
    token = csrf(client, f"/items/{CONCEPT}")
    graded = client.post(f"/items/{CONCEPT}/grade", data={"answer": GOOD, "csrf_token": token})
    assert graded.status_code == 200
    assert "covered" in graded.text and 'name="pending"' in graded.text
    assert practice.store.attempts(practice.user_id) == []  # nothing saved before the rating
    pending = graded.text.split('name="pending" value="')[1].split('"')[0]
    saved = client.post(
        f"/items/{CONCEPT}/attempt", data={"pending": pending, "rating": "2", "csrf_token": token}
    )
    assert saved.status_code == 200 and "hard" in saved.text
    (attempt,) = practice.store.attempts(practice.user_id)
    assert attempt.rating == 2
    again = client.post(
        f"/items/{CONCEPT}/attempt", data={"pending": pending, "rating": "2", "csrf_token": token}
    )
    assert again.status_code == 422 and "expired" in again.text


def test_quiz_is_graded_exactly(client: TestClient) -> None:
    page = client.get(f"/items/{QUIZ}").text
    seed = page.split('name="seed" value="')[1].split('"')[0]
    token = csrf(client, f"/items/{QUIZ}")
    response = client.post(
        f"/items/{QUIZ}/grade", data={"answer": "0.5", "seed": seed, "csrf_token": token}
    )
    assert response.status_code == 200 and 'id="verdict"' in response.text


def test_empty_answer_and_malformed_form_are_422_pages(client: TestClient) -> None:
    token = csrf(client)
    empty = client.post(f"/items/{CONCEPT}/grade", data={"answer": "  ", "csrf_token": token})
    assert empty.status_code == 422 and "empty" in empty.text
    malformed = client.post(f"/items/{CONCEPT}/attempt", data={"csrf_token": token})
    assert (
        malformed.status_code == 422
        and "malformed" in malformed.text
        and "Traceback" not in malformed.text
    )
    bad_plan = client.post("/plan", data={"interview_date": "tomorrow", "csrf_token": token})
    assert bad_plan.status_code == 422 and "YYYY-MM-DD" in bad_plan.text


def test_post_without_csrf_token_is_refused(client: TestClient, practice) -> None:  # type: ignore[no-untyped-def]
    client.get("/")
    response = client.post(f"/items/{CONCEPT}/grade", data={"answer": GOOD})
    assert response.status_code == 403
    forged = client.post(f"/items/{CONCEPT}/grade", data={"answer": GOOD, "csrf_token": "guess"})
    assert forged.status_code == 403


def test_cross_origin_post_is_refused(client: TestClient) -> None:
    token = csrf(client)
    response = client.post(
        f"/items/{CONCEPT}/grade",
        data={"answer": GOOD, "csrf_token": token},
        headers={"Origin": "http://evil.example"},
    )
    assert response.status_code == 403


def _wait(client: TestClient, url: str) -> str:
    deadline = time.monotonic() + 30  # generous: CI machines can be busy
    while time.monotonic() < deadline:
        text = client.get(url, headers={"HX-Request": "true"}).text
        if "Judging" not in text:
            return text
        time.sleep(0.05)
    raise AssertionError("the submission never finished")


def test_coding_submission_runs_off_the_request_path(client: TestClient, practice) -> None:  # type: ignore[no-untyped-def]
    token = csrf(client, "/items/double")
    first = client.post(
        "/items/double/submissions",
        data={"code": "correct", "action": "submit", "csrf_token": token},
        headers={"HX-Request": "true"},
    )
    assert first.status_code == 200 and "hx-get=" in first.text
    submission_url = first.text.split('hx-get="')[1].split('"')[0]
    assert "AC" in _wait(client, submission_url)
    wrong = client.post(
        "/items/double/submissions", data={"code": "bad", "action": "submit", "csrf_token": token}
    )
    assert wrong.status_code == 200  # followed the 303 to the submission page
    done = _wait(client, str(wrong.url.path))
    assert "WA" in done and "empty input" in done
    assert [a.result["verdict"] for a in practice.store.attempts(practice.user_id, "double")] == [
        "AC",
        "WA",
    ]
    assert "Past submissions" in client.get("/items/double").text


def test_unknown_submission_is_404(client: TestClient) -> None:
    assert client.get("/submissions/nope").status_code == 404


def test_plan_and_profile_round_trip(client: TestClient) -> None:
    token = csrf(client, "/plan")
    from datetime import date, timedelta

    day = (date.today() + timedelta(days=10)).isoformat()
    response = client.post(
        "/plan",
        data={
            "interview_date": day,
            "hours_per_week": "5",
            "role": "ml-engineer",
            "companies": ["google"],
            "csrf_token": token,
        },
    )
    assert (
        response.status_code == 200
        and day in response.text
        and '<table class="plan">' in response.text
    )
    assert "Today's plan" in client.get("/").text


def test_settings_llm_test_without_server(client: TestClient) -> None:
    token = csrf(client, "/settings")
    response = client.post("/settings/llm/test", data={"csrf_token": token})
    assert response.status_code == 200 and 'role="status"' in response.text


def test_stats_page_embeds_chart_data(client: TestClient) -> None:
    text = client.get("/stats").text
    for chart in ("reviews", "retention", "mastery-time", "forecast", "pass-rates", "mastery"):
        assert f'id="chart-{chart}"' in text and f'id="data-{chart}"' in text


def test_user_markdown_is_sanitised(client: TestClient) -> None:
    from mldojo.web.render import markdown

    html = str(
        markdown(
            "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> **ok**"
        )
    )
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert "<strong>ok</strong>" in html
