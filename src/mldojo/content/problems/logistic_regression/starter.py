import numpy as np  # noqa: F401 (for your solution)


def logistic_regression(X, y, lr=0.1, n_iters=1000):
    """Binary logistic regression on (X, y) with y in {0, 1}.

    Full-batch gradient descent on the mean log-loss, from w = 0 and b = 0, taking n_iters
    steps of size lr. Returns (w, b): a (d,) float array and a float.
    """
    raise NotImplementedError
