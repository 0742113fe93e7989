from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient


def test_questions_list_search_and_get(client: TestClient) -> None:
    rows = client.get("/api/v1/questions", params={"kind": "quiz"}).json()
    assert rows and all(r["kind"] == "quiz" for r in rows)
    hits = client.get("/api/v1/questions", params={"q": "bias variance"}).json()
    assert hits[0]["id"] == "bias-variance-tradeoff"
    hidden = client.get("/api/v1/questions/bias-variance-tradeoff").json()
    shown = client.get("/api/v1/questions/bias-variance-tradeoff", params={"reveal": "true"}).json()
    assert "answer" not in hidden and shown["meta"]["rubric"]


def test_unknown_question_is_json_404(client: TestClient) -> None:
    response = client.get("/api/v1/questions/nope")
    assert response.status_code == 404 and "no item" in response.json()["detail"]


def test_attempt_grade_queue_stats_profile_plan(client: TestClient) -> None:
    graded = client.post(
        "/api/v1/grade", json={"item_id": "bias-variance-tradeoff", "answer": "bias variance " * 30}
    )
    assert graded.status_code == 200 and 0 <= graded.json()["score"] <= 1
    saved = client.post(
        "/api/v1/attempts",
        json={"item_id": "bias-variance-tradeoff", "answer": "bias " * 40, "rating": 3},
    )
    assert saved.status_code == 201 and saved.json()["rating"] == 3
    assert client.get("/api/v1/stats").json()["attempts"] == 1
    queued = [row["item_id"] for row in client.get("/api/v1/queue", params={"n": 3}).json()]
    assert sorted(queued) == [
        "bayes-disease-test",
        "double",
    ]  # the answered item is scheduled later
    from datetime import date, timedelta

    day = (date.today() + timedelta(days=5)).isoformat()
    profile = client.put(
        "/api/v1/profile", json={"interview_date": day, "hours_per_week": 4}
    ).json()
    assert profile["interview_date"] == day
    assert len(client.get("/api/v1/plan").json()) == 6


@pytest.mark.parametrize(
    "body",
    [
        {"item_id": "bias-variance-tradeoff"},
        {"item_id": "bias-variance-tradeoff", "answer": "x", "rating": 9},
        {"answer": "x"},
    ],
)
def test_malformed_bodies_are_422(client: TestClient, body: dict) -> None:  # type: ignore[type-arg]
    response = client.post("/api/v1/attempts", json=body)
    assert response.status_code == 422 and "malformed" in response.json()["detail"]


def test_empty_answer_is_422_and_nothing_saved(client: TestClient) -> None:
    response = client.post(
        "/api/v1/attempts", json={"item_id": "bias-variance-tradeoff", "answer": " "}
    )
    assert response.status_code == 422
    assert client.get("/api/v1/stats").json()["attempts"] == 0


def test_submissions_api(client: TestClient) -> None:
    created = client.post("/api/v1/submissions", json={"item_id": "double", "code": "correct"})
    assert created.status_code == 202
    sid = created.json()["id"]
    deadline = time.monotonic() + 30  # generous: CI machines can be busy
    while time.monotonic() < deadline:
        body = client.get(f"/api/v1/submissions/{sid}").json()
        if body["status"] != "pending":
            break
        time.sleep(0.05)
    assert body["status"] == "done" and body["result"]["verdict"] == "AC"
    assert (
        client.post(
            "/api/v1/submissions", json={"item_id": "bias-variance-tradeoff", "code": "x"}
        ).status_code
        == 404
    )
    assert client.get("/api/v1/submissions/none").status_code == 404


def test_cross_origin_json_post_is_refused(client: TestClient) -> None:
    response = client.post(
        "/api/v1/attempts",
        json={"item_id": "x", "answer": "y"},
        headers={"Origin": "http://evil.example"},
    )
    assert response.status_code == 403


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/v1/questions", "/api/v1/attempts", "/api/v1/submissions"} <= set(paths)
