"""A whole mock interview on a fake clock, every round type, and bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mldojo.errors import NotFoundError, UsageError
from mldojo.interview.clock import FakeClock
from mldojo.interview.engine import GRACE_SECONDS, InterviewClosedError, TimeUpError
from mldojo.service import BankFilter
from mldojo.service.interviews import Interviews

PROJECT = {
    "problem": "Predict which subscribers of a music app will cancel next month.",
    "data": "Two years of listening events for 3 million users, labelled by cancellation.",
    "model": "Gradient boosted trees on weekly aggregated activity features.",
    "metrics": "AUC and recall at the top decile offline; retention uplift online.",
    "results": "AUC 0.81 offline and 4% fewer cancellations in the A/B test.",
    "tradeoffs": "Less interpretable than logistic regression, but 6 points more AUC.",
}
STAR = (
    "At my last job our team had to choose a feature store while two teams disagreed. "
    "I was responsible for the recommendation. I ran a two-week benchmark on our own "
    "traffic and proposed the managed option, then met both leads to walk through the data. "
    "As a result we shipped in six weeks and cut feature latency by 40%, saving about "
    "10 hours a week of on-call work."
)


def test_whole_interview_times_out_keeps_partial_answers_and_queues_weak_items(
    interviews: Interviews, clock: FakeClock
) -> None:
    interview = interviews.start("ml-engineer-onsite", company="meta", seed=7)
    iid = interview.id
    assert iid is not None

    # general coding: a wrong submission, a retry, then accepted
    view = interviews.current(iid)
    assert view and view.round_kind == "general-coding" and view.is_code
    assert view.seconds_left == 30 * 60
    feedback = interviews.answer(iid, "def f(): return None  # buggy")
    assert feedback.follow_up and "WA" in feedback.follow_up
    clock.advance(minutes=5)
    assert interviews.answer(iid, "def f(): return 'correct'").score == 1.0

    # ML coding: time runs out with a saved draft: the draft is kept and judged
    view = interviews.current(iid)
    assert view and view.round_kind == "ml-coding"
    interviews.save_draft(iid, "def precision_recall_f1(): pass  # half done, correct idea")
    clock.advance(minutes=35, seconds=GRACE_SECONDS + 1)

    # breadth: the clock moved on, so we are in the next round now
    view = interviews.current(iid)
    assert view and view.round_kind == "ml-breadth"
    answered = 0
    while (view := interviews.current(iid)) and view.round_kind == "ml-breadth":
        text = "right" if view.kind == "question" and "quiz" in str(view.item_id) else "WEAK"
        if view.item_id == "bayes-disease-test":
            text = "right"
        interviews.answer(iid, text)
        answered += 1
        clock.advance(minutes=1)
    assert answered >= 4  # follow-ups were asked for weak concept answers

    # depth: the project form, then answers; leave the last template unanswered by time-out
    assert view and view.kind == "project"
    interviews.answer(iid, fields=PROJECT)
    view = interviews.current(iid)
    assert view and "Gradient boosted trees" in view.prompt  # template filled from the form
    interviews.answer(iid, "STRONG answer")
    clock.advance(minutes=31)
    # past the deadline plus grace: a late answer is refused with a clear error
    with pytest.raises(TimeUpError, match="time ran out for the ML depth round"):
        interviews.answer(iid, "too late")

    # system design: two steps, then stop the interview with Ctrl-C style finish
    view = interviews.current(iid)
    assert view and view.round_kind == "ml-system-design" and view.step == "problem"
    assert view.step_seconds_left == 4 * 60
    interviews.answer(iid, "STRONG framing of the auction")
    interviews.save_draft(iid, "WEAK partial thoughts on need for ml")
    card = interviews.finish(iid)

    rounds = {r.kind: r for r in card.rounds}
    assert rounds["general-coding"].score == pytest.approx(0.9)  # one failed try: -10%
    coding = rounds["ml-coding"]
    assert coding.status == "timed-out" and coding.questions[0].score == 1.0
    assert rounds["ml-depth"].status == "timed-out"
    assert rounds["behavioral"].status == "not-reached" and rounds["behavioral"].score == 0
    design = rounds["ml-system-design"]
    # design steps weighted by their time budgets: problem 4 min at 0.9, need-for-ml partial
    assert design.questions[0].score == 0.9
    assert design.questions[1].status == "answered" and design.questions[1].score == 0.3

    # the scorecard adds up
    total_weight = sum(r.weight for r in card.rounds)
    assert card.overall == pytest.approx(sum(r.contribution for r in card.rounds), abs=1e-5)
    assert card.overall == pytest.approx(
        sum(r.weight * r.score for r in card.rounds) / total_weight, abs=1e-5
    )
    assert 0 < card.overall < 1

    # partial answers are kept in the transcript
    shown = interviews.show(iid)
    answers = [row["answer"] for row in shown["transcript"]]
    assert "def precision_recall_f1(): pass  # half done, correct idea" in answers
    assert "WEAK partial thoughts on need for ml" in answers
    assert "too late" not in answers

    # weak items are due in the practice queue afterwards
    assert card.weak_items
    queue = interviews.practice.queue(BankFilter(), n=20, now=clock.now() + timedelta(hours=1))
    due = {e.item_id for e in queue if e.reason.startswith("due for review")}
    assert set(card.weak_items) <= due
    attempts = interviews.practice.store.attempts(interviews.practice.user_id)
    assert all(a.rating == 1 for a in attempts)

    # history and chart
    history = interviews.history()
    assert history[0]["id"] == iid and history[0]["overall"] == card.overall
    chart = interviews.history_chart()
    assert chart["datasets"][0]["data"] == [card.overall]


def test_design_round_nudges_and_weights_steps_by_budget(
    interviews: Interviews, clock: FakeClock
) -> None:
    iid = interviews.start("system-design", seed=1).id
    assert iid is not None
    scores = []
    while (view := interviews.current(iid)) is not None:
        if view.kind == "follow-up":
            interviews.answer(iid, "STRONG recovery")
        elif view.step in ("problem", "metrics"):
            fb = interviews.answer(iid, "WEAK")
            assert fb.follow_up  # the scenario's nudge for that step
            scores.append(0.3)
        else:
            interviews.answer(iid, "STRONG")
            scores.append(0.9)
        clock.advance(minutes=2)
    card = interviews.finish(iid)
    design = card.rounds[0]
    # weak steps recovered half of the gap on their follow-up: (0.3 + 0.9) / 2
    assert [q.score for q in design.questions if q.step in ("problem", "metrics")] == [0.6, 0.6]
    minutes = {"problem": 4, "need-for-ml": 2, "metrics": 5}
    question = interviews.dojo.get_question("ad-ctr-prediction")
    budgets = {s.step: s.minutes for s in question.meta.steps}  # type: ignore[union-attr]
    assert all(budgets[k] == v for k, v in minutes.items())
    expected = sum(budgets[q.step or ""] * q.score for q in design.questions) / sum(
        budgets.values()
    )
    assert design.score == pytest.approx(expected, abs=1e-4)
    assert card.overall == design.score
    # the gaps link to the scenario, and the related practisable item was queued
    assert not card.gaps or card.gaps[0].links[0] == "ad-ctr-prediction"


def test_depth_round_checks_template_elements(interviews: Interviews) -> None:
    iid = interviews.start("project-deep-dive", seed=3).id
    assert iid is not None
    with pytest.raises(UsageError, match="project form"):
        interviews.answer(iid, "just text")
    interviews.answer(iid, fields=PROJECT)
    fb = interviews.answer(
        iid,
        "We compared it against a logistic regression baseline because latency mattered, and "
        "measured a 6% AUC gain in an offline experiment.",
    )
    assert fb.score == 1.0 and fb.follow_up is None
    found = {e["id"]: e["found"] for e in fb.result["elements"]}
    assert found == {"alternatives": True, "reason": True, "evidence": True}
    fb = interviews.answer(
        iid, "It all worked out fine, honestly, no complaints from anyone at all."
    )
    assert fb.score < 0.5 and fb.follow_up == "Give me one concrete thing that went wrong."
    view = interviews.current(iid)
    assert view and view.kind == "follow-up"


def test_behavioral_star_checks_and_story_bank(interviews: Interviews) -> None:
    story = interviews.add_story("Feature store choice", "first draft", ["conflict"])
    revised = interviews.revise_story(story.id, STAR)
    assert revised.revision == 2 and revised.versions[0]["text"] == "first draft"
    iid = interviews.start("behavioral", seed=2).id
    assert iid is not None
    fb = interviews.answer(iid, story_id=story.id)
    assert fb.result["star"] == 1.0 and fb.follow_up is None
    fb = interviews.answer(iid, "I fixed it and it went well.")
    elements = {e["id"]: e["found"] for e in fb.result["elements"]}
    assert not elements["measurable"] and not elements["situation"]
    assert fb.follow_up and "scene" in fb.follow_up
    with pytest.raises(UsageError, match="story is empty"):
        interviews.add_story("blank", "   ")
    with pytest.raises(NotFoundError):
        interviews.revise_story(999, "text")


def test_breadth_quiz_is_graded_exactly(interviews: Interviews, graders: object) -> None:
    iid = interviews.start("ml-breadth-drill", seed=5).id
    assert iid is not None
    seen = set()
    while (view := interviews.current(iid)) is not None:
        seen.add(view.item_id)
        kind = interviews.dojo.get_question(str(view.item_id)).kind.value
        interviews.answer(iid, "right" if kind == "quiz" else "STRONG")
    card = interviews.finish(iid)
    assert {"bayes-disease-test", "always-negative-classifier-accuracy"} <= seen
    assert card.overall > 0.8 and not card.weak_items
    wrong = interviews.start("ml-breadth-drill", seed=5).id
    assert wrong is not None
    while (view := interviews.current(wrong)) is not None:
        interviews.answer(wrong, "42")
    assert set(interviews.finish(wrong).weak_items) >= {"bayes-disease-test"}


def test_bad_input_gives_clear_errors(interviews: Interviews, clock: FakeClock) -> None:
    with pytest.raises(UsageError, match="unknown preset `nope`"):
        interviews.start("nope")
    with pytest.raises(UsageError, match="unknown company"):
        interviews.start("system-design", company="no-such-company")
    with pytest.raises(NotFoundError, match="no interview with id 42"):
        interviews.current(42)
    iid = interviews.start("ml-breadth-drill", seed=1).id
    assert iid is not None
    with pytest.raises(UsageError, match="empty"):
        interviews.answer(iid, "   ")
    with pytest.raises(UsageError, match="still running"):
        interviews.scorecard(iid)
    clock.advance(minutes=31)
    with pytest.raises(TimeUpError):
        interviews.answer(iid, "late")
    interviews.finish(iid)
    with pytest.raises(InterviewClosedError, match="finished"):
        interviews.answer(iid, "after the end")


def test_answer_within_grace_is_kept_and_flagged_late(
    interviews: Interviews, clock: FakeClock
) -> None:
    iid = interviews.start("ml-breadth-drill", seed=1).id
    assert iid is not None
    interviews.current(iid)
    clock.advance(minutes=30, seconds=GRACE_SECONDS - 5)
    fb = interviews.answer(iid, "STRONG but late")
    assert fb.late
    assert interviews.current(iid) is None  # the round closed with it
    card = interviews.finish(iid)
    assert card.rounds[0].status == "timed-out"
    assert card.rounds[0].questions[0].status == "timed-out"
    assert card.rounds[0].questions[0].score == 0.9


def test_state_survives_a_new_service_object(
    interviews: Interviews, graders: object, clock: FakeClock
) -> None:
    iid = interviews.start("system-design", seed=1).id
    assert iid is not None
    interviews.answer(iid, "STRONG")
    again = Interviews(interviews.practice, graders=graders, clock=clock)  # type: ignore[arg-type]
    view = again.current(iid)
    assert view and view.step == "need-for-ml"
