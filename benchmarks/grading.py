"""Accuracy and latency of the offline rubric grader on the labelled set.

Usage:
    .venv/bin/python benchmarks/grading.py                 # held-out report + latency
    .venv/bin/python benchmarks/grading.py --fit           # refit calibration.json on the
                                                           # calibration split, then report
    .venv/bin/python benchmarks/grading.py --split all --per-answer   # inspect every answer

The labelled set is `benchmarks/grading_data/` (see its README). Gold scores are computed from
the labels and the rubric weights. Latency runs in fresh processes pinned to 2 cores when the
machine has them (`taskset -c 0,1`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "grading_data"
sys.path.insert(0, str(ROOT.parent / "src"))

KINDS = ("excellent", "long_excellent", "partial", "wrong", "negated", "keyword", "terse")
CREDIT = {"covered": 1.0, "partial": 0.5, "missing": 0.0, "contradicted": -0.5}


@dataclass
class Labelled:
    item: str
    kind: str
    text: str
    gold: float
    labels: dict[str, str]


def load_questions() -> dict[str, Any]:
    """Concept items of the shipped bank, read item by item (a clash elsewhere in the bank
    does not stop the benchmark)."""
    from mldojo.bank.loader import load_item
    from mldojo.config import SHIPPED_BANK

    questions = {}
    for path in sorted((SHIPPED_BANK / "concepts").glob("*/item.md")):
        question = load_item(path, [])
        if question is not None:
            questions[question.id] = question
    return questions


def gold_score(weights: dict[str, float], labels: dict[str, str], kind: str) -> float:
    if kind == "keyword":
        return 0.0
    total = sum(weights.values())
    raw = sum(w * CREDIT[labels.get(pid, "missing")] for pid, w in weights.items()) / total
    return round(max(0.0, raw), 4)


def _warn(message: str) -> None:
    sys.stderr.write(f"warning: {message}\n")


def load_labelled(questions: dict[str, Any]) -> tuple[list[Labelled], dict[str, str]]:
    """Every labelled answer, with its gold score, and the split of every item."""
    splits = yaml.safe_load((DATA / "splits.yaml").read_text())
    split_of = {item: name for name, items in splits.items() for item in items}
    answers: list[Labelled] = []
    for path in sorted(DATA.glob("*.yaml")):
        if path.name == "splits.yaml":
            continue
        try:
            data = yaml.safe_load(path.read_text())
            item = data["item"]
        except (yaml.YAMLError, TypeError, KeyError) as exc:
            _warn(f"{path.name}: skipped, not a labelled-answer file ({exc})")
            continue
        if item not in questions:
            raise SystemExit(f"{path.name}: no item `{item}` in the bank")
        if item not in split_of:
            _warn(f"{path.name}: skipped, `{item}` is in no split")
            continue
        weights = {p.id: p.weight for p in questions[item].meta.rubric}
        kinds = [a["kind"] for a in data["answers"]]
        if sorted(kinds) != sorted(KINDS):
            raise SystemExit(f"{path.name}: needs one answer of each kind, got {kinds}")
        for answer in data["answers"]:
            labels: dict[str, str] = {}
            covered = answer.get("covered", [])
            if covered == "all":
                covered = list(weights)
            for status in ("covered", "partial", "contradicted"):
                ids = covered if status == "covered" else answer.get(status, [])
                for pid in ids:
                    if pid not in weights:
                        raise SystemExit(f"{path.name}: unknown rubric point `{pid}`")
                    labels[pid] = status
            gold = gold_score(weights, labels, answer["kind"])
            answers.append(Labelled(item, answer["kind"], answer["text"], gold, labels))
    return answers, split_of


def grade_all(
    answers: list[Labelled], questions: dict[str, Any], calibration: Any = None
) -> list[Any]:
    from mldojo.grading.item import RubricItem
    from mldojo.grading.rubric import grade_rubric

    items = {}
    results = []
    for answer in answers:
        if answer.item not in items:
            items[answer.item] = RubricItem.from_question(questions[answer.item])
        results.append(grade_rubric(items[answer.item], answer.text, calibration))
    return results


def metrics(answers: list[Labelled], scores: list[float]) -> dict[str, Any]:
    from scipy.stats import spearmanr

    by_item: dict[str, dict[str, float]] = {}
    for answer, score in zip(answers, scores, strict=True):
        by_item.setdefault(answer.item, {})[answer.kind] = score
    n = len(by_item)
    excellent_above = sum(
        min(s["excellent"], s["long_excellent"]) > s["partial"] for s in by_item.values()
    )
    wrong_at_partial = sum(max(s["wrong"], s["negated"]) >= s["partial"] for s in by_item.values())
    keyword_at_partial = sum(s["keyword"] >= s["partial"] for s in by_item.values())
    rho = spearmanr([a.gold for a in answers], scores).statistic
    mean_by_kind = {
        kind: round(statistics.mean(s[kind] for s in by_item.values()), 3) for kind in KINDS
    }
    gold_by_kind = {
        kind: round(statistics.mean(a.gold for a in answers if a.kind == kind), 3) for kind in KINDS
    }
    mae = statistics.mean(abs(a.gold - s) for a, s in zip(answers, scores, strict=True))
    return {
        "questions": n,
        "answers": len(answers),
        "spearman": round(float(rho), 3),
        "mae": round(mae, 3),
        "excellent_above_partial": _share(excellent_above, n),
        "wrong_or_negated_at_or_above_partial": _share(wrong_at_partial, n),
        "keyword_at_or_above_partial": f"{keyword_at_partial}/{n}",
        "mean_score_by_kind": mean_by_kind,
        "mean_gold_by_kind": gold_by_kind,
    }


def _share(count: int, n: int) -> str:
    return f"{count}/{n} ({count / n:.0%})"


def point_status_accuracy(answers: list[Labelled], results: list[Any]) -> dict[str, Any]:
    """How often a labelled contradiction is found, and how often one is invented."""
    found = labelled = invented = clean_points = 0
    for answer, result in zip(answers, results, strict=True):
        for point in result.points:
            gold = answer.labels.get(point.id, "missing")
            predicted = point.status.value == "contradicted"
            if gold == "contradicted":
                labelled += 1
                found += predicted
            elif answer.kind not in ("wrong", "negated"):
                clean_points += 1
                invented += predicted
    return {
        "contradictions_found": f"{found}/{labelled}",
        "false_contradictions_in_correct_answers": f"{invented}/{clean_points}",
    }


def _fit_rows(answers: list[Labelled], results: list[Any]) -> list[dict[str, Any]]:
    """What the score is computed from, per answer, so refitting needs no re-embedding."""
    rows = []
    for answer, result in zip(answers, results, strict=True):
        d = result.details
        rows.append(
            {
                "gold": answer.gold,
                "points": [
                    (p.weight, p.status.value == "contradicted", p.similarity)
                    for p in result.points
                ],
                "rest": [d["contradicted"], d["false_share"], d["topic"], d["log_length"]],
                "keyword": "keyword_list" in result.flags,
                "off_topic": "off_topic" in result.flags,
                "zeroed": d.get("words", 99) < 4,
            }
        )
    return rows


def _fit_scores(rows: list[dict[str, Any]], low: float, high: float, params: Any, caps: Any) -> Any:
    import numpy as np

    span = max(1e-6, high - low)
    out = np.empty(len(rows))
    for i, row in enumerate(rows):
        total = sum(w for w, _, _ in row["points"]) or 1.0
        coverage = (
            sum(
                w * min(1.0, max(0.0, (sim - low) / span))
                for w, contradicted, sim in row["points"]
                if not contradicted
            )
            / total
        )
        z = params[-1] + params[0] * coverage + float(np.dot(params[1:-1], row["rest"]))
        score = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        if row["zeroed"]:
            score = 0.0
        if row["keyword"]:
            score = min(score, caps.cap_keyword_list)
        if row["off_topic"]:
            score = min(score, caps.cap_off_topic)
        out[i] = score
    return out


def fit(answers: list[Labelled], questions: dict[str, Any]) -> str:
    """Refit the score's weights, bias and coverage ramp on `answers`; write calibration.json.

    The similarity thresholds that decide point statuses come from the code; the fitted part
    is the mapping from features to a score. Loss: squared error against gold, a hinge term
    per question that wants excellent > partial > wrong/negated/keyword, and a small pull
    towards the default weights.
    """
    import dataclasses

    import numpy as np
    from scipy.optimize import minimize

    from mldojo.grading.analysis import Thresholds
    from mldojo.grading.calibration import (
        CALIBRATION_FILE,
        Calibration,
        load_calibration,
    )

    load_calibration.cache_clear()
    # The similarity thresholds are set in code (analysis.Thresholds); the fit starts from the
    # shipped weights and replaces them.
    base = dataclasses.replace(load_calibration(), thresholds=Thresholds())
    results = grade_all(answers, questions, base)
    rows = _fit_rows(answers, results)
    gold = np.array([r["gold"] for r in rows])
    index: dict[str, dict[str, int]] = {}
    for i, answer in enumerate(answers):
        index.setdefault(answer.item, {})[answer.kind] = i
    pairs = []
    for kinds in index.values():
        for good in ("excellent", "long_excellent"):
            pairs.append((kinds[good], kinds["partial"]))
        for bad in ("wrong", "negated", "keyword"):
            pairs.append((kinds["partial"], kinds[bad]))
    upper, lower = np.array(pairs).T
    # Signs and ranges that keep the score meaningful on unseen questions: coverage must
    # drive it, an answer that covers nothing must score near 0 (bias), topic and length
    # may only nudge it.
    bounds = [(3, 15), (-10, 0), (-10, 0), (0, 3), (-0.5, 0.5), (-10, -2.5)]
    prior = np.array([*Calibration().weights, Calibration().bias])

    def loss(params: Any, low: float, high: float) -> float:
        scores = _fit_scores(rows, low, high, params, base)
        hinge = np.maximum(0.0, 0.05 - (scores[upper] - scores[lower]))
        ridge = 2e-4 * float(np.sum(np.square(params - prior)))
        return float(np.mean((scores - gold) ** 2) + 0.5 * np.mean(hinge) + ridge)

    best: tuple[float, float, float, Any] | None = None
    start = np.clip(np.array([*base.weights, base.bias]), *np.array(bounds).T)
    for low in (0.40, 0.45, 0.50):
        for high in (0.62, 0.66, 0.70, 0.74):
            found = minimize(loss, start, args=(low, high), method="L-BFGS-B", bounds=bounds)
            if best is None or found.fun < best[0]:
                best = (float(found.fun), low, high, found.x)
    assert best is not None
    value, low, high, params = best
    fitted = Calibration(
        thresholds=base.thresholds,
        credit_low=low,
        credit_high=high,
        weights=tuple(round(float(w), 4) for w in params[:-1]),
        bias=round(float(params[-1]), 4),
        off_topic=base.off_topic,
        cap_keyword_list=base.cap_keyword_list,
        cap_off_topic=base.cap_off_topic,
        fitted_on=f"calibration split: {len(index)} questions, {len(answers)} answers",
    )
    CALIBRATION_FILE.write_text(fitted.to_json(), encoding="utf-8")
    load_calibration.cache_clear()
    return f"wrote {CALIBRATION_FILE} (loss {value:.4f}, credit ramp {low}-{high})"


_LATENCY_CODE = r"""
import json, statistics, sys, time
t0 = time.perf_counter()
from mldojo.grading.embedder import get_embedder
embedder = get_embedder()
load = time.perf_counter() - t0
from mldojo.grading.item import RubricItem
from mldojo.grading.rubric import grade_rubric
sys.path.insert(0, "benchmarks")
from grading import load_questions
jobs = json.loads(sys.stdin.read())
questions = load_questions()
first, later = [], []
for item_id, texts in jobs:
    item = RubricItem.from_question(questions[item_id])
    for n, text in enumerate(texts):
        t = time.perf_counter()
        grade_rubric(item, text, embedder=embedder)
        (later if n else first).append(time.perf_counter() - t)
