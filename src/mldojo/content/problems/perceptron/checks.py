"""Perceptron: on linearly separable data every training margin is strictly positive."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, as_float


def _separable(rng, n, d, margin, offset=0.0, spread=3.0):
    """n points at distance >= margin from a random hyperplane, labelled by its side."""
    w = rng.normal(size=d)
    w /= np.linalg.norm(w)
    centre = offset * np.ones(d)
    b = -float(w @ centre) + 0.3 * rng.normal()
    X = np.empty((0, d))
    while len(X) < n:
        cand = centre + spread * rng.uniform(-1, 1, size=(4 * n, d))
        X = np.vstack([X, cand[np.abs(cand @ w + b) >= margin]])
    X = X[:n]
    return X, np.where(X @ w + b > 0, 1, -1)


def cases() -> list[Case]:
    rng = np.random.default_rng(31337)
    out = []

    def add(name, X, y, label, hidden=True, **limits):
        inputs = {
            "X": np.asarray(X, dtype=float),
            "y": np.asarray(y, dtype=np.int64),
            "max_epochs": 1000,
        }
        out.append(Case(name, inputs, hidden=hidden, label=label, **limits))

    add("public_2d", *_separable(rng, 20, 2, 0.5), "small 2-D example", hidden=False)
    add("far_from_origin", *_separable(rng, 200, 2, 0.4, offset=8.0), "points far from the origin")
    add("high_dim", *_separable(rng, 200, 50, 0.05, spread=1.0), "high-dimensional")
    X = rng.normal(size=(40, 3)) + 2.0
    add("one_class", X, np.ones(40, dtype=int), "one class only")
    add("one_dim", *_separable(rng, 50, 1, 0.2, offset=3.0), "one feature")
    X, y = _separable(rng, 30, 3, 0.5)
    add("duplicates", np.vstack([X, X, X[:10]]), np.concatenate([y, y, y[:10]]), "duplicate points")
    add("small_margin", *_separable(rng, 300, 4, 0.05, offset=4.0), "small margin")
    add(
        "large",
        *_separable(rng, 5000, 5, 0.1, offset=2.0),
        "large input",
        cpu_seconds=10,
        wall_seconds=30,
    )
    return out


def check(case: Case, output) -> None:
    X, y = case.inputs["X"], case.inputs["y"]
    if not isinstance(output, dict):
        raise WrongAnswer("unexpected output")
    w = as_array(output["w"], "w", "f", (X.shape[1],)).astype(float)
    b = as_float(output["b"], "b")
    margins = y * (X @ w + b)
    bad = int(np.sum(~(margins > 0)))
    if bad:
        raise WrongAnswer(
            f"{bad} of {len(y)} training points do not satisfy y * (w @ x + b) > 0 "
            "(a point exactly on the boundary counts as a mistake)"
        )
