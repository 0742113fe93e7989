"""k-nearest neighbours: exact, computed independently in the judge."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array


def _expected(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    index = np.broadcast_to(np.arange(len(X_train)), d2.shape)
    order = np.lexsort((index, d2), axis=1)[:, :k]  # by distance, then by training index
    labels = np.unique(y_train)
    votes = (y_train[order][:, :, None] == labels[None, None, :]).sum(axis=1)
    return labels[np.argmax(votes, axis=1)]  # first maximum = smallest label


def cases() -> list[Case]:
    rng = np.random.default_rng(777)
    out = []

    def add(name, Xtr, ytr, Xte, k, label, hidden=True):
        inputs = {
            "X_train": np.asarray(Xtr, dtype=np.int64),
            "y_train": np.asarray(ytr, dtype=np.int64),
            "X_test": np.asarray(Xte, dtype=np.int64),
            "k": int(k),
        }
        out.append(Case(name, inputs, hidden=hidden, label=label))

    add(
        "public_small",
        [[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6]],
        [0, 0, 0, 1, 1, 1],
        [[1, 1], [5, 4], [3, 3]],
        3,
        "small 2-D example",
        hidden=False,
    )
    X = rng.integers(-10, 11, size=(60, 2))
    add("k_is_1", X, rng.integers(0, 3, 60), rng.integers(-10, 11, size=(40, 2)), 1, "k = 1")
    X = rng.integers(0, 6, size=(25, 2))
    add("k_is_n", X, rng.integers(0, 4, 25), rng.integers(0, 6, size=(10, 2)), 25, "k = n")
    X = rng.integers(0, 4, size=(300, 2))
    add(
        "distance_ties",
        X,
        rng.integers(0, 3, 300),
        rng.integers(0, 4, size=(60, 2)),
        7,
        "many equal distances",
    )
    X = rng.integers(-3, 4, size=(120, 3))
    add(
        "vote_ties",
        X,
        rng.integers(0, 2, 120),
        rng.integers(-3, 4, size=(80, 3)),
        4,
        "tied votes (even k)",
    )
    X = rng.integers(-5, 6, size=(90, 2))
    add(
        "label_values",
        X,
        rng.choice([3, 8, 42], 90),
        rng.integers(-5, 6, size=(50, 2)),
        6,
        "labels that are not 0..c-1",
    )
    base = rng.integers(0, 5, size=(30, 2))
    Xdup = np.vstack([base, base, base])
    add(
        "duplicates",
        Xdup,
        rng.integers(0, 3, 90),
        np.vstack([base[:10], base[:10] + 1]),
        5,
        "duplicate training points with different labels",
    )
    X = rng.integers(-2, 3, size=(200, 40))
    add(
        "high_dim",
        X,
        rng.integers(0, 5, 200),
        rng.integers(-2, 3, size=(50, 40)),
        9,
        "high-dimensional",
    )
    X = rng.integers(0, 30, size=(150, 2))
    add(
        "many_classes",
        X,
        rng.integers(0, 10, 150),
        rng.integers(0, 30, size=(60, 2)),
        10,
        "many classes",
    )
    X = rng.integers(-50, 51, size=(3000, 8))
    add(
        "large",
        X,
        rng.integers(0, 6, 3000),
        rng.integers(-50, 51, size=(1000, 8)),
        15,
        "large input",
    )
    return out


def check(case: Case, output) -> None:
    inp = case.inputs
    expected = _expected(inp["X_train"], inp["y_train"], inp["X_test"], inp["k"])
    if not isinstance(output, dict):
        raise WrongAnswer("unexpected output")
    pred = as_array(output["pred"], "predictions", "i", expected.shape)
    wrong = int(np.sum(pred != expected))
    if wrong:
        raise WrongAnswer(
            f"predictions: {wrong} of {len(expected)} differ from the correct labels "
            "(check the distance tie-break by training index and the vote tie-break by "
            "smallest label)"
        )
