"""ML depth: the project form and the progressively deeper follow-up templates.

The round starts from the candidate's own project, described in a fixed form. Each template
then asks one level deeper (why this model, what failed, how it was evaluated, what you would
change) and names the elements a strong answer contains, checked by cue phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mldojo.errors import UsageError
from mldojo.interview.cues import Element, ElementCheck, check_elements, share_found, word_count
from mldojo.interview.star import MEASURABLE

PROJECT_FIELDS: tuple[tuple[str, str], ...] = (
    ("problem", "Problem: what were you trying to solve, for whom?"),
    ("data", "Data: what data, how much, how labelled?"),
    ("model", "Model: what did you build?"),
    ("metrics", "Metrics: how did you measure success, offline and online?"),
    ("results", "Results: what happened, in numbers?"),
    ("tradeoffs", "Trade-offs: what did you give up, and why?"),
)
MIN_FIELD_WORDS = 5


@dataclass(frozen=True)
class DepthTemplate:
    id: str
    prompt: str
    """Filled with the project's fields: {model}, {problem}, {metrics}, ..."""
    elements: tuple[Element, ...]


TEMPLATES: tuple[DepthTemplate, ...] = (
    DepthTemplate(
        "why-model",
        "You chose this model: \u201c{model}\u201d. Why that one and not something simpler "
        "or more powerful?",
        (
            Element(
                "alternatives",
                "Names the alternatives considered",
                (
                    r"\b(?:instead of|rather than|compared (?:to|with|against)|alternative|"
                    r"baseline|versus|vs\.?|over a|considered|tried)\b",
                ),
                "Which alternatives did you consider, and what did you compare against?",
            ),
            Element(
                "reason",
                "Ties the choice to the data or constraints",
                (
                    r"\b(?:because|since|due to|given (?:the|that|our)|latency|interpretab|"
                    r"amount of data|small data|sparse|memory|budget|constraint|explain)\w*",
                ),
                "What about your data or constraints made that model the right fit?",
            ),
            Element(
                "evidence",
                "Backs the choice with a measurement",
                (*MEASURABLE, r"\b(?:measured|experiment|ablation|offline test|benchmark)\w*"),
                "Did you measure the difference? What numbers backed the choice?",
            ),
        ),
    ),
    DepthTemplate(
        "what-failed",
        "What did not work along the way, and how did you find out?",
        (
            Element(
                "failure",
                "Names a concrete failure",
                (
                    r"\b(?:failed|did not work|didn't work|broke|overfit\w*|leak\w*|"
                    r"bug|drift\w*|degrad\w*|worse|regress\w*|mistake|wrong)\b",
                ),
                "Give me one concrete thing that went wrong.",
            ),
            Element(
                "diagnosis",
                "Explains how it was diagnosed",
                (
                    r"\b(?:noticed|found|discovered|debug\w*|investigat\w*|traced|"
                    r"analy[sz]\w*|plotted|inspect\w*|error analysis|root cause|looked at)\b",
                ),
                "How did you find the cause? What did you look at?",
            ),
            Element(
                "fix",
                "Says what changed afterwards",
                (
                    r"\b(?:fixed|changed|switched|added|removed|retrained|rewrote|"
                    r"so we|so i|then we|then i|resolved|solved)\b",
                ),
                "What did you change after finding it, and did it work?",
            ),
        ),
    ),
    DepthTemplate(
        "evaluation",
        "How did you evaluate it? Convince me the results in \u201c{results}\u201d are real.",
        (
            Element(
                "split",
                "Describes the evaluation split or protocol",
                (
                    r"\b(?:hold-?out|held-?out|test set|validation|cross-validat\w*|"
                    r"time-based split|split|backtest\w*|out-of-time)\b",
                ),
                "What data did you evaluate on, and how was it kept separate from training?",
            ),
            Element(
                "metric-choice",
                "Justifies the metric",
                (
                    r"\b(?:precision|recall|auc|f1|log ?loss|rmse|mae|ndcg|accuracy|"
                    r"calibrat\w*|business metric|ctr|conversion)\b",
                ),
                "Which metric did you trust most, and why that one?",
            ),
            Element(
                "online",
                "Checks it online or against a baseline",
                (
                    r"\b(?:a/b|ab test|online|shadow|canary|baseline|control group|"
                    r"in production|live traffic)\b",
                ),
                "Did you confirm the gain online or against a baseline? How?",
            ),
        ),
    ),
    DepthTemplate(
        "change",
        "If you started this project again today, what would you change?",
        (
            Element(
                "change",
                "Names a specific change",
                (
                    r"\b(?:i would|i'd|we would|we'd|next time|instead|switch\w*|"
                    r"start with|earlier|sooner)\b",
                ),
                "Be specific: what exactly would you do differently?",
            ),
            Element(
                "why",
                "Says why it would be better",
                (r"\b(?:because|so that|since|would (?:save|reduce|improve|avoid|let))\b",),
                "Why would that be better? What would it buy you?",
            ),
        ),
    ),
)


def parse_project(fields: dict[str, str]) -> dict[str, str]:
    """Validate the project form; every field is required, none may be trivially short."""
    unknown = sorted(set(fields) - {name for name, _ in PROJECT_FIELDS})
    if unknown:
        raise UsageError(f"unknown project fields: {', '.join(unknown)}")
    clean = {name: " ".join(fields.get(name, "").split()) for name, _ in PROJECT_FIELDS}
    empty = [name for name, value in clean.items() if not value]
    if len(empty) == len(clean):
        raise UsageError("the project form is empty: describe a project you worked on")
    return clean


def score_project(fields: dict[str, str]) -> tuple[float, list[ElementCheck]]:
    """Completeness of the form: each field filled with substance, results with a number."""
    checks = []
    for name, label in PROJECT_FIELDS:
        value = fields.get(name, "")
        found = word_count(value) >= MIN_FIELD_WORDS
        if name == "results":
            found = found and bool(re.search(r"\d", value))
        checks.append(ElementCheck(name, label, found, value[:300]))
    return round(share_found(checks), 4), checks


def project_as_text(fields: dict[str, str]) -> str:
    return "\n".join(f"{name}: {fields.get(name, '')}" for name, _ in PROJECT_FIELDS)


def fill_prompt(template: DepthTemplate, fields: dict[str, str]) -> str:
    short = {name: _clip(value) for name, value in fields.items()}
    return template.prompt.format(**{name: short.get(name, "") for name, _ in PROJECT_FIELDS})


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def check_template(template_id: str, answer: str) -> tuple[float, list[ElementCheck]]:
    template = get_template(template_id)
    checks = check_elements(answer, template.elements)
    score = share_found(checks)
    if word_count(answer) < 15:
        score *= word_count(answer) / 15
    return round(score, 4), checks


def get_template(template_id: str) -> DepthTemplate:
    for template in TEMPLATES:
        if template.id == template_id:
            return template
    raise UsageError(f"unknown depth template `{template_id}`")
