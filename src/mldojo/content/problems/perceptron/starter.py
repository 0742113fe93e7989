import numpy as np


def perceptron(X, y, max_epochs=1000):
    """Train Rosenblatt's perceptron with a bias term.

    X: (n, d) float array; y: (n,) array with values in {-1, +1}.
    Make passes over the data (at most max_epochs) until a pass makes no mistake.

    Returns (w, b): w a (d,) float array, b a float, with y_i * (w @ x_i + b) > 0 for
    every training point when the data is linearly separable.
    """
    raise NotImplementedError
