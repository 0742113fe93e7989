"""The typed shape of bank items.

Every item is a folder holding `item.md`: YAML front matter validated by these models, then a
Markdown body split into sections by level-2 headings. Keeping the schema in pydantic gives the
loader, the validator, `mldojo bank schema` and the editors one definition to agree on.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SLUG_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, min_length=2, max_length=80)]


class Kind(StrEnum):
    concept = "concept"
    quiz = "quiz"
    problem = "problem"
    design = "design"
    behavioral = "behavioral"


class Module(StrEnum):
    coding = "coding"
    ml_coding = "ml-coding"
    ml_depth = "ml-depth"
    ml_breadth = "ml-breadth"
    ml_system_design = "ml-system-design"
    behavioral = "behavioral"


class Difficulty(StrEnum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


DESIGN_STEPS: tuple[str, ...] = (
    "problem",
    "need-for-ml",
    "metrics",
    "data",
    "mvp",
    "training",
    "inference",
    "scaling",
    "ab-testing",
    "monitoring",
)
"""The 10-step ML system design flow, in the order an interview walks it."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CompanyTag(_Strict):
    name: Slug
    source: Literal["reported", "inferred"]


class RubricPoint(_Strict):
    """One checkable key point a good answer makes; weights of an item's points sum to 1."""

    id: Slug
    weight: float = Field(gt=0, le=1)
    point: str = Field(min_length=8)
    keywords: list[str] = Field(default_factory=list)


class Misconception(_Strict):
    """A false statement a weak answer makes, tied to the rubric point it contradicts."""

    claim: str = Field(min_length=8)
    contradicts: Slug
    correction: str = ""


class ItemBase(_Strict):
    id: Slug
    title: str = Field(min_length=3, max_length=200)
    kind: Kind
    module: Module
    topics: list[Slug] = Field(min_length=1)
    difficulty: Difficulty
    companies: list[CompanyTag] = Field(default_factory=list)
    estimated_minutes: int = Field(ge=1, le=180)
    sources: list[str] = Field(default_factory=list)
    related: list[Slug] = Field(default_factory=list)


class RubricMixin(_Strict):
    rubric: list[RubricPoint] = Field(min_length=3, max_length=8)
    misconceptions: list[Misconception] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)
    red_flags: list[str] = Field(default_factory=list)


class ConceptFrontMatter(ItemBase, RubricMixin):
    kind: Literal[Kind.concept]


class NumberAnswer(_Strict):
    type: Literal["number"]
    value: float | None = None
    expr: str | None = None
    abs_tol: float = Field(default=0.0, ge=0)
    rel_tol: float = Field(default=0.0, ge=0)
    unit: str = ""

    @model_validator(mode="after")
    def _one_source(self) -> NumberAnswer:
        if (self.value is None) == (self.expr is None):
            raise ValueError("a number answer needs exactly one of `value` or `expr`")
        if self.abs_tol == 0 and self.rel_tol == 0:
            raise ValueError("a number answer needs a tolerance: `abs_tol` or `rel_tol`")
        return self


