"""MLP: probabilities in [0, 1]; on data that is not linearly separable, training accuracy
>= 0.95 and held-out accuracy >= 0.90."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array

TRAIN_ACC = 0.95
TEST_ACC = 0.90


def _xor(rng, n, noise_features=0, angle=0.0):
    quadrant = rng.integers(0, 4, n)
    centres = np.array([[1, 1], [-1, -1], [1, -1], [-1, 1]], dtype=float)
    X = centres[quadrant] + 0.35 * rng.normal(size=(n, 2))
    c, s = np.cos(angle), np.sin(angle)
    X = X @ np.array([[c, -s], [s, c]])
    if noise_features:
        X = np.hstack([X, rng.normal(size=(n, noise_features))])
    return X, (quadrant >= 2).astype(np.int64)


def _circles(rng, n, inner_share=0.5):
    y = (rng.random(n) < inner_share).astype(np.int64)
    radius = np.where(y == 1, 1.0, 2.0) + 0.15 * rng.normal(size=n)
    angle = rng.uniform(0, 2 * np.pi, n)
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]), y


def cases() -> list[Case]:
    rng = np.random.default_rng(2718)
    out = []

    def add(name, gen, label, seed, hidden=True, n=400):
        X, y = gen(n)
        X_test, y_test = gen(n)
        d = X.shape[1]
        far = np.vstack([np.eye(d) * s for s in (1e3, -1e3, 1e5, -1e5)] + [np.full((1, d), 1e4)])
        inputs = {
            "X": X,
            "y": y,
            "X_test": X_test,
            "X_far": far,
            "hidden": 16,
            "lr": 0.1,
            "epochs": 2000,
            "seed": seed,
        }
        out.append(Case(name, inputs, hidden=hidden, label=label, expected=y_test))

    add("public_xor", lambda n: _xor(rng, n), "XOR-like blobs", seed=0, hidden=False, n=200)
    add("xor", lambda n: _xor(rng, n), "XOR-like blobs", seed=1)
    add("xor_rotated", lambda n: _xor(rng, n, angle=np.pi / 4), "rotated XOR blobs", seed=2)
    add(
        "xor_noise_feature",
        lambda n: _xor(rng, n, noise_features=1),
        "XOR blobs with an irrelevant feature",
        seed=3,
    )
    add("circles", lambda n: _circles(rng, n), "two circles", seed=4)
    add(
        "circles_unbalanced",
        lambda n: _circles(rng, n, inner_share=0.25),
        "two circles, unbalanced classes",
        seed=5,
    )
    return out


def check(case: Case, output) -> None:
    if not isinstance(output, dict):
        raise WrongAnswer("unexpected output")
    y, y_test = case.inputs["y"], case.expected
    for key, rows in (("train", len(y)), ("test", len(y_test))):
        p = as_array(output[key], "predict_proba", "f", (rows,))
        if np.any(p < 0) or np.any(p > 1):
            raise WrongAnswer("predict_proba: every probability must lie in [0, 1]")
    far = np.asarray(output["far"])
    if (
        far.shape != (len(case.inputs["X_far"]),)
        or far.dtype.kind not in "fiub"
        or not np.all(np.isfinite(far))
        or np.any(far < 0)
        or np.any(far > 1)
    ):
        raise WrongAnswer(
            "predict_proba: on inputs of very large magnitude the result is not a finite "
            "probability in [0, 1] (compute the sigmoid without overflow)"
        )
    train_acc = float(np.mean((output["train"] > 0.5) == (y == 1)))
    test_acc = float(np.mean((output["test"] > 0.5) == (y_test == 1)))
    if train_acc < TRAIN_ACC:
        raise WrongAnswer(
            f"training accuracy {train_acc:.3f} is below {TRAIN_ACC} (threshold 0.5 on "
            "predict_proba); the data is not linearly separable, so the hidden layer must learn"
        )
    if test_acc < TEST_ACC:
        raise WrongAnswer(f"held-out accuracy {test_acc:.3f} is below {TEST_ACC}")