print(json.dumps({
    "model_load": load,
    "first_grade_of_item": statistics.median(first),
    "grade_median": statistics.median(later),
    "grade_p90": sorted(later)[int(0.9 * len(later))],
}))
"""


def latency(answers: list[Labelled], runs: int = 3) -> dict[str, float]:
    """Model load and per-grade time in fresh processes, on 2 cores when available.

    `first_grade_of_item` is the first answer to an item in a process: the item's rubric,
    model answer and false variants are embedded too (what one `mldojo grade` call pays after
    the model load). `grade_*` are the next, different answers to the same item: the usual
    cost in a running web server or practice session.
    """
    by_item: dict[str, list[str]] = {}
    for answer in answers:
        if answer.kind in ("excellent", "partial", "wrong", "terse"):
            by_item.setdefault(answer.item, []).append(answer.text)
    jobs = json.dumps(sorted(by_item.items()))
    prefix = ["taskset", "-c", "0,1"] if (os.cpu_count() or 1) >= 2 and _has("taskset") else []
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [*prefix, sys.executable, "-c", _LATENCY_CODE],
            input=jobs,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT.parent / "src")},
        )
        samples.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: round(statistics.median(s[key] for s in samples) * 1000, 1) for key in samples[0]}


def _has(program: str) -> bool:
    from shutil import which

    return which(program) is not None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fit", action="store_true", help="refit calibration.json first")
    parser.add_argument("--split", default="heldout", choices=("heldout", "calibration", "all"))
    parser.add_argument("--per-answer", action="store_true")
    parser.add_argument("--no-latency", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    questions = load_questions()
    answers, split_of = load_labelled(questions)
    if args.fit:
        train = [a for a in answers if split_of[a.item] == "calibration"]
        if not train:
            raise SystemExit("the calibration split has no labelled answers")
        print(fit(train, questions), file=sys.stderr)
    chosen = [a for a in answers if args.split == "all" or split_of[a.item] == args.split]
    started = time.perf_counter()
    results = grade_all(chosen, questions)
    elapsed = time.perf_counter() - started
    scores = [r.score for r in results]
    report = {
        "split": args.split,
        **metrics(chosen, scores),
        **point_status_accuracy(chosen, results),
        "grading_seconds": round(elapsed, 1),
    }
    if not args.no_latency:
        report["latency_ms"] = latency(chosen)
    if args.per_answer:
        for answer, result in zip(chosen, results, strict=True):
            statuses = " ".join(f"{p.id}={p.status.value[:4]}" for p in result.points)
            print(
                f"{answer.item:38} {answer.kind:15} gold={answer.gold:.2f} "
                f"score={result.score:.2f} {','.join(result.flags)} | {statuses}"
            )
    print(json.dumps(report, indent=2) if args.json else _table(report))


def _table(report: dict[str, Any]) -> str:
    lines = [f"{key:42} {value}" for key, value in report.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
