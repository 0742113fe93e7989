import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_float


def _expected(y_true: list[int], y_pred: list[int]) -> tuple[float, float, float]:
    """From the confusion counts, with F1 as 2TP / (2TP + FP + FN) (equal to the harmonic
    mean whenever that is defined)."""
    tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == 1 and p == 1)
    fp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == 0 and p == 1)
    fn = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == 1 and p == 0)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return precision, recall, f1


def _case(name, y_true, y_pred, hidden=True, label=""):
    y_true = [int(v) for v in y_true]
    y_pred = [int(v) for v in y_pred]
    return Case(
        name,
        {"y_true": y_true, "y_pred": y_pred},
        hidden=hidden,
        label=label,
        expected=_expected(y_true, y_pred),
    )


def cases() -> list[Case]:
    rng = np.random.default_rng(3)
    big_true = rng.random(200_000) < 0.3
    big_pred = np.where(rng.random(200_000) < 0.8, big_true, rng.random(200_000) < 0.5)
    rare_true = rng.random(50_000) < 0.002
    return [
        _case("example", [1, 0, 1, 1, 0], [1, 1, 0, 1, 0], hidden=False, label="example"),
        _case("no_pred_public", [1, 1, 0], [0, 0, 0], hidden=False, label="no predicted positives"),
        _case(
            "no_predicted_positives",
            [1, 0, 1, 0, 0, 1],
            [0] * 6,
            label="no predicted positives (precision 0/0)",
        ),
        _case(
            "no_actual_positives",
            [0, 0, 0, 0],
            [1, 0, 1, 0],
            label="no actual positives (recall 0/0)",
        ),
        _case("all_negative", [0, 0, 0], [0, 0, 0], label="all labels and predictions 0"),
        _case("empty", [], [], label="empty input"),
        _case("zero_tp", [1, 1, 0, 0], [0, 0, 1, 1], label="no true positives"),
        _case("perfect", [1, 0, 1, 1, 0, 0, 1], [1, 0, 1, 1, 0, 0, 1], label="perfect predictions"),
        _case(
            "all_positive", [1, 0, 0, 1, 0], [1, 1, 1, 1, 1], label="everything predicted positive"
        ),
        _case("single", [1], [1], label="a single sample"),
        _case("rare_positives", rare_true, rng.random(50_000) < 0.01, label="rare positives"),
        _case("large", big_true, big_pred, label="large input"),
    ]


def check(case: Case, output) -> None:
    names = ("precision", "recall", "f1")
    for name, want in zip(names, case.expected, strict=True):
        got = as_float(output[name], name)
        if not np.isclose(got, want, rtol=1e-6, atol=1e-9):
            detail = "" if case.hidden else f" (expected {want:.6g}, got {got:.6g})"
            raise WrongAnswer(f"{name} is wrong" + detail)
