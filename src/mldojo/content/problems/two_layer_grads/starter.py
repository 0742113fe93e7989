import numpy as np


def two_layer_grads(X, y, W1, b1, W2, b2) -> dict[str, np.ndarray]:
    """Gradients of the mean softmax cross-entropy of relu(X @ W1 + b1) @ W2 + b2.

    Returns {"W1": ..., "b1": ..., "W2": ..., "b2": ...}, each shaped like its parameter.
    relu'(0) = 0.
    """
    raise NotImplementedError
