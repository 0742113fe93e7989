"""What a person does in the browser, end to end, with the real grader and the real judge."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import shot

CONCEPT = "bias-variance-tradeoff"
PROBLEM = "precision_recall_f1"
ANSWER = (
    "The expected squared error splits into bias squared, variance and irreducible noise. "
    "Bias is systematic error from a model that is too simple, which underfits. "
    "Variance is how much the fitted model changes between training sets, which overfits. "
    "More capacity lowers bias but raises variance, so test error is U-shaped. "
    "Regularisation and more data cut variance; richer features cut bias."
)
CORRECT = """
def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 1)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t != 1 and p == 1)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p != 1)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
"""
WRONG = """
def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 1)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t != 1 and p == 1)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p != 1)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)
"""


def test_dashboard_opens(server: str, page: Any) -> None:
    page.goto(server + "/")
    assert page.title().startswith("Dashboard")
    assert page.locator("#due-today").is_visible()
    assert page.locator(".heatmap li").count() > 10
    shot(page, "dashboard")


def test_answer_a_concept_question_and_see_per_point_feedback(server: str, page: Any) -> None:
    page.goto(f"{server}/items/{CONCEPT}")
    page.get_by_label("Your answer").fill(ANSWER)
    page.get_by_role("button", name="Grade my answer").click()
    page.locator(".points .point").first.wait_for(timeout=30_000)
    statuses = page.locator(".point .status").all_inner_texts()
    assert len(statuses) >= 3 and any(s.lower() == "covered" for s in statuses)
    shot(page, "question-graded")
    page.get_by_role("button", name="Save and schedule").click()
    page.locator("#saved").wait_for()
    assert "Next review" in page.locator("#saved").inner_text()


def _type_code(page: Any, code: str) -> None:
    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def test_solve_a_coding_problem_then_fail_one(server: str, page: Any) -> None:
    page.goto(f"{server}/items/{PROBLEM}")
    page.locator(".cm-editor").wait_for()
    _type_code(page, CORRECT)
    page.get_by_role("button", name="Submit").click()
    verdict = page.locator("#overall-verdict")
    verdict.wait_for(timeout=60_000)
    assert verdict.inner_text() == "AC"
    shot(page, "coding-accepted")
    _type_code(page, WRONG)
    page.get_by_role("button", name="Submit").click()
    page.wait_for_function(
        "(() => { const v = document.querySelector('#overall-verdict');"
        " return v && v.innerText !== 'AC'; })()",
        timeout=60_000,
    )
    assert page.locator("#overall-verdict").inner_text() in ("RE", "WA")
    failing = page.locator("table.tests tr.RE, table.tests tr.WA")
    assert failing.count() >= 1
    assert failing.first.locator("td").first.inner_text().strip() != ""
    shot(page, "coding-failed")


def test_statistics_charts_render(server: str, page: Any) -> None:
    page.goto(server + "/stats")
    page.wait_for_function(
        "document.querySelectorAll('canvas[data-rendered=true]').length >= 6", timeout=20_000
    )
    shot(page, "statistics")


def test_pages_work_with_javascript_off(server: str, browser: Any) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/items/{CONCEPT}")
    page.get_by_label("Your answer").fill(ANSWER)
    page.get_by_role("button", name="Grade my answer").click()
    page.locator(".points .point").first.wait_for(timeout=30_000)
    page.get_by_role("button", name="Save and schedule").click()
    assert "Next review" in page.locator("#saved").inner_text()
    page.goto(server + "/bank?kind=quiz")
    assert page.locator("table.bank tbody tr").count() > 5
    context.close()


def test_keyboard_reaches_the_answer_and_every_control_is_labelled(server: str, page: Any) -> None:
    page.goto(f"{server}/items/{CONCEPT}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
              .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
              .length"""
    )
    assert unlabelled == 0
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "answer":
            break
    assert page.evaluate("document.activeElement.id") == "answer"
