import numpy as np


def _dcg(relevances: np.ndarray, k: int) -> float:
    top = relevances[:k]
    discounts = np.log2(np.arange(2, len(top) + 2))
    return float(np.sum((2.0**top - 1) / discounts))


def ndcg_at_k(relevances: np.ndarray, k: int) -> float:
    rel = np.asarray(relevances, dtype=float)
    ideal = _dcg(np.sort(rel)[::-1], k)
    if ideal == 0:
        return 0.0
    return _dcg(rel, k) / ideal
