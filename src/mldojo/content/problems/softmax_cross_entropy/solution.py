import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    z = np.asarray(logits, dtype=float)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    sums = exp.sum(axis=1, keepdims=True)
    rows = np.arange(n)
    log_probs_true = shifted[rows, labels] - np.log(sums[:, 0])
    loss = float(-log_probs_true.mean())
    grad = exp / sums
    grad[rows, labels] -= 1
    return loss, grad / n
