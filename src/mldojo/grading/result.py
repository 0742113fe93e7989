"""The one result shape every grader returns.

Quizzes, the offline rubric grader and the LLM grader all produce a `GradeResult`, so the CLI,
the web layer and the scheduler read one structure: a 0-1 score, every rubric point with its
status and evidence, flags that explain odd scores, and the rating to suggest to FSRS.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from pydantic import BaseModel, ConfigDict, Field


class PointStatus(StrEnum):
    covered = "covered"
    partial = "partial"
    missing = "missing"
    contradicted = "contradicted"


class Flag(StrEnum):
    """Why a score may look surprising; shown next to it."""

    empty = "empty"
    too_brief = "too_brief"
    keyword_list = "keyword_list"
    off_topic = "off_topic"
    truncated = "truncated"
    contradiction = "contradiction"
    misconception = "misconception"
    llm_fallback = "llm_fallback"
    llm_disagrees = "llm_disagrees"
    unparsed = "unparsed"


class Rating(IntEnum):
    """FSRS ratings, with the same numbers as `fsrs.Rating`."""

    again = 1
    hard = 2
    good = 3
    easy = 4


RATING_BANDS: tuple[tuple[float, Rating], ...] = (
    (0.9, Rating.easy),
    (0.65, Rating.good),
    (0.4, Rating.hard),
)
"""Score thresholds for the suggested rating (reference note B1); below 0.4 is Again."""


def suggested_rating(score: float) -> Rating:
    """Map a 0-1 score to the rating the learner is offered first; they may override it."""
    for threshold, rating in RATING_BANDS:
        if score >= threshold:
            return rating
    return Rating.again


class PointResult(BaseModel):
    """One rubric point: how well the answer makes it, and the sentence that shows it."""

    model_config = ConfigDict(frozen=True)

    id: str
    point: str
    weight: float
    status: PointStatus
    evidence: str = ""
    similarity: float = 0.0
    note: str = ""
    """Why a point is contradicted: the misconception or the swapped/negated term found."""


class GradeResult(BaseModel):
    """What a grader concluded about one answer."""

    model_config = ConfigDict(frozen=True)

    item_id: str
    grader: str
    score: float = Field(ge=0, le=1)
    points: list[PointResult] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    suggested_rating: Rating
    correct: bool | None = None
    """For exact graders: whether the response is right. None for rubric graders."""
    expected: str | None = None
    """For quizzes: the correct answer, shown after grading."""
    feedback: str = ""
    disagreement: float | None = None
    """LLM grader only: |LLM score - offline score|, the cross-check."""
    offline_score: float | None = None
    """LLM grader only: what the offline grader gave the same answer."""
    details: dict[str, float] = Field(default_factory=dict)
    """Feature values behind a rubric score, for debugging and the benchmark."""

    @classmethod
    def build(cls, **fields: object) -> GradeResult:
        """Construct with the score clipped to [0, 1] and the rating derived from it."""
        score = min(1.0, max(0.0, float(fields.pop("score", 0.0))))  # type: ignore[arg-type]
        fields.setdefault("suggested_rating", suggested_rating(score))
        return cls(score=round(score, 4), **fields)
