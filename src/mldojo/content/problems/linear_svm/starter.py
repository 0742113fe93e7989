import numpy as np  # noqa: F401 (for your solution)


def linear_svm(X, y, C=1.0):
    """Soft-margin linear SVM with y in {-1, +1}.

    Minimise 0.5 * ||w||^2 + C * sum(max(0, 1 - y * (X @ w + b))); b is not penalised.
    Returns (w, b): a (d,) float array and a float.
    """
    raise NotImplementedError
