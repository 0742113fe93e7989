"""k-means: any correct answer. Properties, not one reference output."""

from functools import cache

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array

RESTARTS = 10
INERTIA_FACTOR = 1.10


def _blobs(rng, centres, sizes, spread):
    centres = np.asarray(centres, dtype=float)
    parts = [
        c + spread * rng.standard_normal((m, centres.shape[1]))
        for c, m in zip(centres, sizes, strict=True)
    ]
    X = np.vstack(parts)
    return X[rng.permutation(len(X))]


def cases() -> list[Case]:
    rng = np.random.default_rng(20240611)
    out = []

    def add(name, X, k, label, hidden=True, blobs=True, seed=7, **limits):
        inputs = {"X": np.asarray(X, dtype=float), "k": k, "max_iters": 300, "seed": seed}
        out.append(Case(name, inputs, hidden=hidden, label=label, extra={"blobs": blobs}, **limits))

    add(
        "public_three_blobs",
        _blobs(rng, [[0, 0], [6, 6], [0, 9]], [30, 30, 30], 0.8),
        3,
        "three blobs",
        hidden=False,
    )
    grid = [[10.0 * i, 10.0 * j] for i in range(4) for j in range(3)]
    add("many_blobs", _blobs(rng, grid, [50] * 12, 0.9), 12, "many well-separated blobs")
    add(
        "many_blobs_uneven",
        _blobs(
            rng,
            grid + [[45, 5], [45, 15], [-15, 25]],
            [20, 80, 30, 60, 40, 25, 70, 35, 50, 45, 30, 65, 40, 20, 55],
            1.0,
        ),
        15,
        "many blobs of uneven sizes",
        seed=3,
    )
    hi_centres = 6.0 * rng.standard_normal((5, 40))
    add("high_dim", _blobs(rng, hi_centres, [50] * 5, 1.0), 5, "high-dimensional blobs")
    add("k_is_1", _blobs(rng, [[1, -2], [3, 4]], [40, 40], 1.5), 1, "k = 1")
    add("k_is_n", rng.uniform(-5, 5, size=(12, 3)), 12, "k = n (every point its own cluster)")
    base = _blobs(rng, [[0, 0], [12, 0], [0, 12], [12, 12]], [5] * 4, 0.7)
    add(
        "duplicates",
        np.repeat(base, rng.integers(3, 9, size=len(base)), axis=0),
        4,
        "duplicate points",
    )
    add(
        "unequal_sizes",
        _blobs(rng, [[0, 0], [15, 0], [0, 15]], [600, 15, 15], 1.0),
        3,
        "clusters of very unequal sizes",
    )
    add(
        "no_structure",
        rng.uniform(0, 10, size=(500, 2)),
        5,
        "uniform data (no clusters)",
        blobs=False,
    )
    add(
        "large",
        _blobs(rng, [[0, 0], [9, 0], [0, 9], [9, 9], [18, 4], [4, 18]], [3500] * 6, 1.2),
        6,
        "large input",
        cpu_seconds=10,
        wall_seconds=30,
    )
    return out


def _lloyd(X, C, iters=300):
    labels = None
    for _ in range(iters):
        d2 = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
        new = d2.argmin(axis=1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        for j in range(len(C)):
            if np.any(labels == j):
                C[j] = X[labels == j].mean(axis=0)
    return float(((X - C[labels]) ** 2).sum())


@cache
def _best_inertia(name: str, X_bytes: bytes, shape: tuple, k: int) -> float:
    """Best of RESTARTS k-means++ runs, computed in the judge with its own seed."""
    X = np.frombuffer(X_bytes).reshape(shape)
    rng = np.random.default_rng(12345)
    best = np.inf
    for _ in range(RESTARTS):
        C = [X[rng.integers(len(X))]]
        closest = ((X - C[0]) ** 2).sum(axis=1)
        for _ in range(1, k):
            p = closest / closest.sum() if closest.sum() > 0 else None
            C.append(X[rng.choice(len(X), p=p)])
            closest = np.minimum(closest, ((X - C[-1]) ** 2).sum(axis=1))
        best = min(best, _lloyd(X, np.array(C, dtype=float)))
    return best


def check(case: Case, output) -> None:
    X = case.inputs["X"]
    k = case.inputs["k"]
    n, d = X.shape
    if not isinstance(output, dict):
        raise WrongAnswer("unexpected output")
    C = as_array(output["centroids"], "centroids", "f", (k, d)).astype(float)
    labels = as_array(output["labels"], "labels", "i", (n,)).astype(np.int64)
    if labels.size and (labels.min() < 0 or labels.max() >= k):
        raise WrongAnswer("labels: every label must be in [0, k)")
    scale = max(float(np.max(np.abs(X - X.mean(axis=0)))), 1e-12)
    d2 = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
    own = d2[np.arange(n), labels]
    if np.any(own > d2.min(axis=1) + 1e-5 * scale**2):
        raise WrongAnswer("labels: some point is not labelled with a nearest returned centroid")
    counts = np.bincount(labels, minlength=k)
    for j in np.flatnonzero(counts):
        if np.max(np.abs(C[j] - X[labels == j].mean(axis=0))) > 1e-6 * scale:
            raise WrongAnswer(
                "centroids: a non-empty cluster's centroid is not the mean of its points "
                "(did the algorithm stop before converging?)"
            )
    if not case.extra.get("blobs"):
        return
    inertia = float(((X - C[labels]) ** 2).sum())
    best = _best_inertia(case.name, X.tobytes(), X.shape, k)
    if inertia > INERTIA_FACTOR * best + 1e-9 * scale**2 * n:
        ratio = f"{inertia / best:.2f} x" if best > 0 else "above"
        raise WrongAnswer(
            f"inertia is {ratio} the best of {RESTARTS} k-means++ runs "
            f"(allowed: {INERTIA_FACTOR:.2f} x). A single unlucky run can miss this bound: use "
            "k-means++ initialisation with at least 10 restarts and keep the lowest inertia"
        )
