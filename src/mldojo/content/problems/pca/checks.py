"""PCA: exact up to the sign of each component (the judge flips the learner's rows)."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, assert_close

MIN_GAP = 1e-3


def _pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """From the eigen-decomposition of the scatter matrix, refined by an SVD."""
    centred = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    var = s**2
    full = np.concatenate([var, np.zeros(max(0, X.shape[1] - len(var)))])
    gaps = -np.diff(full[: k + 1]) / full[0]
    assert np.all(gaps > MIN_GAP), "test data has nearly tied variances"
    return vt[:k], var[:k] / var.sum()


def _case(name, X, k, hidden=True, label="") -> Case:
    X = np.asarray(X, dtype=float)
    return Case(
        name, {"X": X, "n_components": int(k)}, hidden=hidden, label=label, expected=_pca(X, k)
    )


def _gaussian(rng, n, d, spread, offset=0.0):
    """Anisotropic Gaussian data with variances spread**2, in a random rotation."""
    q, _ = np.linalg.qr(rng.standard_normal((d, d)))
    return offset + (rng.standard_normal((n, d)) * np.asarray(spread)) @ q.T


def cases() -> list[Case]:
    rng = np.random.default_rng(606)
    ex = [[1, 1], [2, 2], [3, 3], [2, 2.5]]
    return [
        _case("example", ex, 1, hidden=False, label="example"),
        _case("public_3d", _gaussian(rng, 50, 3, [3, 1.5, 0.5]), 2, hidden=False, label="3-D data"),
        _case("one_component", _gaussian(rng, 200, 5, [5, 3, 2, 1, 0.5]), 1, label="one component"),
        _case(
            "far_from_origin",
            _gaussian(rng, 300, 4, [4, 2, 1, 0.5], offset=100.0),
            3,
            label="data far from the origin (centre it)",
        ),
        _case(
            "all_components",
            _gaussian(rng, 100, 6, [6, 5, 4, 3, 2, 1]),
            6,
            label="n_components = d",
        ),
        _case(
            "wide",
            _gaussian(rng, 12, 40, np.linspace(10, 1, 40)),
            5,
            label="more features than samples",
        ),
        _case(
            "low_rank",
            _gaussian(rng, 80, 10, [8, 4, 2, 0, 0, 0, 0, 0, 0, 0]),
            3,
            label="data of lower rank than d",
        ),
        _case(
            "large",
            _gaussian(rng, 20_000, 100, np.linspace(20, 0.5, 100), offset=3.0),
            10,
            label="large input",
        ),
    ]


def check(case: Case, output) -> None:
    want_c, want_r = case.expected
    k, d = want_c.shape
    comps = as_array(output["components"], "components", "f", (k, d)).astype(float)
    ratio = as_array(output["ratio"], "explained_variance_ratio", "f", (k,)).astype(float)
    norms = np.linalg.norm(comps, axis=1)
    if not np.allclose(norms, 1.0, rtol=1e-6, atol=1e-9):
        raise WrongAnswer("components: every row must have unit length")
    if np.any(np.diff(ratio) > 1e-12):
        raise WrongAnswer("components must be sorted by decreasing explained variance")
    signs = np.where(np.sum(comps * want_c, axis=1) < 0, -1.0, 1.0)
    assert_close(comps * signs[:, None], want_c, "components (up to sign)")
    assert_close(ratio, want_r, "explained_variance_ratio")
