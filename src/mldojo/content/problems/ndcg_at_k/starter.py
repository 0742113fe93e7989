import numpy as np


def ndcg_at_k(relevances: np.ndarray, k: int) -> float:
    """NDCG@k: gain 2**rel - 1, discount log2(rank + 1), 0.0 when the ideal DCG is 0."""
    raise NotImplementedError
