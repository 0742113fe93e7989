"""The offline rubric grader: rubric coverage with contradiction checks and form guards.

Steps: guard against empty and oversized input; find evidence per rubric point and the
sentences that contradict a point (`analysis`); check the answer's form (`guards`); compute
the calibrated score (`calibration`); report every point with its status and evidence.
"""

from __future__ import annotations

import math

from mldojo.grading.analysis import Analysis, analyse
from mldojo.grading.calibration import FEATURES, Calibration, Features, load_calibration
from mldojo.grading.embedder import Embedder, get_embedder
from mldojo.grading.guards import FormReport, inspect_form, truncate
from mldojo.grading.item import RubricItem, build_profile
from mldojo.grading.result import Flag, GradeResult, PointResult, PointStatus

GRADER_NAME = "offline-rubric"
MIN_WORDS = 4
"""Fewer words than this cannot explain anything: the score is 0."""
BRIEF_WORDS = 15
BRIEF_RATIO = 0.15
"""Flag answers under BRIEF_WORDS words or under this share of the model answer's length."""


def grade_rubric(
    item: RubricItem,
    answer: str,
    calibration: Calibration | None = None,
    embedder: Embedder | None = None,
) -> GradeResult:
    """Grade a free-text answer against an item's rubric, offline."""
    calibration = calibration or load_calibration()
    flags: list[Flag] = []
    text, cut = truncate(answer)
    if cut:
        flags.append(Flag.truncated)
    if not text.strip():
        return _empty(item, flags + [Flag.empty])
    embedder = embedder or get_embedder()
    profile = build_profile(item, embedder)
    analysis = analyse(profile, text, embedder, calibration.thresholds)
    form = inspect_form(text, profile.vocabulary, profile.reference_words)
    points = _point_results(item, analysis, calibration)
    features = _features(item, analysis, form, points, calibration)
    score = calibration.score(features)

    if form.words < MIN_WORDS:
        score = 0.0
    if form.words < BRIEF_WORDS or form.length_ratio < BRIEF_RATIO:
        flags.append(Flag.too_brief)
    if form.keyword_list:
        flags.append(Flag.keyword_list)
        score = min(score, calibration.cap_keyword_list)
    if analysis.topic_similarity < calibration.off_topic:
        flags.append(Flag.off_topic)
        score = min(score, calibration.cap_off_topic)
    kinds = {c.kind for ev in analysis.points for c in ev.contradictions}
    if kinds - {"misconception"}:
        flags.append(Flag.contradiction)
    if "misconception" in kinds:
        flags.append(Flag.misconception)
    return GradeResult.build(
        item_id=item.id,
        grader=GRADER_NAME,
        score=score,
        points=points,
        flags=flags,
        feedback=_feedback(points),
        details={
            **{
                name: round(value, 4)
                for name, value in zip(FEATURES, features.vector(), strict=True)
            },
            "words": float(form.words),
            "function_ratio": form.function_ratio,
            "vocabulary_ratio": form.vocabulary_ratio,
        },
    )


def _point_results(
    item: RubricItem, analysis: Analysis, calibration: Calibration
) -> list[PointResult]:
    thresholds = calibration.thresholds
    results = []
    for point, evidence in zip(item.points, analysis.points, strict=True):
        note = ""
        if evidence.contradictions:
            status = PointStatus.contradicted
            first = evidence.contradictions[0]
            shown = analysis.sentences[first.sentence]
            note = first.note
        else:
            shown = evidence.evidence
            if evidence.similarity >= thresholds.covered:
                status = PointStatus.covered
            elif evidence.similarity >= thresholds.partial:
                status = PointStatus.partial
            else:
                status, shown = PointStatus.missing, ""
        results.append(
            PointResult(
                id=point.id,
                point=point.text,
                weight=point.weight,
                status=status,
                evidence=shown,
                similarity=round(evidence.similarity, 4),
                note=note,
            )
        )
    return results


def _features(
    item: RubricItem,
    analysis: Analysis,
    form: FormReport,
    points: list[PointResult],
    calibration: Calibration,
) -> Features:
    total = item.total_weight
    coverage = contradicted = 0.0
    for result in points:
        if result.status is PointStatus.contradicted:
            contradicted += result.weight
        else:
            coverage += result.weight * calibration.credit(result.similarity)
    return Features(
        coverage=coverage / total,
        contradicted=contradicted / total,
        false_share=analysis.false_sentences / max(1, len(analysis.sentences)),
        topic=analysis.topic_similarity,
        log_length=max(-3.0, min(1.0, math.log(max(form.length_ratio, 1e-3)))),
    )


def _feedback(points: list[PointResult]) -> str:
    missing = [p.id for p in points if p.status is PointStatus.missing]
    wrong = [p.id for p in points if p.status is PointStatus.contradicted]
    parts = []
    if wrong:
        parts.append("contradicted: " + ", ".join(wrong))
    if missing:
        parts.append("missing: " + ", ".join(missing))
    return "; ".join(parts) or "every rubric point is addressed"


def _empty(item: RubricItem, flags: list[Flag]) -> GradeResult:
    points = [
        PointResult(id=p.id, point=p.text, weight=p.weight, status=PointStatus.missing)
        for p in item.points
    ]
    return GradeResult.build(
        item_id=item.id,
        grader=GRADER_NAME,
        score=0.0,
        points=points,
        flags=flags,
        feedback="empty answer",
    )
