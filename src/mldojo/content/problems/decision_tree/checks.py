"""Decision tree: the three rules of the catalogue, plus labels and single-class behaviour."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, reference


def _consistent_labels(rng, X, n_classes, values=None):
    """Random labels that agree on duplicate rows (no conflicting duplicates)."""
    _, inverse = np.unique(X, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    per_row = rng.integers(0, n_classes, size=inverse.max() + 1)
    y = per_row[inverse]
    return y if values is None else np.asarray(values)[y]


def _rule_labels(rng, X, noise):
    score = np.sin(2 * X[:, 0]) + X[:, 1] * X[:, 2] - 0.5 * X[:, 3]
    y = (score > 0).astype(np.int64) + (X[:, 0] + X[:, 4] > 1.0)
    flip = rng.random(len(y)) < noise
    y[flip] = rng.integers(0, 3, size=flip.sum())
    return y


def cases() -> list[Case]:
    rng = np.random.default_rng(4242)
    out = []

    def add(name, X, y, X_test, max_depth, rules, label, hidden=True, y_test=None, **limits):
        inputs = {
            "X": np.asarray(X, dtype=float),
            "y": np.asarray(y, dtype=np.int64),
            "X_test": np.asarray(X_test, dtype=float),
            "max_depth": max_depth,
        }
        out.append(
            Case(
                name,
                inputs,
                hidden=hidden,
                label=label,
                expected=y_test,
                extra={"rules": rules},
                **limits,
            )
        )

    X = rng.normal(size=(20, 2))
    add(
        "public_full_depth",
        X,
        (X[:, 0] * X[:, 1] > 0).astype(int),
        rng.normal(size=(5, 2)),
        None,
        ["full"],
        "small data, max_depth=None",
        hidden=False,
    )
    X = rng.normal(size=(200, 4))
    add(
        "full_random_labels",
        X,
        rng.integers(0, 4, 200),
        rng.normal(size=(50, 4)),
        None,
        ["full"],
        "max_depth=None, labels without structure",
    )
    X = np.tile(np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float), (5, 1))
    add(
        "full_xor",
        X,
        (X[:, 0] != X[:, 1]).astype(int),
        X[:4],
        None,
        ["full"],
        "max_depth=None, XOR pattern (first split gains nothing)",
    )
    X = rng.integers(0, 5, size=(150, 3)).astype(float)
    add(
        "full_repeated_values",
        X,
        _consistent_labels(rng, X, 3),
        X[:20],
        None,
        ["full"],
        "max_depth=None, repeated feature values",
    )
    r44 = np.random.default_rng(44)
    X = r44.integers(0, 8, size=(40, 2)).astype(float)
    add(
        "stump_criterion",
        X,
        r44.integers(0, 3, size=40),
        X[:10],
        1,
        ["stump"],
        "max_depth=1, Gini differs from other criteria",
    )
    r39 = np.random.default_rng(39)
    X = r39.integers(0, 4, size=(12, 2)).astype(float)
    add(
        "stump_tied_splits",
        X,
        r39.integers(0, 2, size=12),
        X[:5],
        1,
        ["stump"],
        "max_depth=1, several splits tie",
    )
    X = rng.normal(size=(300, 5))
    add(
        "stump_continuous",
        X,
        (X[:, 2] + 0.7 * rng.normal(size=300) > 0.3).astype(int),
        X[:10],
        1,
        ["stump"],
        "max_depth=1, continuous features",
    )
    X = rng.uniform(-1.5, 1.5, size=(1200, 6))
    y = _rule_labels(rng, X, 0.1)
    add(
        "heldout_depth4",
        X[:600],
        y[:600],
        X[600:],
        4,
        ["heldout"],
        "max_depth=4, held-out accuracy",
        y_test=y[600:],
    )
    X = rng.normal(size=(30, 3))
    add(
        "single_class",
        X,
        np.full(30, 7),
        rng.normal(size=(10, 3)),
        None,
        ["full", "single"],
        "one class only",
    )
    X = rng.normal(size=(120, 3))
    add(
        "label_values",
        X,
        _consistent_labels(rng, X, 3, values=[2, 9, 17]),
        rng.normal(size=(20, 3)),
        None,
        ["full"],
        "labels that are not 0..c-1",
    )
    X = rng.uniform(-1.5, 1.5, size=(1000, 6))
    add(
        "large_full_depth",
        X,
        _rule_labels(rng, X, 0.2),
        X[:100],
        None,
        ["full"],
        "large input, max_depth=None",
        cpu_seconds=10,
        wall_seconds=30,
    )
    X = rng.uniform(-1.5, 1.5, size=(4000, 8))
    y = _rule_labels(rng, X, 0.1)
    add(
        "large_heldout_depth4",
        X[:2000],
        y[:2000],
        X[2000:],
        4,
        ["heldout"],
        "large input, max_depth=4",
        y_test=y[2000:],
        cpu_seconds=10,
        wall_seconds=30,
    )
    return out


def _stump_accuracies(X, y):
    """Training accuracies of every root split whose weighted Gini is (within 1e-12) lowest."""
    n = len(y)
    classes = np.unique(y)
    scored = []
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:], strict=True):
            left = X[:, j] <= (a + b) / 2
            gini, correct = 0.0, 0
            for side in (left, ~left):
                counts = (y[side][:, None] == classes[None, :]).sum(axis=0)
                gini += side.sum() / n * (1.0 - ((counts / counts.sum()) ** 2).sum())
                correct += counts.max()
            scored.append((gini, correct / n))
    if not scored:  # every feature constant: no split, the majority label everywhere
        return [float((y[:, None] == classes[None, :]).sum(axis=0).max() / n)]
    lowest = min(g for g, _ in scored)
    return sorted({acc for g, acc in scored if g <= lowest + 1e-12})


def check(case: Case, output) -> None:
    inp = case.inputs
    X, y, X_test = inp["X"], inp["y"], inp["X_test"]
    if not isinstance(output, dict):
        raise WrongAnswer("unexpected output")
    train_pred = as_array(output["train_pred"], "predict(X_train)", "i", (len(y),))
    test_pred = as_array(output["test_pred"], "predict(X_test)", "i", (len(X_test),))
    labels = np.unique(y)
    if not (np.isin(train_pred, labels).all() and np.isin(test_pred, labels).all()):
        raise WrongAnswer("predict must return labels that occur in y (not class positions)")
    train_acc = float(np.mean(train_pred == y))
    rules = case.extra["rules"]
    if "full" in rules and train_acc != 1.0:
        raise WrongAnswer(
            f"with max_depth=None the training accuracy must be 1.0, got {train_acc:.4f} "
            "(keep splitting impure nodes even when the best split does not lower the Gini)"
        )
    if "single" in rules and not np.all(test_pred == y[0]):
        raise WrongAnswer("with a single class in y every prediction must be that class")
    if "stump" in rules:
        allowed = _stump_accuracies(X, y)
        if not any(abs(train_acc - a) <= 1e-9 for a in allowed):
            raise WrongAnswer(
                f"with max_depth=1 the training accuracy {train_acc:.4f} is not that of a "
                "split with the lowest weighted Gini impurity"
            )
    if "heldout" in rules:
        ref = reference(__file__).DecisionTree(max_depth=inp["max_depth"]).fit(X, y)
        ref_acc = float(np.mean(ref.predict(X_test) == case.expected))
        acc = float(np.mean(test_pred == case.expected))
        if acc < ref_acc - 0.05:
            raise WrongAnswer(
                f"with max_depth=4 the held-out accuracy {acc:.3f} is more than 0.05 below "
                f"the reference's {ref_acc:.3f}"
            )
