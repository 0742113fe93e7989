import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean softmax cross-entropy over the batch and its gradient w.r.t. the logits.

    Must stay finite for logits as large as +-1e4.
    """
    raise NotImplementedError
