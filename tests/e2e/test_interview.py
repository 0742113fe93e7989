"""A system design round in the browser, from the start form to the scorecard, with the real
grader, the visible countdown and the history chart."""

from __future__ import annotations

import re
from typing import Any

from tests.e2e.conftest import shot

ANSWERS = {
    "problem": (
        "Predicted CTR enters the auction as bid times pCTR, so it decides revenue, prices and "
        "what users see. The probabilities must be calibrated, not just well ordered, because "
        "they set prices. The target is a click on this ad in this impression for this user."
    ),
    "need-for-ml": (
        "Historical CTR per ad is a baseline but it fails for new ads and ignores the user. "
        "Personalised CTR prediction drives revenue and relevance, which justifies a model."
    ),
}


def test_system_design_round_from_start_to_scorecard(server: str, page: Any) -> None:
    page.goto(server + "/interviews")
    page.get_by_label("Loop").select_option("system-design")
    page.get_by_label("Company").select_option("meta")
    page.get_by_role("button", name="Start the interview").click()
    page.locator("#round-title").wait_for()
    assert "ML system design" in page.locator("#round-title").inner_text()
    first = page.locator("#clock").inner_text()
    page.wait_for_timeout(1500)
    assert page.locator("#clock").inner_text() != first, "the countdown runs"
    assert re.fullmatch(r"\d\d:\d\d", page.locator("#step-clock").inner_text())
    shot(page, "interview-design-step")
    for step in ("problem", "need-for-ml"):
        assert f"({step})" in page.locator("#prompt").inner_text()
        page.get_by_label("Your answer").fill(ANSWERS[step])
        page.get_by_role("button", name="Submit answer").click()
        page.locator("#last-score").wait_for(timeout=60_000)
        if "Follow-up" in page.locator("main").inner_text():
            page.get_by_label("Your answer").fill("I would also check calibration by segment.")
            page.get_by_role("button", name="Submit answer").click()
            page.locator("#last-score").wait_for(timeout=60_000)
    page.get_by_label("Your answer").fill("Offline log loss and AUC")  # a partial draft
    page.get_by_role("button", name="Finish and see the scorecard").click()
    page.locator("#overall").wait_for(timeout=60_000)
    assert page.locator("#rounds tbody tr").count() >= 11
    assert page.locator("#gaps a[href^='/items/']").count() >= 1
    shot(page, "interview-scorecard")
    page.goto(server + "/interviews")
    assert page.locator("#history tbody tr").count() >= 1
    shot(page, "interview-history")
