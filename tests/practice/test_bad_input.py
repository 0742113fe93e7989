from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mldojo.errors import NotFoundError, UsageError
from mldojo.service.practice import Graded, Practice

NOW = datetime(2026, 3, 2, tzinfo=UTC)
GRADED = Graded(0.7, 3, {})


def test_unknown_id(practice: Practice) -> None:
    with pytest.raises(NotFoundError):
        practice.attempt("no-such-item", "x", graded=GRADED, now=NOW)


def test_empty_answer_changes_nothing(practice: Practice) -> None:
    with pytest.raises(UsageError, match="empty"):
        practice.attempt("clustering-00", "   ", graded=GRADED, now=NOW)
    assert practice.store.attempts(practice.user_id) == []


@pytest.mark.parametrize("rating", ["5", "0", "great", 7])
def test_rating_out_of_range_changes_nothing(practice: Practice, rating: object) -> None:
    with pytest.raises(UsageError, match="rating must be"):
        practice.attempt("clustering-00", "x", rating=rating, graded=GRADED, now=NOW)  # type: ignore[arg-type]
    assert practice.store.attempts(practice.user_id) == []


def test_plan_date_in_the_past_is_refused(practice: Practice) -> None:
    with pytest.raises(UsageError, match="in the past"):
        practice.update_profile(interview_date=date(2020, 1, 1), today=date(2026, 3, 2))
    assert practice.profile().interview_date is None


def test_plan_needs_a_date(practice: Practice) -> None:
    with pytest.raises(UsageError, match="interview date"):
        practice.plan(today=date(2026, 3, 2))


def test_unknown_company_and_role(practice: Practice) -> None:
    with pytest.raises(UsageError, match="unknown companies"):
        practice.update_profile(companies=["acme-corp"])
    with pytest.raises(UsageError, match="unknown role"):
        practice.update_profile(role="astronaut")
