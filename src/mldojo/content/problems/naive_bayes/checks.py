"""Multinomial naive Bayes: exact, against a model fitted in the judge."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, assert_close

TIE_GAP = 1e-6


def _fit_predict(X, y, X_test, alpha):
    classes, index = np.unique(y, return_inverse=True)
    counts = np.zeros((len(classes), X.shape[1]))
    np.add.at(counts, index, X.astype(float))
    log_prior = np.log(np.bincount(index) / len(y))
    log_feature = np.log(counts + alpha) - np.log((counts + alpha).sum(axis=1, keepdims=True))
    joint = X_test.astype(float) @ log_feature.T + log_prior
    from scipy.special import logsumexp

    log_proba = joint - logsumexp(joint, axis=1, keepdims=True)
    ordered = np.sort(joint, axis=1)
    if joint.shape[1] > 1:
        assert np.all(ordered[:, -1] - ordered[:, -2] > TIE_GAP), "test data has a tie"
    return classes[np.argmax(joint, axis=1)], log_proba


def _case(name, X, y, X_test, alpha=1.0, hidden=True, label="") -> Case:
    X = np.asarray(X, dtype=np.int64)
    y = np.asarray(y, dtype=np.int64)
    X_test = np.asarray(X_test, dtype=np.int64)
    inputs = {"X": X, "y": y, "X_test": X_test, "alpha": float(alpha)}
    expected = _fit_predict(X, y, X_test, float(alpha))
    return Case(name, inputs, hidden=hidden, label=label, expected=expected)


def _corpus(rng, n, d, k, length=30, labels=None, m=None, sparsity=0.0):
    """Documents drawn from k random word distributions (Dirichlet), counts per word."""
    labels = np.arange(k) if labels is None else np.asarray(labels)
    topics = rng.dirichlet(np.full(d, 0.3), size=k)
    if sparsity:
        topics[:, rng.random(d) < sparsity] = 0.0
        topics /= topics.sum(axis=1, keepdims=True)
    m = m or max(n // 4, 5)

    def draw(size):
        which = rng.integers(0, k, size=size)
        rows = np.array([rng.multinomial(length, topics[c]) for c in which])
        return rows, labels[which]

    X, y = draw(n)
    X_test, _ = draw(m)
    return X, y, X_test


def cases() -> list[Case]:
    rng = np.random.default_rng(505)
    X_ex = [[2, 1, 0], [1, 0, 0], [0, 1, 3], [0, 0, 2]]
    X_big, y_big, _ = _corpus(rng, 60, 8, 3, length=20)
    return [
        _case("example", X_ex, [5, 5, 9, 9], [[3, 0, 0], [0, 0, 1]], hidden=False, label="example"),
        _case("public_three_classes", *_corpus(rng, 30, 6, 3), hidden=False, label="three classes"),
        _case(
            "unsorted_labels",
            *_corpus(rng, 80, 10, 4, labels=[7, -2, 30, 4]),
            label="labels that are not 0..c-1 (predict returns labels)",
        ),
        _case("small_alpha", *_corpus(rng, 100, 15, 3), alpha=0.01, label="small alpha (Lidstone)"),
        _case("large_alpha", *_corpus(rng, 100, 15, 3), alpha=10.0, label="large alpha"),
        _case(
            "unseen_features",
            *_corpus(rng, 120, 40, 3, sparsity=0.5),
            label="features never seen in a class",
        ),
        _case(
            "unbalanced_priors",
            np.vstack([X_big, X_big[:1]]),
            np.concatenate([y_big, [0]]),
            np.vstack([np.zeros((1, 8), dtype=np.int64), X_big[:10]]),
            label="an empty test row (the prior decides)",
        ),
        _case(
            "long_documents",
            *_corpus(rng, 60, 20, 3, length=5000, m=20),
            label="long documents (log probabilities far below -745)",
        ),
        _case("two_classes", *_corpus(rng, 200, 30, 2), label="two classes"),
        _case("large", *_corpus(rng, 5000, 2000, 20, length=200, m=1000), label="large input"),
    ]


def check(case: Case, output) -> None:
    want_pred, want_log_proba = case.expected
    m = len(case.inputs["X_test"])
    pred = as_array(output["pred"], "predict", "i", (m,))
    log_proba = as_array(output["log_proba"], "predict_log_proba", "f", want_log_proba.shape)
    if not np.array_equal(pred, want_pred):
        if np.array_equal(pred, np.searchsorted(np.unique(case.inputs["y"]), want_pred)):
            raise WrongAnswer("predict must return class labels (values of y), not positions")
        raise WrongAnswer("predict: some predicted labels are wrong")
    sums = np.exp(log_proba.astype(float)).sum(axis=1)
    if not np.allclose(sums, 1.0, rtol=1e-6, atol=1e-9):
        raise WrongAnswer(
            "predict_log_proba: rows are not normalised (probabilities must sum to 1)"
        )
    assert_close(log_proba, want_log_proba, "predict_log_proba")
