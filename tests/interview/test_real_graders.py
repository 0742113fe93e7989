"""One design step and one concept answer through the real offline graders."""

from __future__ import annotations

from mldojo.interview.clock import FakeClock
from mldojo.service.interviews import Interviews
from mldojo.service.practice import Practice
from tests.e2e.test_interview import ANSWERS


def test_real_graders_tell_a_good_step_from_a_poor_one(
    practice: Practice, clock: FakeClock
) -> None:
    service = Interviews(practice, clock=clock)
    good = service.start("system-design", seed=1).id
    poor = service.start("system-design", seed=1).id
    assert good is not None and poor is not None
    strong = service.answer(good, ANSWERS["problem"])
    weak = service.answer(poor, "We should use deep learning because it is the best.")
    assert strong.result["grader"] and strong.score > weak.score
    assert weak.follow_up  # a nudge from the scenario for the missed points
    assert {p["status"] for p in strong.result["points"]} & {"covered", "partial"}