class ChoiceAnswer(_Strict):
    """One correct key (`choice`) or a set of keys that must all be chosen (`multi`)."""

    type: Literal["choice", "multi"]
    correct: list[str] = Field(min_length=1)

    @field_validator("correct", mode="before")
    @classmethod
    def _listify(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value


class SetAnswer(_Strict):
    """Free-text items compared as a set, case-insensitively, with optional synonyms."""

    type: Literal["set"]
    values: list[str] = Field(min_length=1)
    synonyms: dict[str, list[str]] = Field(default_factory=dict)


QuizAnswer = Annotated[NumberAnswer | ChoiceAnswer | SetAnswer, Field(discriminator="type")]


class ParamRange(_Strict):
    """A parameter drawn per attempt: a value from `values`, or a number in [low, high]."""

    low: float | None = None
    high: float | None = None
    step: float | None = None
    values: list[float | int | str] | None = None

    @model_validator(mode="after")
    def _range_or_values(self) -> ParamRange:
        has_range = self.low is not None and self.high is not None
        if has_range == (self.values is not None):
            raise ValueError("a parameter needs either `low`/`high` or `values`")
        if has_range and self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("`low` must not exceed `high`")
        return self


class QuizFrontMatter(ItemBase):
    kind: Literal[Kind.quiz]
    choices: dict[str, str] = Field(default_factory=dict)
    answer: QuizAnswer
    params: dict[str, ParamRange] = Field(default_factory=dict)
    derived: dict[str, str] = Field(default_factory=dict)
    explanation_expr: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _choices_match(self) -> QuizFrontMatter:
        if isinstance(self.answer, ChoiceAnswer):
            if len(self.choices) < 2:
                raise ValueError("a choice quiz needs at least two `choices`")
            unknown = [key for key in self.answer.correct if key not in self.choices]
            if unknown:
                raise ValueError(f"answer names choices that do not exist: {unknown}")
            if self.answer.type == "choice" and len(self.answer.correct) != 1:
                raise ValueError("a `choice` answer has exactly one correct key; use `multi`")
        if isinstance(self.answer, NumberAnswer) and self.answer.expr and not self.params:
            raise ValueError("an `expr` answer needs `params`")
        return self


class JudgeLimits(_Strict):
    cpu_seconds: float = Field(default=2.0, gt=0, le=60)
    wall_seconds: float = Field(default=6.0, gt=0, le=180)
    memory_mb: int = Field(default=256, ge=16, le=4096)
    output_kb: int = Field(default=64, ge=1, le=65536)
    result_kb: int = Field(default=8192, ge=1, le=262144)
    reference_time_factor: float | None = Field(default=None, gt=1, le=100)
    """When set, each hidden test's CPU limit is this multiple of the reference solution's
    measured time on that test (never below `cpu_seconds`... see docs/problem-format.md)."""


class JudgeSpec(_Strict):
    """How the judge calls a learner's submission for a coding problem."""

    entry_point: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    signature: str
    limits: JudgeLimits = Field(default_factory=JudgeLimits)
    banned_calls: list[str] = Field(default_factory=list)
    provides: list[Literal["ListNode", "TreeNode"]] = Field(default_factory=list)


class ProblemFrontMatter(ItemBase):
    kind: Literal[Kind.problem]
    judge: JudgeSpec
    hints: list[str] = Field(default_factory=list)


class DesignStep(_Strict):
    step: Literal[
        "problem",
        "need-for-ml",
        "metrics",
        "data",
        "mvp",
        "training",
        "inference",
        "scaling",
        "ab-testing",
        "monitoring",
    ]
    minutes: int = Field(ge=1, le=30)
    prompt: str = Field(min_length=8)
    rubric: list[RubricPoint] = Field(min_length=2, max_length=8)
    nudges: list[str] = Field(default_factory=list)


class DesignFrontMatter(ItemBase):
    kind: Literal[Kind.design]
    constraints: list[str] = Field(min_length=1)
    steps: list[DesignStep] = Field(min_length=10, max_length=10)
    follow_ups: list[str] = Field(default_factory=list)
    red_flags: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _steps_in_order(self) -> DesignFrontMatter:
        got = tuple(step.step for step in self.steps)
        if got != DESIGN_STEPS:
            raise ValueError(f"steps must be the 10-step flow in order: {', '.join(DESIGN_STEPS)}")
        return self


class BehavioralFrontMatter(ItemBase, RubricMixin):
    kind: Literal[Kind.behavioral]
    competency: str = Field(min_length=3)
    strong_story_shows: list[str] = Field(min_length=2)


FrontMatter = Annotated[
    ConceptFrontMatter
    | QuizFrontMatter
    | ProblemFrontMatter
    | DesignFrontMatter
    | BehavioralFrontMatter,
    Field(discriminator="kind"),
]

REQUIRED_SECTIONS: dict[Kind, tuple[str, ...]] = {
    Kind.concept: ("Question", "Answer"),
    Kind.quiz: ("Question", "Explanation"),
    Kind.problem: ("Statement",),
    Kind.design: ("Scenario",),
    Kind.behavioral: ("Question", "Answer"),
}
"""Level-2 headings each kind's body must contain. Bodies may add more sections."""


class Question(BaseModel):
    """A loaded bank item: validated front matter, body sections and where it came from."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    meta: FrontMatter
    sections: dict[str, str]
    path: str
    folder: str

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def kind(self) -> Kind:
        return self.meta.kind

    @property
    def prompt(self) -> str:
        for name in ("Question", "Statement", "Scenario"):
            if name in self.sections:
                return self.sections[name]
        return ""

    @property
    def model_answer(self) -> str:
        return self.sections.get("Answer", "") or self.sections.get("Explanation", "")
